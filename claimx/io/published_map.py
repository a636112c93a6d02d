"""Publication dates for inputs whose text states none: a mapping file (``--published-from``)
and dates in the input's own path (``--published-from-path``).

The mapping is CSV (``source,published`` a row, an optional header row) or JSON Lines
(``{"source": ..., "published": ...}`` a line); a ``source`` names an input by its path or by
its last path components ("a.txt", "2024/a.txt", "news/2024/a.txt"): the longest key that ends
the input's path wins, so a bare file name serves every file of that name. An empty date
means "not known" (the input falls back as if unlisted). Precedence for one input: the mapping,
then its path (when asked), then ``--published``, then a date the text itself states.

A bad file is a ``PublishedMapError`` that names the file and line. The mapping is read once
per process and file version (the cache is keyed by path, size and mtime) and never changed.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
from functools import lru_cache
from typing import Optional

from claimx.errors import ClaimxError

_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_HEADER_SOURCE = {"source", "path", "file", "filename", "input"}
_HEADER_DATE = {"published", "date", "publication_date"}
_STDIN = ("-", "<stdin>")


class PublishedMapError(ClaimxError, ValueError):
    """A mapping file claimx cannot use (unreadable, or a bad line: ``FILE:LINE: why``)."""

    def __init__(self, message: str):
        super().__init__("bad_published_from", message)


def load_published_map(path: str) -> dict[str, str]:
    """The mapping in ``path``: normalized source key -> date (only the dated rows)."""
    try:
        st = os.stat(path)
    except OSError as e:
        raise PublishedMapError(f"{path}: cannot read the mapping: {e.strerror or e}") from None
    return _load(path, st.st_size, st.st_mtime_ns)


@lru_cache(maxsize=4)
def _load(path: str, size: int, mtime_ns: int) -> dict[str, str]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as e:
        raise PublishedMapError(f"{path}: cannot read the mapping: {getattr(e, 'strerror', None) or e}") from None
    rows = _jsonl_rows(path, text) if _is_jsonl(path, text) else _csv_rows(path, text)
    from claimx.api import check_published

    mapping: dict[str, str] = {}
    where: dict[str, int] = {}
    for line, source, value in rows:
        if not source.strip():
            raise PublishedMapError(f"{path}:{line}: empty source")
        value = (value or "").strip()
        if not value:
            continue
        try:
            value = check_published(value)
        except ValueError as e:
            raise PublishedMapError(f"{path}:{line}: {e}") from None
        key = _key(source)
        if key in mapping and mapping[key] != value:
            raise PublishedMapError(f"{path}:{line}: {source!r} is already dated {mapping[key]} "
                                    f"(line {where[key]})")
        mapping[key], where[key] = value, line
    return mapping


def _is_jsonl(path: str, text: str) -> bool:
    ext = os.path.splitext(path)[1].lower()
    if ext in (".jsonl", ".ndjson", ".json"):
        return True
    if ext == ".csv":
        return False
    return text.lstrip().startswith("{")


def _jsonl_rows(path: str, text: str):
    for line, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as e:
            raise PublishedMapError(f"{path}:{line}: not JSON ({e.msg})") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("source"), str):
            raise PublishedMapError(f"{path}:{line}: expected an object with \"source\" and \"published\"")
        value = obj.get("published", obj.get("date"))
        if value is not None and not isinstance(value, str):
            raise PublishedMapError(f"{path}:{line}: \"published\" must be a string or null, not {value!r}")
        yield line, obj["source"], value


def _csv_rows(path: str, text: str):
    reader = csv.reader(io.StringIO(text))
    try:
        for row in reader:
            line = reader.line_num
            if not row or not any(cell.strip() for cell in row):
                continue
            if len(row) != 2:
                raise PublishedMapError(f"{path}:{line}: expected 2 columns (source,published), got {len(row)}")
            if line == 1 and row[0].strip().lower() in _HEADER_SOURCE and row[1].strip().lower() in _HEADER_DATE:
                continue
            yield line, row[0], row[1]
    except csv.Error as e:
        raise PublishedMapError(f"{path}:{reader.line_num}: not CSV ({e})") from None


def _key(source: str) -> str:
    """A source as a lookup key: '/' separators, no './', no doubled or trailing slashes."""
    s = source.strip().replace("\\", "/")
    if s in _STDIN:
        return "-"
    absolute = s.startswith("/")
    parts = [p for p in s.split("/") if p not in ("", ".")]
    return ("/" if absolute else "") + "/".join(parts)


def lookup(mapping: dict[str, str], path: str) -> Optional[str]:
    """The date the mapping gives ``path``: the longest key that ends it (its absolute form
    included), else None."""
    if path in _STDIN:
        return mapping.get("-")
    parts = [p for p in os.path.abspath(path).replace("\\", "/").split("/") if p]
    full = "/" + "/".join(parts)
    if full in mapping:
        return mapping[full]
    for k in range(len(parts), 0, -1):
        value = mapping.get("/".join(parts[-k:]))
        if value is not None:
            return value
    return None


def published_for(path: str, published: Optional[str] = None, published_from: Optional[str] = None,
                  from_path: bool = False) -> Optional[str]:
    """The publication date to use for the input ``path``: the mapping's, the path's own
    (``from_path``), else ``published``."""
    if published_from:
        value = lookup(load_published_map(published_from), path)
        if value:
            return value
    if from_path and path not in _STDIN:
        from claimx.extractors.published import date_in_path

        value = date_in_path(path)
        if value:
            return value
    return published
