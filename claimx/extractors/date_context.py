"""What the words around a date say about it: which way its clause points (back, ahead),
whether a weekday is a day at all ("Sunday Ticket", "Sunday games", "every Monday"), a
masthead's today-date, and the day a quoted "today" means. ``dates.py`` asks; the words
are data (``patterns/dates.json``, the speech verbs of ``cues/quote_cues.json``)."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from claimx.extractors.date_values import Published
from claimx.io.resources import load_json
from claimx.models import DateExpr
from claimx.text.wordtrie import trie_pattern

_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_CLAUSE_CUT = re.compile(r"[,;:\u2014]|(?<=[a-z])[.!?](?=\s)")
_BEFORE_A_DAY = frozenset({"on", "by", "until", "till", "since", "before", "after", "from", "through",
                           "during", "said", "says", "late", "early"})
_ED_WORD = re.compile(r"\b[a-z]{2,}[^e\W]ed\b|\b[a-z]{2,}ied\b")  # "changed", "sued" is a cue
_DAY_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
_WORD_BEFORE = re.compile(r"(\S+)\s*\Z")



class DateContext:
    """The cue words, compiled once; no per-call state."""

    def __init__(self, lex: dict, month_numbers: dict):
        self.month_numbers = month_numbers
        self.future = re.compile(r"(?<!\w)%s(?!\w)" % trie_pattern(lex["future_cues"]))
        # a clause in the past tense ("filed Monday", "on Friday last") does not look ahead
        self.past = re.compile(r"\b(?:%s|on\s+\w+\s+last)\b" % "|".join(map(re.escape, lex["past_cues"])))
        # when someone spoke ('said Tuesday'), for "today" inside a quotation: the quotes' verbs
        verbs = trie_pattern(load_json("cues/quote_cues.json")["speech_verbs"])
        self.speech = re.compile(r"\b(?:%s)\b(?:\s+(?:%s))*\s+\Z" % (verbs, trie_pattern(lex["speech_fillers"])))
        self.speech_after = re.compile(r",?\s+(?:%s)\b" % verbs)
        self.weekday_kinds = frozenset(lex["weekday_kinds"])
        self.recurring = frozenset(lex["recurring_before_weekday"])

    def not_a_day(self, mt: str, m, s: int, e: int) -> bool:
        """A weekday match that opens a name or stands for a kind of thing."""
        return _in_name(mt, m, s, e, self.month_numbers) or self._a_kind(mt, m, s, e)

    def _a_kind(self, mt: str, m, s: int, e: int) -> bool:
        """A weekday that is every such day or a kind of thing, not a day: "every Monday",
        "its package of Sunday games", "out-of-market Sunday afternoon games"."""
        if m.group("rel"):
            return False
        after = _NEXT_WORD.match(mt, e)
        if after and after.group(1) in self.weekday_kinds:
            return True
        before = _WORD_BEFORE.search(mt, max(0, s - 40), s)
        return bool(before and not m.group("part0") and before.group(1).lower() in self.recurring)

    def quoted_days(self, mt: str, taken: list[DateExpr], paras: list) -> None:
        """'"Today we filed suit," the attorney general said Tuesday.': a named day inside a
        quotation is the speaker's, counted from the day the paragraph says they spoke (a day
        right after or before a speech verb, outside the marks); with none, the publication's."""
        for a, b in paras:
            inside = [d for d in taken if a <= d.start < b]
            anchor = next((d for d in inside if _quote_depth(mt, a, d.start) == 0 and d.precision == "day"
                           and d.value and d.value[:4].isdigit() and self._spoken(mt, a, b, d)), None)
            if anchor is None:
                continue
            base = dt.date.fromisoformat(anchor.value)
            for d in inside:
                w = d.text.lower()
                if w in _DAY_SHIFT and _quote_depth(mt, a, d.start) == 1:
                    d.value = (base + dt.timedelta(days=_DAY_SHIFT[w])).isoformat()

    def _spoken(self, mt: str, a: int, b: int, d: DateExpr) -> bool:
        """Is ``d`` when someone spoke: 'said Tuesday', 'said in a statement on Tuesday', 'on
        Tuesday said'?"""
        return bool(self.speech.search(mt, max(a, d.start - 40), d.start)
                    or self.speech_after.match(mt, d.end, min(b, d.end + 30)))

    def direction(self, mt: str, s: int, e: int, sidx) -> int:
        """Which way the clause holding the date at s..e points: -1 back ('filed Monday',
        'On Monday, the court ruled'), 1 ahead ('will begin Monday', 'On Monday, the court will
        hear'), 0 when it does not say. The words before the date decide; else its clause after it."""
        span = sidx.at(s) if sidx else None
        start, end = span if span else (max(0, s - 120), min(len(mt), e + 120))
        before = _CLAUSE_CUT.split(mt[start:s])[-1].lower()
        # the cue nearest the date decides: "who said the trial will start in March" looks ahead
        last_past = max((m.start() for m in self.past.finditer(before)), default=-1)
        last_future = max((m.start() for m in self.future.finditer(before)), default=-1)
        if last_past >= 0 or last_future >= 0:
            return -1 if last_past > last_future else 1
        after = _CLAUSE_CUT.split(mt[e:max(e, end)].lstrip(" ,;:\u2014"), 1)[0].lower()
        past, future = self.past.search(after), self.future.search(after)
        if past and (not future or past.start() < future.start()):
            return -1
        if future:
            return 1
        # no cue word: a verb in -ed ("the company changed its rules in January") looks back
        return -1 if _ED_WORD.search(before) or _ED_WORD.search(after) else 0


def _in_name(mt: str, m, s: int, e: int, months: dict) -> bool:
    """A weekday that opens a name: "Sunday Ticket", "the Sunday Mirror", "'Monday Night
    Football'": a capitalized word follows it, in a lowercase stretch of text (a title-case
    headline, "Judge Rules Monday That ...", keeps its weekday)."""
    if m.group("part") or m.group("rel") or m.group("part0") or not _NAME_AFTER.match(mt, e):
        return False
    nxt = re.match(r"\s+([A-Za-z]+)", mt[e:e + 24])
    if nxt and nxt.group(1).lower() in months:
        return False  # "Sunday March 3"
    before = _WORD_BEFORE.search(mt, max(0, s - 40), s)
    if not before:
        return True
    word = before.group(1)
    if word[-1] in "'\"\u2018\u201c":
        return True  # a quoted name: 'Sunday Ticket'
    if word.lower() in _BEFORE_A_DAY or word.endswith("ed"):
        return False  # "said on Monday Google ...", "filed Monday Meta ..."
    # a lowercase word, a sentence's end or an acronym ("NFL Sunday Ticket") before it
    return not word[0].isupper() or word[-1] in ".!?" or (len(word) > 1 and word.isupper())



def alone_on_line(mt: str, s: int, e: int, head: set) -> bool:
    """Is s..e all there is (bar spaces and punctuation) of one of the ``head`` lines?"""
    for a, b in head:
        if a <= s and e <= b:
            return not mt[a:s].strip(" \t\u2022|-") and not mt[e:b].strip(" \t.,;|-")
    return False


def later_than(value: Optional[str], pub: Published) -> bool:
    """Is the day ``value`` later than a known publication day?"""
    base = pub.date()
    return bool(base and value and value[:4].isdigit() and value > base.isoformat())


def _quote_depth(mt: str, a: int, s: int) -> int:
    """1 inside a double quotation of the paragraph starting at ``a`` (an odd count of marks
    before ``s``; the matching text has straight marks), else 0."""
    return mt.count('"', a, s) % 2
