"""One case record from the claims grouped into it: names, title, status, timeline, id.

- ``id``: "case-" + the first 12 hex digits of SHA-1 over the sorted respondent keys, the
  sorted claimant keys and the smallest (source, claim index) of the case. Same inputs,
  same id; it changes only when the case gains an earlier-sorting article or a party.
- ``title``: the caption the articles give most often ("Doe v. Twitter"), else
  "<claimant> v. <respondent>" from the canonical names (", et al." when a side has more),
  "In re <respondent>" when no claimant is named.
- ``status``: the status of the latest-dated timeline entry; several on that date (or
  none dated) take the furthest stage: filed < ruled < appealed < settled, dismissed,
  decided.
- ``timeline``: one entry per article claim, ordered by the article's publication date
  (else the claim's latest date), then source.
"""
from __future__ import annotations

import collections
import hashlib
from typing import Callable, Iterable, Optional

from .keys import same_party, same_statute
from .summary import Claim

STATUS_ORDER = {"filed": 0, "ruled": 1, "appealed": 2, "settled": 3, "dismissed": 3, "decided": 3}


def _merge_names(items: Iterable[tuple[str, str]], same: Callable[[str, str], bool]) -> list[str]:
    """Display names of the distinct parties (or statutes) among ``(key, display)``
    items, most often named first; names of one party merge (the most frequent spelling,
    then the longest, is shown)."""
    groups: list[dict] = []  # {"keys": [...], "names": Counter, "count": n, "first": order}
    for order, (key, display) in enumerate(items):
        group = next((g for g in groups if any(same(key, k) for k in g["keys"])), None)
        if group is None:
            group = {"keys": [], "names": collections.Counter(), "count": 0, "first": order}
            groups.append(group)
        if key not in group["keys"]:
            group["keys"].append(key)
        group["names"][display] += 1
        group["count"] += 1
    groups.sort(key=lambda g: (-g["count"], g["first"]))
    return [max(g["names"].items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0] for g in groups]


def _most_common(values: Iterable[Optional[str]]) -> Optional[str]:
    counts = collections.Counter(v for v in values if v)
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _entry(claim: Claim) -> dict:
    return {
        "source": claim.source,
        "published": claim.published,
        "date": claim.when,
        "status": claim.status,
        "dates": [{"value": value, "what": what} for value, what in claim.dates],
        "claim": claim.index,
    }


def _latest_status(entries: list[dict]) -> Optional[str]:
    with_status = [e for e in entries if e["status"]]
    if not with_status:
        return None
    dated = [e for e in with_status if e["date"]]
    pool = dated or with_status
    if dated:
        last = max(e["date"] for e in dated)
        pool = [e for e in dated if e["date"] == last]
    return max(pool, key=lambda e: STATUS_ORDER.get(e["status"], -1))["status"]


def _side(names: list[str]) -> str:
    return names[0] + (", et al." if len(names) > 1 else "")


def _title(claimants: list[str], respondents: list[str], captions: list[str]) -> str:
    caption = _most_common(captions)
    if caption:
        return caption
    if claimants and respondents:
        return f"{_side(claimants)} v. {_side(respondents)}"
    if respondents:
        return f"In re {_side(respondents)}"
    return f"{_side(claimants)} v. (unnamed)" if claimants else "(unnamed parties)"


def case_id(claims: list[Claim]) -> str:
    respondents = sorted({k for c in claims for k in c.respondent_keys})
    claimants = sorted({k for c in claims for k in c.claimant_keys})
    first = min((str(c.source), c.index) for c in claims)
    text = "\x1f".join(["|".join(respondents), "|".join(claimants), first[0], str(first[1])])
    return "case-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def build_record(claims: list[Claim]) -> dict:
    """The case dict ``claimx cases`` prints for one group of claims."""
    entries = sorted((_entry(c) for c in claims),
                     key=lambda e: (e["date"] is None, e["date"] or "", str(e["source"]), e["claim"]))
    claimants = _merge_names(((k, d) for c in claims for k, d in c.claimants), same_party)
    respondents = _merge_names(((k, d) for c in claims for k, d in c.respondents), same_party)
    statutes = _merge_names((((t, cit), name) for c in claims for t, cit, name in c.statutes),
                            same_statute)
    amounts = {}
    for c in claims:
        for value, currency, per, text in c.amounts:
            amounts.setdefault((value, currency, per), {"text": text, "value": value,
                                                        "currency": currency, "per": per})
    dates = [d for c in claims for d in [c.published, *(v for v, _ in c.dates)] if d]
    sources = list(dict.fromkeys(str(e["source"]) for e in entries))
    return {
        "id": case_id(claims),
        "title": _title(claimants, respondents, [c.caption_text for c in claims if c.caption_text]),
        "claimants": claimants,
        "respondents": respondents,
        "kind": _most_common(c.kind for c in claims),
        "status": _latest_status(entries),
        "statutes": statutes,
        "court": _most_common(c.court for c in claims),
        "dockets": sorted({c.docket_text for c in claims if c.docket_text}),
        "amounts": list(amounts.values()),
        "first_date": min(dates) if dates else None,
        "last_date": max(dates) if dates else None,
        "timeline": entries,
        "sources": sources,
    }


def sort_key(record: dict) -> tuple:
    """Cases in output order: by first date (undated last), then id."""
    return (record["first_date"] is None, record["first_date"] or "", record["id"])
