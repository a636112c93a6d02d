"""Statute data: the popular-names gazetteer and the indexes built from it, read once.

``data/patterns/statutes.json`` names laws, their aliases and abbreviations, famous sections
("Section 230") and the U.S. Code sections each law occupies; ``statute_rules.json`` holds
the word lists of the general rules and ``statute_places.json`` the jurisdiction cues.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from claimx.io.resources import apostrophe_variants, load_json
from claimx.text.gazetteer import Gazetteer
from claimx.text.normalize import match_text


@dataclass(frozen=True)
class Law:
    id: str
    name: str
    citation: Optional[str]
    year: Optional[int]
    jurisdiction: Optional[str]


@dataclass(frozen=True)
class StatuteData:
    """Everything the finder looks up; shared read-only by every thread."""

    laws: dict  # id -> Law
    sections: dict  # (law id, section) -> section record
    gaz: Gazetteer
    usc: dict  # title -> [(lo key, hi key, law id)]
    by_citation: dict  # official citation -> law id
    by_section_citation: dict  # (law id, citation) -> section id


_YEAR_TAIL = re.compile(r",?\s+(?:of\s+)?(?:1[6-9]|20)\d\d$")


@lru_cache(maxsize=4)
def load_data(extra_json: str = "[]") -> StatuteData:
    laws: dict[str, Law] = {}
    sections: dict[tuple[str, str], dict] = {}
    gaz = Gazetteer()
    usc: dict[int, list[tuple[tuple, tuple, str]]] = {}
    items = list(load_json("patterns/statutes.json")) + json.loads(extra_json)
    # "Online Safety Act 2023" (GB) and "Online Safety Act 2021" (AU), "Competition Act 1998" (GB)
    # and "Canadian Competition Act": the bare name is either
    prefixes = sorted(places()["country_prefixes"], key=len, reverse=True)
    country = re.compile(r"^(?:%s)\s+" % "|".join(map(re.escape, prefixes)))
    bare_owners: dict[str, list[str]] = {}
    for item in items:
        for form in [item["name"], *item.get("aliases", [])]:
            bare = country.sub("", _YEAR_TAIL.sub("", form))
            if bare != form and item["id"] not in bare_owners.get(bare, []):
                bare_owners.setdefault(bare, []).append(item["id"])
    for item in items:
        law = Law(item["id"], item["name"], item.get("citation"), item.get("year"),
                  item.get("jurisdiction"))
        laws[law.id] = law
        for form in [item["name"], *item.get("aliases", []), *item.get("abbreviations", [])]:
            for v in apostrophe_variants(form):
                gaz.add(match_text(v), ("law", law.id, None))
        for sec in item.get("sections", []):
            sections[(law.id, sec["section"])] = sec
            for form in sec.get("aliases", []):
                standalone = sec.get("bare") or _names_act(form, item)
                if standalone:
                    variants = apostrophe_variants(form)
                    if form.startswith(("Section ", "Title ")):
                        variants += [form[0].lower() + form[1:]]
                    for v in variants:
                        gaz.add(match_text(v), ("section", law.id, sec["section"]))
        for ref in item.get("usc", []):
            for s in ref.get("sections", []):
                m = re.fullmatch(r"(\d+)-(\d+)", str(s))
                lo, hi = (m.group(1), m.group(2)) if m else (str(s), str(s))
                try:
                    usc.setdefault(int(ref["title"]), []).append((sec_key(lo), sec_key(hi), law.id))
                except (TypeError, ValueError):
                    continue
    for bare, owners in bare_owners.items():
        if len({laws[lid].jurisdiction for lid in owners}) > 1:
            for lid in owners:
                gaz.add(match_text(bare), ("bare", lid, None))
    by_citation: dict[str, str] = {}
    for law in laws.values():
        if law.citation:
            by_citation.setdefault(law.citation, law.id)
            by_citation.setdefault(law.citation.split("/")[0], law.id)  # "740 ILCS 14"
    by_sec = {(lid, sec["citation"]): sid for (lid, sid), sec in sections.items() if sec.get("citation")}
    return StatuteData(laws, sections, gaz, usc, by_citation, by_sec)


def _names_act(form: str, item: dict) -> bool:
    """A section alias is safe alone when it names its act ("CDA 230", "Title VII of ...")."""
    words = set(re.findall(r"[A-Za-z]+", form))
    act_words = set(re.findall(r"[A-Z][A-Za-z]+", item["name"])) - {"Act", "Section", "The"}
    return bool(words & (act_words | set(item.get("abbreviations", [])))) or form.startswith("Title ")


def sec_key(s: str) -> tuple[int, str]:
    """'2000e-5(f)(3)' -> (2000, 'e'): the number and letter suffix that name a code section."""
    m = re.match(r"(\d+)([A-Za-z]*)", s)
    if not m:
        raise ValueError(s)
    return int(m.group(1)), m.group(2).lower()


@lru_cache(maxsize=1)
def rules() -> dict:
    return load_json("patterns/statute_rules.json")


@lru_cache(maxsize=1)
def places() -> dict:
    """The shared places lexicon plus the statute-only jurisdiction cues."""
    return {**load_json("lexicons/places.json"), **load_json("patterns/statute_places.json")}


def usc_law(data: StatuteData, title: str, sec: str) -> Optional[str]:
    """The law whose U.S. Code span holds ``title`` U.S.C. § ``sec`` (narrowest span wins)."""
    try:
        t, n = int(title), sec_key(sec)
    except ValueError:
        return None
    best = None
    for lo, hi, law_id in data.usc.get(t, ()):
        if lo <= n <= hi:
            width = hi[0] - lo[0]
            if best is None or width < best[0]:
                best = (width, law_id)
    return best[1] if best else None
