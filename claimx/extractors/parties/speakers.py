"""Who speaks in a story, and for whom: a commentator "not involved in the case" is no party;
an office named bare ("Oregon's attorney general filed ...") acts through its one named holder;
an official "who is leading the case" is the office's lawyer; a suing city's mayor speaks for it.
Each runs after the roles (``roles.assign_roles``) and keeps no state outside its call."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from claimx.models import Party
from claimx.text.scan import WordStartScan

from .candidates import Call
from .orgs import polity_heads
from .people import people_cues


@lru_cache(maxsize=1)
def _uninvolved() -> WordStartScan:
    """``people_cues().uninvolved``, tried only at its opening words ("who", "not", "has")."""
    rx = people_cues().uninvolved
    return WordStartScan(rx.pattern, rx.flags)


_ASIDE_BREAK = re.compile(r"[;\"\u201c\u201d()]|\b(?:said|says|told|sued|sues|filed|files|alleged|alleges|accused|accuses|charged)\b")


def uninvolved(call: Call, parties: list[Party]) -> None:
    """"said Ann Roe, who teaches law at Vale and is not involved in the case", "a fellow at the
    Data Institute, which is not a party to the suit": whoever the clause after a mention says
    takes no part in the case is a commentator quoted on it, whatever cue is near (a professor's
    "sued" or "paid to" is about the case, not an act of theirs), so no party."""
    mt = call.mt
    found = [m.start() for m in _uninvolved().finditer(mt, call.gaz_toks)]
    if not found:
        return
    for p in parties:
        if p.role in ("other", "court", "judge"):
            continue
        for m in p.mentions:
            sent = call.sidx.at(m.start) or (m.start, min(len(mt), m.end + 200))
            if mt[m.end:m.end + 1] == "," and any(m.end <= at < min(sent[1], m.end + 200)
                                                 and not _ASIDE_BREAK.search(mt, m.end, at) for at in found):
                p.role = "other"
                break


_CONJUNCT = re.compile(r"\s*,?\s+(?:and|&)\s+(?:the\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){1,7}")
_BY_BEFORE = re.compile(r"\b(?:sued|brought|filed|charged)\s+by\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*(?:'s|\u2019s)?\s+)?$")


def titled_officials(call: Call, parties: list[Party]) -> None:
    """"Oregon's attorney general and the FTC filed lawsuits ... Attorney General Dana Okafor
    said": the office named bare does what its one named holder does. A person whose title is
    an office, with no side of their own, is the plaintiff when the office named bare (not
    before a name; the same place, if both name one) brings the suit; an official "who is leading
    the case" is the office's lawyer; the mayor or governor of a government that is a side speaks
    for it. Runs after the roles."""
    mt, lex = call.mt, call.lex
    lawyer = people_cues().case_lawyer
    for p in parties:  # "Assistant Attorney General A, who is leading the case for the state"
        if p.kind == "person" and p.role == "agency" and any(lawyer.match(mt[m.end:m.end + 120]) for m in p.mentions):
            p.role = "counsel"
    if any(p.kind == "government" and p.role in ("plaintiff", "defendant") and is_polity(p) for p in parties):
        executives = people_cues().polity_executives
        for p in parties:  # "Mayor A said the city had received complaints": the suing city's voice
            if p.kind == "person" and p.role == "other" and (p.title or "").lower() in executives:
                p.role = "agency"
    by_title: dict[str, list[Party]] = {}
    for p in parties:
        if p.kind == "person" and p.title and " " in p.title.strip():
            by_title.setdefault(p.title.lower(), []).append(p)
    low = None  # mt lowercased, made for the first title asked about, not once per title
    for title, holders in by_title.items():
        if len(holders) != 1 or holders[0].role not in ("agency", "other"):
            continue
        p = holders[0]
        low = mt.lower() if low is None else low
        at = low.rfind(title, max(0, p.first.start - len(title) - 30), p.first.start)
        own_place = _place_before(mt, at) if at >= 0 else ""
        for m in re.finditer(r"\b%s\b(?!\s+(?-i:[A-Z]))" % re.escape(title), mt, re.IGNORECASE):
            place = _place_before(mt, m.start())
            if own_place and place and own_place != place:
                continue  # "Louisiana's attorney general filed a similar suit": another office
            sent = call.sidx.at(m.start()) or (max(0, m.start() - 200), min(len(mt), m.end() + 200))
            right = mt[m.end():sent[1]]
            j = _CONJUNCT.match(right)
            roles = lex.right_cues.roles(right) | (lex.right_cues.roles(right[j.end() - 1:]) if j else set())
            if "plaintiff" in roles or _BY_BEFORE.search(mt, max(sent[0], m.start() - 60), m.start()):
                p.role = "plaintiff"
                break


_APPOSED = re.compile(r",\s+(?:the\s+)?")  # between a name and the body of its post


def body_officials(call: Call, parties: list[Party]) -> None:
    """"ACCC chair A said", "said A, chief of the consumer protection section in the state
    attorney general's office": a person with no side of their own, named by their post in a
    government body that acts in the matter, speaks for it (agency). Runs after the roles."""
    mt, cues = call.mt, people_cues()
    ends, starts, ends_of = {}, {}, {}
    for p in parties:
        if p.kind == "government" and p.role in ("plaintiff", "agency"):
            for m in p.mentions:
                ends[m.end] = starts[m.start] = p
                ends_of[m.start] = m.end
    if not ends:
        return
    # the bodies' ends and starts in order: a mention's window is looked up by bisection, not
    # stepped through a character at a time
    end_at, start_at = sorted(ends), sorted(starts)
    for p in parties:
        if p.kind != "person" or p.role != "other":
            continue
        for m in p.mentions:
            lo, hi = bisect_left(end_at, max(0, m.start - 40)), bisect_left(end_at, m.start)
            before = next((e for e in end_at[lo:hi] if cues.official_before.fullmatch(mt, e, m.start)), None)
            lo, hi = bisect_left(start_at, m.end), bisect_left(start_at, min(len(mt), m.end + 160))
            after = next((s for s in start_at[lo:hi] if cues.official_after.fullmatch(mt, m.end, s)), None)
            if after is None and mt[m.end:m.end + 1] == ",":
                # "Thomas Okonjo, the EPA's regional enforcement director,"
                after = next((s for s in start_at[lo:bisect_left(start_at, m.end + 8)] if _APPOSED.fullmatch(mt, m.end, s)
                              and cues.official_of_body.match(mt, ends_of[s])), None)
            if before is not None or after is not None:
                p.role = "agency"
                break


def is_polity(p: Party) -> bool:
    """A city, county or state itself ("Pittsburgh", "the City of Leeds"), not one of its offices."""
    return "place" in p.evidence or p.name.partition(" of ")[0] in polity_heads()


def _place_before(mt: str, at: int) -> str:
    """The capitalized place right before a title at ``at`` ("Oregon's attorney general",
    "Oregon Attorney General Dana ..."), or ""."""
    m = re.search(r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:'s|\u2019s)?\s+$", mt[max(0, at - 40):at])
    return m.group(1) if m else ""
