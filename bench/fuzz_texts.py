"""Random texts for the bench's fuzz run (the families of tests/test_fuzz.py, with ``random``
instead of hypothesis so 20,000 of them are quick to make): any Unicode code point, spliced
fixtures with quote marks, section signs, digits and line breaks, date-heavy templates."""
from __future__ import annotations

import datetime as dt
import glob
import os
import random

_HERE = os.path.dirname(os.path.abspath(__file__))
_FIXTURES = [open(p, encoding="utf-8", newline="").read()
             for p in sorted(glob.glob(os.path.join(_HERE, "..", "fixtures", "*.txt")))]
_MARKS = ['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00a7", "\u00a7\u00a7", "\n", "\n\n",
          "\r\n", "\r", " ", "0", "1", "7", "19", "2021", "30", ".", ",", "(", ")", "\u2014", "-"]
_DATES = ["Monday", "Friday", "next Friday", "last Tuesday", "today", "yesterday", "tomorrow",
          "March 3, 2021", "March 3", "Feb. 30", "Feb. 29", "Jan. 1", "Sept. 31", "Dec. 31, 1999",
          "the 4th of July", "8 January 2021", "1/2/21", "02/30/2020", "2021-03-10", "2023-02-29",
          "mid-August", "late November", "early 2020", "the 1990s", "last week", "next month",
          "last year", "3 days ago", "two months ago", "999 years ago", "in January", "next spring",
          "Christmas", "2021", "1800", "2099", " and ", ", ", " - ", " \u2013 ", " or ", " to ",
          " through ", ", and ", " on ", " since ", ". ", "\n", " The suit was filed ", " said "]


def _code_point(rng: random.Random) -> str:
    plane = rng.choice([0, 0, 0, 1, 2, 3, 14, 15, 16])
    return chr(rng.randrange(plane * 0x10000, plane * 0x10000 + 0x10000))


def _published(rng: random.Random):
    if rng.random() < 0.3:
        return None
    day = dt.date(1000, 1, 1) + dt.timedelta(days=rng.randrange(730_000))
    return day.isoformat()[:rng.choice([4, 7, 10])]


def random_text(rng: random.Random) -> tuple[str, str | None]:
    """(text, published) from one of the three families."""
    family = rng.randrange(3)
    if family == 0:
        return "".join(_code_point(rng) for _ in range(rng.randrange(300))), None
    if family == 1:
        base = rng.choice(_FIXTURES)
        start = rng.randrange(len(base))
        piece = list(base[start:start + rng.randrange(1500)])
        for _ in range(rng.randrange(25)):
            piece.insert(rng.randrange(len(piece) + 1), rng.choice(_MARKS))
        return "".join(piece), None
    return "".join(rng.choice(_DATES) for _ in range(rng.randrange(40))), _published(rng)
