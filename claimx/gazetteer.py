"""Leftmost-longest phrase lookup over word tokens (flashtext-style).

spaCy's PhraseMatcher cannot match across the whitespace tokens that non-breaking
spaces become, so gazetteers match here, on ``textnorm.match_text``: one dict lookup
per token, linear in the length of the text.
"""
from __future__ import annotations

import re
from itertools import compress, count
from typing import Any, Iterator

from .textnorm import same_text_cache, split_tokens

TOKEN = re.compile(r"\w+|[^\w\s]")
_SPLIT = re.compile(r"(\w+|[^\w\s])")


@same_text_cache
def tokens(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) for each token: what ``TOKEN.finditer`` finds."""
    strings, starts, ends = split_tokens(_SPLIT, text)
    toks = list(zip(strings, starts, ends))
    _last_words[:] = [toks, strings, None]
    return toks


_PAYLOADS = ""  # a trie node's payload list lives under a key no token can be


class Gazetteer:
    """Phrases in a token trie: a match costs one dict step per token it spans."""

    def __init__(self, ignore_case: bool = False):
        self.ignore_case = ignore_case
        self._root: dict = {}
        self._size = 0

    def _key(self, tok: str) -> str:
        return tok.lower() if self.ignore_case else tok

    def add(self, phrase: str, payload: Any) -> None:
        toks = [self._key(t) for t, _, _ in tokens(phrase)]
        if not toks:
            return
        node = self._root
        _ANY_FIRST.add(toks[0])
        for t in toks:
            node = node.setdefault(t, {})
        payloads = node.setdefault(_PAYLOADS, [])
        if payload not in payloads:
            payloads.append(payload)
            self._size += 1

    def __len__(self) -> int:
        return self._size

    def finditer(self, text: str, toks: list | None = None) -> Iterator[tuple[int, int, list]]:
        """Yield (start, end, payloads) for leftmost-longest, non-overlapping matches."""
        toks = toks if toks is not None else tokens(text)
        for i, last, payloads in self.find_tokens(text, toks):
            yield toks[i][1], toks[last][2], payloads

    def find_tokens(self, text: str, toks: list) -> Iterator[tuple[int, int, list]]:
        """Yield (first token, last token, payloads) for the same matches as ``finditer``."""
        keys = _lower_words(text, toks) if self.ignore_case else words(text, toks)
        root = self._root
        n = len(toks)
        resume = 0  # a match consumed the tokens before this index
        # the tokens that start a phrase of any gazetteer, found once for all of them (C loop)
        starts = compress(count(), map(root.__contains__, keys)) if self.ignore_case else _phrase_starts(toks)
        for i in starts:
            if i < resume or keys[i] not in root:
                continue
            node = root[keys[i]]
            best = (i, node[_PAYLOADS]) if _PAYLOADS in node else None
            j = i + 1
            while j < n and keys[j] in node and _tight_pair(toks[j - 1], toks[j]):
                node = node[keys[j]]
                if _PAYLOADS in node:
                    best = (j, node[_PAYLOADS])
                j += 1
            if best:
                last, payloads = best
                yield i, last, list(payloads)
                resume = last + 1


_last_words: list = [None, None, None]
_ANY_FIRST: set = set()  # the first token of every phrase of every (case-sensitive) gazetteer
_last_starts: list = [None, None, -1]


def _phrase_starts(toks: list) -> list[int]:
    """Indexes of the tokens that begin a phrase of some gazetteer (kept for the last text,
    and recomputed if a gazetteer has been built or grown since)."""
    if _last_starts[0] is not toks or _last_starts[2] != len(_ANY_FIRST):
        found = list(compress(count(), map(_ANY_FIRST.__contains__, words("", toks))))
        _last_starts[:] = [toks, found, len(_ANY_FIRST)]
    return _last_starts[1]


def words(text: str, toks: list) -> list[str]:
    """The token strings of ``text``, kept for the last text (every gazetteer reads them)."""
    if _last_words[0] is not toks:
        _last_words[:] = [toks, [t[0] for t in toks], None]
    return _last_words[1]


def _lower_words(text: str, toks: list) -> list[str]:
    strings = words(text, toks)
    if _last_words[2] is None:
        _last_words[2] = [w.lower() for w in strings]
    return _last_words[2]


def _tight_pair(a, b) -> bool:
    """Punctuation inside a phrase must touch its neighbours as in 'Character.AI'."""
    if (not a[0][0].isalnum() or not b[0][0].isalnum()) and a[0] not in "&,(" and b[0] not in "&(":
        return b[1] - a[2] <= 1
    return True
