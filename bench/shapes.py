"""The shapes of issue #26 at 100 KB and 1 MB, each timed against real prose of the same size.

Used by ``adversarial.py --shapes`` (see there); also runnable alone::

    .venv/bin/python bench/shapes.py [--sizes 100000,1000000] [--only dots] [--fuzz 20000]

Every (shape, size) runs in a child process of its own (the pipeline loaded and warmed
first, not timed): one ``claimx.extract`` call, timed, and for the shapes marked "render"
also ``render_html`` on its result. The table shows seconds and the ratio to the fixtures
repeated to the same size ("prose"); the figures to aim for are every shape within 3x of
prose at 1 MB and render within 2x of extract. ``--fuzz N`` also runs N random texts (the
families of tests/test_fuzz.py, seeded) in one child and counts exceptions.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile

import claimx_rev
from adversarial import ROOT, fixture_texts, repeat_to, run_child


def _cap_words(n: int, seed: int = 26) -> list[str]:
    """Capitalised made-up words (no gazetteer entry), deterministic."""
    rng = random.Random(seed)
    syll = ["ka", "lo", "mi", "ber", "tan", "so", "vel", "dra", "nu", "pek", "ros", "zi"]
    return ["".join(rng.choice(syll) for _ in range(rng.randint(2, 3))).capitalize() for _ in range(n)]


def shapes(texts: list[str]) -> list[tuple[str, object, bool, str]]:
    """(name, unit or builder(size) -> text, time render too, where the issue found it)."""
    words = _cap_words(5000)
    prose = "\n\n".join(t.strip("\n") for t in texts) + "\n\n"

    def cap_words(n):
        return repeat_to(" ".join(words) + " ", n)

    def cap_act(n):
        groups = [" ".join(words[i:i + 6]) + " Act" for i in range(0, len(words), 6)]
        return repeat_to(". ".join(groups) + ". ", n)

    def usc_list(n):
        out, i = ["18 U.S.C. \u00a7\u00a7 1"], 1
        size = len(out[0])
        while size < n:
            i += 1
            piece = f", {i}"
            out.append(piece)
            size += len(piece)
        return "".join(out)[:n]

    return [
        ("prose", prose, True, "the fixtures repeated (the reference)"),
        ("yes", "Yes. ", False, "parties _merge.used_inside"),
        ("word_lines", "Word\n", False, "parties _merge.used_inside"),
        ("alphabet_sued", "Alphabet sued. ", False, "parties"),
        ("dots_1998", "." * 1998 + "x ", False, "segment._END backtracking"),
        ("january_1", "January 1, ", True, "render._next_close"),
        ("month_list", "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sept. Oct. Nov. Dec. ", False, "dates"),
        ("cap_words", cap_words, False, "parties (10^5 capitalised words)"),
        ("usc_list", usc_list, False, "statutes (18 U.S.C. \u00a7\u00a7 1, 2, 3, ...)"),
        ("cap_words_act", cap_act, False, "statutes (capitalised words + \" Act\")"),
        ("quote_word", '"word ', False, "quotes"),
    ]


CHILD = r"""
import json, resource, sys, time
path, render = sys.argv[1], sys.argv[2] == "1"
import claimx
from claimx.tools.render import render_html
claimx.extract("Warm up: the FTC sued Meta on Jan. 5, 2021, \u201cfor no reason,\u201d he said.")
text = open(path, encoding="utf-8", newline="").read()
t0 = time.perf_counter()
try:
    doc = claimx.extract(text)
except Exception as e:
    print(json.dumps({"error": f"{type(e).__name__}: {e}"})); sys.exit(3)
out = {"extract_s": time.perf_counter() - t0}
if render:
    t0 = time.perf_counter()
    render_html(text, doc)
    out["render_s"] = time.perf_counter() - t0
out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""

FUZZ_CHILD = r"""
import json, random, sys, traceback
sys.path.insert(0, sys.argv[3])
import claimx
from claimx.api import replace_surrogates
from fuzz_texts import random_text
n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
crashes, bad = [], 0
for i in range(n):
    text, published = random_text(rng)
    try:
        doc = claimx.extract(text, published=published)
    except Exception as e:
        crashes.append((i, f"{type(e).__name__}: {e}", traceback.format_exc()[-800:], text[:300]))
        continue
    clean = replace_surrogates(text)
    for key in ("statutes", "parties", "platforms", "dates", "allegations", "quotes"):
        for item in doc[key]:
            spans = [item] + list(item.get("mentions") or [])
            bad += sum(clean[s["start"]:s["end"]] != s["text"] for s in spans)
print(json.dumps({"texts": n, "crashes": len(crashes), "offset_mismatches": bad,
                  "examples": crashes[:3]}))
"""


def run(sizes: list[int], only: list[str], fuzz: int, timeout: float, rev: str | None) -> int:
    texts = fixture_texts()
    cases = [c for c in shapes(texts) if not only or c[0] == "prose" or any(o in c[0] for o in only)]
    tmp = tempfile.mkdtemp(prefix="claimx-shapes-")
    env, info = claimx_rev.child_env(rev, tmp)
    import adversarial
    adversarial.ENV = env
    print(f"issue #26 shapes; {claimx_rev.describe(info)}; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    results: dict[tuple[str, int], dict] = {}
    failures = 0
    for size in sizes:
        for name, unit, render, _ in cases:
            text = unit(size) if callable(unit) else repeat_to(unit, size)
            path = os.path.join(tmp, f"{name}_{size}.txt")
            with open(path, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
            out, err, rc, wall = run_child([sys.executable, "-c", CHILD, path, "1" if render else "0"],
                                           timeout)
            os.remove(path)
            try:
                r = json.loads(out.strip().splitlines()[-1])
            except (ValueError, IndexError):
                r = {"error": "timeout" if rc is None else f"exit {rc}: {err.strip()[-200:]}"}
            results[(name, size)] = r
            failures += "error" in r
            prose = results.get(("prose", size), {}).get("extract_s")
            line = f"{name:<14} {size:>9,} chars  "
            if "error" in r:
                line += f"FAIL {r['error']}"
            else:
                ratio = f"x{r['extract_s'] / prose:5.2f} prose" if prose else ""
                line += f"extract {r['extract_s']:7.2f} s {ratio}"
                if "render_s" in r:
                    line += f"   render {r['render_s']:7.2f} s (x{r['render_s'] / r['extract_s']:.2f} extract)"
                line += f"   peak {r['peak_rss_mb']:5.0f} MB"
            print(line, flush=True)
    if fuzz:
        out, err, rc, _ = run_child([sys.executable, "-c", FUZZ_CHILD, str(fuzz), "26",
                                     os.path.dirname(os.path.abspath(__file__))], max(timeout, 3600))
        try:
            r = json.loads(out.strip().splitlines()[-1])
        except (ValueError, IndexError):
            r = {"texts": fuzz, "crashes": None, "error": err.strip()[-300:]}
        print(f"\nfuzz: {r['texts']:,} random texts, {r.get('crashes')} crashes, "
              f"{r.get('offset_mismatches')} offset mismatches", flush=True)
        for ex in r.get("examples") or []:
            print(f"  #{ex[0]}: {ex[1]}\n    text {ex[3]!r}")
        failures += bool(r.get("crashes") or r.get("offset_mismatches") or r.get("error"))
    return 1 if failures else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100000,1000000", help="comma-separated sizes in characters")
    ap.add_argument("--only", action="append", default=[], help="shapes whose name contains this")
    ap.add_argument("--fuzz", type=int, default=0, metavar="N", help="also run N random texts")
    ap.add_argument("--timeout", type=float, default=900, help="seconds per child (default 900)")
    ap.add_argument("--rev", metavar="REV", help="test claimx/ at this git revision (see claimx_rev.py)")
    args = ap.parse_args(argv)
    return run([int(s) for s in args.sizes.split(",")], args.only, args.fuzz, args.timeout, args.rev)


if __name__ == "__main__":
    sys.path.insert(0, ROOT)
    sys.exit(main())
