"""Groups: a document's party mentions in text order, joined into lists ("A, B and C" share the
cue before the first and after the last), with what the role steps ask of each list, made once
per document: ``assign_roles`` asked each question of a list's members up to three times."""
from __future__ import annotations

import re
from operator import itemgetter

from claimx.models import Party

from .people import people_cues
from .orgs import ends_title_line

# "A, B and C", "Im.ge and pornography service provider AVS Group Ltd"
_LIST_JOIN = re.compile(people_cues().hometown_aside + r"(?:\s*(?:,|;|&|or)\s*(?:the\s+)?|\s*[,;]?\s*(?:and|&)\s+(?:the\s+)?(?:(?!(?:are|is|was|were|has|have|had|by|who|which|that|"
                        r"will|would|said|says|the)\b)[a-z][\w-]*,?\s+){0,3})")
# an appositive's head: a lowercase word, after an article or not ("A, a baker in", "A, owner
# of"); "A, the Big Ten Conference" is a list
_ASIDE_HEAD = re.compile(r",\s+(?!(?:the|an?)\s+[^a-z])(?:(?:the|an?)\s+)?[a-z]")
_AND_OR = re.compile(r"\b(?:and|or)\b|&")


class Group:
    """One mention or list of mentions: ``members`` [(start, end, party)], ``start`` of the
    first, ``end`` of the last, and whether every member is a guess only a frame vouches for
    (``frame_only``), an organization (``orgs``), a bare state or city (``places``)."""

    __slots__ = ("members", "start", "end", "frame_only", "orgs", "places")

    def __init__(self, members: list):
        self.members = members
        self.start, self.end = members[0][0], members[-1][1]
        if len(members) == 1:  # most groups: one mention, read without three generators
            p = members[0][2]
            self.frame_only, self.orgs, self.places = "frame-only" in p.evidence, p.kind == "organization", "place" in p.evidence
            return
        self.frame_only = all("frame-only" in p.evidence for _, _, p in members)
        self.orgs = all(p.kind == "organization" for _, _, p in members)
        self.places = all("place" in p.evidence for _, _, p in members)


def mention_spans(parties: list[Party]) -> list[tuple]:
    """(start, end, party) of every mention, in text order."""
    spans = [(mm.start, mm.end, p) for p in parties for mm in p.mentions]
    spans.sort(key=itemgetter(0))
    return spans


def _without_asides(mt: str, spans) -> tuple[list, list]:
    """The spans without the names inside an appositive between two list members ("A, a baker in
    Tulsa, and B": Tulsa is where A works, and A and B are one list), and those names, each a
    group of its own."""
    kept, asides = [], []
    for i, span in enumerate(spans):
        if 0 < i < len(spans) - 1 and _ASIDE_HEAD.match(mt, spans[i - 1][1]) \
                and _LIST_JOIN.fullmatch(mt, spans[i - 1][1], spans[i + 1][0]):
            asides.append([span])
        else:
            kept.append(span)
    return kept, asides


def list_groups(mt: str, spans, title_after=None) -> list[list]:
    """Mentions joined into lists: "attorneys A, B, C and D" share the cue before the first and
    after the last; a list needs its "and" ("Meetali Jain, Garcia's attorney" is an apposition).
    ``title_after`` (``Call.title_after``): a title before a member is part of the join ("A and
    former Chief Executive B")."""
    groups, cur = [], []
    title_after = title_after or {}
    spans, asides = _without_asides(mt, spans)
    groups.extend(asides)
    for s, e, p in spans:
        j = cur and (_LIST_JOIN.fullmatch(mt, cur[-1][1], s) or
                     (s in title_after and _LIST_JOIN.fullmatch(mt, cur[-1][1], title_after[s])))
        if j and "the" in j.group() and "frame-only" in p.evidence:
            j = None  # "the NCAA and the Power 5 conferences": a guess after "the" is no list member
        if j:
            cur.append((s, e, p))
        else:
            if cur:
                groups.append(cur)
            cur = [(s, e, p)]
    if cur:
        groups.append(cur)
    split, tail = [], people_cues().list_tail
    for g in groups:
        if len(g) > 1 and not _AND_OR.search(mt[g[-2][1]:g[-1][0]]) and not ends_title_line(mt, g[-1][1]) \
                and not tail.match(mt, g[-1][1]):
            split.extend([x] for x in g)
        else:
            split.append(g)
    return split


def groups(mt: str, spans, title_after=None) -> list[Group]:
    """``list_groups`` as ``Group``s."""
    return [Group(g) for g in list_groups(mt, spans, title_after)]
