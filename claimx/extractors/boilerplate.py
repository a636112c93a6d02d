"""Page chrome: navigation, share buttons, cookie prompts, bylines.

Each line is classified on its own, jusText-style: a known chrome phrase, a run of
icon words with no stopwords or sentence punctuation, a byline. Chrome lines keep
their offsets; the extractors skip anything that starts inside one.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import repeat

from claimx.io.resources import load_json
from claimx.text.segment import paragraphs
from claimx.text.wordtrie import trie_pattern

_WORD = re.compile(r"[A-Za-z][\w'\u2019.-]*")


@lru_cache(maxsize=1)
def _rules():
    data = load_json("patterns/chrome.json")
    line = re.compile(r"(?:%s)\W*" % "|".join(data["line_patterns"]), re.IGNORECASE)
    # an icon word ending a word (no check of where the word starts, so it may count more
    # than the words do, never fewer): a line with fewer than three has no icon run. Matched
    # on the reversed line, where each starts with the character after the word: re skips
    # straight to those (spaces, punctuation) instead of trying the word list at every letter
    icon_ends = re.compile(r"[^\w'\u2019.-]\.*%s" % trie_pattern(w[::-1] for w in data["icon_words"]))
    return (line, frozenset(data["icon_words"]), re.compile(data["byline"]),
            re.compile(data["age_line"], re.IGNORECASE), frozenset(data["stopwords"]), icon_ends)


def is_chrome_line(line: str) -> bool:
    line_re, icons, byline, age, stop, icon_ends = _rules()
    s = line.strip()
    if not s:
        return False
    if len(s) <= 120 and (line_re.fullmatch(s) or byline.fullmatch(s) or age.fullmatch(s)):
        return True
    low = s.lower()
    if len(icon_ends.findall((low + " ")[::-1])) < 3:
        return False  # both rules below need three icon words (most lines end here, unsplit)
    lower = _lower_words(s, low)
    if len(lower) >= 5:
        n_icons = sum(map(icons.__contains__, lower))
        n_stop = sum(map(stop.__contains__, lower))
        sentence_like = bool(re.search(r"[.!?\"\u201d]\s|[.!?]$|,\s", s))
        if n_icons >= 3 and not sentence_like and n_icons / len(lower) >= 0.2:
            return True
        if n_icons >= 5 and n_stop / len(lower) < 0.15:
            return True
    return False


def _lower_words(line: str, low: str) -> list[str]:
    """``[w.lower().strip(".") for w in _WORD.findall(line)]`` in C loops: the lowercased
    line ``low`` is split (the same words, but for the two letters whose lowercase is ASCII)."""
    if "\u0130" in line or "\u212a" in line:
        return [w.lower().strip(".") for w in _WORD.findall(line)]
    return list(map(str.strip, _WORD.findall(low), repeat(".")))


def chrome_ranges(text: str) -> list[tuple[int, int]]:
    return [(s, e) for s, e in paragraphs(text) if is_chrome_line(text[s:e])]


class ChromeIndex:
    """Answers 'is this offset inside a chrome line?' in O(log n)."""

    def __init__(self, ranges):
        self.ranges = list(ranges or [])
        self._starts = [s for s, _ in self.ranges]

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and self.ranges[i][0] <= pos < self.ranges[i][1]
