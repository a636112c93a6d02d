"""The ``claimx`` command line: a thin Typer layer over claimx.batch and claimx.output."""
from __future__ import annotations

import contextlib
import enum
import os
import sys
from typing import IO, Any, List, Optional, Union

import typer

from claimx import __version__
from claimx.api import check_published
from claimx.run.batch import DEFAULT_GLOBS, Encoded, InputItem, collect_items, iter_batch
from claimx.io.writers import atomic_open, atomic_write, csv_rows, csv_writer, CSV_HEADER, dumps, render_table
from claimx.io.reader import DEFAULT_MAX_BYTES, MAX_MAX_BYTES

# Typer may vendor its own copy of Click: take the exception classes from Typer itself.
_UsageError = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")
_ClickException = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
_PASS_THROUGH = (typer.Exit, typer.Abort, _ClickException)

EXIT_OK = 0
EXIT_ERRORS = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Turn English news articles about legal disputes into JSON (statutes, parties, "
         "platforms, dates, allegations, quotes).",
)


class Format(str, enum.Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


EXTRACT_EPILOG = """\
Examples:

  claimx extract article.txt                       # one JSON document

  claimx extract article.txt | jq '.statutes[].name'

  claimx extract news/ > out.jsonl                 # a folder: JSON Lines, one object per file

  cat article.txt | claimx extract -               # stdin

  claimx extract article.txt --published 2021-01-21

Exit status: 0 all good, 1 some input gave an error record, 2 usage error, 130 interrupted.
"""


def _err(message: str) -> None:
    typer.echo(f"claimx: {message}", err=True)


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except Exception:  # noqa: BLE001 - closed or odd streams are not terminals
        return False


def _usage_error(message: str, param_hint: Optional[str] = None) -> Exception:
    if param_hint:
        return typer.BadParameter(message, param_hint=param_hint)
    return _UsageError(message)


def _published_option(value: Optional[str]) -> Optional[str]:
    """``--published`` checked as extract() will read it; a bad date is a usage error (exit 2)."""
    try:
        return check_published(value)
    except ValueError as e:
        raise _usage_error(str(e), "'--published'") from None


# --------------------------------------------------------------------------- output-dir

def _output_targets(items: List[InputItem], output_dir: str) -> List[str]:
    """The output file of each input: ``<output_dir>/<relative folders>/<stem>.json``.

    Two inputs with the same stem in the same place (``a.txt`` and ``a.md``) keep their
    full names (``a.txt.json``, ``a.md.json``); any other clash is a usage error.
    """
    def target(rel: str, keep_ext: bool) -> str:
        parts = [p for p in rel.split("/") if p not in ("", ".", "..")] or ["stdin"]
        name = parts[-1]
        stem = name if keep_ext else (os.path.splitext(name)[0] or name)
        return os.path.join(output_dir, *parts[:-1], stem + ".json")

    targets = [target(item.rel, False) for item in items]
    seen: dict[str, int] = {}
    for t in targets:
        seen[t] = seen.get(t, 0) + 1
    targets = [target(item.rel, True) if seen[t] > 1 else t for item, t in zip(items, targets)]
    owner: dict[str, str] = {}
    for item, t in zip(items, targets):
        key = os.path.normcase(os.path.abspath(t))
        if key in owner and owner[key] != item.path:
            raise _usage_error(f"{owner[key]} and {item.path} would both be written to {t}; "
                               f"give them separately or use -o")
        owner[key] = item.path
        if item.path != "-" and os.path.exists(item.path) and \
                os.path.realpath(item.path) == os.path.realpath(t):
            raise _usage_error(f"--output-dir would overwrite the input {item.path}")
    return targets


def _up_to_date(src: str, dst: str) -> bool:
    if src == "-":
        return False
    try:
        return os.stat(dst).st_mtime >= os.stat(src).st_mtime
    except OSError:
        return False


def _check_output_file(path: str) -> Optional[str]:
    """Why ``path`` cannot be written, or None if it looks writable."""
    if os.path.isdir(path):
        return f"cannot write {path}: it is a directory"
    directory = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(directory):
        return f"cannot write {path}: directory {directory} does not exist"
    if not os.access(directory, os.W_OK | os.X_OK):
        return f"cannot write {path}: permission denied in {directory}"
    if os.path.exists(path) and not os.access(path, os.W_OK):
        # os.replace would still work, but the user asked the file to stay read-only
        return f"cannot write {path}: permission denied"
    return None


# --------------------------------------------------------------------------- progress

def _make_progress(total: int):
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
        console=Console(stderr=True),
        redirect_stdout=False,  # stdout carries the JSON: never route it through rich
        redirect_stderr=False,
        transient=False,
    )
    task = progress.add_task("extracting", total=total, words=0, errors=0)
    return progress, task


# --------------------------------------------------------------------------- sinks

class _Sink:
    """Where documents go; one per output format."""

    def __init__(self, fmt: Format, fh: Optional[IO[str]], single: bool, indent: bool):
        self.fmt = fmt
        self.fh = fh
        self.single = single
        self.indent = indent
        self.started = False
        self._console = None

    def _stream(self) -> IO[str]:
        return self.fh if self.fh is not None else sys.stdout

    def start(self) -> None:
        if self.fmt is Format.csv:
            csv_writer(self._stream()).writerow(CSV_HEADER)
        self.started = True

    @property
    def encode(self) -> Optional[str]:
        """How the batch should hand over documents: as JSON text made by the workers
        (json, jsonl), or as dicts (csv and table read the fields)."""
        if self.fmt in (Format.csv, Format.table):
            return None
        return "pretty" if self.indent and self.single else "compact"

    def write(self, doc: Union[dict, Encoded]) -> None:
        out = self._stream()
        if isinstance(doc, Encoded):
            out.write(doc.text + "\n")
        elif self.fmt is Format.csv:
            csv_writer(out).writerows(csv_rows(doc))
        elif self.fmt is Format.table:
            if self._console is None:
                from rich.console import Console

                if self.fh is not None:
                    self._console = Console(file=self.fh, color_system=None, width=120)
                else:
                    self._console = Console(file=sys.stdout)
            render_table([doc], self._console)
        else:
            out.write(dumps(doc, indent=self.indent and self.single) + "\n")
        if self.fh is None:
            out.flush()


# --------------------------------------------------------------------------- commands

@app.command(epilog=EXTRACT_EPILOG, no_args_is_help=True)
def extract(
    inputs: List[str] = typer.Argument(
        ..., metavar="INPUTS", show_default=False,
        help="Article files, folders (searched recursively), or - for stdin."),
    published: Optional[str] = typer.Option(
        None, "--published", metavar="YYYY[-MM[-DD]]",
        help="Publication date, used to resolve dates like 'on Friday'."),
    jsonl: bool = typer.Option(
        False, "--jsonl", help="JSON Lines even for a single input."),
    fmt: Format = typer.Option(
        Format.json, "--format", "-f", case_sensitive=False,
        help="json: one object (JSON Lines for several inputs); jsonl; csv (one row per "
             "entity); table (for reading)."),
    output: Optional[str] = typer.Option(
        None, "--output", "-o", metavar="FILE",
        help="Write all output to FILE (atomically) instead of stdout."),
    output_dir: Optional[str] = typer.Option(
        None, "--output-dir", metavar="DIR",
        help="Write one <name>.json per input under DIR, mirroring the folder tree."),
    skip_existing: bool = typer.Option(
        False, "--skip-existing",
        help="With --output-dir: skip inputs whose output is newer than the input."),
    jobs: Optional[int] = typer.Option(
        None, "--jobs", "-j", min=1, metavar="N", show_default=False,
        help="Worker processes (default: number of CPUs; 1 = no worker processes)."),
    globs: Optional[List[str]] = typer.Option(
        None, "--glob", metavar="PATTERN", show_default=False,
        help=f"File names to take from folders; repeatable (default: {' '.join(DEFAULT_GLOBS)})."),
    keep_chrome: bool = typer.Option(
        False, "--keep-chrome", help="Also extract from page chrome (menus, footers, ads)."),
    include_text: bool = typer.Option(
        False, "--include-text", help="Add the decoded article text as \"content\"."),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_BYTES, "--max-bytes", min=1, max=MAX_MAX_BYTES, metavar="N",
        help="Inputs larger than N bytes give a too_large error record."),
    quiet: bool = typer.Option(
        False, "--quiet", "-q", help="No progress bar and no error messages on stderr."),
    model: Optional[str] = typer.Option(
        None, "--model", metavar="NAME",
        help="Start from this installed spaCy model instead of a blank English pipeline."),
    patterns: Optional[str] = typer.Option(
        None, "--patterns", metavar="FILE.jsonl",
        help="Extra platforms, statutes and parties, one JSON object a line (see README)."),
    cluster: Optional[str] = typer.Option(
        None, "--cluster", metavar="ADDRESS",
        help="Run on a Dask cluster: tcp://HOST:8786 (a running scheduler) or local:N "
             "(N local worker processes). Needs pip install \"claimx[dask]\"."),
) -> None:
    """Extract statutes, parties, platforms, dates and allegations from articles as JSON."""
    # ---- usage checks (exit 2)
    published = _published_option(published)
    if jsonl:
        if fmt in (Format.csv, Format.table):
            raise _usage_error(f"--jsonl cannot be combined with --format {fmt.value}")
        fmt = Format.jsonl
    if output and output_dir:
        raise _usage_error("use either -o/--output or --output-dir, not both")
    if skip_existing and not output_dir:
        raise _usage_error("--skip-existing only makes sense with --output-dir")
    if output_dir and fmt in (Format.csv, Format.table):
        raise _usage_error(f"--output-dir writes JSON files; it cannot be combined with "
                           f"--format {fmt.value}")
    if cluster and jobs is not None:
        raise _usage_error("--jobs and --cluster cannot be combined (with local:N, N is the number of workers)")
    jobs = jobs or os.cpu_count() or 1
    if cluster:
        from claimx.run.cluster import NEEDS_DASK, dask_available, parse_address  # no Dask import here

        try:
            parse_address(cluster)
        except ValueError as e:
            raise _usage_error(str(e), "'--cluster'") from None
        if not dask_available():
            raise _usage_error(NEEDS_DASK, "'--cluster'")
    if model or patterns:
        try:
            from claimx.pipeline import load

            load(model=model, patterns=patterns)
        except (OSError, ValueError, ImportError) as e:
            what = "'--patterns'" if patterns and not isinstance(e, ImportError) and "model" not in str(e).lower() \
                else "'--model'"
            raise _usage_error(str(e).splitlines()[0], what) from None

    try:
        code = _run_extract(inputs, published=published, fmt=fmt, output=output,
                            output_dir=output_dir, skip_existing=skip_existing, jobs=jobs,
                            globs=globs, keep_chrome=keep_chrome, include_text=include_text,
                            max_bytes=max_bytes, quiet=quiet, model=model, patterns=patterns,
                            cluster=cluster)
    except _PASS_THROUGH:
        raise
    except KeyboardInterrupt:
        _err("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        # the reader went away (`claimx extract news/ | head`): stop quietly
        with contextlib.suppress(Exception):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    except Exception as e:  # noqa: BLE001 - never show a traceback
        _err(f"error: {type(e).__name__}: {e}" if not isinstance(e, OSError)
             else f"error: {e}")
        raise typer.Exit(EXIT_ERRORS) from None
    raise typer.Exit(code)


def _run_extract(inputs: List[str], *, published: Optional[str], fmt: Format,
                 output: Optional[str], output_dir: Optional[str], skip_existing: bool,
                 jobs: int, globs: Optional[List[str]], keep_chrome: bool, include_text: bool,
                 max_bytes: int, quiet: bool, model: Optional[str], patterns: Optional[str] = None,
                 cluster: Optional[str] = None) -> int:
    items = collect_items(inputs, globs)
    from_folder = any(p != "-" and os.path.isdir(p) for p in inputs)
    single = len(items) == 1 and not from_folder and fmt is Format.json

    targets: Optional[List[str]] = None
    skipped = 0
    if output_dir:
        if os.path.exists(output_dir) and not os.path.isdir(output_dir):
            _err(f"cannot write to {output_dir}: it is not a directory")
            return EXIT_ERRORS
        targets = _output_targets(items, output_dir)
        if skip_existing:
            keep = [(item, t) for item, t in zip(items, targets) if not _up_to_date(item.path, t)]
            skipped = len(items) - len(keep)
            items = [item for item, _ in keep]
            targets = [t for _, t in keep]
        try:
            os.makedirs(output_dir, exist_ok=True)
        except OSError as e:
            _err(f"cannot create {output_dir}: {e.strerror or e}")
            return EXIT_ERRORS
    elif output:
        problem = _check_output_file(output)
        if problem:
            _err(problem)
            return EXIT_ERRORS

    options = dict(published=published, keep_chrome=keep_chrome, include_text=include_text,
                   max_bytes=max_bytes, model=model, patterns=patterns)
    errors = 0
    words_done = 0
    # a live bar on the terminal that also shows the results would garble them
    to_terminal = targets is None and not output and _isatty(sys.stdout)
    show_progress = not quiet and len(items) > 1 and _isatty(sys.stderr) and not to_terminal
    progress = task = None

    sink: Optional[_Sink] = None
    if targets is None:
        sink = _Sink(fmt, None, single=single, indent=True if output else _isatty(sys.stdout))
    encode = sink.encode if sink is not None else "pretty"  # --output-dir files are indented

    with contextlib.ExitStack() as stack:
        # the pool (if any) starts here, before the progress thread exists
        remote_writes = bool(cluster and targets is not None)
        if cluster:
            from claimx.run.cluster import iter_cluster

            # with --output-dir the workers write the files and send back one summary each
            batch = iter_cluster([item.path for item in items], cluster, batch_size=64, window=0,
                                 output_dir=output_dir if remote_writes else None,
                                 out_names=targets if remote_writes else None, **options)
        else:
            batch = iter_batch([item.path for item in items], jobs=jobs, encode=encode, **options)
        close = getattr(batch, "close", None)
        if close is not None:
            stack.callback(close)

        if sink is not None:
            if output:
                sink.fh = stack.enter_context(atomic_open(output, newline=""))
            sink.start()

        if show_progress:
            progress, task = _make_progress(len(items))
            stack.enter_context(progress)

        def report(message: str) -> None:
            if quiet:
                return
            if progress is not None:
                from rich.text import Text

                progress.console.print(Text(f"claimx: {message}", style="red"))
            else:
                _err(message)

        for index, (doc, words) in enumerate(batch):
            if remote_writes:
                err, write_error = doc.get("error"), doc.get("write_error")
                if err:
                    errors += 1
                    source, message = str(doc.get("source")), str(err.get("message"))
                    if not message.startswith(source):
                        message = f"{source}: {message}"
                    report(f"{message} ({err.get('type')})")
                if write_error:
                    errors += 1
                    report(f"cannot write the output of {doc.get('source')}: {write_error}")
                words_done += words
                if progress is not None:
                    progress.update(task, advance=1, words=words_done, errors=errors)
                continue
            if isinstance(doc, Encoded):
                err, source = doc.error, str(doc.source)
            else:
                err, source = doc.get("error"), str(doc.get("source"))
            if err:
                errors += 1
                message = str(err.get("message"))
                if not message.startswith(source):
                    message = f"{source}: {message}"
                report(f"{message} ({err.get('type')})")
            if targets is not None:
                target = targets[index]
                try:
                    os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
                    text = doc.text if isinstance(doc, Encoded) else dumps(doc, indent=True)
                    atomic_write(target, text + "\n")
                except OSError as e:
                    errors += 1
                    report(f"cannot write {target}: {e.strerror or e}")
            else:
                sink.write(doc)
            words_done += words
            if progress is not None:
                progress.update(task, advance=1, words=words_done, errors=errors)

    if skipped and not quiet:
        _err(f"skipped {skipped} input{'s' if skipped != 1 else ''} with an up-to-date output")
    return EXIT_ERRORS if errors else EXIT_OK


@app.command()
def version() -> None:
    """Print the claimx version."""
    typer.echo(f"claimx {__version__}")


# --------------------------------------------------------------------------- schema, eval, render

@app.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the claimx/1 document."""
    from claimx.tools.schema import schema_text

    typer.echo(schema_text(), nl=False)


EVAL_EPILOG = """\
Example:

  claimx eval gold/ articles/            # gold/<id>.json against articles/<id>.txt

  claimx eval gold/ articles/ --json | jq .macro_f1

Exit status: 0 scored, 2 no gold files or an article missing.
"""


@app.command("eval", epilog=EVAL_EPILOG, no_args_is_help=True)
def eval_command(
    gold_dir: str = typer.Argument(..., metavar="GOLD_DIR", show_default=False,
                                   help="Folder of gold files <id>.json."),
    articles_dir: str = typer.Argument(..., metavar="ARTICLES_DIR", show_default=False,
                                       help="Folder of the articles <id>.txt."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
    verbose: bool = typer.Option(False, "--verbose", "-v",
                                 help="List misses (FN) and false alarms (FP)."),
) -> None:
    """Run claimx over a gold set and score it (precision, recall, F1 per type)."""
    from claimx.tools.evaluate import EvalError, evaluate

    status = None
    if not as_json and _isatty(sys.stderr):
        from rich.console import Console

        status = Console(stderr=True).status("extracting")
    try:
        with status if status is not None else contextlib.nullcontext():
            report = evaluate(gold_dir, articles_dir, on_document=(
                (lambda doc_id: status.update(f"extracting {doc_id}")) if status else None))
    except EvalError as e:
        _err(str(e))
        raise typer.Exit(EXIT_USAGE) from None
    except KeyboardInterrupt:
        _err("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except Exception as e:  # noqa: BLE001 - never show a traceback
        _err(f"error: {type(e).__name__}: {e}")
        raise typer.Exit(EXIT_ERRORS) from None
    if verbose:
        for miss in report.misses:  # on stderr with --json, so stdout stays one JSON object
            typer.echo(miss.line(), err=as_json)
    res = report.result
    if as_json:
        typer.echo(dumps(res))
        return
    from rich.console import Console
    from rich.table import Table

    from claimx.tools.evaluate import TYPES

    table = Table(title=f"claimx eval: {report.documents} document"
                        f"{'s' if report.documents != 1 else ''}", title_justify="left")
    table.add_column("type")
    for col in ("P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="right")
    for t in TYPES:
        r = res[t]
        table.add_row(t, f"{r['p']:.3f}", f"{r['r']:.3f}", f"{r['f1']:.3f}",
                      str(r["tp"]), str(r["fp"]), str(r["fn"]))
    console = Console(file=sys.stdout)
    console.print(table)

    def acc(key: str) -> str:
        return "n/a" if res[key] is None else f"{res[key]:.3f}"

    console.print(f"macro F1 {res['macro_f1']:.3f}  date-value acc {acc('date_value_acc')}  "
                  f"speaker acc {acc('speaker_acc')}  role acc {acc('role_acc')}",
                  highlight=False)


RENDER_EPILOG = """\
Example:

  claimx render article.txt -o article.html      # then open article.html in a browser
"""


@app.command(epilog=RENDER_EPILOG, no_args_is_help=True)
def render(
    article: str = typer.Argument(..., metavar="ARTICLE", show_default=False,
                                  help="An article file, or - for stdin."),
    output: Optional[str] = typer.Option(
        None, "--output", "-o", metavar="FILE",
        help="Write the page to FILE (atomically) instead of stdout."),
    published: Optional[str] = typer.Option(
        None, "--published", metavar="YYYY[-MM[-DD]]",
        help="Publication date, used to resolve dates like 'on Friday'."),
) -> None:
    """Write a self-contained HTML page showing the article with everything claimx found."""
    from claimx.api import ClaimxError, extract as extract_doc
    from claimx.io.reader import read_input
    from claimx.tools.render import render_html

    published = _published_option(published)
    if output:
        problem = _check_output_file(output)
        if problem:
            _err(problem)
            raise typer.Exit(EXIT_ERRORS)
    source = "<stdin>" if article == "-" else article
    try:
        text, encoding = read_input(article)
        doc = extract_doc(text, published=published, source=source)
        # the document as `claimx extract` prints it: encoding after the header fields
        head = {k: doc[k] for k in ("schema", "source", "published", "published_source") if k in doc}
        doc = {**head, "encoding": encoding, **{k: v for k, v in doc.items() if k not in head}}
        # an HTML input is rendered as its extracted text: the offsets refer to that
        page = render_html(doc.get("content", text), doc)
        if output:
            atomic_write(output, page)
        else:
            sys.stdout.write(page)
            sys.stdout.flush()
    except ClaimxError as e:
        _err(f"{e} ({e.etype})")
        raise typer.Exit(EXIT_ERRORS) from None
    except KeyboardInterrupt:
        _err("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except OSError as e:
        _err(f"error: {e}")
        raise typer.Exit(EXIT_ERRORS) from None
    except Exception as e:  # noqa: BLE001 - never show a traceback
        _err(f"error: {type(e).__name__}: {e}")
        raise typer.Exit(EXIT_ERRORS) from None


def main() -> None:
    """Entry point of the ``claimx`` console script."""
    stdout = sys.stdout
    if stdout is not None and (getattr(stdout, "encoding", "") or "").lower().replace("-", "") \
            not in ("utf8",):
        with contextlib.suppress(Exception):
            stdout.reconfigure(encoding="utf-8")
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        with contextlib.suppress(Exception):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_BROKEN_PIPE)
    except Exception as e:  # noqa: BLE001 - never show a traceback
        _err(f"error: {type(e).__name__}: {e}")
        sys.exit(EXIT_ERRORS)


if __name__ == "__main__":  # pragma: no cover
    main()
