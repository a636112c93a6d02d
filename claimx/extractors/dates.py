"""Dates: every time expression in the body, resolved against the publication date.

Detection is our own: regular expressions over a closed set of forms ("Jan. 8",
"mid-August", "early 2020", "last week", "9 months ago", "Wednesday", "01/20/21").
dateparser finds ages, durations and counts as dates, so it cannot be the detector.
Normalization of those forms is plain calendar arithmetic done here (dateparser
takes ~1.5 ms a phrase); dateparser remains the fallback for a phrase the fast path
cannot read.

Resolution rules (also in the README):
- a month or month-day without a year takes the year that puts it nearest to the
  publication date (so "June 1" in a May article is this June, "late November" in a
  January article is last November); with no publication date the year is "XXXX";
- a weekday is the most recent such day on or before the publication date, unless
  the sentence looks ahead ("will", "scheduled", "next Monday"), then the next one;
- week-level and vague periods ("last week", "the past year") have value null.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Optional

from claimx.models import DateExpr
from claimx.io.resources import load_json
from claimx.text.segment import SentenceIndex, SpanIndex, paragraphs
from claimx.text.normalize import match_text
from claimx.text.wordtrie import trie_pattern

_MON_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MON_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MON = rf"(?:{_MON_FULL}|{_MON_ABBR})(?![a-z])"
_MON_NOMAY = _MON_FULL.replace("May|", "")
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_NUMW = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|few|several)"
_UNIT = r"(?:days?|weeks?|months?|years?|decades?)"
_MOD = r"(?:early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|start\s+of|the\s+middle\s+of)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"

_PATTERNS = [
    # "January 8, 2021", "Jan. 8", "Aug. 19, 2021", "mid-August 3"?
    ("md", re.compile(rf"\b(?P<m>{_MON})\s+(?P<d>{_DAY})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|million|billion|[:.,]\d))"
                      rf"(?:,?\s+(?P<y>{_YEAR})\b)?")),
    # "8 January 2021", "the 4th of July"
    ("dm", re.compile(rf"\b(?P<d>{_DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MON_FULL}|{_MON_ABBR})(?![a-z])(?:,?\s+(?P<y>{_YEAR})\b)?")),
    # "April 2023", "October of 2009", "early 2020" is below
    ("my", re.compile(rf"\b(?:(?P<mod>{_MOD})[\s-]+)?(?P<m>{_MON})(?:\s+of)?,?\s+(?P<y>{_YEAR})\b")),
    # "mid-August", "late November", "early-March"
    ("mm", re.compile(rf"\b(?P<mod>early|mid|late)[\s-]+(?P<m>{_MON_FULL})\b", re.IGNORECASE)),
    # "in January", "since March" (the month alone needs a preposition before it)
    ("m", re.compile(rf"\b(?P<prep>in|since|until|till|by|from|through|during|before|after|around|between|and|to|of|as\s+of|back\s+in|starting\s+in|last|this|next|that)\s+(?P<m>{_MON_NOMAY})\b(?!\s+\d)")),
    ("my_mod", re.compile(rf"\b(?P<mod>{_MOD})[\s-]+(?P<y>{_YEAR})\b", re.IGNORECASE)),
    ("season", re.compile(rf"\b(?:(?P<rel>this|last|next|this\s+past|early|late)\s+)?(?P<s>{_SEASON})(?:\s+of)?(?:\s+(?P<y>{_YEAR}))?\b", re.IGNORECASE)),
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b")),
    ("mdy_num", re.compile(r"(?<![\d/.-])(?P<m>0?[1-9]|1[0-2])[/-](?P<d>0?[1-9]|[12]\d|3[01])[/-](?P<y>(?:19|20)\d\d|\d\d)(?![\d/-])")),
    ("decade", re.compile(r"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<y>(?:1[89]|20)\d0)s\b")),
    ("weekday", re.compile(r"\b(?:(?P<rel>last|next|this\s+past|this\s+coming|this)\s+)?(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-z])")),
    ("ago", re.compile(rf"\b(?P<n>{_NUMW})\s+(?P<u>{_UNIT})\s+ago\b", re.IGNORECASE)),
    ("past", re.compile(rf"\b(?:(?:in|over|during|within|for)\s+)?the\s+(?:past|last|previous)\s+(?:(?P<n>{_NUMW})\s+)?(?P<u>{_UNIT})\b", re.IGNORECASE)),
    ("recent", re.compile(r"\bin\s+recent\s+(?:days|weeks|months|years|decades)\b", re.IGNORECASE)),
    ("rel", re.compile(r"\b(?P<rel>(?:earlier|later)\s+this|(?:early|late|earlier|later)\s+(?:last|next|this)|last|this|next)\s+(?P<u>year|month|week|weekend|decade|quarter)\b", re.IGNORECASE)),
    ("day", re.compile(r"\b(?P<w>today|yesterday|tomorrow|tonight)\b", re.IGNORECASE)),
    ("year", re.compile(rf"(?<![\w$\u00a3\u20ac.,/#:-])(?P<y>{_YEAR})(?![\w%\u2019']|[.,]\d|[-/\u2013]\d)")),
]

_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                     "sept", "oct", "nov", "dec"})
_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"})
_NUM = "#"  # stands for any number in a paragraph's word set
_YEAR_NUM = "#year"  # a number of four digits from 1800 to 2099
_NUM_DATE = "#/"  # digits on both sides of a slash or hyphen ("01/20/21", "2023-05-01")
# A pattern cannot match in a paragraph that lacks a word from each of its sets: only
# paragraphs that have them are scanned (lowercase words; case-sensitive patterns too).
_TRIGGERS = {
    "md": (_MONTHS, {_NUM}), "dm": (_MONTHS, {_NUM}), "my": (_MONTHS, {_NUM}),
    "mm": (_MONTHS, {"early", "mid", "late"}), "m": (_MONTHS,),
    "my_mod": ({"early", "mid", "late", "end", "beginning", "start", "middle"}, {_NUM}),
    "season": ({"spring", "summer", "fall", "autumn", "winter"},),
    "iso": ({_NUM_DATE},), "mdy_num": ({_NUM_DATE},), "decade": ({_YEAR_NUM},), "year": ({_YEAR_NUM},),
    "weekday": ({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},),
    "ago": ({"ago"}, _UNITS), "past": ({"past", "last", "previous"}, _UNITS),
    "recent": ({"recent"},),
    "rel": ({"last", "this", "next"}, {"year", "month", "week", "weekend", "decade", "quarter"}),
    "day": ({"today", "yesterday", "tomorrow", "tonight"},),
}
_WORDS = re.compile(r"[a-z]+|\d+")
_NUMBERS = re.compile(r"\d")
_YEAR_RUN = re.compile(r"(?<!\d)(?:18|19|20)\d\d(?!\d)")  # a digit run of four from 1800 to 2099
_DIGIT_SEP = re.compile(r"\d[/-]\d")
_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_KIND_PRIORITY = {k: i for i, (k, _) in enumerate(_PATTERNS)}


@lru_cache(maxsize=1)
def _lex():
    d = load_json("patterns/dates.json")
    holidays = d["holidays"]
    hol_re = re.compile(r"\b(%s)\b" % "|".join(re.escape(h).replace("'", "['\u2019]")
                                               for h in sorted(holidays, key=len, reverse=True)))
    hol_first = frozenset(_WORDS.match(h.lower()).group() for h in holidays)
    return d, hol_re, hol_first


class Published:
    """The reference date, at the precision it is known."""

    def __init__(self, value: Optional[str]):
        self.year = self.month = self.day = None
        if value:
            parts = value.split("-")
            self.year = int(parts[0])
            self.month = int(parts[1]) if len(parts) > 1 else None
            self.day = int(parts[2]) if len(parts) > 2 else None

    @property
    def known(self) -> bool:
        return self.year is not None

    def date(self) -> Optional[dt.date]:
        if self.day:
            return dt.date(self.year, self.month, self.day)
        return None

    def anchor(self) -> Optional[dt.date]:
        """A day to measure distance from, even at month or year precision."""
        if not self.year:
            return None
        return dt.date(self.year, self.month or 7, self.day or (15 if self.month else 1))


def _nearest_year(pub: Published, month: int, day: int = 15) -> Optional[int]:
    anchor = pub.anchor()
    if anchor is None:
        return None
    if pub.month is None:
        return pub.year
    best = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cand = dt.date(y, month, min(day, 28))
        except ValueError:
            continue
        days = (cand - anchor).days
        dist = days * 2 if days > 0 else -days  # news mostly reports the past
        if best is None or dist < best[0]:
            best = (dist, y)
    return best[1]


def _month_num(name: str) -> int:
    return _lex()[0]["months"][name.lower().rstrip(".")]


def _count(word: Optional[str]) -> Optional[int]:
    if word is None:
        return 1
    w = re.sub(r"\s+", " ", word.lower())
    if w.isdigit():
        return int(w)
    return _lex()[0]["numbers"].get(w)


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


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
        # every word any pattern asks for: a paragraph's word set keeps only these
        self.vocabulary = set(self.any_trigger.union(*(second for _, _, _, second in self.patterns if second)))
        self.not_after = frozenset(self.lex["not_after_year"])
        self.not_before = frozenset(self.lex["not_before_year"])
        self.future = re.compile(r"(?<!\w)%s(?!\w)" % trie_pattern(self.lex["future_cues"]))

    def find(self, text: str, published: Optional[str] = None, chrome=None,
             exclude: list[tuple[int, int]] = (), sentences=None) -> list[DateExpr]:
        mt = match_text(text)
        pub = Published(published)
        cands = []
        for a, b, words in _paragraph_words(mt, self.vocabulary):
            if words.isdisjoint(self.any_trigger):
                continue
            for kind, rx, first, second in self.patterns:
                if not words.isdisjoint(first) and (second is None or not words.isdisjoint(second)):
                    for m in rx.finditer(mt, a, b):
                        cands.append((m.start(), m.end(), kind, m))
        cands.sort(key=lambda c: (c[0], -(c[1] - c[0]), _KIND_PRIORITY.get(c[2], 99)))
        taken: list[DateExpr] = []
        last_end = -1
        excl = SpanIndex(exclude)
        sidx = SentenceIndex(sentences) if sentences else None
        for s, e, kind, m in cands:
            s, e = self._trim(kind, m, s, e)
            if s < last_end:
                continue
            if chrome is not None and s in chrome:
                continue
            if excl.overlaps(s, e):
                continue
            if kind == "year" and not self._year_ok(mt, s, e):
                continue
            if kind == "season" and not (m.group("rel") or m.group("y")):
                continue
            if kind == "day" and mt[max(0, s - 4):s] in ("USA ", "Usa "):
                continue
            value, precision = self._value(kind, m, pub, mt, s, sidx)
            taken.append(DateExpr(s, e, text[s:e], value, precision))
            last_end = e
        self._propagate_years(mt, taken, pub)
        return taken

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
        g = m.groupdict()
        if kind in ("md", "dm", "iso", "mdy_num"):
            if kind in ("iso", "mdy_num"):
                month, day = int(g["m"]), int(g["d"])
            else:
                month, day = _month_num(g["m"]), int(g["d"])
            year = g.get("y")
            if year:
                year = int(year) if len(year) == 4 else 2000 + int(year)
                return _iso(year, month, day), "day"
            y = _nearest_year(pub, month, day)
            return (_iso(y, month, day) if y else _yearless(month, day)), "day"
        if kind in ("my", "mm", "m"):
            month = _month_num(g["m"])
            if g.get("y"):
                return f"{int(g['y']):04d}-{month:02d}", "month"
            prep = (g.get("prep") or "").lower()
            if pub.known and prep in ("last", "next", "this"):
                y = pub.year
                if prep == "last" and pub.month and month >= pub.month:
                    y -= 1
                if prep == "next" and pub.month and month <= pub.month:
                    y += 1
                return _year_month(y, month), "month"
            y = _nearest_year(pub, month)
            return (f"{y:04d}-{month:02d}" if y else f"XXXX-{month:02d}"), "month"
        if kind == "my_mod":
            return g["y"], "year"
        if kind == "year":
            return g["y"], "year"
        if kind == "decade":
            return g["y"][:3] + "X", "vague"
        if kind == "season":
            code = self.lex["seasons"][g["s"].lower()]
            if g.get("y"):
                return f"{g['y']}-{code}", "season"
            rel = (g.get("rel") or "").lower()
            if not pub.known or pub.month is None:
                return None, "season"
            y = pub.year
            season_month = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[code]
            if rel in ("last", "this past") and season_month >= pub.month:
                y -= 1
            elif rel == "next" and season_month <= pub.month:
                y += 1
            return (f"{y:04d}-{code}" if _year(y) else None), "season"
        if kind == "weekday":
            base = pub.date()
            if base is None:
                return None, "day"
            wd = self.lex["weekdays"][g["w"].lower()]
            rel = (g.get("rel") or "").lower()
            forward = rel in ("next", "this coming") or (rel == "" and self._future(mt, s, sidx))
            if forward:
                delta = (wd - base.weekday()) % 7 or (7 if rel == "next" else 0)
                return _add_days(base, delta), "day"
            delta = (base.weekday() - wd) % 7
            if rel in ("last", "this past") and delta == 0:
                delta = 7
            return _add_days(base, -delta), "day"
        if kind == "day":
            w = g["w"].lower()
            if w in ("today", "tonight"):
                return published_value(pub) if pub.known else None, "day"
            if pub.date() is None:
                return None, "day"
            return dateparser_value(w, published_value(pub)), "day"
        if kind == "ago":
            n = _count(g["n"])
            unit = g["u"].lower().rstrip("s")
            if n is None or not pub.known or unit in ("week", "decade"):
                return None, "vague"
            if unit == "year":
                return _year(pub.year - n), "year"
            if unit == "month" and pub.month:
                return _year_month(*_shift_month(pub.year, pub.month, -n)), "month"
            if unit == "day" and pub.date():
                return dateparser_value(f"{n} days ago", published_value(pub)), "day"
            return None, "vague"
        if kind == "rel":
            rel = re.sub(r"\s+", " ", g["rel"].lower())
            unit = g["u"].lower()
            if unit in ("week", "weekend", "decade", "quarter") or not pub.known:
                return None, "vague"
            step = -1 if "last" in rel else (1 if "next" in rel else 0)
            if unit == "year":
                return _year(pub.year + step), "year"
            if unit == "month" and pub.month:
                return _year_month(*_shift_month(pub.year, pub.month, step)), "month"
            return None, "vague"
        if kind == "holiday":
            md = self.lex["holidays"].get(_holiday_key(m.group(1), self.lex["holidays"]))
            if not md:
                return None, "vague"
            month, day = int(md[:2]), int(md[3:])
            y = _nearest_year(pub, month, day)
            return (_iso(y, month, day) if y else f"XXXX-{md}"), "day"
        return None, "vague"

    def _future(self, mt: str, s: int, sidx) -> bool:
        """Does the clause holding the weekday look ahead ('will begin Monday')?"""
        span = sidx.at(s) if sidx else None
        start = span[0] if span else max(0, s - 120)
        clause = re.split(r"[,;:\u2014]", mt[start:s])[-1].lower()
        if re.search(r"\b(?:filed|said|announced|ruled|was|were|had|did|sued|issued|published|released|"
                     r"reported|began|ended|voted|signed|launched|on\s+\w+\s+last)\b", clause):
            return False
        return bool(self.future.search(clause))

    @staticmethod
    def _propagate_years(mt: str, dates: list[DateExpr], pub: Published) -> None:
        """'June 30, July 7, and July 14, 2023': the last year applies to the whole list."""
        for k in range(len(dates) - 2, -1, -1):
            a, b = dates[k], dates[k + 1]
            between = mt[a.end:b.start]
            if not re.fullmatch(r"\s*(?:,|and|or|to|through|-|\u2013|,\s*and|,\s*or)\s*", between):
                continue
            if a.precision != "day" or b.precision != "day" or not b.value or b.value.startswith("XXXX"):
                continue
            # only a month-day of its own takes the year: not a weekday or "today" before a
            # full date ("Monday, March 3, 2021"), nor a day with no value ("Feb. 30")
            if re.search(r"\d{4}", a.text) or not _MONTH_DAY_VALUE.fullmatch(a.value or ""):
                continue
            a.value = _iso(int(b.value[:4]), int(a.value[5:7]), int(a.value[8:10]))


def _paragraph_words(mt: str, vocabulary: set) -> list[tuple[int, int, set]]:
    """Each paragraph with the set of its lowercase words that are in ``vocabulary`` (the
    words the patterns ask for; '#' if it holds a number, '#year' a year-like one, '#/' two
    digits joined by a slash or hyphen).

    Blind spot, kept for speed: a month or weekday name glued to a capitalized word
    ("MondayJanuary") is one word here, so a paragraph with nothing else for the patterns
    that would match it there is not scanned (finding the glue costs a scan of every letter)."""
    out = []
    low = mt.lower()
    if len(low) != len(mt):  # a few letters lowercase to two characters: keep offsets
        low = mt.translate(_ASCII_LOWER)
    for a, b in paragraphs(mt):
        words = vocabulary.intersection(_WORDS.findall(low, a, b))  # no set of all the words
        if _NUMBERS.search(low, a, b):
            words.add(_NUM)
            if _YEAR_RUN.search(low, a, b):
                words.add(_YEAR_NUM)
            if _DIGIT_SEP.search(mt, a, b):
                words.add(_NUM_DATE)
        out.append((a, b, words))
    return out


def _holiday_key(surface: str, holidays: dict) -> str:
    s = surface.replace("\u2019", "'")
    return s if s in holidays else next((h for h in holidays if h.lower() == s.lower()), s)


def published_value(pub: Published) -> Optional[str]:
    if not pub.known:
        return None
    if pub.day:
        return f"{pub.year:04d}-{pub.month:02d}-{pub.day:02d}"
    if pub.month:
        return f"{pub.year:04d}-{pub.month:02d}"
    return f"{pub.year:04d}"


_MONTH_DAY_VALUE = re.compile(r"(?:XXXX|\d{4})-\d\d-\d\d")


def _iso(y: int, m: int, d: int) -> Optional[str]:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _add_days(base: dt.date, days: int) -> Optional[str]:
    """``base`` moved by ``days`` as ISO; no value past the years a date can hold."""
    try:
        return (base + dt.timedelta(days=days)).isoformat()
    except OverflowError:
        return None


def _year(y: int) -> Optional[str]:
    """A computed year as a value: none outside 1-9999 (never "-001" or "10000")."""
    return f"{y:04d}" if 1 <= y <= 9999 else None


def _year_month(y: int, m: int) -> Optional[str]:
    return f"{y:04d}-{m:02d}" if _year(y) else None


def _yearless(month: int, day: int) -> Optional[str]:
    """'XXXX-MM-DD' for a day that exists in some year (Feb. 29 does, Feb. 30 does not)."""
    return f"XXXX-{month:02d}-{day:02d}" if _iso(2000, month, day) else None


@lru_cache(maxsize=4096)
def dateparser_value(phrase: str, published: Optional[str]) -> Optional[str]:
    """Fallback normalizer for a phrase the fast path does not read (lazy import)."""
    import dateparser  # heavy: imported only when needed

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    pub = Published(published)
    if pub.date():
        settings["RELATIVE_BASE"] = dt.datetime.combine(pub.date(), dt.time())
    try:
        parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    except (OverflowError, ValueError):  # a phrase that lands outside the calendar
        return None
    return parsed.date().isoformat() if parsed else None
