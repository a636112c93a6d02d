"""``claimx extract``: options in, the batch run, documents out."""
from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from typing import List, Optional

import typer

from claimx.cli import options as opt
from claimx.cli.root import app
from claimx.cli.signals import check as check_signals, deferred
from claimx.cli.errors import EXIT_ERRORS, EXIT_OK, EXIT_USAGE, handled, isatty, say, usage_error
from claimx.cli.options import Format
from claimx.cli.outputs import (Sink, SafeDirs, check_output_file, make_progress, output_targets,
                                refuse_input_as_output, up_to_date)
from claimx.io.names import display_path
from claimx.io.reader import DEFAULT_MAX_BYTES, MAX_MAX_BYTES
from claimx.io.writers import atomic_open, atomic_write, dumps, remove_stale_temps
from claimx.run.batch import (DEFAULT_GLOBS, Encoded, check_globs, collect_items, doc_warning,
                              iter_items, provenance, usable_cpus)

EXTRACT_EPILOG = """\
Examples:

  claimx extract article.txt                       # one JSON document

  claimx extract article.txt | jq '.statutes[].name'

  claimx extract news/ > out.jsonl                 # a folder: JSON Lines, one object per file

  cat article.txt | claimx extract -               # stdin

  claimx extract article.txt --published 2021-01-21

  claimx extract archive/ --published-from dates.csv      # source,published a row

  claimx extract archive/ --published-from-path           # archive/2024/05/02/a.txt -> 2024-05-02

  claimx extract news/ --output-dir out/ --skip-existing   # news/a.txt -> out/a.txt.json

Exit status: 0 all good, 1 some input gave an error record, 2 usage error or no inputs,
130 interrupted (Ctrl-C), 143 terminated (SIGTERM), 141 the reader of stdout went away.
"""


@dataclass
class Run:
    """One extract run, options checked."""

    inputs: List[str]
    fmt: Format
    output: Optional[str]
    output_dir: Optional[str]
    skip_existing: bool
    jobs: int
    globs: Optional[List[str]]
    quiet: bool
    cluster: Optional[str]
    options: dict


@app.command(epilog=EXTRACT_EPILOG, no_args_is_help=True)
def extract(
    inputs: List[str] = typer.Argument(
        ..., metavar="INPUTS", show_default=False,
        help="Article files, folders (searched recursively), or - for stdin."),
    published: Optional[str] = opt.published(),
    published_from: Optional[str] = opt.published_from(),
    published_from_path: bool = opt.published_from_path(),
    jsonl: bool = typer.Option(False, "--jsonl", help="JSON Lines even for a single input."),
    fmt: Format = typer.Option(
        Format.json, "--format", "-f", case_sensitive=False, metavar="json|jsonl|csv|table",
        help="json: one object (JSON Lines for several inputs); jsonl; csv (one row per "
             "entity, columns in the README); table (for reading)."),
    output: Optional[str] = opt.output("all output"),
    output_dir: Optional[str] = typer.Option(
        None, "--output-dir", metavar="DIR",
        help="Write one <input name>.json per input under DIR, mirroring the folder tree."),
    skip_existing: bool = typer.Option(
        False, "--skip-existing",
        help="With --output-dir: skip inputs whose output is newer, not an error record, and "
             "made by this claimx version with the same options."),
    jobs: Optional[int] = typer.Option(
        None, "--jobs", "-j", min=1, metavar="N", show_default=False,
        help="Worker processes (default and most: the CPUs this process may use; 1 = no "
             "worker processes)."),
    globs: Optional[List[str]] = typer.Option(
        None, "--glob", metavar="PATTERN", show_default=False,
        help=f"File names to take from folders; repeatable (default: {' '.join(DEFAULT_GLOBS)})."),
    keep_chrome: bool = opt.keep_chrome(),
    include_text: bool = typer.Option(
        False, "--include-text", help="Add the decoded article text as \"content\"."),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_BYTES, "--max-bytes", min=1, max=MAX_MAX_BYTES, metavar="N",
        help="Inputs larger than N bytes give a too_large error record."),
    quiet: bool = typer.Option(
        False, "--quiet", "-q", help="No progress bar, summary or error messages on stderr."),
    model: Optional[str] = opt.model(),
    patterns: Optional[str] = opt.patterns(),
    cluster: Optional[str] = typer.Option(
        None, "--cluster", metavar="ADDRESS",
        help="Run on a Dask cluster: tcp://HOST:8786 (a running scheduler) or local:N "
             "(N local worker processes). Needs pip install \"claimx[dask]\"."),
) -> None:
    """Extract statutes, parties, platforms, dates and allegations from articles as JSON."""
    if jsonl:
        if fmt in (Format.csv, Format.table):
            raise usage_error(f"--jsonl cannot be combined with --format {fmt.value}")
        fmt = Format.jsonl
    if output and output_dir:
        raise usage_error("use either -o/--output or --output-dir, not both")
    if skip_existing and not output_dir:
        raise usage_error("--skip-existing only makes sense with --output-dir")
    if output_dir and fmt in (Format.csv, Format.table):
        raise usage_error(f"--output-dir writes JSON files; it cannot be combined with "
                          f"--format {fmt.value}")
    if cluster and jobs is not None:
        raise usage_error("--jobs and --cluster cannot be combined (with local:N, N is the number of workers)")
    try:
        check_globs(globs)
    except ValueError as e:
        raise usage_error(str(e), "'--glob'") from None
    cpus = usable_cpus()
    if jobs is not None and jobs > cpus:
        if not quiet:
            say(f"--jobs {jobs} is more than the {cpus} CPU{'s' if cpus != 1 else ''} this "
                f"process may use; using {cpus}")
        jobs = cpus
    if cluster:
        _check_cluster(cluster)
    opt.check_pipeline(model, patterns)
    run = Run(inputs, fmt, output, output_dir, skip_existing, jobs or cpus, globs, quiet, cluster,
              dict(published=published, keep_chrome=keep_chrome, include_text=include_text,
                   max_bytes=max_bytes, model=model, patterns=patterns))
    if published_from:
        run.options["published_from"] = published_from
    if published_from_path:
        run.options["published_from_path"] = True
    with handled():
        code = _run(run)
    raise typer.Exit(code)


def _check_cluster(cluster: str) -> None:
    from claimx.run.cluster import NEEDS_DASK, check_reachable, dask_available, parse_address

    try:
        parse_address(cluster)
    except ValueError as e:
        raise usage_error(str(e), "'--cluster'") from None
    if not dask_available():
        raise usage_error(NEEDS_DASK, "'--cluster'")
    try:
        check_reachable(cluster)
    except OSError as e:
        raise usage_error(str(e), "'--cluster'") from None


def _no_inputs(run: Run) -> int:
    globs = " ".join(run.globs or DEFAULT_GLOBS)
    folders = [p for p in run.inputs if p != "-" and os.path.isdir(p)]
    where = ", ".join(display_path(p) for p in folders) or "the arguments"
    say(f"no inputs: nothing in {where} matches {globs}")
    return EXIT_USAGE


class _Tally:
    def __init__(self, quiet: bool, progress=None, task=None):
        self.quiet, self.progress, self.task = quiet, progress, task
        self.done = self.errors = self.words = self.written = 0

    def report(self, message: str) -> None:
        if self.quiet:
            return
        if self.progress is not None:
            from rich.text import Text

            from claimx.io.names import terminal_safe

            self.progress.console.print(Text(f"claimx: {terminal_safe(message)}", style="red"))
        else:
            say(message)

    def error(self, source: str, err: dict) -> None:
        self.errors += 1
        message = str(err.get("message"))
        if not message.startswith(source):
            message = f"{source}: {message}"
        self.report(f"{message} ({err.get('type')})")

    def advance(self, words: int) -> None:
        self.done += 1
        self.words += words
        if self.progress is not None:
            self.progress.update(self.task, advance=1, words=self.words, errors=self.errors)


def _run(run: Run) -> int:
    items = collect_items(run.inputs, run.globs)
    if not items:
        return _no_inputs(run)
    from_folder = any(p != "-" and os.path.isdir(p) for p in run.inputs)
    single = len(items) == 1 and not from_folder and run.fmt is Format.json
    options = run.options
    made_by = provenance(**options)

    targets: Optional[List[Optional[str]]] = None
    skipped = 0
    if run.output_dir:
        if os.path.exists(run.output_dir) and not os.path.isdir(run.output_dir):
            say(f"cannot write to {display_path(run.output_dir)}: it is not a directory")
            return EXIT_ERRORS
        targets = output_targets(items, run.output_dir)
        if run.skip_existing:
            keep = [(item, t) for item, t in zip(items, targets)
                    if t is None or not up_to_date(item.path, t, made_by)]
            skipped = len(items) - len(keep)
            items, targets = [i for i, _ in keep], [t for _, t in keep]
        try:
            os.makedirs(run.output_dir, exist_ok=True)
        except OSError as e:
            say(f"cannot create {display_path(run.output_dir)}: {e.strerror or e}")
            return EXIT_ERRORS
    elif run.output:
        refuse_input_as_output(run.output, items)
        problem = check_output_file(run.output)
        if problem:
            say(problem)
            return EXIT_ERRORS
        remove_stale_temps(os.path.dirname(os.path.abspath(run.output)))

    to_terminal = targets is None and not run.output and isatty(sys.stdout)
    show_progress = not run.quiet and len(items) > 1 and isatty(sys.stderr) and not to_terminal
    sink: Optional[Sink] = None
    if targets is None:
        sink = Sink(run.fmt, None, single=single, indent=True if run.output else to_terminal)
    encode = sink.encode if sink is not None else "pretty"  # --output-dir files are indented
    tally = _Tally(run.quiet)
    written_dirs: set[str] = set()
    try:
        _loop(run, items, targets, sink, encode, tally, show_progress, written_dirs)
    except KeyboardInterrupt as e:
        # no temp file of this run stays behind, even one the signal caught as it was made
        written_dirs.update(os.path.dirname(os.path.abspath(t)) for t in targets or () if t)
        if run.output:
            written_dirs.add(os.path.dirname(os.path.abspath(run.output)))
        for directory in written_dirs:
            remove_stale_temps(directory, own=True)
        partial = run.output + ".partial" if run.output else None
        if partial and sink is not None and sink.count and os.path.exists(partial):
            e.claimx_note = (f"the {sink.count} finished record{'s' if sink.count != 1 else ''} "
                             f"are in {display_path(partial)}")
        raise
    finally:
        for directory in written_dirs:
            remove_stale_temps(directory)
    if not run.quiet and (len(items) + skipped > 1 or from_folder or run.output_dir):
        n = tally.done + skipped
        parts = [f"{n} input{'s' if n != 1 else ''}",
                 f"{tally.written} {'written' if run.output_dir else 'processed'}",
                 f"{tally.errors} error{'s' if tally.errors != 1 else ''}"]
        if run.skip_existing:
            parts.append(f"{skipped} skipped (up to date)")
        say("done: " + ", ".join(parts))
    return EXIT_ERRORS if tally.errors else EXIT_OK


def _loop(run, items, targets, sink, encode, tally, show_progress, written_dirs) -> None:
    options = run.options
    with contextlib.ExitStack() as stack:
        # the pool (if any) starts here, before the progress thread exists
        remote_writes = bool(run.cluster and targets is not None)
        if run.cluster:
            from claimx.run.cluster import iter_cluster

            files = [item for item in items if item.error is None]
            # with --output-dir the workers write the files and send back one summary each
            file_targets = [t for item, t in zip(items, targets or [None] * len(items))
                            if item.error is None]
            inner = iter_cluster([item.path for item in files], run.cluster, batch_size=64,
                                 window=0, output_dir=run.output_dir if remote_writes else None,
                                 out_names=file_targets if remote_writes else None, **options)
            batch = iter_items(items, encode=None, batch=inner, **options)
        else:
            batch = iter_items(items, jobs=run.jobs, encode=encode, **options)
        stack.callback(batch.close)

        if sink is not None:
            if run.output:
                partial = run.output + ".partial"
                sink.fh = stack.enter_context(atomic_open(
                    run.output, newline="",
                    partial=lambda: partial if sink.count else None))
            sink.start()

        check_signals()  # one that came while the pool was forking
        if show_progress:
            tally.progress, tally.task = make_progress(len(items))
            stack.enter_context(tally.progress)

        safe_dirs = SafeDirs(run.output_dir) if run.output_dir else None
        for index, (doc, words) in enumerate(batch):
            check_signals()
            target = targets[index] if targets is not None else None
            if remote_writes and items[index].error is None:
                if doc.get("error"):
                    tally.error(str(doc.get("source")), doc["error"])
                if doc.get("write_error"):
                    tally.errors += 1
                    tally.report(f"cannot write the output of {doc.get('source')}: {doc['write_error']}")
                elif not doc.get("error"):
                    tally.written += 1
                tally.advance(words)
                continue
            if isinstance(doc, Encoded):
                err, source, warning = doc.error, str(doc.source), doc.warning
            else:
                err, source = doc.get("error"), str(doc.get("source"))
                warning = doc_warning(doc, bool(options.get("include_text")))
            if err:
                tally.error(source, err)
            elif warning:
                tally.report(f"{source}: warning: {warning}")
            if targets is not None:
                if target is not None:
                    try:
                        safe_dirs.ensure(target)
                        written_dirs.add(os.path.dirname(target))
                        text = doc.text if isinstance(doc, Encoded) else dumps(doc, indent=True)
                        with deferred():  # a file is written and counted whole, or not at all
                            atomic_write(target, text + "\n", follow_symlinks=False)
                            tally.written += not err
                    except OSError as e:
                        tally.errors += 1
                        tally.report(f"cannot write {display_path(target)}: {e.strerror or e}")
            else:
                sink.write(doc)
                tally.written += not err
            tally.advance(words)
