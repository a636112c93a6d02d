"""``claimx cases``: documents in (articles to extract, or JSON Lines extract wrote), cases out.

Registered on ``claimx.cli.root.app`` like the other commands, and
self-contained: its messages and exit codes are those of ``claimx extract``.
"""
from __future__ import annotations

import contextlib
import enum
import json
import os
import sys
from typing import Callable, Iterator, List, Optional

import typer

from claimx.run.batch import DEFAULT_GLOBS, collect_items, iter_batch
from claimx.models import error_document
from claimx.io.writers import dumps
from claimx.grouping import cases
from claimx.cli.root import app

EXIT_OK, EXIT_ERRORS, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 130, 141
DOCUMENT_SUFFIXES = (".jsonl", ".json")

EPILOG = """\
Examples:

  claimx cases news/ > cases.jsonl                  # extract, then group: one JSON line per case

  claimx extract news/ --format jsonl > docs.jsonl && claimx cases docs.jsonl

  claimx cases news/ --format table                 # a view for people

  jq -r 'select(.respondents[] == "Meta Platforms") | .title' cases.jsonl

INPUTS ending in .jsonl or .json, and - (stdin), are documents claimx extract wrote (not
re-extracted); anything else is articles, extracted first. Articles without a claim are in
no case. Exit status: 0 all good, 1 some input gave an error record, 2 usage error.
"""


class CaseFormat(str, enum.Enum):
    jsonl = "jsonl"
    table = "table"


def _err(message: str) -> None:
    typer.echo(f"claimx: {message}", err=True)


def is_document_input(path: str) -> bool:
    return path == "-" or (os.path.isfile(path) and path.lower().endswith(DOCUMENT_SUFFIXES))


def read_documents(path: str) -> Iterator[dict]:
    """The documents of a JSON Lines file (or a .json file holding one document or a list);
    a line that is not a JSON object becomes an error record naming the line."""
    name = "<stdin>" if path == "-" else path
    with (contextlib.nullcontext(sys.stdin) if path == "-"
          else open(path, encoding="utf-8-sig")) as fh:
        if path.lower().endswith(".json"):
            text = fh.read()
            try:
                data = json.loads(text)
            except ValueError:
                data = None  # several pretty-printed documents? read as lines below
            if isinstance(data, (dict, list)):
                yield from (data if isinstance(data, list) else [data])
                return
            fh = text.splitlines()
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except ValueError as e:
                doc = e
            if not isinstance(doc, dict):
                why = f"not JSON ({doc})" if isinstance(doc, ValueError) else "not a JSON object"
                yield error_document(f"{name}:{number}", "invalid_document", f"{name}:{number}: {why}")
            else:
                yield doc


def documents(inputs: List[str], jobs: int, globs: Optional[List[str]], options: dict) -> Iterator[dict]:
    """Every input's documents, in argument order (folders sorted as extract sorts them)."""
    pending: list[str] = []

    def extracted() -> Iterator[dict]:
        paths = list(pending)
        pending.clear()
        if paths:
            for doc, _ in iter_batch(paths, jobs=jobs, **options):
                yield doc

    for arg in inputs:
        if is_document_input(arg):
            yield from extracted()
            yield from read_documents(arg)
        else:
            pending.extend(item.path for item in collect_items([arg], globs))
    yield from extracted()


def _counted(docs: Iterator[dict], report: Callable[[str], None], errors: list) -> Iterator[dict]:
    for doc in docs:
        err = doc.get("error")
        if err:
            errors.append(doc.get("source"))
            source, message = str(doc.get("source")), str(err.get("message"))
            if not message.startswith(source):
                message = f"{source}: {message}"
            report(f"{message} ({err.get('type')})")
        yield doc


def render_cases(records: list, console) -> None:
    from rich.table import Table

    table = Table(title=f"claimx cases: {len(records)} case{'s' if len(records) != 1 else ''}",
                  title_justify="left")
    for column in ("case", "title", "kind", "status", "articles", "first", "last", "statutes"):
        table.add_column(column, justify="right" if column == "articles" else "left")
    for r in records:
        table.add_row(r["id"], r["title"], r["kind"] or "", r["status"] or "", str(len(r["sources"])),
                      r["first_date"] or "", r["last_date"] or "", "; ".join(r["statutes"]))
    console.print(table)


def run(inputs: List[str], fmt: CaseFormat = CaseFormat.jsonl, jobs: Optional[int] = None,
        globs: Optional[List[str]] = None, quiet: bool = False, optional: bool = False,
        options: Optional[dict] = None) -> int:
    """Group the inputs' documents into cases and print them; the exit status."""
    errors: list = []
    report = (lambda message: None) if quiet else _err
    docs = _counted(documents(inputs, jobs or os.cpu_count() or 1, globs, options or {}),
                    report, errors)
    records = list(cases(docs, optional=optional))
    if fmt is CaseFormat.table:
        from rich.console import Console

        render_cases(records, Console(file=sys.stdout))
    else:
        out = sys.stdout
        for record in records:
            out.write(dumps(record) + "\n")
        out.flush()
    return EXIT_ERRORS if errors else EXIT_OK


def cases_command(
    inputs: List[str] = typer.Argument(
        ..., metavar="INPUTS", show_default=False,
        help="Article files or folders (extracted first), or documents: .jsonl/.json files "
             "or - for JSON Lines on stdin."),
    fmt: CaseFormat = typer.Option(
        CaseFormat.jsonl, "--format", "-f", case_sensitive=False,
        help="jsonl: one case a line; table (for reading)."),
    jobs: Optional[int] = typer.Option(
        None, "--jobs", "-j", min=1, metavar="N", show_default=False,
        help="Worker processes for extraction (default: number of CPUs)."),
    globs: Optional[List[str]] = typer.Option(
        None, "--glob", metavar="PATTERN", show_default=False,
        help=f"File names to take from folders; repeatable (default: {' '.join(DEFAULT_GLOBS)})."),
    optional: bool = typer.Option(
        False, "--optional", help="Also group claims an article only mentions in passing."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No error messages on stderr."),
) -> None:
    """Group the claims of many articles into one record per dispute, with its timeline."""
    try:
        code = run(inputs, fmt=fmt, jobs=jobs, globs=globs, quiet=quiet, optional=optional)
    except KeyboardInterrupt:
        _err("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        with contextlib.suppress(Exception):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    except OSError as e:
        _err(f"error: {e}")
        raise typer.Exit(EXIT_ERRORS) from None
    raise typer.Exit(code)


app.command("cases", epilog=EPILOG, no_args_is_help=True)(cases_command)
