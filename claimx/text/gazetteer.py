"""Leftmost-longest phrase lookup over word tokens (flashtext-style).

spaCy's PhraseMatcher cannot match across the whitespace tokens that non-breaking
spaces become, so gazetteers match here, on ``textnorm.match_text``: one dict lookup
per token, linear in the length of the text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress, count
from typing import Any, Iterator

from claimx.text.normalize import is_word_char, same_text_cache, split_tokens, words as text_words

TOKEN = re.compile(r"\w+|[^\w\s]")
_SPLIT = re.compile(r"(\w+|[^\w\s])")
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+")
# the non-word characters a textnorm.WORD can hold, where they have a word character after
# them: every word they can be inside has one such mark ("U.S.", "AT&T", "'s"), and the marks
# that end sentences and clauses are left out
_INNER_MARK = re.compile("[-&.'\u2019](?=\\w)")


class Tokens:
    """A text's tokens as three parallel lists, without a tuple per token; ``toks[i]`` is
    (string, start, end) for code that looks at a few of them."""

    __slots__ = ("strings", "starts", "ends", "lower", "phrase_starts")

    def __init__(self, strings: list[str], starts: list[int], ends: list[int]):
        self.strings, self.starts, self.ends = strings, starts, ends
        # derived once, on first use, and never changed after: threads that share a Tokens
        # (the same text object) at worst both compute the same value
        self.lower = None  # the lowercased strings, if a gazetteer ignores case
        self.phrase_starts = None  # (len(_ANY_FIRST) when made, (indexes, strings)): _phrase_starts

    def __len__(self) -> int:
        return len(self.strings)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(zip(self.strings[i], self.starts[i], self.ends[i]))
        return self.strings[i], self.starts[i], self.ends[i]

    def __iter__(self):
        return zip(self.strings, self.starts, self.ends)


@same_text_cache
def tokens(text: str) -> Tokens:
    """The tokens ``TOKEN.finditer`` finds, cut from the shared word split (``textnorm.words``):
    most words are one token already; "AT&T", "U.S." and "Johnson-Smith" are cut up here."""
    strings, starts, ends = text_words(text)
    # the words that are more than one token: those longer than one character holding one of
    # the marks a word may have inside; found from the marks (few) rather than the words (many)
    odd = []
    for m in _INNER_MARK.finditer(text):
        k = bisect_right(starts, m.start()) - 1  # the word the mark is in
        if ends[k] - starts[k] > 1 and (not odd or odd[-1] != k):
            odd.append(k)
    if not odd:
        return Tokens(strings, starts, ends)
    out_s, out_a, out_b = [], [], []
    prev = 0
    n = len(text)
    for i in odd:
        out_s += strings[prev:i]
        out_a += starts[prev:i]
        out_b += ends[prev:i]
        w, a = strings[i], starts[i]
        e = ends[i]
        if e < n and is_word_char(text[e]) and _INITIALS.fullmatch(w):
            # "U.Sx": the word stops at "U.S" but its last letter runs on into the next token
            return Tokens(*split_tokens(_SPLIT, text))
        pieces, piece_starts, piece_ends = split_tokens(_SPLIT, w)
        out_s += pieces
        out_a += [a + k for k in piece_starts]
        out_b += [a + k for k in piece_ends]
        prev = i + 1
    out_s += strings[prev:]
    out_a += starts[prev:]
    out_b += ends[prev:]
    return Tokens(out_s, out_a, out_b)


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
        toks = [self._key(t) for t in tokens(phrase).strings]
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

    def finditer(self, text: str, toks: Tokens | None = None) -> Iterator[tuple[int, int, list]]:
        """Yield (start, end, payloads) for leftmost-longest, non-overlapping matches."""
        toks = toks if toks is not None else tokens(text)
        for i, last, payloads in self.find_tokens(text, toks):
            yield toks.starts[i], toks.ends[last], payloads

    def find_tokens(self, text: str, toks: Tokens) -> Iterator[tuple[int, int, list]]:
        """Yield (first token, last token, payloads) for the same matches as ``finditer``."""
        keys = lower_words(toks) if self.ignore_case else toks.strings
        starts, ends = toks.starts, toks.ends
        root = self._root
        n = len(keys)
        resume = 0  # a match consumed the tokens before this index
        if self.ignore_case:
            firsts = compress(count(), map(root.__contains__, keys))
        else:  # of the tokens that start a phrase of any gazetteer (found once), those that start one here
            any_starts, start_words = _phrase_starts(toks)
            firsts = compress(any_starts, map(root.__contains__, start_words))
        for i in firsts:
            if i < resume:
                continue
            node = root[keys[i]]
            best = (i, node[_PAYLOADS]) if _PAYLOADS in node else None
            j = i + 1
            while j < n and keys[j] in node and _tight_pair(toks.strings, starts, ends, j):
                node = node[keys[j]]
                if _PAYLOADS in node:
                    best = (j, node[_PAYLOADS])
                j += 1
            if best:
                last, payloads = best
                yield i, last, list(payloads)
                resume = last + 1


_ANY_FIRST: set = set()  # the first token of every phrase of every (case-sensitive) gazetteer


def _phrase_starts(toks: Tokens) -> tuple[list[int], list[str]]:
    """Indexes and strings of the tokens that begin a phrase of some gazetteer (kept on the
    Tokens, and recomputed if a gazetteer has been built or grown since)."""
    kept = toks.phrase_starts  # read once: another thread may replace it, never change it
    if kept is None or kept[0] != len(_ANY_FIRST):
        size = len(_ANY_FIRST)
        found = list(compress(count(), map(_ANY_FIRST.__contains__, toks.strings)))
        kept = toks.phrase_starts = (size, (found, list(map(toks.strings.__getitem__, found))))
    return kept[1]


def lower_words(toks: Tokens) -> list[str]:
    """``toks.strings`` lowercased, made once per Tokens."""
    if toks.lower is None:
        toks.lower = list(map(str.lower, toks.strings))
    return toks.lower


def _tight_pair(strings: list[str], starts: list[int], ends: list[int], j: int) -> bool:
    """Punctuation inside a phrase must touch its neighbours as in 'Character.AI' (tokens j-1, j)."""
    a, b = strings[j - 1], strings[j]
    if (not a[0].isalnum() or not b[0].isalnum()) and a not in "&,(" and b not in "&(":
        return starts[j] - ends[j - 1] <= 1
    return True
