"""Fuzzing claimx.extract: any text gives a document, with exact offsets, sorted lists, real
date values, and the same output twice. 2,100 generated texts in all (a few ms each)."""
import datetime as dt
import json

from hypothesis import HealthCheck, given, settings, strategies as st

import claimx
from claimx.api import replace_surrogates
from conftest import FIXTURES, LISTS, assert_offsets, read
from fuzz_pieces import DATE_PIECES, MARKS

FUZZ = settings(max_examples=700, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

_FIXTURES = [read(p) for p in sorted(FIXTURES.glob("*.txt"))]


def check(text: str, published=None) -> None:
    doc = claimx.extract(text, published=published)
    clean = replace_surrogates(text)
    assert len(clean) == len(text)
    assert_offsets(clean, doc)
    for key in LISTS:
        assert isinstance(doc[key], list)
    for d in doc["dates"]:
        v = d["value"]
        # an impossible day is never a value ("today" may carry a month-level published value)
        if v and d["precision"] == "day" and len(v) == 10 and not v.startswith("XXXX"):
            dt.date.fromisoformat(v)
    again = claimx.extract(text, published=published)
    assert json.dumps(again, sort_keys=True) == json.dumps(doc, sort_keys=True)


@FUZZ
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=300))
def test_unicode_of_every_plane(text):
    check(text)


@st.composite
def spliced_fixture(draw):
    base = draw(st.sampled_from(_FIXTURES))
    start = draw(st.integers(0, max(0, len(base) - 1)))
    piece = list(base[start:start + draw(st.integers(0, 1500))])
    for _ in range(draw(st.integers(0, 25))):
        at = draw(st.integers(0, len(piece)))
        piece.insert(at, draw(st.sampled_from(MARKS)))
    return "".join(piece)


@FUZZ
@given(spliced_fixture())
def test_spliced_fixtures_with_marks(text):
    check(text)


_PUBLISHED = st.none() | st.dates(dt.date(1000, 1, 1), dt.date(2999, 12, 31)).flatmap(
    lambda d: st.sampled_from([d.isoformat(), d.isoformat()[:7], d.isoformat()[:4]]))


@FUZZ
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=40).map("".join), _PUBLISHED)
def test_date_heavy_text(text, published):
    check(text, published)
