"""Candidates from the language: person names (title or known first name, then name words)
and organization names (capitalized runs with their connectors, classed by their last word)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import compress, count
from operator import itemgetter
from typing import Iterator, Optional

from claimx.text.segment import SpanIndex

from .candidates import Call, Cand
from .lexicon import Lexicon
from .people import people_cues, surname_title_start
from .orgs import office_possessive
from .words import fold, gap, title_case_lines

_INITIAL = re.compile(r"[A-Z]\.")
_COURTISH = re.compile(r"\b(?:Circuit|District of)\b")
_DEFINED_ACRONYM = re.compile(r"\s*\((?:the\s+)?[\"']?([A-Z][A-Za-z&]{1,9})[\"']?\)")


def persons(call: Call, taken) -> list[Cand]:
    """[title] First [Middle|X.] Last [Jr.]: a known first name, or a title before the name."""
    lex, mt, toks = call.lex, call.mt, call.toks
    out = []
    n = len(toks)
    taken = SpanIndex([*taken, *title_case_lines(mt)])  # a headline's capitals start no name
    title_ends, n_titles = call.title_ends, len(call.title_ends)
    stop_surnames = people_cues().stop_surnames
    resume = 0  # a name found ends before this token
    for i in person_starts(call):
        if i < resume:
            continue
        t = toks[i]
        if not t.cap or taken.covers(t.start):
            continue
        if call.in_title(t.start, t.end) or (t.start in call.after_title and t.text not in lex.first):
            continue  # inside a title, or the first word of one ("Chief" of "Chief Operating Officer Ann Lee")
        # a title can end only inside title_before's window (this one may be a little wider)
        k = bisect_left(title_ends, toks[max(0, i - 14)].start - 3)
        if k < n_titles and title_ends[k] <= t.start:
            title, title_role, title_start = call.title_before(i)
        else:
            title = title_role = None  # no title ends anywhere near (most words)
        first_ok = t.text in lex.first or (t.text.isupper() and t.text.title() in lex.first)
        if not (first_ok or title) or (t.text in lex.stop and not first_ok):
            continue
        j = i + 1
        while j < n and j - i < 5 and not gap(mt, toks[j - 1], toks[j]):
            w = toks[j].text
            if not (toks[j].cap or w in lex.particles) or ("-" in w and lex.descriptor(w)) or \
                    (w in lex.stop and w not in stop_surnames):
                break
            if lex.suffix_class.get(w) and w not in lex.person_suffixes:
                break
            j += 1
        while j > i + 1 and toks[j - 1].text in lex.particles:
            j -= 1
        if j < n and not gap(mt, toks[j - 1], toks[j]) and \
                (toks[j].text == "&" or lex.suffix_class.get(toks[j].text) in ("company", "law_firm")) \
                and toks[j].text not in lex.person_suffixes:
            continue  # "Marten Ortho Inc.", "Lena Park & Co.": a company named after someone
        if j + 1 < n and toks[j].text == "," and toks[j].start == toks[j - 1].end and \
                lex.suffix_class.get(toks[j + 1].text) in ("company", "law_firm") and \
                toks[j + 1].text not in lex.person_suffixes and not gap(mt, toks[j], toks[j + 1]):
            continue  # "Penny Lane, Inc.": the same, with a comma
        if j - i >= 2 or (title and title_role in ("judge", "agency", "counsel")):
            s = t.start
            if j - i == 1 and title_role == "judge":  # "Mr Justice Fancourt": the title is part of the name
                ts = surname_title_start(call, title, title_start)
                s = s if ts is None else ts
            name = mt[s:toks[j - 1].end]
            if not bad_person(lex, mt[t.start:toks[j - 1].end]):
                out.append(Cand(s, toks[j - 1].end, name, "person", title=title, title_role=title_role))
                resume = j
    return out


def person_starts(call: Call) -> list[int]:
    """The tokens a person's name may start at, in order: a known first name (or one in
    capitals), or a word a title ends near before (the window ``persons`` asks
    ``title_before`` about). Every other word is passed over without a Python step."""
    lex, toks = call.lex, call.toks
    texts = list(map(itemgetter(0), toks))
    found = set(compress(count(), map(lex.first.__contains__, texts)))
    found.update(compress(count(), map(str.isupper, texts)))  # "JANE ROE": tested in full by persons
    if call.title_ends:
        starts = list(map(itemgetter(1), toks))
        n = len(toks)
        for e in call.title_ends:
            # token i asks when toks[max(0, i - 14)].start - 3 <= e <= toks[i].start
            a = bisect_left(starts, e)
            b = min(n, bisect_right(starts, e + 3) + 14)
            found.update(range(a, b))
    return sorted(found)


def org_starts(toks) -> Iterator[int]:
    """The capitalized words, where ``organizations`` may start a name: the others (the
    connectors ``tokenize`` keeps) are passed over in C."""
    return compress(count(), map(itemgetter(3), toks))


def organizations(call: Call, taken) -> list[Cand]:
    """Capitalized runs ending in an organization word; others only where a role frame vouches."""
    lex, mt, toks = call.lex, call.mt, call.toks
    stop, suffix_class = lex.stop, lex.suffix_class
    out = []
    n = len(toks)
    no_start = SpanIndex([*taken, *title_case_lines(mt)])  # taken, or in a headline: no name starts there
    taken = SpanIndex(taken)
    resume = 0  # a name found ends before this token
    for i in org_starts(toks):
        if i < resume:
            continue
        t = toks[i]
        if (not t.cap or no_start.covers(t.start) or (t.text in stop and not _court_head(lex, mt, toks, i))
                or (t.text.isupper() and t.text.title() in stop) or t.text[0].isdigit()
                or ("-" in t.text and lex.descriptor(t.text))):
            continue
        j, last_cap, seen_of = i, i, False
        while j < n:
            tj = toks[j]
            if j > i and (gap(mt, toks[j - 1], tj) or taken.covers(tj.start)):
                break
            if tj.cap and tj.text != "I" and not ("-" in tj.text and lex.descriptor(tj.text)):
                last_cap = j
                j += 1
                continue
            if j > i and tj.text.isdigit() and toks[j - 1].text in lex.numbered_words:
                last_cap = j  # "Teamsters Local 727", "... Local 412 Pension Fund"
                j += 1
                continue
            nxt_cap = j + 1 < n and (toks[j + 1].cap or toks[j + 1].text == "the")
            if tj.text in ("of", "for", "on", "&", "de", "du", "la", "the", "y") and nxt_cap and j > i:
                seen_of = seen_of or tj.text in ("of", "for")
                j += 1
                continue
            if tj.text == "'s" and j > i and j + 1 < n and office_possessive(toks[j - 1].text, toks[j + 1].text):
                j += 1  # "the Texas Attorney General's Office"
                continue
            if tj.text == "and" and nxt_cap and (seen_of or _joins_company(lex, mt, toks, j)):
                j += 1
                continue
            if tj.text == "," and j + 1 < n and suffix_class.get(toks[j + 1].text) in ("company", "law_firm"):
                j += 1
                continue
            if tj.text == "," and j + 2 < n and toks[j + 1].cap and toks[j + 2].text == "&":
                j += 1
                continue
            break
        j = last_cap + 1
        if toks[j - 1].text == "Litigation":  # "In re Valdris Data Breach Litigation": Valdris
            while j > i and toks[j - 1].text in lex.case_name_words:
                j -= 1
        while j > i and (toks[j - 1].text in stop or toks[j - 1].text in lex.connectors) and \
                not (j - 2 > i and suffix_class.get(toks[j - 1].text) == "court"):
            j -= 1  # "the Court" alone is no name; "Clark County District Court" keeps it
        if lex.legal_form_only.fullmatch(t.text):
            resume = j
            continue
        ending = toks[last_cap].end in call.title_end_set and call.titles_ending(toks[last_cap].end, toks[last_cap].end)
        if ending and any(ts == t.start for ts, _, _ in ending):
            resume = j
            continue  # a title before a name ("Chief Magistrate Judge")
        if j == i + 1 and i > 0 and mt[toks[i - 1].start:t.end] in lex.places:
            resume = j
            continue  # "European Union" minus a stop word is not "Union"
        if j > i:
            cand = classify_org(lex, mt, toks, i, j)
            if cand:
                out.append(cand)
            resume = j
    return out


def _court_head(lex: Lexicon, mt: str, toks, i: int) -> bool:
    """"State Court of Cobb County": a stop word that starts a court's name ("State", then "Court of")."""
    return i + 2 < len(toks) and lex.suffix_class.get(toks[i + 1].text) == "court" and \
        toks[i + 2].text in ("of", "for") and not gap(mt, toks[i], toks[i + 1])


def _joins_company(lex: Lexicon, mt: str, toks, j: int) -> bool:
    """"Harbor Health and Life Insurance Co.": an "and" inside one company's name, between an
    industry word ("Health", "Bank") and words that end in a company form. Not after a legal form
    ("Acme Corp. and Beta Inc.") or a plain name ("Anodyne Coffee and Koss Corporation")."""
    before = toks[j - 1].text
    if lex.suffix_class.get(before) != "company" or lex.legal_form_only.fullmatch(before):
        return False
    for k in range(j + 1, min(len(toks), j + 5)):
        if not toks[k].cap or gap(mt, toks[k - 1], toks[k]):
            return False
        if k > j + 1 and (lex.legal_form_only.fullmatch(toks[k].text) or toks[k].text in ("Company", "Corporation")):
            return True  # a legal form ends the name ("Harbor Bank and Trust Co."), not an industry word
    return False


def bad_person(lex: Lexicon, name: str) -> bool:
    words = name.split()
    return any(w in lex.places for w in (name, words[-1])) or \
        (words[-1] in lex.stop and not (len(words) > 1 and words[-1] in people_cues().stop_surnames))


def classify_org(lex: Lexicon, mt: str, toks, i: int, j: int) -> Optional[Cand]:
    """The kind of the capitalized run toks[i:j], from its words; None if it is no name."""
    words = [t.text for t in toks[i:j]]
    if mt[toks[i].start:toks[j - 1].end] in lex.places:
        return None
    # leading stop words ("The Haba Law Firm" keeps "The" only before a law firm or outlet)
    while words and words[0] in lex.stop and len(words) > 1:
        if words[0] == "The" and lex.suffix_class.get(words[-1]) in ("law_firm",):
            break
        if lex.suffix_class.get(words[0]) == "court" or (words[0] != "The" and lex.suffix_class.get(words[1]) == "court"):
            break  # "State Court of Cobb County": the court's own words
        i += 1
        words = words[1:]
    if not words:
        return None
    s, e = toks[i].start, toks[j - 1].end
    name = mt[s:e]
    if name in lex.places or name in lex.stop or words[0] in lex.places and len(words) == 1:
        return None
    if len(words) == 2 and words[0] in lex.courtesy_titles:
        # "Ms. Bjorklund": a person by surname (one party with "Jaclyn Bjorklund", see merge)
        s1 = toks[i + 1].start
        return Cand(s1, e, mt[s1:e], "person", title=words[0], source="frame")
    if len(words) == 1 and (lex.suffix_class.get(words[0]) or words[0] in lex.generic_heads):
        # "the Office", "the Union", "Tribunal": a head word alone names no one; it may still
        # refer to a party named before ("the Commission"), never start one
        return Cand(s, e, name, "organization", source="head")
    last = words[-1].rstrip(".")
    last2 = " ".join(words[-2:])
    sc = lex.suffix_class
    cls = (sc.get(last2) if sc.get(last2) == "law_firm" else None) or sc.get(words[-1]) or sc.get(last) or sc.get(last2)
    if cls == "law_firm" and any(sc.get(w) == "education" for w in words[:-1]):
        cls = "education"  # "Santa Clara University School of Law": a school, no law firm
    if "Court" in words or (("Circuit" in name or "District of" in name) and _COURTISH.search(name)):
        return Cand(s, e, name, "court")
    if len(words) > 2 and any(words[k] in lex.gov_heads and words[k + 1] == "of" for k in range(len(words) - 2)):
        # "Department of Labor", "Marlow County Office of Elections"
        return Cand(s, e, name, "government")
    if cls == "government" or cls == "court":
        return Cand(s, e, name, "government" if cls == "government" else "court")
    if cls in ("company", "law_firm", "advocacy", "education"):
        return Cand(s, e, name, "organization", title_role="counsel" if cls == "law_firm" else
                    ("advocate" if cls == "advocacy" else None))
    if "&" in words and len(words) >= 3:
        return Cand(s, e, name, "organization")
    if len(words) >= 3 and any(sc.get(w) == "advocacy" for w in words[:-1]):
        return Cand(s, e, name, "organization", title_role="advocate")
    # an unknown capitalized name: kept only where a role frame vouches for it
    return Cand(s, e, name, "organization", source="frame")


def short_forms(call: Call, c: Cand, name_forms) -> list[str]:
    """What a later mention may call this candidate: surname, first word, acronym."""
    acronym = defined_acronym(call, c)
    return ([acronym] if acronym else []) + list(name_forms(c.name, c.kind, c.source))


def defined_acronym(call: Call, c: Cand) -> Optional[str]:
    """"Federal Trade Commission (FTC)": the acronym defined right after a name (no person's)."""
    if c.kind == "person":
        return None
    after = call.mt[c.end:c.end + 16]
    am = "(" in after and _DEFINED_ACRONYM.match(after)
    return am.group(1) if am else None


def name_forms(lex: Lexicon, name: str, kind: str, source: str) -> tuple[str, ...]:
    """The short forms that follow from the name alone (the finder caches them)."""
    out = []
    if kind == "person":
        words = name.split()
        tail = [w for w in words[1:] if w not in lex.person_suffixes and not _INITIAL.fullmatch(w)]
        if tail:
            out += [tail[-1], fold(tail[-1])]
        if len(tail) >= 2 and tail[-2][:1].isupper():  # "Judge Gonzalez Rogers": a two-word surname
            out.append(" ".join(tail[-2:]))
        if len(words) >= 3 and words[-1] in lex.person_suffixes:
            out.append(" ".join(words[-2:]))
    elif kind in ("organization", "outlet") and source not in ("pseudonym", "platform"):
        words = [w for w in name.replace(",", "").split() if w != "The"]
        core = [w for w in words if not lex.suffix_class.get(w)]
        while core and not core[-1][:1].isupper():  # "Center for Democracy and ...": no "Democracy and"
            core.pop()
        if core != words[:len(core)]:
            core = []  # "Bureau of Consumer Protection": its short form starts where the name starts
        if len(words) > 1 and core and core[0] not in lex.stop_first and core[0] not in lex.first \
                and core[0] not in lex.places and len(core[0]) > 2 and core[0] not in lex.stop:
            out.append(core[0])
        if len(core) >= 2 and len(core) < len(words):
            out.append(" ".join(core))
        out.extend(_acronyms(lex, words))
    elif kind == "government":
        out.extend(_acronyms(lex, [w for w in name.replace(",", "").split() if w != "The"]))
    return tuple(out)


def _acronyms(lex: Lexicon, words: list[str]) -> list[str]:
    """'Mechanical Licensing Collective' -> 'MLC', 'Department of Justice' -> 'DOJ' and 'DJ':
    the initials a later all-caps mention may use (three letters or more, so no 'AP' guesses)."""
    if len(words) < 2 or not all(w[:1].isupper() or w in lex.connectors for w in words):
        return []
    caps = "".join(w[0] for w in words if w[:1].isupper())
    full = "".join(w[0].upper() for w in words)
    return [a for a in dict.fromkeys((caps, full)) if len(a) >= 3 and a.isalpha()]
