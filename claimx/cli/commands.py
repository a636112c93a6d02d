"""The ``claimx`` command line: a thin Typer layer over claimx.run and claimx.io.

The commands live in small modules (``extract``, ``render``, and here ``version``,
``schema``, ``eval``), all registered on one app (``claimx.cli.root.app``, re-exported as
``claimx.cli.commands.app``); errors and signals are handled in ``claimx.cli.errors``.
"""
from __future__ import annotations

import contextlib
import sys

import typer

from claimx import __version__
from claimx.cli.root import app
from claimx.cli.errors import (EXIT_ERRORS, EXIT_USAGE, finish, handled, install_signal_handlers,
                               isatty, say)
from claimx.cli import extract as _extract_module  # noqa: F401 - registers `extract`
from claimx.cli import render as _render_module  # noqa: F401 - registers `render`
from claimx.cli import cases as _cases_module  # noqa: F401 - registers `cases`
from claimx.io.writers import dumps

__all__ = ["app", "main"]


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
    if not as_json and isatty(sys.stderr):
        from rich.console import Console

        status = Console(stderr=True).status("extracting")
    with handled():
        try:
            with status if status is not None else contextlib.nullcontext():
                report = evaluate(gold_dir, articles_dir, on_document=(
                    (lambda doc_id: status.update(f"extracting {doc_id}")) if status else None))
        except EvalError as e:  # a usage problem (no gold files, an article missing)
            say(str(e))
            raise typer.Exit(EXIT_USAGE) from None
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


def main() -> None:
    """Entry point of the ``claimx`` console script (and of ``python -m claimx``)."""
    stdout = sys.stdout
    if stdout is not None and (getattr(stdout, "encoding", "") or "").lower().replace("-", "") \
            not in ("utf8",):
        with contextlib.suppress(Exception):
            stdout.reconfigure(encoding="utf-8")
    if sys.stderr is not None:
        with contextlib.suppress(Exception):
            sys.stderr.reconfigure(errors="backslashreplace")
    install_signal_handlers()
    code = 0
    try:
        app()  # standalone: Typer prints usage errors and exits; command bodies use handled()
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else EXIT_ERRORS)
        if not isinstance(e.code, (int, type(None))):
            say(str(e.code))
    except Exception as e:  # noqa: BLE001 - outside a command body (a callback): one line
        say(f"error: {type(e).__name__}: {e}")
        code = EXIT_ERRORS
    finish(code)


if __name__ == "__main__":  # pragma: no cover
    main()
