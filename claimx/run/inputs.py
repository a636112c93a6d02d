"""The inputs of a batch: files and folders from the command line, walked without
recursion, sorted, with the folders that could not be listed kept as error items."""
from __future__ import annotations

import fnmatch
import os
from bisect import bisect_right
from collections.abc import Sequence
from typing import Iterable, NamedTuple, Optional, Union

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


def _walk(root: str, globs: list[str]) -> list[Union[str, InputItem]]:
    """Every matching file under ``root``, sorted by path, as its path relative to ``root``
    (a ``Listing`` row); without recursion (a tree thousands of levels deep is walked like a
    flat one). A folder that cannot be listed (permission denied, a path too long to open)
    becomes an error item."""
    found: list[tuple[tuple[str, ...], Union[str, InputItem]]] = []
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
                found.append((rel, "/".join(rel)))  # entry.path == os.path.join(root, rel)
    found.sort(key=lambda item: item[0])
    return [item for _, item in found]


class Listing(Sequence):
    """The items of a batch, in order. A file found in a folder is kept as one string, its
    path relative to that folder, and becomes an ``InputItem`` when asked for: 32,000 files
    then hold ~2 MB instead of ~9 MB for the whole run, so peak memory does not grow with the
    number of files (issue #24). Other items (explicit files, stdin, error items) are kept as
    they are."""

    def __init__(self):
        self._rows: list[Union[str, InputItem]] = []
        self._starts: list[int] = []  # where each folder's rows start ...
        self._roots: list[Optional[str]] = []  # ... and that folder (None: rows are items)

    def _add(self, rows, root: Optional[str]) -> None:
        self._starts.append(len(self._rows))
        self._roots.append(root)
        self._rows.extend(rows)

    def __len__(self) -> int:
        return len(self._rows)

    @staticmethod
    def _build(row, root: Optional[str]) -> InputItem:
        return InputItem(os.path.join(root, row), row, root) if isinstance(row, str) else row

    def _item(self, k: int, row) -> InputItem:
        if not isinstance(row, str):
            return row
        return self._build(row, self._roots[bisect_right(self._starts, k) - 1])

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self._item(i, self._rows[i]) for i in range(*k.indices(len(self._rows)))]
        if k < 0:
            k += len(self._rows)
        return self._item(k, self._rows[k])

    def __iter__(self):
        rows, starts, roots = self._rows, self._starts, self._roots
        for g, lo in enumerate(starts):
            hi = starts[g + 1] if g + 1 < len(starts) else len(rows)
            root = roots[g]
            for k in range(lo, hi):
                yield self._build(rows[k], root)

    def __eq__(self, other) -> bool:
        return list(self) == list(other) if isinstance(other, (list, Listing)) else NotImplemented

    def __repr__(self) -> str:
        return f"Listing({list(self)!r})"


def collect_items(paths: Iterable[str], globs: Optional[list[str]] = None) -> Listing:
    """Like :func:`collect_inputs`, but says where each input was found (and which folders
    could not be listed), as a ``Listing`` of ``InputItem``. Raises ValueError for a glob
    that can never match."""
    check_globs(globs)
    globs = list(globs) if globs else list(DEFAULT_GLOBS)
    items = Listing()
    for path in paths:
        if path == "-":
            items._add([InputItem("-", "stdin", None)], None)
        elif os.path.isdir(path):
            items._add(_walk(path, globs), path)
        else:
            # a file (kept whatever its extension) or a path that does not exist
            # (kept, it becomes a not_found error record)
            items._add([InputItem(path, os.path.basename(path.rstrip("/\\")) or path, None)], None)
    return items


def collect_inputs(paths: list[str], globs: Optional[list[str]] = None) -> list[str]:
    """Expand folders (recursively, sorted, skipping dotfiles) into the files to process.

    Explicit files and ``"-"`` are kept as given, in argument order; folder contents
    are filtered by ``globs`` (default: ``*.txt *.md *.html *.htm``, case-insensitive).
    """
    return [item.path for item in collect_items(paths, globs)]
