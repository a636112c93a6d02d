"""A same-length normalized copy of the text for matching.

Scraped news is full of non-breaking and zero-width spaces and mixes curly and
straight quotes. Rules match against ``match_text(text)``, which has the same length
as ``text``, so every offset found there is an offset into the original. Also here: the
one split of a text into words that the party rules and the gazetteers share.
"""
from __future__ import annotations

import re
import threading
from itertools import accumulate

_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\f\v"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
INVISIBLE = _INVISIBLE  # not whitespace to str.strip, a space in the matching copy
_TABLE = {ord(c): " " for c in _SPACES + _INVISIBLE}
_TABLE.update({ord("\u2019"): "'", ord("\u2018"): "'", ord("\u02bc"): "'", ord("\u2032"): "'",
               ord("\u201c"): '"', ord("\u201d"): '"', ord("\u201e"): '"', ord("\u2033"): '"',
               ord("\u2010"): "-", ord("\u2011"): "-"})


def same_text_cache(func):
    """Remember the results for the last three text objects: every component asks about the
    same article (its text, its matching copy, a line of it). Callers must not mutate what
    they get. Each thread has its own three: a thread's calls are about its own article."""
    local = threading.local()

    def wrapper(text):
        slots = getattr(local, "slots", None)  # [(text, result)], most recent first
        if slots is None:
            slots = local.slots = []
        for t, result in slots:
            if t is text:
                return result
        result = func(text)
        slots.insert(0, (text, result))
        del slots[3:]
        return result

    wrapper.__doc__ = func.__doc__
    wrapper.__name__ = func.__name__
    return wrapper


_PAIRS = [(chr(k), v) for k, v in _TABLE.items()]


@same_text_cache
def match_text(text: str) -> str:
    # one str.replace per character that occurs: ~20x faster than str.translate, whose
    # table lookup runs per character once the text has any non-ASCII character
    out = text
    for char, repl in _PAIRS:
        if char in out:
            out = out.replace(char, repl)
    assert len(out) == len(text)
    return out


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def lower_same_length(text: str) -> str:
    """``text.lower()``, or where a letter lowercases to two characters ("İ") the ASCII
    letters lowered alone: a copy whose offsets are the text's."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))  # a-z kept, any other byte a space


def letter_runs(low: str) -> bytes:
    """``low`` as ASCII bytes, every character but a-z a space (one byte a character, so offsets
    hold): ``letter_runs(low)[a:b].split()`` lists the ``[a-z]+`` runs of ``low[a:b]``, read in
    C at a few instructions a character instead of a regex step per character."""
    return low.encode("ascii", "replace").translate(_LETTERS_ONLY)


_CAPITALS_ONLY = bytes(c if 65 <= c <= 90 else 32 for c in range(256))  # A-Z kept, any other byte a space


def capital_runs(text: str) -> bytes:
    """``text`` as ASCII bytes, every character but A-Z a space: the twin of ``letter_runs``
    for runs of capitals (``capital_runs(text).split()`` lists the ``[A-Z]+`` runs)."""
    return text.encode("ascii", "replace").translate(_CAPITALS_ONLY)


def is_word_char(c: str) -> bool:
    """What ``\\w`` matches in a str pattern, without a regex call for one character."""
    return c.isalnum() or c == "_"


def split_tokens(splitter, text: str) -> tuple[list[str], list[int], list[int]]:
    """(strings, starts, ends) of the matches of ``splitter`` (a regex that is one capturing
    group around the token pattern), in order: what its ``finditer`` would give, without a
    match object per token (one ``split``, then running sums of the piece lengths)."""
    parts = splitter.split(text)  # gap, token, gap, token, ..., gap
    bounds = list(accumulate(map(len, parts)))
    return parts[1::2], bounds[0:-1:2], bounds[1::2]


# Words as names are written: "U.S." "AT&T" "Johnson-Smith" "'s" whole; any other non-space
# character alone. Every non-space character is in exactly one of them.
WORD = re.compile(r"[A-Z](?:\.[A-Z])+\.?|\w+(?:[-&]\w+)*|['\u2019]s\b|&|,|\S")
_WORD_SPLIT = re.compile("(%s)" % WORD.pattern)


@same_text_cache
def words(text: str) -> tuple[list[str], list[int], list[int]]:
    """(strings, starts, ends) of the ``WORD`` matches in ``text`` (one split of the text,
    read by the party rules and, cut finer, by the gazetteers)."""
    return split_tokens(_WORD_SPLIT, text)
