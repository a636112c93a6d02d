"""Result types: plain dataclasses that dump to the claimx/1 dict.

Every item carries character offsets into the text as decoded, so that
``text[start:end] == item.text`` for the item and each of its mentions.
"""
from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Optional

SCHEMA = "claimx/1"


class Mention(NamedTuple):
    """One occurrence; immutable, hashable and ordered by (start, end, text), as a tuple
    (created tens of thousands of times per corpus: a tuple is the cheapest such object)."""

    start: int
    end: int
    text: str

    def dump(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Entity:
    """A thing mentioned one or more times (statute, party, platform)."""

    name: str
    mentions: list[Mention] = field(default_factory=list)

    def add(self, mention: Mention) -> None:
        seen = self.__dict__.get("_seen")
        if seen is None:  # the first mention: no empty set made at every later one
            seen = self.__dict__["_seen"] = set()
        if mention not in seen:
            seen.add(mention)
            if self.mentions and mention < self.mentions[-1]:
                insort(self.mentions, mention)
            else:
                self.mentions.append(mention)

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    def _base(self) -> dict:
        first = self.first
        return {"name": self.name, "text": first.text, "start": first.start, "end": first.end}

    def _tail(self) -> dict:
        return {"mentions": [m.dump() for m in sorted(self.mentions)]}


@dataclass
class Statute(Entity):
    key: str = ""
    section: Optional[str] = None
    citation: Optional[str] = None
    year: Optional[int] = None
    jurisdiction: Optional[str] = None
    act: Optional[str] = None  # for a section: the canonical name of its act

    def dump(self) -> dict:
        return {**self._base(), "section": self.section, "citation": self.citation,
                "year": self.year, "jurisdiction": self.jurisdiction, "act": self.act,
                "aliases": [self.act] if self.act and self.act != self.name else [],
                **self._tail()}


@dataclass
class Platform(Entity):
    key: str = ""
    operator: Optional[str] = None
    category: Optional[str] = None

    def dump(self) -> dict:
        return {**self._base(), "operator": self.operator, "category": self.category,
                **self._tail()}


@dataclass
class Party(Entity):
    kind: str = "organization"
    role: str = "other"
    title: Optional[str] = None
    evidence: list[str] = field(default_factory=list)

    def dump(self) -> dict:
        return {**self._base(), "kind": self.kind, "role": self.role, "title": self.title,
                **self._tail()}


@dataclass(order=True)
class DateExpr:
    start: int
    end: int
    text: str
    value: Optional[str] = None
    precision: str = "vague"

    def dump(self) -> dict:
        # a season or quarter is certain only to its year (the guidelines' ISO forms); its
        # TIMEX form ("2023-FA", "2022-Q1") goes in ``period``
        value, period = self.value, None
        if self.precision in ("season", "quarter") and value:
            period = value
            value = value[:4] if value[:4].isdigit() else None
        return {"text": self.text, "value": value, "precision": self.precision, "period": period,
                "start": self.start, "end": self.end}


@dataclass(order=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str = "statement"
    speaker: Optional[str] = None
    speaker_text: Optional[str] = None
    speaker_start: Optional[int] = None
    speaker_end: Optional[int] = None
    verb: Optional[str] = None
    truncated: bool = False

    def dump(self) -> dict:
        return {"text": self.text, "kind": self.kind, "speaker": self.speaker,
                "speaker_text": self.speaker_text, "speaker_start": self.speaker_start,
                "speaker_end": self.speaker_end, "verb": self.verb,
                "truncated": self.truncated, "start": self.start, "end": self.end}


@dataclass(order=True)
class Amount:
    """A money sum; ``value`` the low end of a range, ``value_high`` its high end (else None);
    ``per``: the rate unit ("violation", "day") or None."""

    start: int
    end: int
    text: str
    value: float
    currency: Optional[str] = None
    per: Optional[str] = None
    value_high: Optional[float] = None
    vague: bool = False  # "tens of millions of dollars": its value is only the least it can be

    def dump(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value,
                "currency": self.currency, "per": self.per, "value_high": self.value_high}


@dataclass
class Claim:
    """One legal action; holds the result objects it ties together, which the document turns
    into indexes of its sorted lists (``dump(index)``: index(obj) -> position or None)."""

    claimants: list = field(default_factory=list)      # [(name, Party or None)]
    respondents: list = field(default_factory=list)    # [(name, Party or None)]
    kind: str = "lawsuit"
    status: str = "filed"
    statutes: list = field(default_factory=list)       # [Statute]
    court: Optional[Any] = None                        # Party
    amounts: list = field(default_factory=list)        # [Amount]
    allegations: list = field(default_factory=list)    # [Quote]
    dates: list = field(default_factory=list)          # [(DateExpr, what)]
    caption: Optional[str] = None
    docket: Optional[str] = None
    optional: bool = False
    evidence: list = field(default_factory=list)       # [(start, end, sentence text)]

    def dump(self, index) -> dict:
        def ids(objs):
            return sorted({i for i in (index(o) for o in objs) if i is not None})

        def side(entries):
            return [{"name": name, "party": index(p) if p is not None else None} for name, p in entries]

        return {"claimants": side(self.claimants), "respondents": side(self.respondents),
                "kind": self.kind, "status": self.status,
                "statutes": [{"name": self.statutes_by_index(index)[i], "statute": i}
                             for i in sorted(self.statutes_by_index(index))],
                "court": self.court.name if self.court is not None else None,
                "amounts": ids(self.amounts), "allegations": ids(self.allegations),
                "dates": sorted(({"date": index(d), "what": what} for d, what in self.dates
                                 if index(d) is not None), key=lambda x: (x["date"], x["what"])),
                "caption": self.caption, "docket": self.docket, "optional": self.optional,
                "evidence": [{"start": s, "end": e, "text": t} for s, e, t in sorted(set(self.evidence))]}

    def statutes_by_index(self, index) -> dict:
        return {index(s): s.name for s in self.statutes if index(s) is not None}


def sort_items(items: list[dict]) -> list[dict]:
    """Sort dumped items by offset, then by name/text, so output is deterministic."""
    return sorted(items, key=lambda d: (d["start"], d["end"], d.get("name") or d.get("text") or ""))


#: the lists every document has, error records included (empty there), so that
#: ``jq '.statutes[].name'`` over a corpus with a failed input does not stop at it
LIST_KEYS = ("statutes", "parties", "platforms", "dates", "allegations", "quotes")


def error_document(source: Optional[str], etype: str, message: str) -> dict[str, Any]:
    doc: dict[str, Any] = {"schema": SCHEMA, "source": source,
                           "error": {"type": etype, "message": message}}
    doc.update((key, []) for key in LIST_KEYS)
    return doc
