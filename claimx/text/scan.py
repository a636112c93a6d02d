"""Whole-text scans for patterns that open with a word boundary.

``re`` can skip ahead to the next possible first character only when a pattern starts
with literal text or a character class. ``\\b(?:sued|sues)...`` starts with an assertion,
so every position is tried. ``BoundaryScan`` searches the pattern without its leading
``\\b`` or ``(?<![\\w-])`` (which can skip) and keeps the hits where the assertion holds:
the same matches as ``re.finditer`` on the full pattern.

``finditer_before_mark`` is for patterns whose every match holds a rare character (``§``)
a bounded distance after its start: only the stretch before each such mark is searched.
"""
from __future__ import annotations

import re
from typing import Iterator

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
        k = text.find(mark, max(k + 1, pos))
