"""claimx: statutes, parties, dates, quoted allegations and platforms from legal news.

    >>> import claimx
    >>> doc = claimx.extract(text, published="2021-01-21")
    >>> [s["name"] for s in doc["statutes"]]

The public API is small: :func:`extract` (the claimx/1 dict the CLI prints),
:func:`extract_file` (the same for a file), :func:`cases` (claims grouped across articles), :func:`load`
(the spaCy ``Language`` that does the work), the result types the components leave on the
Doc (``Statute``, ``Party``, ``Platform``, ``DateExpr``, ``Quote``, ``Mention``) and
``ClaimxError``. Everything past this module is imported on first use, so ``import claimx``
stays cheap (no spaCy).
"""
from __future__ import annotations

from importlib import import_module

__all__ = ["extract", "extract_file", "load", "cases", "ClaimxError", "SCHEMA", "__version__",
           "Mention", "Statute", "Party", "Platform", "DateExpr", "Quote"]

# name -> the module that defines it, imported when the name is first asked for
_LAZY = {"ClaimxError": "claimx.errors", "SCHEMA": "claimx.models", "Mention": "claimx.models",
         "Statute": "claimx.models", "Party": "claimx.models", "Platform": "claimx.models",
         "DateExpr": "claimx.models", "Quote": "claimx.models"}


def _version() -> str:
    """The installed distribution's version (pyproject.toml is the one place it is written)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("claimx")
    except PackageNotFoundError:  # a source tree on sys.path, never installed
        return "0+unknown"


def __getattr__(name: str):
    if name == "__version__":
        value = _version()
    elif name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
    else:
        raise AttributeError(f"module 'claimx' has no attribute {name!r}")
    globals()[name] = value  # asked once
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def extract(text: str | bytes, published: str | None = None, source: str | None = None,
            **options) -> dict:
    """Extract everything from one article (its text, or its bytes decoded as the CLI
    decodes files); returns the claimx/1 document. For a file, use :func:`extract_file`."""
    from claimx.api import extract as _extract

    return _extract(text, published=published, source=source, **options)


def extract_file(path, published: str | None = None, **options) -> dict:
    """The claimx/1 document for a file, read and decoded as ``claimx extract`` does
    (``source`` and ``encoding`` set); raises claimx.api.ClaimxError if it cannot be read."""
    from claimx.api import extract_file as _extract_file

    return _extract_file(path, published=published, **options)


def cases(documents, **options):
    """Group the claims of claimx/1 documents into cases; an iterator of case dicts
    (see :mod:`claimx.grouping`)."""
    from claimx.grouping import cases as _cases

    return _cases(documents, **options)


def load(**options):
    """The claimx spaCy pipeline (built once per process and cached)."""
    from claimx.pipeline import load as _load

    return _load(**options)
