"""A state's compiled statutes cited by their name in words ("Minnesota Statutes section
573.02", "Oregon Revised Statutes section 646.608") are code citations: named as the article writes
them, cited the Bluebook way, and one law with the abbreviated form of the same section."""
import pytest

import claimx


@pytest.mark.parametrize("text, cited, citation", [
    ("The family sued under Minnesota Statutes section 573.02, the wrongful death statute.",
     "Minnesota Statutes section 573.02", "Minn. Stat. § 573.02"),
    ("The county argued that Florida Statutes section 768.28 caps its liability.",
     "Florida Statutes section 768.28", "Fla. Stat. § 768.28"),
    ("The suit says the app violated Oregon Revised Statutes section 646.608.",
     "Oregon Revised Statutes section 646.608", "Or. Rev. Stat. § 646.608"),
])
def test_a_state_statute_in_words_is_a_code_citation(text, cited, citation):
    statutes = claimx.extract(text)["statutes"]
    assert [(s["name"], s["citation"], text[s["start"]:s["end"]]) for s in statutes] == [(cited, citation, cited)]


def test_the_words_and_the_abbreviation_are_one_section():
    text = ("The complaint cites Minn. Stat. § 573.02. Lawyers for the family said Minnesota "
            "Statutes section 573.02 lets them recover for the loss.")
    statutes = claimx.extract(text)["statutes"]
    assert [s["name"] for s in statutes] == ["Minn. Stat. § 573.02"]
    assert len(statutes[0]["mentions"]) == 2
