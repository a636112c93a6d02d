"""Assemble the claimx/1 document from a processed Doc."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from claimx.extensions import get
from claimx.models import SCHEMA, sort_items


def build_document(doc: Doc, source: Optional[str] = None) -> dict:
    index: dict[int, int] = {}
    quotes = get(doc, "claimx_quotes") or []
    out = {
        "schema": SCHEMA,
        "source": source,
        "published": get(doc, "claimx_published"),
        "published_source": get(doc, "claimx_published_source"),
        "statutes": _sorted(get(doc, "claimx_statutes"), index),
        "parties": _sorted(get(doc, "claimx_parties"), index),
        "platforms": _sorted(get(doc, "claimx_platforms"), index),
        "dates": _sorted(get(doc, "claimx_dates"), index),
        "allegations": _sorted([q for q in quotes if q.kind == "allegation"], index),
        "quotes": sort_items([q.dump() for q in quotes]),
        "amounts": _sorted(get(doc, "claimx_amounts"), index),
    }
    out["claims"] = [c.dump(lambda o: index.get(id(o))) for c in get(doc, "claimx_claims") or []]
    return out


def _sorted(objs, index: dict) -> list[dict]:
    """The dumped items in claimx/1 order (as ``sort_items``), noting where each object went,
    so claims can point at positions in the final lists."""
    pairs = [(o.dump(), o) for o in objs or []]
    pairs.sort(key=lambda t: (t[0]["start"], t[0]["end"], t[0].get("name") or t[0].get("text") or ""))
    for i, (_, o) in enumerate(pairs):
        index[id(o)] = i
    return [d for d, _ in pairs]


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
    out["claims"] = _merge_claims(parts, out)
    return out


_CLAIM_POOLS = {"claimants": "parties", "respondents": "parties", "statutes": "statutes", "amounts": "amounts",
                "allegations": "allegations", "dates": "dates"}


def _identity(key: str, item: dict, offset: int) -> tuple:
    """What one chunk's item is in the merged lists: entities by name, the rest by position."""
    if key in _ENTITY_KEYS:
        return tuple(item.get(f) for f in _ENTITY_KEYS[key])
    return (item["start"] + offset, item["end"] + offset)


def _merge_claims(parts: list[tuple[int, dict]], out: dict) -> list[dict]:
    """Each chunk's claims, shifted, with their indexes pointing into the merged lists."""
    final = {key: {_identity(key, item, 0): i for i, item in enumerate(out[key])} for key in set(_CLAIM_POOLS.values())}
    claims = []
    for offset, doc in parts:
        def remap(key: str, i):
            if i is None:
                return None
            return final[key].get(_identity(key, doc[key][i], offset))

        for c in doc.get("claims") or []:
            c = dict(c)
            for field in ("claimants", "respondents"):
                c[field] = [{**x, "party": remap("parties", x["party"])} for x in c[field]]
            c["statutes"] = [{**x, "statute": remap("statutes", x["statute"])} for x in c["statutes"]]
            c["amounts"] = [remap("amounts", i) for i in c["amounts"]]
            c["allegations"] = [remap("allegations", i) for i in c["allegations"]]
            c["dates"] = [{**x, "date": remap("dates", x["date"])} for x in c["dates"]]
            c["evidence"] = [{**e, "start": e["start"] + offset, "end": e["end"] + offset} for e in c["evidence"]]
            claims.append(c)
    return claims


def _shift(item: dict, offset: int) -> dict:
    item = dict(item)
    for k in ("start", "end", "speaker_start", "speaker_end"):
        if item.get(k) is not None:
            item[k] += offset
    if "mentions" in item:
        item["mentions"] = [{**m, "start": m["start"] + offset, "end": m["end"] + offset} for m in item["mentions"]]
    return item


def with_encoding(doc: dict, encoding: str) -> dict:
    """The document as ``claimx extract`` prints it: ``encoding`` right after the header fields."""
    out: dict = {}
    for key in ("schema", "source", "published", "published_source"):
        if key in doc:
            out[key] = doc[key]
    out["encoding"] = encoding
    for key, value in doc.items():
        if key not in out:
            out[key] = value
    return out
