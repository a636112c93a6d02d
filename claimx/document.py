"""Assemble the claimx/1 document from a processed Doc."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from claimx.extensions import get
from claimx.models import SCHEMA, sort_items


def build_document(doc: Doc, source: Optional[str] = None) -> dict:
    index: dict[int, int] = {}
    quotes = get(doc, "claimx_quotes") or []
    dumped = {id(q): q.dump() for q in quotes}
    out = {
        "schema": SCHEMA,
        "source": source,
        "published": get(doc, "claimx_published"),
        "published_source": get(doc, "claimx_published_source"),
        "statutes": _acts_apart(_sorted(get(doc, "claimx_statutes"), index)),
        "parties": _sorted(get(doc, "claimx_parties"), index),
        "platforms": _sorted(get(doc, "claimx_platforms"), index),
        "dates": _sorted(get(doc, "claimx_dates"), index),
        # an allegation is the same dict as its entry in quotes (dumped once)
        "allegations": _sorted([q for q in quotes if q.kind == "allegation"], index, dumped),
        "quotes": sort_items(list(dumped.values())),
        "amounts": _sorted(get(doc, "claimx_amounts"), index),
    }
    out["claims"] = [c.dump(lambda o: index.get(id(o))) for c in get(doc, "claimx_claims") or []]
    return out


def _acts_apart(statutes: list[dict]) -> list[dict]:
    """A section's act is among its aliases only where the act is no item of its own: "Section
    107 of the Copyright Act" beside "Copyright Act" named alone are two laws, and the act's
    name belongs to the second."""
    names = {item["name"] for item in statutes}
    for item in statutes:
        if item.get("aliases"):
            item["aliases"] = [a for a in item["aliases"] if a not in names]
    return statutes


def _sorted(objs, index: dict, dumped: Optional[dict] = None) -> list[dict]:
    """The dumped items in claimx/1 order (as ``sort_items``), noting where each object went,
    so claims can point at positions in the final lists; ``dumped``: dicts made already."""
    pairs = [(dumped[id(o)] if dumped else o.dump(), o) for o in objs or []]
    pairs.sort(key=lambda t: (t[0]["start"], t[0]["end"], t[0].get("name") or t[0].get("text") or ""))
    for i, (_, o) in enumerate(pairs):
        index[id(o)] = i
    return [d for d, _ in pairs]


# what one entity is across chunks: a statute by its law and section (a section's name is
# the longest way a chunk cites it, "Section 230" in one, "Section 230 of the ..." in another),
# a party by name and kind, a platform by name
_ENTITY_KEYS = {"statutes": lambda item: (item.get("act") or item["name"], item.get("section")),
                "parties": lambda item: (item.get("name"), item.get("kind")),
                "platforms": lambda item: (item.get("name"),)}


def merge_documents(parts) -> dict:
    """Join the documents of consecutive chunks: shift offsets, merge entities by name."""
    merger = DocumentMerger()
    for offset, doc in parts:
        merger.add(offset, doc)
    return merger.result()


_LIST_KEYS = ("dates", "allegations", "quotes", "amounts")
# what each claim field points into
_CLAIM_POOLS = {"claimants": "parties", "respondents": "parties", "statutes": "statutes", "amounts": "amounts",
                "allegations": "allegations", "dates": "dates"}


class DocumentMerger:
    """merge_documents one chunk at a time: each chunk's document is folded in and can be
    dropped, so a long article holds its joined results, not every chunk's as well. An item
    in two lists of one chunk (a quote that is an allegation) stays one dict, shifted once.
    A chunk's claims keep what they point at by identity until the merged lists are sorted."""

    def __init__(self):
        self.first: dict | None = None
        self.whole = False  # one chunk at offset 0: its document is the result as it is
        self.lists: dict[str, list] = {k: [] for k in _LIST_KEYS}
        self.merged: dict[str, dict[tuple, dict]] = {k: {} for k in _ENTITY_KEYS}
        self.claims: list[dict] = []  # shifted, their indexes replaced by identities
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
        self.first = {k: (None if k in _LIST_KEYS or k in _ENTITY_KEYS or k == "claims" else v)
                      for k, v in first.items()}
        return {k: [] for k in (*_LIST_KEYS, *_ENTITY_KEYS, "claims")}

    def add_items(self, offset: int, doc: dict) -> None:
        shifted: dict[int, dict] = {}  # id(item) -> its shifted copy, for this chunk only

        def shift(item: dict) -> dict:
            out = shifted.get(id(item))
            if out is None:
                out = shifted[id(item)] = _shift(item, offset, self.texts)
            return out

        for key in _LIST_KEYS:
            self.lists[key].extend(shift(item) for item in doc.get(key) or [])
        for key in _ENTITY_KEYS:
            for item in doc[key]:
                item = shift(item)
                k = _identity(key, item, 0)
                held = self.merged[key].get(k)
                if held is None:
                    self.merged[key][k] = item
                    continue
                held["mentions"].extend(item["mentions"])
                if key == "statutes" and item.get("act") and len(item["name"]) > len(held["name"]):
                    held.update(name=item["name"], act=item["act"], aliases=item["aliases"])
        self.claims.extend(_claim_by_identity(c, doc, offset) for c in doc.get("claims") or [])

    def result(self) -> dict:
        if self.whole:
            return self.first
        out = dict(self.first)
        for key in _ENTITY_KEYS:
            out[key] = sort_items(list(self.merged[key].values()))
        out["statutes"] = _acts_apart(out["statutes"])
        for key in _LIST_KEYS:
            out[key] = sort_items(self.lists[key])
        final = {key: {_identity(key, item, 0): i for i, item in enumerate(out[key])}
                 for key in set(_CLAIM_POOLS.values())}
        out["claims"] = [_named_as_merged(_claim_by_index(c, final), out["statutes"]) for c in self.claims]
        return out


def _identity(key: str, item: dict, offset: int) -> tuple:
    """What one chunk's item is in the merged lists: entities by name, the rest by position."""
    if key in _ENTITY_KEYS:
        return _ENTITY_KEYS[key](item)
    return (item["start"] + offset, item["end"] + offset)


def _remap_refs(c: dict, ref) -> dict:
    """The claim with every reference into a pool replaced by ``ref(pool, value)``."""
    c = dict(c)
    for field in ("claimants", "respondents"):
        c[field] = [{**x, "party": ref("parties", x["party"])} for x in c[field]]
    c["statutes"] = [{**x, "statute": ref("statutes", x["statute"])} for x in c["statutes"]]
    c["amounts"] = [ref("amounts", i) for i in c["amounts"]]
    c["allegations"] = [ref("allegations", i) for i in c["allegations"]]
    c["dates"] = [{**x, "date": ref("dates", x["date"])} for x in c["dates"]]
    return c


def _claim_by_identity(c: dict, doc: dict, offset: int) -> dict:
    """A chunk's claim, shifted, pointing at items by identity instead of chunk index."""
    c = _remap_refs(c, lambda pool, i: None if i is None else _identity(pool, doc[pool][i], offset))
    c["evidence"] = [{**e, "start": e["start"] + offset, "end": e["end"] + offset} for e in c["evidence"]]
    return c


def _claim_by_index(c: dict, final: dict) -> dict:
    """The claim with its identities turned into indexes of the merged, sorted lists."""
    return _remap_refs(c, lambda pool, key: None if key is None else final[pool].get(key))


def _named_as_merged(c: dict, statutes: list) -> dict:
    """A claim's statutes named as the merged items they point at (a later chunk may have named
    a section more fully: "Section 2 of the Sherman Act" for "Sherman Act")."""
    c["statutes"] = [x if x["statute"] is None else {**x, "name": statutes[x["statute"]]["name"]}
                     for x in c["statutes"]]
    return c


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
