"""Benchmark: claimx.cases over 1k / 10k / 100k synthetic documents (time, peak RSS).

    .venv/bin/python bench/cases.py                 # 1000 10000 100000
    .venv/bin/python bench/cases.py --sizes 1000 5000

Each size runs in a fresh process (so peak RSS is that size's own), with documents
made on the fly by a seeded generator: disputes with 1-8 articles each, a fifth of them
against five big companies under their several names (big blocks), names, statutes,
courts and dates dropped at random as extraction drops them. Prints seconds, documents
per second, peak RSS, and the pairwise precision/recall against the generator's truth
(a sanity check, not the quality figure: that comes from real articles and
score_cases.py). The last line compares the time per document of the largest two sizes.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections import Counter

BIG = [["Google", "Google LLC", "Alphabet"], ["Meta", "Facebook", "Meta Platforms, Inc."],
       ["Twitter", "X Corp.", "X"], ["Amazon", "Amazon.com Inc."], ["Apple", "Apple Inc."]]
STATES = ["Texas", "California", "New Mexico", "Vermont", "Ohio", "Utah", "Florida", "Arizona"]
KINDS = ["lawsuit", "lawsuit", "lawsuit", "prosecution", "enforcement"]
STATUSES = ["filed", "ruled", "appealed", "settled", "dismissed", "decided"]


def _dispute(rng: random.Random, n: int) -> dict:
    if rng.random() < 0.2:
        respondent = rng.choice(BIG)
    else:
        base = f"Company{n % 40000:05d}"
        respondent = [base, base + " Inc.", base + " Corp."]
    if rng.random() < 0.4:
        state = rng.choice(STATES)
        claimant = [state, f"State of {state}", f"{state} Attorney General's Office"]
    else:
        person = f"Plaintiff{rng.randrange(200000)} Person"
        claimant = [person, person.split()[0]]
    year = rng.randrange(2015, 2025)
    return {"respondent": respondent, "claimant": claimant, "kind": rng.choice(KINDS),
            "statute": f"Statute {rng.randrange(300)} Protection Act",
            "court": f"U.S. District Court for the District of {rng.choice(STATES)}",
            "filed": f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
            "docket": f"{year % 100}-cv-{rng.randrange(100000):05d}", "year": year}


def _claim(rng: random.Random, d: dict, step: int) -> tuple[dict, list]:
    dates = []
    if rng.random() < 0.5:
        dates.append({"text": d["filed"], "value": d["filed"]})
    claim = {
        "claimants": [{"name": rng.choice(d["claimant"]), "party": None}] if rng.random() < 0.7 else [],
        "respondents": [{"name": rng.choice(d["respondent"]), "party": None}],
        "kind": d["kind"], "status": STATUSES[min(step, len(STATUSES) - 1)],
        "statutes": [{"name": d["statute"], "statute": None}] if rng.random() < 0.6 else [],
        "court": d["court"] if rng.random() < 0.5 else None,
        "amounts": [], "allegations": [], "dates": [{"date": 0, "what": "filed"}] if dates else [],
        "caption": None, "docket": d["docket"] if rng.random() < 0.1 else None,
        "optional": False, "evidence": [],
    }
    return claim, dates


def documents(n: int, seed: int = 23, truth: list | None = None):
    """``n`` synthetic claimx/1 documents (a generator); ``truth`` gets each one's dispute."""
    rng = random.Random(seed)
    made = dispute_no = 0
    while made < n:
        d = _dispute(rng, dispute_no)
        for step in range(min(rng.choice([1, 1, 2, 2, 3, 4, 6, 8]), n - made)):
            claim, dates = _claim(rng, d, step)
            if truth is not None:
                truth.append(dispute_no)
            yield {"schema": "claimx/1", "source": f"news/{made:06d}.txt",
                   "published": f"{d['year'] + step // 2}-{rng.randrange(1, 13):02d}-15",
                   "parties": [], "statutes": [], "dates": dates, "amounts": [],
                   "allegations": [], "claims": [claim]}
            made += 1
        dispute_no += 1


def _pairs(sizes) -> int:
    return sum(s * (s - 1) // 2 for s in sizes)


def run_one(n: int) -> dict:
    import claimx

    truth: list = []
    start = time.perf_counter()
    pred = {}
    cases = 0
    for cases, case in enumerate(claimx.cases(documents(n, truth=truth)), 1):
        for source in case["sources"]:
            pred[int(source[5:11])] = cases
    seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    labels = [(truth[i], pred.get(i, -1 - i)) for i in range(n)]
    both, gold, got = Counter(labels), Counter(t for t, _ in labels), Counter(p for _, p in labels)
    tp = _pairs(both.values())
    p, r = tp / max(1, _pairs(got.values())), tp / max(1, _pairs(gold.values()))
    return {"docs": n, "cases": cases, "seconds": round(seconds, 2), "rss_mib": round(rss, 1),
            "pair_p": round(p, 3), "pair_r": round(r, 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child process
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return
    rows = []
    print(f"{'docs':>8} {'cases':>8} {'seconds':>8} {'docs/s':>8} {'peak RSS':>10} {'pair P':>7} {'pair R':>7}")
    for n in args.sizes:
        out = subprocess.run([sys.executable, os.path.abspath(__file__), "--one", str(n)],
                             check=True, capture_output=True, text=True).stdout
        row = json.loads(out)
        rows.append(row)
        print(f"{row['docs']:>8} {row['cases']:>8} {row['seconds']:>8.2f} "
              f"{row['docs'] / max(row['seconds'], 1e-9):>8.0f} {row['rss_mib']:>7.1f} MiB "
              f"{row['pair_p']:>7.3f} {row['pair_r']:>7.3f}", flush=True)
    if len(rows) >= 2:
        a, b = rows[-2], rows[-1]
        ratio = (b["seconds"] / b["docs"]) / (a["seconds"] / a["docs"])
        print(f"time per document, {b['docs']} vs {a['docs']}: x{ratio:.2f} (linear = x1.00)")


if __name__ == "__main__":
    main()
