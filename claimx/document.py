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
    }


_ENTITY_KEYS = {"statutes": ("name", "section"), "parties": ("name", "kind"), "platforms": ("name",)}


def merge_documents(parts) -> dict:
    """Join the documents of consecutive chunks: shift offsets, merge entities by name."""
    merger = DocumentMerger()
    for offset, doc in parts:
        merger.add(offset, doc)
    return merger.result()


class DocumentMerger:
    """merge_documents one chunk at a time: each chunk's document is folded in and can be
    dropped, so a long article holds its joined results, not every chunk's as well. An item
    in two lists of one chunk (a quote that is an allegation) stays one dict, shifted once."""

    def __init__(self):
        self.first: dict | None = None
        self.whole = False  # one chunk at offset 0: its document is the result as it is
        self.lists: dict[str, list] = {k: [] for k in _LIST_KEYS}
        self.merged: dict[str, dict[tuple, dict]] = {k: {} for k in _ENTITY_KEYS}
        self.n = 0
        self.texts: dict[str, str] = {}  # one str per distinct mention text ("Meta" x 10,000)

    def add(self, offset: int, doc: dict) -> None:
        self.n += 1
        if self.first is None:
            self.first, self.whole = doc, offset == 0
            if self.whole:
                return
            doc = self._fold_first(offset)
        elif self.whole:
            self.whole = False
            self._fold_first(0)
        self.add_items(offset, doc)

    def _fold_first(self, offset: int) -> dict:
        """Fold the first chunk's items in; keep only its other keys (in their order)."""
        first = self.first
        self.add_items(offset, first)
        self.first = {k: (None if k in _LIST_KEYS or k in _ENTITY_KEYS else v) for k, v in first.items()}
        return {k: [] for k in (*_LIST_KEYS, *_ENTITY_KEYS)}

    def add_items(self, offset: int, doc: dict) -> None:
        shifted: dict[int, dict] = {}  # id(item) -> its shifted copy, for this chunk only

        def shift(item: dict) -> dict:
            out = shifted.get(id(item))
            if out is None:
                out = shifted[id(item)] = _shift(item, offset, self.texts)
            return out

        for key in _LIST_KEYS:
            self.lists[key].extend(shift(item) for item in doc[key])
        for key, fields in _ENTITY_KEYS.items():
            for item in doc[key]:
                item = shift(item)
                k = tuple(item.get(f) for f in fields)
                if k in self.merged[key]:
                    self.merged[key][k]["mentions"].extend(item["mentions"])
                else:
                    self.merged[key][k] = item

    def result(self) -> dict:
        if self.whole:
            return self.first
        out = dict(self.first)
        for key in _ENTITY_KEYS:
            out[key] = sort_items(list(self.merged[key].values()))
        for key in _LIST_KEYS:
            out[key] = sort_items(self.lists[key])
        return out


_LIST_KEYS = ("dates", "allegations", "quotes")


def _shift(item: dict, offset: int, texts: Optional[dict] = None) -> dict:
    item = dict(item)
    for k in ("start", "end", "speaker_start", "speaker_end"):
        if item.get(k) is not None:
            item[k] += offset
    if "mentions" in item:
        pool = {} if texts is None else texts
        item["mentions"] = [{**m, "text": pool.setdefault(m["text"], m["text"]), "start": m["start"] + offset,
                             "end": m["end"] + offset} for m in item["mentions"]]
    return item
