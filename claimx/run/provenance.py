"""What made a document: the claimx version and the options that change the output."""
from __future__ import annotations

import functools
import hashlib
import os
from typing import Optional


#: the options that change a document (recorded in its "claimx" key)
OUTPUT_OPTIONS = ("published", "keep_chrome", "include_text", "model", "patterns",
                  "published_from", "published_from_path")


@functools.lru_cache(maxsize=16)
def _file_digest(path: str, size: int, mtime_ns: int) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            h.update(block)
    return "sha256:" + h.hexdigest()[:16]


def provenance(published: Optional[str] = None, keep_chrome: bool = False,
               include_text: bool = False, model: Optional[str] = None,
               patterns: Optional[str] = None, published_from: Optional[str] = None,
               published_from_path: bool = False, **_ignored) -> dict:
    """What made a document: ``{"version": claimx version, "options": {...}}`` with every
    option that changes the output (a patterns file by a digest of its content), so
    ``--skip-existing`` can tell an output of another version or other options."""
    from claimx import __version__

    digest = _digest(patterns) if patterns else None
    options = {"published": published, "keep_chrome": bool(keep_chrome),
               "include_text": bool(include_text), "model": model, "patterns": digest}
    # the per-input publication dates: only when asked, so other outputs keep their record
    if published_from:
        options["published_from"] = _digest(published_from)
    if published_from_path:
        options["published_from_path"] = True
    return {"version": __version__, "options": options}


def _digest(path: str) -> str:
    try:
        st = os.stat(path)
        return _file_digest(path, st.st_size, st.st_mtime_ns)
    except OSError:
        return "unreadable"
