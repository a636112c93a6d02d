"""A regulator's fine that the fined company takes to a tribunal: the company that appeals,
challenges or contests the fine is the one fined (defendant), and the action stays the
regulator's enforcement, also where the sentence names the regulator only by what it is
("the penalty imposed by the telecom regulator")."""
import pytest

import claimx


def _claims(doc):
    return [([x["name"] for x in c["claimants"]], [x["name"] for x in c["respondents"]], c["kind"])
            for c in doc["claims"]]


@pytest.mark.parametrize("text, company, regulator", [
    ("LONDON: Brightline Foods has lost its challenge to the £3.2m fine imposed by the "
     "Competition and Markets Authority last year.", "Brightline Foods",
     "Competition and Markets Authority"),
    ("Brightline Foods Ltd is appealing the £3.2m fine imposed by the Competition and Markets "
     "Authority.", "Brightline Foods Ltd", "Competition and Markets Authority"),
    ("Orchid Corp. has lost its bid to overturn a $610,500 fine from the Australian Communications "
     "and Media Authority, after the Federal Court ruled on Friday that the company had to answer "
     "the regulator's questions.", "Orchid Corp.", "Australian Communications and Media Authority"),
    ("The Federal Trade Commission fined Orchid Telecom $4 million in March. Orchid Telecom is "
     "contesting the penalty before an administrative law judge.", "Orchid Telecom",
     "Federal Trade Commission"),
])
def test_the_company_that_challenges_a_fine_is_the_one_fined(text, company, regulator):
    doc = claimx.extract(text)
    party = next(p for p in doc["parties"] if p["name"] == company)
    assert party["role"] == "defendant"
    assert text[party["start"]:party["end"]] == company
    assert ([regulator], [company], "enforcement") in _claims(doc)


def test_a_penalty_imposed_by_a_regulator_named_by_what_it_is_stays_enforcement():
    # a tribunal and its judge are named, the regulator only as "the competition watchdog"
    text = ("Tribunal orders Kestrel Networks to deposit part of penalty\n\n"
            "NEW DELHI: A bench of the Telecom Disputes Settlement and Appellate Tribunal headed by "
            "Justice Meera Kulkarni on Monday directed Kestrel Networks Ltd to deposit 25 per cent "
            "of the Rs 48 crore penalty imposed by the competition watchdog within three weeks, as "
            "a condition for its appeal to be heard.\n\n"
            "The watchdog had found that Kestrel Networks abused its dominance in broadband "
            "services. The Competition Commission of India opened its inquiry in 2021 after "
            "complaints from rivals.")
    doc = claimx.extract(text)
    assert _claims(doc) == [(["Competition Commission of India"], ["Kestrel Networks"], "enforcement")]
    assert doc["claims"][0]["status"] == "appealed"


def test_a_fine_a_court_imposed_is_no_regulator_enforcement():
    text = ("A federal judge fined Orchid Telecom $40,000 for contempt after the company ignored "
            "an order in the lawsuit brought by Dana Whitfield, who sued it over unpaid commissions.")
    doc = claimx.extract(text)
    assert {c["kind"] for c in doc["claims"]} == {"lawsuit"}
