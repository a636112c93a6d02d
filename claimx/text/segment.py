"""Paragraphs and sentences as character ranges, without a parser.

spaCy's sentencizer breaks after every "Rep." or "Calif."; news text is full of
such abbreviations, so sentence ends are found here with an abbreviation list and
written onto the tokens (``token.is_sent_start``) for the rest of spaCy to use.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from claimx.io.resources import load_json
from claimx.text.normalize import same_text_cache

# A sentence end: a run of . ! ? (not begun right after another), closing marks, whitespace
# after; or a line break. Written to open on the character class: ``(?<![.!?])[.!?]++...|\n``
# means the same, but a pattern that opens with a lookbehind is tried at every position,
# one that opens with a class lets re skip to the characters in it (~4x faster).
_END = re.compile(r"[.!?\n](?:(?<=\n)|(?<![.!?][.!?])[.!?]*+[\"\u201d\u2019')\]]*(?=\s))")
_END_PLAIN = r"(?<![.!?])[.!?]++[\"\u201d\u2019')\]]*(?=\s)|\n"  # what _END means (a test compares)


_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."


def _word_before(text: str, lo: int, hi: int) -> str:
    """The word of ASCII letters and dots that ends at ``hi`` (not before ``lo``), from its first
    letter: "Calif" in "Calif.", "U.S" in "U.S."; the run is what ``rstrip`` would take off."""
    seg = text[lo:hi]
    return seg[len(seg.rstrip(_WORD_CHARS)):].lstrip(".")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset:
    return frozenset(load_json("lexicons/abbreviations.json")["abbreviations"])


@same_text_cache
def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines: scraped news keeps one paragraph per line."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            lead = len(body) - len(body.lstrip())
            out.append((pos + lead, pos + len(body.rstrip())))
        pos += len(line)
    return out


def sentences(text: str, paras=None) -> list[tuple[int, int]]:
    """``paras``: ``paragraphs(text)`` when the caller has them (a ``DocIndex``)."""
    abbrevs = _abbreviations()
    out = []
    for pstart, pend in paragraphs(text) if paras is None else paras:
        start = pstart
        for m in _END.finditer(text, pstart, pend):
            if m.group() == "\n":
                continue
            if text[m.start()] == ".":
                # the word before the period: look back a bounded window, not to the paragraph start
                word = _word_before(text, max(pstart, m.start() - 64), m.start())
                if word.rstrip(".") in abbrevs or (len(word) == 1 and word.isupper()):
                    continue
            nxt = m.end()
            while nxt < pend and text[nxt].isspace():
                nxt += 1
            if nxt >= pend:
                continue
            c = text[nxt]
            if not (c.isupper() or c.isdigit() or c in "\"\u201c\u2018'(["):
                continue
            out.append((start, m.end()))
            start = nxt
        out.append((start, pend))
    return [_abs(s, e, text) for s, e in out if e > s]


def _abs(s: int, e: int, text: str) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e)


class SpanIndex:
    """'Is this offset inside one of these (start, end) spans?' in O(log n); spans may overlap."""

    def __init__(self, spans=()):
        # overlapping spans merged, straight into the two lists (built a dozen times per
        # document by the party rules: no list per span, no second pass)
        starts: list[int] = []
        ends: list[int] = []
        for s, e in sorted(spans):
            if ends and s <= ends[-1]:
                if e > ends[-1]:
                    ends[-1] = e
            else:
                starts.append(s)
                ends.append(e)
        self._starts, self._ends = starts, ends

    def covers(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self._ends[i] > start


class SentenceIndex:
    """Find the sentence that holds a character offset (binary search)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def at(self, pos: int) -> tuple[int, int] | None:
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and self.spans[i][0] <= pos <= self.spans[i][1]:
            return self.spans[i]
        return None

    def index(self, pos: int) -> int:
        return bisect_right(self._starts, pos) - 1
