"""claimx.extract: one article in, one claimx/1 document out."""
from __future__ import annotations

import re
from typing import Optional

from .models import SCHEMA

_PUBLISHED = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")


class ClaimxError(Exception):
    """An input claimx cannot process; ``etype`` goes into the error record."""

    def __init__(self, etype: str, message: str):
        super().__init__(message)
        self.etype = etype


def check_published(published: Optional[str]) -> Optional[str]:
    if published is None or published == "":
        return None
    published = str(published).strip()
    if not _PUBLISHED.match(published):
        raise ValueError(f"published must be YYYY-MM-DD, YYYY-MM or YYYY, not {published!r}")
    if len(published) == 10:
        import datetime as dt

        try:
            dt.date.fromisoformat(published)
        except ValueError:
            raise ValueError(f"published is not a calendar date: {published!r}") from None
    return published


def extract(text: str, published: Optional[str] = None, source: Optional[str] = None, *,
            keep_chrome: bool = False, model: Optional[str] = None, include_text: bool = False,
            published_source: Optional[str] = None) -> dict:
    """The claimx/1 document for ``text`` (exactly what ``claimx extract`` prints)."""
    from .document import build_document
    from .pipeline import load

    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    published = check_published(published)
    nlp = load(model=model, keep_chrome=keep_chrome)
    doc = nlp.make_doc(text)
    doc._.claimx_published = published
    doc._.claimx_published_source = (published_source or "option") if published else None
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    out = build_document(doc, source)
    if include_text:
        out["content"] = text
    assert out["schema"] == SCHEMA
    return out
