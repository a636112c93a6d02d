"""The claimx/1 contract on every fixture: keys, offsets, order, determinism."""
import json

import pytest

import claimx
from conftest import FIXTURES, read

LISTS = ["statutes", "parties", "platforms", "dates", "allegations", "quotes"]
ENTITY_KEYS = {
    "statutes": {"name", "section", "citation", "year", "jurisdiction", "act", "aliases", "text", "start", "end", "mentions"},
    "parties": {"name", "kind", "role", "title", "text", "start", "end", "mentions"},
    "platforms": {"name", "operator", "category", "text", "start", "end", "mentions"},
    "dates": {"text", "value", "precision", "period", "start", "end"},
    "allegations": {"text", "kind", "speaker", "speaker_text", "speaker_start", "speaker_end", "verb",
                    "truncated", "start", "end"},
}
ENTITY_KEYS["quotes"] = ENTITY_KEYS["allegations"]


def all_fixtures():
    return sorted(FIXTURES.glob("*.txt"))


@pytest.mark.parametrize("path", all_fixtures(), ids=lambda p: p.name)
def test_offsets_and_shape(path):
    text = read(path)
    doc = claimx.extract(text)
    assert doc["schema"] == "claimx/1"
    assert set(LISTS) <= set(doc)
    json.dumps(doc)  # serializable
    for kind in LISTS:
        items = doc[kind]
        starts = [(i["start"], i["end"]) for i in items]
        assert starts == sorted(starts), kind
        for item in items:
            assert set(item) == ENTITY_KEYS[kind], (kind, set(item) ^ ENTITY_KEYS[kind])
            assert text[item["start"]:item["end"]] == item["text"]
            for m in item.get("mentions", []):
                assert text[m["start"]:m["end"]] == m["text"]
            if item.get("speaker_start") is not None:
                assert text[item["speaker_start"]:item["speaker_end"]] == item["speaker_text"]
    assert all(q["kind"] == "allegation" for q in doc["allegations"])


def test_deterministic():
    text = read(FIXTURES / "f02_state_ag_platform.txt")
    assert json.dumps(claimx.extract(text)) == json.dumps(claimx.extract(text))


def test_empty_and_whitespace():
    for text in ["", "   \n\n\t "]:
        doc = claimx.extract(text)
        assert all(doc[k] == [] for k in LISTS)
        assert doc["published"] is None


def test_published_validation():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        claimx.extract("x", published="21 Jan 2021")
    assert claimx.extract("x", published="2021-01")["published"] == "2021-01"


def test_published_from_text():
    doc = claimx.extract(read(FIXTURES / "f02_state_ag_platform.txt"))
    assert doc["published"] == "2023-09-05"
    assert doc["published_source"] == "text"
    doc = claimx.extract(read(FIXTURES / "f02_state_ag_platform.txt"), published="2023-09-07")
    assert (doc["published"], doc["published_source"]) == ("2023-09-07", "option")


def test_no_entity_from_page_chrome():
    """A scraped page opens with share-button icon names; only Twitter is in the body."""
    text = read(FIXTURES / "f08_scraped_page.txt")
    doc = claimx.extract(text)
    assert [p["name"] for p in doc["platforms"]] == ["Twitter"]
    body_start = text.index("Gamers Sue Twitter")  # the headline is part of the article
    body_end = text.index("Read Full Article")
    for kind in LISTS:
        for item in doc[kind]:
            for m in item.get("mentions", [item]):
                assert body_start <= m["start"] < body_end, (kind, m)
