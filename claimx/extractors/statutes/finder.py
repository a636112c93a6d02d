"""Statutes: named acts, sections, constitutional provisions, bills and code citations.

``StatuteFinder.find`` runs named passes over the text, each adding raw mentions, then merges
them into one item per distinct (law, section) (``merge``):
- gazetteer: the popular-names list (``data/patterns/statutes.json``: names, aliases,
  abbreviations, famous bare sections such as "Section 230"); a name two jurisdictions share
  ("Online Safety Act") goes to the one the year after it or the article's place words name;
- general acts: laws missing from it, named as written (``acts``);
- code sections named in words, years after act names, "Section 10(b) of the ..." prefixes;
- abbreviations defined in the text ("... Act (TVPRA)", "Assembly Bill 5 (AB 5)");
- bills and ballot measures; formal citations (``cites``, with reporters-db's series);
- restatements: a citation in parentheses right after a law is that law.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from claimx.extractors.statutes.acts import YEAR_AFTER, bills, general_acts
from claimx.extractors.statutes.cites import SEC, bluebook, find_citations
# a scan property test (tests/test_fast_paths.py) reads these two here
from claimx.extractors.statutes.data import load_data, places
from claimx.extractors.statutes.later_mentions import section_uses, whole_form_uses
from claimx.extractors.statutes.merge import merge
from claimx.models import Statute
from claimx.text.gazetteer import tokens
from claimx.text.normalize import match_text
from claimx.text.segment import SpanIndex
from claimx.text.wordtrie import trie_pattern

# "Section 10(b) of the", "Sections 1 and 2 of", "Articles 25 and 39 of", "Section 349 and
# Section 350 of" right before a law's name
_ID = r"[0-9A-Za-z]+(?:-[A-Za-z]{1,8}\b)?(?:\([0-9A-Za-z]+\))*"  # "840-bis", "10(b)"
_KIND_AGAIN = r"(?:(?:Sections?|Secs?\.|Articles?)\s+|§\s*)?"  # the list's kind word said again
_SECTION_OF = re.compile(r"\b(Sections?|Secs?\.|§§?|Title|Articles?|Chapter|Part|Rule)\s+"
                         r"((?:" + _ID + r")(?:(?:,\s*(?:and\s+)?|\s+and\s+)" + _KIND_AGAIN + _ID +
                         r"){0,8})\s+of\s+(?:the\s+)?$")
_KIND_BEFORE = re.compile(r"(?:Sections?|Secs?\.|Articles?)\s+$|§\s*$")
_SECTION_ITEM = re.compile(r"(?<![\w.])(?!(?:and|or|Sections?|Secs?|Articles?)\b)" + _ID)
_CONSTITUTION_AFTER = re.compile(r"\s+(?:of|to)\s+the\s+(?:U\.S\.|US|United States|American)\s+Constitution\b")
# "the Equal Protection Clause of the 14th Amendment": the clause is the item, its amendment its place
_CLAUSE_OF = re.compile(r"\s+of\s+the\s+(?:(?:U\.S\.|US|United States|American)\s+Constitution|"
                        r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|\d{1,2}(?:st|nd|rd|th))\s+Amendment(?:\s+to\s+the\s+(?:U\.S\.\s+)?Constitution)?)\b")
_DEFINED = re.compile(r"\s*\((?:the\s+)?[\"']?([A-Z][A-Za-z0-9&-]{1,11}(?: \d{1,5})?)[\"']?\)")


class StatuteFinder:
    def __init__(self, extra_json: str = "[]"):
        self.data = load_data(extra_json)

    def find(self, text: str, chrome=None, index=None) -> list[Statute]:
        """``index``: the document's ``DocIndex`` of ``text`` (its matching copy and tokens)."""
        mt = match_text(text) if index is None else index.match_text
        toks = tokens(mt) if index is None else index.gazetteer_tokens

        def keep(r: dict) -> bool:
            return chrome is None or r["start"] not in chrome

        raw = [r for r in self._gazetteer(mt, toks) if keep(r) and not _inside_placed_name(self.data, mt, r)]
        raw += [r for r in general_acts(mt, toks, [(r["start"], r["end"]) for r in raw]) if keep(r)]
        self._code_sections(mt, raw)
        self._act_years(mt, raw)
        raw += self._sections_of(mt, raw)
        raw += [r for r in self._defined_abbreviations(mt, raw) if keep(r)]
        covered = SpanIndex((r["start"], r["end"]) for r in raw)
        raw += [r for r in bills(mt) if keep(r) and not covered.covers(r["start"])]
        raw += [r for r in find_citations(mt, self.data) if keep(r)]
        self._restatements(mt, raw)
        return merge(self.data, text, raw)

    # -- passes ------------------------------------------------------------------

    def _gazetteer(self, mt: str, toks) -> list[dict]:
        out, cues = [], None
        for s, e, payloads in self.data.gaz.finditer(mt, toks):
            if not _abbrev_ok(mt, s, e):
                continue
            shared = [p[1] for p in payloads if p[0] == "bare"]
            if shared and all(p[0] != "section" for p in payloads):
                cues = cues if cues is not None else _place_counts(mt)
                named = next((p[1] for p in payloads if p[0] == "law"), None)
                law_id = self._pick(mt, e, shared, cues) or named
                out.append({"start": s, "end": e, "law": law_id, "section": None, "name": mt[s:e], "jur": None})
                continue
            _, law_id, section = sorted(payloads, key=lambda p: (p[0] != "section", p[1]))[0]
            out.append({"start": s, "end": e, "law": law_id, "section": section})
        return out

    def _pick(self, mt: str, end: int, law_ids: list[str], cues: dict) -> Optional[str]:
        """One name, several jurisdictions: the year after it, else the article's places."""
        m = YEAR_AFTER.match(mt, end)
        if m:
            for lid in law_ids:
                if self.data.laws[lid].year == int(m.group(1)):
                    return lid
        scored = [(cues.get(self.data.laws[lid].jurisdiction, 0), -k, lid) for k, lid in enumerate(law_ids)]
        best = max(scored)
        return best[2] if best[0] else None  # no place named: the law its own name is, or none

    def _code_sections(self, mt: str, raw: list[dict]) -> None:
        """'California's Civil Code § 1708.85': a code named in words, then its section."""
        for r in raw:
            if r["law"] is None and r.get("name", "").endswith("Code") and not r.get("section"):
                m = re.match(rf"\s*(?:§§?|[Ss]ection)\s*({SEC})", mt[r["end"]:r["end"] + 40])
                if m:
                    r["section"] = m.group(1)
                    r["citation"] = f"{bluebook(r['name'])} § {m.group(1)}"
                    r["end"] += m.end()

    def _act_years(self, mt: str, raw: list[dict]) -> None:
        """'... Act of 1996', '... Act 2023': the year belongs to the mention; so it does to a
        name several laws share that none of their years picked ('the Competition Act, 2002').
        A clause's amendment belongs to the clause ('the Equal Protection Clause of the 14th Amendment')."""
        for r in raw:
            if r["law"] and mt[r["start"]:r["end"]].endswith("Clause"):
                m = _CLAUSE_OF.match(mt, r["end"])
                if m:
                    r["end"] = m.end()
                continue
            if (r["law"] or r.get("name")) and mt[r["start"]:r["end"]].endswith("Act"):
                m = YEAR_AFTER.match(mt, r["end"])
                if m:
                    r["end"] = m.end()
                    if not r["law"] and r.get("year") is None:
                        r["year"] = int(m.group(1))

    def _sections_of(self, mt: str, raw: list[dict]) -> list[dict]:
        """'Section 10(b) of the ...', 'Title VII of the ...'; 'Sections 1 and 2 of the Sherman
        Act' is two items, as a joint citation is (a list of articles stays one provision).
        Returns the extra mentions: second and later sections, and a later bare 'Section 69A'
        of a section first named with its act."""
        extra = []
        for r in raw:
            lo = max(0, r["start"] - 120)
            before = mt[lo:r["start"]]
            m = _SECTION_OF.search(before) if before.rstrip().endswith(("of", "the")) else None
            if m and r.get("section") is None:
                kind = m.group(1)
                items = list(_SECTION_ITEM.finditer(m.group(2)))
                if kind.startswith(("Title", "Chapter")):
                    r["section"] = f"{kind} {m.group(2)}"
                elif not kind.startswith(("Sec", "\u00a7")):  # "Articles 25 and 39 of the DSA": one provision
                    r["section"] = m.group(2)
                else:
                    r["section"] = items[0].group()
                    for it in items[1:]:
                        s = lo + m.start(2) + it.start()
                        again = _KIND_BEFORE.search(mt, max(0, s - 10), s)
                        s = again.start() if again else s  # "Section 350" of "Section 349 and Section 350"
                        extra.append({**r, "start": s, "end": lo + m.start(2) + it.end(), "section": it.group(),
                                      "inside": True})
                r["start"] = lo + m.start()
            m2 = _CONSTITUTION_AFTER.match(mt, r["end"])
            if m2 and mt[r["start"]:r["end"]].endswith("Amendment"):
                r["end"] = m2.end()
        extra += self._bare_sections(mt, raw + extra)
        return extra

    def _bare_sections(self, mt: str, raw: list[dict]) -> list[dict]:
        named = {}
        for r in raw:
            sec = r.get("section")
            if sec and not r.get("cited") and mt.startswith(("Section", "section", "Sec"), r["start"]):
                named.setdefault(sec, r)
        if not named or "ection" not in mt:
            return []
        covered = SpanIndex((r["start"], r["end"]) for r in raw)
        return [{**named[sec], "start": s, "end": e} for s, e, sec in section_uses(mt, named)
                if not covered.covers(s)]

    def _defined_abbreviations(self, mt: str, raw: list[dict]) -> list[dict]:
        """'... Act (TVPRA)', 'Assembly Bill 5 (AB 5)': later uses of the short form."""
        defined: dict[str, dict] = {}
        suffixes = places()["jurisdiction_suffixes"]
        for r in raw:
            m = _DEFINED.match(mt, r["end"])
            if m and m.group(1) not in defined and m.group(1) not in suffixes:  # "(Cth)" says whose act
                defined[m.group(1)] = r
        if not defined:
            return []
        known = {(r["start"], r["end"]) for r in raw}
        covered = SpanIndex(known)
        return [{**defined[form], "start": s, "end": e, "same_as": None, "alias_of": defined[form]}
                for s, e, form in whole_form_uses(mt, defined) if (s, e) not in known and not covered.covers(s)]

    def _restatements(self, mt: str, raw: list[dict]) -> None:
        """A citation in parentheses or after a comma right after a named law restates it:
        'Assembly Bill 5 of 2019 (California Labor Code section 2750.3)', 'the state's Drug
        Dealer Liability Act, O.C.G.A. § 51-1-46'."""
        named = sorted((r for r in raw if not r.get("citation")), key=lambda r: r["end"])
        by_end = {r["end"]: r for r in named}
        for r in raw:
            if not r.get("citation"):
                continue
            j = r["start"] - 1
            while j >= 0 and mt[j] == " ":
                j -= 1
            if j < 0 or mt[j] not in "(,":
                continue
            k = j
            while k > 0 and mt[k - 1] == " ":
                k -= 1
            src = by_end.get(k)
            if src is not None:
                r["same_as"] = src.get("alias_of") or src


def _inside_placed_name(data, mt: str, r: dict) -> bool:
    """'the Oregon Consumer Privacy Act', 'the Utah Consumer Sales Practices Act': a known name
    ('Privacy Act', Ohio's 'Consumer Sales Practices Act') right after another place's name, or
    ending a longer capitalised name that begins with one, is part of that place's own law,
    which the general rule names."""
    if r.get("section") is not None or not r.get("law"):
        return False
    m = _placed_before().search(mt, max(0, r["start"] - 80), r["start"])
    if not m or set(m.group("words").split()) & _not_first():
        return False
    return data.laws[r["law"]].jurisdiction != "US-" + places()["us_states"][m.group("place")]


@lru_cache(maxsize=1)
def _placed_before():
    states = trie_pattern(places()["us_states"])
    return re.compile(rf"(?<![\w.'\u2019-])(?P<place>{states}) (?P<words>(?:[A-Z][a-z][\w-]* ){{0,3}})$")


@lru_cache(maxsize=1)
def _not_first() -> frozenset:
    from claimx.extractors.statutes.data import rules
    return frozenset(rules()["not_first_words"])


def _abbrev_ok(mt: str, s: int, e: int) -> bool:
    """An all-caps abbreviation must stand alone, not inside a longer name or word."""
    form = mt[s:e]
    if not form.isupper() or " " in form:
        return True
    before = mt[s - 1] if s else " "
    after = mt[e] if e < len(mt) else " "
    return not (before.isalnum() or before in "-." or after.isalnum() or after == "-")


def _place_counts(mt: str) -> dict:
    """How often the article names each country (its cue words), for a shared law name."""
    rx, code_of = _cue_scan()
    out: dict[str, int] = {}
    for m in rx.finditer(mt):
        if not (m.start() and (mt[m.start() - 1].isalnum() or mt[m.start() - 1] == ".")):
            code = code_of[m.group()]
            out[code] = out.get(code, 0) + 1
    return out


@lru_cache(maxsize=1)
def _cue_scan():
    code_of = {w: code for code, words in places()["country_cues"].items() for w in words}
    return re.compile("(?:%s)(?!\\w)" % trie_pattern(code_of)), code_of
