"""The Typer application every ``claimx`` command is registered on."""
from __future__ import annotations

from typing import Optional

import typer

from claimx import __version__

def _plain_argument_help() -> None:
    """Typer prints a Python type after each argument in help (``INPUTS <list[str]>``); the
    help text already says what goes there. Only the help screen changes."""
    try:
        from typer.core import TyperArgument
    except ImportError:  # pragma: no cover
        return
    if hasattr(TyperArgument, "display_type_rich"):
        TyperArgument.display_type_rich = lambda self, ctx: None


_plain_argument_help()

app = typer.Typer(
    add_completion=True,       # --install-completion / --show-completion for bash, zsh, fish
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,     # help text is plain: "claimx[dask]" keeps its brackets
    help="Turn English news articles about legal disputes into JSON (statutes, parties, "
         "platforms, dates, allegations, quotes).",
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"claimx {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(version: Optional[bool] = typer.Option(
        None, "--version", callback=_show_version, is_eager=True,
        help="Print the claimx version and exit.")) -> None:
    """Turn English news articles about legal disputes into JSON (statutes, parties,
    platforms, dates, allegations, quotes)."""
