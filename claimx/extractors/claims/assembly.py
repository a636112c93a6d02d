"""Assembly: frames merged into distinct actions, each with its kind and latest stage.

Frames that share a respondent are one action unless both name claimants and none is shared
(a state suit and a parallel federal suit against one company are two); frames that name
only claimants join the action those claimants bring. A frame that names no side (the suit
"was dismissed") belongs to the action last spoken of. Parties the finder gave a plaintiff or
defendant role that no frame placed join the main action, the one reported most.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from claimx.io.resources import load_json
from claimx.extractors.claims.frames import Frame, cue_pattern
from claimx.extractors.claims.guards import NeedleCue
from claimx.extractors.claims.law_fit import place_of
from claimx.extractors.claims.others import foreign, guessed_link, ids as _ids, own_step, recalled, \
    voted_kinds as _voted_kinds
from claimx.extractors.claims.stages import kind_of, prosecutor_name, prosecutor_words


# after an office's mention: a role word and a name ("... Services director John Davis"; one
# capitalised word may be left of a name the finder cut short)
@lru_cache(maxsize=1)
def _appositive_words() -> frozenset:
    return frozenset(load_json("cues/claim_frames.json")["appositive_words"])


_EMPLOYEE = re.compile(r"(?:'s|’s)?(?:\s+[A-Z][a-z]+)?\s+(?:[a-z]+\s+){0,2}?([a-z]+)\s+(?=[A-Z])")


@dataclass
class Group:
    frames: list = field(default_factory=list)
    claimants: list = field(default_factory=list)
    respondents: list = field(default_factory=list)
    guessed: set = field(default_factory=set)  # sides placed by their party role only, no slot
    opens: bool = False  # opened by a sentence announcing a second action ("A parallel class action was filed")

    def add(self, frame: Frame) -> None:
        self.frames.append(frame)
        for p in frame.claimants:
            self._put(p, self.claimants, self.respondents, id(p) in frame.guessed, id(p) in frame.subjects)
        for p in frame.respondents:
            self._put(p, self.respondents, self.claimants, id(p) in frame.guessed, False)

    def absorb(self, other: "Group") -> None:
        """Another group's frames and sides: the same action told in pieces."""
        for f in other.frames:
            self.add(f)
        self.frames.sort(key=lambda f: f.start)

    def _put(self, p, mine: list, theirs: list, guessed: bool, subject: bool) -> None:
        """The subject of an active event outweighs a side its party role placed on the other
        side ("Epic claims ..." after the finder's role put Epic among the defendants)."""
        if p in mine:
            if not guessed:
                self.guessed.discard(id(p))
            return
        if p in theirs:
            if not subject or id(p) not in self.guessed:
                return
            theirs.remove(p)
        mine.append(p)
        if guessed:
            self.guessed.add(id(p))
        else:
            self.guessed.discard(id(p))

    @property
    def other(self) -> bool:
        return bool(self.frames) and self.frames[0].other

    @property
    def first(self) -> int:
        return self.frames[0].start


def mark_people(frames: list[Frame], text: str) -> None:
    """Frames whose action is brought by people named by a class noun only, as the sentence's
    subject ("A group of Illinois users has filed a class action against X") or its agent ("a
    petition filed at the High Court by 27 borrowers"): ``Frame.people``."""
    for f in frames:
        act = next((ev for ev in f.events if ev.voice == "active" and ev.kind), None)
        if act is not None and _people_cue("people_subject").fullmatch(text, f.start, act.start):
            f.people = True
        elif not f.claimants and any(ev.kind == "lawsuit" for ev in f.events):
            f.people = _people_cue("people_agent").search(text, f.start, f.end) is not None


@lru_cache(maxsize=2)
def _people_cue(name: str) -> NeedleCue:
    """A people cue with its CLASS slot filled by the class nouns ("users", "merchants")."""
    d = load_json("cues/claim_frames.json")
    nouns = "|".join(sorted(map(re.escape, d["class_nouns"]), key=len, reverse=True))
    return NeedleCue(re.compile(d[name].replace("CLASS", nouns), re.IGNORECASE))


def _agencies_only(sides: list) -> bool:
    return bool(sides) and all(x.party is not None and x.party.kind == "government" for x in sides)


def _people_and_agencies(people: "Group", agencies: list) -> bool:
    """A suit that people a class noun names bring (no name of theirs in any slot) and
    agencies suing the same respondent are two actions, not the agencies' one told twice."""
    return not people.claimants and any(f.people for f in people.frames) and _agencies_only(agencies)


def _second_people_suit(frames: list[Frame], g: "Group") -> bool:
    """The frames tell a second action ("Separately, 214 merchants filed a damages suit") that
    people a class noun names bring, beside a group no such people bring: not one action."""
    return any(f.people and f.parallel and not f.claimants for f in frames) and not any(h.people for h in g.frames)


def group_frames(frames: list[Frame]) -> list[Group]:
    groups: list[Group] = []
    last = None
    pending = []  # side-less frames before any action was named
    for f in frames:
        if not f.claimants and not f.respondents:
            if last is not None and foreign(f, groups):
                f.other = True  # "Flo itself settled with users": another case, no step of these
                g = Group()
                g.add(f)
                groups.append(g)
                continue
            opens = f.opens or (f.new_suit and last is not None and _enforcement_only(last) and not (f.other or f.past))
            beside = next((g for g in reversed(groups) if g.respondents and not g.other), None) if opens else None
            if beside is not None and not f.other:
                last = _opened_beside(f, beside)  # "A parallel class action was filed in Quebec"
                groups.append(last)
            elif last is not None:
                recalled(f, groups, last).add(f)
            else:
                pending.append(f)
            continue
        mine = _ids(f.claimants) | _ids(f.respondents)
        if not f.other and any(guessed_link(f, g, mine) for g in groups) and \
                not any(mine & (_ids(g.claimants) | _ids(g.respondents)) - g.guessed for g in groups):
            f.other = True
        fc = _ids(f.claimants)
        if not f.other and fc and fc <= f.captioned and any(
                _ids(f.respondents) & _ids(g.respondents) and _ids(g.claimants) - g.guessed - fc for g in groups):
            f.other = True  # "in a case known as Ortiz v. Snap" beside an action another claimant brings
        target = _find(groups, f)
        if target is not None and target is not last and last is not None and not f.claimants and \
                not _agencies_only(last.claimants) and any(h.people for h in last.frames) and _agencies_only(target.claimants) and \
                _ids(f.respondents) & _ids(last.respondents) and not (f.other or f.parallel or f.past):
            target = last  # "The complaint, filed Tuesday, says X ...": the people's action just told, not the agency's
        if target is not last and _brings_opened(f, last, groups):
            target = last  # "A representative claim was issued ... It is brought by Helen Ashworth": who brings it
        if target is not None and target is not last and _names_whom_last_sues(f, last):
            target = last  # "... a lawsuit brought by the League. The suit names Kramer and Lingo as defendants"
        if target is None and last is not None and not f.respondents and f.refers and \
                _ids(f.claimants) & f.subjects and not (f.other or f.parallel or f.past):
            target = last  # "Griggs filed the suit Wednesday": who brings the action just told
        if target is None and last is not None and not f.respondents and not last.claimants and \
                any(h.people for h in last.frames) and not (f.other or f.parallel or f.past):
            target = last  # "A group of users has sued X. ... The lead plaintiffs, A and B, ...": their names
        if target is None:
            target = Group()
            groups.append(target)
        target.add(f)
        last = target
    if pending:
        if groups:
            # before any action is named, a step told in the past that refers to none ("Three
            # years ago, B was convicted of fraud") is another case's
            pending = [f for f in pending if not (f.past and own_step([f]) and not f.refers)]
            for f in reversed(pending):
                groups[0].frames.insert(0, f)
        elif any(f.stages for f in pending):
            g = Group()
            for f in pending:
                g.add(f)
            groups.append(g)
    return groups


def _enforcement_only(g: Group) -> bool:
    """A regulator's action: who brings it is named and its words name enforcement only (a
    fine, an order), so a suit told as new beside it is another action."""
    return bool(g.claimants) and not g.other and _voted_kinds(g.frames) == {"enforcement"}


def _opened_beside(f: Frame, beside: Group) -> Group:
    """A sentence that names no side and announces a second action ("A parallel proposed class
    action was filed last month in Quebec") opens one against the respondents of the action
    last told with any, brought by someone the text does not name."""
    g = Group(opens=True)
    g.add(f)
    g.respondents.extend(beside.respondents)
    g.guessed.update(id(x) for x in beside.respondents)
    return g


def _brings_opened(f: Frame, last, groups: list[Group]) -> bool:
    """The sentence right after an action opened with no side names who brings it, and no
    respondent but the opened action's ("brought by Carla Mendes, a Drovo customer"), and its
    claimants bring no other action told so far."""
    if last is None or not last.opens or last.claimants or not f.claimants or f.other or f.parallel:
        return False
    mine = _ids(f.claimants)
    return _ids(f.respondents) <= _ids(last.respondents) and \
        not any(mine & _ids(g.claimants) for g in groups if g is not last)


def _names_whom_last_sues(f: Frame, last) -> bool:
    """A sentence that refers to an action ("The suit ...") and names only respondents, right
    after an action told by its claimants alone: that action's respondents, even when another
    action of the article is against them too."""
    return last is not None and f.refers and f.respondents and not f.claimants and \
        last.claimants and not last.respondents and not last.other and \
        not (f.other or f.parallel or f.past)


def _find(groups: list[Group], f: Frame):
    fc, fr = _ids(f.claimants), _ids(f.respondents)
    best = None
    for g in groups:
        if g.other != f.other:
            continue  # "a similar suit" is not the suit the article is about
        gc, gr = _ids(g.claimants), _ids(g.respondents)
        if fr and fr & gr and f.parallel and _apart_from(f, g):
            continue  # "The SEC also filed a civil suit against him": beside the prosecution, its own action
        if fr and fr & gr and not fc and f.people and _agencies_only(g.claimants):
            continue  # "A group of users has filed a class action against X" beside the FTC's suit against X
        if fr and fr & gr and not fc and (_second_people_suit([f], g) or (f.people and _other_kind(f, g))):
            # "Separately, 214 merchants filed a damages suit against X"; "Shareholders brought a
            # class action against X" beside his prosecution: a second action, not the one told
            continue
        if fr and fr & gr and not fc and _civil_beside_regulator(f, g):
            continue  # "Collective claims against Apple are pending in Amsterdam" beside the Commission's fine
        if fr and fr & gr and fc and not gc and _people_and_agencies(g, f.claimants):
            continue  # "In April, the FTC sued X" beside "A group of users has filed a class action against X"
        if fr and fr & gr and fc and not gc and (not fc <= f.guessed and (
                f.parallel or _other_kind(f, g) or _regulator_beside_prosecution(f, g)) or
                _agencies_only(f.claimants) and _other_kind(f, g)):
            # "The bureau's own case against X" beside an action no sentence names a claimant of;
            # "the FCC finalized a fine against him" beside his prosecution, its prosecutor unnamed;
            # an agency placed by its role only, in words of another kind ("HHS's civil rights
            # office, which enforces HIPAA, opened an investigation" beside the patients' suit)
            continue
        if fr and fr & gr:
            if fc and fc <= f.guessed and gc and not fc & gc and not f.parallel:
                # claimants placed by their role only, beside an action's own: the action's sentence
                # (unless it says it tells a second action: "Smartmatic is pursuing its own suit")
                f.claimants = [x for x in f.claimants if id(x) not in f.guessed]
                return g
            if fc and gc and not fc & gc and not official_and_office(f.claimants, g.claimants) and \
                    (f.parallel or not one_side(f.claimants, g.claimants)):
                continue  # a parallel action by someone else
            return g
        if not fr and fc and fc & gc:
            best = best or g
        if fr and not gr and fc and fc & gc:
            best = best or g  # the action was known by its claimants only
    return best


def _civil_beside_regulator(f: Frame, g: Group) -> bool:
    """A sentence that tells a civil suit only, by someone it does not name, and no appeal or
    challenge of anything ("Collective claims ... are pending before the Amsterdam District
    Court"), beside a regulator's enforcement: a private action of its own, not the fine's
    challenge (which its fined company brings, or which its words tell)."""
    return _enforcement_only(g) and not any(prosecutor_name(x.name) for x in g.claimants) and \
        _voted_kinds([f]) == {"lawsuit"} and "appealed" not in f.stages


def _beside_prosecution(f: Frame, g: Group) -> bool:
    """A sentence told as a parallel action that names who brings it ("In a parallel civil case,
    the SEC accused him ...") beside a prosecution whose prosecutor no sentence names: its own
    action, not the prosecutor the prosecution lacks."""
    return bool(f.claimants) and not g.claimants and "prosecution" not in {ev.kind for ev in f.events} and \
        kind_of(g.frames, [], []) == "prosecution"


def _agency_step_apart(brought: Group, unnamed: Group) -> bool:
    """Agencies bring ``brought``, and the sentences that name them tell a step of another kind
    than the words of ``unnamed``, an action no sentence names a claimant of."""
    return _agencies_only(brought.claimants) and \
        _apart(_voted_kinds([f for f in brought.frames if f.claimants]), _voted_kinds(unnamed.frames))


def _regulator_beside_prosecution(f: Frame, g: Group) -> bool:
    """A regulator, no prosecutor, named as who brings the frame's step ("The SEC accused Holmes
    of ...") beside a prosecution whose prosecutor no sentence names: the regulator's own civil
    action, not the prosecution's missing prosecutor."""
    own = [x for x in f.claimants if id(x) not in f.guessed]
    return bool(own) and _agencies_only(own) and not any(prosecutor_name(x.name) for x in own) and \
        _beside_prosecution(f, g)


def _apart_from(f: Frame, g: Group) -> bool:
    """A parallel action the frame tells is not the group's: another kind, or beside a
    prosecution whose prosecutor no sentence names."""
    return _other_kind(f, g) or _beside_prosecution(f, g)


def _apart(mine: set, theirs: set) -> bool:
    return bool(mine and theirs) and not mine & theirs


def _kinds_apart(g: Group, h: Group) -> bool:
    """The two groups' actions are told in words of different kinds (a prosecution's, a civil
    suit's): the kind most of each group's words name (``voted_kinds``) differs."""
    return _apart(_voted_kinds(g.frames), _voted_kinds(h.frames))


def _other_kind(f: Frame, g: Group) -> bool:
    """The frame's action is of another kind (a civil suit, a prosecution) than the group's."""
    return _apart(_voted_kinds([f]), _voted_kinds(g.frames))


def merge_overlapping(groups: list[Group]) -> list[Group]:
    """Groups that are one action told in pieces: they share a respondent and their claimants
    do not differ, or share a claimant and their respondents do not differ. One respondent
    sued by different claimants is two parallel actions; one claimant suing two respondents in
    different sentences is two suits; a countersuit is its own action."""
    out: list[Group] = []
    for g in groups:
        for h in out:
            if not _same_action(g, h):
                continue
            h.absorb(g)
            break
        else:
            related = any(_shares(g, h) for h in out)
            if not related or g.opens or any(f.strong or f.people or f.parallel for f in g.frames):
                # a second action against (or by) the same side needs a slot that says so,
                # people a class noun names who bring it ("Shareholders ... brought a class
                # action"), or words that tell it apart ("separate from a class action filed")
                out.append(g)
    return out


def fold_accusations(groups: list[Group]) -> list[Group]:
    """A group told only in words of accusing ("X accused Musk of retaliating", "the group
    alleges ...") by the claimant of an action told in words of one ("X is suing Y") says
    what that action claims, not a second action: its sentences join that action (for the
    sums, laws and dates they hold), its sides do not (the accused person is the accused
    conduct's author, not a party the action names)."""
    def accusing(g: Group) -> bool:  # no verb of an action ("sued", "charged"); nouns ("the lawsuit") may be there
        events = [ev for f in g.frames for ev in f.events]
        return any(ev.kind is None and ev.voice == "active" and ev.stage == "filed" for ev in events) and \
            not any(ev.kind and ev.voice for ev in events) and not any(f.parallel for f in g.frames)

    out = []
    for g in groups:
        host = None
        if accusing(g) and g.claimants and not g.other:
            mine = _ids(g.claimants)
            host = next((h for h in groups if h is not g and not accusing(h) and not h.other and
                         mine & _ids(h.claimants)), None)
        if host is None:
            out.append(g)
            continue
        host.frames.extend(f for f in g.frames if f not in host.frames)
        host.frames.sort(key=lambda f: f.start)
    return out


def official_and_office(a: list, b: list) -> bool:
    """'Texas sued Google' and 'Texas Attorney General Ken Paxton sued Google': one side, a
    government and a titled official acting for it, not two parallel suits. The government
    must be one the official can act for: a place ('Texas', 'the City of Chicago'), an office
    named by the title ('the Attorney General's Office'), or a prosecuting body beside a
    prosecutor; a state's attorney general and the FTC suing one company are two actions."""
    def officials(sides) -> bool:
        return all(s.party is not None and s.party.kind == "person" and s.party.title for s in sides)

    def acts_for(officials_side, government_side) -> bool:
        titles = [s.party.title for s in officials_side]
        return any(s.party is not None and s.party.kind == "government" and
                   any(_acts_for(title, s.party.name) for title in titles) for s in government_side)

    return bool(a and b) and ((officials(a) and acts_for(a, b)) or (officials(b) and acts_for(b, a)))


def _acts_for(title: str, government: str) -> bool:
    if _headed_by(title, government):
        return True
    words = prosecutor_words()
    return bool(words.intersection(title.split())) and bool(words.intersection(government.split()))


def _headed_by(title: str, government: str) -> bool:
    """A place ("Texas", "the City of Chicago") or an office named by the title ("the Attorney
    General's Office"): what an official of that title heads and may sue for in her name."""
    return title.lower() in government.lower() or bool(_POLITY.search(government)) or government in _places()


_POLITY = re.compile(r"^(?:[Tt]he\s+)?(?:State|City|County|Commonwealth|Town|Village|People|Government)\s+of\b|\sCounty$")


@lru_cache(maxsize=1)
def _places() -> frozenset:
    """States and countries, from the place list the party finder reads (not the statute data)."""
    pl = load_json("lexicons/places.json")
    return frozenset(pl["us_states"]) | frozenset(pl["countries"])


def one_side(a: list, b: list) -> bool:
    """Claimants the parties finder reads as plaintiffs of one article, against one respondent and
    with no word of a second action: one plaintiff under two names ("Harry", "the Duke of Sussex")."""
    return all(s.party is not None and s.party.role == "plaintiff" and s.party.kind != "government"
               for s in a + b)


def shares_respondent(g: Group, h: Group) -> bool:
    return bool(_ids(g.respondents) & _ids(h.respondents))


def _shares(g: Group, h: Group) -> bool:
    return bool((_ids(g.claimants) | _ids(g.respondents)) & (_ids(h.claimants) | _ids(h.respondents)))


def _same_action(g: Group, h: Group) -> bool:
    if g.other != h.other:
        return False
    gc, hc, gr, hr = _ids(g.claimants), _ids(h.claimants), _ids(g.respondents), _ids(h.respondents)
    if gc & hr or hc & gr:
        return False
    if gr & hr and any(f.parallel and _apart_from(f, h if f in g.frames else g) for f in g.frames + h.frames):
        return False  # a parallel action of another kind against the same respondent
    if gr & hr and (_people_and_agencies(g, h.claimants) or _people_and_agencies(h, g.claimants)):
        return False
    if gr & hr and (_second_people_suit(g.frames, h) or _second_people_suit(h.frames, g) or
                    (any(f.people for f in g.frames) != any(f.people for f in h.frames) and _kinds_apart(g, h))):
        return False  # people's suit beside a second action, or beside an action of another kind
    if (g.opens or h.opens) and not (gc & hc):
        return False  # "A parallel class action was filed in Quebec": announced as a second action
    if gr & hr and bool(gc) != bool(hc):  # one respondent; who brings one of the two is untold
        brought, unnamed = (g, h) if gc else (h, g)
        if _kinds_apart(g, h):
            return False  # his prosecution, its prosecutor unnamed, and the League's civil suit against him
        if any(_regulator_beside_prosecution(f, unnamed) for f in brought.frames):
            return False  # the SEC's own case against her beside her prosecution
        if _agency_step_apart(brought, unnamed):
            return False  # a regulator's investigation beside the patients' suit, their names untold
        if any(f.parallel and f.claimants and not _ids(f.claimants) <= f.guessed for f in brought.frames):
            return False  # "The bureau's own case against X" beside an action no sentence names a claimant of
    if gr & hr:
        return not (gc and hc and not gc & hc and not official_and_office(g.claimants, h.claimants) and
                    (any(f.parallel for f in g.frames + h.frames) or not one_side(g.claimants, h.claimants)))
    if gc & hc:
        return not (gr and hr)
    return False


def weak(g: Group, text: str) -> bool:
    """One sentence and only names no party covers, named nowhere else: a misread slot; or one
    sentence that reaches no step and whose sides are only guessed from their roles ("Becquet
    has not been criminally charged"): no action told."""
    if len(g.frames) > 1:
        return False
    sides = g.claimants + g.respondents
    if not g.frames[0].stages and sides and all(id(x) in g.guessed for x in sides):
        return True
    if any(x.party is not None for x in sides):
        return False
    return all(text.count(x.name) < 2 for x in sides)


def employer_only(text: str, party) -> bool:
    """Every mention of the party names someone's employer ("former Department of Human
    Services director John Davis", "an FBI agent"): the office the accused worked for, not
    the one that brings the action."""
    words = _appositive_words()
    for m in party.mentions:
        after = _EMPLOYEE.match(text, m.end)
        if after is None or after.group(1).lower() not in words:
            return False
    return bool(party.mentions)


@lru_cache(maxsize=1)
def _investigators() -> re.Pattern:
    words = load_json("cues/claim_frames.json")["investigators"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b")


def investigator(party) -> bool:
    """An agency that investigates a crime (the FBI, the police), not the office that prosecutes it."""
    return investigator_name(party.name)


def investigator_name(name: str) -> bool:
    return _investigators().search(name) is not None


def fill_agency(claim_sides: list, kind: str, frames: list[Frame], parties, sides, text: str = "",
                elsewhere=frozenset()) -> None:
    """An enforcement or prosecution with no named claimant is brought by the agency the
    article reports acting (in its sentences, else the one mentioned most), not one named as
    the accused's employer, nor one that brings another action of the article (``elsewhere``,
    ids of sides: the SEC's parallel civil suit beside a prosecution whose prosecutor is unnamed)."""
    if claim_sides or kind == "lawsuit":
        return
    agencies = [p for p in parties if p.role in ("agency", "plaintiff") and p.kind == "government" and
                not (text and employer_only(text, p)) and not (kind == "prosecution" and investigator(p)) and
                id(sides.of_party(p)) not in elsewhere]
    if not agencies:
        return
    if kind == "prosecution":
        # a prosecution is a prosecutor's: "indicted separately by the same office" beside the
        # prosecutors' office and a competition regulator is the office's
        agencies = [p for p in agencies if prosecutor_name(p.name)] or agencies
    inside = [p for p in agencies if any(f.start <= m.start < f.end for f in frames for m in p.mentions)]
    pick = inside[:1] or [max(agencies, key=lambda p: (len(p.mentions), -p.first.start))]
    claim_sides.extend(sides.of_party(p) for p in pick)


def main_group(groups: list[Group]):
    """The action reported most; one told as another or earlier case is the main one only
    when the article reports no other."""
    return max(groups, key=lambda g: (not g.other, len(g.frames), -g.first)) if groups else None


def add_unplaced(groups: list[Group], parties, sides, aside=frozenset(), text: str = "") -> None:
    """Plaintiffs and defendants no frame placed join the main action (not the parties named
    as no side: ``aside``, a court's division)."""
    placed, owners = set(), set(aside)
    for g in groups:
        placed |= _ids(g.claimants) | _ids(g.respondents)
        owners.update(*(f.aside for f in g.frames))
    main = main_group(groups)
    if main is None:
        return
    elsewhere = [(f.start, f.end) for g in groups if g is not main for f in g.frames]
    slot_read = [f for f in main.frames if any(id(x) not in f.guessed for x in f.claimants)]
    for p in parties:
        side = sides.of_party(p)
        if id(side) in placed or id(p) in owners:
            continue
        if p.mentions and all(any(s <= m.start < e for s, e in elsewhere) for m in p.mentions):
            continue  # named only where another action is told ("and Dow Jones sued Perplexity"): not the main one's
        if p.role == "plaintiff" and p.mentions and all(any(f.start <= m.start < f.end for f in slot_read)
                                                        for m in p.mentions):
            continue  # named only in sentences whose slots say who brings it ("A, which publishes B, sued C")
        if p.role == "plaintiff":
            (_told_with(groups, main, p, text) or _private_suit(groups, main, p) or main).claimants.append(side)
        elif p.role == "defendant":
            main.respondents.append(side)


_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")


def _told_with(groups: list[Group], main: Group, party, text: str):
    """The one other action a plaintiff no slot placed is named with, where the main action's
    sentences never name her: one of its sentences names her ("The suit, led by A, ..."), or,
    named in no action's sentence, the sentence right before her first mention is one of its
    ("... a class action filed in March. The lead applicant, A, says ...")."""
    frames = sorted(((f.start, f.end, g) for g in groups for f in g.frames), key=lambda t: t[:2])
    if any(f.start <= m.start < f.end for f in main.frames for m in party.mentions):
        return None
    holders = {id(g): g for s, e, g in frames for m in party.mentions if s <= m.start < e}
    if holders:
        return next(iter(holders.values())) if len(holders) == 1 else None
    first = party.mentions[0].start
    before = [(s, e, g) for s, e, g in frames if e <= first]
    if before and before[-1][2] is not main and not _SENTENCE_END.search(text, before[-1][1], first):
        return before[-1][2]  # the sentence right before hers
    return None


def _private_suit(groups: list[Group], main: Group, plaintiff):
    """Beside a main action that is a regulator's enforcement, a suit no sentence names a
    claimant of ("A proposed class action was filed ...") is where a private plaintiff no
    frame placed belongs, not the regulator's fine."""
    if plaintiff.kind == "government" or not _enforcement_only(main):
        return None
    return next((g for g in groups if g is not main and not g.claimants and not g.other and
                 "lawsuit" in _voted_kinds(g.frames)), None)


@lru_cache(maxsize=1)
def _polity_heads() -> frozenset:
    return frozenset(t.lower() for t in load_json("cues/claim_frames.json")["polity_heads"])


def add_officials(groups: list[Group], parties, sides, text: str = "") -> None:
    """The official who heads a government's legal office ("Attorney General Dana Okafor"),
    named in the article but brought against in none of its actions, brings the actions her
    government brings ("Oregon sued ..."; "Texas settled ..., and Paxton's office has also sued
    Google": both are hers): those of her own state where the text says which ("Texas Attorney
    General Ken Paxton"), else those of the one government the actions are all brought by."""
    heads = _polity_heads()
    accused = set()
    for g in groups:
        accused |= _ids(g.respondents)
    for p in parties:
        if p.kind != "person" or not p.title or p.title.lower() not in heads or p.role not in ("agency", "plaintiff"):
            continue
        side = sides.of_party(p)
        if id(side) in accused:
            continue
        # the government must be her place or her own office: the U.S. attorney general beside
        # the Justice Department speaks for it (agency), she brings nothing in her name
        hosts = [g for g in groups if not g.other and g.claimants and
                 all(x.party is not None and x.party.kind == "government" for x in g.claimants) and
                 any(_headed_by(p.title, x.party.name) for x in g.claimants)]
        mine = place_of(text, p)
        if mine is not None:
            hosts = [g for g in hosts if any(place_of(text, x.party) == mine for x in g.claimants)]
        elif len({place_of(text, x.party) for g in hosts for x in g.claimants}) > 1:
            continue  # two governments' actions and no word of whose official she is
        for g in hosts:
            if id(side) not in _ids(g.claimants):
                g.claimants.append(side)
    _add_offices(groups, parties, sides, text, heads, accused)


def _add_offices(groups: list[Group], parties, sides, text: str, heads: frozenset, accused: set) -> None:
    """The office of an official who brings an action, named in the article ("Attorney General
    Keith Ellison sued ... The Minnesota Attorney General's Office said ..."), brings it with
    her: the office of her title, of her own place where the text says it."""
    offices = [p for p in parties if p.kind == "government" and id(sides.of_party(p)) not in accused and
               _OFFICE.search(p.name)]
    if not offices:
        return
    for g in groups:
        if g.other:
            continue
        for x in list(g.claimants):
            p = x.party
            if p is None or p.kind != "person" or not p.title or p.title.lower() not in heads:
                continue
            mine = place_of(text, p)
            for office in offices:
                side = sides.of_party(office)
                if p.title.lower() in office.name.lower() and (mine is None or place_of(text, office) == mine) \
                        and id(side) not in _ids(g.claimants):
                    g.claimants.append(side)


_OFFICE = re.compile(r"['\u2019]s\s+Office$|^(?:[Tt]he\s+)?Office\s+of\b")


def is_optional(group: Group, main: Group) -> bool:
    """An action mentioned in passing: not the main one, reported in few sentences, and in
    words that mark an earlier or other case."""
    if group is main:
        return False
    if group.other:
        return True
    if group.opens:
        return False  # announced as a parallel or separate action, not a case recalled
    if len(group.frames) > 2:
        return False
    # told in one or two sentences: in passing when told in the past, or when it shares no side
    # with the main action ("In 2024, C agreed to pay $20 million to settle a class action")
    return all(f.past for f in group.frames if f.claimants or f.respondents) or not _shares(group, main)
