"""Which law fits which action, from who brings it: the second reading of a claim's laws.

Tie words ("under", "violated") tell which laws a sentence ties to an action; they miss the
laws an article names away from the suit sentence and mis-give the laws of one action to
another told beside it. Who brings an action says much of its law: an agency enforces the
laws its name shares ("Federal Trade Commission" / "FTC Act", "Fair Trade Commission" /
"Fair Trade Act"), a state's attorney general sues under that state's laws and not another
state's, a prosecutor charges under a criminal law. ``refit`` moves laws by that fit; where
nothing fits, the tie words' reading stands.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Optional

from claimx.extractors.claims.attach import argued_by_other
from claimx.extractors.claims.stages import prosecutor_name
from claimx.io.resources import load_json

_WORD = re.compile(r"[A-Za-z][A-Za-z.']*")


@lru_cache(maxsize=1)
def _data() -> dict:
    """The fit data, read once: law_fit.json, the agencies' jurisdictions, and the places
    (states and countries) that the statute finder also reads."""
    fit = load_json("cues/law_fit.json")
    places = load_json("lexicons/places.json")
    statute_places = load_json("patterns/statute_places.json")
    aliases = fit["jurisdiction_aliases"]
    agencies = {}
    for item in load_json("lexicons/agencies.json"):
        if item.get("jurisdiction"):
            agencies[item["name"]] = aliases.get(item["jurisdiction"], item["jurisdiction"])
    countries = dict(statute_places["country_prefixes"])
    for code, cues in statute_places["country_cues"].items():
        for cue in cues:
            countries.setdefault(cue, code)
    states = {name: "US-" + code for name, code in places["us_states"].items()}
    polities = {**countries, **states}
    polity_rx = re.compile(r"\b(" + "|".join(re.escape(p) for p in sorted(polities, key=len, reverse=True)) + r")\b")
    place_words = frozenset(w.lower() for p in polities for w in p.split())
    return {"generic": frozenset(fit["generic_words"]) | place_words, "agencies": agencies, "polities": polities,
            "polity_rx": polity_rx, "federal": re.compile(fit["federal_markers"]),
            "criminal": re.compile(r"\b(?:" + "|".join(re.escape(w) for w in fit["criminal_words"]) + r")\b", re.I),
            "criminal_cites": tuple(fit["criminal_citations"])}


def _words(name: str) -> set:
    """A name's subject words: not the generic words of agency and law names, nor places
    (a state's name says where, which the place fit reads, not what about)."""
    generic = _data()["generic"]
    return {w.lower().rstrip(".'").removesuffix("'s") for w in _WORD.findall(name)} - generic - {""}


def place_of(text: str, party) -> Optional[str]:
    """The jurisdiction a government party acts for: the agency list's; a national body's
    whatever state its name holds ("U.S. Attorney's Office for the Southern District of New
    York"); else a state or country its name holds ("Office of the New York Attorney General",
    "Korea Fair Trade Commission"); an official's, from the place before the title before the
    name ("Ohio Attorney General Dave Yost"); None for a private party."""
    if party is None:
        return None
    d = _data()
    if party.kind == "person":
        return _official_place(text, party) if party.title else None
    if party.kind != "government":
        return None
    if party.name in d["agencies"]:
        return d["agencies"][party.name]
    if d["federal"].search(party.name):
        return "US"
    m = d["polity_rx"].search(party.name)
    return d["polities"][m.group(1)] if m else None


def _official_place(text: str, party) -> Optional[str]:
    d = _data()
    if d["federal"].search(party.title):
        return "US"  # "U.S. Attorney Damian Williams"
    for m in party.mentions:
        lo = max(0, m.start - len(party.title) - 30)
        k = text.rfind(party.title, lo, m.start)
        if k == -1 or text[k + len(party.title):m.start].strip(" ,") != "":
            continue
        found = None
        for found in d["polity_rx"].finditer(text, lo, k):
            pass  # the place nearest the title
        if found is not None and text[found.end():k].strip() in ("", "'s", "’s"):
            return d["polities"][found.group(1)]
    return None


def is_criminal(statute) -> bool:
    """A criminal law by its name ("Penal Code", "Fraud Act") or a bare cite of a criminal
    title ("18 U.S.C. § 1343"); not a named act whose cite falls in that title, as many give
    civil remedies ("Trafficking Victims Protection Reauthorization Act")."""
    d = _data()
    name = statute.act or statute.name  # a section is read by its act's name
    return bool(d["criminal"].search(name)) or statute.name.startswith(d["criminal_cites"])


def _place_fit(places: set, jurisdiction: Optional[str]) -> int:
    """1: a law of the claimant's own state; -1: another state's, or a state's law in a
    federal body's action; 0: nothing known, a law of the claimant's own country (it says
    nothing of which), a national law in a state's action (a state may sue under federal
    law), a foreign law (an article may write "GDPR" for the "UK GDPR")."""
    if not places or not jurisdiction:
        return 0
    if jurisdiction in places:
        return 1 if "-" in jurisdiction else 0
    if any(p.startswith(jurisdiction + "-") for p in places):
        return 0  # a state's action under its country's law
    country = jurisdiction.split("-")[0]
    if "-" in jurisdiction and any(p.split("-")[0] == country for p in places):
        return -1  # a federal body or another state under one state's law
    return 0


class _Bringer:
    """What a claim's claimants say of its law, read once a claim: their places, the subject
    words of the government ones' names, whether one prosecutes."""

    def __init__(self, text: str, claim):
        parties = [p for _, p in claim.claimants if p is not None]
        self.places = {pl for pl in (place_of(text, p) for p in parties) if pl}
        self.name_words = [_words(p.name) for p in parties if p.kind == "government"]
        self.prosecutes = claim.kind == "prosecution" and any(map(_prosecutor, parties))
        self.government = any(p.kind == "government" for p in parties)


def fit(text: str, claim, statute, bringer: Optional[_Bringer] = None, law: Optional[set] = None) -> Optional[int]:
    """How well the law fits the action: None where it cannot be the action's (one state's
    law in another's or a federal body's action), else a score, 0 for nothing known.
    ``law``: the law's subject words (``_words``), where the caller read them once for all
    the actions it weighs."""
    b = bringer or _Bringer(text, claim)
    place = _place_fit(b.places, statute.jurisdiction)
    if place < 0:
        return None
    score = place
    law = _words(statute.act or statute.name) if law is None else law
    if law and any(len(law & w) * 2 >= len(law) for w in b.name_words):
        score += 2  # the law's subject words are mostly in a claimant's name
    if b.prosecutes and is_criminal(statute):
        score += 2
    return score


def refit(text: str, claims, statutes, shielded, sents=()) -> None:
    """Each law goes to the actions it fits best where one fits it (score > 0), and leaves an
    action it cannot be of, or a government's action it fits less well; a law that fits none
    keeps the tie words' reading. A state's law that fits by place alone is not taken from
    another action the words tie it to (a private suit under the state's law beside the
    state's own); nor is a law given to an action whose other side alone names it ("The
    company argues that ... is lawful under the Act")."""
    bringers = [_Bringer(text, c) for c in claims]
    for st in statutes:
        if id(st) in shielded:
            continue
        law = _words(st.act or st.name)
        scores = [(fit(text, c, st, b, law), c, b) for c, b in zip(claims, bringers)]
        best = max((s for s, _, _ in scores if s is not None), default=0)
        tied_elsewhere = any(st in c.statutes and s is not None and s < best for s, c, _ in scores)
        for s, c, b in scores:
            held = st in c.statutes
            if held and (s is None or (best > 0 and s < best and b.government)):
                c.statutes.remove(st)
            elif not held and best > 0 and s == best and (best >= 2 or not tied_elsewhere) and \
                    not _argued_only(text, sents, st, c):
                c.statutes.append(st)


def _argued_only(text: str, sents, statute, claim) -> bool:
    """Every mention of the law stands in a sentence that tells the other side's argument."""
    starts = [a for a, _ in sents]
    for m in statute.mentions:
        k = bisect_right(starts, m.start) - 1
        if k < 0 or m.start >= sents[k][1] or not argued_by_other(text, sents[k], claim):
            return False
    return bool(statute.mentions)


def _prosecutor(party) -> bool:
    """A prosecuting office or prosecutor ("U.S. Attorney's Office", "Crown Prosecution
    Service", "District Attorney Alvin Bragg"), not a regulator whose civil action reads as a
    charge ("the SEC charged ...")."""
    if party.kind == "government":
        return prosecutor_name(party.name)
    return party.kind == "person" and bool(party.title) and prosecutor_name(party.title)
