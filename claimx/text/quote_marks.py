"""Quotation marks: where each quoted passage opens and closes.

One left-to-right pass over the marks (linear time even on thousands of unmatched marks).
Curly marks say which way they face; a straight mark faces the way its neighbours say
(space before and a letter after: opening). A paragraph that leaves a quotation open is
continued by the next paragraph's opening mark, as newspapers do; an opener left behind by a
later opener is dropped. A low opening mark closes with a high one, German-style („...“).
Single marks are read by ``single_quotes``; ``find_all_spans`` puts both kinds together.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from claimx.text.normalize import same_text_cache
from claimx.text.segment import SpanIndex, paragraphs
from claimx.text.single_quotes import find_single_spans

_OPEN = "\u201c\u201e\u00ab"
_CLOSE = "\u201d\u00bb"
_MARKS = re.compile('["\u201c\u201d\u201e\u00ab\u00bb]')
_MAX_QUOTE = 8000


def _facing(text: str, pos: int) -> str:
    ch = text[pos]
    if ch in _OPEN:
        return "open"
    if ch in _CLOSE:
        return "close"
    prev = text[pos - 1] if pos > 0 else " "
    nxt = text[pos + 1] if pos + 1 < len(text) else " "
    left = not nxt.isspace() and (prev.isspace() or prev in "([{\u2014\u2013-/" or prev in _OPEN + '"')
    right = not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)]}\u2014\u2013-" or nxt in _CLOSE + '"')
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    return "either" if (left and right) or (not prev.isspace() and not nxt.isspace()) else "loose"


@same_text_cache
def find_spans(text: str) -> list[tuple[int, int, int, bool]]:
    """(open_mark, close_mark, depth, truncated) for each double-quoted passage."""
    paras = paragraphs(text)
    para_starts = [s for s, _ in paras]

    def para_of(pos: int) -> int:
        return bisect_left(para_starts, pos + 1) - 1

    out = []
    stack: list[int] = []
    for m in _MARKS.finditer(text):
        pos = m.start()
        face = _facing(text, pos)
        if face == "open" and text[pos] == "\u201c" and stack and text[stack[-1]] == "\u201e":
            face = "close"  # „...“
        if stack and para_of(pos) != para_of(stack[-1]):
            line_start = para_starts[para_of(pos)]
            if pos == line_start and face in ("open", "either"):
                # a quotation continued into a new paragraph: one passage per paragraph, the
                # first ending where its paragraph does (QuoteFinder gives both one speaker)
                out.append((stack.pop(), paras[para_of(pos) - 1][1], len(stack), False))
                stack.append(pos)
                continue
            if face == "open" or pos - stack[-1] > _MAX_QUOTE:
                stack.clear()
        if face == "open" or (face == "either" and not stack):
            if stack and pos == stack[-1] + 1:
                stack[-1] = pos  # a doubled opener: '"“' opens once, after both marks
                continue
            stack.append(pos)
        elif face in ("close", "either", "loose") and stack:
            start = stack.pop()
            out.append((start, pos, len(stack), False))
    if stack:
        last_para = len(para_starts) - 1
        start = stack[-1]
        if para_of(start) == last_para and len(text) - start < _MAX_QUOTE:
            out.append((start, len(text), len(stack) - 1, True))
    out.sort()
    return out


@same_text_cache
def find_all_spans(text: str) -> list[tuple[int, int, int, bool]]:
    """``find_spans`` and the single-quoted passages outside them, sorted; a double-quoted
    passage inside a single-quoted one ('He wrote "you are fired",' she said) is nested."""
    doubles = find_spans(text)
    singles = find_single_spans(text, [(a, b) for a, b, _, _ in doubles])
    if not singles:
        return doubles
    outer = SpanIndex([(a, b) for a, b, _ in singles])
    out = [(a, b, d + 1 if outer.covers(a) else d, t) for a, b, d, t in doubles]
    out.extend((a, b, 0, t) for a, b, t in singles)
    out.sort()
    return out
