#!/usr/bin/env python3
"""claimx adversarial inputs: time ``claimx.extract`` on pathological texts.

Run from the project root with the project's venv::

    .venv/bin/python bench/adversarial.py                  # every case
    .venv/bin/python bench/adversarial.py --only quotes    # cases whose name contains "quotes"
    .venv/bin/python bench/adversarial.py --list           # the cases and their sizes
    .venv/bin/python bench/adversarial.py --shapes --fuzz 20000   # issue #26's table (shapes.py)

``--shapes`` runs instead the shapes of issue #26 (each at 100 KB and 1 MB, timed as a ratio
to real prose of the same size, render timed against extract) and, with ``--fuzz N``, N
random texts; the other options of that mode are those of ``bench/shapes.py``.

Each case is written to a temp folder, then run in its own child process: the child loads
and warms the pipeline (``claimx.load()`` and one fixture through ``claimx.extract``), reads
the case, and times one ``claimx.extract(text)`` call. The child is killed if it runs longer
than its timeout (30 s; 240 s for the 20 MB article, so its real time is known), so the
script always finishes; such a case is a FAIL with "timeout". Each case also shows its
slowdown: its time over the time the same number of words of the fixtures takes (measured
first, in a child of its own), so "x1" is plain throughput and "x100" a pathology. A case FAILs if it takes longer than its bound (5 s; 60 s for
the 20 MB article), raises, or (CLI check) ``claimx extract FILE --quiet`` exits non-zero or
prints a traceback. The child also checks the claimx/1 offset contract
(``text[start:end] == item["text"]``) and reports mismatches as a warning.

Other developers edit claimx/ while this runs: ``--rev HEAD`` tests a snapshot of a commit
instead of the working tree (see claimx_rev.py).

Exit status: 0 if every case passes, 1 otherwise.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import claimx_rev
from speed import cpu_model, usable_cpus

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIXTURES = os.path.join(ROOT, "fixtures")

DEFAULT_BOUND = 5.0
BIG_BOUND = 60.0
MIN_TIMEOUT = 30.0
BIG_TIMEOUT = 240.0


def fixture_texts() -> list[str]:
    texts = []
    for p in sorted(glob.glob(os.path.join(FIXTURES, "*.txt"))):
        with open(p, encoding="utf-8", newline="") as fh:
            texts.append(fh.read())
    if not texts:
        sys.exit(f"adversarial: no fixtures in {FIXTURES}")
    return texts


def repeat_to(unit: str, n_chars: int) -> str:
    return (unit * (n_chars // max(1, len(unit)) + 1))[:n_chars]


def _unicode_mix(texts: list[str], n_chars: int) -> str:
    """The fixtures with NBSP, zero-width and bidi marks sprinkled in (deterministic)."""
    marks_space = ["\u00a0", " \u200b", "\u200b ", "\u202f", " \u200e", "\u200f ", "\u2009"]
    marks_in_word = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f",
                     "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
                     "\u2069", "\u00ad"]
    out = []
    k = 0
    base = "\n\n".join(texts)
    for ch in base:
        k += 1
        if ch == " " and k % 3 == 0:
            out.append(marks_space[k % len(marks_space)])
        elif ch.isalpha() and k % 11 == 0:
            out.append(ch + marks_in_word[k % len(marks_in_word)])
        else:
            out.append(ch)
    return repeat_to("".join(out) + "\n\n", n_chars)


def build_cases(texts: list[str], big_mb: float) -> list[dict]:
    """(name, text, bound, note) for every case."""
    joined = "\n\n".join(t.strip("\n") for t in texts) + "\n\n"
    no_space = "".join(joined.split())
    cap_words = ("Attorney General John Smith Federal Trade Commission Meta Platforms Inc "
                 "Judge Mary Jones Section Act Twitter Facebook Google Amazon Apple Microsoft "
                 "Senator Court District Northern California January March Supreme").split()
    lines = []
    for i in range(20_000):
        lines.append(" ".join(cap_words[(i * 7 + j * 3) % len(cap_words)] for j in range(10)))
    cap_mixed = "\n".join(lines) + "\n"
    cases = [
        ("straight_quotes_100k", '"' * 100_000, "100,000 unmatched straight quote marks"),
        ("curly_open_quotes_100k", "\u201c" * 100_000, "100,000 unmatched curly \u201c"),
        ("alternating_curly_straight_50k", "\u201c\"" * 50_000, "\u201c and \" alternating 50,000 times"),
        ("quotes_with_words_50k", "\u201cword \"said " * 50_000,
         "\u201cword \"said  x 50,000 (quotes with words and a cue verb)"),
        ("deep_parens_100k", "(" * 100_000, "( x 100,000"),
        # the same marks with spaces between them (each is its own token, every quote mark
        # reaches the quote pairing), and blobs just under 2,000 characters
        ("spaced_straight_quotes_50k", '" ' * 50_000, "\" followed by a space, x 50,000"),
        ("spaced_curly_quotes_50k", "\u201c " * 50_000, "\u201c followed by a space, x 50,000"),
        ("spaced_parens_50k", "( " * 50_000, "( followed by a space, x 50,000"),
        ("quote_blobs_1999", ('"' * 1_999 + " ") * 50, "50 runs of 1,999 straight quote marks"),
        ("paren_blobs_1999", ("(" * 1_999 + " ") * 50, "50 runs of 1,999 ("),
        ("no_space_line_5mb", repeat_to(no_space, 5_000_000),
         "one 5 MB line without spaces (fixtures with whitespace removed)"),
        ("long_token_100k", "The plaintiff said " + repeat_to("abcdefghij", 100_000)
         + " was liable under Section 230.\n", "one 100,000-character token inside a sentence"),
        ("section_50k", "Section " * 50_000, "\"Section \" x 50,000"),
        ("act_50k", "Act " * 50_000, "\"Act \" x 50,000"),
        ("the_act_of_30k", "the Act of " * 30_000, "\"the Act of \" x 30,000"),
        ("usc_section_30k", "U.S.C. \u00a7 " * 30_000, "\"U.S.C. \u00a7 \" x 30,000"),
        ("january_1_50k", "January 1, " * 50_000, "\"January 1, \" x 50,000"),
        ("john_50k", "John " * 50_000, "\"John \" x 50,000"),
        ("judge_50k", "Judge " * 50_000, "\"Judge \" x 50,000"),
        ("cap_A_lines_20k", "A A A A A A A A A A\n" * 20_000,
         "20,000 lines of 10 capitalized words (\"A\" x 10)"),
        ("cap_words_lines_20k", cap_mixed,
         "20,000 lines of 10 capitalized words (names, agencies, platforms, months)"),
        # the fixture-based cases are ~200 KB (~35,000 words, ~1 s at the normal rate), so a
        # failure means a pathology, not plain throughput
        ("unicode_marks_200k", _unicode_mix(texts, 200_000),
         "fixtures with NBSP, zero-width, soft hyphen and RTL/LTR marks, ~200 KB"),
        ("crlf_200k", repeat_to(joined.replace("\n", "\r\n"), 200_000), "fixtures with CRLF, ~200 KB"),
        ("lone_cr_200k", repeat_to(joined.replace("\n", "\r"), 200_000),
         "fixtures with lone CR, ~200 KB"),
        ("no_newline_200k", repeat_to(joined.replace("\n", " "), 200_000),
         "fixtures as one ~200 KB line (spaces kept, no newlines)"),
        ("realistic_%dmb" % big_mb, repeat_to(joined, int(big_mb * 1_000_000)),
         "%g MB realistic text: the fixtures repeated, one document" % big_mb),
    ]
    out = []
    for name, text, note in cases:
        big = name.startswith("realistic_")
        bound = BIG_BOUND if big else DEFAULT_BOUND
        # the big case gets room to finish, so its real time is known even when over the bound
        timeout = BIG_TIMEOUT if big else max(MIN_TIMEOUT, 2 * bound)
        out.append({"name": name, "text": text, "bound": bound, "timeout": timeout,
                    "note": note})
    return out


# --------------------------------------------------------------------------- child

CHILD_CODE = r"""
import json, os, resource, sys, time
path, warm, ready = sys.argv[1], sys.argv[2], sys.argv[3]

def rss_kb():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])

import claimx
claimx.load()
with open(warm, encoding="utf-8") as fh:
    claimx.extract(fh.read())
with open(path, encoding="utf-8", newline="") as fh:
    text = fh.read()
base_kb = rss_kb()
open(ready, "w").close()
t0 = time.perf_counter()
try:
    doc = claimx.extract(text)
except Exception as e:
    import traceback
    print(json.dumps({"error": f"{type(e).__name__}: {e}",
                      "traceback": traceback.format_exc()[-3000:],
                      "seconds": time.perf_counter() - t0}), flush=True)
    sys.exit(3)
secs = time.perf_counter() - t0
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
counts = {}
bad = []
for key, val in doc.items():
    if isinstance(val, list):
        counts[key] = len(val)
        for item in val:
            if not isinstance(item, dict):
                continue
            spans = [item] + [m for m in item.get("mentions") or [] if isinstance(m, dict)]
            for s in spans:
                if isinstance(s.get("start"), int) and isinstance(s.get("end"), int) \
                        and isinstance(s.get("text"), str):
                    if text[s["start"]:s["end"]] != s["text"]:
                        bad.append((key, s["start"], s["end"], s["text"][:40]))
            if isinstance(item.get("speaker_start"), int) and isinstance(item.get("speaker_text"), str):
                if text[item["speaker_start"]:item["speaker_end"]] != item["speaker_text"]:
                    bad.append((key + ".speaker", item["speaker_start"], item["speaker_end"],
                                item["speaker_text"][:40]))
print(json.dumps({"seconds": secs, "chars": len(text), "words": len(text.split()),
                  "base_rss_mb": base_kb / 1024, "peak_rss_mb": peak_kb / 1024,
                  "counts": counts, "offset_mismatches": len(bad), "mismatch_examples": bad[:3]}),
      flush=True)
"""


ENV: dict | None = None  # environment of every child process (see claimx_rev.py)


def run_child(cmd: list[str], timeout: float, ready_file: str | None = None
              ) -> tuple[str, str, int | None, float]:
    """Run ``cmd`` in its own process group; kill the group after ``timeout`` seconds.

    With ``ready_file`` the timeout starts when the child creates that file (the pipeline
    is loaded and warmed), so load time never counts against a case; loading itself is
    bounded by 120 s. Output goes through temp files (no pipe can fill up).
    Returns (stdout, stderr, returncode or None on timeout, wall seconds).
    """
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as fout, \
            tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as ferr:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=fout, stderr=ferr, cwd=ROOT, env=ENV,
                                start_new_session=True)
        deadline = t0 + (120 if ready_file else timeout)
        started = ready_file is None
        rc = None
        while True:
            rc = proc.poll()
            if rc is not None:
                break
            now = time.perf_counter()
            if not started and os.path.exists(ready_file):
                started = True
                deadline = now + timeout
            if now > deadline:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except OSError:
                    pass
                proc.wait()
                rc = None
                break
            time.sleep(0.05)
        wall = time.perf_counter() - t0
        fout.seek(0)
        ferr.seek(0)
        return fout.read(), ferr.read(), rc, wall


def claimx_exe() -> str:
    cand = os.path.join(os.path.dirname(sys.executable), "claimx")
    return cand if os.path.exists(cand) else (shutil.which("claimx") or "claimx")


def main() -> int:
    if "--shapes" in sys.argv[1:]:
        import shapes

        return shapes.main([a for a in sys.argv[1:] if a != "--shapes"])
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", action="append", default=[],
                    help="run only cases whose name contains this (repeatable)")
    ap.add_argument("--list", action="store_true", help="list the cases and exit")
    ap.add_argument("--big-mb", type=float, default=20, help="size of the realistic case (MB)")
    ap.add_argument("--timeout", type=float, default=None,
                    help="per-case timeout in seconds (default: 30; 240 for the big case)")
    ap.add_argument("--cli", choices=["all", "big", "none"], default="all",
                    help="also run `claimx extract FILE --quiet` on all cases, on those of "
                         ">= 1 MB, or none (default: all)")
    ap.add_argument("--json", metavar="FILE", help="also write the results here")
    ap.add_argument("--keep", action="store_true", help="keep the temp folder of inputs")
    ap.add_argument("--rev", metavar="REV",
                    help="test claimx/ as of this git revision (e.g. HEAD), exported to a temp "
                         "folder, instead of the working tree")
    args = ap.parse_args()

    texts = fixture_texts()
    cases = build_cases(texts, args.big_mb)
    if args.only:
        cases = [c for c in cases if any(o in c["name"] for o in args.only)]
    if args.list:
        for c in cases:
            print(f"{c['name']:<32} {len(c['text'].encode('utf-8')):>11,} bytes  "
                  f"bound {c['bound']:g} s  {c['note']}")
        return 0

    nproc, cpu = usable_cpus(), cpu_model()
    global ENV
    t_start = time.perf_counter()
    tmp = tempfile.mkdtemp(prefix="claimx-adversarial-")
    ENV, claimx_info = claimx_rev.child_env(args.rev, tmp)
    print(f"claimx adversarial inputs — {time.strftime('%Y-%m-%d %H:%M:%S %Z')}; "
          f"{nproc} CPUs ({cpu}); python {platform.python_version()}, spaCy "
          f"{claimx_info['spacy']}; {claimx_rev.describe(claimx_info)}; "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)

    warm = os.path.join(FIXTURES, "f01_biometric_suit.txt")
    results = []
    try:
        for c in cases:
            path = os.path.join(tmp, c["name"] + ".txt")
            data = c["text"].encode("utf-8")
            with open(path, "wb") as fh:
                fh.write(data)
            c["path"], c["bytes"] = path, len(data)
            del c["text"]

        # the normal rate: ~300 KB of the fixtures as one document
        calib = os.path.join(tmp, "_calibration.txt")
        with open(calib, "w", encoding="utf-8", newline="") as fh:
            fh.write(repeat_to("\n\n".join(t.strip("\n") for t in texts) + "\n\n", 300_000))
        out, err, rc, _ = run_child([sys.executable, "-c", CHILD_CODE, calib, warm,
                                     calib + ".ready"], 120, ready_file=calib + ".ready")
        chars_per_s = None
        try:
            cal = json.loads(out.strip().splitlines()[-1])
            chars_per_s = cal["chars"] / cal["seconds"]
            print(f"normal rate (fixtures, one 300 KB document): {cal['words'] / cal['seconds']:,.0f} "
                  f"words/s, {chars_per_s:,.0f} chars/s\n", flush=True)
        except (ValueError, IndexError, KeyError, ZeroDivisionError):
            print(f"(calibration failed: rc {rc} {err[-300:]})", flush=True)

        for c in cases:
            timeout = args.timeout or c["timeout"]
            r = {"name": c["name"], "note": c["note"], "bytes": c["bytes"], "bound": c["bound"],
                 "timeout": timeout}
            ready = c["path"] + ".ready"
            out, err, rc, wall = run_child([sys.executable, "-c", CHILD_CODE, c["path"], warm,
                                            ready], timeout, ready_file=ready)
            lines = [l for l in out.splitlines() if l.strip()]
            last = None
            try:
                last = json.loads(lines[-1]) if lines else None
            except ValueError:
                pass
            if rc is None:
                r.update(status="FAIL", reason=f"timeout (> {timeout:g} s)", seconds=None)
            elif last and "error" in last:
                r.update(status="FAIL", reason=f"raised {last['error']}", seconds=last["seconds"],
                         traceback=last.get("traceback"))
            elif rc != 0 or not last or "seconds" not in last:
                r.update(status="FAIL", reason=f"child exited {rc}: {err.strip()[-300:]}",
                         seconds=None)
            else:
                r.update(last)
                if chars_per_s:
                    r["slowdown"] = last["seconds"] / (last["chars"] / chars_per_s)
                ok = last["seconds"] <= c["bound"]
                r.update(status="PASS" if ok else "FAIL",
                         reason="" if ok else f"over the {c['bound']:g} s bound")
                if last.get("offset_mismatches"):
                    r["warning"] = f"{last['offset_mismatches']} offset mismatches"

            want_cli = args.cli == "all" or (args.cli == "big" and c["bytes"] >= 1_000_000)
            if want_cli and rc is not None:
                out_path = path + ".json"
                cmd = ["sh", "-c", 'exec "$0" extract "$1" --quiet > "$2"', claimx_exe(),
                       c["path"], out_path]
                _, cerr, crc, cwall = run_child(cmd, timeout + 10)
                cli = {"rc": crc, "wall_s": cwall}
                problems = []
                if crc is None:
                    problems.append("CLI timeout")
                elif crc != 0:
                    problems.append(f"CLI exit {crc}")
                if "Traceback" in cerr:
                    problems.append("CLI traceback on stderr")
                if crc == 0:
                    try:
                        with open(out_path, encoding="utf-8") as fh:
                            doc = json.load(fh)
                        if "error" in doc:
                            problems.append(f"CLI error record {doc['error'].get('type')}")
                    except (OSError, ValueError) as e:
                        problems.append(f"CLI output is not one JSON document ({e})")
                if os.path.exists(out_path):
                    os.remove(out_path)
                cli["problems"] = problems
                cli["stderr"] = cerr[-500:]
                r["cli"] = cli
                if problems:
                    r["status"] = "FAIL"
                    r["reason"] = "; ".join(filter(None, [r.get("reason"), *problems]))
            results.append(r)

            secs = f"{r['seconds']:8.2f} s" if r.get("seconds") is not None else "       — "
            mem = f"{r['peak_rss_mb']:6.0f} MB" if r.get("peak_rss_mb") else "         "
            cli_s = ""
            if "cli" in r:
                cli_s = (f"cli {r['cli']['wall_s']:6.1f} s rc {r['cli']['rc']}"
                         if r["cli"]["rc"] is not None else "cli timeout")
            extra = "; ".join(filter(None, [r.get("reason"), r.get("warning")]))
            slow = f"x{r['slowdown']:<6.1f}" if r.get("slowdown") is not None else "       "
            print(f"{r['status']:<4}  {c['name']:<32} {c['bytes']:>11,} B {secs} {slow} "
                  f"(bound {c['bound']:>2g} s) peak {mem}  {cli_s}  {extra}", flush=True)
    finally:
        if args.keep:
            print(f"inputs kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    failed = [r for r in results if r["status"] != "PASS"]
    print(f"\n{len(results) - len(failed)}/{len(results)} cases passed in "
          f"{time.perf_counter() - t_start:.0f} s"
          + (f"; FAILED: {', '.join(r['name'] for r in failed)}" if failed else ""))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"date": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "nproc": nproc, "cpu": cpu,
                       "normal_chars_per_s": chars_per_s, "claimx": claimx_info,
                       "python": platform.python_version(), "results": results}, fh, indent=2)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
