"""Stages and kinds: the latest step an action reached, and whether it is a suit, a
prosecution or a regulator's enforcement, from the events of its frames."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Optional

from claimx.io.resources import load_json
from claimx.extractors.claims.guards import NeedleCue
from claimx.extractors.claims.frames import Frame, cue_pattern, cues, guarded_cue, needle_cue
from claimx.extractors.parties.speakers import is_polity


def own_frames(frames: list[Frame], text: str, claim_sides: set, respondents: set,
               latest_year: Optional[int] = None) -> list[Frame]:
    """The frames whose steps are this action's: not a sentence that names parties but none of
    the action's respondents and does not refer to it, when it names none of its sides at all
    or opens on a year ("In 2023, Ring agreed to pay $5.8 million to settle FTC charges"):
    another case's step told beside it; so is
    a sentence that names no party, refers to no action and dates its step to a year ("... whose
    founder Elizabeth Holmes was convicted of fraud in 2022").
    A sentence opening on a year before the latest year the action's sentences date it to
    ("In 2019, Facebook paid a $5 billion penalty", in a story of a suit filed in 2025) tells an
    earlier case even when it names a respondent, unless it refers to the action.
    ``claim_sides``, ``respondents``: ids of the action's sides, and of its respondents."""
    led, told = _year_led()
    out = []
    for f in frames:
        if any(s != "filed" for s in f.stages) and not f.refers:
            if _lone_plea(f, frames, respondents):
                continue
            if not f.named & respondents and (
                    (f.named and (not f.named & claim_sides or led.match(text, f.start))) or
                    (not f.named and told.search(text, f.start, f.end))):
                continue
            if opens_earlier(text, f.start, latest_year):
                continue
        out.append(f)
    return out


def _lone_plea(frame: Frame, frames: list[Frame], respondents: set) -> bool:
    """The sentence tells a guilty plea, and names a respondent that no other sentence of the
    action names while they name others ("the firm's onetime finance director pleaded
    guilty and has agreed to testify"): a co-defendant's own case, not the action's
    step."""
    steps = [e for e in frame.events if e.stage and e.stage != "filed"]
    if not steps or any(e.stage != "settled" or e.kind != "prosecution" for e in steps):
        return False
    elsewhere = set().union(*(g.named for g in frames if g is not frame)) & respondents
    return bool(elsewhere and (frame.named & respondents) - elsewhere)


def opens_earlier(text: str, start: int, latest_year: Optional[int]) -> bool:
    """The sentence at ``start`` opens on a year before ``latest_year`` ("In 2019, ...")."""
    opening = _year_led()[0].match(text, start) if latest_year else None
    return opening is not None and int(opening.group(0)[-4:]) < latest_year


@lru_cache(maxsize=1)
def _year_led():
    d = load_json("cues/claim_frames.json")
    return re.compile(d["year_led"]), re.compile(d["year_told"])


def status_of(frames: list[Frame], text: str = "", kind: Optional[str] = None) -> str:
    """The latest stage reported. An appeals court's ruling comes after the appeal it decides
    and the lower court's steps it reviews ("a divided Ninth Circuit panel revived the suit
    ... argued the appeal", "reverses a judge who threw out the case"): the action stands
    ruled, unless an appeal to the highest court is reported. Told in one sentence ("revived
    through an appeal to the Ninth Circuit") the appeal may still be pending. A sentence that
    says it tells another action ("separately") sets nothing while others tell this one's. A
    civil suit (``kind`` "lawsuit") is not convicted, sentenced or pleaded to: such a step told
    among its sentences is a criminal case's ("one of the adults the complaint describes has
    since been convicted", "now that the criminal verdict is in, the commission will ask")."""
    rank = cues()["rank"]
    if text:
        apart = needle_cue("told_apart")
        own = [f for f in frames if not apart.search(text, f.start, f.end)]
        frames = own or frames  # "also appeals, separately, an older fine": another action's steps
    civil = kind == "lawsuit"
    stages = [(e.stage, f.start) for f in frames for e in f.events
              if e.stage and not (civil and e.kind == "prosecution" and e.stage != "filed")]
    if text and stages:
        appellate, final = _appellate()
        ruled_above = any("ruled" in f.stages and "appealed" not in f.stages and
                          _ruled_above(f, text, appellate) for f in frames)
        to_top = any("appealed" in f.stages and final.search(text, f.start, f.end) for f in frames)
        if ruled_above and not to_top:
            # the highest court's decision ("decided" by find_events) still ends the case
            stages = [(s, pos) for s, pos in stages if s not in ("appealed", "dismissed", "decided") or
                      any(s in f.stages and final.search(text, f.start, f.end) for f in frames)]
    if not stages:
        return "filed"
    top = max(rank[s] for s, _ in stages)
    counts = Counter(s for s, _ in stages if rank[s] == top)
    if "settled" in counts and "decided" in counts and _plea_then_sentence(frames):
        return "decided"  # "pleaded guilty ... and was fined": the sentence is the later step
    last = {s: pos for s, pos in stages}
    return max(counts, key=lambda s: (counts[s], last[s], s))


def _ruled_above(frame: Frame, text: str, appellate: re.Pattern) -> bool:
    """The sentence tells an appeals court's ruling: an appellate outcome ("won its appeal"), or
    a ruling beside an appeals court that is not only where an appeal goes ("asked the Ninth
    Circuit to", "goes on to a state appeals court", "an appeal to the Court of Appeals for the
    Ninth Circuit": that court has not ruled)."""
    if any(e.appellate and e.stage == "ruled" for e in frame.events):
        return True
    c = cues()
    dest = prev = None
    for m in appellate.finditer(text, frame.start, frame.end):
        if prev is not None and dest and c["appellate_name_tail"].match(text[prev:m.start()]):
            prev = m.end()
            continue  # the same court's name goes on ("Court of Appeals for the Ninth Circuit")
        dest = c["appellate_destination"].search(text, max(frame.start, m.start() - 40), m.start()) is not None
        prev = m.end()
        if not dest:
            return True
    return False


def _plea_then_sentence(frames: list[Frame]) -> bool:
    """A sentence tells a guilty plea and after it the sentence or fine ("pleaded guilty to four
    counts and was fined $50 million")."""
    for f in frames:
        pleas = [e.start for e in f.events if e.stage == "settled" and e.kind == "prosecution"]
        if pleas and any(e.stage == "decided" and e.start > pleas[0] for e in f.events):
            return True
    return False


@lru_cache(maxsize=1)
def _appellate():
    d = load_json("cues/claim_frames.json")
    return re.compile(d["appellate_court"]), re.compile(d["final_court"])


def kind_of(frames: list[Frame], claimants, courts, text: str = "") -> str:
    events, later = [], set()  # later: ids of the frames that tell a suit only to come
    body = [f for f in frames if not f.headline]
    if not (body and len(body) < len(frames) and any(e.kind for f in body for e in f.events)):
        body = frames  # else a headline joins two actions in one line: the body's words tell this one's kind
    voters = {id(f) for f in body}
    for f in frames:
        for e in f.events:
            if id(e) in f.to_come:
                later.add(id(f))
            elif id(f) in voters and not (text and _court_order(e, f, text)):
                events.append(e)
    if later:  # the court of a suit to come is not where this action is ("would file a suit with the High Court")
        courts = [c for c in courts if any(c in f.courts for f in frames if id(f) not in later) or
                  not any(c in f.courts for f in frames)]
    events = _without_back_nouns(events)
    votes = Counter(e.kind for e in events if e.kind and e.stage)
    if not votes:
        votes = Counter(e.kind for e in events if e.kind)
    regulators = bool(claimants) and all(p is not None and (p.kind == "government" or p.role == "agency") and
                                         not prosecutor_name(p.name) and not prosecutor_title(p) for _, p in claimants)
    if regulators and penalty_challenged(frames, text) and not votes.get("prosecution"):
        return "enforcement"  # its fine appealed in court is still the regulator's enforcement
    if (regulators or not claimants) and not votes.get("prosecution") and _penalty_by_regulator(frames, text):
        # "the penalty imposed by the competition watchdog", appealed before a tribunal: the
        # regulator's enforcement, also where the frames leave it unnamed (fill_agency names it)
        return "enforcement"
    if not votes:
        # no word of a kind: a regulator's action without a court is enforcement
        return "enforcement" if regulators and not courts and not _before_court(frames, text) else "lawsuit"
    # a tie goes to a suit, unless a regulator brings it and no court is in sight ("fined X
    # after complaints were lodged": the regulator's enforcement)
    tied = "enforcement" if regulators and not courts and not _before_court(frames, text) else "lawsuit"
    kind = max(votes, key=lambda k: (votes[k], k == tied, k == "lawsuit", k))
    if kind == "prosecution" and regulators and not any(is_polity(p) or p.name.endswith(" County") for _, p in claimants):
        # a regulator prosecutes no one (a state, county or city does: "Ohio indicted him"):
        # "HUD charges the owners with discriminating" is an administrative charge, "the SEC
        # charged him in a civil suit" a regulator's suit (the criminal words are another
        # case's told beside it, or the regulator's own "charges")
        return "lawsuit" if courts or votes.get("lawsuit") or _before_court(frames, text) else "enforcement"
    if kind == "enforcement" and (any("court" in c.name.lower() and "judge" not in c.name.lower() for c in courts) or
                                  _before_court(frames, text, civil_only=True)):
        return "lawsuit"  # a regulator that goes to court brings a suit
    if kind == "enforcement" and claimants and not any(p is not None and (p.kind == "government" or p.role == "agency")
                                                      for _, p in claimants):
        return "lawsuit"
    if kind == "enforcement" and not claimants and _court_orders(frames, text) and not penalty_challenged(frames, text):
        return "lawsuit"  # "ordered to pay $60m in penalties after the Federal Court found": no regulator, a court's order
    return kind


def _without_back_nouns(events: list) -> list:
    """Once a regulator's own proceeding is told ("filed an administrative complaint"), the bare
    nouns after it that refer back to it ("the complaint says") vote for no suit."""
    admin = cue_pattern("administrative_action")
    told = min((e.start for e in events if e.kind == "enforcement" and admin.search(e.text)), default=None)
    if told is None:
        return events
    back = cue_pattern("action_back_nouns")
    return [e for e in events if not (e.kind == "lawsuit" and e.voice is None and e.start > told and back.fullmatch(e.text))]


def penalty_challenged(frames: list[Frame], text: str) -> bool:
    """Its sentences tell a fine or penalty and its challenge ("lost its appeal against a 2.42
    billion euro fine", "the tribunal largely upheld the penalty"), and no suit's own filing
    ("the FTC sued Acme ... the court upheld the penalty" is the FTC's lawsuit): a regulator's
    enforcement the one it fined took to court."""
    if not text:
        return False
    challenged = guarded_cue("penalty_challenged")
    return any(challenged.search(text, f.start, f.end) for f in frames) and not _suit_filed(frames)


def _penalty_by_regulator(frames: list[Frame], text: str) -> bool:
    """Its sentences tell a fine or penalty imposed by a regulator ("the fine imposed by the
    watchdog"), not by a court, and no suit's own filing (as ``penalty_challenged``)."""
    cue = needle_cue("penalty_by_regulator")
    return bool(text) and any(cue.search(text, f.start, f.end) for f in frames) and not _suit_filed(frames)


def _suit_filed(frames: list[Frame]) -> bool:
    """One of the frames tells a suit's own filing in words of a suit ("the FTC sued Acme")."""
    suit = cue_pattern("suit_words")
    return any(ev.kind == "lawsuit" and suit.search(ev.text) for f in frames for ev in f.events)


def _before_court(frames: list[Frame], text: str, civil_only: bool = False) -> bool:
    """Its sentences take it to a court: a civil suit named as such ("a parallel civil case"),
    or (``civil_only`` false) a court, judge or jury in lower case ("filed in federal court";
    not "Elm Court Apartments", a name)."""
    civil, court = _civil_and_court()
    return bool(text) and any(civil.search(text, f.start, f.end) or
                              (not civil_only and court.search(text, f.start, f.end)) for f in frames)


@lru_cache(maxsize=1)
def _civil_and_court():
    d = load_json("cues/claim_frames.json")
    return NeedleCue(re.compile(d["civil_action"], re.IGNORECASE)), NeedleCue(re.compile(d["court_order_context"]))


def mark_to_come(frames: list[Frame], text: str) -> None:
    """``Frame.to_come``: the suits its sentence tells only as to come, read once a text, so that
    kind_of and the kinds the frames' words name in grouping (``voted_kinds``) leave them out."""
    for f in frames:
        f.to_come = {id(e) for e in f.events if _only_to_come(e, f, text)}


def _court_orders(frames: list[Frame], text: str) -> bool:
    """An order or penalty of the action is a court's (``_court_order``)."""
    return bool(text) and any(_court_order(e, f, text) for f in frames for e in f.events)


def _only_to_come(event, frame: Frame, text: str) -> bool:
    """'Coupang said it would take legal action to overturn the decision', 'plans to sue': an
    action to come tells no kind of the one the sentence reports (the words that keep an appeal
    unreached, ``unreached.appealed``, say so of any step)."""
    return event.kind == "lawsuit" and \
        cues()["unreached"]["appealed"].search(text, max(frame.start, event.start - 40), event.start) is not None


def _court_order(event, frame: Frame, text: str) -> bool:
    """'The judge ordered him to pay costs', 'the jury imposed ...': a court's order in a suit
    or a trial, no regulator's enforcement."""
    word = event.text.lower()
    return event.kind == "enforcement" and ("order" in word or "impos" in word) and \
        needle_cue("court_order_context").search(text, frame.start, frame.end) is not None


def prosecutor_name(name: str) -> bool:
    """A word of the name or title is a prosecutor's ("U.S. Attorney's Office", "District Attorney")."""
    return any(w in prosecutor_words() for w in name.split())


def prosecutor_title(p) -> bool:
    """A person whose title makes them a prosecutor ("Attorney General John Formella, whose
    office brought the charges", "District Attorney Alvin Bragg")."""
    return p.kind == "person" and bool(p.title) and bool(prosecutor_words().intersection(p.title.split()))


@lru_cache(maxsize=1)
def prosecutor_words() -> frozenset:
    return frozenset(load_json("cues/claim_frames.json")["prosecutor_words"])
