"""Integrity checks for claimx/data/platforms.json (does not import claimx)."""

import json
import re
from pathlib import Path

import pytest

DATA_PATH = Path(__file__).parent.parent / "claimx" / "data" / "patterns" / "platforms.json"

KEYS = {"id", "name", "aliases", "ambiguous", "operator", "category"}
CATEGORIES = {
    "social", "video", "streaming", "adult", "messaging", "dating",
    "marketplace", "app_store", "game", "forum", "search", "ai", "gig",
    "payment", "hosting", "music", "creator",
}
ID_RE = re.compile(r"^[a-z0-9_]+$")
# Lowercase-only, letters-only aliases are allowed only for these brand spellings.
LOWERCASE_ALIAS_ALLOWLIST = {"craigslist", "trivago", "leboncoin", "pixiv", "foodpanda", "bigbasket", "mytaxi"}


@pytest.fixture(scope="module")
def text():
    return DATA_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def data(text):
    return json.loads(text)


@pytest.fixture(scope="module")
def by_id(data):
    return {item["id"]: item for item in data}


def test_is_list_with_enough_items(data):
    assert isinstance(data, list)
    assert len(data) >= 200


def test_keys_and_types(data):
    for item in data:
        assert isinstance(item, dict)
        assert set(item) == KEYS, item
        assert isinstance(item["id"], str)
        assert isinstance(item["name"], str) and item["name"].strip() == item["name"] != ""
        for key in ("aliases", "ambiguous"):
            assert isinstance(item[key], list), (item["id"], key)
            assert len(item[key]) == len(set(item[key])), (item["id"], key)
            for form in item[key]:
                assert isinstance(form, str) and form.strip() == form != "", (item["id"], form)
        op = item["operator"]
        assert op is None or (isinstance(op, str) and op.strip() == op != ""), item["id"]
        assert item["category"] in CATEGORIES, item["id"]


def test_ids_unique_and_well_formed(data):
    ids = [item["id"] for item in data]
    assert len(ids) == len(set(ids))
    for i in ids:
        assert ID_RE.match(i), i


def test_surface_forms_globally_unique(data):
    seen = {}
    for item in data:
        forms = [item["name"], *item["aliases"]]
        forms += [a for a in item["ambiguous"] if a != item["name"]]
        for form in forms:
            assert form not in seen, f"{form!r} in both {seen.get(form)} and {item['id']}"
            seen[form] = item["id"]


def test_name_not_repeated_in_own_aliases(data):
    for item in data:
        assert item["name"] not in item["aliases"], item["id"]


def test_no_lowercase_word_aliases(data):
    for item in data:
        for alias in item["aliases"]:
            if alias.isalpha() and alias.islower():
                assert alias in LOWERCASE_ALIAS_ALLOWLIST, (item["id"], alias)


def test_canonical_form(text, data):
    assert text == json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    ids = [item["id"] for item in data]
    assert ids == sorted(ids)


def test_twitter(by_id):
    tw = by_id["twitter"]
    assert tw["name"] == "Twitter"
    assert "X" in tw["ambiguous"]
    assert tw["operator"] == "X Corp."
    for alias in ("Twitter/X", "X/Twitter", "twitter.com", "x.com"):
        assert alias in tw["aliases"]
    # "X, formerly Twitter" is two mentions, found by the rename words (platform_renames.py)
    assert not [a for a in tw["aliases"] if "formerly" in a]
    assert "X Corp" not in tw["aliases"] and "X Corp." not in tw["aliases"]


@pytest.mark.parametrize("pid", ["pornhub", "onlyfans"])
def test_adult_sites(by_id, pid):
    assert by_id[pid]["category"] == "adult"


def test_amazon_is_ambiguous(data, by_id):
    ambiguous = {a for item in data for a in item["ambiguous"]}
    assert "Amazon" in ambiguous
    assert "Amazon" in by_id["amazon"]["ambiguous"]


def test_app_store(by_id):
    assert by_id["app_store"]["name"] == "App Store"
    assert by_id["app_store"]["category"] == "app_store"


def test_character_ai(by_id):
    assert by_id["character_ai"]["name"] == "Character.AI"
    assert by_id["character_ai"]["category"] == "ai"


@pytest.mark.parametrize(
    "pid",
    ["youtube", "tiktok", "instagram", "snapchat", "reddit", "discord", "roblox",
     "twitch", "telegram", "whatsapp", "chatgpt", "fourchan", "kiwi_farms", "im_ge",
     "uber", "lyft", "airbnb", "ebay", "etsy", "facebook", "facebook_gaming",
     "facebook_marketplace", "facebook_messenger", "google_play", "bing_chat",
     "microsoft_copilot", "signal"],
)
def test_required_platforms_present(by_id, pid):
    assert pid in by_id
