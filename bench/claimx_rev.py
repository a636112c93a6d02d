"""Run the benchmarks against a fixed git revision of claimx instead of the working tree.

The working tree is shared with developers who edit ``claimx/`` while a benchmark runs (a
half-saved file breaks or skews a 10-minute run). ``--rev REV`` exports ``claimx/`` at REV
(``git archive``) into the output folder and puts it first on ``PYTHONPATH`` for every child
process (and sets ``PYTHONSAFEPATH`` so the current directory cannot shadow it); the editable
install of the venv stays as it is, its finder comes after ``PYTHONPATH``.
"""
from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def child_env(rev: str | None, workdir: str) -> tuple[dict, dict]:
    """(environment for child processes, description of the claimx they will import)."""
    env = dict(os.environ)
    info: dict = {"rev": rev}
    if rev:
        sha = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", rev], check=True,
                             capture_output=True, text=True).stdout.strip()
        snap = os.path.join(os.path.abspath(workdir), f"claimx-{sha}")
        if os.path.isdir(snap):
            shutil.rmtree(snap)
        os.makedirs(snap)
        data = subprocess.run(["git", "-C", ROOT, "archive", "--format=tar", sha, "claimx"],
                              check=True, capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(data)) as tar:
            tar.extractall(snap)
        env["PYTHONPATH"] = snap + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        env["PYTHONSAFEPATH"] = "1"
        info.update(commit=sha, snapshot=snap)
    else:
        try:
            info["commit"] = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                                            capture_output=True, text=True).stdout.strip()
            dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--", "claimx"],
                                   capture_output=True, text=True).stdout.strip()
            info["working_tree_dirty"] = bool(dirty)
        except OSError:
            pass
    probe = subprocess.run(
        [sys.executable, "-c", "import claimx, spacy; print(claimx.__file__); "
                               "print(claimx.__version__); print(spacy.__version__)"],
        capture_output=True, text=True, env=env, cwd=ROOT)
    lines = probe.stdout.split("\n")
    if probe.returncode != 0 or len(lines) < 3:
        sys.exit(f"bench: cannot import claimx: {probe.stderr[-1000:]}")
    info["file"], info["version"], info["spacy"] = lines[0], lines[1], lines[2]
    if rev and not os.path.abspath(info["file"]).startswith(info["snapshot"]):
        sys.exit(f"bench: claimx resolves to {info['file']}, not the snapshot {info['snapshot']}")
    return env, info


def describe(info: dict) -> str:
    if info.get("rev"):
        return f"claimx {info['version']} at git {info['commit']} (--rev {info['rev']}, snapshot)"
    return (f"claimx {info['version']} from the working tree (git {info.get('commit')}"
            f"{' + uncommitted changes in claimx/' if info.get('working_tree_dirty') else ''})")
