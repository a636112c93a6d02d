"""Cue searches over a span of the text that first look for the strings every match holds.

Most claim cues open with ``\\b`` and a list of words, which gives ``re`` no first character to
skip to: it tries the whole list at every word edge of the span, a sentence a frame or a group
asks about many times. Every match holds one of a few strings (``prefilter.needles``, read from
the pattern, so they stay right when the data changes); a span whose lower case holds none of
them cannot match, and a few substring tests of the text's lower case (made once a text) cost
far less than the scan. The answers are ``re``'s own: the lower case stands for ``re``'s case
folding only where it is as long as the text and holds neither of the two letters ``re`` folds
onto an ASCII one that ``str.lower`` leaves alone (dotless i, long s); elsewhere every span is
scanned.
"""
from __future__ import annotations

import re
from typing import Optional

from claimx.text.normalize import same_text_cache
from claimx.text.prefilter import needles

_FOLDS_ONTO_ASCII = ("\u0131", "\u017f")  # ı, ſ: re's IGNORECASE matches them to i and s


@same_text_cache
def lowered(text: str) -> str:
    """``text.lower()``, made once a text (the last three text objects): the claims finder's
    lower case and the guards'."""
    return text.lower()


@same_text_cache
def folded(text: str) -> Optional[str]:
    """``text.lower()`` where it stands for re's case folding position by position, else None.
    Made once a text, for every guarded cue."""
    low = lowered(text)
    if len(low) != len(text) or any(ch in low for ch in _FOLDS_ONTO_ASCII):
        return None
    return low


class NeedleCue:
    """``rx.search``/``fullmatch``/``finditer`` over ``text[pos:endpos]`` (the whole text, not a slice of
    it), run only where the span's lower case holds one of ``words``. ``words``: the strings
    one of which every match holds (default: read from the pattern); a pattern with none known
    is always run."""

    __slots__ = ("rx", "words")

    def __init__(self, rx: re.Pattern, words=None):
        self.rx = rx
        self.words = tuple(words) if words is not None else needles(rx.pattern, rx.flags)

    def _absent(self, text: str, pos: int, endpos: Optional[int]) -> bool:
        if not self.words:
            return False
        low = folded(text)
        if low is None:
            return False
        part = low[pos:endpos]
        return not any(map(part.__contains__, self.words))

    def search(self, text: str, pos: int = 0, endpos: Optional[int] = None):
        endpos = len(text) if endpos is None else endpos
        if self._absent(text, pos, endpos):
            return None
        return self.rx.search(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: Optional[int] = None):
        endpos = len(text) if endpos is None else endpos
        if self._absent(text, pos, endpos):
            return None
        return self.rx.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: Optional[int] = None):
        endpos = len(text) if endpos is None else endpos
        if self._absent(text, pos, endpos):
            return iter(())
        return self.rx.finditer(text, pos, endpos)
