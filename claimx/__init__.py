"""claimx: statutes, parties, dates, quoted allegations and platforms from legal news.

    >>> import claimx
    >>> doc = claimx.extract(text, published="2021-01-21")
    >>> [s["name"] for s in doc["statutes"]]

The public API is small: :func:`extract` (the claimx/1 dict the CLI prints),
:func:`extract_file` (the same for a file) and :func:`load` (the spaCy ``Language`` that does the work). spaCy is imported on first
use, so ``import claimx`` stays cheap.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["extract", "extract_file", "load", "SCHEMA", "__version__"]

SCHEMA = "claimx/1"


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


def load(**options):
    """The claimx spaCy pipeline (built once per process and cached)."""
    from claimx.pipeline import load as _load

    return _load(**options)
