"""Party families of issue #19, second round: our own sentences, one table per family.

Each row: a text, the (name, role) pairs it must yield, and names it must not yield."""
import pytest

import claimx
from party_tables import parties_of


def _parties(text):
    return {p["name"]: p["role"] for p in parties_of(text)}


LISTS_WITH_HOMETOWNS = [
    ("The complaint was brought by Odessa Quill of Bakersfield and Renata Vose of Modesto, who used the app.",
     {"Odessa Quill": "plaintiff", "Renata Vose": "plaintiff"}),
    ("The indictment charges Tobiah Wrenfield, 31, of Mobile, Alabama; Quincey Darrow, 27, of Reno, Nevada; "
     "and Lysander Okoye-Pratt, 35, of Provo, Utah, with wire fraud.",
     {"Tobiah Wrenfield": "defendant", "Quincey Darrow": "defendant", "Lysander Okoye-Pratt": "defendant"}),
    ("The suit also brings claims against the alleged supplier, 29-year-old Corwin Haskel of Marietta, under state law.",
     {"Corwin Haskel": "defendant"}),
    ("A grand jury charged Yusuf Brannock, 44, of Toledo, Ohio, and Perrin Sallow, 39, of Dayton, Ohio, with fraud.",
     {"Yusuf Brannock": "defendant", "Perrin Sallow": "defendant"}),
    ("Lena Vasko, 41, of Tulsa, Oklahoma, sued Acme Corp. on Monday.", {"Lena Vasko": "plaintiff", "Acme Corp.": "defendant"}),
    ("Prosecutors charged Tamsin Vello, 34, and Orrin Blake, 29, both of Tulsa, with fraud.",
     {"Tamsin Vello": "defendant", "Orrin Blake": "defendant"}),
]

HOMETOWNS_NOT_PARTIES = [
    ("Two users, Odessa Quill of Akron and Renata Vose of Toledo, sued Acme Corp. on Friday.",
     {"Odessa Quill": "plaintiff", "Renata Vose": "plaintiff", "Acme Corp.": "defendant"}, ["Akron", "Toledo"]),
    ("Odessa Quill of Smallville sued Acme Corp. on Friday.", {"Odessa Quill": "plaintiff"}, ["Smallville"]),
    ("Acme Corp. was sued. Elise Bloom of Proskauer Rose, a lawyer for Acme, said the suit lacked merit.",
     {"Elise Bloom": "counsel", "Proskauer Rose": "counsel"}, []),
]


@pytest.mark.parametrize("text,want,absent", HOMETOWNS_NOT_PARTIES)
def test_where_a_person_is_from_is_no_party(text, want, absent):
    got = _parties(text)
    assert all(got.get(n) == r for n, r in want.items()), got
    assert not set(absent) & set(got), got


COMPANY_LISTS = [
    ("The case was filed in March in the U.S. District Court for the District of Oregon by Bellwether Music Publishing, "
     "Tamsin Songs and nine other publishers.",
     {"Bellwether Music Publishing": "plaintiff", "Tamsin Songs": "plaintiff"}),
    ("The suit was brought by Corvid Records, Larkspur Tunes and others.",
     {"Corvid Records": "plaintiff", "Larkspur Tunes": "plaintiff"}),
]

APPOSITIONS_AND_MEMBERS = [
    ("The lawsuit names Pelican Apps Inc., the Denver company behind the app, and its chief executive, "
     "Maria Tevanian, as defendants.", {"Pelican Apps Inc.": "defendant", "Maria Tevanian": "defendant"}),
    ("The suit accuses Pelican Apps Inc., the Denver company behind the app, and its founder, Maria Tevanian, of fraud.",
     {"Pelican Apps Inc.": "defendant", "Maria Tevanian": "defendant"}),
    ("The complaint accuses Korrin Systems and two of its managers, engineering vice president Maria Mercer and "
     "team lead David Pritchard, of retaliation.",
     {"Korrin Systems": "defendant", "Maria Mercer": "defendant", "David Pritchard": "defendant"}),
    ("Acme Corp. was sued by a family. \"It is a scandal,\" said Lena Vasko, director of the privacy group Data Watchers.",
     {"Lena Vasko": "advocate"}),
]

OTHER_ACTIONS = [
    ("Acme Corp. was sued in May. Boston-based painter Ilse Marrow, who chose not to join the class action, "
     "is pursuing her own lawsuit against Acme Corp. in state court.",
     {"Ilse Marrow": "plaintiff", "Acme Corp.": "defendant"}),
    ("Acme Corp. was sued by two families. The lawsuit is backed by Mothers Against Online Scams, a national group.",
     {"Mothers Against Online Scams": "advocate"}),
    ("The Riverside Booksellers' Federation, which helped coordinate the suit, welcomed the ruling. Acme Corp. was sued.",
     {"Riverside Booksellers' Federation": "advocate"}),
]


@pytest.mark.parametrize("text,want", LISTS_WITH_HOMETOWNS + COMPANY_LISTS + APPOSITIONS_AND_MEMBERS + OTHER_ACTIONS)
def test_every_member_gets_the_role(text, want):
    got = _parties(text)
    for name, role in want.items():
        assert got.get(name) == role, (name, got)


NOT_PARTIES = [
    ("Acme Corp. was sued in May. The ruling builds on the 2019 decision in Halvorsen v. Pixelry, which let families sue.",
     "Halvorsen"),
    ("Acme Corp. was sued in May. Other families sue in a case known as Brightmoor v. Acme Corp. in Ohio.", "Brightmoor"),
    ("Acme Corp. was sued by Lena Vasko. The judge cited the 2019 ruling in Halvorsen v. Pixelry. Pixelry said nothing.",
     "Halvorsen"),
    ("Acme Corp. was sued in May, and Pell Media, the publisher of The Morning Lantern, sued Acme Corp. too.",
     "The Morning Lantern"),
    ("Three charged in $5 million SIM-swap fraud. Five men were charged with fraud by prosecutors.", "Five"),
    ("The app, popular with gamers and DJs, was sued by Acme Corp. in March.", "DJs"),
    ("Ilse Marrow, a professor at Lakemont University School of Law, said the suit against Acme Corp. was weak.",
     "Lakemont University School of Law"),
]


@pytest.mark.parametrize("text,name", NOT_PARTIES)
def test_not_a_party(text, name):
    assert name not in _parties(text)


def test_a_county_court_keeps_its_name():
    got = _parties("Lena Vasko sued Acme Corp. on Monday in the State Court of Harlan County.")
    assert got.get("State Court of Harlan County") == "court" and "Harlan County" not in got


def test_a_court_named_by_its_head_is_the_longer_court():
    text = ("Acme Corp. was sued in the U.S. District Court for the District of Idaho on Monday. "
            "A U.S. District Court judge will hear the case.")
    doc = claimx.extract(text)
    courts = [p for p in doc["parties"] if p["kind"] == "court"]
    assert [c["name"] for c in courts] == ["U.S. District Court for the District of Idaho"]
    assert len(courts[0]["mentions"]) == 2


@pytest.mark.parametrize("text,absent,present", [
    ("Acme Corp. was sued in May. The FBI's Internet Fraud Center logged 900 complaints last year.",
     "Fraud Center", None),
    # a unit named as its agency's ("the Department of Justice's Civil Division") is the agency
    # acting: a mention of it (test_party_unseen_families), no party of its own
    ("Acme Corp. was sued in May, said Lena Vasko, of the Department of Justice's Civil Division.",
     "Civil Division", None),
])
def test_an_agencys_unit(text, absent, present):
    got = _parties(text)
    assert absent is None or absent not in got, got
    assert present is None or present in got, got


PROSECUTING_OFFICES = [
    ("The case is being prosecuted by the U.S. Attorney's Office for the District of Utah. "
     "A spokesman for the U.S. Attorney's Office declined to comment.",
     "U.S. Attorney's Office for the District of Utah", "plaintiff", 2),
    ("The suit was filed by the U.S. Attorney's Office for the Southern District of Ohio against Acme Corp.",
     "U.S. Attorney's Office for the Southern District of Ohio", "plaintiff", 1),
]


@pytest.mark.parametrize("text,name,role,n", PROSECUTING_OFFICES)
def test_an_office_named_with_its_district(text, name, role, n):
    doc = claimx.extract(text)
    got = {p["name"]: p for p in doc["parties"]}
    assert got[name]["role"] == role and len(got[name]["mentions"]) == n, list(got)
    assert "U.S. Attorney's Office" not in got


COMMENTATORS = [
    ('"This is a warning," said Ilse Marrow, a partner at the law firm Dunmore Vale who advises tech companies. '
     "Acme Corp. was sued by the state.", ["Ilse Marrow", "Dunmore Vale"], []),
    ('Acme Corp. was sued by the state. "It is weak," said Ilse Marrow, a lawyer at Dunmore Vale LLP who was not '
     "involved in the case.", ["Ilse Marrow", "Dunmore Vale LLP"], []),
    ("Acme Corp. was sued by the state. Ilse Marrow, a lawyer at Dunmore Vale LLP who represents the state, "
     "said it was strong.", [], ["Ilse Marrow", "Dunmore Vale LLP"]),
]


@pytest.mark.parametrize("text,absent,counsel", COMMENTATORS)
def test_a_lawyer_quoted_as_a_commentator_is_no_party(text, absent, counsel):
    got = _parties(text)
    assert not set(absent) & set(got), got
    assert all(got.get(n) == "counsel" for n in counsel), got


@pytest.mark.parametrize("text,name,role", [
    ("The Information Commissioner's Office fined Acme Ltd £2 million on Tuesday.",
     "Information Commissioner's Office", "agency"),
    ("Acme Ltd was sued by The New York Times on Tuesday.", "The New York Times", "plaintiff"),
])
def test_an_agency_whose_name_starts_like_an_outlet(text, name, role):
    got = _parties(text)
    assert got.get(name) == role, got
    assert "Commissioner's Office" not in got


@pytest.mark.parametrize("text,want,absent", [
    ("Gannett, the owner of USA Today, sued Acme Corp. on Monday.", {"Gannett": "plaintiff"}, "USA Today"),
    ("Vantor, a Texas gun maker, was sued by the city.", {"Vantor": "defendant"}, None),
    ("Rather, the company said it would appeal the suit against Acme Corp.", {"Acme Corp.": "defendant"}, "Rather"),
])
def test_a_one_word_company_opening_a_sentence_with_its_apposition(text, want, absent):
    got = _parties(text)
    assert all(got.get(n) == r for n, r in want.items()), got
    assert absent is None or absent not in got
