"""The inputs of a batch: files and folders from the command line, walked without
recursion, sorted, with the folders that could not be listed kept as error items."""
from __future__ import annotations

import fnmatch
import os
from typing import Iterable, NamedTuple, Optional

from claimx.io.names import display_path

DEFAULT_GLOBS = ["*.txt", "*.md", "*.html", "*.htm"]


class InputItem(NamedTuple):
    """One input: ``path`` as given to the reader, ``rel`` its path relative to the
    folder argument it was found in (the file name for explicit files), and the
    folder argument itself (``None`` for explicit files and stdin). ``error`` is set for a
    folder that could not be listed: ``(etype, message)`` of the error record it becomes."""

    path: str
    rel: str
    root: Optional[str]
    error: Optional[tuple[str, str]] = None


def _matches(name: str, globs: list[str]) -> bool:
    low = name.lower()
    return any(fnmatch.fnmatchcase(low, g.lower()) for g in globs)


def check_globs(globs: Optional[Iterable[str]]) -> None:
    """Raise ValueError for a ``--glob`` that can never match a file name: an unclosed
    ``[`` (fnmatch would take it literally) or a ``/`` (patterns match names, not paths)."""
    for g in globs or ():
        if not g:
            raise ValueError("an empty --glob matches nothing")
        if "/" in g or os.sep in g:
            raise ValueError(f"--glob {g!r}: patterns match file names, not paths (no '/')")
        i = 0
        while i < len(g):
            if g[i] == "[":
                j = i + 1
                if j < len(g) and g[j] in "!^":
                    j += 1
                if j < len(g) and g[j] == "]":
                    j += 1
                close = g.find("]", j)
                if close == -1:
                    raise ValueError(f"--glob {g!r}: '[' without a closing ']' "
                                     f"(write [[] for a literal '[')")
                i = close
            i += 1


def _walk(root: str, globs: list[str]) -> list[InputItem]:
    """Every matching file under ``root``, sorted by path; without recursion (a tree
    thousands of levels deep is walked like a flat one). A folder that cannot be listed
    (permission denied, a path too long to open) becomes an error item."""
    found: list[tuple[tuple[str, ...], InputItem]] = []
    visited: set[tuple[int, int]] = set()
    try:
        st = os.stat(root)
        visited.add((st.st_dev, st.st_ino))
    except OSError:
        pass
    stack: list[tuple[str, tuple[str, ...]]] = [(root, ())]
    while stack:
        directory, parts = stack.pop()
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            reason = e.strerror or type(e).__name__
            shown = display_path(directory)
            found.append((parts, InputItem(directory, "/".join(parts), root,
                                           ("unreadable", f"{shown}: cannot list this folder: {reason}"))))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()  # follows symlinks; loops are caught by `visited`
                is_file = not is_dir and entry.is_file()
            except OSError:
                continue
            if is_dir:
                try:
                    est = entry.stat()
                    key = (est.st_dev, est.st_ino)
                except OSError:
                    key = None
                if key is not None:
                    if key in visited:
                        continue  # a symlink loop, or the same folder reached twice
                    visited.add(key)
                stack.append((entry.path, parts + (entry.name,)))
            elif is_file and _matches(entry.name, globs):
                rel = parts + (entry.name,)
                found.append((rel, InputItem(entry.path, "/".join(rel), root)))
    found.sort(key=lambda item: item[0])
    return [item for _, item in found]


def collect_items(paths: Iterable[str], globs: Optional[list[str]] = None) -> list[InputItem]:
    """Like :func:`collect_inputs`, but says where each input was found (and which folders
    could not be listed). Raises ValueError for a glob that can never match."""
    check_globs(globs)
    globs = list(globs) if globs else list(DEFAULT_GLOBS)
    items: list[InputItem] = []
    for path in paths:
        if path == "-":
            items.append(InputItem("-", "stdin", None))
        elif os.path.isdir(path):
            items.extend(_walk(path, globs))
        else:
            # a file (kept whatever its extension) or a path that does not exist
            # (kept, it becomes a not_found error record)
            items.append(InputItem(path, os.path.basename(path.rstrip("/\\")) or path, None))
    return items


def collect_inputs(paths: list[str], globs: Optional[list[str]] = None) -> list[str]:
    """Expand folders (recursively, sorted, skipping dotfiles) into the files to process.

    Explicit files and ``"-"`` are kept as given, in argument order; folder contents
    are filtered by ``globs`` (default: ``*.txt *.md *.html *.htm``, case-insensitive).
    """
    return [item.path for item in collect_items(paths, globs)]
