"""Inputs that used to crash: every one is now a value, no value, or a clear usage error."""
import json
import re

import pytest

import claimx
from claimx.api import ClaimxError, PUBLISHED_YEARS
from claimx.extractors.dates import DateFinder
from claimx.io.reader import MAX_MAX_BYTES, read_bytes
from conftest import assert_offsets, invoke

def flat_output(result) -> str:
    """stdout and stderr without rich's box drawing and line breaks."""
    try:
        err = result.stderr
    except ValueError:  # old Click without separate stderr
        err = ""
    return " ".join(re.sub(r"[\u2502\u256d\u256e\u2570\u256f\u2500]", " ", result.output + err).split())


SENTENCE = "The hearing is set for next Friday. The suit was filed Monday, two days ago."


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", "0000", "0999-12", "3000",
                                       "\u0662\u0660\u0662\u0661", "2021-\u0660\u0663-10"])
def test_published_out_of_range_is_a_clear_error(published):
    with pytest.raises(ClaimxError, match="published") as e:
        claimx.extract(SENTENCE, published=published)
    assert isinstance(e.value, ValueError)  # what callers have always caught
    result = invoke("extract", "-", "--published", published, input=SENTENCE)
    assert result.exit_code == 2
    assert "published" in flat_output(result)


def test_published_range_ends_resolve():
    assert PUBLISHED_YEARS == (1000, 2999)
    first = claimx.extract(SENTENCE, published="1000-01-01")  # a Wednesday
    last = claimx.extract(SENTENCE, published="2999-12-31")  # a Tuesday
    assert [d["value"] for d in first["dates"]] == ["1000-01-03", "0999-12-30", "0999-12-30"]
    assert [d["value"] for d in last["dates"]] == ["3000-01-03", "2999-12-30", "2999-12-29"]


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", "0001", "9999-12", "0001-01"])
def test_date_arithmetic_never_overflows(published):
    """The finder itself (reachable without the API's check) gives no value past the calendar."""
    text = ("It will be heard next Friday and was filed Monday. Last year, 999 years ago, next "
            "month, 3 months ago, 5 days ago, next summer, last winter, in December, next January, "
            "yesterday, tomorrow.")
    for d in DateFinder().find(text, published):
        assert d.value is None or not d.value.startswith("-")
        assert d.value is None or d.value[:4].isdigit() and len(d.value.split("-")[0]) == 4


def test_lone_surrogates_become_replacement_characters():
    text = "Meta\ud800 sued TikTok on Jan. 5, 2021 \udc00, the complaint said."
    doc = claimx.extract(text, include_text=True)
    clean = text.replace("\ud800", "\ufffd").replace("\udc00", "\ufffd")
    assert doc["content"] == clean and len(clean) == len(text)
    assert_offsets(clean, doc)
    assert [(d["text"], d["start"]) for d in doc["dates"]] == [("Jan. 5, 2021", text.index("Jan."))]
    assert [p["name"] for p in doc["platforms"]] == ["TikTok"]
    json.dumps(doc, ensure_ascii=False).encode("utf-8")


def test_huge_max_bytes_is_a_usage_error():
    result = invoke("extract", "-", "--max-bytes", 10**23, input="The FTC sued Meta.")
    assert result.exit_code == 2
    assert "--max-bytes" in flat_output(result)
    ok = invoke("extract", "-", "--max-bytes", MAX_MAX_BYTES, input="The FTC sued TikTok.")
    assert ok.exit_code == 0
    assert json.loads(ok.stdout)["platforms"][0]["name"] == "TikTok"


def test_a_huge_limit_reads_in_blocks(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"The FTC sued Meta.\n" * 1000)
    assert read_bytes(str(path), 10**23) == path.read_bytes()
    with pytest.raises(ClaimxError, match="limit"):
        read_bytes(str(path), 100)


@pytest.mark.parametrize("line, words", [
    ('{"type": "platform", "name": "Bluesky", "aliases": null}', '"aliases" must be a list of strings'),
    ('{"type": "platform", "name": "Bluesky", "aliases": [1, 2]}', '"aliases" must be a list of strings'),
    ('{"type": "statute", "name": "SHIELD Act", "sections": "230"}', '"sections" must be a list'),
    ('{"type": "statute", "name": "SHIELD Act", "sections": [{"aliases": []}]}', '"section" string'),
    ('{"type": "statute", "name": "SHIELD Act", "year": "2019"}', '"year" must be a whole number'),
    ('{"type": "statute", "name": "SHIELD Act", "usc": [{"title": 15, "sections": "45"}]}', '"usc"'),
    ('{"type": "party", "name": "Acme Robotics", "aliases": "Acme"}', '"aliases" must be a list'),
    ('{"type": "platform", "name": "Bluesky", "operator": 7}', '"operator" must be a string'),
])
def test_bad_pattern_types_name_file_and_line(tmp_path, line, words):
    path = tmp_path / "extra.jsonl"
    path.write_text('# my patterns\n{"type": "platform", "name": "Mastodon"}\n' + line + "\n")
    result = invoke("extract", "-", "--patterns", path, input="The FTC sued Meta.")
    assert result.exit_code == 2
    out = flat_output(result)
    assert "extra.jsonl:3:" in "".join(out.split())  # the box may wrap a long path anywhere
    assert "".join(words.split()) in "".join(out.split())


def test_good_pattern_file_still_loads(tmp_path):
    path = tmp_path / "extra.jsonl"
    path.write_text('{"type": "statute", "name": "Robot Fairness Act", "year": 2019, "sections": '
                    '[{"section": "5", "aliases": ["Section 5 of the Robot Fairness Act"]}], '
                    '"usc": [{"title": 15, "sections": ["45"]}]}\n')
    result = invoke("extract", "-", "--patterns", path, input="New York sued under the Robot Fairness Act.")
    assert result.exit_code == 0
    assert [s["name"] for s in json.loads(result.stdout)["statutes"]] == ["Robot Fairness Act"]


def test_word_count_in_blocks_equals_split():
    from claimx.run.batch import count_words

    text = ("The FTC\u00a0sued Meta\n\nin\u2003March; " * 50) + "x" * 300 + " end\x1c word  "
    for block in (1, 7, 64, 1 << 20):
        assert count_words(text, block) == len(text.split())


def test_chunks_are_merged_as_they_come(monkeypatch):
    """A long article is folded in chunk by chunk: offsets exact, an allegation is the same dict
    as its entry in quotes (not a second copy), entities merged across chunks."""
    import claimx.api as api

    para = ("Texas sued TikTok on March 3, 2021. \u201cTikTok lied to parents about its app,\u201d "
            "Attorney General Ken Paxton said.\n\n")
    text = para * 12
    monkeypatch.setattr(api, "CHUNK_CHARS", 400)
    assert len(list(api.chunks(text, 400))) > 3
    doc = claimx.extract(text)
    assert_offsets(text, doc)
    assert len(doc["dates"]) == 12 and len(doc["allegations"]) == 12
    quotes = {id(q) for q in doc["quotes"]}
    assert all(id(a) in quotes for a in doc["allegations"])
    assert [p["name"] for p in doc["platforms"]] == ["TikTok"]
    assert len(doc["platforms"][0]["mentions"]) == 24
