"""Normalised keys for grouping claims: names, company aliases, statutes, courts, dates.

Articles name one party many ways ("Meta Platforms, Inc.", "Meta", "Facebook"; "Texas",
"State of Texas", "Texas Attorney General Ken Paxton"), so claims are compared on keys,
never on the raw text:

- ``name_key``: lower case, punctuation dropped, a leading "the" and trailing company
  suffixes (``org_suffixes.json``: "Inc.", "LLC", "Platforms"...) stripped.
- ``Canon.resolve``: the key and display name of a company across its names. Aliases
  come from ``company_aliases.json``; a platform name resolves to its ``operator`` in
  ``platforms.json`` ("Instagram" -> "Meta Platforms").
- ``party_keys``: what two party names may share to count as one party (the name key,
  its acronym, the US state it names); ``same_party`` adds the token-subset rule
  ("Texas" / "State of Texas").
- ``statute_tokens`` / ``same_statute``, ``court_info`` / ``court_relation``: fuzzy
  equality for statute and court names, where outlets differ in wording.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from claimx.io.resources import load_json

_TOKEN = re.compile(r"[^\W_]+(?:[.'&][^\W_]+)*\.?|&")
_STOP = frozenset({"the", "of", "and", "for", "in", "a", "an", "on", "at", "&"})
# words that say what kind of party something is, not which one
_GENERIC = _STOP | frozenset({
    "state", "states", "people", "attorney", "attorneys", "general", "office", "department",
    "dept", "city", "county", "us", "u.s", "united", "federal", "government", "commission",
    "agency", "district", "court", "plaintiff", "plaintiffs", "defendant", "defendants",
    "company", "inc", "national", "american", "new", "group", "administration",
})
_DOE = re.compile(r"\b(doe|roe)s?\b", re.IGNORECASE)
# statute words that do not tell one law from another
_STATUTE_STOP = _STOP | frozenset({
    "act", "acts", "law", "laws", "code", "statute", "section", "sec", "title", "us", "u.s",
    "federal", "reauthorization", "amendments", "of", "rule", "rules", "regulation",
    "regulations", "chapter", "part",
})
_APPELLATE = re.compile(r"\b(appeals?|appellate|supreme|(first|second|third|fourth|fifth|sixth|"
                        r"seventh|eighth|ninth|tenth|eleventh|d\.?c\.?|federal) circuit)\b",
                        re.IGNORECASE)
_DIRECTIONS = frozenset({"northern", "southern", "eastern", "western", "central", "middle"})
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").lower()
    out = []
    for tok in _TOKEN.findall(text):
        tok = tok.rstrip(".")
        if tok.endswith("'s"):
            tok = tok[:-2]
        tok = tok.replace(".", "") if len(tok) <= 6 and "." in tok else tok
        if tok:
            out.append(tok)
    return out


@lru_cache(maxsize=1)
def _company_suffixes() -> tuple[tuple[str, ...], ...]:
    suffixes = {tuple(_tokens(s)) for s in load_json("lexicons/org_suffixes.json")["company"]}
    return tuple(sorted((s for s in suffixes if s), key=len, reverse=True))


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """"Meta Platforms, Inc." -> "meta"; "The Kroger Co." -> "kroger"."""
    toks = _tokens(name or "")
    if len(toks) > 1 and toks[0] == "the":
        toks = toks[1:]
    suffixes = _company_suffixes()
    stripped = True
    while stripped and len(toks) > 1:
        stripped = False
        for suffix in suffixes:
            n = len(suffix)
            if len(toks) > n and tuple(toks[-n:]) == suffix:
                toks = toks[:-n]
                stripped = True
                break
    return " ".join(toks)


class Canon:
    """Company identities, built once from the data files (see the module docstring)."""

    def __init__(self, companies: Iterable[dict], platforms: Iterable[dict]):
        self.display: dict[str, str] = {}  # alias key -> canonical display name
        for company in companies:
            for alias in [company["name"], *company.get("aliases", [])]:
                self.display[name_key(alias)] = company["name"]
        for platform in platforms:
            operator = platform.get("operator")
            if not operator:
                continue
            operator = self.display.get(name_key(operator), operator)
            for alias in [platform["name"], *platform.get("aliases", [])]:
                if name_key(alias) != name_key(operator):  # "Reddit" is run by "Reddit, Inc."
                    self.display.setdefault(name_key(alias), operator)

    def resolve(self, name: str) -> tuple[str, str]:
        """(key, display name) of a party name: "Facebook" -> ("meta", "Meta Platforms")."""
        key = name_key(name)
        display = self.display.get(key)
        if display is None:
            return key, name.strip()
        return name_key(display), display


@lru_cache(maxsize=1)
def canon() -> Canon:
    return Canon(load_json("lexicons/company_aliases.json")["companies"], load_json("patterns/platforms.json"))


@lru_cache(maxsize=1)
def _states() -> dict[str, str]:
    places = load_json("lexicons/places.json")
    out = {" ".join(_tokens(name)): code for name, code in places["us_states"].items()}
    out.update({" ".join(_tokens(a)): code for a, code in places["state_abbreviations"].items()})
    return out


def states_in(text: str) -> frozenset:
    """US state codes a name or court mentions ("Northern District of California" -> CA)."""
    toks = _tokens(text)
    states = _states()
    found = set()
    for i in range(len(toks)):
        for n in (3, 2, 1):
            code = states.get(" ".join(toks[i:i + n]))
            if code and i + n <= len(toks):
                found.add(code)
                break
    return frozenset(found)


def _acronyms(toks: list[str]) -> set[str]:
    if len(toks) == 1:
        word = toks[0]
        return {word} if 2 <= len(word) <= 6 else set()
    content = [t for t in toks if t not in _STOP]
    out = set()
    if len(content) >= 2:
        out.add("".join(t[0] for t in content))
    if len(toks) >= 2:
        out.add("".join(t[0] for t in toks if t != "&"))
    return out


def is_pseudonym(key: str) -> bool:
    """Doe plaintiffs are told apart only by their whole name."""
    return bool(_DOE.search(key))


@lru_cache(maxsize=200_000)
def distinctive_words(key: str) -> frozenset:
    """The words of a party key that can tell it apart ("ken paxton" -> {ken, paxton})."""
    if is_pseudonym(key):
        return frozenset()
    return frozenset(w for w in key.split() if len(w) > 2 and w not in _GENERIC)


@lru_cache(maxsize=200_000)
def party_keys(key: str) -> frozenset:
    """What a party name can share with another name of the same party."""
    out = {key}
    if is_pseudonym(key):
        return frozenset(out)
    out.update("acr:" + a for a in _acronyms(key.split()))
    out.update("st:" + s for s in states_in(key))
    return frozenset(out)


def same_party(a: str, b: str) -> bool:
    """Two party keys name one party: equal, a shared acronym or state, or the shorter
    name's distinctive words all in the longer ("paxton" / "ken paxton")."""
    if a == b:
        return True
    if is_pseudonym(a) or is_pseudonym(b):
        return False
    if party_keys(a) & party_keys(b):
        return True
    ta, tb = set(a.split()) - _STOP, set(b.split()) - _STOP
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return bool(small - _GENERIC) and small <= large


def parties_overlap(a: Iterable[str], b: Iterable[str]) -> bool:
    b = list(b)
    return any(same_party(x, y) for x in a for y in b)


@lru_cache(maxsize=50_000)
def statute_tokens(name: str) -> frozenset:
    """The words that tell a law apart: "Trafficking Victims Protection Reauthorization Act
    of 2008" -> {trafficking, victims, protection}."""
    return frozenset(t for t in _tokens(name) if t not in _STATUTE_STOP and not t.isdigit())


def same_statute(a: tuple, b: tuple) -> bool:
    """``a``, ``b``: (tokens, citation). Same citation, or the smaller word set inside
    the larger (at least two words, or all of a one-word name), or a shared acronym."""
    (ta, ca), (tb, cb) = a, b
    if ca and cb and ca == cb:
        return True
    if not ta or not tb:
        return False
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if small <= large and (len(small) >= 2 or small == large):
        return True
    if len(small) == 1:  # an abbreviation ("dtpa") against the full name
        word = next(iter(small))
        full = sorted(large)  # order lost: compare as a multiset of initials
        return len(word) == len(large) and sorted(word) == sorted(t[0] for t in full)
    return False


def statutes_overlap(a: Iterable[tuple], b: Iterable[tuple]) -> bool:
    b = list(b)
    return any(same_statute(x, y) for x in a for y in b)


@dataclass(frozen=True)
class CourtInfo:
    """A court name reduced to what tells courts apart."""

    tokens: frozenset
    states: frozenset
    appellate: bool


@lru_cache(maxsize=50_000)
def court_info(name: str) -> CourtInfo:
    toks = frozenset(_tokens(name)) - _GENERIC - {"court", "courts"}
    return CourtInfo(toks, states_in(name), bool(_APPELLATE.search(name)))


def court_relation(a: CourtInfo, b: CourtInfo) -> int:
    """+1 one court, -1 two different trial courts, 0 can't tell (an appeal moves a case)."""
    if a.tokens == b.tokens or (a.tokens and b.tokens and
                                (a.tokens <= b.tokens or b.tokens <= a.tokens)):
        return 1
    if a.appellate or b.appellate:
        return 0
    if a.states and b.states and not (a.states & b.states):
        return -1
    da, db = a.tokens & _DIRECTIONS, b.tokens & _DIRECTIONS
    if da and db and da != db:
        return -1
    return 0


def iso_date(value: Optional[str]) -> Optional[str]:
    """An ISO date or partial date ("2024", "2024-05"); None for values like "XXXX-01-08"."""
    if isinstance(value, str) and _ISO.match(value):
        return value
    return None


def months_apart(a: str, b: str) -> Optional[int]:
    """Whole months between two ISO (partial) dates, None if either lacks a month."""
    if len(a) < 7 or len(b) < 7:
        return None
    return abs((int(a[:4]) * 12 + int(a[5:7])) - (int(b[:4]) * 12 + int(b[5:7])))
