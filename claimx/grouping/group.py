"""Group claims into cases: blocking, pairwise linking, constrained union-find.

How two claims (of two different articles) are judged one dispute:

1. **Blocking.** Only claims that share a canonical respondent are compared (claims that
   name no respondent are blocked on their claimants). Within a block, only claims that
   share some evidence (a claimant, a statute word, a caption, a docket, a court word, a
   full date, an amount, a quoted phrase) are compared: each claim with at most
   ``CANDIDATES`` earlier claims, those sharing the most features with it among the last
   ``WINDOW`` of each feature, so the work stays linear in the input.
2. **Score** (``link_score``). A shared respondent alone scores nothing. Then:
   different dockets, or disjoint non-empty statute sets (unless the dockets agree), or
   two claims of one article: never linked. Same docket +4; same caption +3 (another
   caption -1); overlapping claimants +2, disjoint ones -2 (0 when one side is a
   person and the other a government: an attorney general and the state); overlapping statutes +2;
   same quoted phrase +2; same amount +1.5; same filing day +1.5 (filed months apart
   -1.5); another shared full date +1; same court +1, two different trial courts -1.5
   (an appeal court says nothing: cases move up); a second shared respondent +1; same
   kind +0.5, different kind -1.5. Linked when the score reaches ``THRESHOLD`` (2).
3. **Union.** Links are applied strongest first; two groups are never joined when they
   hold claims of one article, different dockets, or disjoint statute sets, or claimant
   sets with nothing in common (so "Texas, law A" -- "Texas, no law" -- "Texas, law B"
   stays two cases).
"""
from __future__ import annotations

import collections
from typing import Optional

from .keys import court_info, court_relation, months_apart, parties_overlap, statutes_overlap
from .summary import Claim

THRESHOLD = 2.0
WINDOW = 30
CANDIDATES = 40


def _statute_keys(claim: Claim) -> list[tuple]:
    return [(tokens, citation) for tokens, citation, _ in claim.statutes]


def _official_and_office(a: frozenset, b: frozenset) -> bool:
    """"Ken Paxton" in one article, "State of Texas" in another: the names can't tell."""
    return ("person" in a and "government" in b) or ("government" in a and "person" in b)


def _caption_relation(a: Claim, b: Claim) -> int:
    if a.caption is None or b.caption is None:
        return 0
    (la, ra), (lb, rb) = a.caption, b.caption
    same = parties_overlap([la], [lb]) and parties_overlap([ra], [rb])
    return 1 if same else -1


def _date_score(a: Claim, b: Claim) -> float:
    score = 0.0
    fa, fb = a.filed, b.filed
    if fa and fb:
        apart = months_apart(fa, fb)
        if fa == fb and len(fa) == 10:
            score += 1.5
        elif (apart is not None and apart >= 4) or abs(int(fa[:4]) - int(fb[:4])) >= 2:
            score -= 1.5
    full_a = {d for d, _ in a.dates if d and len(d) == 10 and d != fa}
    if full_a & {d for d, _ in b.dates if d and len(d) == 10 and d != fb}:
        score += 1
    return score


def link_score(a: Claim, b: Claim) -> Optional[float]:
    """How strongly two claims look like one dispute; None when they cannot be one
    (the rule is in the module docstring)."""
    if a.seq == b.seq:
        return None
    score = 0.0
    same_docket = False
    if a.docket and b.docket:
        if a.docket != b.docket:
            return None
        same_docket = True
        score += 4
    sa, sb = _statute_keys(a), _statute_keys(b)
    if sa and sb:
        if statutes_overlap(sa, sb):
            score += 2
        elif not same_docket:
            return None  # one caption, two laws: NetChoice v. Bonta
    score += 3 * max(0, _caption_relation(a, b)) - max(0, -_caption_relation(a, b))
    ca, cb = a.claimant_keys, b.claimant_keys
    if ca and cb:
        if parties_overlap(ca, cb):
            score += 2
        elif not _official_and_office(a.claimant_sorts, b.claimant_sorts):
            score -= 2
    if len(a.respondent_keys & b.respondent_keys) >= 2:
        score += 1
    if a.court and b.court:
        relation = court_relation(court_info(a.court), court_info(b.court))
        score += 1 if relation > 0 else (-1.5 if relation < 0 else 0)
    if a.kind and b.kind:
        score += 0.5 if a.kind == b.kind else -1.5
    score += _date_score(a, b)
    if {x[:2] for x in a.amounts} & {x[:2] for x in b.amounts}:
        score += 1.5
    if a.quotes & b.quotes:
        score += 2
    return score


def _block_keys(claim: Claim) -> frozenset:
    return claim.respondent_keys or frozenset("c:" + k for k in claim.claimant_keys)


def _blocks(block_keys: list[frozenset]) -> dict[str, list[int]]:
    blocks: dict[str, list[int]] = collections.defaultdict(list)
    for i, keys in enumerate(block_keys):
        for key in keys:
            blocks[key].append(i)
    return blocks


def candidate_links(claims: list[Claim]) -> list[tuple[float, int, int]]:
    """(score, i, j) for every compared pair that reaches THRESHOLD.

    Each claim is compared with the claims before it in its block that share the most
    features with it (at most ``WINDOW`` per feature looked at, ``CANDIDATES`` in all), so
    a block of 20,000 Google claims costs what 20,000 small blocks would."""
    links = []
    block_keys = [_block_keys(c) for c in claims]
    for key, members in sorted(_blocks(block_keys).items()):
        postings: dict[str, list[int]] = collections.defaultdict(list)
        for j in members:
            features = claims[j].features()
            shared: collections.Counter = collections.Counter()
            for feature in features:
                shared.update(postings[feature][-WINDOW:])
            best = sorted(shared.items(), key=lambda kv: (-kv[1], -kv[0]))[:CANDIDATES]
            for i, _ in best:
                # a pair sharing several respondents is scored in its first block only
                if min(block_keys[i] & block_keys[j]) != key:
                    continue
                score = link_score(claims[i], claims[j])
                if score is not None and score >= THRESHOLD:
                    links.append((score, i, j))
            for feature in features:
                postings[feature].append(j)
    links.sort(key=lambda link: (-link[0], link[1], link[2]))
    return links


class _Group:
    """What a growing case must stay consistent with (see rule 3)."""

    __slots__ = ("members", "seqs", "dockets", "statutes", "claimants", "captions", "sorts")

    def __init__(self, i: int, claim: Claim):
        self.members = [i]
        self.seqs = {claim.seq}
        self.dockets = {claim.docket} if claim.docket else set()
        self.statutes = _statute_keys(claim)
        self.claimants = set(claim.claimant_keys)
        self.captions = {claim.caption} if claim.caption else set()
        self.sorts = set(claim.claimant_sorts)

    def compatible(self, other: "_Group") -> bool:
        if self.seqs & other.seqs:
            return False
        if self.dockets and other.dockets and not (self.dockets & other.dockets):
            return False
        if self.statutes and other.statutes and not statutes_overlap(self.statutes, other.statutes):
            return False
        if self.claimants and other.claimants and not parties_overlap(self.claimants, other.claimants):
            return bool(self.dockets & other.dockets or self.captions & other.captions
                        or _official_and_office(frozenset(self.sorts), frozenset(other.sorts)))
        return True

    def absorb(self, other: "_Group") -> None:
        self.members.extend(other.members)
        self.seqs |= other.seqs
        self.dockets |= other.dockets
        self.statutes.extend(s for s in other.statutes if s not in self.statutes)
        self.claimants |= other.claimants
        self.captions |= other.captions
        self.sorts |= other.sorts


def group_claims(claims: list[Claim]) -> list[list[Claim]]:
    """The claims split into cases, each case's claims in input order."""
    parent = list(range(len(claims)))
    groups = {i: _Group(i, c) for i, c in enumerate(claims)}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, i, j in candidate_links(claims):
        ri, rj = find(i), find(j)
        if ri == rj or not groups[ri].compatible(groups[rj]):
            continue
        if len(groups[ri].members) < len(groups[rj].members):
            ri, rj = rj, ri
        groups[ri].absorb(groups.pop(rj))
        parent[rj] = ri
    return [[claims[i] for i in sorted(g.members)] for g in groups.values()]
