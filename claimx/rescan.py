"""Whole-text scans for patterns that open with a word boundary.

``re`` can skip ahead to the next possible first character only when a pattern starts
with literal text or a character class. ``\\b(?:sued|sues)...`` starts with an assertion,
so every position is tried. ``BoundaryScan`` searches the pattern without its leading
``\\b`` (which can skip) and keeps the hits where the boundary holds: the same matches
as ``re.finditer`` on the full pattern.
"""
from __future__ import annotations

import re
from typing import Iterator


class BoundaryScan:
    def __init__(self, pattern: str, flags: int = 0):
        self.full = re.compile(pattern, flags)
        self.lead = re.compile(pattern[2:], flags) if pattern.startswith(r"\b") else None

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
