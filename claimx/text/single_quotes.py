"""Single quotation marks: British, Irish, Indian and Australian outlets quote with them.

A straight or curly single mark is far more often an apostrophe (Apple's, O'Brien, users',
'90s, rock 'n' roll) than a quotation mark, so each mark is read by its neighbours: one
between two letters is an apostrophe; one after a space and before a letter opens, unless
the word is an elision ('em, 'tis); one after a non-space and before a space or punctuation
closes. Closers are ranked: after punctuation ('...,' she said) or after a letter other than
"s" ('a disgrace' and) they close; after "s" and before a space (the users' data) it is a
possessive unless nothing better closes the quotation before the next opener or the
paragraph's end. A paragraph left open by speech (a quotation opening it, or after "said:")
whose next paragraph opens again is continued there, as with double marks. Marks inside a double-quoted passage are nested
quotes or apostrophes of that passage and are not read here. One pass, linear time.
"""
from __future__ import annotations

import re
from functools import lru_cache

from claimx.io.resources import load_json
from claimx.text.segment import SpanIndex, paragraphs

_SINGLE = re.compile("['\u2018\u2019]")
_OPEN_BEFORE = "([{\u2014\u2013-/\"\u201c\u201e\u00ab"
_CLOSE_AFTER = ".,;:!?)]}\u2014\u2013-\"\u201d\u00bb\u2026"
_STRONG_BEFORE = ".,;:!?\u2026\u2014\u2013-\"\u201d)"
_WORD_AFTER = re.compile(r"[A-Za-z]+|\d+")
_LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")
_WORD_NEXT = re.compile(r" [a-z]")
_MAX_SINGLE = 3000
STRONG, MEDIUM, WEAK = 2, 1, 0


@lru_cache(maxsize=1)
def _elisions() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    d = load_json("lexicons/elisions.json")
    return frozenset(d["leading"]), frozenset(d["capitalised"]), frozenset(d["inner"]), frozenset(d["year_before"])


def _word_before(text: str, pos: int) -> str:
    m = _LAST_WORD.search(text, max(0, pos - 12), pos)
    return m.group(1) if m else ""


def _is_elision(text: str, pos: int) -> bool:
    """The mark at ``pos`` starts a word with dropped letters ('em, 'Tis, '90s, 'n')."""
    m = _WORD_AFTER.match(text, pos + 1)
    if not m:
        return False
    word = m.group()
    leading, capitalised, _, year_before = _elisions()
    if word.isdigit():  # "the '90s", "in '08", "John Roberts '76", but "'50 people were hurt,' she said"
        before = _word_before(text, pos)  # a year after "in" or after a name: "Roberts '76"
        return len(word) == 2 and (text[pos] == "\u2019" or not _WORD_NEXT.match(text, m.end())
                                   or before.lower() in year_before or before[:1].isupper())
    low = word.lower()
    return low in leading and (word.islower() or low in capitalised)


def _inner_elision(text: str, pos: int) -> bool:
    """The mark at ``pos`` closes a one-word elision opened just before it ('n' of rock 'n' roll)."""
    inner = _elisions()[2]
    k = pos - 1
    while k >= max(0, pos - 4) and text[k].isalpha():  # the inner words are short
        k -= 1
    return k >= 0 and text[k] in "'\u2018\u2019" and text[k + 1:pos].lower() in inner and k < pos - 1


def classify(text: str, pos: int) -> tuple[str, int]:
    """("open", 0), ("close", strength) or ("apostrophe", 0) for the single mark at ``pos``."""
    prev = text[pos - 1] if pos > 0 else " "
    nxt = text[pos + 1] if pos + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        return "apostrophe", 0
    if (prev.isspace() or prev in _OPEN_BEFORE) and (nxt.isalnum() or nxt in "\"\u201c"):
        if _is_elision(text, pos):
            return "apostrophe", 0
        return "open", 0
    if not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_AFTER):
        if _inner_elision(text, pos):
            return "apostrophe", 0
        if prev in _STRONG_BEFORE:
            return "close", STRONG
        if prev in "sSzZ" and nxt.isspace():
            return "close", WEAK  # "the users' data": most often a possessive
        return "close", MEDIUM
    return "apostrophe", 0


def _opens_speech(text: str, para_start: int, opener: int) -> bool:
    """The mark opens a paragraph or follows 'said:' / 'said,': speech that may run on into the
    next paragraph, unlike a phrase quoted mid-sentence ('raised 'serious questions' about')."""
    before = text[para_start:opener].rstrip()
    return not before or before[-1] in ":,"


def find_single_spans(text: str, inside: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """(open_mark, close, truncated) of each single-quoted passage outside the double-quoted
    ``inside`` spans. ``close`` is the closing mark, or the paragraph's end for a quotation
    continued into the next paragraph (the end of the text for one cut off there)."""
    if "'" not in text and "\u2018" not in text and "\u2019" not in text:
        return []
    covered = SpanIndex(inside)
    paras = paragraphs(text)
    out: list[tuple[int, int, bool]] = []
    for k, (ps, pe) in enumerate(paras):
        opener, weak = -1, -1
        for m in _SINGLE.finditer(text, ps, pe):
            pos = m.start()
            if covered.covers(pos):
                continue
            face, strength = classify(text, pos)
            if face == "apostrophe":
                continue
            if opener >= 0 and pos - opener > _MAX_SINGLE:
                opener, weak = -1, -1
            if face == "open":
                if opener >= 0 and weak >= 0:
                    out.append((opener, weak, False))
                opener, weak = pos, -1
            elif opener >= 0 and strength > WEAK:
                out.append((opener, pos, False))
                opener, weak = -1, -1
            elif opener >= 0 and weak < 0:
                weak = pos
        if opener < 0:
            continue
        nxt_opens = k + 1 < len(paras) and _SINGLE.match(text, paras[k + 1][0]) is not None and \
            classify(text, paras[k + 1][0])[0] == "open"
        speech = _opens_speech(text, ps, opener)  # else a stray mark ("the 'Nam years") opens nothing long
        if nxt_opens and pe - opener <= _MAX_SINGLE and speech:
            out.append((opener, pe, False))  # continued: the next paragraph opens again
        elif weak >= 0:
            out.append((opener, weak, False))
        elif k == len(paras) - 1 and len(text) - opener < _MAX_SINGLE and speech:
            out.append((opener, len(text), True))
    return out
