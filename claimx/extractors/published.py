"""The article's publication date when the caller does not give one.

Only a date that stands as page metadata counts: a line near the top that is just a
date (with its time and zone), one introduced by "Published", "Posted", "Updated",
"Last modified" or "Date", a byline with its date ("By Jane Smith | May 2, 2024"), or an
ISO timestamp. A date in the first sentence of the body ("On October 4, 2023, the panel
...") is an event, not the publication date. "Updated" and "Last modified" dates count
only when the top of the page states no other: an update is not the publication.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Optional

from claimx.extractors.dates import DateFinder
from claimx.io.resources import load_json
from claimx.text.segment import paragraphs

_PUB, _PLAIN, _UPD = 0, 1, 2  # the order of preference among the dates found
_LABEL = re.compile(r"\s*(?:(?P<pub>(?:first\s+|originally\s+)?(?:published|posted|released|created|dated?))"
                    r"|(?P<upd>(?:last\s+)?(?:updated|modified|edited|revised|reviewed)))\b"
                    r"(?:\s+(?:on|at)\b)?\s*:?\s*", re.IGNORECASE)
_BYLINE = re.compile(r"\s*[-\u2013\u2014\u2022|]?\s*(?:by|written by|words by|reporting by|story by)\s+\S",
                     re.IGNORECASE)
# a clock time and zone, before or after the date: "10:30 AM EDT", "15.01 BST", "4:54 p.m."
_TIME = re.compile(r"[\s,]*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?)?"
                   r"(?:\s*\(?(?:[A-Z]{2,5}|[Uu][Tt][Cc]|[Gg][Mm][Tt])(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?\s*,?\s*")
_DATES = load_json("patterns/dates.json")
# a weekday, whole or cut short to three to five letters ("Tue.", "Tues", "Thurs")
_WEEKDAY = re.compile(r"\s*(?:%s)\.?,?\s+" % "|".join(sorted({w[:n] for w in _DATES["weekdays"] for n in (3, 4, 5, 99)},
                                                                key=lambda f: (-len(f), f))), re.IGNORECASE)
# a full date starts with a month: any of its forms begins with the name's first three letters
_MONTH_START = re.compile("|".join(forms[0][:3] for forms in _DATES["months"]), re.IGNORECASE)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?"
                  r"(?![\w-])")
# what may follow a metadata date: a time, a zone, "5 min read"-like filler is a segment of its own
_TAIL = re.compile(r"\s*[,|\u2022\u00b7-]?\s*$")
# the pieces of a metadata line: "Jane Smith \u00b7 May 2, 2024 \u00b7 5 min read", "May 2, 2024 / 10:30 AM / CBS"
_SEP = re.compile(r"\s*[|\u00b7\u2022]\s*|\s+[/\u2013\u2014-]\s+")

_TOP = 4000  # characters of the text where a publication line may be

@lru_cache(maxsize=1)
def _finder() -> DateFinder:
    """One DateFinder for every call (it holds no per-call state)."""
    return DateFinder()


def detect(text: str, max_lines: int = 12) -> Optional[str]:
    return _choose(_found(text, max_lines, _finder()))


def _choose(found: list[tuple[int, str]]) -> Optional[str]:
    """A "Published" date, else a date line or byline, else an "Updated" one; the first of each."""
    return min(found, key=lambda f: f[0])[1] if found else None


def _found(text: str, max_lines: int, finder) -> list[tuple[int, str]]:
    found = []
    for s, e in paragraphs(text)[:max_lines]:
        if s >= _TOP:
            break  # page metadata sits at the top
        line = text[s:min(e, _TOP)].rstrip()  # a line cut at the limit, as if the text ended there
        if len(line) > 200 or not any(map(str.isdigit, line)):
            continue  # a dateline is short and has a number in it
        found.extend(metadata_dates(line, finder))
    return found


def metadata_dates(line: str, finder) -> list[tuple[int, str]]:
    """(kind, ISO day) of the metadata dates in one line; [] for a line of the body."""
    if _BYLINE.match(line):
        return _byline_dates(line, finder)
    pieces = _SEP.split(line)
    if len(pieces) > 1 and len(line) > 160:
        pieces = [line]  # a long line is a paragraph whose dashes are the writer's
    out = []
    for piece in pieces:
        dates = _piece_dates(piece, finder)
        if dates:
            out.extend(dates)
        elif len(piece.split()) > 8 or ". " in piece:
            return []  # a sentence beside the date: the body's, not the page's
    return out


def _byline_dates(line: str, finder) -> list[tuple[int, str]]:
    """"By Jane Smith | May 2, 2024", "By Jane Smith and Tom Lee, Reuters May 2, 2024 6:05 PM GMT"."""
    dates = [d for piece in _SEP.split(line)[1:] for d in _piece_dates(piece, finder)]
    if dates:
        return dates
    for d in finder.find(_case(line)):
        if d.precision == "day" and d.value and not d.value.startswith("XXXX"):
            rest = line[d.end:]
            tail = _TIME.match(rest)
            if _TAIL.match(rest[tail.end():] if tail else rest):
                before = line[:d.start]
                return [(_UPD if _LABEL.search(before) and _LABEL.search(before).group("upd") else _PLAIN, d.value)]
            break
    return []


def _piece_dates(piece: str, finder) -> list[tuple[int, str]]:
    """Dates of a piece that is only metadata: [label] [time] [weekday] date [time], repeated
    ("Updated: May 3, 2024 Published: May 2, 2024"). A labelled date may have any words after it
    ("Posted on May 2, 2024 by Jane Smith"); an unlabelled one only a time."""
    out, pos = [], 0
    while pos < len(piece):
        label = _LABEL.match(piece, pos)
        if label:
            pos = label.end()
        kind = _PLAIN if not label else (_UPD if label.group("upd") else _PUB)
        value, end = _date_at(piece, pos, finder)
        if value is None:
            return out
        out.append((kind, value))
        tail = _TIME.match(piece, end)
        pos = tail.end() if tail else end
        if _TAIL.match(piece, pos):
            return out
        nxt = _LABEL.match(piece, pos)
        if not (nxt and _date_at(piece, nxt.end(), finder)[0]):
            return out if label else []
    return out


def _date_at(piece: str, pos: int, finder) -> tuple[Optional[str], int]:
    """The full date that starts the piece at ``pos`` (after a time and a weekday), and its end."""
    for rx in (_TIME, _WEEKDAY):
        m = rx.match(piece, pos)
        if m:
            pos = m.end()
    iso = _ISO.match(piece, pos)
    if iso:
        try:
            return dt.date(*map(int, iso.groups())).isoformat(), iso.end()
        except ValueError:
            return None, pos
    rest = piece[pos:]
    if not (rest[:1].isdigit() or _MONTH_START.match(rest)):
        return None, pos  # only a full date at the very start counts: one starts with a month or a number
    for d in finder.find(_case(rest)):
        if d.start != 0:
            break
        if d.precision == "day" and d.value and not d.value.startswith("XXXX"):
            return d.value, pos + d.end
        break
    return None, pos


def _case(s: str) -> str:
    """ "FRIDAY, JUNE 30, 2023" as the date finder reads it (the same length, so the same offsets)."""
    if s.isupper():
        t = s.title()
        if len(t) == len(s):
            return t
    return s


# a date in a path: "/2024/05/02/", "2024-05-02", "2024_05_02" (one separator throughout), or
# a month folder "/2024/05/"; not inside a longer number ("120240502")
_PATH_DAY = re.compile(r"(?<![0-9])((?:19|20)\d\d)([-/_.])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![0-9])")
_PATH_MONTH = re.compile(r"(?:^|/)((?:19|20)\d\d)/(0[1-9]|1[0-2])/")


def date_in_path(path: str) -> Optional[str]:
    """The date an archive's path gives its file (the last one in the path: the nearest to
    the file), as YYYY-MM-DD or YYYY-MM; None when the path has none or no real one."""
    p = path.replace("\\", "/")
    for m in reversed(list(_PATH_DAY.finditer(p))):
        try:
            return dt.date(int(m.group(1)), int(m.group(3)), int(m.group(4))).isoformat()
        except ValueError:
            continue  # "2023-02-30": not a day
    months = list(_PATH_MONTH.finditer(p))
    if months:
        return f"{months[-1].group(1)}-{months[-1].group(2)}"
    return None
