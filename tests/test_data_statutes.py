"""Checks on the popular-names gazetteer of statutes (claimx/data/statutes.json)."""
import json
import re
from pathlib import Path

import pytest

PATH = Path(__file__).parent.parent / "claimx" / "data" / "patterns" / "statutes.json"

KEYS = {"id", "name", "aliases", "abbreviations", "citation", "year", "jurisdiction", "kind",
        "sections", "usc"}
SECTION_KEYS = {"section", "aliases", "citation", "bare"}
KINDS = {"act", "amendment", "constitution", "regulation", "directive", "code", "treaty"}
ID_RE = re.compile(r"^[a-z0-9_]+$")
JUR_RE = re.compile(r"^[A-Z]{2}(-[A-Z]{2,3})?$")  # ISO 3166-1, and -2 (AU-NSW)
USC_SEC_RE = re.compile(r"^(\d+[A-Za-z]*|\d+-\d+)$")


@pytest.fixture(scope="module")
def raw():
    return PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def data(raw):
    return json.loads(raw)


@pytest.fixture(scope="module")
def by_id(data):
    return {item["id"]: item for item in data}


def _is_str_list(value):
    return isinstance(value, list) and all(isinstance(v, str) and v for v in value)


def test_count(data):
    assert isinstance(data, list)
    assert len(data) >= 300


def test_item_shape(data):
    for item in data:
        assert isinstance(item, dict)
        assert set(item) == KEYS, item.get("id")
        assert isinstance(item["id"], str) and ID_RE.match(item["id"]), item["id"]
        assert isinstance(item["name"], str) and item["name"].strip() == item["name"] != ""
        assert _is_str_list(item["aliases"]), item["id"]
        assert _is_str_list(item["abbreviations"]), item["id"]
        assert len(set(item["aliases"])) == len(item["aliases"]), item["id"]
        assert len(set(item["abbreviations"])) == len(item["abbreviations"]), item["id"]
        assert item["name"] not in item["aliases"], item["id"]
        cit = item["citation"]
        assert cit is None or (isinstance(cit, str) and cit.strip() == cit != ""), item["id"]
        year = item["year"]
        assert year is None or (type(year) is int and 1700 <= year <= 2030), item["id"]
        assert isinstance(item["jurisdiction"], str) and JUR_RE.match(item["jurisdiction"]), item["id"]
        assert item["kind"] in KINDS, item["id"]
        assert isinstance(item["sections"], list), item["id"]
        for sec in item["sections"]:
            assert isinstance(sec, dict) and set(sec) == SECTION_KEYS, item["id"]
            assert isinstance(sec["section"], str) and sec["section"], item["id"]
            assert _is_str_list(sec["aliases"]) and sec["aliases"], item["id"]
            assert sec["citation"] is None or (isinstance(sec["citation"], str) and sec["citation"])
            assert type(sec["bare"]) is bool, item["id"]
        assert isinstance(item["usc"], list), item["id"]
        for ref in item["usc"]:
            assert isinstance(ref, dict) and set(ref) == {"title", "sections"}, item["id"]
            assert type(ref["title"]) is int and 1 <= ref["title"] <= 54, item["id"]
            assert _is_str_list(ref["sections"]) and ref["sections"], item["id"]
            for s in ref["sections"]:
                assert USC_SEC_RE.match(s), (item["id"], s)
                if "-" in s:
                    lo, hi = s.split("-")
                    assert int(lo) < int(hi), (item["id"], s)


def test_ids_unique(data):
    ids = [item["id"] for item in data]
    assert len(ids) == len(set(ids))


def test_surface_forms_unique_across_items(data):
    owner = {}
    clashes = []
    for item in data:
        forms = {item["name"], *item["aliases"], *item["abbreviations"]}
        for sec in item["sections"]:
            forms.update(sec["aliases"])
        for form in forms:
            if form in owner and owner[form] != item["id"]:
                clashes.append((form, owner[form], item["id"]))
            owner[form] = item["id"]
    assert clashes == []


def test_no_leading_article(data):
    for item in data:
        forms = [item["name"], *item["aliases"], *item["abbreviations"]]
        for sec in item["sections"]:
            forms += sec["aliases"]
        for form in forms:
            assert not form.startswith(("the ", "The ")), (item["id"], form)


def test_bare_sections_are_few(data):
    bare = [(item["id"], sec["section"]) for item in data for sec in item["sections"] if sec["bare"]]
    assert 1 <= len(bare) <= 8, bare


def test_usc_sections_not_shared(data):
    """A code section (or numeric range) belongs to at most one law."""
    points, ranges = {}, {}
    for item in data:
        for ref in item["usc"]:
            for s in ref["sections"]:
                key = (ref["title"], s)
                assert points.get(key, item["id"]) == item["id"], (key, points.get(key), item["id"])
                points[key] = item["id"]
                if re.fullmatch(r"\d+(-\d+)?", s):
                    lo, _, hi = s.partition("-")
                    ranges.setdefault(ref["title"], []).append((int(lo), int(hi or lo), item["id"]))
    for title, spans in ranges.items():
        spans.sort()
        for (lo1, hi1, a), (lo2, hi2, b) in zip(spans, spans[1:]):
            assert hi1 < lo2 or a == b, (title, (lo1, hi1, a), (lo2, hi2, b))


def test_canonical_form(raw, data):
    assert raw == json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    ids = [item["id"] for item in data]
    assert ids == sorted(ids)


def test_spot_cda(by_id):
    cda = by_id["cda"]
    assert cda["name"] == "Communications Decency Act"
    assert "CDA" in cda["abbreviations"]
    sec = next(s for s in cda["sections"] if s["section"] == "230")
    assert sec["bare"] is True
    assert sec["citation"] == "47 U.S.C. \u00a7 230"
    assert "Section 230" in sec["aliases"]
    assert cda["citation"] == "47 U.S.C. \u00a7 230"


def test_spot_trafficking(by_id):
    assert "TVPRA" in by_id["tvpra"]["abbreviations"]
    assert by_id["tvpra"]["citation"] == "18 U.S.C. \u00a7 1595"
    assert "Trafficking Victims\u2019 Protection Reauthorization Act" in by_id["tvpra"]["aliases"]
    assert "TVPA" in by_id["tvpa"]["abbreviations"]
    fosta = by_id["fosta"]
    assert {"FOSTA", "SESTA", "SESTA-FOSTA"} <= set(fosta["abbreviations"])
    assert "Stop Enabling Sex Traffickers Act" in fosta["aliases"]
    assert fosta["citation"] == "Pub. L. 115-164"


def test_spot_constitution(data):
    first = [item for item in data if item["name"] == "First Amendment"]
    assert len(first) == 1
    assert first[0]["citation"] == "U.S. Const. amend. I"
    assert first[0]["kind"] == "amendment"
    amendments = [item for item in data if item["kind"] == "amendment"
                  and (item["citation"] or "").startswith("U.S. Const. amend.")]
    assert len(amendments) == 27
    assert any(item["name"] == "U.S. Constitution" and item["kind"] == "constitution" for item in data)


def test_spot_abbreviations(data):
    abbr = {a: item["id"] for item in data for a in item["abbreviations"]}
    assert abbr["GDPR"] == "gdpr"
    assert abbr["BIPA"] == "bipa"
    assert abbr["CCPA"] == "ccpa"
    assert abbr["DSA"] == "dsa"


def test_spot_titles(by_id):
    cra = by_id["civil_rights_act_1964"]
    title7 = next(s for s in cra["sections"] if s["section"] == "Title VII")
    assert "Title VII" in title7["aliases"]
    t9 = next(s for s in by_id["education_amendments_1972"]["sections"] if s["section"] == "Title IX")
    assert "Title IX" in t9["aliases"]
    s1983 = next(s for s in by_id["civil_rights_act_1871"]["sections"] if s["section"] == "1983")
    assert s1983["bare"] is True


PLACES = PATH.parent / "statute_places.json"
RULES = PATH.parent / "statute_rules.json"


def test_jurisdictions_are_iso_codes(data):
    # GB, not UK (ISO 3166); XX marks treaties and conventions of many states
    assert not [item["id"] for item in data if item["jurisdiction"] == "UK"]
    assert {"US", "GB", "EU", "AU", "IN", "CA"} <= {item["jurisdiction"] for item in data}


def test_statute_places_shape():
    places = json.loads(PLACES.read_text(encoding="utf-8"))
    assert {"reporters_jurisdictions", "country_cues", "jurisdiction_suffixes", "country_prefixes",
            "code_subjects"} <= set(places)
    codes = [*places["reporters_jurisdictions"].values(), *places["country_cues"],
             *places["jurisdiction_suffixes"].values(), *places["country_prefixes"].values()]
    assert all(JUR_RE.match(c) for c in codes), codes
    for words in places["country_cues"].values():
        assert _is_str_list(words) and len(set(words)) == len(words)
    # a cue word places an article in one country only
    owners = [w for words in places["country_cues"].values() for w in words]
    assert len(owners) == len(set(owners))
    assert all(isinstance(v, str) and v for v in places["code_subjects"].values())


def test_statute_rules_bill_keys_and_amendment_words():
    rules = json.loads(RULES.read_text(encoding="utf-8"))
    keys = rules["bill_keys"]
    assert keys["AssemblyBill"] == keys["AB"] == "AB" and keys["SenateBill"] == keys["SB"] == "SB"
    assert set(keys.values()) <= set(keys)  # every kind is also its own short prefix
    assert not set(rules["not_amendment_names"]) & set(rules["ordinals"])
