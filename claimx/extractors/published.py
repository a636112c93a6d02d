"""The article's publication date when the caller does not give one.

Only a date that stands as page metadata counts: a line near the top that is just a
date, or one introduced by "Published", "Updated", "Posted" or "date". A date in the
first sentence of the body ("On October 4, 2023, the panel ...") is an event, not
the publication date.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from claimx.extractors.dates import DateFinder
from claimx.io.resources import load_json
from claimx.text.segment import paragraphs

_LEAD = re.compile(r"^\s*(?:(?:first\s+)?published(?:\s+on)?|updated(?:\s+on)?|posted(?:\s+on)?|date[d]?)\s*:?\s*",
                   re.IGNORECASE)
_DATES = load_json("patterns/dates.json")
# a weekday, whole or cut short ("Tues.", "Thurs"): its first three letters, then any letters
_WEEKDAY = re.compile(r"^(?:%s)[a-z]*\.?,?\s+" % "|".join(w[:3] for w in _DATES["weekdays"]))
_TAIL = re.compile(r"^\s*(?:,|at|\||\u2022|-|\u2014)?\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?\s*$",
                   re.IGNORECASE)

_TOP = 4000  # characters of the text where a publication line may be
# a full date starts with a month: any of its forms begins with the name's first three letters
_MONTH_START = re.compile("|".join(forms[0][:3] for forms in _DATES["months"]))


@lru_cache(maxsize=1)
def _finder() -> DateFinder:
    """One DateFinder for every call (it holds no per-call state)."""
    return DateFinder()


def detect(text: str, max_lines: int = 12) -> Optional[str]:
    finder = _finder()
    for s, e in paragraphs(text)[:max_lines]:
        if s >= _TOP:
            break  # page metadata sits at the top
        line = text[s:min(e, _TOP)].rstrip()  # a line cut at the limit, as if the text ended there
        e = s + len(line)
        if e - s > 200 or not any(map(str.isdigit, line)):
            continue  # a dateline is short and has a number in it
        lead = _LEAD.match(line)
        body = line[lead.end():] if lead else line
        wd = _WEEKDAY.match(body)
        if wd:
            body = body[wd.end():]
        if not (body[:1].isdigit() or _MONTH_START.match(body)):
            continue  # only a full date at the very start counts: one starts with a month or a number
        for d in finder.find(body):
            if d.precision != "day" or not d.value or d.value.startswith("XXXX"):
                continue
            if d.start != 0:
                break
            rest = body[d.end:]
            if lead or _TAIL.match(rest):
                return d.value
            break
    return None
