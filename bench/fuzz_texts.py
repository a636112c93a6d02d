"""Random texts for the bench's fuzz run (the families of tests/test_fuzz.py, with ``random``
instead of hypothesis so 20,000 of them are quick to make): any Unicode code point, spliced
fixtures with quote marks, section signs, digits and line breaks, date-heavy templates."""
from __future__ import annotations

import datetime as dt
import glob
import os
import random
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
_FIXTURES = [open(p, encoding="utf-8", newline="").read()
             for p in sorted(glob.glob(os.path.join(_HERE, "..", "fixtures", "*.txt")))]
sys.path.insert(0, os.path.join(_HERE, "..", "tests"))
from fuzz_pieces import DATE_PIECES as _DATES, MARKS as _MARKS  # noqa: E402  (one list for test and bench)


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
