"""Another case's steps: which sentences tell a step of an action other than the one they
would join (a background verdict, an earlier settlement), and which refer back to one told
before ("the settlement"). Used by ``assembly.group_frames`` on its groups (``assembly.Group``)."""
from __future__ import annotations

from claimx.extractors.claims.frames import Frame
from claimx.extractors.claims.stages import kind_of


def ids(parties) -> set:
    return {id(p) for p in parties}


def kinds(frames) -> set:
    """The kinds of action the frames' words name (a prosecution's "charged", a suit's "sued")."""
    return {ev.kind for f in frames for ev in f.events if ev.kind and id(ev) not in f.to_come}


def voted_kinds(frames) -> set:
    """The kind of action the frames' words name, or where they name several, the kind most
    of them name ("settled a group action", "the group claim" and one "was fined")."""
    body = [f for f in frames if not f.headline]
    if body and len(body) < len(frames) and kinds(body):
        frames = body  # a headline joins two actions in one line ("fine frozen as consumers sue"): the body tells which
    named = kinds(frames)
    return {kind_of(frames, [], [])} if len(named) > 1 else named


def own_step(frames) -> bool:
    """A step beyond the filing: a ruling, settlement, dismissal, outcome or appeal."""
    return any(s != "filed" for f in frames for s in f.stages)


def guessed_link(f: Frame, g, mine: set) -> bool:
    """A sentence with a step of its own that does not refer to the action ("a jury found
    Meta liable, a verdict Meta will appeal") and shares with it only sides the action has by
    their party role, no slot, while it names another side in a slot: another case's step,
    not this action's."""
    sides = ids(g.claimants) | ids(g.respondents)
    shared = mine & sides
    return bool(shared) and not f.refers and own_step([f]) and shared <= g.guessed and \
        bool(sides - g.guessed - mine)  # the action is known by a slot's side the sentence leaves out


def recalled(f: Frame, groups: list, last):
    """A sentence that names no side belongs to the action last spoken of, unless it names
    its step as one told before ("the settlement was signed last week") that only an earlier
    action reported: then that one's, and of the actions that reported it, the last one of
    the kind the sentence's words name ("the group action", not the regulator's fine told
    since)."""
    def told(g) -> set:
        return {s for h in g.frames for s in h.stages}
    if not f.recalls or f.recalls & told(last):
        return last
    told_it = [g for g in reversed(groups) if f.recalls & told(g)]
    if not told_it:
        return last
    mine = kinds([f])
    return next((g for g in told_it if mine & voted_kinds(g.frames)), told_it[0]) if mine else told_it[0]


def foreign(f: Frame, groups: list) -> bool:
    """A sentence that reports a step, names parties but no side of any action told so far,
    and does not refer to one ("the suit", "the company", "It ..."): another case's step."""
    if not f.stages or not f.named or f.refers:
        return False
    known = set()
    for g in groups:
        known |= ids(g.claimants) | ids(g.respondents)
    return not f.named & known
