"""Claims, issue #22: a regulator prosecutes no one. Its action is a lawsuit when its
sentences take it to a court ("a civil lawsuit filed in federal court", "a parallel civil
case") and an enforcement otherwise ("HUD charged the owners"), whatever criminal words
stand beside it; a prosecutor's charges stay a prosecution. Own sentences, one a family."""
import pytest

import claimx

PROSECUTION_AND_CIVIL_CASE = (
    "Federal prosecutors in Boston charged Dana Ruiz, the founder of Pellucid Capital, with wire fraud on Monday. "
    "The U.S. Attorney's Office for the District of Massachusetts said Ruiz faces up to 20 years in prison.\n"
    "In a parallel civil case filed the same day, the Securities and Exchange Commission accused Ruiz of violating "
    "the Securities Exchange Act of 1934. The SEC is seeking to bar her from serving as an officer of a public "
    "company.\n")

KINDS = {
    "civil_suit_in_court": ("The Securities and Exchange Commission charged Dana Ruiz, the founder of Pellucid "
                            "Capital, with fraud on Monday in a civil lawsuit filed in federal court in Boston.",
                            {"Securities and Exchange Commission": "lawsuit"}),
    "parallel_civil_case": (PROSECUTION_AND_CIVIL_CASE,
                            {"U.S. Attorney's Office for the District of Massachusetts": "prosecution",
                             "Securities and Exchange Commission": "lawsuit"}),
    "administrative_charge": ("The Department of Housing and Urban Development charged the owners of Maple Grove "
                              "Apartments with refusing to rent to families with children.",
                              {"Department of Housing and Urban Development": "enforcement"}),
    "a_state_prosecutes": ("Prosecutors for the State of Ohio indicted John Doe on murder charges. A judge set bail "
                           "at $1 million.", {"State of Ohio": "prosecution"}),
}


@pytest.mark.parametrize("name", sorted(KINDS))
def test_a_regulators_action_is_a_suit_in_court_and_an_enforcement_without(name):
    text, expected = KINDS[name]
    doc = claimx.extract(text)
    kinds = {c["claimants"][0]["name"]: c["kind"] for c in doc["claims"] if c["claimants"]}
    assert kinds == expected
