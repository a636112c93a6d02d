"""Grouping: the claims of many articles grouped into one record per dispute (issue #23).

    >>> import claimx
    >>> for case in claimx.cases(documents):      # claimx/1 dicts, e.g. read from JSON Lines
    ...     print(case["title"], case["status"], case["sources"])

Documents stream through: each is reduced to compact claim summaries (``summary``) and
dropped. ``group`` blocks the claims on canonical respondents and links pairs within a
block (its docstring has the rule); ``record`` builds each case. Error records and
documents without ``claims`` contribute nothing.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from .group import group_claims
from .record import build_record, sort_key
from .summary import Claim, summarize

__all__ = ["cases", "summarize", "group_claims", "build_record", "Claim"]


def cases(documents: Iterable[dict], optional: bool = False) -> Iterator[dict]:
    """One case dict per dispute, sorted by first date then id. ``optional``: also group
    the claims an article mentions only in passing (left out by default)."""
    claims: list[Claim] = []
    for seq, doc in enumerate(documents):
        claims.extend(summarize(doc, seq, optional=optional))
    records = [build_record(group) for group in group_claims(claims)]
    del claims
    records.sort(key=sort_key)
    return iter(records)
