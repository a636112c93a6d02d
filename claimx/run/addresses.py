"""Where a batch runs: ``--cluster`` addresses checked without importing Dask.

``tcp://host:port`` / ``tls://host:port`` name a running ``dask scheduler``; ``local:N``
starts N local worker processes (``claimx.run.cluster``)."""
from __future__ import annotations

import os
import re
from typing import Any

from claimx.api import check_published

_TCP = re.compile(r"^(tcp|tls)://(\[[0-9A-Fa-f:.]+\]|[^\s/:\[\]]+)(:\d{1,5})?/?$")
_LOCAL = re.compile(r"^local(?::(\d+))?$")

#: the keyword options of :func:`claimx.batch.process_one`
OPTIONS = ("published", "keep_chrome", "include_text", "max_bytes", "model", "patterns",
           "published_from", "published_from_path")
#: the options that are about input paths (no use for a text given as such)
PATH_OPTIONS = ("max_bytes", "published_from", "published_from_path")


def parse_address(address: str) -> tuple[str, Any]:
    """Check a ``--cluster`` value without importing Dask.

    Returns ``("local", n_workers)`` for ``local:N`` (``local`` alone: one worker per
    CPU) or ``("remote", address)`` for ``tcp://host[:port]`` / ``tls://host[:port]``.
    Raises ValueError with a message fit for a usage error.
    """
    value = (address or "").strip()
    m = _LOCAL.match(value)
    if m:
        n = int(m.group(1)) if m.group(1) else (os.cpu_count() or 1)
        if n < 1:
            raise ValueError(f"local:N needs at least one worker, not {value!r}")
        return "local", n
    m = _TCP.match(value)
    if m:
        if m.group(3) and not 0 < int(m.group(3)[1:]) < 65536:
            raise ValueError(f"bad port in cluster address {value!r}")
        return "remote", value.rstrip("/")
    raise ValueError(f"cluster address must be tcp://HOST:PORT (a running dask scheduler) "
                     f"or local:N (N local worker processes), not {address!r}")


#: seconds to wait for the scheduler's port to answer before giving up (exit 2)
CONNECT_TIMEOUT = 10.0


def check_reachable(address: str, timeout: float = CONNECT_TIMEOUT) -> None:
    """Raise OSError (a message fit for a usage error) if a ``tcp://``/``tls://`` scheduler
    does not accept connections: a refused port fails at once, instead of Dask retrying for
    its 30 s connect timeout and the run ending as if every input had failed."""
    import socket

    kind, value = parse_address(address)
    if kind != "remote":
        return
    m = _TCP.match(value)
    host = m.group(2).strip("[]")
    port = int(m.group(3)[1:]) if m.group(3) else 8786
    try:
        with socket.create_connection((host, port), timeout=timeout):
            pass
    except OSError as e:
        reason = e.strerror or str(e) or type(e).__name__
        raise OSError(f"cannot connect to the Dask scheduler at {value}: {reason}") from None


NEEDS_DASK = 'this needs Dask on the client and the workers: pip install "claimx[dask]"'


def dask_available() -> bool:
    """Whether dask.distributed can be imported here (checked without importing it)."""
    import importlib.util

    try:
        return all(importlib.util.find_spec(m) is not None for m in ("dask", "distributed"))
    except (ImportError, ValueError, AttributeError):  # e.g. sys.modules["dask"] = None
        return False


def _check_options(options: dict) -> dict:
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        raise TypeError(f"unknown option(s) {', '.join(unknown)}; expected some of "
                        f"{', '.join(OPTIONS)}")
    options = dict(options)
    if "published" in options:
        options["published"] = check_published(options["published"])
    if options.get("published_from"):
        from claimx.io.published_map import load_published_map

        load_published_map(options["published_from"])  # a bad file raises here, not per input
        options["published_from"] = os.path.abspath(options["published_from"])
    return options
