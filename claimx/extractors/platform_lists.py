"""Ambiguous platform names in a list with platforms: "on Facebook, Instagram and X".

A name that needs context ("X", "Seek", "Line") gets it from the list it stands in: a
member of a list ("A, B and C", "A or B") whose other members include a platform the text
already confirms is a platform too. A name that is first of all a company ("Amazon",
"Rakuten") is stricter: the list itself must be where something is done on the services
("sold on eBay, Etsy and Amazon"), since "Facebook, Google and Amazon were sued" names
three companies.
"""
from __future__ import annotations

import re

from claimx.models import Mention

# what stands between two members of one list
_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|/)\s*")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def coordinated(text: str, confirmed: list[tuple[int, int]], pending: list[tuple[str, Mention]],
                company_first: frozenset, before_words: frozenset) -> list[tuple[str, Mention]]:
    """The pending mentions that a list makes platforms, in text order (a member's index is -1
    for a confirmed platform, else its place in ``pending``)."""
    members = sorted([(s, e, -1) for s, e in confirmed] + [(m.start, m.end, k) for k, (_, m) in enumerate(pending)])
    out: list[int] = []
    for chain in _chains(text, members):
        if all(k >= 0 for _, _, k in chain):
            continue  # no member is a confirmed platform
        word = _WORD_BEFORE.search(text, max(0, chain[0][0] - 30), chain[0][0])
        on_services = bool(word) and word.group(1).lower() in before_words
        for _, _, k in chain:
            if k >= 0 and (on_services or pending[k][0] not in company_first):
                out.append(k)
    return [pending[k] for k in sorted(out)]


def _chains(text: str, members: list[tuple[int, int, int]]) -> list[list]:
    """The runs of members joined by list separators (each run of two or more)."""
    chains, run = [], []
    for member in members:
        if run and (member[0] < run[-1][1] or not _SEPARATOR.fullmatch(text, run[-1][1], member[0])):
            if len(run) > 1:
                chains.append(run)
            run = []
        run.append(member)
    if len(run) > 1:
        chains.append(run)
    return chains
