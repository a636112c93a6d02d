"""Date patterns searched from their names instead of from each paragraph's start.

Some date patterns open with words that may or may not be there ("early", "last", "the end
of", "in", "17 to 20"), so re cannot skip to where a match can begin and tries every position
of the paragraph. But each match holds a month or weekday name as written, at the start of a
word, and opens at most a few words before it. ``anchored_finditer`` finds those names (a scan
re skips through), and searches the pattern from a few words before each: the matches
``finditer`` finds, without trying the positions no match can start at.
"""
from __future__ import annotations

import re
from typing import Iterator

# what may stand between the words before a name: whitespace, a hyphen ("mid-May"), a range's
# dash or ampersand ("17-20 May", "17 & 20 May")
_BETWEEN = "-\u2013&"


def words_back(text: str, at: int, lo: int, words: int) -> int:
    """Where ``words`` words before ``at`` begin (letters and digits, after whitespace or
    ``_BETWEEN`` marks), never before ``lo``: no match that holds the name at ``at`` can open
    earlier."""
    j = at
    for _ in range(words):
        i = j
        while i > lo and (text[i - 1].isspace() or text[i - 1] in _BETWEEN):
            i -= 1
        h = i
        while h > lo and text[h - 1].isalnum():
            h -= 1
        if h == i:
            break
        j = h
    return j


def anchored_finditer(rx: re.Pattern, text: str, a: int, b: int, names: list[int],
                      words: int) -> Iterator[re.Match]:
    """``rx.finditer(text, a, b)`` for a pattern whose every match holds a name at one of the
    sorted offsets ``names`` and opens at most ``words`` words before it (``words_back``). Each
    search starts where the first match not found yet can start at the earliest: the leftmost
    match from there is the next one ``finditer`` gives."""
    pos = a
    for at in names:
        if at < pos:
            continue  # inside or before the last match: no later match holds this name
        m = rx.search(text, max(pos, words_back(text, at, a, words)), b)
        if m is None:
            return
        yield m
        pos = m.end()
