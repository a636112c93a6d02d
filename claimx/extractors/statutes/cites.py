"""Formal citations: one raw mention per cited section.

claimx's own rules cover the federal families it maps to named acts (U.S.C. -> the act that
holds the section, Pub. L. and ILCS -> the act with that citation), C.F.R., the U.S. and state
constitutions, and state codes named in words ("California's Civil Code § 1708.85",
"California Labor Code section 2750.3"); every other state code, administrative code and
session-law series comes compiled from reporters-db (``reporters``).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Optional

from claimx.extractors.statutes.data import StatuteData, places, usc_law
from claimx.extractors.statutes.reporters import MARKER, find_series, grammar
from claimx.text.scan import BoundaryScan, finditer_before_mark, max_width
from claimx.text.wordtrie import trie_pattern

SEC = (r"\d+[A-Za-z]{0,3}(?:[-\u2013.:]\d+[A-Za-z]{0,3})*(?:\([A-Za-z0-9]{1,4}\)){0,5}(?![\w(])"
       r"(?!\s*(?:U\.?\s?S\.?\s?C|C\.?\s?F\.?\s?R|ILCS))")
SEP = r"(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*))"
RANGE = r"(?:\s*(?:\u2013|\u2014|--|\s+through\s+|\s+to\s+)\s*)"
SECLIST = rf"{SEC}(?:(?:{SEP}|{RANGE}){SEC}){{0,12}}(?:\s+et\s+seq\.?)?"
_RANGE_RX = re.compile(RANGE)
_MARK_END = re.compile(r"\s*(?:§§?|[Ss]ections?|[Ss]ecs?\.)$")
_SEC_SPLIT = re.compile(f"({SEC})")

_USC = BoundaryScan(
    rf"\b(\d{{1,2}}),?\s+(?:U\.?\s?S\.?\s?C(?:ode)?\.?(?:\s?[ASU]\.?)?|United\s+States\s+Code),?"
    rf"(?:\s*(?:§§?|[Ss]ections?|[Ss]ecs?\.|S\.)\s*|\s+)({SECLIST})")
_CFR = re.compile(rf"\b(\d{{1,2}})\s+C\.?\s?F\.?\s?R\.?,?\s*(?:§§?|[Pp]arts?)?\s*({SECLIST})")
_PUBL = BoundaryScan(r"\b(?:Pub(?:lic)?\.?\s*L(?:aw)?\.?|P\.\s?L\.)\s*(?:No\.|Number)?\s*(\d{2,3}-\d{1,5})"
                     rf"(?:,?\s*{MARKER}\s*(\d+[A-Za-z]?(?:\([A-Za-z0-9]{{1,4}}\))*))?")
# what every _USC and every _PUBL match holds: asked first (scans re skips through), so a text
# with "Code" or "Law" but no "U.S.C." or "Pub. L." is not searched for those citations
_USC_CUE = re.compile(r"U\.?\s?S\.?\s?C|United\s+States\s+Code")
_PUBL_CUE = re.compile(r"Pub|P\.\s?L\.")
_ILCS = re.compile(r"\b(\d{1,3})\s+ILCS\s+(\d+)(?:/(\d+(?:[.-]\d+)*(?:\([a-z0-9]+\))*))?")
_CONST = re.compile(r"(?<![\w.])((?:U\.\s?S\.|[A-Z][a-z]{1,5}\.|[A-Z]\.[A-Z]\.))\s?Const\.?,?\s+"
                    r"(?:(amend)\.?\s+([IVXLC]+|\d+)|(art)\.?\s+([IVXLC]+|\d+))"
                    r"(?:,?\s*§\s*(\d+))?(?:,?\s*cl\.\s*(\d+))?")
# "Regulation (EU) 2016/679", "Regulation (EC) No 1049/2001", "Directive 2000/31/EC", "Council Directive 85/374/EEC"
_EU_ACT = BoundaryScan(r"\b(?:(?:Council|Commission)\s+)?(Regulation|Directive|Decision)\s+"
                       r"(?:\((EU|EC|EEC|Euratom)\)\s+(?:No\.?\s+)?(\d{2,4}/\d{1,4})|(\d{2,4}/\d{1,4}/(?:EU|EC|EEC)))\b")
_STATE_CODE_NAME = (r"(?:[A-Z][a-z]{1,12}\.?\s){1,2}(?:(?:[A-Z][a-z]{1,12}\.?|and|&|of)\s){0,4}"
                    r"(?:Code|Law|Laws|Statutes|Stat\.|Stats\.|Rev\.\s?Stat\.)(?:\s?Ann\.)?")
_STATE_CODE = re.compile(rf"\b({_STATE_CODE_NAME}),?\s*({MARKER}|[Cc]hapters?(?=\s*\d))\s*({SECLIST})")
_STATE_CODE_REACH = max_width(_STATE_CODE_NAME) + 2
# what every _STATE_CODE match holds: the end of a code's name, then its section mark ("Law §",
# "Code, section"); a text without it has no state code citation (one scan re skips through,
# instead of the pattern's search from the first "section" or "protection" to the end)
_CODE_THEN_MARK = re.compile(r"(?:Code|Laws?|Statutes|Stats?\.|Ann\.),?\s*(?:\u00a7|[Ss]ec|[Cc]hap)")


def split_sections(seclist: str, offset: int) -> list[tuple[int, int, str]]:
    """(start, end, section) for each section in '1591 and 1595', ranges kept whole."""
    merged: list[tuple[int, int, str]] = []
    for m in _SEC_SPLIT.finditer(seclist):
        it = (offset + m.start(), offset + m.end(), m.group())
        if merged and _RANGE_RX.fullmatch(seclist, merged[-1][1] - offset, it[0] - offset):
            s, _, sec = merged[-1]
            merged[-1] = (s, it[1], f"{sec}\u2013{it[2]}")
            continue
        merged.append(it)
    return merged


def _cite(start, end, cit, law=None, section=None, jur=None) -> dict:
    return {"start": start, "end": end, "law": law, "section": section, "citation": cit,
            "name": cit, "cited": True, "jur": jur}


def _listed(m: re.Match, group, prefix: str, jur: str, law_of=lambda sec, cit: None,
            start: Optional[int] = None, mark: str = "§ ") -> list[dict]:
    out = []
    seclist = m.group(group)
    parts = split_sections(seclist, m.start(group))
    for k, (s, e, sec) in enumerate(parts):
        cit = f"{prefix} {mark}{sec}"
        if k == len(parts) - 1:  # the match's tail ("et seq.", a year) ends the last mention
            e = max(e, m.end())
            cit += " et seq." if seclist.endswith(("et seq.", "et seq")) else ""
        first = m.start() if start is None else start
        out.append(_cite(first if k == 0 else s, e, cit, law_of(sec, cit), sec, jur))
        if len(parts) > 1:
            out[-1]["listed"] = True  # its mention is not the whole citation ("2" of "§§ 1 and 2")
    return out


def _roman(n: str) -> str:
    if not n.isdigit():
        return n
    vals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    k, out = int(n), ""
    for v, r in vals:
        while k >= v:
            out, k = out + r, k - v
    return out


def find_citations(mt: str, data: StatuteData) -> list[dict]:
    out: list[dict] = []
    pl = places()
    by_cit = data.by_citation.get
    if ("U.S.C" in mt or "USC" in mt or "U. S. C" in mt or "Code" in mt) and _USC_CUE.search(mt):
        memo: dict = {}  # (title, section) -> law: a long list repeats its sections

        def law_of(title: str, sec: str) -> Optional[str]:
            if (title, sec) not in memo:  # a law's own citation first (18 U.S.C. § 1595: the TVPRA)
                memo[(title, sec)] = by_cit(f"{title} U.S.C. § {sec}") or usc_law(data, title, sec)
            return memo[(title, sec)]

        for m in _USC.finditer(mt):
            title = m.group(1)
            out += _listed(m, 2, f"{title} U.S.C.", "US", lambda sec, cit, t=title: law_of(t, sec))
    if "C.F.R" in mt or "CFR" in mt or "C. F. R" in mt:
        for m in _CFR.finditer(mt):
            out += _listed(m, 2, f"{m.group(1)} C.F.R.", "US")
    if ("L." in mt or "Law" in mt) and _PUBL_CUE.search(mt):
        for m in _PUBL.finditer(mt):
            cit = f"Pub. L. {m.group(1)}" + (f", § {m.group(2)}" if m.group(2) else "")
            out.append(_cite(m.start(), m.end(), cit, by_cit(f"Pub. L. {m.group(1)}"), m.group(2), "US"))
    if "ILCS" in mt:
        for m in _ILCS.finditer(mt):
            act = f"{m.group(1)} ILCS {m.group(2)}"
            cit = act + (f"/{m.group(3)}" if m.group(3) else "")
            out.append(_cite(m.start(), m.end(), cit, by_cit(act), m.group(3), "US-IL"))
    if "Regulation" in mt or "Directive" in mt or "Decision" in mt:
        for m in _EU_ACT.finditer(mt):
            cit = _norm(m.group())
            law = by_cit(cit) or by_cit(re.sub(r"^(?:Council|Commission) ", "", cit))
            out.append(_cite(m.start(), m.end(), cit, law, None, "EU"))
    if "Const." in mt or "Const," in mt:
        out += _constitutions(mt, data, pl)
    if "Code" in mt or "Law" in mt or "Stat" in mt:
        out += _state_codes(mt, data, pl)
    out += _short_form_codes(mt, data)
    for m, series in find_series(mt, _grammar()):
        listed = "sections" in m.re.groupindex and m.group("sections")
        if not listed:
            cit = _norm(m.group())
            out.append(_cite(m.start(), m.end(), cit, by_cit(cit), None, series.jurisdiction))
            continue
        prefix = _norm(mt[m.start():m.start("sections")])
        bare = _MARK_END.sub("", prefix)  # "§", "section" -> "§"; none stays none
        whole = by_cit(bare.rstrip(","))  # "Mass. Gen. Laws ch. 93A, § 2": a section of the act cited whole
        out += _listed(m, "sections", bare, series.jurisdiction, lambda sec, cit: by_cit(cit) or whole,
                       mark="§ " if bare != prefix else "")
    return out


@lru_cache(maxsize=1)
def _grammar():
    return grammar(SECLIST, json.dumps(_reporter_jurisdictions(places()), sort_keys=True))


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _reporter_jurisdictions(pl: dict) -> dict:
    out = {name: f"US-{code}" for name, code in pl["us_states"].items()}
    out.update(pl["reporters_jurisdictions"])
    return out


def _constitutions(mt: str, data: StatuteData, pl: dict) -> list[dict]:
    out = []
    for m in _CONST.finditer(mt):
        who = m.group(1).replace(" ", "")
        jur = "US" if who == "U.S." else _state_jur(who, pl)
        if jur is None:
            continue
        if m.group(2):
            cit = f"{who} Const. amend. {_roman(m.group(3))}"
        else:
            cit = f"{who} Const. art. {m.group(5)}" + (f", § {m.group(6)}" if m.group(6) else "")
            cit += f", cl. {m.group(7)}" if m.group(7) else ""
        out.append(_cite(m.start(), m.end(), cit, data.by_citation.get(cit), None, jur))
    return out


def _state_jur(word: str, pl: dict) -> Optional[str]:
    code = pl["state_abbreviations"].get(word) or pl["us_states"].get(word)
    return f"US-{code}" if code else None


def _state_codes(mt: str, data: StatuteData, pl: dict) -> list[dict]:
    """'N.Y. Gen. Bus. Law § 349', 'California Labor Code section 2750.3' (a state's word first)."""
    if not _CODE_THEN_MARK.search(mt):
        return []
    out = []
    seen = set()
    article_state: list = []  # the article's own state, read once where a code names none
    hits = [*finditer_before_mark(_STATE_CODE, mt, "\u00a7", _STATE_CODE_REACH),
            *(finditer_before_mark(_STATE_CODE, mt, "ection", _STATE_CODE_REACH) if "ection" in mt else ()),
            *(finditer_before_mark(_STATE_CODE, mt, "hapter", _STATE_CODE_REACH) if "hapter" in mt else ())]
    for m in sorted(hits, key=lambda m: m.start()):
        if m.start() in seen:
            continue
        seen.add(m.start())
        mark = "ch. " if m.group(2)[0] in "Cc" else "\u00a7 "  # "Minnesota Statutes chapter 268B": Minn. Stat. ch. 268B
        words = list(re.finditer(r"\S+", m.group(1)))
        found = next(((i, n) for i in range(len(words) - 1) for n in (2, 1)
                      if _state_jur(" ".join(w.group() for w in words[i:i + n]), pl)), None)
        if found is None:
            # "Executive Law Section 63(12)" with no state's word: the state the article is set in
            code = _norm(m.group(1))
            state = _unnamed_state(code, mt, pl, article_state)
            if state is not None:
                out += _listed(m, 3, _bluebook(f"{state} {code}", state, pl), _state_jur(state, pl),
                               lambda sec, cit: data.by_citation.get(cit), m.start(1), mark)
            continue
        i, n = found
        state = " ".join(w.group() for w in words[i:i + n])
        code = _norm(m.group(1)[words[i].start():])
        out += _listed(m, 3, _bluebook(code, state, pl), _state_jur(state, pl),
                       lambda sec, cit: data.by_citation.get(cit), m.start(1) + words[i].start(), mark)
    return out


@lru_cache(maxsize=1)
def _short_forms() -> tuple[re.Pattern, dict]:
    """The short forms of state codes (``code_short_forms``), as one scan: the form, an optional
    section mark, the sections."""
    forms = places()["code_short_forms"]
    rx = re.compile(rf"(?<![\w.])({trie_pattern(forms)})\s*(§§?\s*)?({SECLIST})")
    return rx, forms


def _short_form_codes(mt: str, data: StatuteData) -> list[dict]:
    """'O.C.G.A. § 51-12-33', 'RCW 7.48.010', 'ORS 646.608': a state's code by its local short
    form. Without a section mark the section must be a code's dotted or hyphened number, so
    that "IC 3" or "MCA 2024" is no citation."""
    rx, forms = _short_forms()
    out = []
    for m in rx.finditer(mt):
        if not m.group(2) and not re.match(r"\d+[A-Za-z]?[.-]\d", m.group(3)):
            continue
        prefix, jur = forms[m.group(1)]
        out += _listed(m, 3, prefix, jur, lambda sec, cit: data.by_citation.get(cit))
    return out


_SUBJECT_CODE = re.compile(r"(.+?)\s+(?:Code|Law)")


def _unnamed_state(code: str, mt: str, pl: dict, memo: list) -> Optional[str]:
    """The state of a code cited by its subject alone ("Penal Code section 187", "Executive Law
    Section 63(12)"): the one US state the article names, at least twice and more than twice as
    often as any other; None for a name that is no state code's, or an article that does not
    settle one state (``memo``: the article's state, read once a text)."""
    m = _SUBJECT_CODE.fullmatch(code)
    if m is None or m.group(1) not in pl["code_subjects"]:
        return None
    if not memo:
        counts: dict = {}
        for found in _state_names().finditer(mt):
            counts[found.group(1)] = counts.get(found.group(1), 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1]) + [(None, 0), (None, 0)]
        (top, n), (_, second) = ranked[0], ranked[1]
        memo.append(top if n >= 2 and n > 2 * second else None)
    return memo[0]


@lru_cache(maxsize=1)
def _state_names() -> re.Pattern:
    return re.compile(rf"(?<![\w.])({trie_pattern(places()['us_states'])})(?!\w)")


def bluebook(code: str) -> str:
    """'California Labor Code' -> 'Cal. Lab. Code' where the state and subject are known."""
    pl = places()
    state = next((st for st in pl["us_states"] if code.startswith(st + " ")), None)
    return _bluebook(code, state, pl) if state else code


def _bluebook(code: str, state: str, pl: dict) -> str:
    """'California Labor Code' -> 'Cal. Lab. Code'; a name it cannot map stays as written."""
    if state not in pl["us_states"]:
        return code
    abbr = next((a for a, c in pl["state_abbreviations"].items() if c == pl["us_states"][state]), None)
    rest = code[len(state):].strip()
    rest = re.sub(r"^'s\s+", "", rest)
    if abbr is not None and rest in ("Statutes", "Revised Statutes"):  # 'Minnesota Statutes' -> 'Minn. Stat.'
        return f"{abbr} {'Rev. ' if rest.startswith('Revised') else ''}Stat."
    m = re.fullmatch(r"(.+?)\s+(Code|Law)", rest)
    subject = pl["code_subjects"].get(m.group(1)) if m else None
    if abbr is None or subject is None:
        return code
    return f"{abbr} {subject} {m.group(2)}"
