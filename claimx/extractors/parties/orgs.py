"""Organisation and government families (issue #19): lists of governments named through an
office ("the attorneys general of A, B and C"), fragments that only look like names (demonyms,
a court's division, a town's address, a court district that is an attorney's office, generic
plural offices), partial names of a longer party, and principal organisations that only
salience (headline, repetition) vouches for. The words are in ``cues/party_orgs.json``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from claimx.io.resources import load_json
from claimx.models import Mention, Party

if TYPE_CHECKING:  # candidates imports this module
    from .candidates import Call, Cand


@dataclass(frozen=True, eq=False)
class OrgWords:
    list_head: re.Pattern      # "... attorneys general of " right before a place
    demonyms: frozenset
    generic_plurals: frozenset
    court_subunit: re.Pattern  # ", Oakland Division" right after a court
    office_of_court: re.Pattern
    address: re.Pattern        # ", MS," or ", Idaho." right after a guessed name
    office_holders: frozenset  # "Sheriff" of "Sheriff's Office"
    possessive_titles: frozenset  # "State's Attorney": a title with a possessive inside
    place_office: re.Pattern   # "Texas Attorney General": the place and its office
    precedent: re.Pattern      # "the 2021 decision in A v. B": an earlier case, cited
    owner_of: re.Pattern       # ", the publisher of " between a party and a name it owns
    number_words: frozenset    # "Four": a count, no name
    company_apposition: re.Pattern  # ", the owner of", ", a Texas gun maker,": a company's apposition
    named_as: re.Pattern       # "known as " right before a quoted name: it is given as a name


@lru_cache(maxsize=1)
def org_words() -> OrgWords:
    d = load_json("cues/party_orgs.json")
    places = load_json("lexicons/places.json")
    states = sorted({*places["us_states"], *places["us_states"].values()}, key=len, reverse=True)
    alt = "|".join(map(re.escape, sorted(d["polity_list_heads"], key=len, reverse=True)))
    sub = "|".join(map(re.escape, d["court_subunits"]))
    office = "|".join(map(re.escape, sorted(d["office_of_court"], key=len, reverse=True)))
    return OrgWords(
        list_head=re.compile(r"\b(?:%s)\s+of\s+$" % alt, re.IGNORECASE),
        demonyms=frozenset(d["demonyms"]),
        generic_plurals=frozenset(d["generic_plurals"]),
        court_subunit=re.compile(r",\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:%s)\b" % sub),
        office_of_court=re.compile(r"\b(?:%s)\s+$" % office, re.IGNORECASE),
        office_holders=frozenset(d["office_holders"]),
        possessive_titles=frozenset(t.replace("\u2019", "'") for t in d["possessive_titles"]),
        place_office=re.compile(r"(.+?)\s+(?:%s)" % "|".join(map(re.escape, d["place_offices"]))),
        precedent=re.compile(r"\b(?:%s)\s+((?:[A-Z][\w.&'\u2019-]*\s+){1,4}v\.?\s+[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3})"
                             % "|".join(re.escape(x).replace(r"\{year\}", r"\d{4}") for x in d["precedent_before"]),
                             re.IGNORECASE),
        owner_of=re.compile(r",\s+(?:the|its)\s+(?:%s)\s+of\s+(?:the\s+)?$" % "|".join(map(re.escape, d["owner_nouns"]))),
        number_words=frozenset(d["number_words"]),
        named_as=re.compile(r"\b(?:%s)\s+$" % "|".join(map(re.escape, d["named_as_before"]))),
        company_apposition=re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:%s)\b"
                                      % "|".join(map(re.escape, d["apposition_heads"]))),
        address=re.compile(r",\s+(?:%s)(?=[,;]|\.(?:\s|$)|\s*$)" % "|".join(map(re.escape, states))),
    )


_SEAT = re.compile(r"\s*,\s*(?:which\s+is\s+|that\s+is\s+)?(?:based|headquartered)\s+in\s+[^,.;]{1,40}"
                   r"(?:,\s*[A-Z][\w.]*){0,1},")


def past_seat(right: str) -> str:
    """"Acme Roofing, based in Boise, Idaho, was sued": what follows the name past where it sits."""
    m = _SEAT.match(right)
    return right[m.end():] if m else right


def office_possessive(holder: str, following: str) -> bool:
    """"Attorney General's Office", "State's Attorney's Office": the "'s" inside a government's
    name, after its holder or inside its title."""
    words = org_words()
    return (following == "Office" and holder in words.office_holders) or f"{holder}'s {following}" in words.possessive_titles


def names_governments(mt: str, s: int) -> bool:
    """"the attorneys general of Ohio, ...": the place right after the office is a government."""
    return org_words().list_head.search(mt, max(0, s - 40), s) is not None


_HYPHEN_TAIL = re.compile(r"-[a-z]+")
_NEXT_HYPHENED = re.compile(r" ([A-Z][\w.'\u2019]*-[a-z]+)\b")
_COURT_AFTER = re.compile(r"\s+(?:Court|Tribunal)\b")


def drop_fragments(call: Call, cands: list[Cand]) -> list[Cand]:
    """Sorted candidates minus the ones that only look like a party's name; a guessed name
    right before an address ("Gulf Coast, MS, Penny Pincher, Inc.") is the next name's prefix."""
    w, mt = org_words(), call.mt
    out: list[Cand] = []
    prev_court = None
    skip_to, town_start = -1, None
    for c in cands:
        if c.start < skip_to:
            continue  # inside an address ("AL" of "Harbor Point, AL,")
        if town_start is not None:
            if mt[skip_to:c.start].strip() == ",":
                c = replace(c, start=town_start, canonical=c.canonical or c.name)
            town_start = None
        tail = _HYPHEN_TAIL.match(mt, c.end) if c.kind in ("organization", "government") else None
        if tail and call.lex.descriptor(c.name + tail.group()):
            continue  # "the Microsoft-owned network", "a Google-backed startup": a description, no party
        nxt = _NEXT_HYPHENED.match(mt, c.end) if c.kind != "court" else None
        if nxt and call.lex.descriptor(nxt.group(1)):
            continue  # "San" of "San Francisco-based Kindred": the first word of a description
        if c.source in ("frame", "head", "pattern") and c.kind not in ("court", "person"):
            words = c.name.split()
            if w.demonyms.issuperset(words) or c.name in w.generic_plurals or c.name in w.number_words:
                continue  # "Asian Americans", "the City Attorneys", "Four charged"
            if c.source == "frame" and len(words) == 1 and (_CAPS_PLURAL.fullmatch(c.name) or
                                                            _COMPOUND_HEAD.match(mt, c.end)):
                continue  # "DJs", "NFTs": a plural noun; "SIM-swap": half of a lowercase compound
            if c.source == "frame" and _COURT_AFTER.match(mt, c.end):
                continue  # "the High Court", "the Crown Court": a court's own word, no party
        if out and c.kind in ("organization", "government", "outlet") and c.source != "place" and \
                out[-1].end < c.start <= out[-1].end + 60 and w.owner_of.search(mt, out[-1].end, c.start):
            continue  # "Dow Jones, the publisher of The Daily Ledger": whose publisher it is
        if out and c.source in ("frame", "pattern", "head") and c.kind == "organization" and out[-1].kind == "government" and \
                out[-1].source == "gazetteer" and _SUBUNIT_OF.fullmatch(mt, out[-1].end, c.start):
            continue  # "the FBI's Internet Crime Center": an agency's unit, no group ("its Civil Division" stays)
        if c.kind == "court" and w.office_of_court.search(mt, max(0, c.start - 30), c.start):
            if out and out[-1].kind == "government" and _FOR_THE.fullmatch(mt, out[-1].end, c.start):
                # "the U.S. Attorney's Office for the Eastern District of New York": one office
                out[-1] = replace(out[-1], end=c.end, name=mt[out[-1].start:c.end], canonical=None)
            continue  # "U.S. attorney for the Central District of California": an office's district
        if prev_court is not None and c.kind != "court" and \
                w.court_subunit.fullmatch(mt, prev_court.end, c.end):
            continue  # "the U.S. District Court for ..., Oakland Division": part of the court
        if c.source in ("frame", "pattern") and c.kind in ("organization", "person"):
            office = _place_office(call, w, c, cands)
            if office is not None:
                while out and out[-1].end > office:
                    out.pop()  # a piece of the office's name
                c = replace(c, start=office, name=mt[office:c.end], kind="government", source="pattern",
                            title=None, title_role=None)
        if c.source == "frame" and c.kind == "organization":
            a = w.address.match(mt, c.end)
            if a:
                # "based in Boise, Idaho.": a town; "Gulf Coast, MS, Penny Pincher": where the next one is
                skip_to, town_start = a.end(), (c.start if mt[a.end():a.end() + 1] == "," else None)
                continue
        out.append(c)
        if c.kind == "court":
            prev_court = c
    return out


_FOR_THE = re.compile(r"\s+for\s+the\s+")
_CAPS_PLURAL = re.compile(r"[A-Z]{2,}s")
_COMPOUND_HEAD = re.compile(r"-[a-z]")
_SUBUNIT_OF = re.compile(r"['\u2019]s\s+(?:[A-Z][\w-]*\s+)?")


def company_apposition(mt: str, end: int) -> bool:
    """Does an apposition that says what company it is follow ``end`` ("Gannett, the owner of")?"""
    return mt[end:end + 1] == "," and org_words().company_apposition.match(mt, end) is not None


def precedent_spans(mt: str) -> list[tuple[int, int]]:
    """The captions of earlier cases a story cites ("the 2021 decision in A v. B"): their
    names get no role from the caption."""
    if "v." not in mt:
        return []
    out = []
    for m in org_words().precedent.finditer(mt):
        s, e = m.span(1)
        stop = mt.find(". ", mt.find("v.", s, e) + 3, e)  # "A v. B Inc. Acme was sued": the caption ends
        out.append((s, e if stop == -1 else stop + 1))
    return out


_CAP_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w.'-]*\s){1,2}$")


def _place_office(call: Call, w: OrgWords, c: Cand, cands: list[Cand]):
    """"sued by the Texas Attorney General", "the San Diego City Attorney sued": a state's or
    city's office with no person named after it; where it starts, or None."""
    mt = call.mt
    if not c.name.endswith(("General", "Attorney", "Office")):
        return None
    starts = [c.start]
    before = _CAP_WORDS_BEFORE.search(mt, max(0, c.start - 30), c.start)
    if before:  # "San " of "San Diego City Attorney" (the person rule took "Diego ...")
        starts += [k.start() for k in re.finditer(r"\S+", mt[before.start():c.start])]
        starts[1:] = [before.start() + k for k in starts[1:]]
    for s in starts:
        m = w.place_office.fullmatch(mt, s, c.end)
        if m and (m.group(1) in call.lex.places or m.group(1).endswith(" County")):
            break
    else:
        return None
    if mt[c.end:c.end + 3].strip()[:1].isupper() or \
            any(d.start > c.end and not mt[c.end:d.start].strip() for d in cands if d.start - c.end < 3):
        return None  # "Texas Attorney General Dana Ruiz": the person's title
    return s


def tails_of_longer(parties: list[Party]) -> list[Party]:
    """"Office of Education" beside "Fresno County Office of Education", "Communications Media
    Authority" beside "Australian Communications Media Authority": a multi-word organisation or
    government whose name ends a longer party's name is a mention of that party (one party)."""
    orgs = [p for p in parties if p.kind in ("organization", "government")]
    if len(orgs) < 2:
        return parties
    drop = set()
    for p in orgs:
        if " " not in p.name:
            continue
        longer = [q for q in orgs if q is not p and id(q) not in drop and len(q.name) > len(p.name)
                  and q.name.endswith(" " + p.name)]
        if len(longer) == 1:
            q = longer[0]
            for mm in p.mentions:
                q.add(mm)
            drop.add(id(p))
    return [p for p in parties if id(p) not in drop]


@lru_cache(maxsize=1)
def _legal_forms() -> str:
    """The legal forms of name_words.json as one alternation, longest first."""
    return "|".join(map(re.escape, sorted(load_json("lexicons/name_words.json")["legal_forms"], key=len, reverse=True)))


@lru_cache(maxsize=1)
def _company_tail() -> re.Pattern:
    return re.compile(r"(?:\s+(?:&|[A-Z][\w&'\u2019-]*)){0,3}?,?\s+(?:%s)(?:\.|\b)" % _legal_forms())


@lru_cache(maxsize=1)
def _form_end() -> re.Pattern:
    """A name that ends in a legal form ("Valve Corp.")."""
    return re.compile(r"\s(?:%s)\.?$" % _legal_forms())


def _lead_word(mt: str, out: list, c) -> bool:
    """The candidate kept last is a capitalised organisation name right before ``c``, one space
    apart ("Harbor" before "Valve")."""
    prev = out[-1] if out else None
    return prev is not None and prev.kind == "organization" and prev.end + 1 == c.start and \
        mt[prev.end] == " " and mt[prev.start:prev.start + 1].isupper()


def long_company_names(call: "Call", cands: list["Cand"]) -> list["Cand"]:
    """"It names Strider Labs Inc., the company behind the app": a platform or listed company
    named in full with its legal form is one mention of the whole name (its short name keeps
    the party's key), not the platform and a fragment "Labs Inc.". A known name inside another
    company's name ("Harbor Valve & Fitting Inc.", "Delta Valve & Instrument Inc.": Valve, Delta)
    is that company's name whole, under its own key. ``cands`` sorted by start."""
    rx, mt = _company_tail(), call.mt
    out: list = []
    upto = -1
    for c in cands:
        if c.start < upto and c.end <= upto:
            continue  # "Labs Inc." inside the full name
        if c.source in ("platform", "gazetteer") and c.kind == "organization":
            m = rx.match(mt, c.end)
            if (m is None or "\n" in m.group()) and _lead_word(mt, out, c) and _form_end().search(c.name):
                start = out.pop().start  # "Harbor" + the known "Valve Corp.": "Harbor Valve Corp." whole
                c = replace(c, start=start, name=call.text[start:c.end], canonical=None)
                upto = c.end
            elif m and "\n" not in m.group():
                lead = _lead_word(mt, out, c)
                if lead or "&" in m.group():
                    start = out.pop().start if lead else c.start
                    c = replace(c, start=start, end=m.end(), name=call.text[start:m.end()], canonical=None)
                else:
                    c = replace(c, end=m.end(), name=call.text[c.start:m.end()], canonical=c.canonical or c.name)
                upto = m.end()
        out.append(c)
    return out


def subunits(mt: str, parties: list[Party]) -> list[Party]:
    """"director of the FTC's Bureau of Consumer Protection", "the SEC's Boston Regional Office":
    a body named only as a unit of another party ("<party>'s <unit>") is that party acting (its
    mentions join it), not a party of its own."""
    ends = {m.end: q for q in parties for m in q.mentions}
    drop = set()
    for p in parties:
        if p.kind not in ("government", "organization") or " " not in p.name:
            continue
        owners = [ends.get(m.start - 3) if mt[m.start - 3:m.start] in ("'s ", "\u2019s ") else None
                  for m in p.mentions]
        if all(q is owners[0] for q in owners):
            q = owners[0]
            if q is not None and q is not p and id(q) not in drop and q.kind in ("government", "organization"):
                for mm in p.mentions:
                    q.add(mm)
                drop.add(id(p))
    return [p for p in parties if id(p) not in drop]


@lru_cache(maxsize=1)
def polity_heads() -> frozenset:
    return frozenset(load_json("cues/party_orgs.json")["polity_heads"])


def polity_names(call: "Call", parties: list[Party]) -> list[Party]:
    """"The City of Pittsburgh sued ...", "Pittsburgh sues ..." in the headline and "the City's
    complaint": a government named "<head> of <place>" is the place named bare and its head named
    alone (one party, under the full name), however the finder first found each; a place found
    bare right after "the State of" is named with its head."""
    heads, mt, text = polity_heads(), call.mt, call.text
    full = {}
    for p in parties:
        if p.kind != "person" and " of " not in p.name:
            for m in list(p.mentions):
                head = mt[max(0, m.start - 20):m.start].rsplit(" of ", 1)
                if len(head) == 2 and not head[1] and head[0].rsplit(" ", 1)[-1] in heads:
                    lo = m.start - len(head[0].rsplit(" ", 1)[-1]) - 4  # "State of Queensland"
                    p.mentions.remove(m)
                    p.add(Mention(lo, m.end, text[lo:m.end]))
            named = [m.text for m in p.mentions if m.text.endswith(" of " + p.name) and m.text.split(" ", 1)[0] in heads]
            if named:  # "Massachusetts" also named "the Commonwealth of Massachusetts"
                p.name = " ".join(named[0].split())
        head, sep, place = p.name.partition(" of ")
        if sep and head in heads and place[:1].isupper() and p.kind in ("government", "organization"):
            p.kind = "government"
            full.setdefault(place, []).append(p)
            full.setdefault(head, []).append(p)
    if not full:
        return parties
    drop = set()
    for p in parties:
        owners = full.get(p.name)
        if owners and len(owners) == 1 and owners[0] is not p and p.kind != "person":
            q = owners[0]
            for mm in p.mentions:
                q.add(mm)
            q.kind = "government"
            drop.add(id(p))
    return [p for p in parties if id(p) not in drop]


def court_heads(parties: list[Party]) -> list[Party]:
    """"a U.S. District Court judge" after "the U.S. District Court for the Western District of
    Missouri", "the U.S. Attorney's Office" after "the U.S. Attorney's Office for the District of
    Utah": a court or office named by the head of one longer name of its kind is that one."""
    courts = [p for p in parties if p.kind in ("court", "government")]
    drop = set()
    for p in courts:
        longer = [q for q in courts if q is not p and q.kind == p.kind and q.name.startswith(p.name + " ")
                  and q.name[len(p.name):].startswith((" for ", " of "))]
        if len(longer) == 1:
            for mm in p.mentions:
                longer[0].add(mm)
            drop.add(id(p))
    return [p for p in parties if id(p) not in drop] if drop else parties


def headline_end(mt: str) -> int:
    """Where the headline ends: the first line when it is no sentence and more text follows; 0 if none."""
    head_start = len(mt) - len(mt.lstrip())
    end = mt.find("\n", head_start)
    line = mt[head_start:end].rstrip() if end != -1 else ""
    if not line or len(line) > 200 or line.rstrip("\"')")[-1:] in ".!?" or not mt[end:].strip():
        return 0
    return end


def ends_title_line(mt: str, pos: int) -> bool:
    """Does ``pos`` end a title line (a headline: no sentence, short)? A headline drops its "and":
    "Judge approves deals with Harlow, Brightline" is a list."""
    end = mt.find("\n", pos)
    end = len(mt) if end == -1 else end
    if mt[pos:end].strip():
        return False
    start = mt.rfind("\n", 0, pos) + 1
    line = mt[start:pos].strip()
    return 0 < len(line) <= 200 and line.rstrip("\"')")[-1:] not in ".!?"


_HEAD_ZONE = 400  # where a headline can be: after a photo credit or a kicker line at most


def _in_title_line(mt: str, pos: int) -> bool:
    """Is the line around ``pos`` a title line (short, no sentence)?"""
    end = mt.find("\n", pos)
    return ends_title_line(mt, len(mt) if end == -1 else end)


def headline_named(mt: str, p: Party) -> bool:
    """A company the rules could only guess is a principal one when the headline names it (the
    first line, or a title line among the first few, past a photo credit) and the text names it
    three times or more, never in quote marks."""
    if len(p.mentions) < 3 or (" " in p.name and p.name.isupper()):
        return False
    head_end = headline_end(mt)
    if not any(m.start < head_end or (m.start < _HEAD_ZONE and _in_title_line(mt, m.start))
               for m in p.mentions):
        return False
    return not _quoted(mt, p)


def owned_often(mt: str, p: Party) -> bool:
    """"Harbin's policy ... a setback for Harbin ... Harbin's and Veld's policies": a guessed name
    named three times or more, twice as an owner and never in quote marks, is a principal one."""
    if len(p.mentions) < 3:
        return False
    owner = sum(mt[m.end:m.end + 2] == "'s" for m in p.mentions)
    return owner >= 2 and not _quoted(mt, p)


def _quoted(mt: str, p: Party) -> bool:
    return any(mt[m.start - 1:m.start] in "\"'" or mt[m.end:m.end + 1] == '"' or
               (mt[m.end:m.end + 1] == "'" and mt[m.end:m.end + 2] != "'s") for m in p.mentions if m.start)


_DEFENDANTS_WORD = re.compile(r"\b(?:Defendants|[Tt]he defendants)\b")


def named_defendants(call: Call, parties: list[Party]) -> None:
    """"Through Northwind's search engine and Contoso's app, Defendants profit ...": where no
    party is a defendant yet, a known company (not a bare platform) named in a sentence that
    speaks of "Defendants" is one of them. Runs after the roles."""
    if "efendants" not in call.mt or not _DEFENDANTS_WORD.search(call.mt):
        return  # (the string first: the regex opens with \b, so it is tried at every character)
    mt, sidx = call.mt, call.sidx

    def says_defendants(m) -> bool:
        sent = sidx.at(m.start)
        return bool(sent and _DEFENDANTS_WORD.search(mt, sent[0], sent[1]))

    # a defendant found elsewhere settles it; one found only in such a sentence ("Through A's
    # engine and B's app, Defendants profit") leaves the other company named there open
    if any(p.role == "defendant" and not any(says_defendants(m) for m in p.mentions) for p in parties):
        return
    for p in parties:
        if p.role != "other" or p.kind != "organization" or "listed" not in p.evidence \
                or {"platform-only", "outlet"} & set(p.evidence):
            continue
        for m in p.mentions:
            sent = sidx.at(m.start)
            if sent and _DEFENDANTS_WORD.search(mt, sent[0], sent[1]):
                p.role = "defendant"
                break


_OPENING_QUOTES = frozenset("\"\u201c\u2018'")
_CLOSING_QUOTES = frozenset("\"\u201d\u2019'")


def drop_quoted_coinages(mt: str, parties: list[Party]) -> list[Party]:
    """'its "Halcyon Earn" interest program', 'the app's 'Speed Filter'': a guessed name first
    written inside quotation marks is a product, a feature or a programme the text coins, no party
    (names a list knows, such as 'the "X" platform', keep theirs; so does a name a text gives as
    one, 'a group known as "Night Crew"')."""
    out, named_as = [], org_words().named_as
    for p in parties:
        first = p.mentions[0] if p.mentions else None  # (kept in text order by Entity.add)
        if first is not None and "frame-only" in p.evidence and first.start > 0 and \
                mt[first.start - 1] in _OPENING_QUOTES and mt[first.end:first.end + 1] in _CLOSING_QUOTES and \
                mt[first.end + 1:first.end + 2] != "s" and \
                not named_as.search(mt, max(0, first.start - 24), first.start - 1):
            continue  # (a group "known as 'Night Crew'" is named so: it stays)
        out.append(p)
    return out
