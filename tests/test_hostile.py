"""Hostile input: chunking, odd Unicode and line ends, and the contract for any text."""
import json

from hypothesis import HealthCheck, given, settings, strategies as st

import claimx
import claimx.api as api
from conftest import FIXTURES, assert_offsets, read



def test_chunked_equals_whole(monkeypatch):
    """A long input is processed a chunk of paragraphs at a time, with the same results."""
    text = "\n\n".join(read(p) for p in sorted(FIXTURES.glob("f0*.txt")))
    whole = claimx.extract(text)
    monkeypatch.setattr(api, "CHUNK_CHARS", 2000)
    assert len(list(api.chunks(text, 2000))) > 2
    chunked = claimx.extract(text)
    assert_offsets(text, chunked)
    assert [d["text"] for d in chunked["dates"]] == [d["text"] for d in whole["dates"]]
    assert {s["name"] for s in chunked["statutes"]} == {s["name"] for s in whole["statutes"]}
    assert {p["name"] for p in chunked["platforms"]} == {p["name"] for p in whole["platforms"]}


def test_chunks_cover_the_text_exactly():
    text = ("word " * 50 + "\n") * 100
    pieces = list(api.chunks(text, 700))
    assert "".join(c for _, c in pieces) == text
    assert all(text[o:o + len(c)] == c for o, c in pieces)


def test_unicode_and_line_ends_keep_offsets():
    base = read(FIXTURES / "f02_state_ag_platform.txt")
    variants = [
        base.replace("\n", "\r\n"),
        base.replace("\n", "\r"),
        base.replace(" ", "\u00a0", 40),
        base.replace("Meta", "Me\u200bta", 1).replace("sued", "\u200fsued\u200e"),
        base.replace("Raúl", "Rau\u0301l").replace("\t", "    "),
        "\ufeff" + base,
    ]
    for text in variants:
        doc = claimx.extract(text)
        assert_offsets(text, doc)
    crlf = claimx.extract(variants[0])
    assert [s["name"] for s in crlf["statutes"]] == [s["name"] for s in claimx.extract(base)["statutes"]]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
       | st.lists(st.sampled_from(["Section 230", " of the ", "Act", "\u201c", "\u201d", '"', "'", "\u2019",
                                   "Judge ", "John Doe", "sued ", "Twitter", " on Jan. 8, 2021", "\n", "\n\n",
                                   "18 U.S.C. \u00a7\u00a7 1591 and 1595", "(", ")", "X", ", said ", "Inc.",
                                   "\u00a0", "\u200b", "mid-", "last week", "the FTC"]), max_size=60).map("".join))
def test_contract_holds_for_any_text(text):
    doc = claimx.extract(text)
    json.dumps(doc)
    assert doc["schema"] == "claimx/1"
    assert_offsets(text, doc)


def test_blobs_are_skipped_and_offsets_stay_exact():
    for text in ["x" * 3000 + " Twitter was sued on Jan. 8, 2021.",
                 "Twitter was sued. " + "ab," * 5000 + "\nThe FTC sued Meta on Jan. 8, 2021.",
                 "y" * 5000]:
        doc = claimx.extract(text)
        assert_offsets(text, doc)
    doc = claimx.extract("x" * 3000 + " Twitter was sued on Jan. 8, 2021.")
    assert [p["text"] for p in doc["platforms"]] == ["Twitter"]
