"""One party under several names, and the kind of a name no list knows: a style and its bearer
("the Duke of Sussex", "Harry"), two spellings of one first name ("Anne Roe", "Ann Roe"), a
name after a word for a person ("basketball player Sedona Prince"). Steps the finder runs
between merging and roles; none keeps state outside its call."""
from __future__ import annotations

import re
from functools import lru_cache

from claimx.io.resources import load_json
from claimx.models import Mention, Party
from claimx.text.segment import SpanIndex

from .candidates import Call
from .people import people_cues


@lru_cache(maxsize=1)
def _styles() -> tuple[frozenset, dict]:
    data = load_json("lexicons/styled_persons.json")
    return frozenset(data["style_heads"]), {st: item for item in data["persons"] for st in item["styles"]}


def styled_persons(call: Call, parties: list[Party]) -> list[Party]:
    """"The Duke of Sussex, 38, is suing ... Harry told the court": a party named "<Duke> of
    <place>" is a person, and a known style and a form of its bearer's name are one party (under
    the bearer's name, ``lexicons/styled_persons.json``), every form a mention of it."""
    heads, known = _styles()
    drop = set()
    taken = SpanIndex([(m.start, m.end) for q in parties for m in q.mentions])
    for p in parties:
        name = p.name[4:] if p.name.startswith("The ") else p.name
        head, sep, _ = name.partition(" of ")
        if not sep or head not in heads or id(p) in drop:
            continue
        p.kind = "person"
        item = known.get(name)
        if item is None:
            continue
        forms = set(item["forms"])
        for q in parties:
            if q is not p and id(q) not in drop and q.name in forms and q.kind in ("person", "organization"):
                for mm in q.mentions:
                    p.add(mm)
                drop.add(id(q))
        p.name = item["name"]
        rx = r"\b(?:%s)\b(?!\s+[A-Z])" % "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
        for m in re.finditer(rx, call.mt):  # "Harry told the court": the bearer named bare
            if not taken.overlaps(m.start(), m.end()) and not any(mm.start == m.start() for mm in p.mentions):
                p.add(Mention(m.start(), m.end(), call.text[m.start():m.end()]))
    return [p for p in parties if id(p) not in drop]


def _one_letter_apart(a: str, b: str) -> bool:
    """"Ann" and "Anne", "Philip" and "Phillip": one letter more, nothing else changed."""
    if abs(len(a) - len(b)) != 1 or min(len(a), len(b)) < 3:
        return False
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def name_variants(parties: list[Party]) -> list[Party]:
    """"Anne McGrew, an accountant ..." and "Ann McGrew pleaded not guilty": two spellings of one
    person's first name (one letter more, the same surname) are one party, under the first."""
    people = [p for p in parties if p.kind == "person" and p.name.count(" ") == 1]
    drop = set()
    for i, p in enumerate(people):
        for q in people[i + 1:]:
            if id(q) in drop or id(p) in drop:
                continue
            (pf, ps), (qf, qs) = p.name.split(" "), q.name.split(" ")
            if ps == qs and _one_letter_apart(pf, qf):
                first, other = (p, q) if p.first <= q.first else (q, p)
                for mm in other.mentions:
                    first.add(mm)
                drop.add(id(other))
    return [p for p in parties if id(p) not in drop]


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def person_kinds(call: Call, parties: list[Party]) -> None:
    """"women's basketball player Sedona Prince", "attorneys Davida Brook and Steve Cohen": a two-
    or three-word name, no word of a company's, right after a word for a person (or after "and"
    and a person of the same list) is a person, though no first-name list knows it."""
    mt, lex, before = call.mt, call.lex, people_cues().person_before
    people_ends = {m.end for p in parties if p.kind == "person" for m in p.mentions}
    for p in parties:
        words = p.name.split()
        if p.kind != "organization" or not 2 <= len(words) <= 3 or "frame-only" not in p.evidence \
                or not all(_NAME_WORD.fullmatch(w) and not lex.suffix_class.get(w) for w in words):
            continue
        for m in p.mentions:
            lo = max(0, m.start - 40)
            if before.search(mt, lo, m.start) or (mt[m.start - 5:m.start] == " and " and m.start - 5 in people_ends):
                p.kind = "person"
                break
