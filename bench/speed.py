#!/usr/bin/env python3
"""claimx speed benchmark: throughput, parallel speed-up, cold start and peak memory.

Run from the project root with the project's venv::

    .venv/bin/python bench/speed.py                 # 2,000 files / ~5 MB warm, first-sight 2,000 and 32,000
    .venv/bin/python bench/speed.py --quick         # 200 files / ~0.5 MB, a quick look
    .venv/bin/python bench/speed.py --files 2000 --mb 5 --out bench/out

What is measured (all in the same run, side by side; targets from issue #24):

a) words/s of ``claimx.extract(text)`` (all extractors, one process, in-process, pipeline
   loaded and warmed on the fixtures first) vs spaCy's blank English tokenizer
   (``spacy.blank("en").make_doc``) on the same texts, in CPU time of the process
   (``time.process_time``: other processes on a shared host do not count). Words =
   ``len(text.split())``. Two corpora:
   - warm (target >= 0.60): the fixtures repeated into 2,000 files. In each of 5 rounds the
     tokenizer and claimx take turns on 20 slices of the corpus, one ratio per round, the
     median of the rounds. Also: the ratio of whole passes (three of each, interleaved,
     medians) and of the fastest turn per slice and side.
   - first sight (target >= 0.50): 2,000 distinct texts from ``bench/first_sight.py``; each
     side sees each text once, the two taking turns slice by slice; the "rounds" are 5
     groups of 4 slices. The tokenizer's chunk cache is emptied before each of its texts
     (untimed): the texts recombine the fixtures' sentences, which it would otherwise find
     cached, so the baseline would not be first sight at all. The old baseline (cache
     kept) is reported beside it as ``ratio_cached_tokenizer``.
   Also a per-component breakdown (CPU time inside each pipeline component) on a sample of
   each corpus, printed with every run.
b) wall time of ``claimx extract DIR --jobs 1 -o FILE --quiet`` vs ``--jobs 2`` on the warm
   corpus (subprocess, the console script next to this Python), --repeat (default 3) pairs of
   runs, a --jobs 1 run and a --jobs 2 run right after it; the figure is the median of the
   pairs' speed-ups (also reported: best run / best run). Target: jobs1/jobs2 >= 1.8 (needs
   two idle cores: the table reports how much of the machine other processes used).
c) cold start: median of N runs of ``claimx extract fixtures/f01_biometric_suit.txt`` vs
   ``python -c "import spacy; spacy.blank('en')"`` (subprocess, interleaved); the figure is
   the ratio of the median CPU times (user + system of the child), wall times reported too.
   Target: <= 1.2.
d) peak RSS of ``claimx extract DIR --jobs 1 -o FILE --quiet`` on the first-sight corpus of
   2,000 files and of 32,000 files (``--scale 16``). Target: 32k/2k <= 1.05. Each CLI run
   happens under a fresh wrapper process, which reports
   ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` after the run: the largest peak RSS of
   any process in the claimx process tree (with --jobs 2 that is max(parent, workers)).
   The wrapper also samples ``VmHWM`` in /proc every 50 ms for the claimx parent process
   and for each of its children separately, so --jobs 2 reports the parent's own peak and
   the largest worker's peak (sampled: growth in the last < 50 ms of a process is missed).

Timings on a shared machine are noisy: before each timed step the script waits (up to
--wait-quiet seconds) for other processes to use < 10% of the CPUs, and each CLI run reports
the share of the machine other processes used meanwhile ("other processes N%").

Other developers edit claimx/ while a run goes on: ``--rev HEAD`` benchmarks a snapshot of
a commit instead of the working tree (see claimx_rev.py).

Results: a table on stdout and ``<out>/results.json``. The corpus lives in ``<out>/corpus_1x``
and ``<out>/corpus_4x`` (rebuilt on every run). Exit status 0 even when a target is missed
(the table says so); 1 if a run failed (non-zero exit, wrong number of records).
"""
from __future__ import annotations

import argparse
import datetime as dt
import glob
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

import claimx_rev
import first_sight

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIXTURES = os.path.join(ROOT, "fixtures")
COLD_FIXTURE = os.path.join(FIXTURES, "f01_biometric_suit.txt")

TARGETS = {  # issue #24
    "throughput_ratio": (">=", 0.60),
    "first_sight_ratio": (">=", 0.50),
    "jobs_speedup": (">=", 1.8),
    "cold_start_ratio": ("<=", 1.2),
    "rss_ratio_4x_1x": ("<=", 1.05),
}


def claimx_exe() -> str:
    """The claimx console script of the Python running this benchmark."""
    cand = os.path.join(os.path.dirname(sys.executable), "claimx")
    if os.path.exists(cand):
        return cand
    found = shutil.which("claimx")
    if not found:
        sys.exit("bench: cannot find the claimx console script (pip install -e . first)")
    return found


# --------------------------------------------------------------------------- machine

ENV: dict | None = None  # environment of every child process (see claimx_rev.py)


def cpu_model() -> str | None:
    """The CPU's model name from /proc/cpuinfo (None where there is none)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return None


def usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover
        return os.cpu_count()


def machine_info(claimx_info: dict) -> dict:
    cpu = cpu_model()
    nproc = usable_cpus()
    mem_total = None
    try:
        with open("/proc/meminfo") as fh:
            for line in fh:
                if line.startswith("MemTotal:"):
                    mem_total = int(line.split()[1]) // 1024
    except OSError:
        pass
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "nproc": nproc,
        "cpu_model": cpu,
        "mem_total_mb": mem_total,
        "python": platform.python_version(),
        "spacy": claimx_info["spacy"],
        "claimx": claimx_info,
        "platform": platform.platform(),
        "loadavg_start": list(os.getloadavg()),
    }



# --------------------------------------------------------------------------- machine noise

QUIET = {"share": 0.10, "max_wait": 0.0}


def machine_busy_share(seconds: float = 1.0) -> float:
    """Share of all CPUs busy over ``seconds`` (this script is idle meanwhile)."""
    def snap():
        with open("/proc/stat") as fh:
            f = [int(x) for x in fh.readline().split()[1:]]
        busy = f[0] + f[1] + f[2] + f[5] + f[6] + (f[7] if len(f) > 7 else 0)
        return busy, busy + f[3] + f[4]
    b0, t0 = snap()
    time.sleep(seconds)
    b1, t1 = snap()
    return (b1 - b0) / max(1, t1 - t0)


def wait_quiet() -> float:
    """Wait (up to --wait-quiet seconds) until other processes use < 10% of the machine;
    returns the seconds waited. Other developers' test runs on a 2-core box skew timings."""
    if QUIET["max_wait"] <= 0:
        return 0.0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < QUIET["max_wait"]:
        if machine_busy_share(1.0) < QUIET["share"]:
            break
        time.sleep(2.0)
    waited = time.perf_counter() - t0
    if waited > 3:
        print(f"    (waited {waited:.0f} s for a quiet machine)", flush=True)
    return waited

# --------------------------------------------------------------------------- corpus

def fixture_texts() -> list[str]:
    paths = sorted(glob.glob(os.path.join(FIXTURES, "*.txt")))
    if not paths:
        sys.exit(f"bench: no fixtures in {FIXTURES}")
    texts = []
    for p in paths:
        with open(p, encoding="utf-8", newline="") as fh:
            texts.append(fh.read())
    return texts


def build_corpus(directory: str, n_files: int, total_bytes: int, texts: list[str]) -> dict:
    """``n_files`` files of about ``total_bytes`` in all, cut from the fixtures in turn.

    Each file starts with its own numbered line (so no two files are the same) and then
    takes whole fixture articles, cycling through them, until the running total reaches
    its share of ``total_bytes`` (at least one article per file).
    """
    if os.path.isdir(directory):
        shutil.rmtree(directory)
    os.makedirs(directory)
    per_file = total_bytes / n_files
    written = 0
    words = 0
    k = 0
    width = len(str(n_files))
    for i in range(n_files):
        parts = [f"Benchmark copy {i + 1} of {n_files}.\n\n"]
        size = len(parts[0].encode("utf-8"))
        goal = (i + 1) * per_file - written
        while True:
            text = texts[k % len(texts)]
            k += 1
            parts.append(text if text.endswith("\n") else text + "\n")
            size += len(parts[-1].encode("utf-8"))
            if size >= goal:
                break
            parts.append("\n")
            size += 1
        body = "".join(parts)
        data = body.encode("utf-8")
        with open(os.path.join(directory, f"article_{i:0{width}d}.txt"), "wb") as fh:
            fh.write(data)
        written += len(data)
        words += len(body.split())
    return {"dir": directory, "files": n_files, "bytes": written, "words": words}


# --------------------------------------------------------------------------- a) in-process

INPROC_CODE = r"""
import glob, json, os, sys, time, statistics
corpus, sample_n, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
paths = sorted(glob.glob(os.path.join(corpus, "*.txt")))
texts = []
for p in paths:
    with open(p, encoding="utf-8", newline="") as fh:
        texts.append(fh.read())
words = sum(len(t.split()) for t in texts)
warmup = []
for p in sorted(glob.glob(os.path.join(sys.argv[4], "*.txt"))):  # the fixtures: never measured
    with open(p, encoding="utf-8", newline="") as fh:
        warmup.append(fh.read())

import spacy
import claimx

clock = time.process_time  # CPU time of this process: other processes on the host do not count

t0 = time.perf_counter()
nlp = claimx.load()
load_s = time.perf_counter() - t0
for t in warmup:          # warm: lazy data, caches, first-call paths
    claimx.extract(t)

blank = spacy.blank("en")
for t in warmup:
    blank.make_doc(t)

def tok_pass():
    t0 = clock()
    for t in texts:
        blank.make_doc(t)
    return clock() - t0

def claimx_pass():
    t0 = clock()
    for t in texts:
        claimx.extract(t)
    return clock() - t0

tok_times, claimx_times = [], []
if mode == "warm":
    # side by side: three passes of each, interleaved, so a busy moment hits both; medians
    for _ in range(3):
        tok_times.append(tok_pass())
        claimx_times.append(claimx_pass())

# paired rounds: in each round the tokenizer and claimx take turns on 20 slices of the corpus,
# so a slow phase of the host slows both sides of a round alike; one ratio per round, the
# median of the rounds is the figure. Warm: 5 rounds over the whole corpus (every text seen
# before). First sight: each text is seen once by each side (the tokenizer first, then claimx,
# slice by slice), and the "rounds" are 5 consecutive groups of 4 slices.
ROUNDS = 5
slices = [texts[i::20] for i in range(20)]
tok_best, claimx_best = [float("inf")] * 20, [float("inf")] * 20
round_ratios, round_tok_s, round_claimx_s = [], [], []

flush = getattr(blank.tokenizer, "_flush_cache", None)

def first_sight_tokens(part):
    # the tokenizer's CPU time on part with its chunk cache emptied before each text
    # (outside the timed part): the recombined texts repeat the fixtures' sentences, so with
    # its cache kept the tokenizer would see them warm; this way it sees each text for the
    # first time, as claimx does (bench/README.md, 2026-12-02, speed)
    spent = 0.0
    for t in part:
        flush()
        t0 = clock()
        blank.make_doc(t)
        spent += clock() - t0
    return spent

def turn(k, part):
    t0 = clock()
    if mode == "warm" or flush is None:
        for t in part:
            blank.make_doc(t)
        tok = clock() - t0
    else:
        tok = first_sight_tokens(part)
    t1 = clock()
    for t in part:
        claimx.extract(t)
    t2 = clock()
    tok_best[k] = min(tok_best[k], tok)
    claimx_best[k] = min(claimx_best[k], t2 - t1)
    return tok, t2 - t1

if mode == "warm":
    groups = [list(range(20))] * ROUNDS
else:
    groups = [list(range(r * 4, r * 4 + 4)) for r in range(ROUNDS)]
for group in groups:
    tok_sum = claimx_sum = 0.0
    for k in group:
        a, b = turn(k, slices[k])
        tok_sum += a
        claimx_sum += b
    round_ratios.append(tok_sum / claimx_sum)
    round_tok_s.append(tok_sum)
    round_claimx_s.append(claimx_sum)
paired_ratio = statistics.median(round_ratios)
fine_ratio = sum(tok_best) / sum(claimx_best)
if mode != "warm":  # the one pass is the whole pass
    tok_times, claimx_times = [sum(tok_best)], [sum(claimx_best)]
# the earlier first-sight baseline, for comparison: the tokenizer with its cache kept
# across texts (it finds most chunks of the recombined sentences cached)
cached_tok_s = tok_pass() if mode != "warm" else None
tok_s = statistics.median(tok_times)
claimx_s = statistics.median(claimx_times)

# where the time goes: the same steps as claimx.api.extract, timed one by one (CPU time), on
# a sample (warm: the first texts again; first sight: texts claimx has not seen yet, when the
# corpus has more than it used above, else the first ones)
breakdown = None
try:
    from claimx.document import build_document
    from claimx import api
    sample = texts[:sample_n]
    sample_words = sum(len(t.split()) for t in sample)
    try:
        from claimx.pipeline import MIRRORS  # extract() skips these
    except ImportError:
        MIRRORS = frozenset()
    new_doc = getattr(api, "_untokenized_doc", None) or (lambda nlp: None)
    acc = {"doc": 0.0}
    for name, _ in nlp.pipeline:
        if name not in MIRRORS:
            acc[name] = 0.0
    acc["build_document"] = 0.0
    for t in sample:
        s = clock()
        doc = new_doc(nlp)
        if doc is None:
            doc = nlp.make_doc(t)
        doc.user_data["claimx_text"] = t  # as extract() does: components read the text, not doc.text
        doc._.claimx_published = None
        doc._.claimx_published_source = None
        acc["doc"] += clock() - s
        for name, proc in nlp.pipeline:
            if name in MIRRORS:
                continue
            s = clock()
            doc = proc(doc)
            acc[name] += clock() - s
        s = clock()
        build_document(doc, None)
        acc["build_document"] += clock() - s
    total = sum(acc.values())
    breakdown = {"texts": len(sample), "words": sample_words, "total_s": total,
                 "seconds": acc, "share": {k: v / total for k, v in acc.items()}}
except Exception as e:  # the internals moved: the main figures still stand
    breakdown = {"error": f"{type(e).__name__}: {e}"}

import resource
print(json.dumps({
    "mode": mode, "clock": "process_time",
    "texts": len(texts), "words": words, "load_s": load_s,
    "claimx_s": claimx_s, "claimx_times": claimx_times, "claimx_wps": words / claimx_s,
    "tokenizer_s": tok_s, "tokenizer_times": tok_times, "tokenizer_wps": words / tok_s,
    "ratio_passes": (words / claimx_s) / (words / tok_s),
    "ratio": paired_ratio, "round_ratios": round_ratios, "round_tokenizer_s": round_tok_s,
    "round_claimx_s": round_claimx_s,
    "tokenizer_cached_s": cached_tok_s,
    "ratio_cached_tokenizer": None if not cached_tok_s else (words / statistics.median(claimx_times)) / (words / cached_tok_s),
    "ratio_fine": fine_ratio, "fine_tokenizer_s": sum(tok_best), "fine_claimx_s": sum(claimx_best),
    "pipe_names": list(nlp.pipe_names), "strings": len(nlp.vocab.strings),
    "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    "breakdown": breakdown,
}))
"""


def _busy_s() -> float:
    with open("/proc/stat") as fh:
        f = [int(x) for x in fh.readline().split()[1:]]
    return (f[0] + f[1] + f[2] + f[5] + f[6] + (f[7] if len(f) > 7 else 0)) / os.sysconf("SC_CLK_TCK")


def run_inprocess(corpus_dir: str, sample_n: int, timeout: float, mode: str = "warm") -> dict:
    import resource

    busy0, ru0, t0 = _busy_s(), resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", INPROC_CODE, corpus_dir, str(sample_n), mode,
                           FIXTURES],
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=ENV)
    if proc.returncode != 0:
        raise RuntimeError(f"in-process benchmark failed:\n{proc.stderr[-3000:]}")
    wall = time.perf_counter() - t0
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = (ru1.ru_utime + ru1.ru_stime) - (ru0.ru_utime + ru0.ru_stime)
    other = max(0.0, _busy_s() - busy0 - own)
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["other_cpu_share"] = other / (wall * (len(os.sched_getaffinity(0)) or 1))
    return out


# --------------------------------------------------------------------------- b) d) CLI runs

# A fresh wrapper per run: RUSAGE_CHILDREN then covers exactly this one claimx run.
WRAPPER_CODE = r"""
import json, os, resource, subprocess, sys, threading, time

cmd = json.loads(sys.argv[1])
limit = float(sys.argv[2])  # seconds: then the claimx run is killed (rc -9), not left running

def hwm_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None

def children(pid):
    kids = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{tid}/children") as fh:
                    kids.extend(int(x) for x in fh.read().split())
            except OSError:
                pass
    except OSError:
        pass
    return kids

def busy_s():
    with open("/proc/stat") as fh:
        f = [int(x) for x in fh.readline().split()[1:]]
    # user nice system idle iowait irq softirq steal
    return (f[0] + f[1] + f[2] + f[5] + f[6] + (f[7] if len(f) > 7 else 0)) / os.sysconf("SC_CLK_TCK")

busy0 = busy_s()
self0 = resource.getrusage(resource.RUSAGE_SELF)
t0 = time.perf_counter()
proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
peaks = {"parent": 0, "workers": {}}
done = threading.Event()

def sample():
    while not done.is_set():
        v = hwm_kb(proc.pid)
        if v:
            peaks["parent"] = max(peaks["parent"], v)
        for kid in children(proc.pid):
            v = hwm_kb(kid)
            if v:
                peaks["workers"][kid] = max(peaks["workers"].get(kid, 0), v)
        done.wait(0.05)

th = threading.Thread(target=sample, daemon=True)
th.start()
killer = threading.Timer(limit, proc.kill)
killer.start()
err = proc.stderr.read()
rc = proc.wait()
killer.cancel()
wall = time.perf_counter() - t0
done.set()
th.join()
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
self1 = resource.getrusage(resource.RUSAGE_SELF)
busy = busy_s() - busy0
own = ru.ru_utime + ru.ru_stime + (self1.ru_utime + self1.ru_stime - self0.ru_utime - self0.ru_stime)
ncpu = len(os.sched_getaffinity(0))
print(json.dumps({
    "other_cpu_s": max(0.0, busy - own),
    "other_cpu_share": max(0.0, busy - own) / (wall * ncpu),
    "rc": rc, "wall_s": wall, "maxrss_tree_kb": ru.ru_maxrss,
    "user_s": ru.ru_utime, "sys_s": ru.ru_stime,
    "parent_hwm_kb": peaks["parent"] or None,
    "worker_hwm_kb": max(peaks["workers"].values()) if peaks["workers"] else None,
    "n_children_seen": len(peaks["workers"]),
    "stderr": err.decode("utf-8", "replace")[-2000:],
}))
"""


def run_cli(args: list[str], timeout: float) -> dict:
    cmd = [claimx_exe()] + args
    proc = subprocess.run([sys.executable, "-c", WRAPPER_CODE, json.dumps(cmd), str(timeout)],
                          capture_output=True, text=True, timeout=timeout + 60, cwd=ROOT, env=ENV)
    if proc.returncode != 0:
        raise RuntimeError(f"wrapper failed: {proc.stderr[-2000:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["cmd"] = " ".join(["claimx"] + args)
    return out


def count_records(path: str) -> tuple[int, int]:
    """(records, error records) of a JSON Lines output file."""
    n = errors = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                n += 1
                if '"error"' in line and "error" in json.loads(line):
                    errors += 1
    return n, errors


def extract_run(corpus: dict, jobs: int, out_dir: str, timeout: float, label: str) -> dict:
    target = os.path.join(out_dir, f"out_{label}_jobs{jobs}.jsonl")
    if os.path.exists(target):
        os.remove(target)
    waited = wait_quiet()
    print(f"  claimx extract {label} corpus --jobs {jobs} ...", flush=True)
    load_before = os.getloadavg()[0]
    res = run_cli(["extract", corpus["dir"], "--jobs", str(jobs), "-o", target, "--quiet"],
                  timeout)
    res["output"] = target
    res["loadavg_1min"] = [load_before, os.getloadavg()[0]]
    res["waited_for_quiet_s"] = waited
    if os.path.exists(target):
        res["records"], res["error_records"] = count_records(target)
    else:
        res["records"], res["error_records"] = 0, 0
    res["files"] = corpus["files"]
    res["ok"] = res["rc"] == 0 and res["records"] == corpus["files"]
    res["words_per_s"] = corpus["words"] / res["wall_s"]
    print(f"    {res['wall_s']:.1f} s, rc {res['rc']}, {res['records']} records, "
          f"tree peak RSS {res['maxrss_tree_kb'] / 1024:.0f} MB; other processes used "
          f"{100 * res['other_cpu_share']:.0f}% of the machine", flush=True)
    return res


# --------------------------------------------------------------------------- c) cold start

def cold_start(runs: int, timeout: float) -> dict:
    claimx_cmd = [claimx_exe(), "extract", COLD_FIXTURE]
    spacy_cmd = [sys.executable, "-c", "import spacy; spacy.blank('en')"]

    import resource

    def cpu():
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        return ru.ru_utime + ru.ru_stime

    def once(cmd):
        c0, t0 = cpu(), time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           timeout=timeout, cwd=ROOT, env=ENV)
        wall, used = time.perf_counter() - t0, cpu() - c0
        if p.returncode != 0:
            raise RuntimeError(f"{cmd} exited {p.returncode}: {p.stderr[-1000:]!r}")
        return wall, used

    once(claimx_cmd)  # warm the page cache and any bytecode caches; not counted
    once(spacy_cmd)
    c_runs, s_runs = [], []
    for _ in range(runs):  # interleaved, so drift in machine load hits both alike
        c_runs.append(once(claimx_cmd))
        s_runs.append(once(spacy_cmd))
    c_times, s_times = [w for w, _ in c_runs], [w for w, _ in s_runs]
    c_med, s_med = statistics.median(c_times), statistics.median(s_times)
    # CPU time (user + system of the child): what a loaded host changes least
    c_cpu, s_cpu = statistics.median(u for _, u in c_runs), statistics.median(u for _, u in s_runs)
    return {"runs": runs, "claimx_s": c_times, "spacy_blank_s": s_times,
            "claimx_median_s": c_med, "spacy_blank_median_s": s_med, "ratio_wall": c_med / s_med,
            "claimx_cpu_s": [u for _, u in c_runs], "spacy_blank_cpu_s": [u for _, u in s_runs],
            "claimx_median_cpu_s": c_cpu, "spacy_blank_median_cpu_s": s_cpu, "ratio": c_cpu / s_cpu}


# --------------------------------------------------------------------------- report

def verdict(key: str, value: float | None) -> str:
    if value is None:
        return "n/a"
    op, bound = TARGETS[key]
    ok = value >= bound if op == ">=" else value <= bound
    return "MET" if ok else "MISSED"


def mb(kb):
    return None if kb is None else kb / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=2000, help="files in the 1x corpus (default 2000)")
    ap.add_argument("--mb", type=float, default=5.0, help="size of the 1x corpus in MB (default 5)")
    ap.add_argument("--out", default=os.path.join("bench", "out"),
                    help="output folder: corpora, outputs, results.json (default bench/out)")
    ap.add_argument("--quick", action="store_true",
                    help="a small run: 200 files / 0.5 MB (overrides --files/--mb)")
    ap.add_argument("--scale", type=int, default=16,
                    help="size of the big first-sight corpus for d), in x (default 16: 32,000 files)")
    ap.add_argument("--cold-runs", type=int, default=5, help="runs of each cold-start command")
    ap.add_argument("--repeat", type=int, default=3,
                    help="pairs of runs, --jobs 1 then --jobs 2, on the 1x corpus; the median "
                         "of the pairs' speed-ups is the figure (default 3)")
    ap.add_argument("--sample", type=int, default=300,
                    help="texts in the per-component breakdown (default 300)")
    ap.add_argument("--no-big-jobs2", action="store_true",
                    help="skip the --jobs 2 run on the big corpus (parent RSS at 4x)")
    ap.add_argument("--timeout", type=float, default=900, help="per-run timeout in seconds")
    ap.add_argument("--wait-quiet", type=float, default=120, metavar="SECONDS",
                    help="before each timed step, wait up to this long for other processes to "
                         "use < 10%% of the CPUs (default 120; 0 = don't wait)")
    ap.add_argument("--rev", metavar="REV",
                    help="benchmark claimx/ as of this git revision (e.g. HEAD), exported to "
                         "<out>/claimx-<sha>, instead of the working tree")
    ap.add_argument("--steps", default="abcd",
                    help="which measurements to run, e.g. 'b' or 'ab' (default abcd; d needs b's "
                         "--jobs 1 run and adds the 4x runs)")
    args = ap.parse_args()
    QUIET["max_wait"] = args.wait_quiet
    if args.quick:
        args.files, args.mb = 200, 0.5

    out_dir = os.path.abspath(args.out if os.path.isabs(args.out) else os.path.join(ROOT, args.out))
    os.makedirs(out_dir, exist_ok=True)
    t_start = time.perf_counter()

    global ENV
    ENV, claimx_info = claimx_rev.child_env(args.rev, out_dir)
    info = machine_info(claimx_info)
    print(f"claimx speed benchmark — {info['date']}")
    print(f"machine: {info['nproc']} CPUs ({info['cpu_model']}), {info['mem_total_mb']} MB RAM, "
          f"{info['platform']}")
    print(f"python {info['python']}, spaCy {info['spacy']}, {claimx_rev.describe(claimx_info)}")
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in info['loadavg_start'])}")

    texts = fixture_texts()
    total = int(args.mb * 1_000_000)
    c1 = build_corpus(os.path.join(out_dir, "corpus_1x"), args.files, total, texts)
    f1 = first_sight.build(os.path.join(out_dir, "first_sight_1x"), args.files)
    cN = (first_sight.build(os.path.join(out_dir, f"first_sight_{args.scale}x"),
                            args.files * args.scale) if "d" in args.steps.lower() else
          {"dir": None, "files": 0, "bytes": 0, "words": 0})
    print(f"corpus 1x: {c1['files']} files, {c1['bytes'] / 1e6:.2f} MB, {c1['words']:,} words")
    print(f"first-sight corpus 1x: {f1['files']} distinct files, {f1['bytes'] / 1e6:.2f} MB, "
          f"{f1['words']:,} words (from {f1['pool_sentences']} fixture sentences)")
    print(f"first-sight corpus {args.scale}x: {cN['files']} files, {cN['bytes'] / 1e6:.2f} MB, "
          f"{cN['words']:,} words\n")

    results: dict = {"machine": info, "args": vars(args), "corpus_1x": c1, "first_sight_1x": f1,
                     f"first_sight_{args.scale}x": cN, "targets": TARGETS}
    failed = False

    steps = set(args.steps.lower())
    other = lambda rs: ", ".join(f"{100 * r['other_cpu_share']:.0f}%" for r in rs)  # noqa: E731
    a = af = c = j1 = j2 = jN = jN2 = jF = None
    summary: dict = {}

    if "a" in steps:
        wait_quiet()
        print("a) in-process words/s (1x corpus) ...", flush=True)
        a = run_inprocess(c1["dir"], args.sample, args.timeout)
        results["a_inprocess"] = a
        summary["throughput_ratio"] = a["ratio"]
        print(f"    claimx {a['claimx_wps']:,.0f} words/s, blank tokenizer "
              f"{a['tokenizer_wps']:,.0f} words/s (CPU time)", flush=True)
        wait_quiet()
        print("a) in-process words/s (first-sight corpus) ...", flush=True)
        af = run_inprocess(f1["dir"], args.sample, args.timeout, mode="fresh")
        results["a_first_sight"] = af
        summary["first_sight_ratio"] = af["ratio"]
        print(f"    claimx {af['claimx_wps']:,.0f} words/s, blank tokenizer "
              f"{af['tokenizer_wps']:,.0f} words/s (CPU time)", flush=True)

    if "b" in steps or "d" in steps:
        print("b/d) CLI runs ...", flush=True)
        j1 = extract_run(c1, 1, out_dir, args.timeout, "1x") if "b" in steps else None
        j1_runs, j2_runs = [j1], []
        pairs = []  # (jobs 1 run, jobs 2 run right after it), both ok
        if "b" in steps:
            j2 = extract_run(c1, 2, out_dir, args.timeout, "1x")
            j2_runs = [j2]
            if j1["ok"] and j2["ok"]:
                pairs.append((j1, j2))
            for _ in range(args.repeat - 1):  # interleaved repeats
                r1 = extract_run(c1, 1, out_dir, args.timeout, "1x")
                r2 = extract_run(c1, 2, out_dir, args.timeout, "1x")
                j1_runs += [r1] if r1["ok"] else []
                j2_runs += [r2] if r2["ok"] else []
                if r1["ok"] and r2["ok"]:
                    pairs.append((r1, r2))
        if "d" in steps:  # memory in corpus size: first-sight texts, 1x and Nx files
            jF = extract_run(f1, 1, out_dir, args.timeout, "first_sight_1x")
            jN = extract_run(cN, 1, out_dir, args.timeout, f"first_sight_{args.scale}x")
            if not args.no_big_jobs2:
                jN2 = extract_run(cN, 2, out_dir, args.timeout, f"{args.scale}x")
        for r in (j1, j2, jF, jN, jN2):
            if r is not None and not r["ok"]:
                failed = True
                print(f"  FAILED: {r['cmd']}: rc {r['rc']}, {r['records']} records\n{r['stderr']}")
        if j2 is not None:
            same = None
            if j1["ok"] and j2["ok"]:
                with open(j1["output"], "rb") as f1, open(j2["output"], "rb") as f2:
                    same = f1.read() == f2.read()
            j1_walls = [r["wall_s"] for r in j1_runs if r["ok"]] or [float("nan")]
            j2_walls = [r["wall_s"] for r in j2_runs if r["ok"]] or [float("nan")]
            # the figure: a speed-up per pair of back-to-back runs, their median (a slow phase
            # of the host that catches one pair slows both of its runs); best/best kept too
            pair_speedups = [r1["wall_s"] / r2["wall_s"] for r1, r2 in pairs]
            results["b_jobs"] = {"jobs1_runs": j1_runs, "jobs2_runs": j2_runs,
                                 "jobs1_walls": j1_walls, "jobs2_walls": j2_walls,
                                 "jobs1_best_s": min(j1_walls), "jobs2_best_s": min(j2_walls),
                                 "pair_speedups": pair_speedups,
                                 "speedup": (statistics.median(pair_speedups) if pair_speedups
                                             else float("nan")),
                                 "speedup_best": min(j1_walls) / min(j2_walls),
                                 "outputs_identical": same}
            summary["jobs_speedup"] = results["b_jobs"]["speedup"]
        if jN is not None:
            results["d_rss"] = {"jobs1_1x": jF, f"jobs1_{args.scale}x": jN, "jobs2_1x": j2,
                                f"jobs2_{args.scale}x": jN2,
                                "ratio": jN["maxrss_tree_kb"] / jF["maxrss_tree_kb"]}
            summary["rss_ratio_4x_1x"] = results["d_rss"]["ratio"]

    if "c" in steps:
        wait_quiet()
        print("c) cold start ...", flush=True)
        c = cold_start(args.cold_runs, 120)
        results["c_cold_start"] = c
        summary["cold_start_ratio"] = c["ratio"]

    info["loadavg_end"] = list(os.getloadavg())
    results["total_s"] = time.perf_counter() - t_start

    # ---- table
    rows = []

    def row(name, value, fmt, key=None, note=""):
        rows.append((name, fmt.format(value) if value is not None else "n/a",
                     (f"{TARGETS[key][0]} {TARGETS[key][1]}" if key else ""),
                     verdict(key, value) if key else "", note))

    if a:
        row("a) claimx words/s (in-process, all extractors)", a["claimx_wps"], "{:,.0f}",
            note="median of 3 whole passes")
        row("a) blank tokenizer words/s (same texts)", a["tokenizer_wps"], "{:,.0f}",
            note="median of 3 whole passes")
        row("a) ratio claimx / tokenizer, paired rounds (median)", a["ratio"], "{:.3f}",
            "throughput_ratio", "rounds " + ", ".join(f"{r:.3f}" for r in a["round_ratios"])
            + f"; other processes {100 * a['other_cpu_share']:.0f}%")
        row("a) ratio from whole passes (medians of 3 each)", a["ratio_passes"], "{:.3f}",
            note="passes taken at different moments: exposed to the host's slow phases")
        row("a) ratio from the fastest turn per slice and side", a["ratio_fine"], "{:.3f}",
            note="the least the code costs, host aside")
    if af:
        row("a) first sight: claimx words/s (each text once)", af["claimx_wps"], "{:,.0f}")
        row("a) first sight: blank tokenizer words/s (its cache emptied before each text)", af["tokenizer_wps"], "{:,.0f}")
        row("a) first sight: ratio, 5 groups of 4 paired slices (median)", af["ratio"], "{:.3f}",
            "first_sight_ratio", "groups " + ", ".join(f"{r:.3f}" for r in af["round_ratios"])
            + f"; other processes {100 * af['other_cpu_share']:.0f}%")
        row("a) first sight: ratio of the whole pass", af["ratio_passes"], "{:.3f}",
            note=f"spaCy strings after the pass: {af['strings']:,} (warm run: "
                 f"{(a or {}).get('strings', 0):,})")
        if af.get("ratio_cached_tokenizer"):
            row("a) first sight: ratio to the tokenizer with its cache kept (the old baseline)",
                af["ratio_cached_tokenizer"], "{:.3f}",
                note=f"tokenizer {af['words'] / af['tokenizer_cached_s']:,.0f} words/s with its cache kept")
    if "b_jobs" in results:
        b = results["b_jobs"]
        walls = lambda ws: "runs " + ", ".join(f"{w:.1f}" for w in ws)  # noqa: E731
        row(f"b) --jobs 1 wall (1x corpus, best of {len(b['jobs1_walls'])})", b["jobs1_best_s"],
            "{:.1f} s", note=walls(b["jobs1_walls"]) + f" s; other processes {other(b['jobs1_runs'])}")
        row(f"b) --jobs 2 wall (1x corpus, best of {len(b['jobs2_walls'])})", b["jobs2_best_s"],
            "{:.1f} s", note=walls(b["jobs2_walls"]) + f" s; other processes {other(b['jobs2_runs'])}")
        same = b["outputs_identical"]
        row("b) speed-up jobs1 / jobs2, back-to-back pairs (median)", b["speedup"], "{:.2f}",
            "jobs_speedup", "pairs " + ", ".join(f"{x:.2f}" for x in b["pair_speedups"]) + "; "
            + ("outputs identical" if same else ("outputs DIFFER" if same is False else "")))
        row("b) speed-up, best jobs 1 run / best jobs 2 run", b["speedup_best"], "{:.2f}",
            note="runs taken at different moments")
    if c:
        row("c) cold start claimx extract f01 (median wall)", c["claimx_median_s"], "{:.2f} s",
            note=f"CPU {c['claimx_median_cpu_s']:.2f} s")
        row("c) cold start import spacy; blank('en') (median wall)", c["spacy_blank_median_s"],
            "{:.2f} s", note=f"CPU {c['spacy_blank_median_cpu_s']:.2f} s")
        row("c) ratio of CPU times (medians)", c["ratio"], "{:.2f}", "cold_start_ratio",
            note=f"ratio of wall times {c['ratio_wall']:.2f}")
    if jN is not None:
        row(f"d) peak RSS --jobs 1, first sight {jF['files']:,} files", mb(jF["maxrss_tree_kb"]), "{:.0f} MB")
        row(f"d) peak RSS --jobs 1, first sight {jN['files']:,} files", mb(jN["maxrss_tree_kb"]), "{:.0f} MB")
        row(f"d) ratio {args.scale}x / 1x", results["d_rss"]["ratio"], "{:.2f}", "rss_ratio_4x_1x")
    for label, r in (("1x", j2), (f"{args.scale}x", jN2)):
        if r is None:
            continue
        row(f"d) --jobs 2, {label}: parent peak RSS (sampled)", mb(r["parent_hwm_kb"]), "{:.0f} MB")
        row(f"d) --jobs 2, {label}: largest worker peak (sampled)", mb(r["worker_hwm_kb"]),
            "{:.0f} MB")
        row(f"d) --jobs 2, {label}: max over process tree (rusage)", mb(r["maxrss_tree_kb"]),
            "{:.0f} MB")
    if jN is not None:
        row(f"   --jobs 1 wall ({args.scale}x corpus)", jN["wall_s"], "{:.1f} s",
            note=f"other processes {other([jN])}")
    if jN2 is not None:
        row(f"   --jobs 2 wall ({args.scale}x corpus)", jN2["wall_s"], "{:.1f} s",
            note=f"other processes {other([jN2])}; speed-up {jN['wall_s'] / jN2['wall_s']:.2f}")

    if rows:
        w0 = max(len(r[0]) for r in rows)
        w1 = max(len(r[1]) for r in rows)
        print()
        print(f"{'measure':<{w0}}  {'value':>{w1}}  {'target':<7}  {'':<6}  note")
        print("-" * (w0 + w1 + 30))
        for name, value, target, v, note in rows:
            print(f"{name:<{w0}}  {value:>{w1}}  {target:<7}  {v:<6}  {note}")

    for label, res in (("warm corpus", a), ("first-sight corpus", af)):
        bd = (res or {}).get("breakdown") or {}
        if "seconds" in bd:
            print(f"\nwhere the time goes, {label} ({bd['texts']} texts, {bd['words']:,} words, "
                  f"{bd['total_s']:.2f} s CPU):")
            for name, secs in sorted(bd["seconds"].items(), key=lambda kv: -kv[1]):
                print(f"  {name:<20} {secs:7.2f} s  {100 * bd['share'][name]:5.1f} %")
        elif bd:
            print(f"\n(no per-component breakdown, {label}: {bd.get('error')})")

    print(f"\nload average at end: {' '.join(f'{x:.2f}' for x in info['loadavg_end'])}; "
          f"whole run {results['total_s']:.0f} s")
    summary["verdicts"] = {k: verdict(k, v) for k, v in summary.items() if k in TARGETS}
    results["summary"] = summary
    name = "results.json" if steps >= set("abcd") else f"results_{''.join(sorted(steps))}.json"
    path = os.path.join(out_dir, name)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(results, fh, indent=2)
    print(f"results: {path}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
