"""A settlement or award paid to a side named right after the verb ("will pay the state of Ohio
$14 million", "agreed to pay Dana Whitfield $2 million", "awarded the family $X"): the one paid
is the plaintiff, and the claim's claimant. A place paid no sum ("pay Ohio taxes") is none."""
import pytest

import claimx


def _claim_sides(doc):
    return [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]]) for c in doc["claims"]]


@pytest.mark.parametrize("text, paid", [
    ("Orchid Corp. will pay the state of Ohio $14 million to settle a lawsuit accusing it of "
     "misleading customers.", "Ohio"),
    ("Orchid Corp. agreed to pay Vermont $3.5 million to resolve the state's lawsuit over its "
     "billing practices.", "Vermont"),
    ("Orchid Corp. agreed to pay Dana Whitfield $2 million to settle her lawsuit accusing it of "
     "firing her for reporting safety problems.", "Dana Whitfield"),
    ("A jury awarded Tomasz Wierzbicki and his wife $8.1 million in his lawsuit against Orchid "
     "Corp. over a defective ladder.", "Tomasz Wierzbicki"),
])
def test_the_side_paid_is_the_plaintiff(text, paid):
    doc = claimx.extract(text)
    party = next(p for p in doc["parties"] if p["name"] == paid)
    assert party["role"] == "plaintiff"
    assert text[party["start"]:party["end"]] == party["text"]  # "state of Ohio" for Ohio
    assert ([paid], ["Orchid Corp."]) in _claim_sides(doc)


def test_a_place_paid_no_sum_is_no_side():
    text = "Orchid Corp. agreed to pay Ohio taxes it owed after a lawsuit accused it of misleading customers."
    doc = claimx.extract(text)
    assert [p["name"] for p in doc["parties"] if p["role"] == "plaintiff"] == []
