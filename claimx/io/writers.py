"""Writers for claimx/1 documents: JSON, CSV, rich tables, atomic files."""
from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from typing import IO, Any, Iterable, Iterator, Optional

CSV_HEADER = ["source", "type", "name", "value", "role", "speaker", "start", "end", "text"]


def dumps(doc: dict, indent: bool = False) -> str:
    """The document as JSON text (UTF-8 characters kept, key order kept).

    Indented JSON comes from json's pure-Python encoder, whose ``dumps`` holds every small
    piece (~20x the output in memory) before joining them; joined a few thousand at a time
    here, the same text takes about twice its size."""
    if not indent:
        return json.dumps(doc, ensure_ascii=False)
    parts, buf = [], []
    for piece in json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(doc):
        buf.append(piece)
        if len(buf) >= 4096:
            parts.append("".join(buf))
            buf.clear()
    parts.append("".join(buf))
    return "".join(parts)


# --------------------------------------------------------------------------- files

@contextlib.contextmanager
def atomic_open(path: str, newline: Optional[str] = "\n") -> Iterator[IO[str]]:
    """Write a text file atomically: a temp file in the same folder, then os.replace.

    If the block raises (including KeyboardInterrupt) the temp file is removed and
    ``path`` is left untouched.
    """
    directory = os.path.dirname(os.path.abspath(path))
    tmp = tempfile.NamedTemporaryFile("w", encoding="utf-8", newline=newline, delete=False,
                                      dir=directory, prefix="." + os.path.basename(path) + ".",
                                      suffix=".tmp")
    try:
        with tmp:
            yield tmp
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp.name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp.name)
        raise


def atomic_write(path: str, data: str) -> None:
    """Write ``data`` to ``path`` atomically; raises OSError (and leaves no temp file)."""
    try:
        with atomic_open(path) as fh:
            fh.write(data)
    except OSError:
        raise
    except Exception as e:  # e.g. UnicodeEncodeError: still an I/O failure for callers
        raise OSError(f"cannot write {path}: {e}") from e


# --------------------------------------------------------------------------- CSV

def _cell(value: Any) -> Any:
    return "" if value is None else value


def csv_rows(doc: dict) -> list[list[Any]]:
    """One row per entity (see CSV_HEADER); an error document gives one "error" row."""
    source = _cell(doc.get("source"))
    if "error" in doc:
        err = doc.get("error") or {}
        return [[source, "error", _cell(err.get("type")), "", "", "", "", "",
                 _cell(err.get("message"))]]
    rows: list[list[Any]] = []

    def row(kind: str, item: dict, name: Any = "", value: Any = "", role: Any = "",
            speaker: Any = "") -> None:
        rows.append([source, kind, _cell(name), _cell(value), _cell(role), _cell(speaker),
                     _cell(item.get("start")), _cell(item.get("end")), _cell(item.get("text"))])

    for item in doc.get("statutes") or []:
        row("statute", item, name=item.get("name"), value=item.get("citation"))
    for item in doc.get("parties") or []:
        row("party", item, name=item.get("name"), role=item.get("role"))
    for item in doc.get("platforms") or []:
        row("platform", item, name=item.get("name"), value=item.get("operator"))
    for item in doc.get("dates") or []:
        row("date", item, value=item.get("value"))
    for item in doc.get("allegations") or []:
        row("allegation", item, speaker=item.get("speaker"))
    return rows


def csv_writer(fh: IO[str]):
    return csv.writer(fh, lineterminator="\n")


def write_csv(docs: Iterable[dict], fh: IO[str], header: bool = True) -> None:
    writer = csv_writer(fh)
    if header:
        writer.writerow(CSV_HEADER)
    for doc in docs:
        writer.writerows(csv_rows(doc))


# --------------------------------------------------------------------------- tables

def _short(value: Any, width: int = 80) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table_rows(doc: dict) -> list[tuple[str, str, str, str]]:
    """(type, name or text, value/role/speaker, start-end) for each entity."""
    out = []
    for _source, kind, name, value, role, speaker, start, end, text in csv_rows(doc):
        label = name or text
        extra = " / ".join(str(v) for v in (value, role, speaker) if v not in ("", None))
        span = f"{start}-{end}" if start != "" else ""
        out.append((kind, _short(label), _short(extra), span))
    return out


def render_table(docs: Iterable[dict], console) -> None:
    """Print one rich Table per document on ``console``."""
    from rich.table import Table
    from rich.text import Text

    for doc in docs:
        title = str(doc.get("source") or "<text>")
        if doc.get("published"):
            title += f"  (published {doc['published']})"
        if "error" in doc:
            table = Table(title=Text(title), title_justify="left", show_lines=False)
            table.add_column("error", style="bold red", no_wrap=True)
            table.add_column("message")
            err = doc.get("error") or {}
            table.add_row(Text(str(err.get("type"))), Text(_short(err.get("message"), 200)))
            console.print(table)
            continue
        table = Table(title=Text(title), title_justify="left")
        table.add_column("type", style="cyan", no_wrap=True)
        table.add_column("name / text")
        table.add_column("value / role / speaker")
        table.add_column("span", justify="right", no_wrap=True)
        rows = table_rows(doc)
        for kind, label, extra, span in rows:
            # Text objects: article text is never interpreted as rich markup
            table.add_row(Text(kind), Text(label), Text(extra), Text(span))
        if not rows:
            table.add_row(Text("-"), Text("(nothing found)"), Text(""), Text(""))
        console.print(table)
