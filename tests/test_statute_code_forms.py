"""How news writes state code citations: by a code's local short form ("O.C.G.A. § 16-15-4",
"RCW 19.86.020"), by its subject alone in an article set in one state ("Executive Law Section
63(12)"), by chapter, as a comma-set restatement of a named act, and as sections listed with
their word said twice. Each is named as the article writes it and cited the Bluebook way."""
import pytest

import claimx


def _statutes(text):
    return [(s["name"], s["citation"], [text[m["start"]:m["end"]] for m in s["mentions"]])
            for s in claimx.extract(text)["statutes"]]


@pytest.mark.parametrize("text, cited, citation", [
    ("The suit cites RCW 19.86.020, the consumer protection law.", "RCW 19.86.020",
     "Wash. Rev. Code § 19.86.020"),
    ("She sued under ORS 646.608 last spring.", "ORS 646.608", "Or. Rev. Stat. § 646.608"),
    ("Jurors could apportion fault under O.C.G.A. § 51-12-33, the judge said.",
     "O.C.G.A. § 51-12-33", "Ga. Code Ann. § 51-12-33"),
    ("The county invoked Minnesota Statutes chapter 466 to cap damages.",
     "Minnesota Statutes chapter 466", "Minn. Stat. ch. 466"),
])
def test_a_code_by_its_short_form_or_chapter_is_a_citation(text, cited, citation):
    assert _statutes(text) == [(cited, citation, [cited])]


@pytest.mark.parametrize("text", [
    "Figure IC 3 of the report shows HRS 2024 data.",
    "The MCA 12 team won the ORS 4 cup.",
])
def test_a_short_form_without_a_mark_needs_a_codes_number(text):
    assert _statutes(text) == []


def test_a_code_by_its_subject_alone_is_the_articles_states():
    text = ("New York Attorney General Letitia James said the firm broke Executive Law Section "
            "63(12). A New York judge will hear the case.")
    assert _statutes(text) == [("Executive Law Section 63(12)", "N.Y. Exec. Law § 63(12)",
                                ["Executive Law Section 63(12)"])]


@pytest.mark.parametrize("text", [
    "The firm was accused of breaking Executive Law Section 63(12).",
    "Officials in Ohio and Texas said Penal Code section 187 applies; Ohio and Texas disagree.",
])
def test_a_code_by_its_subject_alone_needs_one_state(text):
    assert _statutes(text) == []


def test_a_citation_after_a_comma_restates_the_act_before_it():
    text = ("Prosecutors charged him under the state's Street Gang Terrorism and Prevention Act, "
            "O.C.G.A. § 16-15-4, on Friday.")
    assert _statutes(text) == [("Street Gang Terrorism and Prevention Act", "Ga. Code Ann. § 16-15-4",
                                ["Street Gang Terrorism and Prevention Act", "O.C.G.A. § 16-15-4"])]


def test_sections_listed_with_their_word_twice_are_two_items():
    text = "The lawsuit claims the landlord violated Section 349 and Section 350 of the General Business Law."
    statutes = claimx.extract(text)["statutes"]
    assert [(s["name"], s["act"], text[s["start"]:s["end"]]) for s in statutes] == [
        ("Section 349 of the General Business Law", "General Business Law",
         "Section 349 and Section 350 of the General Business Law"),
        ("Section 350 of the General Business Law", "General Business Law", "Section 350"),
    ]


def test_a_section_beside_its_act_does_not_carry_the_acts_name():
    text = ("The judge held the copying was fair use under Section 107 of the Copyright Act. The "
            "authors' other claims under the Copyright Act go to trial.")
    statutes = {s["name"]: s["aliases"] for s in claimx.extract(text)["statutes"]}
    assert statutes == {"Section 107 of the Copyright Act": [], "Copyright Act": []}
    alone = claimx.extract("The judge held the copying was fair use under Section 107 of the Copyright Act.")
    assert [s["aliases"] for s in alone["statutes"]] == [["Copyright Act"]]
