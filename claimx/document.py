"""Assemble the claimx/1 document from a processed Doc."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from claimx.extensions import get
from claimx.models import SCHEMA, sort_items


def build_document(doc: Doc, source: Optional[str] = None) -> dict:
    quotes = [q.dump() for q in get(doc, "claimx_quotes") or []]
    return {
        "schema": SCHEMA,
        "source": source,
        "published": get(doc, "claimx_published"),
        "published_source": get(doc, "claimx_published_source"),
        "statutes": sort_items([s.dump() for s in get(doc, "claimx_statutes") or []]),
        "parties": sort_items([p.dump() for p in get(doc, "claimx_parties") or []]),
        "platforms": sort_items([p.dump() for p in get(doc, "claimx_platforms") or []]),
        "dates": sort_items([d.dump() for d in get(doc, "claimx_dates") or []]),
        "allegations": sort_items([q for q in quotes if q["kind"] == "allegation"]),
        "quotes": sort_items(quotes),
        "amounts": sort_items([a.dump() for a in get(doc, "claimx_amounts") or []]),
        "claims": [],
    }


_ENTITY_KEYS = {"statutes": ("name", "section"), "parties": ("name", "kind"), "platforms": ("name",)}


def merge_documents(parts: list[tuple[int, dict]]) -> dict:
    """Join the documents of consecutive chunks: shift offsets, merge entities by name."""
    if len(parts) == 1 and parts[0][0] == 0:
        return parts[0][1]
    out = dict(parts[0][1])
    for key in ("statutes", "parties", "platforms", "dates", "allegations", "quotes", "amounts"):
        out[key] = []
    merged: dict[str, dict[tuple, dict]] = {k: {} for k in _ENTITY_KEYS}
    for offset, doc in parts:
        for key in ("dates", "allegations", "quotes", "amounts"):
            for item in doc.get(key) or []:
                out[key].append(_shift(item, offset))
        for key, fields in _ENTITY_KEYS.items():
            for item in doc[key]:
                item = _shift(item, offset)
                k = tuple(item.get(f) for f in fields)
                if k in merged[key]:
                    merged[key][k]["mentions"].extend(item["mentions"])
                else:
                    merged[key][k] = item
    for key in _ENTITY_KEYS:
        out[key] = sort_items(list(merged[key].values()))
    for key in ("dates", "allegations", "quotes", "amounts"):
        out[key] = sort_items(out[key])
    return out


def _shift(item: dict, offset: int) -> dict:
    item = dict(item)
    for k in ("start", "end", "speaker_start", "speaker_end"):
        if item.get(k) is not None:
            item[k] += offset
    if "mentions" in item:
        item["mentions"] = [{**m, "start": m["start"] + offset, "end": m["end"] + offset} for m in item["mentions"]]
    return item
