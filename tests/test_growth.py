"""Adversarial shapes grow linearly: ten times the text may take at most thirty times as long.

Each shape once took quadratic time somewhere (a hundredfold per tenfold); the margin is wide
so a loaded machine does not fail the test, and no absolute time is asserted. The stage that
was slow is timed on its own, at sizes under the 400,000-character chunk (chunking would hide
the growth), best of a few runs.
"""
import gc
import time

import pytest

import claimx
from claimx.extractors.dates import DateFinder
from claimx.extractors.quotes import QuoteFinder
from claimx.text.segment import sentences
from claimx.tools.render import render_html

SMALL, LARGE = 20_000, 200_000


def repeat_to(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def best_time(fn, text: str, runs: int) -> float:
    """The least CPU time (not wall time: other processes share the machine) of ``runs``
    calls, the cyclic GC paused (its full collections grow with the heap and are no part of
    the code under test)."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            fresh = (text + " ")[:-1]  # a new string: no per-text cache answers the second run
            t0 = time.process_time()
            fn(fresh)
            best = min(best, time.process_time() - t0)
    finally:
        gc.enable()
    return max(best, 1e-4)


def assert_linear(fn, unit: str, small_size: int = SMALL) -> None:
    fn(repeat_to(unit, 1000))  # warm lazy loads
    small = best_time(fn, repeat_to(unit, small_size), 5)
    large = best_time(fn, repeat_to(unit, 10 * small_size), 3)
    assert large < 30 * small, f"{unit[:20]!r}: {small:.4f}s -> {large:.4f}s for 10x the text"


def test_sentence_ends_after_long_dot_runs():
    """'.' * 1998 + 'x ': the sentence-end regex backtracked over each run from every dot, so
    the time grew with the square of the run length (the size that grows tenfold here)."""
    text = repeat_to("." * 1998 + "x ", 50_000)
    assert sentences(text)
    sentences("." * 100 + "x ")
    small = best_time(sentences, ("." * 1_998 + "x ") * 100, 5)
    large = best_time(sentences, ("." * 19_998 + "x ") * 100, 2)
    assert large < 30 * small, f"{small:.4f}s -> {large:.4f}s for runs 10x as long"


def test_sentence_ends_unchanged_on_news_punctuation():
    text = 'He said "no." She left... Then what?! "Yes!" (It ended.) Done.\nNext line.'
    assert [text[s:e] for s, e in sentences(text)] == [
        'He said "no."', "She left...", "Then what?!", '"Yes!"', "(It ended.)", "Done.", "Next line."]


def test_render_of_many_dates():
    """'January 1, ' repeated: each highlighted span scanned every span end in the text."""
    docs = {}

    def render(text):
        return render_html(text, docs[len(text)])

    for n in (1000, SMALL, LARGE):
        text = repeat_to("January 1, ", n)
        docs[n] = claimx.extract(text)
    page = render(repeat_to("January 1, ", SMALL))
    assert page.count('<mark class="hl date"') == len(docs[SMALL]["dates"]) > 1000
    assert_linear(render, "January 1, ")


@pytest.mark.parametrize("unit", [
    "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sept. Oct. Nov. Dec. ",
    "Jan. 1, Feb. 2, Mar. 3, ",
    "Monday, ",
])
def test_dates_on_month_lists(unit):
    finder = DateFinder()
    assert_linear(lambda t: finder.find(t, "2021-03-10"), unit, 100_000)


def test_quotes_on_open_quote_words():
    """'"word ' repeated: a quote mark opening every word."""
    finder = QuoteFinder()
    text = repeat_to('"word ', 6000)
    found = finder.find(text)
    assert all(text[q.start:q.end] == q.text for q in found)
    assert_linear(finder.find, '"word ', 100_000)
