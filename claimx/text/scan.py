"""Whole-text scans for patterns that open with a word boundary.

``re`` can skip ahead to the next possible first character only when a pattern starts
with literal text or a character class. ``\\b(?:sued|sues)...`` starts with an assertion,
so every position is tried. ``BoundaryScan`` searches the pattern without its leading
``\\b`` or ``(?<![\\w-])`` (which can skip) and keeps the hits where the assertion holds:
the same matches as ``re.finditer`` on the full pattern.

``WordStartScan`` is for patterns every match of which starts with one of a few words (read
from the pattern): the match is tried only where the text's tokens hold one of them.

``finditer_before_mark`` is for patterns whose every match holds a rare character (``§``)
a bounded distance after its start: only the stretch before each such mark is searched.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress
from typing import Iterator

from claimx.text.gazetteer import Tokens, lower_words, tokens
from claimx.text.prefilter import word_opening

try:
    from re import _parser as sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse


_LEADING_ASSERTIONS = (r"\b", r"(?<![\w-])", r"(?<!\w)")


class BoundaryScan:
    def __init__(self, pattern: str, flags: int = 0):
        self.full = re.compile(pattern, flags)
        lead = next((a for a in _LEADING_ASSERTIONS if pattern.startswith(a)), None)
        self.lead = re.compile(pattern[len(lead):], flags) if lead else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        endpos = len(text) if endpos is None else endpos
        if self.lead is None:
            yield from self.full.finditer(text, pos, endpos)
            return
        while True:
            hit = self.lead.search(text, pos, endpos)
            if hit is None:
                return
            m = self.full.match(text, hit.start(), endpos)
            if m is None:
                pos = hit.start() + 1
                continue
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1


class WordStartScan:
    """``finditer`` and ``search`` of a pattern each of whose top-level alternatives opens with
    ``\\b`` (or ``(?<!\\w)``, ``(?<![\\w-])``) and a word (``word_opening``): a match starts
    where a \\w+ run starts (a token of ``gazetteer.tokens``) whose lowercase opens the pattern,
    so the pattern is matched there only, not tried at every character. The same matches as
    ``re``'s (``str.lower`` standing for ``re``'s case folding: a capital dotted I, a long s
    would be passed over). Raises ValueError for a pattern it cannot take."""

    def __init__(self, pattern: str, flags: int = 0):
        self.rx = re.compile(pattern, flags)
        self.pattern = pattern
        o = word_opening(pattern, flags)
        if o is None or not all(alt.startswith(_LEADING_ASSERTIONS) for alt in top_level_alternatives(pattern)):
            raise ValueError(f"not a word-led pattern: {pattern[:80]!r}")
        self.words, self.prefixes = o.words, o.prefixes

    def starts(self, text: str, lo: int = 0, hi: int | None = None, toks: Tokens | None = None) -> list[int]:
        """The token starts in ``[lo, hi)`` where a match may start. ``toks``: ``tokens(text)``,
        when the caller holds it."""
        toks = toks if toks is not None else tokens(text)
        a = bisect_left(toks.starts, lo) if lo else 0
        b = len(toks.starts) if hi is None else bisect_left(toks.starts, hi)
        low = lower_words(toks)
        if a or b < len(low):
            low, at = low[a:b], toks.starts[a:b]
        else:
            at = toks.starts
        if self.prefixes:
            pre = self.prefixes
            return [s for s, w in zip(at, low) if w in self.words or w.startswith(pre)]
        return list(compress(at, map(self.words.__contains__, low)))

    def finditer(self, text: str, toks: Tokens | None = None) -> Iterator[re.Match]:
        pos, match = 0, self.rx.match
        for s in self.starts(text, toks=toks):
            if s < pos:
                continue
            m = match(text, s)
            if m is not None:
                yield m
                pos = m.end()

    def search(self, text: str, lo: int = 0, hi: int | None = None, starts: list[int] | None = None,
               toks: Tokens | None = None) -> re.Match | None:
        """``rx.search(text, lo, hi)``. ``starts``: ``self.starts(text)``, made once by a caller
        that searches many windows of one text."""
        end = len(text) if hi is None else hi
        match = self.rx.match
        if starts is None:
            at = self.starts(text, lo, hi, toks)
        else:
            at = starts[bisect_left(starts, lo):bisect_left(starts, end)]
        for s in at:
            m = match(text, s, end)
            if m is not None:
                return m
        return None


def top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level ``|``."""
    out, depth, i, cut = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1
            if pattern[i:i + 1] == "^":
                i += 1
            if pattern[i:i + 1] == "]":
                i += 1
            while pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[cut:i])
            cut = i + 1
        i += 1
    out.append(pattern[cut:])
    return out


def max_width(pattern: str) -> int:
    """The most characters a match of ``pattern`` can span (for ``finditer_before_mark``)."""
    return sre_parse.parse(pattern).getwidth()[1]


def finditer_before_mark(rx: re.Pattern, text: str, mark: str, reach: int) -> Iterator[re.Match]:
    """``rx.finditer(text)`` for a pattern whose matches each hold ``mark`` and start at most
    ``reach`` characters, plus the whitespace right before it, ahead of their first ``mark``.
    Searching from there finds the leftmost match, as a scan from the last match would."""
    pos = 0
    k = text.find(mark)
    while k != -1:
        if k >= pos:
            j = k
            while j > pos and text[j - 1].isspace():
                j -= 1
            m = rx.search(text, max(pos, j - reach))
            if m is None:
                return
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1
            if m.end() <= k:
                # the match lies wholly before this mark (an earlier mark's, "Minn. Stat. § 1"
                # before "Minnesota Statutes section 1"): this mark may still start its own
                k = text.find(mark, pos)
                continue
        k = text.find(mark, max(k + 1, pos))
