"""Integrity checks for the name-lexicon data files (does not import claimx).

Covers first_names.txt, surname_particles.json, titles.json, org_suffixes.json,
agencies.json, courts.json and news_outlets.json in claimx/data.
"""

import json
import unicodedata
from pathlib import Path

import pytest

DATA_DIR = Path(__file__).parent.parent / "claimx" / "data" / "lexicons"

JSON_FILES = [
    "surname_particles.json",
    "titles.json",
    "org_suffixes.json",
    "agencies.json",
    "courts.json",
    "news_outlets.json",
]

ROLES = {"judge", "agency", "counsel", "other", "plaintiff", "defendant", "court", "advocate"}
ORG_SUFFIX_KEYS = {"company", "law_firm", "government", "court", "advocacy", "education"}

# Given names that are (far more often) ordinary words in capitalized position.
EXCLUDED_FIRST_NAMES = {
    "Will", "May", "June", "April", "August", "Justice", "Judge", "Court", "Law", "Grant",
    "Chase", "Summer", "Star", "Apple", "Sue", "Faith", "Hope", "Joy", "Winter", "Art", "Guy",
    "Rich", "Chance", "Case", "Rose", "Lane", "Dean", "Rod", "Page", "Price", "Young", "King",
    "Major", "General", "Christian", "Royal", "Ivy", "Iris", "Amber", "Baby", "Boy", "Wade",
    "Drew", "Cash", "Sky", "Storm", "River", "Reed", "Brook", "Said", "Per", "Can",
}
# Very common given names that must stay even though they are also words.
REQUIRED_FIRST_NAMES = {
    "Aaron", "Aileen", "Meetali", "Raúl", "Margrethe", "Thierry", "Bill", "Mark", "Frank",
    "Don", "Ray", "Bob", "Jim", "Tim", "Steve", "Liz", "Wei", "Jing", "Xiaoming",
}


def _text(name):
    return (DATA_DIR / name).read_text(encoding="utf-8")


def _load(name):
    return json.loads(_text(name))


def _is_clean(s):
    return isinstance(s, str) and s != "" and s.strip() == s and "\n" not in s


# ------------------------------------------------------------------ first names


@pytest.fixture(scope="module")
def first_names_text():
    return _text("first_names.txt")


@pytest.fixture(scope="module")
def first_names(first_names_text):
    return first_names_text.split("\n")[:-1]


def test_first_names_file_format(first_names_text, first_names):
    assert first_names_text.endswith("\n")
    assert not first_names_text.endswith("\n\n")
    assert "\r" not in first_names_text
    assert all(_is_clean(n) for n in first_names)
    assert all(" " not in n and "\t" not in n for n in first_names)


def test_first_names_size(first_names):
    assert len(first_names) >= 4000


def test_first_names_sorted_unique(first_names):
    assert first_names == sorted(first_names)
    assert len(first_names) == len(set(first_names))


def test_first_names_capitalized_nfc(first_names):
    for n in first_names:
        assert n[0].isupper(), n
        assert unicodedata.normalize("NFC", n) == n, n
        assert all(ch.isalpha() or ch in "-'" for ch in n), n


def test_first_names_excludes_common_words(first_names):
    present = EXCLUDED_FIRST_NAMES & set(first_names)
    assert not present, sorted(present)


def test_first_names_keeps_common_names(first_names):
    missing = REQUIRED_FIRST_NAMES - set(first_names)
    assert not missing, sorted(missing)


# ------------------------------------------------------------------ JSON canonical form


@pytest.mark.parametrize("name", JSON_FILES)
def test_json_canonical(name):
    text = _text(name)
    data = json.loads(text)
    assert text == json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# ------------------------------------------------------------------ surname particles


def test_surname_particles():
    data = _load("surname_particles.json")
    assert isinstance(data, list)
    assert len(data) >= 20
    assert all(_is_clean(p) and " " not in p for p in data)
    assert len(data) == len(set(data))
    for required in ("de", "De", "van", "Van", "von", "der", "da", "di", "Di", "del", "della",
                     "la", "La", "le", "Le", "bin", "al", "Al", "el", "ter", "St.", "Mac", "Mc"):
        assert required in data, required


# ------------------------------------------------------------------ titles


@pytest.fixture(scope="module")
def titles():
    return _load("titles.json")


def test_titles_size_and_keys(titles):
    assert isinstance(titles, list)
    assert len(titles) >= 120
    for item in titles:
        assert isinstance(item, dict)
        assert set(item) == {"title", "role", "kind"}, item
        assert _is_clean(item["title"]), item
        assert item["role"] in ROLES, item
        assert item["kind"] == "person", item


def test_titles_unique(titles):
    names = [t["title"] for t in titles]
    assert len(names) == len(set(names))


def test_titles_expected_roles(titles):
    role = {t["title"]: t["role"] for t in titles}
    expected = {
        "Judge": "judge", "U.S. District Judge": "judge", "Chief Justice": "judge",
        "Magistrate Judge": "judge", "Attorney General": "agency", "U.S. Attorney": "agency",
        "Commissioner": "agency", "FTC Chair": "agency", "Chairman": "other", "Sen.": "other",
        "Governor": "other", "attorney": "counsel", "Attorney": "counsel",
        "General Counsel": "counsel", "CEO": "other", "Dr.": "other",
    }
    for title, r in expected.items():
        assert role.get(title) == r, (title, role.get(title))


# ------------------------------------------------------------------ org suffixes


def test_org_suffixes():
    data = _load("org_suffixes.json")
    assert isinstance(data, dict)
    assert set(data) == ORG_SUFFIX_KEYS
    for key, values in data.items():
        assert isinstance(values, list) and values, key
        assert all(_is_clean(v) for v in values), key
        assert len(values) == len(set(values)), key
    assert {"Inc.", "LLC", "Corp.", "GmbH"} <= set(data["company"])
    assert {"LLP", "PLLC", "P.C."} <= set(data["law_firm"])
    assert {"Department", "Agency", "Commission"} <= set(data["government"])
    assert {"Court", "Circuit", "Tribunal"} <= set(data["court"])
    assert {"Foundation", "Institute", "Coalition"} <= set(data["advocacy"])
    assert {"University", "College", "School"} <= set(data["education"])


# ------------------------------------------------------------------ agencies and courts


def _surface_forms(items):
    forms = []
    for item in items:
        forms.append(item["name"])
        forms.extend(item["aliases"])
    return forms


def _check_forms(items):
    forms = _surface_forms(items)
    dupes = sorted({f for f in forms if forms.count(f) > 1})
    assert not dupes, dupes
    for f in forms:
        assert _is_clean(f), f
        assert not f.lower().startswith("the "), f


@pytest.fixture(scope="module")
def agencies():
    return _load("agencies.json")


def test_agencies_shape(agencies):
    assert isinstance(agencies, list)
    assert len(agencies) >= 150
    for item in agencies:
        assert isinstance(item, dict)
        assert set(item) == {"name", "aliases", "kind", "jurisdiction"}, item
        assert isinstance(item["aliases"], list), item
        assert item["kind"] in {"government", "organization"}, item
        assert _is_clean(item["jurisdiction"]), item


def test_agencies_unique_forms(agencies):
    _check_forms(agencies)


def test_agencies_contain_key_bodies(agencies):
    forms = set(_surface_forms(agencies))
    for f in ("Department of Justice", "Justice Department", "DOJ", "FTC", "Federal Trade Commission",
              "SEC", "FBI", "CFPB", "EEOC", "NLRB", "CPSC", "FDA", "EPA", "Ofcom", "European Commission",
              "CNIL", "Bundeskartellamt", "ACCC", "Competition Bureau", "SAMR"):
        assert f in forms, f


@pytest.fixture(scope="module")
def courts():
    return _load("courts.json")


def test_courts_shape(courts):
    assert isinstance(courts, list)
    assert len(courts) >= 100
    for item in courts:
        assert isinstance(item, dict)
        assert set(item) == {"name", "aliases", "jurisdiction"}, item
        assert isinstance(item["aliases"], list), item
        assert _is_clean(item["jurisdiction"]), item


def test_courts_unique_forms(courts):
    _check_forms(courts)


def test_courts_coverage(courts):
    forms = set(_surface_forms(courts))
    assert "Supreme Court" not in forms  # bare form is handled in code
    for f in ("U.S. Supreme Court", "SCOTUS", "Ninth Circuit", "9th Circuit", "9th Cir.",
              "D.C. Circuit", "Federal Circuit", "Northern District of California", "N.D. Cal.",
              "S.D.N.Y.", "JPML", "CJEU", "ECtHR", "High Court of Justice", "UK Supreme Court"):
        assert f in forms, f
    district_courts = [c for c in courts if c["name"].startswith("U.S. District Court for the ")
                       or c["name"].startswith("District Court ")]
    assert len(district_courts) == 94
    circuits = [c for c in courts if c["name"].startswith("U.S. Court of Appeals for the ")
                and c["name"].endswith("Circuit")]
    assert len(circuits) == 13


# ------------------------------------------------------------------ news outlets


def test_news_outlets():
    data = _load("news_outlets.json")
    assert isinstance(data, list)
    assert len(data) >= 250
    assert all(_is_clean(s) for s in data)
    assert len(data) == len(set(data))
    for f in ("Reuters", "Associated Press", "AP", "Law360", "The New York Times", "Vice",
              "The Epoch Times", "Courthouse News Service", "XBIZ"):
        assert f in data, f
