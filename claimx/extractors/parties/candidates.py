"""Candidates from lists: gazetteer names, platforms found in context, a model's entities,
pseudonyms; and the per-call context every stage reads (``Call``)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from claimx.io.resources import load_json
from claimx.text.gazetteer import Tokens, tokens
from claimx.text.scan import BoundaryScan
from claimx.text.segment import SentenceIndex, SpanIndex

from .lexicon import Lexicon
from .orgs import names_governments
from .words import Tok, describes_name_after, tokenize

_PSEUDONYM = BoundaryScan(r"\b(?:John|Jane|Richard|Mary)\s+(?:Does?|Roe)(?:\s*(?:#\s*)?\d+(?:\s*[-\u2013]\s*\d+)?)?\b")
_APPOSITIVE_TITLE = re.compile(r"(?:\s+(?:for|of|in charge of|at|on)\s+[^,.;:\"]{1,60})?,\s*")


@dataclass
class Cand:
    start: int
    end: int
    name: str
    kind: str                    # person | organization | government | court | outlet
    title: Optional[str] = None
    title_role: Optional[str] = None
    source: str = "pattern"      # gazetteer | pattern | pseudonym | frame | platform | model
    canonical: Optional[str] = None
    aliases: list = field(default_factory=list)


class Call:
    """What one ``find`` call knows about its text: built per call, never shared."""

    def __init__(self, lex: Lexicon, text: str, mt: str, sidx: SentenceIndex, gaz_toks: Tokens | None = None):
        self.lex, self.text, self.mt, self.sidx = lex, text, mt, sidx
        self.toks: list[Tok] = tokenize(mt, lex)
        # the gazetteers' tokens of ``mt``, held for the call: every stage reads these, while
        # ``tokens``' cache of three texts may lose them to a slice looked up meanwhile
        self.gaz_toks: Tokens = gaz_toks if gaz_toks is not None else tokens(mt)
        self.products: list[tuple[int, int]] = []  # "OpenAI's ChatGPT": spans that are no party
        self.people_matches = None  # people.people_cue_matches, made when first asked
        # every title in the text, found once: (start, end, role), sorted, with their ends
        self.titles = [(s, e, roles[0]) for s, e, roles in lex.title_gaz.finditer(mt, self.gaz_toks)]
        self.title_ends = [e for _, e, _ in self.titles]
        self.title_end_set = frozenset(self.title_ends)  # "does a title end here?" (most often not) without a call
        self.title_starts = [s for s, _, _ in self.titles]
        # where a word follows a title after one space ("Chief Financial Officer Craig"): that
        # word's start -> the title's start
        self.title_after: dict[int, int] = {}
        for s, e, _ in self.titles:  # by start: the longest title ending there is set first
            if mt[e:e + 1] == " ":
                self.title_after.setdefault(e + 1, s)
        # a title's start -> the start of the word after its longest form ("founder Peter"): a
        # name starts after such a title, not at it
        self.after_title: dict[int, int] = {}
        for word, s in self.title_after.items():
            self.after_title[s] = max(word, self.after_title.get(s, 0))

    def titles_ending(self, lo: int, hi: int):
        a = bisect_left(self.title_ends, lo)
        b = bisect_right(self.title_ends, hi)
        return self.titles[a:b]

    def in_title(self, start: int, end: int) -> bool:
        """Is [start, end) the tail of a longer title ('General' in 'Attorney General')?"""
        k = bisect_left(self.title_starts, start) - 1
        return k >= 0 and self.titles[k][1] >= end

    def title_before(self, i: int) -> tuple[Optional[str], Optional[str], int]:
        """A title right before token i ('U.S. District Judge', 'Rep.', 'Attorney General').
        ``persons`` asks only where some title ends near the word."""
        mt, toks = self.mt, self.toks
        start = toks[i].start
        lo = toks[max(0, i - 14)].start if i else 0
        for s, e, role in reversed(self.titles_ending(start - 3, start)):
            if not mt[e:start].strip():
                return mt[s:e], role, s
        # an appositive title: "Commissioner for Internal Market, Thierry Breton"
        for s, e, role in reversed(self.titles_ending(lo, start)):
            if _APPOSITIVE_TITLE.fullmatch(mt, e, start):
                return mt[s:e], role, s
        return None, None, start


def gazetteer(call: Call) -> list[Cand]:
    mt, lex = call.mt, call.lex
    out = []
    for s, e, payloads in lex.gaz.finditer(mt, call.gaz_toks):
        kind, canonical = sorted(payloads)[0]
        if kind == "outlet" and mt[e:e + 1] in (" ", "'", "\u2019") and " " in mt[s:e]:
            # "The Information Commissioner's Office": an agency's name that starts with an outlet's
            inner = _longer_inside(lex, mt, s, e)
            if inner is not None:
                s, e, (kind, canonical) = inner
        sm = lex.attached_form.match(mt[e:e + 8])
        if sm and kind in ("organization", "platform"):  # "TikTok Inc." is the company
            e += sm.end()
        # "the Supreme Court" of a state, "Apple's App Store": fine; a lowercase word after a
        # one-word company ("Meta platforms") is still the company
        if kind == "platform":
            out.append(Cand(s, e, mt[s:e], "organization", source="platform", canonical=canonical))
        else:
            out.append(Cand(s, e, mt[s:e], kind, source="gazetteer", canonical=canonical))
    return out


def _longer_inside(lex: Lexicon, mt: str, s: int, e: int):
    """A gazetteer name that starts at the outlet's second word and ends past it, or None."""
    k = mt.index(" ", s) + 1
    for s2, e2, payloads in lex.gaz.finditer(mt[k:min(len(mt), e + 80)]):
        if s2 == 0 and k + e2 > e:
            return k, k + e2, sorted(payloads)[0]
        break
    return None


def platform_candidates(call: Call, cands: list[Cand], platforms) -> list[Cand]:
    """Platforms found in context ("X", "Im.ge") are companies too; "OpenAI's ChatGPT" is OpenAI's."""
    mt = call.mt
    taken = {(c.start, c.end) for c in cands}
    covered = SpanIndex((c.start, c.end) for c in cands)
    out = []
    operators = {p.name: (p.operator or "").split(" ")[0].rstrip(",.") for p in platforms}
    products = call.products
    for plat in platforms:
        for m in plat.mentions:
            owner = re.search(r"([A-Z][\w.&-]*)'s?\s+$", mt[max(0, m.start - 40):m.start])
            if owner and owner.group(1) == operators.get(plat.name):
                products.append((m.start, m.end))  # "OpenAI's ChatGPT": OpenAI is the party
                continue
            if (m.start, m.end) in taken or covered.covers(m.start):
                continue
            taken.add((m.start, m.end))
            out.append(Cand(m.start, m.end, m.text, "organization", source="platform", canonical=plat.name))
    return [c for c in cands if (c.start, c.end) not in products] + out


def model_candidates(call: Call, cands: list[Cand], ents) -> list[Cand]:
    """Names a statistical NER found that the rules did not; they still need a role."""
    covered = SpanIndex((c.start, c.end) for c in cands)
    out = []
    for s, e, label in ents:
        if label not in ("PERSON", "ORG") or covered.overlaps(s, e):
            continue
        name = call.mt[s:e]
        if name in call.lex.stop or name in call.lex.places:
            continue
        out.append(Cand(s, e, name, "person" if label == "PERSON" else "organization", source="model"))
    return out


def pseudonyms(call: Call, taken) -> list[Cand]:
    mt = call.mt
    out = []
    if "Doe" not in mt and "Roe" not in mt:
        return out  # every pseudonym has one of them
    taken = SpanIndex(taken)
    for m in _PSEUDONYM.finditer(mt):
        if taken.covers(m.start()):
            continue
        out.append(Cand(m.start(), m.end(), m.group(), "person", source="pseudonym"))
    return out


# matched backwards from a place found, so only where a place is
_STATE_OF = re.compile(r"\b((?:[Ss]tate|[Cc]ommonwealth|[Pp]eople|[Cc]ity|[Tt]own|[Vv]illage)\s+of\s+)$")
_PARENT_OF = re.compile(r"(?:'s|\u2019s)?\s+(?:parent|owner|parent company|parent firm|owner company),?\s+")


@lru_cache(maxsize=1)
def _lower_office():
    """A place's legal office written lower case ("the Ohio attorney general's office"); not
    after "'s" ("Ohio's attorney general": the state acts), nor before a name, after a comma
    too ("Ohio attorney general Dave Yost", "the Ohio attorney general, Dave Yost,": the
    office is the person's title)."""
    offices = "|".join(map(re.escape, load_json("cues/party_orgs.json")["lower_case_offices"]))
    return re.compile(r"\s+((?:%s)(?:(?:'s|\u2019s)\s+office)?)\b(?!-)(?![\s,]+[A-Z])" % offices)


def _title_case(office: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in office.split(" "))


def polities(call: Call, taken) -> list[Cand]:
    """States and cities: "the state of Texas" -> Texas, "the city of Chicago" -> City of Chicago,
    and a bare "Texas" or "Chicago". Their role comes only from a legal frame (``roles``)."""
    mt, lex = call.mt, call.lex
    taken = SpanIndex(taken)
    out = []
    for s, e, places in lex.polity_gaz.finditer(mt, call.gaz_toks):
        if taken.covers(s) or lex.descriptor(mt[s:e + 8].split(" ", 1)[0]):
            continue
        after = mt[e:e + 2]
        head = _STATE_OF.search(mt, max(0, s - 20), s) if mt[s - 4:s] == " of " else None
        if head is None and (after[:1] == "-" or (after[:1] == " " and after[1:2].isupper())):
            continue  # "Texas Attorney General", "Chicago Tribune": part of a longer name
        name = places[0]
        office = _lower_office().match(mt, e)
        if head is None and office is None and _ARTICLE_BEFORE.search(mt, max(0, s - 5), s):
            continue  # "the Texas rules", "a Miami exchange": the place only describes
        if office is not None and head is None:
            # "the Ohio attorney general's office sued": the office, in a style that writes it lower case
            out.append(Cand(s, office.end(), mt[s:office.end()], "government",
                            canonical=f"{name} {_title_case(office.group(1))}"))
            continue
        if head is not None:
            start = head.start(1)
            if head.group(1)[:1] in "Cc" and head.group(1).lower().startswith("city"):
                name = "City of " + name
            out.append(Cand(start, e, mt[start:e], "government", source="place", canonical=name))
        elif not _locative(lex, mt, s, e) or names_governments(mt, s):
            out.append(Cand(s, e, mt[s:e], "government", source="place", canonical=name))
    return out


_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_REGION_BEFORE = re.compile(r"\b(?:of|in|at|from)\s+(?:Northern|Southern|Eastern|Western|Central|Upstate|Downstate|"
                            r"Greater|Northeast|Northwest|Southeast|Southwest|North|South|East|West)\s+$")
_ADDRESS = re.compile(r"((?:[A-Z][\w.'-]*\s)?([A-Z][\w.'-]*)),\s+$")


def _locative(lex: Lexicon, mt: str, s: int, e: int) -> bool:
    """A bare place that only says where: "in Texas", "Racine resident", "Westborough, Massachusetts"."""
    if mt[max(0, s - 4):s].lower().endswith(("of ", "in ", "at ", "from ")):
        return True
    if mt[s - 1:s] == " " and _REGION_BEFORE.search(mt, max(0, s - 20), s):
        return True  # "of Western Ohio", "in Northern California": a part of the place, where
    nxt = _NEXT_WORD.match(mt, e)
    if nxt and nxt.group(1) in lex.place_modifier_nouns:
        return True
    if describes_name_after(mt, e, lex.place_modifier_nouns):
        return True  # "Miami crypto exchange Halvard": whose place it is
    town = _ADDRESS.search(mt, max(0, s - 40), s)
    # "Westborough, Massachusetts" is an address; "New Mexico, Wyoming", "Los Angeles, San Diego" lists
    return town is not None and mt[s:e] in lex.us_states and town.group(1) not in lex.us_states \
        and town.group(2) not in lex.us_states


_FIRM_SEAT = re.compile(r"\s+(?:law\s+)?(?:firm|practice|chambers)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


def firm_seats(mt: str, cands: list[Cand]) -> list[Cand]:
    """"the Dayton firm Delacroix LLP": a one-word name no list knows, used only to say where a
    firm sits, is a place, no party ("Toowoomba-based" is one token, a descriptor the name
    finders already leave out)."""
    out = []
    for c in cands:
        if c.source == "frame" and c.kind == "organization" and " " not in c.name:
            seat = _FIRM_SEAT.match(mt, c.end)
            if seat and _ARTICLE_BEFORE.search(mt, max(0, c.start - 5), c.start):
                continue
        out.append(c)
    return out


_BYLINE = re.compile(r"[ \t]*(?:By|Written by|Reporting by|Words by)\s+[^.;:!?\"\u201c\u201d\n]{1,100}")


def bylines(mt: str, cands: list[Cand]) -> list[Cand]:
    """"By business reporter Jane Roe", "By Jane Roe and Lee Poe": the article's authors, on a
    line of their own, are no parties."""
    out = []
    for c in cands:
        if c.kind == "person":
            lo = mt.rfind("\n", 0, c.start) + 1
            hi = mt.find("\n", c.end)
            if _BYLINE.fullmatch(mt, lo, len(mt) if hi < 0 else hi):
                continue
        out.append(c)
    return out


def drop_parent_descriptors(mt: str, cands: list[Cand]) -> list[Cand]:
    """"Instagram parent Meta": the first name only says whose parent Meta is."""
    out = []
    for a, b in zip(cands, cands[1:] + [None]):
        if b is not None and a.kind == "organization" and b.start - a.end < 40 and \
                _PARENT_OF.fullmatch(mt, a.end, b.start):
            continue
        out.append(a)
    return out


def join_courts(mt: str, cands: list[Cand]) -> list[Cand]:
    """'the Court of Appeals for the Ninth Circuit': a court name and the court it continues."""
    out: list[Cand] = []
    for c in cands:
        if out and c.kind == "court" and re.search(r"\bCourt\b", out[-1].name) and \
                re.fullmatch(r"\s+(?:of|for)\s+the\s+", mt[out[-1].end:c.start]):
            prev = out.pop()
            c = Cand(prev.start, c.end, mt[prev.start:c.end], "court", canonical=c.canonical, source=c.source)
        number = _COURT_NUMBER.match(mt, c.end) if c.kind == "court" and c.name.endswith(" No.") else None
        if number is not None:  # "Madrid Commercial Court No. 5": the court's number is its name's end
            c = Cand(c.start, number.end(), mt[c.start:number.end()], "court", canonical=c.canonical, source=c.source)
        out.append(c)
    return out


_COURT_NUMBER = re.compile(r" \d{1,3}\b")


def drop_modifiers(call: Call, cands: list[Cand]) -> list[Cand]:
    """"the Harmon administration": a name that only says whose administration is no party;
    nor does a name found by its shape only that says where ("a Sugar Land retiree")."""
    match = call.lex.name_modifier.match
    return [c for c in cands if (c.kind in ("government", "court") or not match(call.mt, c.end))
            and not (c.source in ("pattern", "frame") and c.kind != "court" and _says_where(call.lex, call.mt, c))]


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from)\s+$")


def _says_where(lex: Lexicon, mt: str, c: Cand) -> bool:
    """A name no list knows that reads as a place: before a noun of ``place_modifier_nouns``
    after "a" ("a Sugar Land retiree") or before a name ("Lewis County grower Amos Redd"), or a
    local government's name after "in" ("a cabin in Hocking County"). A company's or firm's
    name (its legal form last) is never one."""
    last = c.name.rsplit(" ", 1)[-1]
    if lex.suffix_class.get(last) in ("company", "law_firm"):
        return False
    if last in place_tails() and _PLACE_BEFORE.search(mt, max(0, c.start - 6), c.start):
        return True
    nxt = _NEXT_WORD.match(mt, c.end)
    if nxt is not None and nxt.group(1) in lex.place_modifier_nouns and \
            _INDEFINITE_BEFORE.search(mt, max(0, c.start - 4), c.start) is not None:
        return True
    return describes_name_after(mt, c.end, lex.place_modifier_nouns)


@lru_cache(maxsize=1)
def place_tails() -> frozenset:
    return frozenset(load_json("cues/party_orgs.json")["place_tails"])


def drop_nested(cands: list[Cand]) -> list[Cand]:
    """Sorted by start, longest first: a candidate inside an earlier one goes."""
    out, last_end = [], -1
    for c in cands:
        if c.start < last_end:
            continue
        out.append(c)
        last_end = c.end
    return out
