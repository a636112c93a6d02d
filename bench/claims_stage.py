"""The claims stage alone, on captured inputs, for instruction counts (issues #22, #24).

``capture FILE TEXTS...``: run ``claimx.extract`` on the texts (files or folders of .txt) and
pickle every ``ClaimFinder.find`` call's arguments, as made before the call.
``run FILE`` / ``norun FILE``: a warm-up on one quarter of the calls, then every 4th call is
run (or only unpickled): under ``valgrind --tool=callgrind`` the stage's instructions are the
run's less the no-run's. ``probe FILE module:function``: the same run, the function called
through ``functools.reduce`` after the warm-up, so that ``callgrind
--toggle-collect=functools_reduce`` counts that function alone (all its calls, inclusive).
``time FILE``: CPU seconds of all the calls, best of 3.
"""
from __future__ import annotations

import functools
import importlib
import pickle
import sys
import time
from pathlib import Path


def _capture(out: str, paths: list[str]) -> None:
    import claimx
    from claimx.extractors.claims import ClaimFinder

    calls, orig = [], ClaimFinder.find

    def spy(self, *a, **k):
        calls.append(pickle.dumps((a, k)))
        return orig(self, *a, **k)

    ClaimFinder.find = spy
    for p in paths:
        for f in sorted(Path(p).rglob("*.txt")) if Path(p).is_dir() else [Path(p)]:
            claimx.extract(f.read_text(encoding="utf-8"))
    Path(out).write_bytes(pickle.dumps(calls))
    print(len(calls), "calls")


def _route(target: str) -> None:
    """Call ``module:qualname`` through functools.reduce, also where a module imported it by name."""
    mod, qualname = target.split(":")
    owner = importlib.import_module(mod)
    parts = qualname.split(".")
    for part in parts[:-1]:
        owner = getattr(owner, part)
    orig = getattr(owner, parts[-1])

    def probe(*a, **k):
        return functools.reduce(lambda _, __: orig(*a, **k), (0,), None)

    setattr(owner, parts[-1], probe)
    if len(parts) == 1:
        for m in list(sys.modules.values()):
            if getattr(m, "__name__", "").startswith("claimx") and getattr(m, parts[-1], None) is orig:
                setattr(m, parts[-1], probe)


def main(argv: list[str]) -> None:
    mode, file = argv[0], argv[1]
    if mode == "capture":
        _capture(file, argv[2:])
        return
    from claimx.extractors.claims import ClaimFinder

    raw = pickle.loads(Path(file).read_bytes())
    finder = ClaimFinder()
    for r in raw[2::4]:  # warm-up: compiled patterns and caches, not counted
        a, k = pickle.loads(r)
        finder.find(*a, **k)
    if mode == "time":
        best = []
        for _ in range(3):
            inputs = [pickle.loads(r) for r in raw]
            t = time.process_time()
            for a, k in inputs:
                finder.find(*a, **k)
            best.append(time.process_time() - t)
        print(f"{len(raw)} calls, CPU {min(best):.3f} s (best of 3)")
        return
    if mode == "probe":
        _route(argv[2])
    inputs = [pickle.loads(r) for r in raw[::4]]
    if mode in ("run", "probe"):
        for a, k in inputs:
            finder.find(*a, **k)


if __name__ == "__main__":
    main(sys.argv[1:])
