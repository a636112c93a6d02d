"""Page chrome: navigation, share buttons, cookie prompts, bylines.

Each line is classified on its own, jusText-style: a known chrome phrase, a run of
icon words with no stopwords or sentence punctuation, a byline. Chrome lines keep
their offsets; the extractors skip anything that starts inside one.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

from claimx.io.resources import load_json
from claimx.text.normalize import letter_runs
from claimx.text.segment import paragraphs

_WORD = re.compile(r"[A-Za-z][\w'\u2019.-]*")


@lru_cache(maxsize=1)
def _rules():
    data = load_json("patterns/chrome.json")
    line = re.compile(r"(?:%s)\W*" % "|".join(data["line_patterns"]), re.IGNORECASE)
    return (line, frozenset(data["icon_words"]), re.compile(data["byline"]),
            re.compile(data["age_line"], re.IGNORECASE), frozenset(data["stopwords"]))


def is_chrome_line(line: str) -> bool:
    line_re, icons, byline, age, stop = _rules()
    s = line.strip()
    if not s:
        return False
    if len(s) <= 120 and (line_re.fullmatch(s) or byline.fullmatch(s) or age.fullmatch(s)):
        return True
    low = s.lower()
    if "\u0130" not in s and "\u212a" not in s and sum(map(_icon_runs().__contains__, letter_runs(low).split())) < 3:
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


@lru_cache(maxsize=1)
def _icon_runs() -> frozenset:
    """The runs of a-z an icon word ends with, as bytes ("facebook"; "down" of "arrow-down"): each
    icon word of a line (``_lower_words``) ends in one run of the line's a-z (``letter_runs``), so
    the line's runs in this set are at least as many as its icon words (not so for a line with a
    dotted capital I or a Kelvin sign, split from its own letters: not pre-counted). Counted in C,
    where a scan for the icon words' ends on the reversed line cost twice as much."""
    return frozenset([run for run in re.split(r"[^a-z]", w) if run][-1].encode() for w in _rules()[1])


def _lower_words(line: str, low: str) -> list[str]:
    """``[w.lower().strip(".") for w in _WORD.findall(line)]`` in C loops: the lowercased
    line ``low`` is split (the same words, but for the two letters whose lowercase is ASCII)."""
    if "\u0130" in line or "\u212a" in line:
        return [w.lower().strip(".") for w in _WORD.findall(line)]
    return list(map(str.strip, _WORD.findall(low), repeat(".")))


# what a line is, for the block pass: chrome on its own; a teaser heading (chrome that opens a
# block of headlines); weak (chrome only next to other chrome: a button, a lone icon word,
# a line of reader boilerplate with one cue); or body
_BODY, _CHROME, _TEASER, _WEAK = 0, 1, 2, 3
_BULLET = re.compile(r"^(?:[-\u2013\u2014*\u2022\u25aa\u25b8\u203a\u00bb>|#]+|\d{1,2}[.)])\s*")


@dataclass(frozen=True)
class _BlockRules:
    teaser: re.Pattern
    inline: re.Pattern
    button: re.Pattern
    glue: frozenset
    reader: re.Pattern
    strong: re.Pattern
    weak: re.Pattern
    legal: re.Pattern
    max_words: int


@lru_cache(maxsize=1)
def _block_rules() -> _BlockRules:
    b = load_json("patterns/chrome.json")["blocks"]
    alt = "|".join
    return _BlockRules(
        teaser=re.compile(r"(?:%s)\s*[:\u2014\u2013-]?\s*" % alt(b["teaser_headings"]), re.IGNORECASE),
        inline=re.compile(b["inline_teasers"], re.IGNORECASE),
        button=re.compile(r"(?:%s)\W*" % alt(b["button_lines"]), re.IGNORECASE),
        glue=frozenset(b["glue_words"]),
        # matched on the lowercased line, with no word boundary before the words (a literal-first
        # pattern lets re skip to the letters that can start one; _word_at checks the boundary)
        reader=re.compile(r"(?:%s)(?!\w)" % b["reader_words"]),
        strong=re.compile(r"(?:%s)(?!\w)" % b["strong_cues"]),
        weak=re.compile(r"(?:%s)(?!\w)" % b["weak_cues"]),
        legal=re.compile(r"(?:%s)(?!\w)" % b["legal_words"]),
        max_words=b["max_words"])


def line_kind(line: str) -> int:
    """What one line is on its own; ``chrome_ranges`` then decides by its neighbours."""
    s = line.strip()
    if not s:
        return _BODY
    r = _block_rules()
    bare = _BULLET.sub("", s) if len(s) <= 120 else None
    if bare is not None and r.teaser.fullmatch(bare):
        return _TEASER
    if is_chrome_line(s):
        return _CHROME
    if bare is not None and r.button.fullmatch(bare):
        return _WEAK
    if len(s) > 400:
        return _BODY  # a paragraph of the article: nothing below is this long
    if r.inline.match(s):
        return _CHROME
    if len(s) <= 80:
        lower = [w.lower().strip(".") for w in _WORD.findall(s)]
        icons = _rules()[1]
        if lower and all(w in icons or w in r.glue for w in lower) and not re.search(r"[.!?]\s|[.!?]$", s):
            n = len({w for w in lower if w in icons})
            if n >= 2:
                return _CHROME  # "Facebook Twitter Email": a share bar of its own
            if n == 1:
                return _WEAK    # "Facebook" alone: a share button when its neighbours are chrome
    return _reader_kind(s, r)


def _reader_kind(s: str, r: _BlockRules) -> int:
    """Newsletter, cookie, paywall and app boxes: the site talking to the reader about itself.
    Never a line with a quotation in it (quoted speech says "you" and "we" too), nor one in
    the article's legal words (a settlement notice: "if you signed up ... you may be eligible").
    The cheap tests first: most lines of an article are long and never address the reader."""
    if '"' in s or "\u201c" in s or "\u201d" in s:  # a quotation mark (three finds: no set of the line)
        return _BODY
    low = s.lower()
    short = len(s) <= 100 and not s.endswith(".")  # "Already a subscriber? Log in"
    reader = _word_at(r.reader, low)
    if not (reader or short) or _word_at(r.legal, low):
        return _BODY
    n_words = len(_WORD.findall(s))
    if n_words > r.max_words:
        return _BODY
    if _word_at(r.strong, low):
        return _CHROME if reader or n_words <= 12 else _BODY
    return _WEAK if (reader and n_words <= 30 and _word_at(r.weak, low)) else _BODY


def _word_at(rx: re.Pattern, low: str) -> bool:
    """``rx`` matches a whole word of ``low`` (what a leading ``\\b`` would say)."""
    return any(m.start() == 0 or not (low[m.start() - 1].isalnum() or low[m.start() - 1] == "_")
               for m in rx.finditer(low))


def _headline_shaped(line: str) -> bool:
    """A teaser item: short, no sentence end (a headline has no full stop), not a quote."""
    s = _BULLET.sub("", line.strip()).rstrip("\"'\u201d\u2019)]")
    return bool(s) and len(s) <= 220 and len(s.split()) <= 25 and s[-1] not in ".;,:"


def chrome_ranges(text: str, paras=None) -> list[tuple[int, int]]:
    """Chrome lines: those chrome on their own; the headline-shaped lines under a teaser
    heading ("RELATED STORIES"); and buttons, lone icon words and reader boilerplate that
    touch other chrome (a share bar one word per line under "Share", a cookie box).
    ``paras``: ``paragraphs(text)`` when the caller has them (a ``DocIndex``)."""
    paras = paragraphs(text) if paras is None else paras
    kinds = [line_kind(text[s:e]) for s, e in paras]
    chrome = [k in (_CHROME, _TEASER) for k in kinds]
    teaser = False
    for i, k in enumerate(kinds):  # the stories listed under a teaser heading
        if k == _TEASER:
            teaser = True
        elif teaser and (chrome[i] or k == _WEAK or _headline_shaped(text[paras[i][0]:paras[i][1]])):
            chrome[i] = True
        else:
            teaser = False
    i = 0
    while i < len(kinds):  # a run of weak lines is chrome where it touches chrome
        if kinds[i] != _WEAK or chrome[i]:
            i += 1
            continue
        j = i
        while j < len(kinds) and kinds[j] == _WEAK and not chrome[j]:
            j += 1
        if (i > 0 and chrome[i - 1]) or (j < len(kinds) and chrome[j]):
            chrome[i:j] = [True] * (j - i)
        i = j
    return [r for r, c in zip(paras, chrome) if c]


class ChromeIndex:
    """Answers 'is this offset inside a chrome line?' in O(log n)."""

    def __init__(self, ranges):
        self.ranges = list(ranges or [])
        self._starts = [s for s, _ in self.ranges]

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and self.ranges[i][0] <= pos < self.ranges[i][1]
