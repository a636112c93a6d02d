"""Date values: calendar arithmetic for each kind of date expression ``dates.py`` finds.

Every value function takes (finder, groups, match, published, matching text, start,
sentence index) and gives (value, precision); ``VALUES`` maps a pattern's kind to its
function. Relative phrases ("yesterday", "10 days ago", "last March") are resolved with
``datetime`` against the publication date: no date parser is needed for them (the values
were checked equal to dateparser's for 0-999 days before and after across leap years).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional


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


def _count(word: Optional[str], numbers: dict) -> Optional[int]:
    """'9' -> 9, 'three' -> 3, 'several' -> None (``numbers``: the data's number words)."""
    if word is None:
        return 1
    w = re.sub(r"\s+", " ", word.lower())
    if w.isdigit():
        return int(w)
    return numbers.get(w)


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


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


def iso_day(y: int, m: int, d: int) -> Optional[str]:
    """'YYYY-MM-DD', or None for a day the calendar does not have."""
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _yearless(month: int, day: int) -> Optional[str]:
    """'XXXX-MM-DD' for a day that exists in some year (Feb. 29 does, Feb. 30 does not)."""
    return f"XXXX-{month:02d}-{day:02d}" if iso_day(2000, month, day) else None


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


def _month_day_value(f, g, m, pub, mt, s, sidx):
    """'Jan. 8', '8 January 2021'."""
    return _day(pub, g.get("y"), f.month_number(g["m"]), int(g["d"]))


def _weekday_date_value(f, g, m, pub, mt, s, sidx):
    """'Tuesday, May 5, 2020'; without a year ('Monday, March 3') the year near the publication
    in which that day is that weekday, if one is (else as 'March 3')."""
    month, day = f.month_number(g["m"]), int(g["d"])
    if not g.get("y") and pub.known:
        wd = f.weekday_numbers[g["w"].lower()]
        years = [y for y in (pub.year, pub.year - 1, pub.year + 1)
                 if iso_day(y, month, day) and dt.date(y, month, day).weekday() == wd]
        if years:
            return iso_day(years[0], month, day), "day"
    return _day(pub, g.get("y"), month, day)


def _numeric_day_value(f, g, m, pub, mt, s, sidx):
    """'2021-01-08', '01/08/21'."""
    return _day(pub, g.get("y"), int(g["m"]), int(g["d"]))


def _day(pub, year: Optional[str], month: int, day: int) -> tuple[Optional[str], str]:
    if year:
        year = int(year) if len(year) == 4 else 2000 + int(year)
        return iso_day(year, month, day), "day"
    y = _nearest_year(pub, month, day)
    return (iso_day(y, month, day) if y else _yearless(month, day)), "day"


_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(this|last|next)\s+year\b", re.IGNORECASE)
_YEAR_STEP = {"this": 0, "last": -1, "next": 1}


def _month_value(f, g, m, pub, mt, s, sidx):
    """'April 2023', 'mid-August', 'in January', 'last March', 'March of last year',
    'earlier in March'."""
    month = f.month_number(g["m"])
    if g.get("y"):
        return f"{int(g['y']):04d}-{month:02d}", "month"
    prep = (g.get("prep") or "").lower()
    after = _YEAR_AFTER.match(mt, m.end())
    if pub.known and after:  # "in March this year", "between January and July of last year"
        return _year_month(pub.year + _YEAR_STEP[after.group(1).lower()], month), "month"
    if pub.known and prep in ("last", "next", "this"):
        y = pub.year
        if prep == "last" and pub.month and month >= pub.month:
            y -= 1
        if prep == "next" and pub.month and month <= pub.month:
            y += 1
        return _year_month(y, month), "month"
    if pub.known and pub.month:
        mod = re.sub(r"\s+", " ", (g.get("mod") or "").lower())
        way = -1 if mod == "earlier in" else f.direction(mt, s, m.end(), sidx)
        if way < 0:  # the most recent such month ("was filed in January")
            return _year_month(pub.year - (month > pub.month), month), "month"
        if way > 0:  # the next one ("will go to trial in January")
            return _year_month(pub.year + (month < pub.month), month), "month"
    y = _nearest_year(pub, month)
    return (f"{y:04d}-{month:02d}" if y else f"XXXX-{month:02d}"), "month"


def _range_value(f, g, m, pub, mt, s, sidx):
    """Days of one month ('September 17 and 20, 2022', '17 to 20 September'): the month."""
    month = f.month_number(g["m"])
    if g.get("y"):
        return f"{int(g['y']):04d}-{month:02d}", "month"
    y = _nearest_year(pub, month, int(g["d"]))
    return (f"{y:04d}-{month:02d}" if y else f"XXXX-{month:02d}"), "month"


def _quarter_value(f, g, m, pub, mt, s, sidx):
    """'the first quarter of 2022', 'Q3 2021' -> '2022-Q1', '2021-Q3' (TIMEX-style, like seasons)."""
    q = int(g["qn"]) if g.get("qn") else f.lex["quarters"][re.sub(r"\s+", " ", g["q"].lower())]
    return f"{g['y']}-Q{q}", "quarter"


def _year_value(f, g, m, pub, mt, s, sidx):
    """'2019', 'early 2020'."""
    return g["y"], "year"


def _decade_value(f, g, m, pub, mt, s, sidx):
    """'the 1990s' -> '199X'."""
    return g["y"][:3] + "X", "vague"


def _season_value(f, g, m, pub, mt, s, sidx):
    """'fall 2023' -> '2023-FA'; 'last summer' from the publication month."""
    code = f.lex["seasons"][g["s"].lower()]
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


def _weekday_value(f, g, m, pub, mt, s, sidx):
    """The most recent such day, or the next one where the clause looks ahead."""
    base = pub.date()
    if base is None:
        return None, "day"
    wd = f.weekday_numbers[g["w"].lower()]
    rel = (g.get("rel") or "").lower()
    forward = rel in ("next", "this coming") or (rel in ("", "this") and f.direction(mt, s, m.end(), sidx) > 0)
    if forward:
        delta = (wd - base.weekday()) % 7 or (7 if rel == "next" else 0)
        return _add_days(base, delta), "day"
    delta = (base.weekday() - wd) % 7
    if rel in ("last", "this past") and delta == 0:
        delta = 7
    return _add_days(base, -delta), "day"


_DAY_OFFSETS = {"yesterday": -1, "tomorrow": 1}


def _named_day_value(f, g, m, pub, mt, s, sidx):
    """'today', 'tonight', 'yesterday', 'tomorrow'."""
    w = g["w"].lower()
    if w in ("today", "tonight"):
        return published_value(pub) if pub.known else None, "day"
    base = pub.date()
    if base is None:
        return None, "day"
    return _add_days(base, _DAY_OFFSETS[w]), "day"


def _ago_value(f, g, m, pub, mt, s, sidx):
    """'9 months ago', 'three years ago', '10 days ago'; weeks and decades stay vague."""
    n = _count(g["n"], f.lex["numbers"])
    unit = g["u"].lower().rstrip("s")
    if n is None or not pub.known or unit in ("week", "decade"):
        return None, "vague"
    if unit == "year":
        return _year(pub.year - n), "year"
    if unit == "month" and pub.month:
        return _year_month(*_shift_month(pub.year, pub.month, -n)), "month"
    if unit == "day" and pub.date():
        return _add_days(pub.date(), -n), "day"
    return None, "vague"


def _relative_value(f, g, m, pub, mt, s, sidx):
    """'last year', 'earlier this month'; weeks, weekends, decades and quarters stay vague."""
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


def later_value(f, m, taken: list, s: int) -> tuple[Optional[str], str]:
    """'two years later', 'three months earlier', 'the following year': counted from the
    last date before it whose value has a year (``taken``, the dates found so far, within
    about a page); with none, no value. Not in VALUES: it reads the dates before it."""
    anchor = next((d for d in reversed(taken) if d.value and d.value[:4].isdigit() and s - d.end < 1500), None)
    unit = (m.group("u") or m.group("u1")).lower().rstrip("s")
    n = 1 if m.group("u1") else _count(m.group("n"), f.lex["numbers"])
    if anchor is None or n is None:
        return None, "vague"
    if (m.group("dir") or "").lower() == "earlier":
        n = -n
    year = int(anchor.value[:4])
    if unit == "year":
        return _year(year + n), "year"
    if len(anchor.value) >= 7 and anchor.value[5:7].isdigit():
        return _year_month(*_shift_month(year, int(anchor.value[5:7]), n)), "month"
    return None, "vague"


def _holiday_value(f, g, m, pub, mt, s, sidx):
    """'Christmas' -> its day in the nearest year; movable feasts have no value."""
    md = f.lex["holidays"].get(_holiday_key(m.group(1), f.lex["holidays"]))
    if not md:
        return None, "vague"
    month, day = int(md[:2]), int(md[3:])
    y = _nearest_year(pub, month, day)
    return (iso_day(y, month, day) if y else f"XXXX-{md}"), "day"


def _vague_value(f, g, m, pub, mt, s, sidx):
    """'the past year', 'in recent weeks': a period with no value."""
    return None, "vague"


VALUES = {
    "md": _month_day_value, "dm": _month_day_value, "wmd": _weekday_date_value, "wdm": _weekday_date_value,
    "md_range": _range_value, "dm_range": _range_value, "quarter": _quarter_value, "iso": _numeric_day_value, "mdy_num": _numeric_day_value,
    "my": _month_value, "mm": _month_value, "m": _month_value,
    "my_mod": _year_value, "year": _year_value, "decade": _decade_value, "season": _season_value,
    "weekday": _weekday_value, "day": _named_day_value, "ago": _ago_value, "rel": _relative_value,
    "holiday": _holiday_value, "past": _vague_value, "recent": _vague_value,
}
