"""Assemble the claimx/1 document from a processed Doc."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from .models import SCHEMA, sort_items


def build_document(doc: Doc, source: Optional[str] = None) -> dict:
    quotes = [q.dump() for q in doc._.claimx_quotes or []]
    return {
        "schema": SCHEMA,
        "source": source,
        "published": doc._.claimx_published,
        "published_source": doc._.claimx_published_source,
        "statutes": sort_items([s.dump() for s in doc._.claimx_statutes or []]),
        "parties": sort_items([p.dump() for p in doc._.claimx_parties or []]),
        "platforms": sort_items([p.dump() for p in doc._.claimx_platforms or []]),
        "dates": sort_items([d.dump() for d in doc._.claimx_dates or []]),
        "allegations": sort_items([q for q in quotes if q["kind"] == "allegation"]),
        "quotes": sort_items(quotes),
    }
