"""claimx.extract runs from many threads at once: the party finder keeps its per-call state
in a ``Call`` and shares only immutable data, so threads give the sequential output."""
import json
import sys
import threading

import claimx
from claimx.extractors.parties import PartyFinder

from conftest import read


def test_eight_threads_give_the_sequential_output(fixture_paths):
    texts = [read(p) for p in fixture_paths]
    # one-sentence variants too, so the threads switch between short and long documents
    texts += [t[:400] for t in texts]
    sequential = [json.dumps(claimx.extract(t), sort_keys=True) for t in texts]
    results: dict = {}
    errors: list = []
    start = threading.Barrier(8)

    def work(k: int) -> None:
        try:
            start.wait()
            order = texts[k % len(texts):] + texts[:k % len(texts)]  # every thread its own order
            results[k] = [json.dumps(claimx.extract(t), sort_keys=True) for t in order]
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter allows
    try:
        threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old)
    assert not errors
    for k in range(8):
        shift = k % len(texts)
        assert results[k] == sequential[shift:] + sequential[:shift], k


def test_a_finder_keeps_no_state_of_a_call():
    finder = PartyFinder()
    before = dict(vars(finder))
    finder.find("Jane Roe sued Zentrix Corp. in federal court. OpenAI's ChatGPT was named.")
    assert vars(finder).keys() == before.keys()
    assert all(vars(finder)[k] is v for k, v in before.items())
