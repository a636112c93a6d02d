"""Attaching what a claim is under, for how much and when, from its sentences.

Statutes tie when a tie word ("under", "violated", "alleging", "counts") stands in the
sentence before them; sums when a frame word stands next to them ("seeking $X", "agreed to
pay $X", "a $X verdict"), a currency conversion in brackets after another sum excepted.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Optional

from claimx.extractors.claims.frames import SpanCue, cues, opening_words

_CAPTION = re.compile(r"\b((?:[A-Z][\w.&'’-]*\s+){0,4}[A-Z][\w.&'’-]*)\s+v\.?\s+((?:[A-Z][\w.&'’-]*\s+){0,4}[A-Z][\w&'’-]*)")
_V_MARK = re.compile(r"\sv\.?\s")  # what every _CAPTION match holds between its sides
_DOCKET = re.compile(r"\b(?:\d:\d{2}-[a-z]{2,3}-\d{3,6}(?:-[A-Z]{2,4})?|(?:Case|Docket)\s+No\.?\s*[\w:-]*\d[\w:-]*|No\.\s+\d{1,2}-\d{2,6})\b")


_TIE_REACH = 100  # a tie word this far before a law at most ("alleges violations of the ... Act")
# a clause break between two laws: the second is no more of the first one's list
# "violated A, which bars X, as well as B": the list goes on past the clause that describes A
_LIST_PAST_CLAUSE = re.compile(r"\s*,\s*(?:which|that)\b[^.;,]{0,80},\s*(?:as\s+well\s+as|and|or|plus)\s+"
                               r"(?:the\s+)?(?:(?:federal|state|[A-Z][\w.'’-]*)\s+){0,2}$")
_CLAUSE_BREAK = re.compile(r"\.\s|;|\b(?:but|which|that|while|whereas|holding|saying|although|though|because|since)\b")


def tied_statutes(text: str, sent: tuple[int, int], statutes) -> list:
    """The laws a tie word stands shortly before in the sentence, and the laws listed right
    after a tied one ("violated A, B and the federal C"); not a law a clause away from
    the word ("did not allege that ..., as the exception created by the 2018 law known as X")."""
    c = cues()
    inside = sorted(((m.start, m.end, st) for st in statutes for m in st.mentions if sent[0] <= m.start < sent[1]),
                    key=lambda x: (x[0], -x[1]))
    out, last_end = [], None
    for start, end, st in inside:
        tie = None
        for tie in c["statute_ties"].finditer(text, max(sent[0], start - _TIE_REACH), start):
            pass  # the last tie word before the law
        near = tie is not None and _CLAUSE_BREAK.search(text, tie.end(), start) is None
        listed = last_end is not None and (start <= last_end or (
            start - last_end <= _TIE_REACH and (_CLAUSE_BREAK.search(text, last_end, start) is None or
                                                _LIST_PAST_CLAUSE.match(text, last_end, start) is not None)))
        if near or listed:
            if st not in out:
                out.append(st)
            last_end = max(end, last_end or end)
    return out


def main_statutes(text: str, claim, sents, taken, statutes, others: set, low: Optional[str] = None) -> list:
    """The main action's laws: those tied in its own sentences; where they tie none, the laws
    tied in any sentence no other action is told in ("Kindlr had broken the UK GDPR", the
    story's own words beside the action's); where none is tied anywhere, every law no other
    action is tied to (an article that names the suit's law away from any tie word). In the
    first two, a law named only in the other side's arguments is not the action's. ``low``:
    the text lower-cased, where the caller has it (None where its lower case is longer)."""
    arguing = SpanCue(cues()["argument_words"], opening_words("argument_words"), text, text.lower() if low is None else low)
    argued = [s for s in sents if argued_by_other(text, s, claim, arguing)] if arguing.in_text() else []

    def free(st) -> bool:
        return any(not any(a <= m.start < b for a, b in argued) for m in st.mentions)

    own = [st for st in claim.statutes if free(st)]
    if own:
        return own
    pool = [st for st in statutes if id(st) not in others]
    starts = sorted(m.start for st in pool for m in st.mentions)
    tied = []
    for s in sents:
        if bisect_left(starts, s[0]) == bisect_left(starts, s[1]):
            continue  # no law of the pool named in the sentence (most): none to tie
        if s not in taken and s not in argued:
            tied.extend(st for st in tied_statutes(text, s, pool) if st not in tied)
    return tied or pool


def argued_by_other(text: str, sent: tuple[int, int], claim, arguing: Optional[SpanCue] = None) -> bool:
    """The sentence tells the other side's argument ("his barrister had argued that ... would
    breach his right under Article 10", "Acme argues the Act does not apply"): before the word
    of arguing, a respondent or a word of the defence, and no claimant or word of the claimants
    ("the plaintiffs argue that it violated ..."). ``arguing``: a SpanCue of the argument words,
    made once for the sentences of a text (None: the pattern is searched in the sentence)."""
    c = cues()
    m = c["argument_words"].search(text, sent[0], sent[1]) if arguing is None else arguing.search(sent[0], sent[1])
    if m is None:
        return False
    lo, hi = sent[0], m.start()
    if any(_named_in(text, lo, hi, name, party) for name, party in claim.claimants) or \
            c["claimant_words"].search(text, lo, hi):
        return False
    return c["defence_words"].search(text, lo, hi) is not None or \
        any(_named_in(text, lo, hi, name, party) for name, party in claim.respondents)


def shield_only(text: str, statute) -> bool:
    """Every mention names the law as a shield, not as what an action is brought under
    ("Section 230, which shields platforms", "protected by the safe-harbor provision of the
    DMCA", "Section 230 bars the claim"): a defence the article discusses, no claim's law. A
    law named right after a word of violating is one broken ("violated the Act by advertising
    its cameras as protected ..."), never a shield."""
    c = cues()  # (the shield words first: most mentions have none, and the violation test need not run)
    return bool(statute.mentions) and all(
        (c["shield_after"].match(text, m.end) or c["shield_before"].search(text, max(0, m.start - 100), m.start)) and
        not c["violation_before"].search(text, max(0, m.start - 60), m.start)
        for m in statute.mentions)


def share_regime(claim, main) -> None:
    """A regulator's or prosecutor's other action that names no law of its own is brought
    under the laws of its main one ("Ofcom fined X under the Act ... Ofcom also opened an
    investigation into Y"). Not a prosecution's: a co-defendant's plea told with no law of its
    own ("pleaded guilty to a single count of conspiracy") names none."""
    if claim.statutes or claim.kind != "enforcement" or main.kind == "lawsuit":
        return
    mine = {id(p) for _, p in claim.claimants if p is not None}
    if mine and mine & {id(p) for _, p in main.claimants if p is not None}:
        claim.statutes = list(main.statutes)


def with_acts(claimed, statutes, elsewhere: frozenset = frozenset()) -> list:
    """A claim under a section of an act the article also names on its own ("the DSA ...
    breaching Articles 25 and 39 of the DSA") is brought under that act too, unless the act is
    another action's (``elsewhere``: ids of the laws the other claims hold)."""
    acts = {st.name: st for st in statutes if st.section is None}
    out = list(claimed)
    held = {id(st) for st in out}
    for st in claimed:
        act = acts.get(st.act) if st.act else None
        if act is not None and id(act) not in held and id(act) not in elsewhere:
            out.append(act)
            held.add(id(act))
    return out


def distinct_statutes(statutes) -> list:
    """One entry per law name (the finder may give one law twice, e.g. in two spellings of a cite)."""
    seen, out = set(), []
    for st in statutes:
        if st.name not in seen:
            seen.add(st.name)
            out.append(st)
    return out


def tied_amounts(text: str, sent: tuple[int, int], amounts, loose: bool = False) -> list:
    """``loose``: a money word anywhere in the sentence ties its sums (for the main action)."""
    inside = [a for a in amounts if sent[0] <= a.start < sent[1]]
    if not inside:
        return []
    c = cues()
    out, prev = [], None
    loose = loose and c["money_sentence"].search(text, sent[0], sent[1]) is not None
    for a in inside:
        between = text[prev.end:a.start] if prev is not None else None
        if out and out[-1] is prev and c["money_listed"].match(between):
            out.append(a)  # the next part of a sum told by its parts ("R$ 6.1 million for X, R$ 1.9 million for Y")
            prev = a
            continue
        conversion = between is not None and (c["conversion"].match(between) is not None or (
            c["conversion_after_comma"].match(between) is not None and
            None not in (a.currency, prev.currency) and a.currency != prev.currency))
        prev = a
        if conversion:
            continue  # "£20,000 ($26,000)", "£2.31 million, or about $3.1 million"
        before = text[max(sent[0], a.start - 60):a.start]
        if _conduct(c, text, before, a, sent[1]):
            continue
        # a vague sum ("tens of millions of dollars") tells a scale: a claim's only where a tie word
        # says so ("penalties that could reach hundreds of millions of dollars")
        if (loose and not a.vague) or c["money_before"].search(before) or c["money_after"].match(text, a.end, sent[1]):
            out.append(a)
    return out


def _conduct(c, text: str, before: str, amount, hi: int) -> bool:
    """A sum of the business or the conduct ("earned revenue of $2m or less", "valued at $600
    million", "paid $20,000 less than"), unless a tie word stands closer to it than the word
    of business ("raised $5 million, and agreed to pay $2 million") or one follows the sum
    ("lost a $2 million verdict")."""
    if c["money_conduct_after"].match(text, amount.end, hi):
        return True
    m = c["money_conduct"].search(before)
    return m is not None and c["money_before"].search(before, m.end("word") if m.group("word") else m.end()) is None and \
        not c["money_after"].match(text, amount.end, hi)  # "lost a $2 million verdict"


def distinct_sums(amounts) -> list:
    """One sum told twice, rounded once ("$242 million" in the headline, "$242.6 million" in
    the body): the precise one stays."""
    out = []
    for a in amounts:
        if any(_rounded(a, b) for b in amounts if b is not a):
            continue
        out.append(a)
    return out


def _rounded(a, b) -> bool:
    """a is b written with fewer digits: same currency, no range or rate, within 1%."""
    if a.currency != b.currency or a.per or b.per or a.value_high or b.value_high or not b.value:
        return False
    digits = sum(ch.isdigit() for ch in a.text), sum(ch.isdigit() for ch in b.text)
    return a.value != b.value and abs(a.value - b.value) <= 0.01 * b.value and digits[0] < digits[1]


def caption(text: str, spans: list[tuple[int, int]], names: set[str]) -> Optional[str]:
    """'A v. B' in the claim's sentences, when a side names one of its parties."""
    for s, e in spans:
        if text.find(" v", s, e) == -1 or _V_MARK.search(text, s, e) is None:
            continue  # no "v." or "v" alone here ("very", "violated" are no caption): the pattern need not run
        for m in _CAPTION.finditer(text, s, e):
            a, b = m.group(1), m.group(2).rstrip(",")
            if any(n in a or a in n for n in names) or any(n in b or b in n for n in names):
                return f"{a} v. {b}"
    return None


def docket(text: str, spans: list[tuple[int, int]]) -> Optional[str]:
    for s, e in spans:
        if text.find("No", s, e) == -1 and (text.find(":", s, e) == -1 or text.find("-", s, e) == -1):
            continue  # every docket holds "No" or, a court's number, both ":" and "-"
        m = _DOCKET.search(text, s, e)
        if m:
            return m.group(0)
    return None


def one_per_respondent(text: str, claim) -> list:
    """A claim told in a sentence that counts actions against its respondents ("issued two
    provisional decisions against A and B", "has filed over 30 lawsuits, including several
    against A and B") is one action per respondent: copies with one respondent each."""
    if len(claim.respondents) < 2:
        return [claim]
    rx = cues()["plural_actions"]
    for s, e, _ in claim.evidence:
        if all(_named_in(text, s, e, name, party) for name, party in claim.respondents) and rx.search(text, s, e):
            return [replace(claim, respondents=[r], claimants=list(claim.claimants), statutes=list(claim.statutes),
                            amounts=list(claim.amounts), allegations=list(claim.allegations), dates=list(claim.dates),
                            evidence=list(claim.evidence)) for r in claim.respondents]
    return [claim]


def claimant_named(text: str, sent: tuple[int, int], main, others):
    """The one other action whose claimant the sentence names, when it names no side of the
    main action ("The FTC is asking the court to impose penalties of $50,000 per violation"
    beside the state's own suit), else None."""
    mine = {id(p) for _, p in main.claimants + main.respondents if p is not None}

    def names_claimant(claim) -> bool:
        return any(_named_in(text, sent[0], sent[1], name, party) for name, party in claim.claimants
                   if party is None or id(party) not in mine)
    if any(_named_in(text, sent[0], sent[1], name, party) for name, party in main.claimants + main.respondents):
        return None
    hits = [c for c in others if c.claimants and names_claimant(c)]
    return hits[0] if len(hits) == 1 else None


def other_body_acts(text: str, sent: tuple[int, int], main, parties) -> bool:
    """The sentence names a government body that is no side of the main action and none of
    the main action's claimants ("The Department of Education, which in 2015 fined Corinthian
    $30 million" beside the attorney general's suit): its sums are that body's action's."""
    if not main.claimants:
        return False
    if any(_named_in(text, sent[0], sent[1], name, party) for name, party in main.claimants):
        return False
    mine = {id(p) for _, p in main.claimants + main.respondents if p is not None}
    return any(p.kind == "government" and p.role in ("agency", "plaintiff") and id(p) not in mine and
               any(sent[0] <= m.start < sent[1] for m in p.mentions) for p in parties)


def _named_in(text: str, s: int, e: int, name: str, party) -> bool:
    if party is not None and any(s <= m.start < e for m in party.mentions):
        return True
    return text.find(name, s, e) != -1
