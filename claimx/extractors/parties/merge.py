"""Candidates -> parties: one party per entity; later short references ("Haba", "Epic",
"the Commission", "CPSC") become mentions of the party they refer to."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter

from claimx.models import Mention, Party
from claimx.text.segment import SpanIndex

from .candidates import Call, Cand
from .lexicon import Lexicon
from .names import defined_acronym
from .orgs import company_apposition
from .people import people_cues
from .words import fold, title_case_lines, whole_word_finds

_FORMERLY = re.compile(r"(?:\s*\([^)]{1,20}\))?,?\s+(?:formerly|previously)\s+(?:known\s+as\s+)?"
                       r"((?:[A-Z][\w'-]*\s?(?:in\s|of\s|for\s)?){1,6})")
_WORD_CHAR = re.compile(r"\w")
_CAPTION_AFTER = re.compile(r"\s+(?:v\.|vs\.|versus)\s+")
# "\b[Tt]he": the boundary is tested after the first letter, so the scan can skip to a T
_THE_HEAD = re.compile(r"[Tt](?<!\w[Tt])he\s+([A-Z][a-z]+)\b")


def key(lex: Lexicon, c: Cand) -> str:
    return name_key(lex, c.canonical or c.name, c.kind == "court")


@lru_cache(maxsize=4096)
def name_key(lex: Lexicon, name: str, court: bool) -> str:
    """The form two names must share to be one party ('The Haba Law Firm' = 'Haba Law Firm')."""
    name = lex.attached_tail.sub("", name)
    name = re.sub(r"^The\s+", "", fold(name))
    k = re.sub(r"\s+", " ", name).lower()
    if court:
        k = re.sub(r"\b(?:u\.s\.|us|united states)\s+", "", k)
        k = " ".join(lex.ordinals.get(w, w) for w in k.split())
        k = k.replace(" of the ", " for the ")
    return k


def display(c: Cand) -> str:
    return " ".join((c.canonical or c.name).split())


def sentence_firsts(mt: str, sidx) -> set[int]:
    """Where the first word of each sentence starts."""
    out = set()
    for start, end in (sidx.spans if sidx else [(0, len(mt))]):
        m = _WORD_CHAR.search(mt, start, end)
        if m:
            out.add(m.start())
    return out


def merge(call: Call, cands: list[Cand], chrome, excl, name_forms) -> list[Party]:
    lex, text, mt, toks = call.lex, call.text, call.mt, call.toks
    parties: list[Party] = []
    by_key: dict[str, Party] = {}
    meta: dict[int, dict] = {}
    lookup: dict[str, Party] = {}
    formed: set = set()  # (name, kind, source) whose short forms are in ``lookup``: once per document

    def new_party(c: Cand) -> Party:
        p = Party(name=display(c), kind=c.kind if c.kind != "outlet" else "organization", title=c.title)
        parties.append(p)
        meta[id(p)] = {"sources": set(), "title_roles": [], "outlet": c.kind == "outlet",
                       "pseudonym": c.source == "pseudonym"}
        return p

    def attach(p: Party, c: Cand) -> None:
        m = meta[id(p)]
        m["sources"].add(c.source)
        if c.title_role:
            m["title_roles"].append(c.title_role)
        if c.title and not p.title:
            p.title = c.title
        p.add(Mention(c.start, c.end, text[c.start:c.end]))
        if c.canonical and c.name != c.canonical:
            lookup.setdefault(c.name, p)
        acronym = defined_acronym(call, c)
        if acronym:
            lookup.setdefault(acronym, p)
        named = (c.name, c.kind, c.source)
        if named not in formed:  # the same name again: its forms are in ``lookup`` already
            formed.add(named)
            for form in name_forms(*named):
                lookup.setdefault(form, p)
        fm = renamed and _FORMERLY.match(mt[c.end:c.end + 80])
        if fm and c.kind != "person":
            alias = fm.group(1).strip()
            s0 = c.end + fm.start(1)
            p.add(Mention(s0, s0 + len(alias), text[s0:s0 + len(alias)]))

    renamed = "formerly" in mt or "previously" in mt
    firsts = sentence_firsts(mt, call.sidx)
    inside: list = []  # [the capitalized words used where no sentence opens], made when first asked

    def used_inside(name: str) -> bool:
        """Is ``name`` a capitalized word somewhere it does not open a sentence? (One pass over
        the tokens, the first time it is asked: a set lookup per question.)"""
        if not inside:
            inside.append({t.text for t in toks if t.cap and t.start not in firsts})
        return name in inside[0]

    def generic_target(c: Cand):
        if c.name in lex.generic_heads:
            return next((q for q in reversed(parties) if q.name.split()[-1] == c.name), None)
        return None

    strong = [c for c in cands if c.source not in ("frame", "head")]
    frames = [c for c in cands if c.source in ("frame", "head")]
    for c in strong:
        k = key(lex, c)
        p = by_key.get(k) or lookup.get(c.name) or lookup.get(fold(c.name))
        if p is None:
            p = generic_target(c)
        if p is None:
            p = by_key[k] = new_party(c)
        attach(p, c)
    for c in frames:
        p = lookup.get(c.name) or lookup.get(fold(c.name)) or by_key.get(key(lex, c))
        if p is None:
            p = generic_target(c)
        if p is not None:
            attach(p, c)
            continue
        if c.source == "head":
            continue
        caption = " " not in c.name and _CAPTION_AFTER.match(mt, c.end)
        if caption and c.kind == "organization" and not c.name.isupper() and c.name not in lex.suffix_class:
            c.kind = "person"  # "Whitlock v. Lakeside Motors": a lone surname first in a caption
        elif " " not in c.name and c.start in firsts and not used_inside(c.name) and not company_apposition(mt, c.end):
            continue  # "Rather, ...": a capitalized word only because it opens a sentence
        p = by_key[key(lex, c)] = new_party(c)
        attach(p, c)
    _short_references(call, parties, lookup, chrome, excl)
    parties = _join_surnames(parties, meta)
    for p in parties:
        m = meta[id(p)]
        p.evidence = []
        if m["outlet"]:
            p.evidence.append("outlet")
        if m["pseudonym"]:
            p.evidence.append("pseudonym")
        if m["sources"] <= {"frame", "head"}:
            p.evidence.append("frame-only")
        if m["sources"] & {"gazetteer", "platform", "model", "pseudonym"}:
            p.evidence.append("listed")
        if m["sources"] == {"platform"}:
            p.evidence.append("platform-only")
        if m["sources"] == {"place"}:
            p.evidence.append("place")
        p.evidence.extend(f"title:{r}" for r in m["title_roles"])
    return parties


def _join_surnames(parties: list[Party], meta: dict) -> list[Party]:
    """"Attorney General Becerra" and "Xavier Becerra", "Ms. Marsh" and "Lena Marsh", "Justice
    Sokolov" and "Miriam Sokolov": a one-word titled person (a judge's title kept with the
    surname aside) is the one full-named person with that surname, if there is exactly one."""
    by_surname: dict[str, list[Party]] = {}
    for p in parties:
        if p.kind == "person" and " " in p.name and _judge_surname(p.name) is None:
            by_surname.setdefault(p.name.rsplit(" ", 1)[1], []).append(p)
    out = []
    for p in parties:
        lone = (p.name if " " not in p.name else _judge_surname(p.name)) if p.kind == "person" else None
        full = by_surname.get(lone) if lone else None
        if full and len(full) == 1:
            q = full[0]
            for mm in p.mentions:
                q.add(mm)
            q.title = q.title or p.title
            meta[id(q)]["sources"] |= meta[id(p)]["sources"]
            meta[id(q)]["title_roles"] += meta[id(p)]["title_roles"]
            continue
        out.append(p)
    return out


def _judge_surname(name: str):
    """"Sokolov" of "Justice Sokolov", "Mr Justice Fancourt"; None for any other name."""
    for title in people_cues().surname_titles:
        if name.startswith(title + " ") and " " not in name[len(title) + 1:]:
            return name[len(title) + 1:]
    return None


_TOGETHER = re.compile(r"\s*(?:,|and|&|or)?\s*(?:(?:its|the|their)\s+)?(?:parent(?:\s+company)?|owner|subsidiary)?,?\s*")


def platform_owners(call: Call, parties: list[Party]) -> list[Party]:
    """"sued Snapchat" ... "Snap Inc. said": an app sued or suing for its company is a mention of
    the company the platform data names as its operator, when that company is a party of the
    text too; an app only mentioned stays no party, and "TikTok and ByteDance" or "TikTok Inc."
    (a company form) stay their own party. Runs after the roles, which it needs."""
    lex, mt = call.lex, call.mt
    owners = {name_key(lex, p.name, False): p for p in parties
              if p.kind == "organization" and "platform-only" not in p.evidence}
    if not owners:
        return parties
    out = []
    for p in parties:
        op = lex.operators.get(p.name) if "platform-only" in p.evidence and p.role != "other" else None
        q = owners.get(name_key(lex, op, False)) if op else None
        if q is None or q is p or any(lex.attached_tail.search(mm.text) for mm in p.mentions) \
                or _listed_together(mt, p, q):
            out.append(p)
            continue
        for mm in p.mentions:
            q.add(mm)
        if q.role == "other":
            q.role = p.role
    return out


def _listed_together(mt: str, p: Party, q: Party) -> bool:
    """Are two parties named side by side ("TikTok and its parent company ByteDance")?"""
    for a in p.mentions:
        for b in q.mentions:
            lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
            if hi - lo <= 40 and _TOGETHER.fullmatch(mt, lo, hi):
                return True
    return False


def _short_references(call: Call, parties: list[Party], lookup: dict, chrome, excl) -> None:
    """Remaining short references: surnames, first words, acronyms, "the Commission"."""
    lex, text, mt, toks = call.lex, call.text, call.mt, call.toks
    spans = [(mm.start, mm.end) for p in parties for mm in p.mentions]
    taken = set(map(itemgetter(0), spans))  # a token where a mention starts is one: passed over at once
    occupied = SpanIndex(spans + title_case_lines(mt))
    excl = SpanIndex(excl)
    words = list(map(itemgetter(0), toks))
    # the tokens worth a look (C loops): a known form, or an all-caps word whose folded form may be one
    known = compress(count(), map(lookup.__contains__, words))
    caps = (i for i in compress(count(), map(str.isupper, words)) if len(words[i]) > 3)
    for i in sorted({*known, *caps}):
        t = toks[i]
        if t.start in taken:
            continue
        p = lookup.get(t.text) or (lookup.get(fold(t.text)) if t.text.isupper() and len(t.text) > 3 else None)
        if p is None or (chrome is not None and t.start in chrome):
            continue
        if occupied.covers(t.start) or excl.covers(t.start):
            continue
        p.add(Mention(t.start, t.end, text[t.start:t.end]))
    for form, p in lookup.items():
        if " " not in form:
            continue
        for a in whole_word_finds(mt, form):
            if not occupied.covers(a):
                p.add(Mention(a, a + len(form), text[a:a + len(form)]))
    # "the Commission", "the Times": the party whose name ends in that head word (the parties by
    # head word and the mentions so far, made for the first such head: most texts have none)
    occupied = by_head = None
    for mm in _THE_HEAD.finditer(mt):
        head = mm.group(1)
        if head not in lex.generic_heads or (chrome is not None and mm.start() in chrome):
            continue
        if by_head is None:
            by_head = {}
            for p in parties:
                by_head.setdefault(p.name.split()[-1], []).append(p)
        targets = [p for p in by_head.get(head, []) if p.first.start < mm.start()]
        if targets and occupied is None:
            occupied = SpanIndex([(a.start, a.end) for p in parties for a in p.mentions])
        if targets and not occupied.covers(mm.start(1)):
            targets[-1].add(Mention(mm.start(1), mm.end(1), text[mm.start(1):mm.end(1)]))
