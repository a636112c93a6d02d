"""The compact per-claim summary grouping works on (documents are dropped once read).

A 100,000-document run keeps only these: keys, display names, dates and where the claim
came from, never the article text, mentions or quotes themselves.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Iterator, Optional

from .keys import canon, court_info, distinctive_words, iso_date, name_key, party_keys, statute_tokens

_CAPTION = re.compile(r"\s+v(?:s)?\.?\s+", re.IGNORECASE)
_SHINGLE = 6  # words per quote shingle: outlets quote the same complaint lines
_SAMPLE = 4  # keep one shingle hash in four (chosen by value), at most _MAX_HASHES a claim
_MAX_HASHES = 16


@dataclass(slots=True)
class Claim:
    """One claim of one article, reduced to what grouping and the case record need."""

    seq: int                  # the document's position in the input
    index: int                # the claim's index in that document's "claims"
    source: Optional[str]
    published: Optional[str]
    respondents: tuple        # ((key, display), ...) canonical
    claimants: tuple
    claimant_sorts: frozenset  # "person" / "government" among the claimants (an official and the office)
    kind: Optional[str]
    status: Optional[str]
    statutes: tuple           # ((tokens, citation, name), ...)
    court: Optional[str]
    caption: Optional[tuple]  # (claimant keys, respondent keys) of "A v. B"
    caption_text: Optional[str]
    docket: Optional[str]     # normalised: "1:24-cv-00123" -> "124cv00123"
    docket_text: Optional[str]
    dates: tuple              # ((iso or None, what), ...)
    amounts: tuple            # ((value, currency, per, text), ...)
    quotes: frozenset         # hashes of word shingles of the claim's allegations

    @property
    def respondent_keys(self) -> frozenset:
        return frozenset(k for k, _ in self.respondents)

    @property
    def claimant_keys(self) -> frozenset:
        return frozenset(k for k, _ in self.claimants)

    @property
    def filed(self) -> Optional[str]:
        return next((d for d, what in self.dates if d and what == "filed"), None)

    @property
    def when(self) -> Optional[str]:
        """The date the timeline orders by: the article's, else its latest claim date."""
        if self.published:
            return self.published
        dated = [d for d, _ in self.dates if d]
        return max(dated) if dated else None

    def features(self) -> set:
        """Evidence two claims of one block must share to be compared at all."""
        out = set()
        for key, _ in self.claimants:
            out.update("c:" + k for k in party_keys(key))
            out.update("w:" + w for w in distinctive_words(key))
        for tokens, citation, _ in self.statutes:
            out.add("s:" + " ".join(sorted(tokens)))
            if citation:
                out.add("cite:" + citation)
        if self.caption is not None:
            out.add("cap:" + repr(self.caption))
        if self.docket:
            out.add("dkt:" + self.docket)
        if self.court:
            out.update("ct:" + t for t in court_info(self.court).tokens)
        out.update("d:" + d for d, _ in self.dates if d and len(d) == 10)
        out.update("a:%s:%s" % (v, c) for v, c, _, _ in self.amounts)
        out.update("q:%d" % h for h in self.quotes)
        return out


def _party(entry, parties: list) -> Optional[tuple]:
    name = entry.get("name") if isinstance(entry, dict) else entry
    if not name and isinstance(entry, dict) and isinstance(entry.get("party"), int):
        idx = entry["party"]
        if 0 <= idx < len(parties):
            name = parties[idx].get("name")
    if not isinstance(name, str) or not name.strip():
        return None
    key, display = canon().resolve(name)
    return (key, display) if key else None


def _sorts(entries: list, parties: list) -> frozenset:
    out = set()
    for entry in entries:
        party = _index(parties, entry.get("party")) if isinstance(entry, dict) else None
        kind = (party or {}).get("kind")
        resolved = _party(entry, parties)
        if kind == "person":
            out.add("person")
        elif kind == "government" or (resolved and any(k.startswith("st:") for k in party_keys(resolved[0]))):
            out.add("government")
    return frozenset(out)


def _unique(pairs) -> tuple:
    seen, out = set(), []
    for pair in pairs:
        if pair is not None and pair[0] not in seen:
            seen.add(pair[0])
            out.append(pair)
    return tuple(out)


def _statute(entry, statutes: list) -> Optional[tuple]:
    name = entry.get("name") if isinstance(entry, dict) else entry
    citation = None
    idx = entry.get("statute") if isinstance(entry, dict) else None
    if isinstance(idx, int) and 0 <= idx < len(statutes):
        name = name or statutes[idx].get("name")
        citation = statutes[idx].get("citation")
    if not isinstance(name, str) or not name.strip():
        return None
    return (statute_tokens(name), citation, name.strip())


def _caption(text: Optional[str]) -> Optional[tuple]:
    if not isinstance(text, str):
        return None
    sides = _CAPTION.split(text.strip(), maxsplit=1)
    if len(sides) != 2:
        return None
    left, right = (canon().resolve(s)[0] for s in sides)
    return (left, right) if left and right else None


def _docket(text) -> Optional[str]:
    if not isinstance(text, str):
        return None
    key = re.sub(r"[^0-9a-z]", "", text.lower())
    return key or None


def _index(items: list, idx) -> Optional[dict]:
    if isinstance(idx, int) and 0 <= idx < len(items) and isinstance(items[idx], dict):
        return items[idx]
    return None


def _dates(claim: dict, doc_dates: list) -> tuple:
    out = []
    for entry in claim.get("dates") or []:
        if not isinstance(entry, dict):
            continue
        date = _index(doc_dates, entry.get("date"))
        value = iso_date(date.get("value")) if date else iso_date(entry.get("value"))
        out.append((value, entry.get("what")))
    return tuple(out)


def _amounts(claim: dict, doc_amounts: list) -> tuple:
    out = []
    for idx in claim.get("amounts") or []:
        amount = _index(doc_amounts, idx)
        if amount and amount.get("value") is not None:
            out.append((amount.get("value"), amount.get("currency"), amount.get("per"),
                        amount.get("text")))
    return tuple(dict.fromkeys(out))


def _quote_hashes(claim: dict, allegations: list) -> frozenset:
    out = set()
    for idx in claim.get("allegations") or []:
        quote = _index(allegations, idx)
        words = re.findall(r"\w+", (quote or {}).get("text", "").lower())
        for i in range(len(words) - _SHINGLE + 1):
            digest = hashlib.blake2b(" ".join(words[i:i + _SHINGLE]).encode(), digest_size=8)
            value = int.from_bytes(digest.digest(), "big")
            if value % _SAMPLE == 0:  # the same shingles are kept in every article
                out.add(value)
    return frozenset(sorted(out)[:_MAX_HASHES])


def summarize(doc: dict, seq: int, optional: bool = False) -> Iterator[Claim]:
    """The claims of one claimx/1 document; ``optional`` claims (cases mentioned in
    passing) are left out unless asked for: they would pull the article into the case
    it merely mentions."""
    if not isinstance(doc, dict) or doc.get("error") or not isinstance(doc.get("claims"), list):
        return
    parties = doc.get("parties") or []
    statutes = doc.get("statutes") or []
    for index, claim in enumerate(doc["claims"]):
        if not isinstance(claim, dict) or (claim.get("optional") and not optional):
            continue
        court = claim.get("court")
        yield Claim(
            seq=seq, index=index, source=doc.get("source"), published=iso_date(doc.get("published")),
            respondents=_unique(_party(p, parties) for p in claim.get("respondents") or []),
            claimants=_unique(_party(p, parties) for p in claim.get("claimants") or []),
            claimant_sorts=_sorts(claim.get("claimants") or [], parties),
            kind=claim.get("kind"), status=claim.get("status"),
            statutes=tuple({s[2]: s for s in (_statute(e, statutes) for e in claim.get("statutes") or [])
                            if s is not None}.values()),
            court=court.strip() if isinstance(court, str) and court.strip() else None,
            caption=_caption(claim.get("caption")),
            caption_text=claim.get("caption") if isinstance(claim.get("caption"), str) else None,
            docket=_docket(claim.get("docket")),
            docket_text=claim.get("docket") if isinstance(claim.get("docket"), str) else None,
            dates=_dates(claim, doc.get("dates") or []),
            amounts=_amounts(claim, doc.get("amounts") or []),
            quotes=_quote_hashes(claim, doc.get("allegations") or []),
        )


__all__ = ["Claim", "summarize", "name_key"]
