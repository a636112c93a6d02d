"""Signals to a real ``claimx extract --jobs 2`` process: it stops within a second or so,
leaves no temp file and no worker behind, keeps what it finished, and says one line."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import FIXTURES

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc")


def corpus(tmp_path, n=400):
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("f0*.txt"))]
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:04d}.txt").write_text(f"Copy {i}.\n\n" + texts[i % len(texts)], encoding="utf-8")
    return folder


def start(*args, stdout=subprocess.DEVNULL):
    return subprocess.Popen([sys.executable, "-m", "claimx", "extract", *map(str, args)],
                            stdout=stdout, stderr=subprocess.PIPE, start_new_session=True)


def children(pid):
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def alive(pid):
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for(condition, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def started_writing(proc, out, workers=2):
    """True once the workers run and the first outputs exist."""
    return wait_for(lambda: len(children(proc.pid)) >= workers and
                    len([p for p in out.iterdir() if p.suffix == ".json"]) >= 2)


def test_sigterm_with_jobs_2_and_output_dir(tmp_path):
    folder, out = corpus(tmp_path), tmp_path / "out"
    out.mkdir()
    proc = start(folder, "--jobs", 2, "--output-dir", out)
    assert started_writing(proc, out)
    workers = children(proc.pid)
    t0 = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 143
    assert time.monotonic() - t0 < 5  # wide margin: about a second on a busy machine
    assert err.decode() == "claimx: interrupted\n"
    assert wait_for(lambda: not any(alive(w) for w in workers), 5)
    names = sorted(p.name for p in out.iterdir())
    assert names and all(n.endswith(".txt.json") for n in names)  # no temp file left
    for name in names:  # every file kept is complete
        assert json.loads((out / name).read_text(encoding="utf-8"))["schema"] == "claimx/1"
    assert len(names) < 400


def test_sigkill_of_the_parent_takes_the_workers_and_a_resume_cleans_up(tmp_path):
    folder, out = corpus(tmp_path, 200), tmp_path / "out"
    out.mkdir()
    proc = start(folder, "--jobs", 2, "--output-dir", out)
    assert started_writing(proc, out)
    workers = children(proc.pid)
    assert len(workers) == 2
    proc.kill()
    proc.wait(timeout=10)
    assert wait_for(lambda: not any(alive(w) for w in workers), 5), "orphaned workers"
    # a temp file from the moment of the kill (if any) is removed by the next run
    fake_dead = out / ".claimx-{}-999999999-abcd1234.tmp"
    from claimx.io.writers import _HOST
    Path(str(fake_dead).format(_HOST)).write_text("half a docu", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "claimx", "extract", str(folder), "--jobs", "2",
                           "--output-dir", str(out), "--skip-existing"], capture_output=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(f"{i:04d}.txt.json" for i in range(200))
    last = done.stderr.decode().splitlines()[-1]
    assert last.startswith("claimx: done: 200 inputs, ") and last.endswith(" skipped (up to date)")


def test_sigterm_with_output_file_keeps_the_finished_records(tmp_path):
    folder, target = corpus(tmp_path), tmp_path / "all.jsonl"
    proc = start(folder, "--jobs", 2, "-o", target)
    assert wait_for(lambda: len(children(proc.pid)) >= 2 and any(
        p.stat().st_size > 20000 for p in tmp_path.iterdir() if p.name.endswith(".tmp")))
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 143
    assert not target.exists()
    partial = tmp_path / "all.jsonl.partial"
    lines = partial.read_text(encoding="utf-8").splitlines()
    assert err.decode() == f"claimx: interrupted; the {len(lines)} finished records are in {partial}\n"
    docs = [json.loads(line) for line in lines]  # whole records only
    assert [d["source"] for d in docs] == [str(folder / f"{i:04d}.txt") for i in range(len(docs))]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_sigint_to_the_parent_only_is_one_line(tmp_path):
    folder, target = corpus(tmp_path, 300), tmp_path / "stdout.jsonl"
    with open(target, "wb") as fh:
        proc = start(folder, "--jobs", 2, stdout=fh)
        assert wait_for(lambda: target.read_bytes().count(b"\n") >= 2)
        proc.send_signal(signal.SIGINT)  # the parent alone, not its process group
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert err.decode() == "claimx: interrupted\n"
    lines = target.read_text(encoding="utf-8").split("\n")
    docs = [json.loads(line) for line in lines[:-1]]  # every finished line is whole JSON
    assert [d["source"] for d in docs] == [str(folder / f"{i:04d}.txt") for i in range(len(docs))]


def handles(pid, signum):
    """Whether the process has installed a handler for ``signum`` (SigCgt in /proc)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("SigCgt:"):
                return bool(int(line.split()[1], 16) >> (signum - 1) & 1)
    except OSError:
        pass
    return False


@pytest.mark.parametrize("signum,code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_during_start_up_is_as_quiet(tmp_path, signum, code):
    folder = corpus(tmp_path, 20)
    proc = start(folder, "--jobs", 2)
    assert wait_for(lambda: handles(proc.pid, signal.SIGTERM) or proc.poll() is not None, 60)
    proc.send_signal(signum)  # while Typer, rich and spaCy are still being imported
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == code
    assert err.decode() == "claimx: interrupted\n"


def test_sigint_while_blocked_on_a_full_pipe(tmp_path):
    """The reader stops reading: claimx blocks in write(); Ctrl-C still ends it quietly."""
    folder = corpus(tmp_path, 200)
    proc = start(folder, "--jobs", 2, "--include-text", stdout=subprocess.PIPE)
    assert wait_for(lambda: "pipe_write" in Path(f"/proc/{proc.pid}/wchan").read_text(), 60)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert err.decode() == "claimx: interrupted\n"
    assert out.count(b"\n") < 200


def test_a_parallel_run_ends_with_its_summary_and_nothing_else(tmp_path):
    folder = corpus(tmp_path, 24)
    done = subprocess.run([sys.executable, "-m", "claimx", "extract", str(folder), "--jobs", "2"],
                          capture_output=True, timeout=300)
    assert done.returncode == 0
    assert done.stderr.decode() == "claimx: done: 24 inputs, 24 processed, 0 errors\n"
    assert done.stdout.count(b"\n") == 24


def test_own_temp_files_are_removed_only_when_asked(tmp_path):
    """After an interrupt the run removes its own temp files too (one the signal caught
    between creating it and the cleanup that guards it); otherwise only dead runs' temps go."""
    import os

    from claimx.io.writers import _HOST, remove_stale_temps

    mine = tmp_path / f".claimx-{_HOST}-{os.getpid()}-abc123.tmp"
    other = tmp_path / "0001.txt.json"
    mine.write_text("x")
    other.write_text("{}")
    assert remove_stale_temps(str(tmp_path)) == 0 and mine.exists()
    assert remove_stale_temps(str(tmp_path), own=True) == 1
    assert not mine.exists() and other.exists()


def test_a_signal_inside_a_deferred_block_is_raised_when_the_block_is_done(monkeypatch):
    from claimx.cli import signals as sig

    monkeypatch.setattr(sig, "_pending", [])
    monkeypatch.setattr(sig, "_armed", 1)
    done = []
    with pytest.raises(sig.Terminated):
        with sig.deferred():
            sig._on_signal(signal.SIGTERM, None)  # as the handler is called between two bytecodes
            done.append("written")
            done.append("counted")
    assert done == ["written", "counted"]
