"""The main action and what joins it: the action reported most, and the groups that are
pieces of it told apart (only its claimants, only its respondents, only the noun of an action,
the accused named with no kind of action, "the company" as the subject of a respondent's step).
Used by ``claims.ClaimFinder.find`` after ``assembly`` has grouped the frames.
"""
from __future__ import annotations

import re
from functools import lru_cache

from claimx.io.resources import load_json
from claimx.extractors.claims.assembly import Group
from claimx.extractors.claims.frames import Frame
from claimx.extractors.claims.others import ids as _ids, own_step
from claimx.extractors.claims.stages import kind_of


@lru_cache(maxsize=1)
def _respondent_ref() -> re.Pattern:
    words = load_json("cues/claim_frames.json")["respondent_refs"]
    return re.compile(r"\b(?:the|this)\s+(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) +
                      r")\s+(?:(?:has|had|have|will|would|also|then|later|eventually|previously|quickly)\s+)?$",
                      re.IGNORECASE)


def _ref_pays(text: str, frame: Frame) -> bool:
    """A respondent's step (a passive event: "agreed to pay", "was fined") whose subject is
    "the company" or the like: the accused the article is about, told by reference."""
    return any(ev.voice == "passive" and _respondent_ref().search(text, max(frame.start, ev.start - 40), ev.start)
               for ev in frame.events)


def give_referred_respondents(groups: list[Group], main: Group, text: str) -> None:
    """An action whose claimant is named and whose other side is only "the company" as the
    subject of a respondent's step ("In a case brought by the FTC, the company agreed to pay
    $4.2 million to settle") is one against the main action's respondent, not too thin to stand."""
    for g in groups:
        if g is not main and g.claimants and not g.respondents and not g.other and main.respondents and \
                not _ids(g.claimants) & _ids(main.respondents) and any(_ref_pays(text, f) for f in g.frames):
            g.respondents.extend(main.respondents)


def join_claimants_only(groups: list[Group], main: Group) -> list[Group]:
    """Where the main action names no claimant, a group known only by who brings it ("the
    suit was filed by X", "X brought this action") is the main action's claimants told apart."""
    if main.claimants:
        return groups
    out = []
    for g in groups:
        if g is not main and not g.respondents and g.claimants and not g.other:
            main.absorb(g)
        else:
            out.append(g)
    return out


def join_respondents_only(groups: list[Group], main: Group) -> list[Group]:
    """Where the main action names no respondent and one other action of the article does
    (in words that mark no other or earlier case), they are one action told in pieces: "Ms.
    Doe alleges ..." in most sentences, "the firm filed a lawsuit against X" in one."""
    if main.respondents:
        return groups
    others = [g for g in groups if g is not main and g.respondents and not g.other and
              not all(f.past for f in g.frames) and not any(f.parallel for f in g.frames)]
    if len(others) != 1 or _ids(others[0].respondents) & _ids(main.claimants):
        return groups
    main.absorb(others[0])
    return [g for g in groups if g is not others[0]]


def join_told_by_noun(groups: list[Group], main: Group) -> list[Group]:
    """A group that names respondents only and reports no step in a verb of its own, only the
    noun of an action ("The lawsuits also name the accused shooter", "the suit accuses
    Zuckerberg"), speaks of the main action: its respondents are the main action's."""
    out = []
    for g in groups:
        events = [ev for f in g.frames for ev in f.events]
        if g is not main and g.respondents and not g.claimants and not g.other and \
                not any(f.past or f.parallel for f in g.frames) and not own_step(g.frames) and \
                any(ev.kind == main_kind(main) and ev.voice is None for ev in events) and \
                not any(ev.kind and ev.voice for ev in events):
            main.absorb(g)
        else:
            out.append(g)
    return out


def main_kind(main: Group) -> str:
    return kind_of(main.frames, [], [])


def join_kindless_accused(groups: list[Group], main: Group) -> list[Group]:
    """In an article whose main action is a prosecution or enforcement, a group naming only
    the accused, in words that say no kind of action ("X and Y are accused of ..."), or, in a
    prosecution, in words of one with no word of a second ("Y pleaded not guilty"), is more
    of the main action's accused, not an action of its own."""
    kind = main_kind(main)
    if kind == "lawsuit":
        return groups
    out = []
    for g in groups:
        kinds = {e.kind for f in g.frames for e in f.events if e.kind}
        told_before = all(f.past for f in g.frames) and own_step(g.frames)  # "... last year, in which three pleaded guilty"
        if g is not main and g.respondents and not g.claimants and not g.other and not told_before and \
                (not kinds or (kind == "prosecution" and kinds == {"prosecution"} and
                               not any(f.parallel for f in g.frames))):
            # "Ann McGrew pleaded not guilty Wednesday": one more of the main prosecution's accused
            main.absorb(g)
        else:
            out.append(g)
    return out
