"""Party families found on text the rules were never tuned on: our own sentences, one table per
family (lawsuits against platforms and employers in the US, UK, EU, India, Australia, Canada).

Each row: a text, the (name, role) pairs it must yield, and names it must not yield as a party."""
import pytest

import claimx
from party_tables import parties_of


def _roles(text):
    return {p["name"]: p["role"] for p in parties_of(text)}


# A company named only as whose people the subject are: "a former engineer at Acme ... has sued",
# "filed by two Acme users, A and B": the suing verb belongs to the people, not the company.
STAFF_OF_A_COMPANY = [
    ("A former product manager at Vellichor Games, the Montreal studio, has sued her ex-employer in Quebec "
     "Superior Court, alleging she was fired after reporting harassment.",
     {"Vellichor Games": "defendant"}, []),
    ("A onetime warehouse worker at Tarnside Logistics, which runs depots across Kent, sued the company on "
     "Monday, saying he was dismissed for joining a union.",
     {"Tarnside Logistics": "defendant"}, []),
    ("The complaint was filed Tuesday in the Delhi High Court by three Kavach Pay users, Ritu Malhotra, "
     "Anil Bhosle and Sana Qureshi, on behalf of everyone whose data leaked.",
     {"Ritu Malhotra": "plaintiff", "Anil Bhosle": "plaintiff", "Sana Qureshi": "plaintiff"}, ["Kavach Pay"]),
    ("The class action was brought in the Federal Court of Australia by two Koala Rides drivers, Mia Tran "
     "and Josh Keller, who say they were underpaid. It names Koala Rides Pty Ltd as the respondent.",
     {"Mia Tran": "plaintiff", "Josh Keller": "plaintiff"}, []),
]


@pytest.mark.parametrize("text,want,absent", STAFF_OF_A_COMPANY)
def test_a_company_named_for_its_people_does_not_act(text, want, absent):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)
    assert not {a for a in absent if got.get(a) == "plaintiff"}, got


# A headline's passive "X sued for allegedly ...": X is the one sued.
PASSIVE_HEADLINES = [
    ("Fitness app Pacely sued for allegedly selling runners' locations\nPacely, the fitness app, faces a class "
     "action in California.", {"Pacely": "defendant"}),
    ("Streaming service Lumora sued over alleged hidden fees\nA consumer group says Lumora misled subscribers. "
     "The lawsuit was filed in Ontario.", {"Lumora": "defendant"}),
    ("Brightloop sued for tracking children without consent\nThe complaint against Brightloop was filed in "
     "Dublin.", {"Brightloop": "defendant"}),
]


@pytest.mark.parametrize("text,want", PASSIVE_HEADLINES)
def test_sued_for_doing_is_passive(text, want):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)


# Commentators: a professor, a fellow or a lawyer "who is not involved in the case" is quoted on
# it, whatever legal verb or "paid ... to" lies in the quote; so is the body they work at.
COMMENTATORS = [
    ("Acme Corp. was sued by a former employee. \"A clean pay comparison is the hardest kind of case for an "
     "employer to win,\" said Rhea Castell, who teaches employment law at Lakeview University and is not "
     "involved in the case.", {}, ["Rhea Castell", "Lakeview University"]),
    ("Campaigners sued Meta in the High Court in London. \"Courts keep asking whether users agreed,\" said Tomas "
     "Brevik, a senior fellow at the Open Rights Forum, which is not a party to the lawsuit.",
     {"Meta": "defendant"}, ["Tomas Brevik", "Open Rights Forum"]),
    ("The families sued Snap Inc. in Los Angeles. Paula Greer, a law professor who is not involved in the "
     "case, said plaintiffs who sued platforms have rarely won.", {"Snap Inc.": "defendant"}, ["Paula Greer"]),
    ("A Toronto man sued Northwind Bank. \"Banks that pay out refunds to some customers and not others invite "
     "suits,\" said Dev Anand, a lawyer who is not involved in the case.", {}, ["Dev Anand"]),
]


@pytest.mark.parametrize("text,want,absent", COMMENTATORS)
def test_a_commentator_is_no_party(text, want, absent):
    got = _roles(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)
    assert not set(absent) & set(got), got


def test_a_commentators_quote_is_no_allegation():
    text = ("Acme Corp. was sued by a former employee. \"Employers that underpay women lose these cases,\" said "
            "Rhea Castell, who teaches employment law at Lakeview University and is not involved in the case. "
            "\"Acme cheated her out of her wages,\" the lawsuit says.")
    doc = claimx.extract(text)
    quotes = [a["text"] for a in doc["allegations"]]
    assert quotes == ["Acme cheated her out of her wages,"], quotes


def test_uninvolved_needs_the_clause_right_after_the_name():
    text = ("Acme Corp. was sued by Lena Vasko in March. Vasko, whose case was filed in Ohio, said Beta Inc., "
            "which is not a party to the lawsuit, sold the data.")
    got = _roles(text)
    assert got.get("Lena Vasko") == "plaintiff" and got.get("Acme Corp.") == "defendant", got
    assert "Beta Inc." not in got, got


# A short form of a long name starts where the name starts: "Center for Democracy and Technology"
# has no short form "for" (a word of every sentence), "Bureau of Consumer Protection" none "of ...".
def test_a_short_form_is_no_connector():
    text = ("Running app Pacely sued for allegedly selling data\n"
            "Pacely was sued by two users. \"This is intimate data,\" said Omar Reyes, a fellow at the Center "
            "for Digital Rights and Technology. Pacely asked for dismissal; it is also sued for fraud.")
    found = parties_of(text)
    for p in found:
        assert all(m["text"][:1].isupper() for m in p["mentions"]), p
