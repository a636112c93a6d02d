"""One place that turns exceptions and signals into messages and exit codes.

Every command body runs inside :func:`handled`; nothing else in the CLI catches broad
exceptions. Messages go to stderr as one ``claimx: ...`` line, made safe for a terminal
(control characters in file names are escaped), and a traceback is never shown.
"""
from __future__ import annotations

import contextlib
import os
import sys
from typing import Iterator, Optional

import typer

from claimx.cli.signals import Terminated, armed, ignore_signals, install_signal_handlers  # noqa: F401 - re-exported
from claimx.io.names import terminal_safe

EXIT_OK = 0
EXIT_ERRORS = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130   # 128 + SIGINT
EXIT_BROKEN_PIPE = 141   # 128 + SIGPIPE
EXIT_TERMINATED = 143    # 128 + SIGTERM

# Typer may vendor its own copy of Click: take the exception classes from Typer itself.
UsageError = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")
ClickException = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
PASS_THROUGH = (typer.Exit, typer.Abort, ClickException)


def say(message: str) -> None:
    """One ``claimx: message`` line on stderr (nothing if stderr is closed)."""
    stream = sys.stderr
    if stream is None:
        return
    with contextlib.suppress(Exception):
        stream.write(f"claimx: {terminal_safe(message)}\n")
        stream.flush()


def usage_error(message: str, param_hint: Optional[str] = None) -> Exception:
    if param_hint:
        return typer.BadParameter(message, param_hint=param_hint)
    return UsageError(message)


def isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except Exception:  # noqa: BLE001 - closed or odd streams are not terminals
        return False


def stdout() -> "typer.FileText":
    """sys.stdout, or an OSError if the command was started with stdout closed (``>&-``)."""
    if sys.stdout is None:
        raise OSError("cannot write the output: standard output is closed (use -o FILE)")
    return sys.stdout


def _silence_stdout() -> None:
    # the reader went away: later flushes (at exit) must not fail again
    with contextlib.suppress(Exception):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


@contextlib.contextmanager
def handled() -> Iterator[None]:
    """Run a command body: exceptions become a message and ``typer.Exit(code)``."""
    try:
        with armed():
            yield
    except PASS_THROUGH:
        raise
    except KeyboardInterrupt as e:
        ignore_signals()  # a second Ctrl-C during the message must not print a traceback
        note = getattr(e, "claimx_note", None)
        say("interrupted" + (f"; {note}" if note else ""))
        code = 128 + e.signum if isinstance(e, Terminated) else EXIT_INTERRUPTED
        raise typer.Exit(code) from None
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    except Exception as e:  # noqa: BLE001 - never show a traceback
        from claimx.api import ClaimxError

        if isinstance(e, ClaimxError):
            say(f"{e} ({e.etype})")
        elif isinstance(e, OSError):
            say(f"error: {e.strerror if e.strerror and e.filename is None else e}")
        else:
            say(f"error: {type(e).__name__}: {e}")
        raise typer.Exit(EXIT_ERRORS) from None


def finish(code: int) -> None:
    """Leave the process with ``code``, and nothing else on the terminal.

    After an interrupt, buffered output is dropped (flushing it could block on a slow
    pipe again); otherwise stdout is flushed (a reader that went away gives 141). Then
    ``os._exit``: the interpreter's shutdown would join pool and client threads whose
    pipes are gone, which is where "Exception ignored ..." lines came from."""
    if code not in (EXIT_INTERRUPTED, EXIT_TERMINATED, EXIT_BROKEN_PIPE) and code < 128:
        try:
            if sys.stdout is not None:
                sys.stdout.flush()
        except BrokenPipeError:
            code = EXIT_BROKEN_PIPE
        except (OSError, ValueError):
            code = code or EXIT_ERRORS
    with contextlib.suppress(Exception):
        if sys.stderr is not None:
            sys.stderr.flush()
    os._exit(code)
