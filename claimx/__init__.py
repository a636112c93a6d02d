"""claimx: statutes, parties, dates, quoted allegations and platforms from legal news.

    >>> import claimx
    >>> doc = claimx.extract(text, published="2021-01-21")
    >>> [s["name"] for s in doc["statutes"]]

The public API is small: :func:`extract` (the claimx/1 dict the CLI prints) and
:func:`load` (the spaCy ``Language`` that does the work). spaCy is imported on first
use, so ``import claimx`` stays cheap.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["extract", "load", "cases", "SCHEMA", "__version__"]

SCHEMA = "claimx/1"


def extract(text: str, published: str | None = None, source: str | None = None, **options) -> dict:
    """Extract everything from one article; returns the claimx/1 document."""
    from claimx.api import extract as _extract

    return _extract(text, published=published, source=source, **options)


def cases(documents, **options):
    """Group the claims of claimx/1 documents into cases; an iterator of case dicts
    (see :mod:`claimx.grouping`)."""
    from claimx.grouping import cases as _cases

    return _cases(documents, **options)


def load(**options):
    """The claimx spaCy pipeline (built once per process and cached)."""
    from claimx.pipeline import load as _load

    return _load(**options)
