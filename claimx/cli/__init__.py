"""The ``claimx`` command: a thin Typer layer over the library.

``main`` installs the signal handlers before importing the commands (Typer, rich, spaCy),
so a Ctrl-C or SIGTERM during start-up ends the run as quietly as one later on.
"""
from __future__ import annotations

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the ``claimx`` console script."""
    from claimx.cli.signals import install_signal_handlers

    install_signal_handlers()
    try:
        from claimx.cli.commands import main as run
    except KeyboardInterrupt as e:  # a signal while importing
        import os
        import sys

        from claimx.cli.signals import Terminated, ignore_signals

        ignore_signals()
        if sys.stderr is not None:
            sys.stderr.write("claimx: interrupted\n")
            sys.stderr.flush()
        os._exit(128 + e.signum if isinstance(e, Terminated) else 130)
    run()


def __getattr__(name: str):
    if name == "app":  # the Typer app, imported only when asked for
        from claimx.cli.commands import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
