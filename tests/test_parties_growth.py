"""Party finding grows linearly on the shapes of text that once made it quadratic: ten times the
text must take well under thirty times the time (CPU time, best of three; no absolute limit)."""
import gc
import time

import pytest

from claimx.extractors.parties import PartyFinder

SHAPES = {
    # a transcript: the same one-word sentence, each a frame-only candidate opening its sentence
    "transcript": lambda n: "Yes. " * n,
    # the same capitalized word opening every line
    "word per line": lambda n: "Word\n" * n,
    # a company name with a suing verb, over and over
    "repeated suit": lambda n: "Alphabet sued. " * n,
    # capitalized words and nothing else
    "capitalized words": lambda n: " ".join("Word%s" % chr(65 + i % 26) for i in range(n * 10)),
    # states suing states, every one a bare place in a legal frame
    "states": lambda n: "Texas sued the state of Ohio and Nevada. " * (n // 4),
    # a descriptor phrase and a named defendant after each
    "descriptor": lambda n: ("Families filed a lawsuit against a gun maker. "
                             "The gun maker Vantor Arms denied it. ") * (n // 10),
}


def _cpu(finder, text):
    """Best of three, with the garbage collector off: its passes over every live object grow
    with the text's results and made this test flaky (the 'states' shape took 32x at 10x on a
    loaded CI host), while the finder itself stays linear."""
    best = None
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            t0 = time.process_time()
            finder.find(text)
            t = time.process_time() - t0
            best = t if best is None else min(best, t)
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_linear_growth(shape):
    finder = PartyFinder()
    make = SHAPES[shape]
    finder.find(make(100))  # warm caches
    small, large = _cpu(finder, make(1500)), _cpu(finder, make(15000))
    assert large < 30 * max(small, 0.002), (shape, small, large)
