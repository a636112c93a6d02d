"""Parties: the people and organizations in the dispute, with their roles.

No statistical NER is available by default, so candidates come from rules and name
data: gazetteers of agencies, courts and platform companies; a person pattern (an
optional title, a known first name, capitalized name words, initials, suffixes);
an organization pattern (capitalized words ending in a company, law-firm, agency,
court or advocacy word); pseudonyms ("John Doe #1"); acronyms defined in the text.
Later short references ("Haba", "Epic", "the Commission", "CPSC") merge into the
party they refer to. Roles come from cue patterns around each mention
(``data/party_cues.json``); a candidate with no role in the dispute is left out.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter
from typing import NamedTuple, Optional

from claimx.text.gazetteer import Gazetteer, tokens as gaz_tokens
from claimx.models import Mention, Party
from claimx.io.resources import apostrophe_variants, load_json, load_lines
from claimx.extractors.quotes import find_spans
from claimx.text.prefilter import CueSet, first_words
from claimx.text.scan import BoundaryScan
from claimx.text.segment import SentenceIndex, SpanIndex, sentences as split_sentences
from claimx.text.normalize import is_word_char, match_text, same_text_cache, words as text_words

_KEEP_PERIOD = re.compile(r"^(?:[A-Z]|Inc|Corp|Co|Ltd|Jr|Sr|St|Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Lt|Gen|Sgt|Det|Prof|Rev|Calif|Ill|No|Bros|Assn|Dept|Hon)$")
_SUFFIXES = {"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV", "V", "Esq."}
_CONNECT = {"of", "for", "on", "and", "&", "de", "du", "la", "the", "at", "in", "to", "against", "y"}
_PSEUDONYM = BoundaryScan(r"\b(?:John|Jane|Richard|Mary)\s+(?:Does?|Roe)(?:\s*(?:#\s*)?\d+(?:\s*[-\u2013]\s*\d+)?)?\b")
# "A, B and C", "Im.ge and pornography service provider AVS Group Ltd"
_LIST_JOIN = re.compile(r"\s*(?:,|&|or)\s*|\s*,?\s*(?:and|&)\s+(?:(?!(?:are|is|was|were|has|have|had|by|who|which|that|"
                        r"will|would|said|says|the)\b)[a-z][\w-]*,?\s+){0,3}")
_SUFFIX_ONLY = re.compile(r"(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|PLC|plc|LLP|L\.L\.P|LP|P\.C|PC|P\.A|PLLC|GmbH|AG)\.?")
_FORMERLY = re.compile(r"(?:\s*\([^)]{1,20}\))?,?\s+(?:formerly|previously)\s+(?:known\s+as\s+)?"
                       r"((?:[A-Z][\w'-]*\s?(?:in\s|of\s|for\s)?){1,6})")
_DEFINED_ACRONYM = re.compile(r"\s*\((?:the\s+)?[\"']?([A-Z][A-Za-z&]{1,9})[\"']?\)")
_INITIAL = re.compile(r"[A-Z]\.")
_APPOSITIVE_TITLE = re.compile(r"(?:\s+(?:for|of|in charge of|at|on)\s+[^,.;:\"]{1,60})?,\s*")
_COURTISH = re.compile(r"\b(?:Circuit|District of)\b")
_DESCRIPTOR = re.compile(r"-(?:based|owned|backed|funded|led|run|born|area|era|style|like|made|affiliated)$")
_PARENTHETICAL = re.compile(r"^\s*\([^)]{1,30}\)")
_OF_FIRM = re.compile(r"\s+(?:of|at|from|with)\s+(?:the\s+)?")
_ROLE_ORDER = ["judge", "court", "counsel", "plaintiff", "defendant", "agency", "advocate", "other"]


class Tok(NamedTuple):
    """A word of the matching text; ``cap``: could start or continue a name (a capital first,
    a digit with letters as in '3M', or an inner capital as in 'iPhone')."""

    text: str
    start: int
    end: int
    cap: bool


_new_tok = tuple.__new__  # Tok without a Python-level constructor call: tens of thousands per text set


_KEEP_LOWER = frozenset({"of", "for", "on", "and", "&", "de", "du", "la", "the", "y", "at", "in", "to", "against",
                         "van", "von", "der", "den", "da", "di", "del", "della", "le", "el", "al", "bin", "ter",
                         ",", "'s", "\u2019s", "I"})


def _tokenize(mt: str) -> list[Tok]:
    """The words the name rules look at: capitalized ones, and the small words and marks
    that may sit inside a name. Other words are left out; the gap they leave between two
    kept words is seen by ``_gap``."""
    out = []
    append = out.append
    n = len(mt)
    strings, starts, ends = text_words(mt)
    for word, s, e in zip(strings, starts, ends):
        c = word[0]
        if c.islower():  # most words: kept only as a connector or when mixed-case ("iPhone")
            if word.islower():
                if word not in _KEEP_LOWER:
                    continue
                cap = False
            else:
                cap = len(word) > 2 and any(map(str.isupper, word[1:]))
        elif c.isupper():
            cap = True
        elif c.isdigit():
            cap = any(map(str.isalpha, word))
        elif word in _KEEP_LOWER:
            cap = False
        else:
            continue
        if e < n and mt[e] == "." and _KEEP_PERIOD.match(word):
            e += 1  # "Inc.", "Jr.", "J.": the period belongs to the word (the next token is that ".")
        append(_new_tok(Tok, (mt[s:e], s, e, cap)))
    return out


@lru_cache(maxsize=4)
def _data(extra_json: str = "[]"):
    cues = load_json("cues/party_cues.json")
    suffixes = load_json("lexicons/org_suffixes.json")
    titles = load_json("lexicons/titles.json")
    places = load_json("lexicons/places.json")
    first = load_lines("lexicons/first_names.txt")
    particles = frozenset(load_json("lexicons/surname_particles.json"))
    outlets = load_json("lexicons/news_outlets.json")
    gaz = Gazetteer()
    for item in load_json("lexicons/agencies.json"):
        for form in [item["name"], *item.get("aliases", [])]:
            for v in apostrophe_variants(form):
                gaz.add(match_text(v), ("government", item["name"]))
    for item in load_json("lexicons/courts.json"):
        for form in [item["name"], *item.get("aliases", [])]:
            gaz.add(match_text(form), ("court", item["name"]))
    for item in load_json("patterns/platforms.json"):
        for form in [item["name"], *item.get("aliases", [])]:
            if form not in item.get("ambiguous", []) and (form[:1].isupper() or form[:1].isdigit()):
                gaz.add(match_text(form), ("platform", item["name"]))
        op = item.get("operator")
        if op:
            gaz.add(match_text(op), ("organization", op))
    for o in outlets:
        gaz.add(match_text(o), ("outlet", o))
    for item in json.loads(extra_json):
        kind = "person" if item.get("kind") == "person" else item.get("kind", "organization")
        for form in [item["name"], *item.get("aliases", [])]:
            for v in apostrophe_variants(form):
                gaz.add(match_text(v), (kind, item["name"]))
    title_gaz = Gazetteer()
    for t in titles:
        for v in {t["title"], t["title"][:1].upper() + t["title"][1:]}:
            title_gaz.add(match_text(v), t["role"])
    place_names = set(places["us_states"]) | set(places["countries"]) | set(places["cities"])
    suffix_class = {}
    for cls, words in suffixes.items():
        for w in words:
            suffix_class.setdefault(w, cls)
    left_by_word = _left_by_word(cues["left"])
    return {
        # the words a left cue can start with (as written), and the cues starting with each
        "left_first_cased": frozenset(v for w in left_by_word for v in (w, w.capitalize(), w.upper())),
        "left_by_word": left_by_word,
        "right_cues": CueSet(cues["right"]),  # cues right after a mention ("... sued", "'s lawyers")
        "defendant_descriptor": BoundaryScan(cues["defendant_descriptor"]),
        "cues": cues, "suffix_class": suffix_class, "first": first,
        "particles": particles, "gaz": gaz, "title_gaz": title_gaz, "places": place_names,
        "outlets": set(outlets), "stop": set(cues["not_party_words"]),
        "stop_first": set(cues["stop_first_tokens"]), "gov_heads": set(cues["org_heads_government"]),
        "generic_heads": set(cues["generic_heads"]),
    }


def _left_by_word(left: dict) -> dict:
    """First word -> (one regex for any left cue starting with it, [(role, regex)] of those cues):
    at a cue's possible start only the cues that can start with that word are tried."""
    by_word: dict[str, list] = {}
    for role, patterns in left.items():
        for p in patterns:
            for w in first_words(p):
                by_word.setdefault(w, []).append((role, p))
    return {w: (re.compile(_any(p for _, p in items), re.IGNORECASE),
                [(role, re.compile(p, re.IGNORECASE)) for role, p in items])
            for w, items in by_word.items()}


def _any(patterns) -> str:
    return "|".join("(?:%s)" % p for p in patterns)


@dataclass
class Cand:
    start: int
    end: int
    name: str
    kind: str                    # person | organization | government | court | outlet
    title: Optional[str] = None
    title_role: Optional[str] = None
    source: str = "pattern"      # gazetteer | pattern | pseudonym | frame
    canonical: Optional[str] = None
    aliases: list = field(default_factory=list)


class PartyFinder:
    def __init__(self, extra_json: str = "[]"):
        self.d = _data(extra_json)
        self._name_forms = lru_cache(maxsize=8192)(self._name_forms_uncached)

    # -- candidates -------------------------------------------------------------

    def find(self, text: str, chrome=None, sents=None, exclude=(), platforms=(), ents=()) -> list[Party]:
        mt = match_text(text)
        sents = sents if sents is not None else split_sentences(text)
        sidx = SentenceIndex(sents)
        toks = _tokenize(mt)
        self._index_titles(mt)
        excl = sorted(exclude)
        cands = self._gazetteer(mt)
        cands = self._platform_candidates(mt, cands, platforms)
        taken = [(c.start, c.end) for c in cands]
        cands += self._pseudonyms(mt, taken)
        taken = [(c.start, c.end) for c in cands] + self._products
        cands += self._persons(mt, toks, taken)
        cands += self._model_candidates(mt, cands, ents)  # a model's names beat frame-only guesses
        taken = [(c.start, c.end) for c in cands] + self._products
        cands += self._organizations(mt, toks, taken)
        excl_idx = SpanIndex(excl)
        cands = [c for c in cands if not (chrome is not None and c.start in chrome)
                 and not excl_idx.covers(c.start)]
        cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
        cands = _drop_nested(cands)
        cands = _join_courts(mt, cands)
        parties = self._merge(text, mt, cands, toks, chrome, excl, sidx)
        self._roles(text, mt, parties, sidx)
        return self._keep(parties)

    def _gazetteer(self, mt: str) -> list[Cand]:
        out = []
        for s, e, payloads in self.d["gaz"].finditer(mt):
            kind, canonical = sorted(payloads)[0]
            sm = re.match(r",?\s+(?:Inc\.|Inc\b|LLC\b|L\.L\.C\.|Ltd\.|Ltd\b|Corp\.|Co\.|PLC\b|plc\b)", mt[e:e + 8])
            if sm and kind == "organization":
                e += sm.end()
            # "the Supreme Court" of a state, "Apple's App Store": fine; a lowercase word after a
            # one-word company ("Meta platforms") is still the company
            if kind == "platform":
                out.append(Cand(s, e, mt[s:e], "organization", source="platform", canonical=canonical))
            else:
                out.append(Cand(s, e, mt[s:e], kind, source="gazetteer", canonical=canonical))
        return out

    def _platform_candidates(self, mt: str, cands: list[Cand], platforms) -> list[Cand]:
        """Platforms found in context ("X", "Im.ge") are companies too; "OpenAI's ChatGPT" is OpenAI's."""
        taken = {(c.start, c.end) for c in cands}
        covered = SpanIndex((c.start, c.end) for c in cands)
        out = []
        operators = {p.name: (p.operator or "").split(" ")[0].rstrip(",.") for p in platforms}
        self._products = []
        for plat in platforms:
            for m in plat.mentions:
                owner = re.search(r"([A-Z][\w.&-]*)'s?\s+$", mt[max(0, m.start - 40):m.start])
                if owner and owner.group(1) == operators.get(plat.name):
                    self._products.append((m.start, m.end))  # "OpenAI's ChatGPT": OpenAI is the party
                    continue
                if (m.start, m.end) in taken or covered.covers(m.start):
                    continue
                taken.add((m.start, m.end))
                out.append(Cand(m.start, m.end, m.text, "organization", source="platform", canonical=plat.name))
        return [c for c in cands if (c.start, c.end) not in self._products] + out

    def _model_candidates(self, mt: str, cands: list[Cand], ents) -> list[Cand]:
        """Names a statistical NER found that the rules did not; they still need a role."""
        covered = SpanIndex((c.start, c.end) for c in cands)
        out = []
        for s, e, label in ents:
            if label not in ("PERSON", "ORG") or covered.overlaps(s, e):
                continue
            name = mt[s:e]
            if name in self.d["stop"] or name in self.d["places"]:
                continue
            out.append(Cand(s, e, name, "person" if label == "PERSON" else "organization", source="model"))
        return out

    def _pseudonyms(self, mt: str, taken) -> list[Cand]:
        out = []
        if "Doe" not in mt and "Roe" not in mt:
            return out  # every pseudonym has one of them
        taken = SpanIndex(taken)
        for m in _PSEUDONYM.finditer(mt):
            if taken.covers(m.start()):
                continue
            out.append(Cand(m.start(), m.end(), m.group(), "person", source="pseudonym"))
        return out

    def _index_titles(self, mt: str) -> None:
        """Every title in the text, found once: (start, end, role), sorted, with their ends."""
        self._titles = [(s, e, roles[0]) for s, e, roles in self.d["title_gaz"].finditer(mt)]
        self._title_ends = [e for _, e, _ in self._titles]
        self._title_starts = [s for s, _, _ in self._titles]

    def _titles_ending(self, lo: int, hi: int):
        a = bisect_left(self._title_ends, lo)
        b = bisect_right(self._title_ends, hi)
        return self._titles[a:b]

    def _in_title(self, start: int, end: int) -> bool:
        """Is [start, end) the tail of a longer title ('General' in 'Attorney General')?"""
        k = bisect_left(self._title_starts, start) - 1
        return k >= 0 and self._titles[k][1] >= end

    def _title_before(self, mt: str, toks: list[Tok], i: int) -> tuple[Optional[str], Optional[str], int]:
        """A title right before token i ('U.S. District Judge', 'Rep.', 'Attorney General').
        ``_persons`` asks only where some title ends near the word."""
        start = toks[i].start
        lo = toks[max(0, i - 14)].start if i else 0
        for s, e, role in reversed(self._titles_ending(start - 3, start)):
            if not mt[e:start].strip():
                return mt[s:e], role, s
        # an appositive title: "Commissioner for Internal Market, Thierry Breton"
        for s, e, role in reversed(self._titles_ending(lo, start)):
            if _APPOSITIVE_TITLE.fullmatch(mt, e, start):
                return mt[s:e], role, s
        return None, None, start

    def _persons(self, mt: str, toks: list[Tok], taken) -> list[Cand]:
        """[title] First [Middle|X.] Last [Jr.]: a known first name, or a title before the name."""
        d = self.d
        out = []
        n = len(toks)
        i = 0
        taken = SpanIndex(taken)
        title_ends, n_titles = self._title_ends, len(self._title_ends)
        while i < n:
            t = toks[i]
            if not t.cap or taken.covers(t.start):
                i += 1
                continue
            if self._in_title(t.start, t.end):
                i += 1
                continue
            # a title can end only inside _title_before's window (this one may be a little wider)
            k = bisect_left(title_ends, toks[max(0, i - 14)].start - 3)
            if k < n_titles and title_ends[k] <= t.start:
                title, title_role, _ = self._title_before(mt, toks, i)
            else:
                title = title_role = None  # no title ends anywhere near (most words)
            first_ok = t.text in d["first"] or (t.text.isupper() and t.text.title() in d["first"])
            if not (first_ok or title) or (t.text in d["stop"] and not first_ok):
                i += 1
                continue
            j = i + 1
            while j < n and j - i < 5 and not _gap(mt, toks[j - 1], toks[j]):
                w = toks[j].text
                if not (toks[j].cap or w in d["particles"]) or w in d["stop"] or _descriptor(w):
                    break
                if d["suffix_class"].get(w) and w not in _SUFFIXES:
                    break
                j += 1
            while j > i + 1 and toks[j - 1].text in d["particles"]:
                j -= 1
            if j - i >= 2 or (title and title_role in ("judge", "agency", "counsel")):
                name = mt[t.start:toks[j - 1].end]
                if not self._bad_person(name):
                    out.append(Cand(t.start, toks[j - 1].end, name, "person", title=title, title_role=title_role))
                    i = j
                    continue
            i += 1
        return out

    def _organizations(self, mt: str, toks: list[Tok], taken) -> list[Cand]:
        """Capitalized runs ending in an organization word; others only where a role frame vouches."""
        d = self.d
        out = []
        n = len(toks)
        no_start = SpanIndex([*taken, *_title_case_lines(mt)])  # taken, or in a headline: no name starts there
        taken = SpanIndex(taken)
        i = 0
        while i < n:
            t = toks[i]
            if (not t.cap or no_start.covers(t.start) or t.text in d["stop"]
                    or (t.text.isupper() and t.text.title() in d["stop"]) or t.text[0].isdigit()
                    or _descriptor(t.text)):
                i += 1
                continue
            j, last_cap, seen_of = i, i, False
            while j < n:
                tj = toks[j]
                if j > i and (_gap(mt, toks[j - 1], tj) or taken.covers(tj.start)):
                    break
                if tj.cap and tj.text != "I" and not _descriptor(tj.text):
                    last_cap = j
                    j += 1
                    continue
                nxt_cap = j + 1 < n and (toks[j + 1].cap or toks[j + 1].text == "the")
                if tj.text in ("of", "for", "on", "&", "de", "du", "la", "the", "y") and nxt_cap and j > i:
                    seen_of = seen_of or tj.text in ("of", "for")
                    j += 1
                    continue
                if tj.text == "and" and seen_of and nxt_cap:
                    j += 1
                    continue
                if tj.text == "," and j + 1 < n and d["suffix_class"].get(toks[j + 1].text) in ("company", "law_firm"):
                    j += 1
                    continue
                if tj.text == "," and j + 2 < n and toks[j + 1].cap and toks[j + 2].text == "&":
                    j += 1
                    continue
                break
            j = last_cap + 1
            while j > i and (toks[j - 1].text in d["stop"] or toks[j - 1].text in _CONNECT):
                j -= 1
            if _SUFFIX_ONLY.fullmatch(t.text):
                i = j if j > i else i + 1
                continue
            if any(ts == t.start for ts, _, _ in self._titles_ending(toks[last_cap].end, toks[last_cap].end)):
                i = j
                continue  # a title before a name ("Chief Magistrate Judge")
            if j == i + 1 and i > 0 and mt[toks[i - 1].start:t.end] in d["places"]:
                i = j
                continue  # "European Union" minus a stop word is not "Union"
            if j > i:
                cand = self._classify_org(mt, toks, i, j)
                if cand:
                    out.append(cand)
                i = j
                continue
            i += 1
        return out

    def _bad_person(self, name: str) -> bool:
        words = name.split()
        return any(w in self.d["places"] for w in (name, words[-1])) or words[-1] in self.d["stop"]

    def _classify_org(self, mt: str, toks: list[Tok], i: int, j: int) -> Optional[Cand]:
        d = self.d
        words = [t.text for t in toks[i:j]]
        if mt[toks[i].start:toks[j - 1].end] in d["places"]:
            return None
        # leading stop words ("The Haba Law Firm" keeps "The" only before a law firm or outlet)
        while words and words[0] in d["stop"] and len(words) > 1:
            if words[0] == "The" and d["suffix_class"].get(words[-1]) in ("law_firm",):
                break
            i += 1
            words = words[1:]
        if not words:
            return None
        s, e = toks[i].start, toks[j - 1].end
        name = mt[s:e]
        if name in d["places"] or name in d["stop"] or words[0] in d["places"] and len(words) == 1:
            return None
        last = words[-1].rstrip(".")
        last2 = " ".join(words[-2:])
        cls = d["suffix_class"].get(words[-1]) or d["suffix_class"].get(last) or d["suffix_class"].get(last2)
        if "Court" in words or (("Circuit" in name or "District of" in name) and _COURTISH.search(name)):
            return Cand(s, e, name, "court")
        if words[0] in d["gov_heads"] and len(words) > 2 and words[1] == "of":
            return Cand(s, e, name, "government")
        if cls == "government" or cls == "court":
            return Cand(s, e, name, "government" if cls == "government" else "court")
        if cls in ("company", "law_firm", "advocacy", "education"):
            return Cand(s, e, name, "organization", title_role="counsel" if cls == "law_firm" else
                        ("advocate" if cls == "advocacy" else None))
        if "&" in words and len(words) >= 3:
            return Cand(s, e, name, "organization")
        if any(d["suffix_class"].get(w) == "advocacy" for w in words[:-1]) and len(words) >= 3:
            return Cand(s, e, name, "organization", title_role="advocate")
        # an unknown capitalized name: kept only where a role frame vouches for it
        return Cand(s, e, name, "organization", source="frame")

    # -- merging ----------------------------------------------------------------

    def _merge(self, text, mt, cands: list[Cand], toks, chrome, excl, sidx) -> list[Party]:
        d = self.d
        parties: list[Party] = []
        by_key: dict[str, Party] = {}
        meta: dict[int, dict] = {}
        lookup: dict[str, Party] = {}

        def new_party(c: Cand) -> Party:
            p = Party(name=_display(c), kind=c.kind if c.kind != "outlet" else "organization", title=c.title)
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
            for form in self._short_forms(mt, c):
                lookup.setdefault(form, p)
            fm = renamed and _FORMERLY.match(mt[c.end:c.end + 80])
            if fm and c.kind != "person":
                alias = fm.group(1).strip()
                s0 = c.end + fm.start(1)
                p.add(Mention(s0, s0 + len(alias), text[s0:s0 + len(alias)]))

        renamed = "formerly" in mt or "previously" in mt
        firsts = _sentence_firsts(mt, sidx)
        tok_starts: list = []  # the party tokens' starts, made when first asked

        def used_inside(name: str) -> bool:
            """Is ``name`` a capitalized word somewhere it does not open a sentence? (Its
            occurrences in the text, each looked up among the tokens.)"""
            if not tok_starts:
                tok_starts.extend(map(itemgetter(1), toks))  # a C loop
            n = len(tok_starts)
            a = mt.find(name)
            while a != -1:
                k = bisect_left(tok_starts, a)
                if k < n and tok_starts[k] == a and toks[k].text == name and toks[k].cap and a not in firsts:
                    return True
                a = mt.find(name, a + 1)
            return False

        strong = [c for c in cands if c.source != "frame"]
        frames = [c for c in cands if c.source == "frame"]
        for c in strong:
            k = _key(c)
            p = by_key.get(k) or lookup.get(c.name) or lookup.get(_fold(c.name))
            if p is None and c.name in d["generic_heads"]:
                p = next((q for q in reversed(parties) if q.name.split()[-1] == c.name), None)
            if p is None:
                p = by_key[k] = new_party(c)
            attach(p, c)
        for c in frames:
            p = lookup.get(c.name) or lookup.get(_fold(c.name)) or by_key.get(_key(c))
            if p is None and c.name in d["generic_heads"]:
                p = next((q for q in reversed(parties) if q.name.split()[-1] == c.name), None)
            if p is not None:
                attach(p, c)
                continue
            if " " not in c.name and c.start in firsts and not used_inside(c.name):
                continue  # "Rather, ...": a capitalized word only because it opens a sentence
            p = by_key[_key(c)] = new_party(c)
            attach(p, c)
        # remaining short references: surnames, first words, acronyms
        occupied = SpanIndex([(mm.start, mm.end) for p in parties for mm in p.mentions] + _title_case_lines(mt))
        excl = SpanIndex(excl)
        words = list(map(itemgetter(0), toks))
        # the tokens worth a look (C loops): a known form, or an all-caps word whose folded form may be one
        known = compress(count(), map(lookup.__contains__, words))
        caps = (i for i in compress(count(), map(str.isupper, words)) if len(words[i]) > 3)
        for i in sorted({*known, *caps}):
            t = toks[i]
            p = lookup.get(t.text) or (lookup.get(_fold(t.text)) if t.text.isupper() and len(t.text) > 3 else None)
            if p is None or (chrome is not None and t.start in chrome):
                continue
            if occupied.covers(t.start) or excl.covers(t.start):
                continue
            p.add(Mention(t.start, t.end, text[t.start:t.end]))
        for form, p in lookup.items():
            if " " not in form:
                continue
            for a in _whole_word_finds(mt, form):
                if not occupied.covers(a):
                    p.add(Mention(a, a + len(form), text[a:a + len(form)]))
        # "the Commission", "the Times": the party whose name ends in that head word
        occupied = SpanIndex([(a.start, a.end) for p in parties for a in p.mentions])
        by_head: dict[str, list[Party]] = {}
        for p in parties:
            by_head.setdefault(p.name.split()[-1], []).append(p)
        for mm in _THE_HEAD.finditer(mt):
            head = mm.group(1)
            if head not in d["generic_heads"] or (chrome is not None and mm.start() in chrome):
                continue
            targets = [p for p in by_head.get(head, []) if p.first.start < mm.start()]
            if targets and not occupied.covers(mm.start(1)):
                targets[-1].add(Mention(mm.start(1), mm.end(1), text[mm.start(1):mm.end(1)]))
        for p in parties:
            m = meta[id(p)]
            p.evidence = []
            if m["outlet"]:
                p.evidence.append("outlet")
            if m["pseudonym"]:
                p.evidence.append("pseudonym")
            if m["sources"] == {"frame"}:
                p.evidence.append("frame-only")
            p.evidence.extend(f"title:{r}" for r in m["title_roles"])
        return parties

    def _short_forms(self, mt: str, c: Cand) -> list[str]:
        """What a later mention may call this candidate: surname, first word, acronym."""
        out = []
        after = mt[c.end:c.end + 16]
        am = "(" in after and _DEFINED_ACRONYM.match(after)
        if am and c.kind != "person":
            out.append(am.group(1))
        return out + self._name_forms(c.name, c.kind, c.source)

    def _name_forms_uncached(self, name: str, kind: str, source: str) -> list[str]:
        """The short forms that follow from the name alone (cached per finder)."""
        d = self.d
        out = []
        if kind == "person":
            words = name.split()
            tail = [w for w in words[1:] if w not in _SUFFIXES and not _INITIAL.fullmatch(w)]
            if tail:
                out += [tail[-1], _fold(tail[-1])]
            if len(words) >= 3 and words[-1] in _SUFFIXES:
                out.append(" ".join(words[-2:]))
        elif kind in ("organization", "outlet") and source not in ("pseudonym", "platform"):
            words = [w for w in name.replace(",", "").split() if w != "The"]
            core = [w for w in words if not d["suffix_class"].get(w)]
            if len(words) > 1 and core and core[0] not in d["stop_first"] and core[0] not in d["first"] \
                    and core[0] not in d["places"] and len(core[0]) > 2 and core[0] not in d["stop"]:
                out.append(core[0])
            if len(core) >= 2 and len(core) < len(words):
                out.append(" ".join(core))
        return out

    # -- roles --------------------------------------------------------------------

    def _roles(self, text: str, mt: str, parties: list[Party], sidx: SentenceIndex) -> None:
        d = self.d
        spans = [(mm.start, mm.end, p) for p in parties for mm in p.mentions]
        spans.sort(key=itemgetter(0))
        # lists: "attorneys A, B, C and D" share the cue before the first and after the last
        groups, cur = [], []
        for s, e, p in spans:
            if cur and _LIST_JOIN.fullmatch(mt, cur[-1][1], s):
                cur.append((s, e, p))
            else:
                if cur:
                    groups.append(cur)
                cur = [(s, e, p)]
        if cur:
            groups.append(cur)
        # a list needs its "and": "Meetali Jain, Garcia's attorney" is an apposition, not a list
        split = []
        for g in groups:
            joins = [mt[a[1]:b[0]] for a, b in zip(g, g[1:])]
            if len(g) > 1 and not re.search(r"\b(?:and|or)\b|&", joins[-1]):
                split.extend([x] for x in g)
            else:
                split.append(g)
        groups = split
        votes: dict[int, Counter] = {id(p): Counter() for p in parties}
        quoted = [(a, b) for a, b, _, _ in find_spans(text)]
        quote_starts = [a for a, _ in quoted]
        lede = sidx.spans[min(3, len(sidx.spans) - 1)][1] if sidx.spans else 0
        cased = d["left_first_cased"]  # "sued", "Sued", "SUED"
        toks = gaz_tokens(mt)
        at = list(compress(count(), map(cased.__contains__, toks.strings)))
        leads = [toks.starts[i] for i in at]
        lead_words = [toks.strings[i].lower() for i in at]
        for g in groups:
            s0, e1 = g[0][0], g[-1][1]
            k = bisect_left(quote_starts, s0) - 1
            if k >= 0 and quoted[k][0] < s0 < quoted[k][1] and quoted[k][1] - quoted[k][0] > (e1 - s0) + 30:
                continue  # what a quotation says about someone is a claim, not the story's frame
            sent = sidx.at(s0) or (max(0, s0 - 200), min(len(mt), e1 + 200))
            weight = 2 if s0 <= lede else 1
            found = self._left_cues(mt, leads, lead_words, max(sent[0], s0 - 160), s0)
            right = mt[e1:min(sent[1], e1 + 200)].lstrip("\"'")
            if right.lstrip()[:1] == "(":
                right = _PARENTHETICAL.sub("", right, count=1)  # "Rep. Devin Nunes (R-Calif.) sued"
            found |= d["right_cues"].roles(right)
            # "A sued B": the subject of a suing verb is a plaintiff even when B is also named
            for _, _, p in g:
                for role in found:
                    votes[id(p)][role] += weight
        # "a lawsuit against a supermarket chain ... supermarket chain Star Market": the same defendant
        for m in d["defendant_descriptor"].finditer(mt):
            desc = m.group(1).strip()
            for s0, e0, p in spans:
                if s0 > m.end() and mt[max(0, s0 - len(desc) - 1):s0].strip().lower().endswith(desc.lower()):
                    votes[id(p)]["defendant"] += 1
        # "Elise M. Bloom of Proskauer Rose": a lawyer's firm is counsel, a firm's lawyer too
        firms = {id(p) for p in parties if votes[id(p)]["counsel"] or any(
            e == "title:counsel" for e in p.evidence)}
        for k, (s0, e0, p) in enumerate(spans[:-1]):
            s1, e1, q = spans[k + 1]
            if s1 - e0 <= 16 and p.kind == "person" and _OF_FIRM.fullmatch(mt, e0, s1):
                if id(q) in firms or votes[id(p)]["counsel"]:
                    votes[id(p)]["counsel"] += 1
                    votes[id(q)]["counsel"] += 1
        for p in parties:
            v = votes[id(p)]
            ev = p.evidence
            if p.kind == "court":
                p.role = "court"
                continue
            title_roles = [e.split(":", 1)[1] for e in ev if e.startswith("title:")]
            if "judge" in title_roles or v["judge"]:
                p.role = "judge"
                continue
            if "counsel" in title_roles or v["counsel"] and p.kind != "government":
                p.role = "counsel"
                continue
            if p.kind == "government":
                agency = v["agency"] + 1
                p.role = "plaintiff" if v["plaintiff"] > agency else "agency"
                if v["defendant"] > max(v["plaintiff"], agency):
                    p.role = "defendant"
                continue
            if "agency" in title_roles and not (v["plaintiff"] or v["defendant"]):
                p.role = "agency"
                continue
            if v["plaintiff"] or v["defendant"]:
                p.role = "plaintiff" if v["plaintiff"] >= v["defendant"] else "defendant"
                if "advocate" in title_roles and p.role == "plaintiff" and re.search(r"\bon behalf of\b", mt):
                    p.role = "advocate"
                continue
            if "advocate" in title_roles or v["advocate"]:
                p.role = "advocate"
                continue
            if v["agency"] and p.kind != "person":
                p.role = "agency"
                continue
            if "pseudonym" in ev:
                p.role = "plaintiff"
                continue
            p.role = "other"

    def _left_cues(self, mt: str, leads: list[int], lead_words: list[str], lo: int, hi: int) -> set[str]:
        """Roles whose left cue ends right before ``hi`` (quote marks aside), starting at or after ``lo``
        at one of ``leads`` (the starts of words a cue can begin with)."""
        by_word = self.d["left_by_word"]
        while hi > lo and mt[hi - 1] in "\"'":
            hi -= 1
        found: set[str] = set()
        for k in range(bisect_left(leads, lo), bisect_left(leads, hi)):
            any_cue, cues = by_word[lead_words[k]]
            if any_cue.match(mt, leads[k], hi):
                found.update(role for role, p in cues if p.match(mt, leads[k], hi))
        return found

    def _keep(self, parties: list[Party]) -> list[Party]:
        out = []
        for p in parties:
            if p.role == "other":
                continue
            if "outlet" in p.evidence and p.role not in ("plaintiff", "defendant"):
                continue
            if p.name in self.d["places"] or p.name in self.d["stop"]:
                continue
            out.append(p)
        return sorted(out, key=lambda p: p.first)


_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth",
             "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth", "11th": "eleventh",
             "d.c.": "d.c.", "2d": "second", "3d": "third"}


@lru_cache(maxsize=8192)
def _fold(name: str) -> str:
    """'YOVINO' -> 'Yovino': caption capitals are the same name."""
    return " ".join(w.title() if w.isupper() and len(w) > 3 else w for w in name.split())


def _key(c: Cand) -> str:
    return _name_key(c.canonical or c.name, c.kind == "court")


@lru_cache(maxsize=4096)
def _name_key(name: str, court: bool) -> str:
    """The form two names must share to be one party ('The Haba Law Firm' = 'Haba Law Firm')."""
    name = re.sub(r",?\s+(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Corp\.?|Co\.|PLC|plc)$", "", name)
    name = re.sub(r"^The\s+", "", _fold(name))
    key = re.sub(r"\s+", " ", name).lower()
    if court:
        key = re.sub(r"\b(?:u\.s\.|us|united states)\s+", "", key)
        key = " ".join(_ORDINALS.get(w, w) for w in key.split())
        key = key.replace(" of the ", " for the ")
    return key


_WORD_CHAR = re.compile(r"\w")
# "\b[Tt]he": the boundary is tested after the first letter, so the scan can skip to a T
_THE_HEAD = re.compile(r"[Tt](?<!\w[Tt])he\s+([A-Z][a-z]+)\b")


def _whole_word_finds(mt: str, form: str):
    """Starts of ``form`` in ``mt`` not inside a longer word, left to right, not overlapping
    (what a regex with word-boundary lookarounds finds, without a regex scan per form)."""
    n = len(form)
    i = mt.find(form)
    while i != -1:
        j = i + n
        if (i == 0 or not is_word_char(mt[i - 1])) and (j == len(mt) or not is_word_char(mt[j])):
            yield i
            i = mt.find(form, j)
        else:
            i = mt.find(form, i + 1)


def _sentence_firsts(mt: str, sidx) -> set[int]:
    """Where the first word of each sentence starts."""
    out = set()
    for start, end in (sidx.spans if sidx else [(0, len(mt))]):
        m = _WORD_CHAR.search(mt, start, end)
        if m:
            out.add(m.start())
    return out


def _display(c: Cand) -> str:
    return " ".join((c.canonical or c.name).split())


def _descriptor(word: str) -> bool:
    """'Wisconsin-based', 'Google-owned': a description, not a name."""
    return "-" in word and _DESCRIPTOR.search(word) is not None


def _gap(mt: str, a: Tok, b: Tok) -> bool:
    between = mt[a.end:b.start]
    return "\n" in between or len(between) > 2 or (between and not between.isspace() and between != "")


def _join_courts(mt: str, cands: list[Cand]) -> list[Cand]:
    out: list[Cand] = []
    for c in cands:
        if out and c.kind == "court" and re.search(r"\bCourt\b", out[-1].name) and \
                re.fullmatch(r"\s+(?:of|for)\s+the\s+", mt[out[-1].end:c.start]):
            prev = out.pop()
            c = Cand(prev.start, c.end, mt[prev.start:c.end], "court", canonical=c.canonical, source=c.source)
        out.append(c)
    return out


def _drop_nested(cands: list[Cand]) -> list[Cand]:
    out, last_end = [], -1
    for c in cands:
        if c.start < last_end:
            continue
        out.append(c)
        last_end = c.end
    return out


_NAME_WORD = re.compile(r"[A-Za-z][\w'-]*")
_HEADLINE_SMALL = frozenset({"of", "and", "the", "to", "in", "for", "on", "a", "by", "is"})


@same_text_cache
def _title_case_lines(mt: str) -> list[tuple[int, int]]:
    """Headlines: most words capitalized; only gazetteer names are taken from them."""
    out, pos = [], 0
    for line in mt.split("\n"):
        if line.rstrip().rstrip("\"')")[-1:] in (".", "!", "?"):
            pos += len(line) + 1
            continue  # a sentence (closing quote marks aside), not a headline
        words = _NAME_WORD.findall(line)
        if len(words) >= 4:
            # capitalized words and the small words headlines keep lowercase (disjoint), in C loops
            caps = sum(map(str.isupper, map(itemgetter(0), words))) + sum(map(_HEADLINE_SMALL.__contains__, words))
            if caps / len(words) >= 0.85:
                out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out
