"""Statutes: named laws, bills, sections and formal code citations, one canonical name each.

By stage: ``data`` (the gazetteer and rules, loaded once), ``acts`` (general "X Act" names
and bills), ``cites`` (formal citations, with ``reporters`` compiling reporters-db's series
into the grammar), ``merge`` (one item per law and section); ``finder`` runs them as named
passes.
"""
from claimx.extractors.statutes.finder import StatuteFinder

__all__ = ["StatuteFinder"]
