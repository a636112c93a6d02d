"""Later mentions of what a text defined or named ("... Act (TVPRA)" then "TVPRA"; "Section
230 of the ..." then "Section 230"), found without compiling a pattern for each text.

Each text has its own short list of forms, so a trie-shaped pattern of them was compiled per
text (new texts, new patterns: re's cache does not help). The forms are few: each is looked
for with ``str.find``, and the matches are those ``finditer`` of the pattern would give:
leftmost, the longest form that fits at each place, none overlapping.
"""
from __future__ import annotations

import re

from claimx.text.normalize import is_word_char

_SECTION_WORD = re.compile(r"[Ss]ection\s+")


def _word_or_hyphen(c: str) -> bool:
    return is_word_char(c) or c == "-"


def whole_form_uses(mt: str, forms) -> list[tuple[int, int, str]]:
    """(start, end, form) of ``re.finditer(r"(?<![\\w-])(%s)(?![\\w-])" % trie_pattern(forms), mt)``."""
    longest: dict[int, str] = {}
    n = len(mt)
    for form in forms:
        if not form:
            continue
        i = mt.find(form)
        while i != -1:
            j = i + len(form)
            if (i == 0 or not _word_or_hyphen(mt[i - 1])) and (j == n or not _word_or_hyphen(mt[j])) \
                    and len(form) > len(longest.get(i, "")):
                longest[i] = form
            i = mt.find(form, i + 1)
    return _leftmost(longest)


def section_uses(mt: str, sections) -> list[tuple[int, int, str]]:
    """(start, end, section) of ``re.finditer(r"\\b[Ss]ection\\s+(%s)(?![\\w(])" % trie_pattern(sections), mt)``
    for sections that do not begin with whitespace."""
    sections = [s for s in sections if s]
    assert not any(s[0].isspace() for s in sections)
    longest: dict[int, tuple[int, str]] = {}
    n = len(mt)
    for m in _SECTION_WORD.finditer(mt):
        s, p = m.start(), m.end()
        if s and is_word_char(mt[s - 1]):
            continue
        fits = [sec for sec in sections if mt.startswith(sec, p)
                and (p + len(sec) == n or not (is_word_char(mt[p + len(sec)]) or mt[p + len(sec)] == "("))]
        if fits:
            sec = max(fits, key=len)
            longest[s] = (p + len(sec) - s, sec)
    out, pos = [], 0
    for s in sorted(longest):
        if s >= pos:
            width, sec = longest[s]
            out.append((s, s + width, sec))
            pos = s + width
    return out


def _leftmost(longest: dict[int, str]) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for i in sorted(longest):
        if i >= pos:
            out.append((i, i + len(longest[i]), longest[i]))
            pos = i + len(longest[i])
    return out
