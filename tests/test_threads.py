"""claimx.extract from many threads at once gives what one thread gives, byte for byte.

Dask workers run several threads by default, so per-call state on a shared object (a
finder, a module-level cache) is a data-correctness bug: one article's words end up in
another's results. The switch interval is made tiny so that threads interleave inside
the extractors instead of one running a whole call per time slice.
"""
import json
import sys
from concurrent.futures import ThreadPoolExecutor

import claimx

from conftest import read

PUBLISHED = [None, "2021-03-04"]


def _calls(fixture_paths):
    texts = [read(p) for p in fixture_paths]
    # every fixture with and without a publication date, thirteen times over: ~200 calls, and the
    # same text object arrives in several threads at once (the per-text caches see that too)
    return [(t, pub) for _ in range(13) for t in texts for pub in PUBLISHED]


def _run(call):
    text, published = call
    return json.dumps(claimx.extract(text, published=published), ensure_ascii=False)


def test_eight_threads_give_the_sequential_output(fixture_paths):
    calls = _calls(fixture_paths)
    assert len(calls) >= 200
    claimx.load()  # build the pipeline before the race: this test is about the calls
    sequential = [_run(c) for c in calls]
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            threaded = list(pool.map(_run, calls))
    finally:
        sys.setswitchinterval(old)
    wrong = [i for i, (a, b) in enumerate(zip(sequential, threaded)) if a != b]
    assert wrong == [], f"{len(wrong)} of {len(calls)} documents differ under 8 threads"


def test_the_first_load_from_many_threads_gives_one_pipeline():
    from claimx.pipeline import load

    with ThreadPoolExecutor(max_workers=8) as pool:
        nlps = list(pool.map(lambda _: load(keep_chrome=True), range(16)))
    assert all(nlp is nlps[0] for nlp in nlps)


def test_no_finder_changes_the_shared_data_it_loaded(fixture_paths):
    """The data files are loaded once and shared by every thread: after a pipeline has run
    over the fixtures, each cached object still equals the file as shipped."""
    import json as _json

    from claimx.io.resources import data_path, load_json

    for path in fixture_paths:
        claimx.extract(read(path), published="2021-03-04")
    data = data_path("")
    names = sorted(f"{folder.name}/{f.name}" for folder in data.iterdir() if folder.is_dir()
                   for f in folder.iterdir() if f.name.endswith(".json"))
    assert len(names) > 10
    changed = [n for n in names if load_json(n) != _json.loads(data_path(n).read_text(encoding="utf-8"))]
    assert changed == []
