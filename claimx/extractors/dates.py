"""Dates: every time expression in the body, resolved against the publication date.

Detection is our own: regular expressions over a closed set of forms ("Jan. 8",
"mid-August", "early 2020", "last week", "9 months ago", "Wednesday", "01/20/21").
A general date parser (dateparser) finds ages, durations and counts as dates, so it
cannot be the detector; normalizing these forms is plain calendar arithmetic, one
small function per pattern kind (``date_values.VALUES``). The month, weekday, season and
number words are data (``data/patterns/dates.json``); the patterns are built from them.

Resolution rules (also in the README):
- a month or month-day without a year takes the year that puts it nearest to the
  publication date (so "June 1" in a May article is this June, "late November" in a
  January article is last November); with no publication date the year is "XXXX";
- a weekday is the most recent such day on or before the publication date, unless
  the sentence looks ahead ("will", "scheduled", "next Monday"), then the next one;
  a month without a year follows its clause's tense the same way (``date_context.py``);
- week-level and vague periods ("last week", "the past year") have value null;
- quarters are TIMEX-style ("2022-Q1"), days of one month ("17 to 20 September") the month.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from claimx.extractors.date_context import DateContext, alone_on_line, later_than
from claimx.extractors.date_scan import anchored_finditer
from claimx.extractors.date_values import VALUES, Published, iso_day, later_value
from claimx.models import DateExpr
from claimx.io.resources import load_json
from claimx.text.normalize import letter_runs, lower_same_length
from claimx.text.segment import SentenceIndex, SpanIndex, paragraphs
from claimx.text.normalize import match_text
from claimx.text.wordtrie import trie_pattern


def _alternatives(words) -> str:
    """``(?:w1|w2|...)`` in the data's order, a space in a phrase standing for any run of it."""
    return "(?:%s)" % "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def _word_alternatives(words) -> str:
    """``_alternatives(words)`` shaped as a trie (``wordtrie``), for plain words (no space, no
    regex character): the same matches, tried in the same order when a word that begins
    another comes after it (the trie tries the longer first), and one branch per character
    instead of a test per word at every word start."""
    words = list(words)
    for k, w in enumerate(words):
        assert re.escape(w) == w and not any(v != w and v.startswith(w) for v in words[k + 1:]), w
    return trie_pattern(words)


# A pattern that opens with ``\b`` or a lookbehind is tried by re at every position; one that
# opens on a character (a class, or a branch of literals) lets it skip to those characters. So
# the hot patterns open on their first word's first letter, the assertion moved right after
# it: ``(?<!\w.)`` there says what ``\b`` said before a word character.
_AFTER_FIRST = r"(?<!\w.)"
_FULL_END, _DOT_END = "", "."  # trie node keys no letter can be: a word ends, a dotted word ends


def _opening_alternatives(words, dotted=()) -> str:
    """``\\b(?:words|dotted\\.?)`` (``_word_alternatives`` of each) as one trie whose branches open
    on the words' first letters, ``_AFTER_FIRST`` after each. The same matches tried in the same
    order: longest first, which is the plain order since no word is a prefix of a later one and
    every dotted word is shorter than the words it begins ("Sept" of "September")."""
    words, dotted = list(words), list(dotted)
    _word_alternatives(words), _word_alternatives(dotted)  # checks each list's order
    assert not any(d.startswith(w) for w in words for d in dotted), "a word before a longer dotted one"
    root: dict = {}
    for ws, end in ((words, _FULL_END), (dotted, _DOT_END)):
        for w in ws:
            node = root
            for ch in w:
                node = node.setdefault(ch, {})
            assert not ({_FULL_END, _DOT_END} & set(node)), w  # a word in both lists
            node[end] = {}
    return "|".join(re.escape(ch) + _AFTER_FIRST + _emit_trie(child) for ch, child in sorted(root.items()))


def _emit_trie(node: dict) -> str:
    branches = [re.escape(ch) + _emit_trie(child) for ch, child in sorted(node.items()) if ch not in (_FULL_END, _DOT_END)]
    if _DOT_END in node:
        return "(?:%s)" % "|".join([*branches, r"\.?"]) if branches else r"\.?"
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and _FULL_END not in node else "(?:%s)" % "|".join(branches)
    return body + "?" if _FULL_END in node else body


_DATA = load_json("patterns/dates.json")
_MONTH_NAMES = [forms[0] for forms in _DATA["months"]]
# full names also in capitals ("FRIDAY, JUNE 30, 2023" in a masthead or a press release)
_MON_FULL = _word_alternatives([*_MONTH_NAMES, *(n.upper() for n in _MONTH_NAMES)])
_MON_ABBR = _word_alternatives(a for forms in _DATA["months"] for a in forms[1:]) + r"\.?"
_MON = rf"(?:{_MON_FULL}|{_MON_ABBR})(?![a-z])"
_MON_ALONE = _word_alternatives(n for n in _MONTH_NAMES if n not in _DATA["months_not_alone"])
_WEEKDAY = _word_alternatives(_DATA["weekdays"])
_WEEKDAY_ANY = _word_alternatives([*_DATA["weekdays"], *(w.upper() for w in _DATA["weekdays"])])
# the same, opening on their first letters: "(?P<m>%s)" % _MON_OPEN is "\b(?P<m>%s)" % _MON
_MONTH_NAMES_OPEN = "(?:%s)" % _opening_alternatives([*_MONTH_NAMES, *(n.upper() for n in _MONTH_NAMES)],
                                                     (a for forms in _DATA["months"] for a in forms[1:]))
_MON_OPEN = _MONTH_NAMES_OPEN + "(?![a-z])"
_WEEKDAY_ANY_OPEN = _opening_alternatives([*_DATA["weekdays"], *(w.upper() for w in _DATA["weekdays"])])
_MONTH_PREP = _alternatives(_DATA["month_prepositions"])
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# "(?P<y>%s)" % _YEAR_OPEN is "(?<![\w$£€.,/#:-])(?P<y>%s)" % _YEAR, opening on the first digit
_NOT_BEFORE_YEAR = r"[\w$\u00a3\u20ac.,/#:-]"
_YEAR_OPEN = rf"1(?<!{_NOT_BEFORE_YEAR}.)[89]\d\d|2(?<!{_NOT_BEFORE_YEAR}.)0\d\d"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
_NUMW = r"(?:\d{1,3}|%s)" % _alternatives(_DATA["numbers"])
_UNIT = r"(?:days?|weeks?|months?|years?|decades?)"
_MOD = (r"(?:early|mid|late|earlier\s+in|later\s+in|early\s+in|late\s+in|the\s+end\s+of|end\s+of|"
        r"the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|start\s+of|the\s+middle\s+of)")
_SEASON = _alternatives(_DATA["seasons"])
_QUARTER = _alternatives(_DATA["quarters"])
_DAY_PART = _alternatives(_DATA["day_parts"])
_RANGE_SEP = r"\s*(?:-|\u2013|to|through|and|&)\s*"
_NOT_NUMBER = r"(?!\s*(?:%|percent|million|billion|[:.,]\d))"

_PATTERNS = [
    # "January 8, 2021", "Jan. 8", "Aug. 19, 2021", "mid-August 3"?
    ("md", re.compile(rf"(?P<m>{_MON_OPEN})\s+(?P<d>{_DAY}){_ORD}\b{_NOT_NUMBER}(?:,?\s+(?P<y>{_YEAR})\b)?")),
    # "8 January 2021", "the 4th of July"
    ("dm", re.compile(rf"\b(?P<d>{_DAY}){_ORD}\s+(?:of\s+)?(?P<m>{_MON_FULL}|{_MON_ABBR})(?![a-z])(?:,?\s+(?P<y>{_YEAR})\b)?")),
    # a weekday before a full date is one expression: "Tuesday, May 5, 2020", "Thu 2 May 2024"
    ("wmd", re.compile(rf"(?P<w>{_WEEKDAY_ANY_OPEN}),?\s+(?P<m>{_MON})\s+(?P<d>{_DAY}){_ORD}\b{_NOT_NUMBER}(?:,?\s+(?P<y>{_YEAR})\b)?")),
    ("wdm", re.compile(rf"(?P<w>{_WEEKDAY_ANY_OPEN}),?\s+(?:the\s+)?(?P<d>{_DAY}){_ORD}\s+(?:of\s+)?(?P<m>{_MON_FULL}|{_MON_ABBR})(?![a-z])(?:,?\s+(?P<y>{_YEAR})\b)?")),
    # days of one month: "September 17 and 20, 2022", "17 to 20 September 2022", "May 3-5"
    ("md_range", re.compile(rf"(?P<m>{_MON_OPEN})\s+(?P<d>{_DAY}){_ORD}{_RANGE_SEP}(?P<d2>{_DAY}){_ORD}\b{_NOT_NUMBER}(?:,?\s+(?P<y>{_YEAR})\b)?")),
    ("dm_range", re.compile(rf"\b(?P<d>{_DAY}){_ORD}{_RANGE_SEP}(?P<d2>{_DAY}){_ORD}\s+(?:of\s+)?(?P<m>{_MON_FULL}|{_MON_ABBR})(?![a-z])(?:,?\s+(?P<y>{_YEAR})\b)?")),
    # "April 2023", "October of 2009", "early 2020" is below
    ("my", re.compile(rf"\b(?:(?P<mod>(?i:{_MOD}))[\s-]+)?(?P<m>{_MON})(?:\s+of)?,?\s+(?P<y>{_YEAR})\b")),
    # "mid-August", "late November", "the beginning of May", "earlier in March"
    ("mm", re.compile(rf"\b(?P<mod>{_MOD})[\s-]+(?P<m>{_MON_FULL})\b", re.IGNORECASE)),
    # "in January", "since March" (the month alone needs a preposition before it)
    ("m", re.compile(rf"\b(?P<prep>(?i:{_MONTH_PREP}))\s+(?P<m>{_MON_ALONE})\b(?!\s+\d)")),
    ("my_mod", re.compile(rf"\b(?P<mod>{_MOD})[\s-]+(?P<y>{_YEAR})\b", re.IGNORECASE)),
    # "the first quarter of 2022", "Q3 2021"
    ("quarter", re.compile(rf"\b(?:(?:the\s+)?(?P<q>{_QUARTER})\s+quarter|Q(?P<qn>[1-4]))(?:\s+of)?,?\s+(?P<y>{_YEAR})\b", re.IGNORECASE)),
    ("season", re.compile(rf"\b(?:(?P<rel>this|last|next|this\s+past|early|late)\s+)?(?P<s>{_SEASON})(?:\s+of)?(?:\s+(?P<y>{_YEAR}))?\b", re.IGNORECASE)),
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b")),
    ("mdy_num", re.compile(r"(?<![\d/.-])(?P<m>0?[1-9]|1[0-2])[/-](?P<d>0?[1-9]|[12]\d|3[01])[/-](?P<y>(?:19|20)\d\d|\d\d)(?![\d/-])")),
    ("decade", re.compile(r"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<y>(?:1[89]|20)\d0)s\b")),
    # "Wednesday", "next Monday", "early Tuesday morning"
    ("weekday", re.compile(r"\b(?:(?P<part0>[Ee]arly|[Ll]ate)\s+)?(?:(?P<rel>last|next|this\s+past|this\s+coming|this)\s+)?"
                           r"(?P<w>%s)(?![a-z])(?:\s+(?P<part>%s)\b)?" % (_WEEKDAY, _DAY_PART))),
    ("ago", re.compile(rf"\b(?P<n>{_NUMW})\s+(?P<u>{_UNIT})\s+ago\b", re.IGNORECASE)),
    # "two years later", "the following year": counted from the date the text just named
    ("later", re.compile(rf"\b(?:(?P<n>{_NUMW})\s+(?P<u>years?|months?)\s+(?P<dir>later|earlier)|the\s+following\s+(?P<u1>year))\b", re.IGNORECASE)),
    ("past", re.compile(rf"\b(?:(?:in|over|during|within|for)\s+)?the\s+(?:past|last|previous)\s+(?:(?P<n>{_NUMW})\s+)?(?P<u>{_UNIT})\b", re.IGNORECASE)),
    ("recent", re.compile(r"\bin\s+recent\s+(?:days|weeks|months|years|decades)\b", re.IGNORECASE)),
    ("rel", re.compile(r"\b(?P<rel>(?:earlier|later)\s+this|(?:early|late|earlier|later)\s+(?:last|next|this)|last|this|next)\s+(?P<u>year|month|week|weekend|decade|quarter)\b", re.IGNORECASE)),
    ("day", re.compile(r"\b(?P<w>today|yesterday|tomorrow|tonight)\b", re.IGNORECASE)),
    # "between 2011-2022": both years (a range, the second later than the first)
    ("year_pair", re.compile(rf"(?P<y>{_YEAR_OPEN})\s?[-\u2013]\s?(?P<y2>{_YEAR})(?![\w%\u2019']|[.,]\d|[-/\u2013]\d)")),
    ("year", re.compile(rf"(?P<y>{_YEAR_OPEN})(?![\w%\u2019']|[.,]\d|[-/\u2013]\d)")),
]

# "in or about 2021", "on or about March 3": the hedge is part of the date
_APPROX = re.compile(r"(?:%s)\s+\Z" % _alternatives(_DATA["approximate_prefixes"]), re.IGNORECASE)
# a full date alone on one of the first lines and later than the publication ("Tuesday,
# August 16, 2022" under a menu) is the masthead's today-date: page chrome, not an event
_FULL_DATES = frozenset({"md", "dm", "wmd", "wdm", "iso", "mdy_num"})
_HEAD_LINES, _HEAD_CHARS = 12, 4000
_NAMED_DAYS = frozenset({"today", "tonight", "yesterday", "tomorrow"})
_MONTHS = frozenset(form.lower() for forms in _DATA["months"] for form in forms)
_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"})
_WEEKDAYS = frozenset(w.lower() for w in _DATA["weekdays"])
_MOD_WORDS = frozenset({"early", "mid", "late", "earlier", "later", "end", "beginning", "start", "middle"})
_NUM = "#"  # stands for any number in a paragraph's word set
_YEAR_NUM = "#year"  # a number of four digits from 1800 to 2099
_NUM_DATE = "#/"  # digits on both sides of a slash or hyphen ("01/20/21", "2023-05-01")
# A pattern cannot match in a paragraph that lacks a word from each of its sets: only
# paragraphs that have them are scanned (lowercase words; case-sensitive patterns too).
_TRIGGERS = {
    "md": (_MONTHS, {_NUM}), "dm": (_MONTHS, {_NUM}), "my": (_MONTHS, {_YEAR_NUM}),
    "wmd": (_WEEKDAYS, _MONTHS), "wdm": (_WEEKDAYS, _MONTHS),
    "md_range": (_MONTHS, {_NUM}), "dm_range": (_MONTHS, {_NUM}),
    "mm": (_MONTHS, _MOD_WORDS), "m": (_MONTHS,),
    "my_mod": (_MOD_WORDS, {_YEAR_NUM}),
    "quarter": ({"quarter", "q"}, {_YEAR_NUM}),
    "later": ({"later", "earlier", "following"}, {"year", "years", "month", "months"}),
    "year_pair": ({_YEAR_NUM},),
    "season": (frozenset(_DATA["seasons"]),),
    "iso": ({_NUM_DATE},), "mdy_num": ({_NUM_DATE},), "decade": ({_YEAR_NUM},), "year": ({_YEAR_NUM},),
    "weekday": (_WEEKDAYS,),
    "ago": ({"ago"}, _UNITS), "past": ({"past", "last", "previous"}, _UNITS),
    "recent": ({"recent"},),
    "rel": ({"last", "this", "next"}, {"year", "month", "week", "weekend", "decade", "quarter"}),
    "day": ({"today", "yesterday", "tomorrow", "tonight"},),
}
# The month and weekday names as the case-sensitive patterns write them: each match of such a
# pattern holds one, so a paragraph that has none is not scanned for it (the lowercase word
# sets let "may" the verb, "mar" and "sun" through). A pattern with gates is scanned only
# where every one of them is found.
_MONTH_FORMS = trie_pattern([*_MONTH_NAMES, *(n.upper() for n in _MONTH_NAMES),
                             *(a for forms in _DATA["months"] for a in forms[1:])])
_MONTH_ALONE_FORMS = trie_pattern(n for n in _MONTH_NAMES if n not in _DATA["months_not_alone"])
_WEEKDAY_FORMS = trie_pattern(_DATA["weekdays"])
_WEEKDAY_ANY_FORMS = trie_pattern([*_DATA["weekdays"], *(w.upper() for w in _DATA["weekdays"])])
_GATES = {
    "md": (_MONTH_FORMS,), "dm": (_MONTH_FORMS,), "my": (_MONTH_FORMS,),
    "md_range": (_MONTH_FORMS,), "dm_range": (_MONTH_FORMS,),
    "wmd": (_WEEKDAY_ANY_FORMS, _MONTH_FORMS), "wdm": (_WEEKDAY_ANY_FORMS, _MONTH_FORMS),
    "m": (_MONTH_ALONE_FORMS,), "weekday": (_WEEKDAY_FORMS,),
    "decade": ("0s",),  # "(?:1[89]|20)\d0s"
}
# The patterns that open with words that may be missing, searched from their names instead
# (``date_scan``): the names as the pattern writes them, each at a word start (``\b`` after
# their first letter), and how many words before a name a match can open.
_ANCHORED = {
    "my": (_MONTH_NAMES_OPEN, 3),  # "the beginning of May 2020"
    "dm": (_MONTH_NAMES_OPEN, 2),  # "4th of July"
    "dm_range": (_MONTH_NAMES_OPEN, 4),  # "17th through 20th of September"
    "m": ("(?:%s)" % _opening_alternatives(n for n in _MONTH_NAMES if n not in _DATA["months_not_alone"]), 2),
    "weekday": ("(?:%s)" % _opening_alternatives(_DATA["weekdays"]), 3),  # "early this past Monday"
}
_WORDS = re.compile(r"[a-z]+|\d+")
_NUMBERS = re.compile(r"\d")
# a digit run of four from 1800 to 2099: ``(?<!\d)(?:18|19|20)\d\d(?!\d)`` with each lookbehind
# after the first digit, so that re skips to a 1 or a 2 instead of trying every position
_YEAR_RUN = re.compile(r"(?:1(?<!\d1)[89]|2(?<!\d2)0)\d\d(?!\d)")
# ``\d[/-]\d`` found from its slash or hyphen (searched from one character on: the digit before
# it lies in the span), rarer than digits and a plain character class to skip to
_DIGIT_SEP = re.compile(r"[/-](?<=\d.)\d")
_KIND_PRIORITY = {k: i for i, (k, _) in enumerate(_PATTERNS)}


@lru_cache(maxsize=1)
def _lex():
    d = load_json("patterns/dates.json")
    holidays = d["holidays"]
    hol_re = re.compile(r"\b(%s)\b" % "|".join(re.escape(h).replace("'", "['\u2019]")
                                               for h in sorted(holidays, key=len, reverse=True)))
    hol_first = frozenset(_WORDS.match(h.lower()).group() for h in holidays)
    return d, hol_re, hol_first


class DateFinder:
    def __init__(self):
        self.lex, self.holidays, self.holiday_words = _lex()
        # (kind, regex, a word set the paragraph must share, a second such set or None)
        self.patterns = []
        for kind, rx in [*_PATTERNS, ("holiday", self.holidays)]:
            needs = _TRIGGERS.get(kind, (self.holiday_words,))
            assert len(needs) <= 2
            self.patterns.append((kind, rx, needs[0], needs[1] if len(needs) > 1 else None))
        self.any_trigger = frozenset().union(*(first for _, _, first, _ in self.patterns))
        compiled = {form: re.compile(form) for forms in _GATES.values() for form in forms}
        self.gates = {kind: tuple(compiled[form] for form in forms) for kind, forms in _GATES.items()}
        names = {forms: re.compile(forms) for forms, _ in _ANCHORED.values()}
        self.anchored = {kind: (names[forms], words) for kind, (forms, words) in _ANCHORED.items()}
        # every word any pattern asks for: a paragraph's word set keeps only these
        self.vocabulary = frozenset(self.any_trigger.union(*(second for _, _, _, second in self.patterns if second)))
        self.not_after = frozenset(self.lex["not_after_year"])
        self.not_before = frozenset(self.lex["not_before_year"])
        self.month_numbers = {form.lower(): k for k, forms in enumerate(self.lex["months"], 1) for form in forms}
        self.weekday_numbers = {w.lower(): k for k, w in enumerate(self.lex["weekdays"])}
        self.context = DateContext(self.lex, self.month_numbers)

    def month_number(self, name: str) -> int:
        """'Sept.' -> 9."""
        return self.month_numbers[name.lower().rstrip(".")]

    def find(self, text: str, published: Optional[str] = None, chrome=None,
             exclude: list[tuple[int, int]] = (), sentences=None, index=None) -> list[DateExpr]:
        """``index``: the document's ``DocIndex`` of ``text`` (its matching copy, paragraphs
        and sentence index are then not made again here)."""
        mt = match_text(text) if index is None else index.match_text
        pub = Published(published)
        cands = []
        head = set()  # the page head's lines that are only a date: page metadata, not the body's
        paras = []  # paragraphs with a named day ("today") and a quotation mark
        given = None if index is None else index.match_paragraphs
        for k, (a, b, words) in enumerate(_paragraph_words(mt, self.vocabulary, given)):
            if words.isdisjoint(self.any_trigger):
                continue
            if not words.isdisjoint(_NAMED_DAYS) and mt.find('"', a, b) >= 0:
                paras.append((a, b))
            if k < _HEAD_LINES and a < _HEAD_CHARS and b - a < 60:
                head.add((a, b))
            found = {}  # gate -> whether the paragraph holds one of its names
            for kind, rx, first, second in self.patterns:
                if not words.isdisjoint(first) and (second is None or not words.isdisjoint(second)) \
                        and self._gates_open(kind, mt, a, b, found):
                    for m in self._scan(kind, rx, mt, a, b, found):
                        cands.append((m.start(), m.end(), kind, m))
        cands.sort(key=lambda c: (c[0], -(c[1] - c[0]), _KIND_PRIORITY.get(c[2], 99)))
        taken: list[DateExpr] = []
        last_end = -1
        excl = SpanIndex(exclude)
        sidx = (SentenceIndex(sentences) if index is None else index.sentence_index(sentences)) if sentences else None
        for s, e, kind, m in cands:
            s, e = self._trim(kind, m, s, e)
            if s < last_end:
                continue
            if chrome is not None and s in chrome:
                continue
            if excl.overlaps(s, e):
                continue
            if not self._keep(kind, m, mt, s, e):
                continue
            value, precision = (None, "") if kind in ("year_pair", "later") else self._value(kind, m, pub, mt, s, sidx)
            if head and kind in _FULL_DATES and later_than(value, pub) and alone_on_line(mt, s, e, head):
                last_end = e  # the masthead's today-date: none of its parts is a date either
                continue
            approx = _APPROX.search(mt, max(last_end, s - 24, 0), s)
            if approx:
                s = approx.start()
            if kind == "year_pair":
                # two dates: each year of the range on its own
                for g in ("y", "y2"):
                    taken.append(DateExpr(m.start(g), m.end(g), text[m.start(g):m.end(g)], m.group(g), "year"))
                last_end = e
                continue
            if kind == "later":
                value, precision = later_value(self, m, taken, s)
            taken.append(DateExpr(s, e, text[s:e], value, precision))
            last_end = e
        self._propagate_years(mt, taken, pub)
        if paras:
            self.context.quoted_days(mt, taken, paras)
        return taken

    def _scan(self, kind: str, rx, mt: str, a: int, b: int, found: dict):
        """``rx.finditer(mt, a, b)``; searched from the names for the patterns in ``_ANCHORED``
        (``found`` keeps each name scan's offsets for the paragraph)."""
        anchored = self.anchored.get(kind)
        if anchored is None:
            return rx.finditer(mt, a, b)
        names, words = anchored
        at = found.get(names)
        if at is None:
            at = found[names] = [m.start() for m in names.finditer(mt, a, b)]
        return anchored_finditer(rx, mt, a, b, at, words)

    def _gates_open(self, kind: str, mt: str, a: int, b: int, found: dict) -> bool:
        """Does the paragraph ``mt[a:b]`` hold a name of each of ``kind``'s gates (``_GATES``)?
        ``found`` remembers the answers for the paragraph."""
        for gate in self.gates.get(kind, ()):
            hit = found.get(gate)
            if hit is None:
                hit = found[gate] = gate.search(mt, a, b) is not None
            if not hit:
                return False
        return True

    def _keep(self, kind, m, mt: str, s: int, e: int) -> bool:
        """Is this match a date? Per-kind checks the pattern cannot make."""
        if kind in ("year", "year_pair") and not self._year_ok(mt, s, e):
            return False
        if kind == "year_pair" and int(m.group("y2")) <= int(m.group("y")):
            return False
        if kind in ("md_range", "dm_range") and int(m.group("d2")) <= int(m.group("d")):
            return False
        if kind == "season" and not (m.group("rel") or m.group("y")):
            return False
        if kind == "day" and mt[max(0, s - 4):s] in ("USA ", "Usa "):
            return False
        if kind == "weekday" and self.context.not_a_day(mt, m, s, e):
            return False
        return True

    @staticmethod
    def _trim(kind, m, s, e):
        """Leave the preposition out of the surface form: 'in January' -> 'January'."""
        if kind == "m":
            return m.start("m"), e
        return s, e

    def _year_ok(self, mt: str, s: int, e: int) -> bool:
        before = mt[max(0, s - 12):s].split()
        if before and (before[-1] in self.not_before or before[-1].rstrip(".") + "." in self.not_before):
            return False
        after = mt[e:e + 24].split()
        if after and after[0].lower().strip(".,;:") in self.not_after and not mt[e:e + 1] in ",.;":
            return False
        # "(9th Cir. 2020)" citations and "2019-20" seasons stay dates; "$2019" does not
        return True

    def _value(self, kind, m, pub: Published, mt: str, s: int, sidx) -> tuple[Optional[str], str]:
        """(value, precision) of a match of pattern ``kind``: one small function per kind."""
        return VALUES[kind](self, m.groupdict(), m, pub, mt, s, sidx)

    def direction(self, mt: str, s: int, e: int, sidx) -> int:
        """-1, 0 or 1: see ``DateContext.direction`` (date_values asks the finder)."""
        return self.context.direction(mt, s, e, sidx)

    @staticmethod
    def _propagate_years(mt: str, dates: list[DateExpr], pub: Published) -> None:
        """'June 30, July 7, and July 14, 2023': the last year applies to the whole list."""
        for k in range(len(dates) - 2, -1, -1):
            a, b = dates[k], dates[k + 1]
            between = mt[a.end:b.start]
            if not re.fullmatch(r"\s*(?:,|and|or|to|through|-|\u2013|,\s*and|,\s*or)\s*", between):
                continue
            if a.precision == b.precision == "month" and b.value and b.value[:4].isdigit() \
                    and _MONTH_VALUE.fullmatch(a.value or "") and not re.search(r"\d{4}", a.text):
                # "between January and July of this year", "from November to February"
                ma, mb = int(a.value[5:7]), int(b.value[5:7])
                a.value = f"{int(b.value[:4]) - (ma > mb):04d}-{ma:02d}"
                continue
            if a.precision != "day" or b.precision != "day" or not b.value or b.value.startswith("XXXX"):
                continue
            # only a month-day of its own takes the year: not a weekday or "today" before a
            # full date ("Monday, March 3, 2021"), nor a day with no value ("Feb. 30")
            if re.search(r"\d{4}", a.text) or not _MONTH_DAY_VALUE.fullmatch(a.value or ""):
                continue
            a.value = iso_day(int(b.value[:4]), int(a.value[5:7]), int(a.value[8:10]))


def _paragraph_words(mt: str, vocabulary: frozenset, paras=None) -> list[tuple[int, int, set]]:
    """Each paragraph with the set of its lowercase words that are in ``vocabulary`` (the
    words the patterns ask for; '#' if it holds a number, '#year' a year-like one, '#/' two
    digits joined by a slash or hyphen).

    Blind spot, kept for speed: a month or weekday name glued to a capitalized word
    ("MondayJanuary") is one word here, so a paragraph with nothing else for the patterns
    that would match it there is not scanned (finding the glue costs a scan of every letter)."""
    out = []
    low = lower_same_length(mt)
    letters = letter_runs(low)  # each paragraph's [a-z]+ runs, split in C (a regex findall cost twice as much)
    asked = _ascii_forms(vocabulary)
    for a, b in paragraphs(mt) if paras is None else paras:
        words = set(map(bytes.decode, asked.intersection(letters[a:b].split())))  # no set of all the words
        if _NUMBERS.search(low, a, b):
            words.add(_NUM)
            if _YEAR_RUN.search(low, a, b):
                words.add(_YEAR_NUM)
            if _DIGIT_SEP.search(mt, a + 1, b):
                words.add(_NUM_DATE)
        out.append((a, b, words))
    return out


@lru_cache(maxsize=4)
def _ascii_forms(vocabulary: frozenset) -> frozenset:
    """The vocabulary's words as ASCII bytes (a word with another character is never a run of
    a-z), made once a vocabulary."""
    return frozenset(w.encode() for w in vocabulary if w.isascii())


_MONTH_VALUE = re.compile(r"(?:XXXX|\d{4})-\d\d")
_MONTH_DAY_VALUE = re.compile(r"(?:XXXX|\d{4})-\d\d-\d\d")
