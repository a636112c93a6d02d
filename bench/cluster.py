"""Benchmark: the batch on a local Dask cluster vs in-process, and client memory.

    .venv/bin/python bench/cluster.py                    # 2,000 files (~5 MB), then 4x for memory
    .venv/bin/python bench/cluster.py --files 500 --mb 1.25 --no-scale

Builds a corpus by repeating fixtures/*.txt, each file with a numbered first line, then runs each
measurement in a fresh subprocess (so the pipeline build, the cluster start and the
peak RSS belong to that run alone):

- throughput: ``claimx.run.batch.run_batch(paths, jobs=1)`` vs ``run_cluster(paths, "local:N")``
  (and ``run_batch(jobs=N)`` for reference), every iterator consumed fully and each
  document serialized as the CLI would; wall time includes the pipeline build and, for
  the cluster, starting and stopping it;
- client memory: peak RSS (``resource.getrusage(RUSAGE_SELF).ru_maxrss``) of the process
  that iterates ``run_cluster``, on the corpus and on a corpus 4x as large, to stdout and
  with ``output_dir`` (workers write the files). With ``local:N`` the scheduler lives in
  the client process, so its memory is counted too.

Needs the dask extra: pip install "claimx[dask]".
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_corpus(folder: Path, n: int, total_bytes: int) -> list[str]:
    """``n`` files of about ``total_bytes`` in all, cut from fixtures/*.txt in turn.

    Each file starts with its own numbered line (no two files are the same), then takes
    whole fixture articles, cycling through them, until the running total reaches its
    share of the bytes (at least one article per file). The first quarter of a 4x corpus
    is the 1x corpus.
    """
    texts = [p.read_bytes() for p in sorted((ROOT / "fixtures").glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    per_file = total_bytes / n
    paths = []
    written = k = 0
    for i in range(n):
        parts = [f"Article {i} of the benchmark corpus.\n\n".encode()]
        size = len(parts[0])
        goal = (i + 1) * per_file - written
        while True:
            text = texts[k % len(texts)]
            k += 1
            parts.append(text if text.endswith(b"\n") else text + b"\n")
            size += len(parts[-1])
            if size >= goal:
                break
            parts.append(b"\n")
            size += 1
        path = folder / f"{i:05d}.txt"
        path.write_bytes(b"".join(parts))
        written += size
        paths.append(str(path))
    return paths


def cpu_busy(seconds: float = 1.0) -> float:
    """Fraction of all CPUs busy over ``seconds`` (from /proc/stat; 0.0 elsewhere)."""
    def sample():
        with open("/proc/stat") as fh:
            v = [int(x) for x in fh.readline().split()[1:]]
        return sum(v), v[3] + v[4]
    try:
        t0, i0 = sample()
        time.sleep(seconds)
        t1, i1 = sample()
    except OSError:
        return 0.0
    return 1.0 - (i1 - i0) / max(1, t1 - t0)


def wait_quiet(limit: float, max_wait: float) -> None:
    """Wait (up to ``max_wait`` s) until other processes leave the CPUs alone."""
    deadline = time.time() + max_wait
    while time.time() < deadline:
        busy = cpu_busy(2.0)
        if busy <= limit:
            return
        print(f"  (waiting: CPUs {busy:.0%} busy)", file=sys.stderr)
    print("  (measuring on a busy machine)", file=sys.stderr)


def child(args) -> None:
    """One measurement, in this (fresh) process; prints a JSON line."""
    from claimx.io.writers import dumps

    paths = [str(p) for p in sorted(Path(args.corpus).glob("*.txt"))][: args.files]
    t0 = time.perf_counter()
    n = chars = 0
    if args.how == "batch":
        from claimx.run.batch import run_batch

        records = run_batch(paths, jobs=args.jobs)
    else:
        from claimx.run.cluster import run_cluster

        kwargs = {}
        if args.output_dir:
            out = Path(args.output_dir)
            kwargs = dict(output_dir=str(out),
                          out_names=[str(out / (Path(p).stem + ".json")) for p in paths])
        records = run_cluster(paths, args.address, batch_size=args.batch_size,
                              window=args.window, **kwargs)
    for doc in records:
        n += 1
        chars += len(dumps(doc))
    seconds = time.perf_counter() - t0
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"n": n, "seconds": seconds, "maxrss_mb": rss_kb / 1024, "chars": chars}))


def run(corpus: Path, files: int, how: str, **extra) -> dict:
    cmd = [sys.executable, __file__, "_child", "--corpus", str(corpus), "--files", str(files),
           "--how", how]
    for key, value in extra.items():
        if value is not None:
            cmd += [f"--{key.replace('_', '-')}", str(value)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd")
    c = sub.add_parser("_child")
    c.add_argument("--corpus", required=True)
    c.add_argument("--files", type=int, required=True)
    c.add_argument("--how", choices=["batch", "cluster"], required=True)
    c.add_argument("--jobs", type=int, default=1)
    c.add_argument("--address", default="local:2")
    c.add_argument("--batch-size", type=int, default=16)
    c.add_argument("--window", type=int, default=8)
    c.add_argument("--output-dir")
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--corpus", help="corpus folder (default: a temp folder)")
    ap.add_argument("--no-scale", action="store_true", help="skip the 4x memory runs")
    ap.add_argument("--repeat", type=int, default=2, help="timed runs of each kind (best of)")
    ap.add_argument("--batch-size", dest="batch_sizes", type=int, action="append", default=[],
                    metavar="N", help="also time run_cluster with this batch_size (repeatable)")
    ap.add_argument("--wait", type=float, default=300,
                    help="wait up to this many seconds for idle CPUs before each run")
    ap.add_argument("--quiet-limit", type=float, default=0.15,
                    help="CPUs count as idle below this busy fraction (default 0.15)")
    args = ap.parse_args()
    if args.cmd == "_child":
        return child(args)

    tmp = tempfile.TemporaryDirectory(prefix="claimx-bench-")
    corpus = Path(args.corpus or Path(tmp.name) / "corpus")
    scale = 1 if args.no_scale else 4
    paths = build_corpus(corpus, args.files * scale, int(args.mb * 1e6 * scale))
    size = sum(os.path.getsize(p) for p in paths[: args.files])
    address = f"local:{args.workers}"
    print(f"corpus: {args.files} files, {size / 1e6:.1f} MB; {os.cpu_count()} CPUs; "
          f"cluster {address}")

    kinds = [("run_batch(jobs=1)", "batch", dict(jobs=1)),
             (f"run_batch(jobs={args.workers})", "batch", dict(jobs=args.workers)),
             (f"run_cluster({address!r})", "cluster", dict(address=address))]
    for bs in args.batch_sizes:
        kinds.append((f"run_cluster({address!r}, batch_size={bs})", "cluster",
                      dict(address=address, batch_size=bs)))
    runs: dict[str, list] = {name: [] for name, _, _ in kinds}
    for _ in range(args.repeat):  # interleaved, best of --repeat
        for name, how, extra in kinds:
            wait_quiet(args.quiet_limit, args.wait)
            runs[name].append(run(corpus, args.files, how, **extra))
    best = {name: min(rs, key=lambda r: r["seconds"]) for name, rs in runs.items()}
    base = best["run_batch(jobs=1)"]
    for name, r in best.items():
        print(f"  {name:<42} {r['seconds']:6.1f} s  {r['n'] / r['seconds']:6.1f} files/s  "
              f"{base['seconds'] / r['seconds']:.2f}x  client RSS {r['maxrss_mb']:.0f} MB")
        assert r["chars"] == base["chars"], f"{name}: output differs in size"
    print(f"  (best of {args.repeat}; all times include the pipeline build, the cluster's "
          f"start and stop)")

    if not args.no_scale:
        print("client peak RSS of run_cluster, corpus vs 4x corpus:")
        for mode in ("stdout", "output_dir"):
            rss = []
            for n in (args.files, args.files * scale):
                extra = {}
                if mode == "output_dir":
                    extra["output_dir"] = str(Path(tmp.name) / f"out-{n}")
                wait_quiet(args.quiet_limit, args.wait)
                r = run(corpus, n, "cluster", address=address, **extra)
                rss.append(r["maxrss_mb"])
                print(f"  {mode:<10} {n:6d} files  {r['seconds']:7.1f} s  "
                      f"client RSS {r['maxrss_mb']:.0f} MB")
            print(f"  {mode:<10} growth {rss[1] - rss[0]:+.0f} MB for {scale}x the files")
    tmp.cleanup()


if __name__ == "__main__":
    main()
