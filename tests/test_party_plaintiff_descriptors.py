"""A suit brought by a person the text first describes, then names in an apposition: "brought
by another shareholder, Jane Roe," or "sued by one of its drivers, Jane Roe,". The name is
the plaintiff, and the claim's claimant."""
import pytest

import claimx

CASES = [
    ("A second suit brought by another Corvane shareholder, Miriam Etxeberria, in the Delaware "
     "Court of Chancery accuses the board of ignoring the warnings.", "Miriam Etxeberria"),
    ("The complaint was filed by a longtime subscriber, Tobias Lindqvist, in federal court in "
     "Seattle against Streamly Inc.", "Tobias Lindqvist"),
    ("Harbor Freightways was sued by one of its drivers, Oluwaseun Adeyemi, in state court "
     "over unpaid overtime.", "Oluwaseun Adeyemi"),
    ("The lawsuit against the Lakeshore Teachers Pension Fund was brought by a retired teacher, "
     "Marguerite Bellamy, who says the fund misled her.", "Marguerite Bellamy"),
]


@pytest.mark.parametrize("text, name", CASES)
def test_the_person_named_after_the_descriptor_is_the_plaintiff(text, name):
    doc = claimx.extract(text)
    party = next(p for p in doc["parties"] if p["name"] == name)
    assert party["role"] == "plaintiff"
    assert text[party["start"]:party["end"]] == name
    assert any(name in [c["name"] for c in claim["claimants"]] for claim in doc["claims"])


def test_a_person_named_later_and_not_after_a_suit_verb_is_no_plaintiff():
    # the descriptor stands in a sentence with no suit by that person: the name stays unplaced
    text = ("Another shareholder, Miriam Etxeberria, told reporters she had sold her stake. "
            "Corvane denied wrongdoing.")
    doc = claimx.extract(text)
    assert all(p["role"] != "plaintiff" for p in doc["parties"])
