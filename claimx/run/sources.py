"""One input of a cluster batch: a local path (relative to the client's folder) or an
fsspec URL (``s3://...``), read and extracted on a worker with the batch's error records."""
from __future__ import annotations

import os
from typing import Optional

from claimx.errors import ClaimxError
from claimx.io.names import display_path
from claimx.io.reader import decode_bytes
from claimx.run.batch import _process


def _resolve(path: str, base: Optional[str]) -> str:
    """A local path as the client meant it: relative paths are relative to the client's
    working directory ``base``, not to the worker's."""
    if base is None or path == "-" or os.path.isabs(path):
        return path
    return os.path.join(base, path)


def _is_url(path: str, base: Optional[str] = None) -> bool:
    """An fsspec URL (``s3://...``, ``file://...``, ``memory://...``), not a local path."""
    return "://" in path and path != "-" and not os.path.exists(_resolve(path, base))


def _read_url(url: str, max_bytes: int) -> bytes:
    """The raw bytes behind an fsspec URL, with the claimx size limit and error types."""
    from claimx.io.reader import _oserror, _read_limited

    try:
        import fsspec
    except ImportError:
        raise ClaimxError("unreadable", f"{url}: cannot read URLs: fsspec is not installed "
                                        f"(pip install \"claimx[dask]\")") from None
    try:
        with fsspec.open(url, "rb") as fh:
            return _read_limited(fh, max_bytes)
    except ClaimxError:
        raise
    except OSError as e:
        raise _oserror(url, e) from None
    except ImportError as e:  # the filesystem package (s3fs, gcsfs, ...) is missing
        raise ClaimxError("unreadable", f"{url}: cannot read: {e}") from None
    except ValueError as e:  # e.g. "Protocol not known"
        raise ClaimxError("unreadable", f"{url}: cannot read: {e}") from None


def _read_url_text(url: str, max_bytes: int) -> tuple[str, str]:
    return decode_bytes(_read_url(url, max_bytes))


def _process_url(url: str, **options) -> tuple[dict, int]:
    return _process(url, read=_read_url_text, **options)


def _process_any(path: str, base: Optional[str] = None, **options) -> tuple[dict, int]:
    """``(document, words)`` for a local path or URL; a relative path is opened in
    ``base`` but reported as given (``source`` and error messages, as in-process)."""
    if _is_url(path, base):
        return _process_url(path, **options)
    real = _resolve(path, base)
    doc, words = _process(real, **options)
    if real != path:
        doc["source"] = display_path(path)
        err = doc.get("error")
        if err and isinstance(err.get("message"), str):
            err["message"] = err["message"].replace(real, path)
    return doc, words


def process_path(path: str, **options) -> dict:
    """The claimx/1 document for one local path or fsspec URL; never raises.

    Local paths (and ``"-"``) go through :func:`claimx.batch.process_one`; a path with
    ``"://"`` that is not an existing local file is opened with ``fsspec.open(path, "rb")``,
    decoded like a file and extracted, with the same error records.
    """
    return _process_any(path, **options)[0]
