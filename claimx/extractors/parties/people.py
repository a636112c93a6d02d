"""People families of the parties (``cues/people_cues.json``): judges named by a Commonwealth title
and surname, offices named after their place ("the City Attorneys of A, B, and C"), lists of the
charged or of lawyers that run to the end of their sentence, and lawyers who share their firm's
name. Each is a small step the finder calls; none keeps state outside its call."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count

from claimx.io.resources import load_json
from claimx.models import Party
from claimx.text.gazetteer import tokens as gaz_tokens
from claimx.text.prefilter import first_words
from claimx.text.scan import WordStartScan
from claimx.text.segment import SpanIndex

from .candidates import Call, Cand

_CAP_WORD = r"[A-Z][\w.'\u2019-]*"
_PLACE = re.compile(r"(?:the\s+)?(%s(?:\s+%s){0,2})" % (_CAP_WORD, _CAP_WORD))
_PLACE_WORD = re.compile(_CAP_WORD)
_LIST_SEP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")  # between places of one office, firms of one list


@dataclass(frozen=True)
class Cue:
    role: str
    rx: re.Pattern
    words: frozenset              # the words (as written: sued, Sued, SUED) it can start with


@dataclass(frozen=True, eq=False)
class PeopleCues:
    surname_titles: frozenset
    stop_surnames: frozenset      # "White": no party alone, a surname after a first name
    unnamed_plaintiff: tuple      # Cues: "A Texas woman has sued", "filed by a former employee"
    nouns: frozenset              # a match of those that starts at one of these needs the lead
    plaintiff_lead: re.Pattern    # "a Denver " before the noun
    appositives: re.Pattern       # ", 34, of Tacoma, who lost her job, " before the verb
    enumeration: tuple            # Cues: the role runs to the sentence end
    frames: tuple                 # Cues: the role goes to the group "names"
    office_list: re.Pattern       # "City Attorneys of " before a list of places
    office_plural: re.Pattern     # "City Attorneys" alone
    office_after: re.Pattern      # "City Attorney('s Office)" not before a name: its place comes before
    aged_person: tuple            # (cue, pattern): "A B, 23, of Orlando", "22-year-old A B"; group 1 a person
    hometown_aside: str           # ", 23, of Orlando, Florida" between two names of a list
    list_tail: re.Pattern         # "and 11 other publishers": a list closed with no last name
    commentator: re.Pattern       # "who advises tech companies": a lawyer quoted as a commentator
    firm_context: re.Pattern      # "lawyers", "represents": "A of X" may name a lawyer's firm
    hometown_after: re.Pattern    # " of Smallville" between a person and the verb
    members_of: re.Pattern        # " and two of its managers, " after a party: its people follow
    uninvolved: re.Pattern        # "who is not involved in the case": the subject is a commentator
    case_lawyer: re.Pattern       # ", who is leading the case": an official who is the office's lawyer
    polity_executives: frozenset  # "Mayor", "Governor": who speaks for a city or state
    person_before: re.Pattern     # "basketball player ", "attorneys ": a person's name follows
    official_before: re.Pattern   # "'s deputy chair " between a body and its official's name
    official_after: re.Pattern    # ", chief of the ... section in the " between an official and the body
    official_of_body: re.Pattern  # "'s regional enforcement director" after the body: "A, the EPA's regional ... director"


def _cue(role: str, pattern: str) -> Cue:
    words = first_words(pattern)
    return Cue(role, re.compile(pattern, re.IGNORECASE),
               frozenset(v for w in words for v in (w, w.capitalize(), w.upper())))


@lru_cache(maxsize=1)
def people_cues() -> PeopleCues:
    data = load_json("cues/people_cues.json")
    offices = sorted(data["office_titles"], key=len, reverse=True)
    singular = sorted({o for o in offices if not o.endswith("Office")}, key=len, reverse=True)
    alt = "|".join(re.escape(o).replace("'", "['\u2019]") for o in offices)
    nouns = "|".join(map(re.escape, data["plaintiff_nouns"]))
    return PeopleCues(
        surname_titles=frozenset(data["surname_titles"]),
        stop_surnames=frozenset(data["stop_surnames"]),
        unnamed_plaintiff=tuple(_cue("plaintiff", p.replace("{nouns}", nouns)) for p in data["plaintiff_descriptor"]),
        nouns=frozenset(v for w in data["plaintiff_nouns"] for v in (w, w.capitalize())),
        plaintiff_lead=re.compile(data["plaintiff_lead"], re.IGNORECASE),
        appositives=re.compile(data["appositives"], re.IGNORECASE),
        enumeration=tuple(_cue(role, p) for role, ps in data["enumeration"].items() for p in ps),
        frames=tuple(_cue(role, p) for role, ps in data["frames"].items() for p in ps),
        # no leading \b: a pattern that starts with its literals is scanned fast; callers test the boundary
        office_list=re.compile(r"(%s)s\s+of\s+" % "|".join(map(re.escape, singular))),
        office_plural=re.compile(r"(?:%s)s\b(?!\s+of\b)" % "|".join(map(re.escape, singular))),
        office_after=re.compile(r"(?:%s)\b(?!\s+[A-Z])" % alt),
        aged_person=tuple((re.compile(a["cue"], re.IGNORECASE), re.compile(a["pattern"], re.IGNORECASE))
                          for a in data["aged_person"]),
        hometown_aside=data["hometown_aside"],
        list_tail=re.compile(data["list_tail"], re.IGNORECASE),
        commentator=re.compile(data["commentator"], re.IGNORECASE),
        firm_context=re.compile(data["firm_context"], re.IGNORECASE),
        hometown_after=re.compile(data["hometown_after"], re.IGNORECASE),
        members_of=re.compile(data["members_of"], re.IGNORECASE),
        uninvolved=re.compile(data["uninvolved"], re.IGNORECASE),
        case_lawyer=re.compile(data["case_lawyer"], re.IGNORECASE),
        polity_executives=frozenset(t.lower() for t in data["polity_executives"]),
        person_before=re.compile(r"\b(?:%s)s?\s+$" % "|".join(map(re.escape, data["person_nouns"])), re.IGNORECASE),
        official_before=re.compile(r"(?:'s|\u2019s)?\s+%s%s\s+" % (_POST_WORDS, _official(data["body_officials"])), re.IGNORECASE),
        official_of_body=re.compile(r"(?:'s|\u2019s)\s+%s%s\b" % (_POST_WORDS, _official(data["body_officials"])), re.IGNORECASE),
        official_after=re.compile(r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?%s\b[^,.;:\"\u201c\u201d()]{0,80}?"
                                  r"\s(?:at|in|of|for)\s+(?:the\s+)?" % _official(data["body_officials"]), re.IGNORECASE),
    )


# up to two lower-case words of a post before its title noun ("area director", "regional
# enforcement director"); (?-i:) as the patterns using it ignore case
_POST_WORDS = r"(?:(?-i:[a-z][a-z-]*)\s+){0,2}?"


def _official(data: dict) -> str:
    """"deputy chair", "chief": an official's title noun, with its qualifiers."""
    quals = "|".join(map(re.escape, data["qualifiers"]))
    nouns = "|".join(map(re.escape, sorted(data["nouns"], key=len, reverse=True)))
    return r"(?:(?:%s)\s+)*(?:%s)" % (quals, nouns)


@dataclass(frozen=True, eq=False)
class CueIndex:
    """Cues by the words (as written) they can start with: each word of a text is looked up
    once, and only the cues that start with it are tried there."""
    cues: tuple
    words: frozenset
    by_word: dict                 # word -> the cues that can start with it, in ``cues`` order


def cue_index(cues: tuple) -> CueIndex:
    by_word: dict = {}
    for cue in cues:
        for w in cue.words:
            by_word.setdefault(w, []).append(cue)
    return CueIndex(cues, frozenset(by_word), by_word)


@lru_cache(maxsize=1)
def _cue_indexes() -> dict[str, CueIndex]:
    """The enumeration, frame and unnamed-plaintiff cues in one index: one pass over the words
    of a text finds all three families (``people_cue_matches``)."""
    cues = people_cues()
    return {"people": cue_index(cues.enumeration + cues.frames + cues.unnamed_plaintiff)}


@lru_cache(maxsize=1)
def _unnamed_ids() -> frozenset:
    return frozenset(map(id, people_cues().unnamed_plaintiff))


def people_cue_matches(call: Call) -> tuple[list, list]:
    """(cue, match) of the enumeration and frame cues, and of the unnamed-plaintiff cues, in
    the text of ``call``: found in one pass over its words, once per call."""
    if call.people_matches is None:
        unnamed = _unnamed_ids()
        hits = cue_matches(call.mt, _cue_indexes()["people"], call.gaz_toks)
        call.people_matches = ([h for h in hits if id(h[0]) not in unnamed], [h for h in hits if id(h[0]) in unnamed])
    return call.people_matches


def cue_matches(mt: str, index: CueIndex, toks=None) -> list:
    """(cue, match) for each cue of ``index`` matching at a word it can start with: one set
    lookup per word (in C) and a regex only where one of those words is, not a scan at every
    character; the cues are tried word by word, each in ``index.cues`` order."""
    if not index.cues:
        return []
    toks = toks if toks is not None else gaz_tokens(mt)
    strings, starts, by_word = toks.strings, toks.starts, index.by_word
    out = []
    for i in compress(count(), map(index.words.__contains__, strings)):
        at = starts[i]
        for cue in by_word[strings[i]]:
            m = cue.rx.match(mt, at)
            if m:
                out.append((cue, m))
    return out


def _word_start(mt: str, i: int) -> bool:
    return i == 0 or not (mt[i - 1].isalnum() or mt[i - 1] == "_")


def surname_title_start(call: Call, title: str, title_start: int) -> int | None:
    """Where a judge's title kept with a lone surname starts ("Mr Justice" in "Mr Justice
    Fancourt", the longest such title ending where ``title`` ends), or None for other titles."""
    cues = people_cues()
    end = title_start + len(title)
    starts = [s for s, e, _ in call.titles_ending(end, end) if call.mt[s:e] in cues.surname_titles]
    return min(starts) if starts else None


def offices(call: Call, taken) -> list[Cand]:
    """'the City Attorneys of Fresno, Oakland, and San Jose' -> 'Fresno City Attorney', ... (the
    first mention spans the office words, so a list before it joins them); 'the Oakland City
    Attorney' -> 'Oakland City Attorney'. Not before a person's name ('District Attorney Ann Lee')."""
    mt, lex = call.mt, call.lex
    if "Attorney" not in mt:
        return []
    cues = people_cues()
    taken = SpanIndex(taken)
    out: list[Cand] = []
    for m in (cues.office_list.finditer(mt) if "Attorneys" in mt else ()):
        if taken.covers(m.start()) or not _word_start(mt, m.start()):
            continue
        office, pos, first = m.group(1), m.end(), True
        while True:
            pm = _PLACE.match(mt, pos)
            if not pm:
                break
            s, e = pm.span(1)
            words = pm.group(1).split()
            for k in range(len(words), 0, -1):  # the longest run of words that is a known place
                if " ".join(words[:k]) in lex.places:
                    e = s + len(" ".join(words[:k]))
                    break
            place = mt[s:e]
            out.append(Cand(m.start() if first else s, e, mt[m.start() if first else s:e], "government",
                            source="gazetteer", canonical=f"{place} {office}"))
            first = False
            sep = _LIST_SEP.match(mt, e)
            if not sep:
                break
            pos = sep.end()
    covered = SpanIndex([(c.start, c.end) for c in out])
    if out:  # "the Attorney General and City Attorneys allege": the offices named before, no new party
        call.products.extend(m.span() for m in cues.office_plural.finditer(mt)
                             if not covered.covers(m.start()) and _word_start(mt, m.start()))
    for m in cues.office_after.finditer(mt):
        if taken.covers(m.start()) or covered.overlaps(m.start(), m.end()) or not _word_start(mt, m.start()):
            continue
        words = list(_PLACE_WORD.finditer(mt, max(0, m.start() - 60), m.start()))
        run = []  # the capitalized words right before the office, nearest first
        for w in reversed(words):
            if mt[w.end():(run[-1].start() if run else m.start())] != " " or len(run) == 3:
                break
            run.append(w)
        while run and run[-1].group() in lex.stop:
            run.pop()  # "The Oakland City Attorney"
        if not run:
            continue
        s = run[-1].start()
        out.append(Cand(s, m.end(), mt[s:m.end()], "government", source="gazetteer"))
    return out


def aged_persons(call: Call, taken) -> list[Cand]:
    """"Devin Roe, 21, of Boise", "the 22-year-old Dorian Roe of Kennesaw": an age marks the
    capitalized run before or after it as a person, whether or not its first name is known."""
    mt, lex = call.mt, call.lex
    taken = SpanIndex(taken)
    out: list[Cand] = []
    seen = set()
    for cue, rx in people_cues().aged_person:
        found = [m for c in cue.finditer(mt) for m in rx.finditer(mt, max(0, c.start() - 80), c.end() + 80)]
        for m in found:
            s, e = m.span(1)
            if (s, e) in seen or taken.covers(s) or (s and mt[s - 1].isalnum()):
                continue
            seen.add((s, e))
            for ts, te, _ in call.titles_ending(s, e):  # "Sgt. Ann Roe, 45,": the title is no name
                if ts <= s and mt[te:te + 1] == " ":
                    s = te + 1
            words = mt[s:e].split()
            while words and words[0] in lex.stop:
                s += len(words.pop(0)) + 1
            if len(words) < 2 or any(w in lex.places or w in lex.stop or lex.suffix_class.get(w) for w in words):
                continue
            out.append(Cand(s, e, mt[s:e], "person", source="pattern"))
    return sorted(out, key=lambda c: c.start)


_FIRMS_BEFORE = re.compile(r"\b(?:law\s+)?firms?,?\s+(?:including\s+|such\s+as\s+|like\s+)?$", re.IGNORECASE)


def join_firm_pairs(call: Call, cands: list[Cand]) -> list[Cand]:
    """"law firms, including Maurice Hale Lawyers and Slater and Gordon": two bare surnames joined
    by "and" in a list of law firms are one firm named for two partners. Sorted candidates in, out."""
    mt, out = call.mt, []
    k = 0
    while k < len(cands):
        a = cands[k]
        b = cands[k + 1] if k + 1 < len(cands) else None
        if b is not None and a.source == b.source == "frame" and " " not in a.name and " " not in b.name \
                and mt[a.end:b.start] == " and " and _in_firm_list(mt, out[-1] if out else None, a):
            out.append(Cand(a.start, b.end, mt[a.start:b.end], "organization", title_role="counsel"))
            k += 2
            continue
        out.append(a)
        k += 1
    return out


def _in_firm_list(mt: str, prev: Cand | None, c: Cand) -> bool:
    if _FIRMS_BEFORE.search(mt, max(0, c.start - 40), c.start):
        return True
    return prev is not None and prev.title_role == "counsel" and prev.kind == "organization" \
        and _LIST_SEP.fullmatch(mt, prev.end, c.start) is not None


def enumeration_votes(call: Call, spans):
    """(party, role, n) for each person named after an enumeration cue in the same sentence
    ("those indicted are A; former clerk B; C, who ran it; and D" names four defendants, however
    the list is punctuated), or inside a frame's names ("taking Gov. A to court")."""
    mt = call.mt
    found = []
    for cue, m in people_cue_matches(call)[0]:
        if "names" in cue.rx.groupindex:
            found.append((*m.span("names"), cue.role))
        else:
            sent = call.sidx.at(m.start())
            found.append((m.end(), sent[1] if sent else min(len(mt), m.end() + 300), cue.role))
    if not found:
        return
    for s0, _, p in spans:
        if p.kind != "person":
            continue
        for lo, hi, role in found:
            if lo <= s0 < hi:
                yield p, role, 3  # a cue that names the list outweighs a verb frame in it ("on behalf of")


def unnamed_plaintiff_votes(call: Call, spans):
    """(party, "plaintiff", 1) for the person first named after a suit by an unnamed person, within
    400 characters: "A Texas woman has sued Acme. ... Jane Roe said she ..."; "a lawsuit filed by a
    former employee. The employee, John Roe, ..."."""
    mt, cues = call.mt, people_cues()
    ends = [m.end() for cue, m in people_cue_matches(call)[1]
            if mt[m.start():m.start() + 12].split(" ", 1)[0] not in cues.nouns
            or cues.plaintiff_lead.search(mt, max(0, m.start() - 50), m.start())]
    if not ends:
        return
    persons = [(s0, p) for s0, _, p in spans if p.kind == "person"]
    for end in ends:
        nxt = next(((s0, p) for s0, p in persons if s0 >= end), None)
        if nxt and nxt[0] - end <= 400:
            yield nxt[1], "plaintiff", 1


def after_appositives(lex, right: str, cues=None) -> set:
    """The right-cue roles of ``right`` (the text after a name or list) read past the asides
    between the name and its verb: ", 34, of Tacoma, who lost her job, has sued", ", were indicted"
    (the comma closing "Three men, A, B and C"). ``cues``: a ``CueSet`` other than ``lex.right_cues``."""
    if right[:1] != "," and right.lstrip()[:1] != ",":
        return set()
    m = people_cues().appositives.match(right)
    return (cues or lex.right_cues).roles(" " + right[m.end():]) if m else set()


def parallel_counsel(counsel_sents: set, pairs: list):
    """The parties of the other "A of Firm" pairs of a sentence where one such pair acts as counsel:
    "signed by A of Firm1 on behalf of the league and by B of Firm2 and C of Firm3" names three
    lawyers and three firms. ``pairs``: (sentence span, person, firm)."""
    for sent, p, q in pairs:
        if sent in counsel_sents:
            yield p
            yield q


def firm_namesakes(parties: list[Party]) -> None:
    """"Harold Pemberton" quoted in a story whose law firm is "Rusk Pemberton": a person with no
    role of their own who bears the name of a firm that acts as counsel is one of its lawyers."""
    firm_words = {w for p in parties if p.kind == "organization" and p.role == "counsel"
                  for w in p.name.replace(",", " ").split() if w[:1].isupper()}
    if not firm_words:
        return
    for p in parties:
        if p.kind == "person" and p.role == "other" and " " in p.name and p.name.split()[-1] in firm_words:
            p.role = "counsel"


@lru_cache(maxsize=1)
def _commentator() -> WordStartScan:
    """``people_cues().commentator``, tried only at its opening words ("who", "which", "not")."""
    rx = people_cues().commentator
    return WordStartScan(rx.pattern, rx.flags)


def commentators(call: Call, parties: list[Party], for_a_side: re.Pattern) -> None:
    """"said Ann Roe, a partner at the law firm Vale Dunn who advises tech companies": a lawyer
    and firm named only in sentences that quote them as commentators, never acting for a side
    (``for_a_side``: "represents", "on behalf of"), are no party. Runs after the roles."""
    mt, rx = call.mt, _commentator()
    if not any(p.role == "counsel" for p in parties):
        return
    at = rx.starts(mt, toks=call.gaz_toks)
    if not rx.search(mt, starts=at):
        return
    for p in parties:
        if p.role != "counsel":
            continue
        sents = [call.sidx.at(m.start) for m in p.mentions]
        if all(s is not None and rx.search(mt, s[0], s[1], at) and not for_a_side.search(mt, s[0], s[1]) for s in sents):
            p.role = "other"


def hometowns(call: Call, cands: list[Cand]) -> list[Cand]:
    """"Two users, Ann Roe of Akron and Lee Poe of Toledo, sued": an unknown name right after
    "<person> of" in a sentence with no word of a lawyer's work is where the person is from, no
    party ("Elise Bloom of Proskauer Rose, a lawyer for ..." keeps its firm). Sorted cands."""
    mt, rx = call.mt, people_cues().firm_context
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "person" and c.source == "frame" and c.kind == "organization" \
                and mt[prev.end:c.start] in (" of ", " from "):
            sent = call.sidx.at(c.start) or (max(0, c.start - 200), min(len(mt), c.end + 200))
            if not rx.search(mt, sent[0], sent[1]):
                continue
        out.append(c)
    return out


def past_hometown(right: str) -> str:
    """"Ann Roe of Smallville sued": the text after a person past where the person is from."""
    m = people_cues().hometown_after.match(right)
    return right[m.end():] if m else right


_CLAUSE_END = re.compile(r",\s+(?:of|for|with|in|on|over|to|who|which)\b|[.;:]\s|\)")


def members(call: Call, parties: list[Party]) -> None:
    """"accuses Korrin Systems and two of its managers, vice president A and team lead B, of
    fraud", "names Pixwell Inc., the company behind the app, and its founder, A": the people named
    after the party's members or officers, to the clause's end, who have no role of their own take
    the party's role. Runs after the roles."""
    mt = call.mt
    if " of " not in mt and " its " not in mt and " their " not in mt:
        return
    rx = people_cues().members_of
    ends = {m.end: p for p in parties for m in p.mentions}
    starts = sorted((m.start, p) for p in parties if p.kind == "person" for m in p.mentions)
    for end, head in ends.items():
        if head.role in ("other", "court", "judge"):
            continue
        m = rx.match(mt, end)
        if not m:
            continue
        stop = _CLAUSE_END.search(mt, m.end())
        hi = stop.start() if stop else min(len(mt), m.end() + 200)
        for s, p in starts:
            if m.end() <= s < hi and p.role == "other":
                p.role = head.role
