"""Where ``claimx extract`` writes: one stream (stdout or -o), or one file per input."""
from __future__ import annotations

import errno
import json
import os
import sys
from typing import IO, Iterable, List, Optional, Union

from claimx.cli.errors import stdout, usage_error
from claimx.cli.options import Format
from claimx.cli.signals import deferred
from claimx.io.names import display_path, output_name
from claimx.io.writers import (CSV_HEADER, csv_rows, csv_writer, dumps, is_special,
                               render_table, write_csv_rows)
from claimx.run.batch import Encoded, InputItem


def _file_id(path: str):
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def input_ids(items: Iterable[InputItem]) -> set:
    return {i for i in (_file_id(item.path) for item in items if item.path != "-" and item.error is None)
            if i is not None}


def refuse_input_as_output(path: str, items: List[InputItem]) -> None:
    """-o FILE naming one of the inputs would replace the article with its JSON."""
    if is_special(path):
        return
    fid = _file_id(path)
    if fid is not None and fid in input_ids(items):
        raise usage_error(f"the output {display_path(path)} is also an input; "
                          f"write somewhere else", "'--output'")


def output_targets(items: List[InputItem], output_dir: str) -> List[Optional[str]]:
    """The output file of each input: ``<output_dir>/<relative folders>/<name>.json``.

    ``name`` is the whole input name (``story.txt`` -> ``story.txt.json``), so the name
    never depends on the siblings; undecodable bytes and names too long for the file
    system follow :func:`claimx.io.names.output_name`. Two inputs that still share a
    target (the same name under two folder arguments), or a target that is an input, are a
    usage error. Folders that could not be listed have no output file (None)."""
    targets: List[Optional[str]] = []
    owner: dict[str, str] = {}
    for item in items:
        if item.error is not None:
            targets.append(None)
            continue
        parts = [p for p in item.rel.split("/") if p not in ("", ".", "..")] or ["stdin"]
        folders = [output_name(p, "") for p in parts[:-1]]
        target = os.path.join(output_dir, *folders, output_name(parts[-1]))
        key = os.path.normcase(os.path.abspath(target))
        if key in owner and owner[key] != item.path:
            raise usage_error(f"{display_path(owner[key])} and {display_path(item.path)} would "
                              f"both be written to {display_path(target)}; give them "
                              f"separately or use -o")
        owner[key] = item.path
        targets.append(target)
    inputs = input_ids(items)
    for item, target in zip(items, targets):
        if target is not None and _file_id(target) in inputs:
            raise usage_error(f"--output-dir would overwrite the input {display_path(target)}; "
                              f"choose another folder")
    return targets


def up_to_date(src: str, dst: str, made_by: dict) -> bool:
    """For --skip-existing: ``dst`` is newer than ``src``, is not an error record, and was
    written by this claimx version with the same output options (its "claimx" key)."""
    if src == "-":
        return False
    try:
        if os.stat(dst).st_mtime < os.stat(src).st_mtime:
            return False
        with open(dst, encoding="utf-8") as fh:
            doc = json.load(fh)
    except (OSError, ValueError):
        return False
    return isinstance(doc, dict) and "error" not in doc and doc.get("claimx") == made_by


class SafeDirs:
    """Creates the folders of --output-dir targets, never through a symlink: a linked
    sub-folder inside the output folder would put files outside it."""

    def __init__(self, root: str):
        self.root = root
        self.done: set[str] = set()

    def ensure(self, target: str) -> None:
        directory = os.path.dirname(target)
        if directory in self.done:
            return
        rel = os.path.relpath(directory, self.root)
        path = self.root
        for part in ([] if rel == "." else rel.split(os.sep)):
            path = os.path.join(path, part)
            if os.path.islink(path):
                raise OSError(f"{display_path(path)} is a symbolic link; claimx writes only "
                              f"inside the output folder")
            try:
                os.mkdir(path)
            except FileExistsError:
                if not os.path.isdir(path):
                    raise OSError(f"{display_path(path)} is not a folder") from None
        self.done.add(directory)


def check_output_file(path: str) -> Optional[str]:
    """Why ``path`` cannot be written, or None if it looks writable."""
    shown = display_path(path)
    if is_special(path):
        return None if os.access(path, os.W_OK) else f"cannot write {shown}: permission denied"
    if os.path.isdir(path):
        return f"cannot write {shown}: it is a directory"
    directory = os.path.dirname(os.path.abspath(os.path.realpath(path)))
    if not os.path.isdir(directory):
        return f"cannot write {shown}: directory {display_path(directory)} does not exist"
    if not os.access(directory, os.W_OK | os.X_OK):
        return f"cannot write {shown}: permission denied in {display_path(directory)}"
    if os.path.exists(path) and not os.access(path, os.W_OK):
        # os.replace would still work, but the user asked the file to stay read-only
        return f"cannot write {shown}: permission denied"
    return None


def _console(**kwargs):
    """A rich Console whose closed pipe is a BrokenPipeError, as for JSON and CSV (rich's own
    answer is SystemExit(1), which would read as "some inputs failed")."""
    from rich.console import Console

    class PipeConsole(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))

    return PipeConsole(**kwargs)


class Sink:
    """Where documents go; one per output format. ``count`` is the documents written."""

    def __init__(self, fmt: Format, fh: Optional[IO[str]], single: bool, indent: bool):
        self.fmt = fmt
        self.fh = fh
        self.single = single
        self.indent = indent
        self.count = 0
        self._console = None

    def _stream(self) -> IO[str]:
        return self.fh if self.fh is not None else stdout()

    def start(self) -> None:
        if self.fmt is Format.csv:
            csv_writer(self._stream()).writerow(CSV_HEADER)

    @property
    def encode(self) -> Optional[str]:
        """How the batch should hand over documents: as JSON text made by the workers
        (json, jsonl), or as dicts (csv and table read the fields)."""
        if self.fmt in (Format.csv, Format.table):
            return None
        return "pretty" if self.indent and self.single else "compact"

    def write(self, doc: Union[dict, Encoded]) -> None:
        with deferred():  # a signal between the write and the count would leave them apart
            self._write(doc)
            self.count += 1

    def _write(self, doc: Union[dict, Encoded]) -> None:
        out = self._stream()
        if isinstance(doc, Encoded):
            out.write(doc.text + "\n")
        elif self.fmt is Format.csv:
            write_csv_rows(csv_writer(out), csv_rows(doc))
        elif self.fmt is Format.table:
            if self._console is None:
                if self.fh is not None:
                    self._console = _console(file=self.fh, color_system=None, width=120)
                else:
                    self._console = _console(file=out)
            render_table([doc], self._console)
        else:
            out.write(dumps(doc, indent=self.indent and self.single) + "\n")
        if self.fh is None:
            out.flush()


def make_progress(total: int):
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn,
                               TextColumn, TimeRemainingColumn)
    from rich.text import Text

    class WordsPerSecond(ProgressColumn):
        def render(self, task) -> Text:
            elapsed = task.elapsed or 0.0
            words = task.fields.get("words", 0)
            rate = words / elapsed if elapsed > 0 else 0.0
            return Text(f"{rate:,.0f} words/s", style="progress.data.speed")

    class Errors(ProgressColumn):
        def render(self, task) -> Text:
            n = task.fields.get("errors", 0)
            return Text(f"{n} error{'s' if n != 1 else ''}", style="red" if n else "dim")

    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files"),
        WordsPerSecond(),
        TimeRemainingColumn(),
        Errors(),
        console=Console(file=sys.stderr),
        redirect_stdout=False,  # stdout carries the JSON: never route it through rich
        redirect_stderr=False,
        transient=False,
    )
    task = progress.add_task("extracting", total=total, words=0, errors=0)
    return progress, task
