"""Writers for claimx/1 documents: JSON, CSV, rich tables, atomic files."""
from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import os
import re
import socket
import stat
import tempfile
import threading
from typing import IO, Any, Callable, Iterable, Iterator, Optional

#: the CSV columns (README, "CSV columns"); later versions only add columns at the end
CSV_HEADER = ["source", "type", "name", "value", "role", "speaker", "start", "end", "text",
              "published", "kind", "section", "citation", "title", "verb"]


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

_HOST = hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]
#: our temp files: ``.claimx-<host>-<pid>-<random>.tmp``, short whatever the target's name
_TEMP = re.compile(r"^\.claimx-([0-9a-f]{6})-(\d+)-[A-Za-z0-9_]+\.tmp$")
_umask_lock = threading.Lock()


def _umask() -> int:
    """The process umask, read at each write (a library caller may change it): from /proc
    on Linux, else by setting and restoring it under a lock."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    with _umask_lock:
        old = os.umask(0o022)
        os.umask(old)
        return old


def is_special(path: str) -> bool:
    """Whether ``path`` is an existing device, FIFO or socket (``/dev/stdout``, ``/dev/null``):
    written in place, never replaced by a regular file."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: alive, someone else's
        return True
    return True


def remove_stale_temps(directory: str, own: bool = False) -> int:
    """Remove the temp files that runs on this host left in ``directory`` when they were
    killed (SIGKILL leaves no chance to clean up); temps of live processes stay. ``own``:
    this process's too (after an interrupt, one that landed between creating a temp file
    and the cleanup that guards it)."""
    removed = 0
    try:
        names = os.listdir(directory)
    except OSError:
        return 0
    for name in names:
        m = _TEMP.match(name)
        pid = int(m.group(2)) if m else 0
        if m and m.group(1) == _HOST and ((own and pid == os.getpid()) or (pid != os.getpid() and not _pid_alive(pid))):
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(directory, name))
                removed += 1
    return removed


@contextlib.contextmanager
def atomic_open(path: str, newline: Optional[str] = "\n", partial: Optional[Callable[[], Optional[str]]] = None,
                follow_symlinks: bool = True) -> Iterator[IO[str]]:
    """Write a text file atomically: a temp file in the same folder, then os.replace.

    If the block raises the temp file is removed and ``path`` is left untouched; with
    ``partial`` (a function giving a path, or None), an interrupt (KeyboardInterrupt, or a
    SIGTERM raised as one) keeps what was written under that name instead. A symlink is
    followed (the file it points to is replaced, the link stays) unless ``follow_symlinks``
    is false (then the link itself is replaced); a device or FIFO (``/dev/stdout``) is
    written directly. The new file gets the mode of the file it replaces, or 0666 less the
    umask.
    """
    if (is_special(path) if follow_symlinks else not os.path.islink(path) and is_special(path)):
        with open(path, "w", encoding="utf-8", newline=newline) as fh:
            yield fh
        return
    if follow_symlinks and os.path.islink(path):
        path = os.path.realpath(path)
    directory = os.path.dirname(os.path.abspath(path))
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    fd, tmp_name = tempfile.mkstemp(prefix=f".claimx-{_HOST}-{os.getpid()}-", suffix=".tmp",
                                    dir=directory)
    try:
        os.fchmod(fd, mode)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    try:
        # the file object owns fd from its creation: an interrupt that lands before it is
        # bound to a name still closes fd with the object, so fd is never closed twice here
        # (a second os.close fails with EBADF, or closes a descriptor another thread opened)
        tmp = open(fd, "w", encoding="utf-8", newline=newline)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    try:
        with tmp:
            yield tmp
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
    except BaseException as e:
        kept = False
        if partial is not None and isinstance(e, KeyboardInterrupt):
            with contextlib.suppress(Exception):
                tmp.close()
                keep_as = partial()
                if keep_as:
                    os.replace(tmp_name, keep_as)
                    kept = True
        if not kept:
            with contextlib.suppress(Exception):
                tmp.close()
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        raise


def atomic_write(path: str, data: str, follow_symlinks: bool = True) -> None:
    """Write ``data`` to ``path`` atomically; raises OSError (and leaves no temp file)."""
    try:
        with atomic_open(path, follow_symlinks=follow_symlinks) as fh:
            fh.write(data)
    except OSError:
        raise
    except Exception as e:  # e.g. UnicodeEncodeError: still an I/O failure for callers
        raise OSError(f"cannot write {path}: {e}") from e


# --------------------------------------------------------------------------- CSV

#: what a spreadsheet takes for a formula (or a DDE call) at the start of a cell
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """A cell a spreadsheet shows as text: a string starting with = + - @ (or tab, CR) gets a
    leading apostrophe, the usual defence against formula injection. Numbers are kept."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _cell(value: Any) -> Any:
    return "" if value is None else value


def csv_rows(doc: dict) -> list[list[Any]]:
    """One row per entity (see CSV_HEADER); an error document gives one "error" row.

    Every quotation is one row: type ``allegation`` for allegations, ``quote`` for the other
    kinds (``kind`` says which). ``published`` and ``title`` are the article's, on every row."""
    source = _cell(doc.get("source"))
    published, title = _cell(doc.get("published")), _cell(doc.get("title"))
    if "error" in doc:
        err = doc.get("error") or {}
        return [[source, "error", _cell(err.get("type")), "", "", "", "", "",
                 _cell(err.get("message")), "", "", "", "", "", ""]]
    rows: list[list[Any]] = []

    def row(kind: str, item: dict, name: Any = "", value: Any = "", role: Any = "",
            speaker: Any = "") -> None:
        rows.append([source, kind, _cell(name), _cell(value), _cell(role), _cell(speaker),
                     _cell(item.get("start")), _cell(item.get("end")), _cell(item.get("text")),
                     published, _cell(item.get("kind")), _cell(item.get("section")),
                     _cell(item.get("citation")), title, _cell(item.get("verb"))])

    for item in doc.get("statutes") or []:
        row("statute", item, name=item.get("name"), value=item.get("citation"))
    for item in doc.get("parties") or []:
        row("party", item, name=item.get("name"), role=item.get("role"))
    for item in doc.get("platforms") or []:
        row("platform", item, name=item.get("name"), value=item.get("operator"))
    for item in doc.get("dates") or []:
        row("date", item, value=item.get("value"))
    quotes = doc.get("quotes")
    if quotes is None:
        quotes = doc.get("allegations") or []
    for item in quotes:
        row("allegation" if item.get("kind", "allegation") == "allegation" else "quote", item,
            speaker=item.get("speaker"))
    for item in doc.get("amounts") or []:
        value = item.get("value")
        if item.get("value_high") is not None:
            value = f"{_number(value)}-{_number(item['value_high'])}"
        row("amount", item, name=item.get("currency"), value=_number(value),
            role=item.get("per") and f"per {item['per']}")
    for claim in doc.get("claims") or []:
        # start/end/text: the first sentence it was read from (the text is not in the document)
        first = (claim.get("evidence") or [{}])[0]
        span = {"start": first.get("start"), "end": first.get("end"), "text": first.get("text")}
        value = f"{claim.get('kind')}/{claim.get('status')}" + (" (in passing)" if claim.get("optional") else "")
        row("claim", span, name=claim_caption(claim), value=value, role=claim.get("court"))
    return rows


def _number(value: Any) -> Any:
    """5000.0 -> 5000 (a sum in a CSV cell reads as written); other values unchanged."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def claim_caption(claim: dict) -> str:
    """'A, B v. C' from the claim's sides (its caption when the text gave one)."""
    if claim.get("caption"):
        return claim["caption"]
    left = ", ".join(x.get("name", "") for x in claim.get("claimants") or []) or "(unnamed)"
    right = ", ".join(x.get("name", "") for x in claim.get("respondents") or []) or "(unnamed)"
    return f"{left} v. {right}"


def csv_writer(fh: IO[str]):
    return csv.writer(fh, lineterminator="\n")


def write_csv_rows(writer, rows: Iterable[list[Any]]) -> None:
    """Write rows as a spreadsheet can open them: padded to the header, cells made safe."""
    width = len(CSV_HEADER)
    writer.writerows([csv_safe(c) for c in list(r) + [""] * (width - len(r))] for r in rows)


# --------------------------------------------------------------------------- tables

def _short(value: Any, width: int = 80) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table_rows(doc: dict) -> list[tuple[str, str, str, str]]:
    """(type, name or text, value/role/speaker, start-end) for each entity."""
    out = []
    for _source, kind, name, value, role, speaker, start, end, text, *_more in csv_rows(doc):
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
