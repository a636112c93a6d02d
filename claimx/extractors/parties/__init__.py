"""Parties: the people and organizations in the dispute, with their roles.

No statistical NER is available by default, so candidates come from rules and name data,
one module per stage: ``lexicon`` (the data, read once), ``candidates`` (gazetteers of
agencies, courts and platform companies; platforms in context; pseudonyms; a model's
entities), ``names`` (person and organization patterns), ``merge`` (one party per entity,
short references), ``identity`` (one party under a style or two spellings; kinds no list
knows), ``roles`` (cue votes -> role; a candidate with no role is left out), ``speakers``
(commentators, offices and their holders, after the roles).
Every call keeps its state in a ``Call``; the finder and its lexicon are shared by threads.
"""
from __future__ import annotations

from functools import lru_cache, partial

from claimx.extractors.boilerplate import ChromeIndex
from claimx.models import Party
from claimx.text.normalize import match_text
from claimx.text.segment import SentenceIndex, SpanIndex, sentences as split_sentences

from .candidates import (Call, bylines, drop_modifiers, drop_nested, drop_parent_descriptors, firm_seats, gazetteer, join_courts, model_candidates,
                         platform_candidates, polities, pseudonyms)
from .lexicon import Lexicon, load_lexicon
from .merge import merge, platform_owners
from .names import name_forms, organizations, persons
from .identity import name_variants, person_kinds, styled_persons
from .people import aged_persons, hometowns, join_firm_pairs, offices
from .orgs import court_heads, drop_fragments, drop_quoted_coinages, long_company_names, named_defendants, polity_names, subunits, tails_of_longer
from .roles import assign_roles, keep
from .words import Tok, title_case_lines, tokenize, whole_word_finds

__all__ = ["PartyFinder", "Lexicon", "load_lexicon", "Tok", "tokenize", "title_case_lines", "whole_word_finds"]


class PartyFinder:
    """Finds the parties of one text per ``find`` call; safe to share between threads."""

    def __init__(self, extra_json: str = "[]"):
        self.lex = load_lexicon(extra_json)
        self._name_forms = lru_cache(maxsize=8192)(partial(name_forms, self.lex))

    def find(self, text: str, chrome=None, sents=None, exclude=(), platforms=(), ents=(), index=None) -> list[Party]:
        """``index``: the document's ``DocIndex`` of ``text`` (its matching copy and sentence
        index are then not made again here)."""
        mt = match_text(text) if index is None else index.match_text
        if not self.lex.legal_action.search(mt):
            return []  # no legal matter reported: nobody is a party
        sents = sents if sents is not None else split_sentences(text)
        call = Call(self.lex, text, mt, SentenceIndex(sents) if index is None else index.sentence_index(sents),
                    None if index is None else index.gazetteer_tokens)
        excl = sorted(exclude)
        if isinstance(chrome, ChromeIndex) and not chrome.ranges:
            chrome = None  # no chrome line: no offset to ask about (a call per candidate and mention)
        cands = gazetteer(call)
        cands = platform_candidates(call, cands, platforms)
        taken = [(c.start, c.end) for c in cands]
        cands += pseudonyms(call, taken)
        taken = [(c.start, c.end) for c in cands] + call.products
        cands += offices(call, taken)
        taken = [(c.start, c.end) for c in cands] + call.products
        cands += polities(call, taken)
        taken = [(c.start, c.end) for c in cands] + call.products
        cands += aged_persons(call, taken)
        taken = [(c.start, c.end) for c in cands] + call.products
        cands += persons(call, taken)
        cands += model_candidates(call, cands, ents)  # a model's names beat frame-only guesses
        taken = [(c.start, c.end) for c in cands] + call.products
        cands += organizations(call, taken)
        excl_idx = SpanIndex(excl)
        cands = [c for c in cands if not (chrome is not None and c.start in chrome)
                 and not excl_idx.covers(c.start)]
        cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
        cands = long_company_names(call, cands)
        cands = join_firm_pairs(call, drop_modifiers(call, drop_nested(cands)))
        cands = join_courts(mt, cands)
        cands = bylines(mt, firm_seats(mt, drop_parent_descriptors(mt, cands)))
        cands = hometowns(call, drop_fragments(call, cands))
        parties = merge(call, cands, chrome, excl, self._name_forms)
        parties = court_heads(tails_of_longer(parties))
        parties = name_variants(styled_persons(call, subunits(call.mt, polity_names(call, parties))))
        person_kinds(call, parties)
        assign_roles(call, parties)
        named_defendants(call, parties)
        return keep(self.lex, platform_owners(call, drop_quoted_coinages(mt, parties)))
