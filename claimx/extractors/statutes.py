"""Statutes: named acts, sections, constitutional amendments and code citations.

Three sources of mentions, merged into one item per distinct (law, section):
- the popular-names gazetteer (``data/statutes.json``: names, aliases, abbreviations,
  famous bare sections such as "Section 230");
- a general rule for laws missing from it: a run of capitalized words ending in
  "Act" (or an ordinal plus "Amendment"), named as written;
- formal citations ("18 U.S.C. §§ 1591 and 1595", "740 ILCS 14/15", "Pub. L.
  115-164"), one mention per section, mapped back to a named act where the code
  section belongs to one.
Abbreviations defined in the text ("... Act (TVPRA)") link to their act.
"""
from __future__ import annotations

import json
import re
from itertools import compress, count
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from claimx.text.gazetteer import Gazetteer, Tokens, tokens
from claimx.models import Mention, Statute
from claimx.io.resources import apostrophe_variants, load_json
from claimx.text.scan import BoundaryScan, finditer_before_mark, max_width
from claimx.text.segment import SpanIndex
from claimx.text.normalize import match_text
from claimx.text.wordtrie import trie_pattern

# -- data --------------------------------------------------------------------


@dataclass(frozen=True)
class Law:
    id: str
    name: str
    citation: Optional[str]
    year: Optional[int]
    jurisdiction: Optional[str]


@lru_cache(maxsize=4)
def _data(extra_json: str = "[]"):
    laws: dict[str, Law] = {}
    sections: dict[tuple[str, str], dict] = {}
    gaz = Gazetteer()
    usc: dict[int, list[tuple[float, float, str]]] = {}
    for item in list(load_json("patterns/statutes.json")) + json.loads(extra_json):
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
                    usc.setdefault(int(ref["title"]), []).append((_sec_key(lo), _sec_key(hi), law.id))
                except (TypeError, ValueError):
                    continue
    return laws, sections, gaz, usc


def _names_act(form: str, item: dict) -> bool:
    """A section alias is safe alone when it names its act ("CDA 230", "Title VII of ...")."""
    words = set(re.findall(r"[A-Za-z]+", form))
    act_words = set(re.findall(r"[A-Z][A-Za-z]+", item["name"])) - {"Act", "Section", "The"}
    return bool(words & (act_words | set(item.get("abbreviations", [])))) or form.startswith("Title ")


def _sec_key(s: str) -> tuple[int, str]:
    """'2000e-5(f)(3)' -> (2000, 'e'): the number and letter suffix that name a code section."""
    m = re.match(r"(\d+)([A-Za-z]*)", s)
    if not m:
        raise ValueError(s)
    return int(m.group(1)), m.group(2).lower()


@lru_cache(maxsize=1)
def _lexicon():
    data = load_json("patterns/statute_rules.json")
    places = load_json("lexicons/places.json")
    return data, places


# -- general rule: "X Y Z Act" ------------------------------------------------

_CONNECTORS = {"of", "and", "for", "on", "the", "to", "in", "&", "de", "against", "with"}
_YEAR_AFTER = re.compile(r"(?:\s+of)?\s+((?:1[6-9]|20)\d\d)\b(?!\s*[-/]\d)")


def _general_acts(mt: str, toks: Tokens, covered: list[tuple[int, int]]) -> list[tuple[int, int, str, Optional[int]]]:
    rules, places = _lexicon()
    heads = set(rules["heads"])
    bad_start = set(rules["not_first_words"])
    ordinals = set(rules["ordinals"])
    states = places["us_states"]
    out = []
    covered = SpanIndex(covered)
    anchors = heads | {"Amendment"}  # a law's name ends in one of them
    strs, starts, ends = toks.strings, toks.starts, toks.ends
    for i in compress(count(), map(anchors.__contains__, strs)):
        tok, start, end = strs[i], starts[i], ends[i]
        if covered.covers(start):
            continue
        j = i - 1
        words: list[int] = []
        while j >= 0 and i - j <= 14:
            t = strs[j]
            if covered.covers(starts[j]):
                break
            gap = mt[ends[j]:starts[j + 1]]
            if "\n" in gap or len(gap) > 2:
                break
            if t[0].isupper() or t[0].isdigit() and tok == "Amendment":
                words.append(j)
            elif t in _CONNECTORS or t in ("-", "'", "."):
                words.append(j)
            elif t == "s" and j > 0 and strs[j - 1] == "'":
                words.append(j)
            else:
                break
            j -= 1
        words.reverse()
        # trim leading connectors, stop-words, possessive state prefixes
        while words and (strs[words[0]] in _CONNECTORS or strs[words[0]] in ("-", "'", ".", "s")
                         or strs[words[0]] in bad_start):
            words.pop(0)
        # "Illinois' Biometric ..." -> drop the possessive place
        state_prefix = None
        for k in range(len(words) - 1):
            if strs[words[k]] == "'" and k > 0:
                prefix = mt[starts[words[0]]:ends[words[k - 1]]]
                if prefix in states or prefix in ("U.S", "US", "Federal"):
                    state_prefix = prefix if prefix in states else None
                    words = words[k + 1:]
                    if words and strs[words[0]] == "s":
                        words = words[1:]
                break
        content = [w for w in words if strs[w][0].isupper() and strs[w] not in heads]
        if tok == "Amendment":
            if not words or strs[words[-1]] not in ordinals and not strs[words[-1]][0].isdigit():
                continue
            words = words[-1:]
            if words and starts[words[0]] > 0 and mt[starts[words[0]] - 1] == "-":
                k = words[0] - 2  # "Twenty-First"
                if k >= 0:
                    words = [k, words[0] - 1, words[0]]
        elif len(content) < 1 or (tok != "Act" and len(content) < (1 if state_prefix else 2)):
            continue
        s = starts[words[0]]
        e = end
        year = None
        m = _YEAR_AFTER.match(mt, e)
        if m and tok == "Act":
            year = int(m.group(1))
            e = m.end()
        name = mt[s:end] if not state_prefix else f"{state_prefix} {mt[s:end]}"
        if state_prefix:
            # the mention keeps its surface ("California's Labor Code"); the name reads as a law
            s = mt.rfind(state_prefix, 0, starts[words[0]])
        out.append((s, e, name, year))
    return out


# -- citations ----------------------------------------------------------------

_SEC = r"\d+[A-Za-z]{0,3}(?:[-\u2013.]\d+[A-Za-z]{0,3})*(?:\([A-Za-z0-9]{1,4}\)){0,5}(?![\w(])(?!\s*(?:U\.?\s?S\.?\s?C|C\.?\s?F\.?\s?R|ILCS))"
_SEP = r"(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*))"
_RANGE = r"(?:\s*(?:\u2013|\u2014|--|\s+through\s+|\s+to\s+)\s*)"
_SECLIST = rf"{_SEC}(?:(?:{_SEP}|{_RANGE}){_SEC}){{0,12}}(?:\s+et\s+seq\.?)?"
_USC = re.compile(
    rf"\b(\d{{1,2}})\s+U\.?\s?S\.?\s?C(?:ode)?\.?(?:\s?A\.?)?(?:\s*(?:§§?|[Ss]ections?|[Ss]ecs?\.)\s*|\s+)({_SECLIST})")
_CFR = re.compile(rf"\b(\d{{1,2}})\s+C\.?\s?F\.?\s?R\.?\s*(?:§§?|[Pp]arts?)?\s*({_SECLIST})")
_PUBL = BoundaryScan(r"\b(?:Pub(?:lic)?\.?\s*L(?:aw)?\.?|P\.\s?L\.)\s*(?:No\.\s*)?(\d{2,3}-\d{1,4})")
_ILCS = re.compile(r"\b(\d{1,3})\s+ILCS\s+(\d+)(?:/(\d+(?:[.-]\d+)*(?:\([a-z0-9]+\))*))?")
_STATE_CODE_NAME = (r"(?:[A-Z][a-z]{1,12}\.?\s){1,2}(?:[A-Z][a-z]{1,12}\.?(?:\s?&\s?[A-Z][a-z]{1,12}\.?)?\s)?"
                    r"(?:Code|Law|Stat\.|Stats\.|Rev\.\s?Stat\.)(?:\s?Ann\.)?")
_STATE_CODE = re.compile(rf"\b({_STATE_CODE_NAME})\s*§§?\s*({_SECLIST})")
_STATE_CODE_REACH = max_width(_STATE_CODE_NAME)  # from a match's start to its "§", whitespace aside
_STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
           "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
           "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
           "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|"
           "Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming").split("|")
# "California's Assembly Bill 5" (scanned only where "Bill" occurs) and "H.R. 3590" / "S. 1234"
# ("\b" tested after the first letter, so the scan can skip to an H or an S)
_BILL_NAMED = re.compile(r"\b(?:%s(?:'s)?\s+)?(?:Assembly|Senate|House)\s+Bill\s+\d{1,5}\b" % trie_pattern(_STATES))
_BILL_NUMBER = re.compile(r"(?:H(?<!\wH)\.\s?R\.|S(?<!\wS)\.)\s?\d{2,5}\b"
                          r"(?=\s*(?:,|\)|which|would|the|bill|act|passed|\.))")
# "Section 10(b) of the", "Articles 25 and 39 of" right before a law's name
_SECTION_OF = re.compile(r"\b(Sections?|Secs?\.|§§?|Title|Articles?|Chapter|Part|Rule)\s+"
                         r"((?:[0-9A-Za-z]+(?:\([0-9A-Za-z]+\))*)(?:(?:,\s*(?:and\s+)?|\s+and\s+)"
                         r"[0-9A-Za-z]+(?:\([0-9A-Za-z]+\))*){0,8})\s+of\s+(?:the\s+)?$")
_SEC_SPLIT = re.compile(rf"({_SEC})")


def _split_sections(seclist: str, offset: int):
    """Yield (start, end, section) for each section in '1591 and 1595', ranges kept whole."""
    items = []
    for m in _SEC_SPLIT.finditer(seclist):
        items.append((offset + m.start(), offset + m.end(), m.group()))
    merged = []
    for k, it in enumerate(items):
        if merged:
            between = seclist[merged[-1][1] - offset:it[0] - offset]
            if re.fullmatch(_RANGE, between):
                s, _, sec = merged[-1]
                merged[-1] = (s, it[1], f"{sec}\u2013{it[2]}")
                continue
        merged.append(it)
    return merged


def _format_usc(title: str, sec: str) -> str:
    return f"{title} U.S.C. § {sec}"


# -- the finder ---------------------------------------------------------------


class StatuteFinder:
    def __init__(self, extra_json: str = "[]"):
        self.laws, self.sections, self.gaz, self.usc = _data(extra_json)
        self.rules, self.places = _lexicon()

    def find(self, text: str, chrome=None) -> list[Statute]:
        mt = match_text(text)
        toks = tokens(mt)
        raw: list[dict] = []  # {start,end,law,section,name,citation,year,jur}

        def keep(pos: int) -> bool:
            return chrome is None or pos not in chrome

        # 1. gazetteer
        for s, e, payloads in self.gaz.finditer(mt, toks):
            if not keep(s):
                continue
            kind, law_id, section = sorted(payloads, key=lambda p: (p[0] != "section", p[1]))[0]
            if not self._abbrev_ok(mt, s, e):
                continue
            raw.append({"start": s, "end": e, "law": law_id, "section": section})
        # 2. general rule for laws not in the gazetteer
        covered = [(r["start"], r["end"]) for r in raw]
        for s, e, name, year in _general_acts(mt, toks, covered):
            if not keep(s):
                continue
            raw.append({"start": s, "end": e, "law": None, "name": name, "section": None, "year": year,
                        "jur": self._jurisdiction(mt, s)})
        # "California's Civil Code § 1708.85": a code named in words, then its section
        for r in raw:
            if r["law"] is None and r.get("name", "").endswith("Code") and r.get("section") is None:
                m = re.match(rf"\s*§§?\s*({_SEC})", mt[r["end"]:r["end"] + 40])
                if m:
                    r["section"] = m.group(1)
                    r["citation"] = f"{r['name']} § {m.group(1)}"
                    r["end"] += m.end()
        # "... Act of 1996": absorb the year into gazetteer mentions too
        for r in raw:
            if r["law"] and r["section"] is None and mt[r["start"]:r["end"]].endswith("Act"):
                m = _YEAR_AFTER.match(mt, r["end"])
                if m:
                    r["end"] = m.end()
        # 3. "Section 10(b) of the ...", "Title VII of the ...", "Articles 25 and 39 of the DSA"
        for r in raw:
            before = mt[max(0, r["start"] - 120):r["start"]]
            m = _SECTION_OF.search(before) if before.rstrip().endswith(("of", "the")) else None
            if m and r.get("section") is None:
                sec = m.group(2)
                if m.group(1).startswith("Title") or m.group(1).startswith("Chapter"):
                    sec = f"{m.group(1)} {sec}"
                r["section"] = sec
                r["start"] = max(0, r["start"] - 120) + m.start()
            # "Fifth Amendment of the US Constitution"
            m2 = re.match(r"\s+(?:of|to)\s+the\s+(?:U\.S\.|US|United States|American)\s+Constitution\b",
                          mt[r["end"]:r["end"] + 60])
            if m2 and mt[r["start"]:r["end"]].endswith("Amendment"):
                r["end"] += m2.end()
        # 4. abbreviations defined in the text: "... Act (TVPRA)"
        defined: dict[str, dict] = {}
        for r in raw:
            m = re.match(r"\s*\((?:the\s+)?[\"']?([A-Z][A-Za-z0-9&-]{1,11})[\"']?\)", mt[r["end"]:r["end"] + 20])
            if m and m.group(1) not in defined:
                defined[m.group(1)] = r
        if defined:
            known = {(r["start"], r["end"]) for r in raw}
            covered = SpanIndex((r["start"], r["end"]) for r in raw)
            pat = BoundaryScan(r"(?<![\w-])(%s)(?![\w-])" % "|".join(re.escape(a) for a in defined))
            for m in pat.finditer(mt):
                if (m.start(), m.end()) in known or not keep(m.start()):
                    continue
                if covered.covers(m.start()):
                    continue
                src = defined[m.group(1)]
                raw.append({**src, "start": m.start(), "end": m.end(), "section": src.get("section")})
        # 5. bills: "Assembly Bill 5", "Senate Bill 8", "H.R. 3590"
        bills = [*(_BILL_NAMED.finditer(mt) if "Bill" in mt else ()), *_BILL_NUMBER.finditer(mt)]
        for m in sorted(bills, key=lambda m: m.start()):
            if keep(m.start()) and not any(r["start"] <= m.start() < r["end"] for r in raw[-50:]):
                name = re.sub(r"\s+", " ", m.group(0))
                raw.append({"start": m.start(), "end": m.end(), "law": None, "name": name, "section": None,
                            "jur": self._jurisdiction(mt, m.start())})
        # 6. formal citations
        raw.extend(r for r in self._citations(mt) if keep(r["start"]))
        return self._merge(text, raw)

    # -- helpers --

    def _abbrev_ok(self, mt: str, s: int, e: int) -> bool:
        """An all-caps abbreviation must stand alone, not inside a longer name or word."""
        form = mt[s:e]
        if not form.isupper() or " " in form:
            return True
        before = mt[s - 1] if s else " "
        after = mt[e] if e < len(mt) else " "
        return not (before.isalnum() or before in "-." or after.isalnum() or after == "-")

    def _jurisdiction(self, mt: str, s: int) -> Optional[str]:
        states = self.places["us_states"]
        head = mt[s:s + 40]
        for name, code in states.items():
            if head.startswith((name + " ", name + "'")) or mt[max(0, s - len(name) - 3):s].startswith(name):
                return f"US-{code}"
        if head.startswith(("Federal ", "U.S. ", "US ")):
            return "US"
        return None

    def _usc_law(self, title: str, sec: str) -> Optional[str]:
        try:
            t = int(title)
        except ValueError:
            return None
        try:
            n = _sec_key(sec)
        except ValueError:
            return None
        best = None
        for lo, hi, law_id in self.usc.get(t, []):
            if lo <= n <= hi:
                width = hi[0] - lo[0]
                if best is None or width < best[0]:
                    best = (width, law_id)
        return best[1] if best else None

    def _citations(self, mt: str) -> list[dict]:
        out = []
        # each citation form has a marker without which it cannot occur: skip the scan
        usc = ("U.S.C" in mt or "USC" in mt or "U. S. C" in mt or "US Code" in mt or "U.S. Code" in mt)
        for m in (_USC.finditer(mt) if usc else ()):
            title = m.group(1)
            parts = _split_sections(m.group(2), m.start(2))
            for k, (s, e, sec) in enumerate(parts):
                start = m.start() if k == 0 else s
                sec_clean = re.sub(r"\s+", "", sec)
                law_id = self._usc_law(title, sec_clean)
                out.append({"start": start, "end": e, "law": law_id, "section": sec_clean,
                            "citation": _format_usc(title, sec_clean), "cited": True,
                            "name": _format_usc(title, sec_clean), "jur": "US"})
        for m in (_CFR.finditer(mt) if ("C.F.R" in mt or "CFR" in mt) else ()):
            for k, (s, e, sec) in enumerate(_split_sections(m.group(2), m.start(2))):
                cit = f"{m.group(1)} C.F.R. § {sec}"
                out.append({"start": m.start() if k == 0 else s, "end": e, "law": None, "section": sec,
                            "citation": cit, "name": cit, "cited": True, "jur": "US"})
        for m in (_PUBL.finditer(mt) if ("L." in mt or "Law" in mt) else ()):
            cit = f"Pub. L. {m.group(1)}"
            law_id = next((lid for lid, law in self.laws.items() if law.citation == cit), None)
            out.append({"start": m.start(), "end": m.end(), "law": law_id, "section": None,
                        "citation": cit, "name": cit, "cited": True, "jur": "US"})
        for m in (_ILCS.finditer(mt) if "ILCS" in mt else ()):
            act = f"{m.group(1)} ILCS {m.group(2)}"
            cit = act + (f"/{m.group(3)}" if m.group(3) else "")
            law_id = next((lid for lid, law in self.laws.items()
                           if law.citation and law.citation.split("/")[0] == act), None)
            out.append({"start": m.start(), "end": m.end(), "law": law_id, "section": m.group(3),
                        "citation": cit, "name": cit, "cited": True, "jur": "US-IL"})
        for m in finditer_before_mark(_STATE_CODE, mt, "\u00a7", _STATE_CODE_REACH):
            code = re.sub(r"\s+", " ", m.group(1)).strip()
            first = code.split()[0]
            state = self.places["state_abbreviations"].get(first) or (
                f"US-{self.places['us_states'][first]}" if first in self.places["us_states"] else None)
            if state is None:
                continue
            jur = state if state.startswith("US-") else f"US-{state}"
            for k, (s, e, sec) in enumerate(_split_sections(m.group(2), m.start(2))):
                cit = f"{code} § {sec}"
                law_id = next((lid for lid, law in self.laws.items() if law.citation == cit), None)
                out.append({"start": m.start() if k == 0 else s, "end": e, "law": law_id, "section": sec,
                            "citation": cit, "name": cit, "cited": True, "jur": jur})
        return out

    def _merge(self, text: str, raw: list[dict]) -> list[Statute]:
        # drop mentions nested inside longer ones
        raw.sort(key=lambda r: (r["start"], -(r["end"] - r["start"])))
        kept, last_end = [], -1
        for r in raw:
            if r["start"] < last_end:
                continue
            kept.append(r)
            last_end = r["end"]
        named_laws = {r["law"] for r in kept if r.get("law") and not r.get("cited") and r.get("section") is None}
        for r in kept:
            # "29 U.S.C. § 206(d)(1)(iv)" in an article that names the Equal Pay Act (29 U.S.C. § 206(d))
            if r.get("cited") and r.get("citation"):
                for lid in sorted(named_laws):
                    main = (self.laws[lid].citation or "").split(" et seq")[0]
                    if main and "\u00a7\u00a7" not in main and r["citation"].startswith(main):
                        r["law"] = lid
                        break
        items: dict[tuple, Statute] = {}
        for r in kept:
            law = self.laws.get(r["law"]) if r.get("law") else None
            section = r.get("section")
            citation = r.get("citation")
            if law is not None and r.get("cited"):
                # a citation of a named act's own section is a mention of that act
                main = (law.citation or "").replace("\u00a7\u00a7", "\u00a7")
                if r["law"] in named_laws and (not main or citation.startswith(main.split(" et seq")[0])
                                               or main.startswith(citation)):
                    section = None
                    citation = None
            if law is not None and r.get("cited") and section:
                # "15 U.S.C. § 45" is Section 5 of the FTC Act
                for (lid, sec_id), sec in self.sections.items():
                    if lid == law.id and sec.get("citation") == citation:
                        section = sec_id
                        break
            if law is not None:
                key = (law.id, section)
                name = law.name
                sec_data = self.sections.get((law.id, section)) if section else None
                cit = (sec_data or {}).get("citation") or citation or (law.citation if not section else None)
                year, jur = law.year, law.jurisdiction
            else:
                name = re.sub(r"\s+", " ", r.get("name") or text[r["start"]:r["end"]]).strip()
                name = re.sub(r"^(?:[Tt]he)\s+", "", name)
                key = ("_", name.lower(), section)
                cit, year, jur = citation, r.get("year"), r.get("jur")
            st = items.get(key)
            if st is None:
                st = items[key] = Statute(name=name, key=str(key[0] if law else name), section=section,
                                          citation=cit, year=year, jurisdiction=jur)
            elif st.citation is None and cit:
                st.citation = cit
            st.add(Mention(r["start"], r["end"], text[r["start"]:r["end"]]))
        self._fold_act_into_section(items)
        return sorted(items.values(), key=lambda s: s.first)

    def _fold_act_into_section(self, items: dict) -> None:
        """'Section 230' and 'the Communications Decency Act' in one article are one item: the
        act is cited for that section (its own citation is the section's)."""
        for key in [k for k in items if k[0] != "_" and k[1] is None]:
            law = self.laws.get(key[0])
            sections = [k for k in items if k[0] == key[0] and k[1] is not None]
            if law is None or len(sections) != 1:
                continue
            target = items[sections[0]]
            if law.citation and target.citation == law.citation:
                for m in items[key].mentions:
                    target.add(m)
                del items[key]
