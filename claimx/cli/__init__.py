"""The ``claimx`` command: a thin Typer layer over the library."""
from claimx.cli.commands import app, main

__all__ = ["app", "main"]
