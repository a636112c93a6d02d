"""Laws named in words that the gazetteer lacks: a run of capitalized words ending in "Act"
or "Code" ("Frobnication Protection Act of 2011", "Telecommunications (Interception and
Access) Act 1979 (Cth)"), an amendment named by an ordinal or a name ("Fifth Amendment",
"Durbin Amendment"), bills ("Assembly Bill 5", "S.B. 976", "H.R. 3590") and ballot measures
("Proposition 22"). Each is named as written; word lists live in ``statute_rules.json``.
"""
from __future__ import annotations

import calendar
import re
from functools import lru_cache
from itertools import compress, count
from typing import Optional

from claimx.extractors.statutes.data import places, rules
from claimx.io.resources import load_json
from claimx.text.gazetteer import Tokens
from claimx.text.scan import BoundaryScan
from claimx.text.segment import SpanIndex
from claimx.text.wordtrie import trie_pattern

CONNECTORS = {"of", "and", "for", "on", "the", "to", "in", "&", "de", "against", "with", "at", "etc"}  # "Health and Safety at Work etc. Act 1974"
YEAR_AFTER = re.compile(r"(?:,?\s+of|,)?\s+((?:1[6-9]|20)\d\d)\b(?!\s*[-/]\d|,\d)")
_NAME_ENDS = {"Act", "Code", "Law", "Rule"}
_SUFFIX = re.compile(r"\s*\(([A-Z][A-Za-z]{1,5})\)")


def _walk_back(mt: str, toks: Tokens, i: int, covered: SpanIndex, amendment: bool) -> list[int]:
    """Token indexes of the name words before token ``i`` (nearest last), at most 14 back."""
    strs, starts, ends = toks.strings, toks.starts, toks.ends
    j, words = i - 1, []
    while j >= 0 and i - j <= 14:
        t = strs[j]
        if covered.covers(starts[j]):
            break
        gap = mt[ends[j]:starts[j + 1]]
        if "\n" in gap or len(gap) > 2:
            break
        if t == ")":  # "Telecommunications (Interception and Access) Act"
            k = j - 1
            while k > j - 7 and k >= 0 and strs[k] != "(" and (strs[k][0].isupper() or strs[k] in CONNECTORS):
                k -= 1
            if k < 1 or strs[k] != "(" or k == j - 1 or not strs[k - 1][0].isupper() or strs[k - 1] in CONNECTORS:
                break  # a parenthesis inside a name, after a name word; not "(Cth) and the ..."
            words.extend(range(j, k - 1, -1))
            j = k - 1
            continue
        if t in _NAME_ENDS and j + 1 < i and strs[j + 1] in ("and", "or", ","):
            break  # "the Consumer Fraud Act and the Deceptive Trade Practices Act": two laws
        if t[0].isupper() or t[0].isdigit() and amendment:
            words.append(j)
        elif t == "." and j > 0 and (len(strs[j - 1]) > 3 or strs[j - 1] in _NAME_ENDS):
            break  # "... Practices Act. The Unlawful ...": a sentence ends, not "U.S." or "Cal."
        elif t in CONNECTORS or t in ("-", "'", "."):
            words.append(j)
        elif t == "s" and j > 0 and strs[j - 1] == "'":
            words.append(j)
        else:
            break
        j -= 1
    words.reverse()
    return words


@lru_cache(maxsize=1)
def _word_sets() -> tuple[frozenset, frozenset, frozenset, frozenset, frozenset]:
    """The general rule's word lists as sets, made once (not on every text): heads, words no
    name starts with, ordinals, words no amendment is named, and the heads with "Amendment"."""
    rl = rules()
    heads = frozenset(rl["heads"])
    return (heads, frozenset(rl["not_first_words"]), frozenset(rl["ordinals"]),
            frozenset(rl["not_amendment_names"]), heads | {"Amendment"})


@lru_cache(maxsize=1)
def _guards() -> tuple[frozenset, frozenset, frozenset]:
    """The heads that also end firms' and schools' names, and the words around such a name
    that make it one (read once)."""
    rl = rules()
    return frozenset(rl["guarded_heads"]), frozenset(rl["not_law_after"]), frozenset(rl["not_law_before"])


_WORD_AFTER = re.compile(r"[ \t]+([\w.]+)")
_WORD_BEFORE = re.compile(r"(?:^|[\s(])([A-Za-z]+)[ \t]+$")


def _institution(mt: str, s: int, e: int) -> bool:
    """'Harvard Law School', 'Columbia Law Review', 'a partner at Reyes Family Law': a guarded
    head ending the name of a school, a journal or a firm, not of a law."""
    _, after_words, before_words = _guards()
    nxt = _WORD_AFTER.match(mt, e)
    if nxt is not None and nxt.group(1) in after_words:
        return True
    prev = _WORD_BEFORE.search(mt, max(0, s - 24), s)
    return prev is not None and prev.group(1) in before_words


@lru_cache(maxsize=1)
def _head_first_words() -> tuple[frozenset, tuple]:
    """The head-first rule's heads and subjects, made once (not on every text)."""
    rl = rules()
    return frozenset(rl.get("heads_first", ())), tuple(rl.get("heads_first_subjects", ()))


def _head_first(mt: str, toks: Tokens, found: list[dict], covered_spans) -> list[dict]:
    """Laws named head first: "the Code of Civil Procedure", "Federal Rules of Civil Procedure":
    a head, "of", then one to five capitalized words (joined by "and") ending in a legal
    subject ("Procedure", "Evidence"; not "Code of Conduct"), with up to three capitalized
    words before the head. ``found`` (the general rule's) and ``covered_spans`` (the
    gazetteer's) are indexed only once a head is there: most texts have none."""
    heads_first, subjects = _head_first_words()
    strs, starts, ends = toks.strings, toks.starts, toks.ends
    out, n, covered = [], len(strs), None
    for i in compress(count(), map(heads_first.__contains__, strs)):
        if i + 2 >= n or strs[i + 1] != "of" or not strs[i + 2][0].isupper():
            continue
        if covered is None:
            covered = SpanIndex([(r["start"], r["end"]) for r in found] + list(covered_spans))
        if covered.covers(starts[i]):
            continue
        k = i + 2
        while k + 1 < n and k - i < 7 and mt[ends[k]:starts[k + 1]] == " " and (
                strs[k + 1][0].isupper() or strs[k + 1] == "and" and k + 2 < n and strs[k + 2][0].isupper()):
            k += 1
        first = i
        while first > 0 and strs[first - 1][0].isupper() and mt[ends[first - 1]:starts[first]] == " " and \
                first - 1 > 0 and mt[ends[first - 2]:starts[first - 1]].strip() == "" and \
                strs[first - 2] not in (".", "\n") and i - first < 3:
            first -= 1
        s = starts[first]
        while k > i + 1 and not mt[s:ends[k]].endswith(subjects):
            k -= 1  # "Code of Civil Procedure and Rule 12": the name ends at its subject
        e = ends[k]
        if not mt[s:e].endswith(subjects):
            continue
        out.append({"start": s, "end": e, "law": None, "name": mt[s:e], "section": None, "year": None,
                    "jur": jurisdiction_before(mt, s)})
    return out


_SUBJECT_LINKS = frozenset({"of", "the", "and", "in", "for", "on", "to", "with", "against", "from", "by"})


@lru_cache(maxsize=1)
def _heads_then_subject() -> tuple[dict, frozenset, frozenset]:
    """The heads with the words that open their subject, the words that may lead such a name,
    and the nationalities that may stand between "the" and it (read once)."""
    rl = rules()
    return ({head: frozenset(words) for head, words in rl.get("heads_then_subject", {}).items()},
            frozenset(rl.get("then_subject_leads", ())), frozenset(load_json("cues/party_orgs.json")["demonyms"]))


@lru_cache(maxsize=1)
def _not_subject_words() -> frozenset:
    """Days, months and places: after "on" or "in" they end a law's subject, they are no part of it."""
    pl = places()
    return frozenset([*calendar.day_name, *calendar.month_name[1:], *pl["us_states"], *pl["countries"], *pl["regions"],
                      *pl["cities"]])


def _head_then_subject(mt: str, toks: Tokens, covered_spans) -> list[dict]:
    """Laws named head first, as other countries' laws are in English: "the Act on Fair
    Transactions in Large Retail Business", "the General Law for the Defence of Consumers and
    Users". After "the" (a nationality between them aside) and up to two words of
    ``then_subject_leads``, a head and a word of ``heads_then_subject``, then at least two
    capitalized words, joined by small words; the name ends at its last capitalized word.
    Runs before the rule that reads back from a head, so the gazetteer's spans
    (``covered_spans``) are the only ones to skip; they are indexed only once a head is there
    (most texts have none)."""
    opening, leads, demonyms = _heads_then_subject()
    strs, starts, ends = toks.strings, toks.starts, toks.ends
    out, n, covered = [], len(strs), None
    for i in compress(count(), map(opening.__contains__, strs)):
        if i + 2 >= n or strs[i + 1] not in opening[strs[i]] or mt[ends[i]:starts[i + 1]] != " ":
            continue
        first = i
        while first > 0 and i - first < 2 and strs[first - 1] in leads and mt[ends[first - 1]:starts[first]] == " ":
            first -= 1
        before = first - 1
        if before > 0 and strs[before] in demonyms and mt[ends[before - 1]:starts[before]] == " ":
            before -= 1  # "the Korean Act on ...": the name opens after the nationality
        if before < 0 or strs[before].lower() != "the" or mt[ends[before]:starts[before + 1]] != " ":
            continue  # "the" opens such a name: not "Congress must Act on Climate", not "the Privacy Act on ..."
        k, last, caps = i + 1, None, 0
        while k + 1 < n and k - i < 14 and mt[ends[k]:starts[k + 1]] == " " and \
                (strs[k + 1][:1].isupper() or strs[k + 1] in _SUBJECT_LINKS):
            k += 1
            if strs[k][:1].isupper():
                last, caps = k, caps + 1
        if last is not None and last - 2 > i and strs[last - 1] in ("on", "in", "at", "from", "by") and \
                strs[last] in _not_subject_words():
            last = max((j for j in range(i + 2, last - 1) if strs[j][:1].isupper()), default=None)
            caps -= 1  # "... Large Retail Business on Monday", "... Consumers and Users in Madrid"
        if last is None or caps < 2:
            continue
        if covered is None:
            covered = SpanIndex(covered_spans)
        s, e = starts[first], ends[last]
        if covered.covers(s) or covered.covers(e - 1):
            continue
        year = None
        m = YEAR_AFTER.match(mt, e)
        if m:
            year, e = int(m.group(1)), m.end()
        out.append({"start": s, "end": e, "law": None, "name": mt[s:ends[last]], "section": None, "year": year,
                    "jur": jurisdiction_before(mt, s)})
    return out


def general_acts(mt: str, toks: Tokens, covered_spans) -> list[dict]:
    """Raw mentions {start, end, name, year, jur} of laws named by the general rule."""
    heads, bad_start, ordinals, not_named, any_head = _word_sets()
    guarded = _guards()[0]
    pl = places()
    states = pl["us_states"]
    # laws named head first before the rule that reads back from a head ("The Korean Act on ...")
    then = _head_then_subject(mt, toks, covered_spans)
    out = []
    covered = SpanIndex([*covered_spans, *((r["start"], r["end"]) for r in then)])
    strs, starts, ends = toks.strings, toks.starts, toks.ends
    for i in compress(count(), map(any_head.__contains__, strs)):
        tok, end = strs[i], ends[i]
        if covered.covers(starts[i]):
            continue
        words = _walk_back(mt, toks, i, covered, tok == "Amendment")
        while words and (strs[words[0]] in CONNECTORS or strs[words[0]] in ("-", "'", ".", "s", "(", ")")
                         or strs[words[0]] in bad_start and not _starts_with_state(mt, toks, words, states)
                         or len(words) > 1 and strs[words[1]] == "the"):  # "Later the Unfair ... Act"
            words.pop(0)
        state_prefix = None  # "Illinois' Biometric ..." -> drop the possessive place
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
            words = _amendment_words(mt, toks, words, ordinals, not_named)
            if not words:
                continue
        elif len(content) < 1 or (tok != "Act" and len(content) < (1 if state_prefix else 2)):
            continue
        s, e, year, jur = starts[words[0]], end, None, None
        if tok in guarded:
            of = [k for k, w in enumerate(words) if strs[w] == "of"]
            if of:  # "Alla Lefkowitz of Everytown Law": the name begins after its last "of"
                content = [w for w in content if w > words[of[-1]]]
            if len(content) < 2 or _institution(mt, s, e):
                continue
        m = YEAR_AFTER.match(mt, e)
        if m and tok in ("Act", "Regulations"):
            year, e = int(m.group(1)), m.end()
        m = _SUFFIX.match(mt, e)
        if m and m.group(1) in pl["jurisdiction_suffixes"]:  # "... Act 1979 (Cth)"
            jur, e = pl["jurisdiction_suffixes"][m.group(1)], m.end()
        name = mt[s:end] if not state_prefix else f"{state_prefix} {mt[s:end]}"
        if state_prefix:
            # the mention keeps its surface ("California's Labor Code"); the name reads as a law
            s = mt.rfind(state_prefix, 0, starts[words[0]])
            jur = f"US-{states[state_prefix]}"
        out.append({"start": s, "end": e, "law": None, "name": name, "section": None, "year": year,
                    "jur": jur or jurisdiction_before(mt, s)})
    out += _head_first(mt, toks, out, covered_spans)
    return out + then


def _starts_with_state(mt: str, toks: Tokens, words: list[int], states) -> bool:
    """'New Mexico Unfair Practices Act': a first word that is no name word alone ('New') but
    begins a state's name."""
    first = toks.starts[words[0]]
    return any(mt[first:toks.ends[w]] in states for w in words[1:3])


def _amendment_words(mt: str, toks: Tokens, words: list[int], ordinals: set, not_named: set) -> list[int]:
    """'Fifth', 'Twenty-First' or a name ('Durbin', 'Equal Rights') before 'Amendment'."""
    strs, starts = toks.strings, toks.starts
    if not words:
        return []
    last = strs[words[-1]]
    if last in ordinals or last[0].isdigit():
        if starts[words[-1]] > 0 and mt[starts[words[-1]] - 1] == "-" and words[-1] >= 2:
            return [words[-1] - 2, words[-1] - 1, words[-1]]  # "Twenty-First"
        return words[-1:]
    named = [w for w in words[-2:] if strs[w][0].isupper() and strs[w] not in not_named]
    if not named or strs[words[-1]] in not_named or strs[words[-1]].isupper():
        return []
    return words[words.index(named[0]):]


def jurisdiction_before(mt: str, s: int) -> Optional[str]:
    """A state or country named at or right before a mention ("Texas House Bill 20", "UK ...")."""
    head, before, code_of = _place_scans()
    m = head.match(mt, s) or before.search(mt, max(0, s - 32), s)
    if m:
        return code_of[m.group(1)]
    if mt.startswith(("Federal ", "U.S. ", "US "), s):
        return "US"
    return None


@lru_cache(maxsize=1)
def _place_scans():
    pl = places()
    code_of = {**pl["country_prefixes"], **{name: f"US-{code}" for name, code in pl["us_states"].items()}}
    words = trie_pattern(code_of)
    head = re.compile(rf"({words})(?=[ '])")
    before = re.compile(rf"(?<![\w.])({words})(?:'s|')?\s*$")
    return head, before, code_of


# -- bills and ballot measures ------------------------------------------------

_BILL_WORDS = r"(?:Assembly|Senate|House)\s+(?:Bill|Joint\s+Resolution)"
_BILL_ABBR = r"(?:A\.?B|S\.?B|H\.?B|A\.?J\.?R|H\.?J\.?R|S\.?J\.?R)\.?"


@lru_cache(maxsize=1)
def _bill_patterns():
    states = trie_pattern(places()["us_states"])
    named = BoundaryScan(rf"\b(?:{_BILL_WORDS}|Proposition|Prop\.?)\s+(\d{{1,5}})\b")
    state_before = re.compile(rf"(?<![\w.])(?:{states})(?:'s)?\s+$")  # "California's Assembly Bill 5"
    abbr = re.compile(rf"{_BILL_ABBR}\s?(\d{{1,5}})\b(?![.,]\d)")  # a word or dot before it: not a bill
    number = re.compile(r"(?:H(?<!\wH)\.\s?R\.|S(?<!\wS)\.)\s?(\d{2,5})\b"
                        r"(?=\s*(?:,|\)|which|would|the|bill|act|passed|\.))")
    return named, state_before, abbr, number


def bills(mt: str) -> list[dict]:
    """'Assembly Bill 5 of 2019', 'SB 976', 'H.R. 3590', 'Proposition 22': one key per bill
    whatever the spelling ('Senate Bill 976' and 'S.B. 976' are one)."""
    named, state_before, abbr, number = _bill_patterns()
    keys = rules()["bill_keys"]
    hits, starts = [], {}
    if "Bill" in mt or "Prop" in mt or "Resolution" in mt:
        for m in named.finditer(mt):
            hits.append(m)
            st = state_before.search(mt, max(0, m.start() - 20), m.start())
            if st:
                starts[m.start()] = st.start()
    if "B" in mt or "JR" in mt:
        hits += (m for m in abbr.finditer(mt) if not (m.start() and (mt[m.start() - 1].isalnum()
                                                                      or mt[m.start() - 1] in "._")))
    if "H.R" in mt or "S." in mt:
        hits += number.finditer(mt)
    out = []
    for m in sorted(hits, key=lambda m: m.start()):
        start = starts.get(m.start(), m.start())
        text = re.sub(r"\s+", " ", mt[start:m.end()]).replace("'s ", " ", 1)  # "California Assembly Bill 5"
        kind = re.sub(r"[\s.']", "", mt[start:m.start(1)])
        kind = next((v for k, v in keys.items() if kind.endswith(k)), kind)
        e = m.end()
        y = re.match(r"\s+of\s+((?:19|20)\d\d)\b", mt[e:e + 12])
        if y:
            e += y.end()
        jur = jurisdiction_before(mt, start)
        if kind in ("HR", "S") and jur is None:
            jur = "US"
        out.append({"start": start, "end": e, "law": None, "name": text, "section": None,
                    "bill": f"{jur or ''} {kind} {int(m.group(1))}", "jur": jur})
    return out
