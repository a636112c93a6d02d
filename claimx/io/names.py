"""Path names as text: one escape for bytes that are not UTF-8, one rule for output names.

POSIX file names are bytes; Python hands undecodable bytes over as lone surrogates
(``os.fsdecode``), which no UTF-8 output can carry. Everywhere claimx shows or derives a
name (the ``source`` field, ``--output-dir`` file names, messages) each such byte is written
``%XX`` (upper-case hex): ``bad\\xff.txt`` is shown as ``bad%FF.txt``. Valid names are kept
as they are, so the escape is only ambiguous for a name that already contains ``%XX`` next
to one that needs it; two inputs that would share an output name are a usage error.
"""
from __future__ import annotations

import hashlib
import os
import re

#: longest file name most file systems take, in bytes
NAME_MAX = 255

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def display_path(path: str) -> str:
    """``path`` as valid Unicode text: undecodable bytes as ``%XX``."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        pass
    raw = os.fsencode(path)
    out, i = [], 0
    while i < len(raw):
        try:
            out.append(raw[i:].decode("utf-8"))
            break
        except UnicodeDecodeError as e:
            out.append(raw[i:i + e.start].decode("utf-8"))
            out.extend(f"%{b:02X}" for b in raw[i + e.start:i + e.end])
            i += e.end
    return "".join(out)


def terminal_safe(message: str) -> str:
    """A message fit for a terminal: control characters (ANSI escapes start with ESC) and
    undecodable bytes written as ``\\xNN`` / ``%XX``, so a file name cannot move the cursor,
    change colours or retitle the window."""
    message = display_path(message)
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", message)


def output_name(name: str, suffix: str = ".json") -> str:
    """The output file name for an input named ``name``: the whole name (escaped as
    :func:`display_path`) plus ``suffix``, so ``story.txt`` and ``story.html`` never share
    one and a new sibling never renames an old output. A result longer than NAME_MAX bytes
    keeps its start and gets ``~`` and 12 hex digits of the name's SHA-256."""
    shown = display_path(name)
    full = shown + suffix
    if len(full.encode("utf-8")) <= NAME_MAX:
        return full
    digest = hashlib.sha256(shown.encode("utf-8")).hexdigest()[:12]
    budget = NAME_MAX - len(suffix) - 13
    head = shown.encode("utf-8")[:budget].decode("utf-8", errors="ignore")
    return f"{head}~{digest}{suffix}"
