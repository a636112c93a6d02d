"""Leftmost-longest phrase lookup over word tokens (flashtext-style).

spaCy's PhraseMatcher cannot match across the whitespace tokens that non-breaking
spaces become, so gazetteers match here, on ``textnorm.match_text``: one dict lookup
per token, linear in the length of the text.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from .textnorm import same_text_cache

TOKEN = re.compile(r"\w+|[^\w\s]")


@same_text_cache
def tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


class Gazetteer:
    def __init__(self, ignore_case: bool = False):
        self.ignore_case = ignore_case
        self._first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        self.max_len = 0

    def _key(self, tok: str) -> str:
        return tok.lower() if self.ignore_case else tok

    def add(self, phrase: str, payload: Any) -> None:
        toks = tuple(self._key(t) for t, _, _ in tokens(phrase))
        if not toks:
            return
        bucket = self._first.setdefault(toks[0], [])
        if (toks, payload) not in bucket:
            bucket.append((toks, payload))
            bucket.sort(key=lambda e: -len(e[0]))
        self.max_len = max(self.max_len, len(toks))

    def __len__(self) -> int:
        return sum(len(v) for v in self._first.values())

    def finditer(self, text: str, toks: list | None = None) -> Iterator[tuple[int, int, list]]:
        """Yield (start, end, payloads) for leftmost-longest, non-overlapping matches."""
        toks = toks if toks is not None else tokens(text)
        keys = [self._key(t) for t, _, _ in toks]
        i, n = 0, len(toks)
        while i < n:
            bucket = self._first.get(keys[i])
            best = None
            if bucket:
                for phrase, payload in bucket:
                    k = len(phrase)
                    if best is not None and k < best[0]:
                        break
                    if tuple(keys[i:i + k]) == phrase and _tight(toks, i, k):
                        if best is None:
                            best = (k, [payload])
                        elif k == best[0]:
                            best[1].append(payload)
            if best:
                k, payloads = best
                yield toks[i][1], toks[i + k - 1][2], payloads
                i += k
            else:
                i += 1


def _tight(toks, i: int, k: int) -> bool:
    """Punctuation inside a phrase must touch its neighbours as in 'Character.AI'."""
    for j in range(i, i + k - 1):
        a, b = toks[j], toks[j + 1]
        if (not a[0][0].isalnum() or not b[0][0].isalnum()) and a[0] not in "&,(" and b[0] not in "&(":
            if b[1] - a[2] > 1:
                return False
    return True
