"""SIGINT, SIGTERM and SIGHUP as exceptions, installed before the heavy imports.

Kept free of imports beyond the standard library: ``claimx.cli.main`` installs these first,
so a signal during start-up already ends the run quietly.
"""
from __future__ import annotations

import contextlib
import signal
import threading


class Terminated(KeyboardInterrupt):
    """SIGTERM (or SIGHUP) as an exception: every cleanup that runs on Ctrl-C (the pool
    ended, temp files removed, finished files kept) runs for it too."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


_installed: list[bool] = []


def ignore_signals() -> None:
    """Ignore further SIGINT/SIGTERM, only in the claimx process itself (not when the app is
    run by a test runner or another program, whose signals are its own)."""
    if _installed and threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(Exception):
                signal.signal(sig, signal.SIG_IGN)


_armed = 0
_pending: list[int] = []


@contextlib.contextmanager
def armed():
    """While a command body runs, a signal is raised as an exception, so that its cleanup
    (pool, temp files, partial output) runs. Outside, nothing needs cleaning: the process
    says so and exits at once (Click would otherwise turn the interrupt into a silent 130)."""
    global _armed
    _armed += 1
    try:
        yield
    finally:
        _armed -= 1


_deferring = 0


@contextlib.contextmanager
def deferred():
    """A signal that lands in the block is raised when the block is done: a record is then
    written and counted, or neither (the interrupt note says how many records the partial
    file holds)."""
    global _deferring
    _deferring += 1
    try:
        yield
    finally:
        _deferring -= 1
    if _pending and not _deferring:
        raise _exception(_pending[0])


def _exit_code(signum: int) -> int:
    return 130 if signum == signal.SIGINT else 128 + signum


def _on_signal(signum, _frame) -> None:
    # first signal only: the cleanup it starts must not be cut short by a second one
    ignore_signals()
    if not _armed:
        import os

        with contextlib.suppress(OSError):
            os.write(2, b"claimx: interrupted\n")
        os._exit(_exit_code(signum))
    _pending.append(signum)
    if _deferring:
        return  # raised at the end of the deferred block
    raise _exception(signum)


def _exception(signum: int) -> KeyboardInterrupt:
    return KeyboardInterrupt() if signum == signal.SIGINT else Terminated(signum)


def check() -> None:
    """Raise the interrupt again if it was swallowed: a signal that lands in a callback
    Python runs for itself (an at-fork hook, a finalizer) is printed as "Exception ignored"
    and lost; the batch loop calls this between documents so the run still stops."""
    if _pending:
        raise _exception(_pending[0])


def _unraisable(hook):
    def quiet(unraisable) -> None:
        if isinstance(unraisable.exc_value, KeyboardInterrupt) and _pending:
            return  # our own interrupt, swallowed by a callback: check() raises it again
        hook(unraisable)

    return quiet


def install_signal_handlers() -> None:
    """SIGINT, SIGTERM and SIGHUP end the run through the same cleanup (exit 130, 143, 129)."""
    import sys

    _installed.append(True)
    sys.unraisablehook = _unraisable(sys.unraisablehook)
    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is None:
            continue
        with contextlib.suppress(Exception):
            if signal.getsignal(sig) is signal.SIG_IGN and name != "SIGTERM":
                continue  # e.g. started with nohup: keep ignoring it
            signal.signal(sig, _on_signal)
