"""Quotations: every quoted passage, who said it, and whether it accuses.

The quoted passages themselves are found by ``claimx.text.quote_marks`` (``find_spans`` is
re-exported here for the finders that import it from this module).

Who said each one is ``quote_attribution`` (a cue verb and the noun phrase next to it, no
parser); here the kind (``Classifier``: allegation, denial, statement, policy, fragment) and
the finder that puts them together. Pronouns resolve to the most recent named speaker of a
compatible kind.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice
from typing import Optional

from claimx.extractors.quote_attribution import (_DENIED_AFTER, _SPACES, _WORD, Attributor, _lex,
                                                 _ends_in_word_or_bracket)
from claimx.extractors.quote_context import continued, list_intro, paragraph_break, person_before
from claimx.models import Quote
from claimx.text.normalize import match_text
from claimx.text.quote_marks import find_single_spans, find_spans
from claimx.text.segment import SentenceIndex, SpanIndex, sentences
from claimx.text.wordtrie import trie_pattern


# -- classification -------------------------------------------------------------


class Classifier:
    def __init__(self):
        self.lex, _ = _lex()
        self.legal = re.compile(r"\b%s\b" % trie_pattern(w.lower() for w in self.lex["legal_sources"]))
        self.accusatory = set(self.lex["accusatory_verbs"])
        self.denial_verbs = set(self.lex["denial_verbs"])
        # "does any of these words occur in the quotation": one trie-shaped search each
        # stems ("harm", "violat") match word starts only: "pharmacy" holds no "harm"
        self.accusation = re.compile(r"\b%s" % trie_pattern(w.lower() for w in self.lex["accusation_words"]))
        # "I was denied a promotion" is someone else's refusal, told by the one refused: no denial
        self.denial = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bbe )%s"
                                 % trie_pattern(w.lower() for w in self.lex["denial_words"]))
        self.settlement = re.compile(trie_pattern(w.lower() for w in self.lex["settlement_words"]))
        # a quotation after "...the company's policy states:" is the policy's own words
        self.policy_intro = re.compile(r"%s\b[^.]{0,60}:\s*$" % trie_pattern(self.lex["policy_intro_words"]))
        self.policy_speakers = tuple(self.lex["policy_speakers"])
        self.min_words = self.lex["min_clause_words"]

    def kind(self, q: Quote, before: str, embedded: bool, speaker_role: Optional[str], after: str = "") -> str:
        # the words are only compared with min_words and 10: count no further than that
        words = sum(1 for _ in islice(_WORD.finditer(q.text), max(self.min_words, 10)))
        low = q.text.lower()
        if words < self.min_words or (q.speaker is None and embedded and words < 10):
            return "fragment"
        verb = (q.verb or "").lower()
        spk = (q.speaker or "").lower()
        legal_speaker = bool(self.legal.search(spk))
        # a complaint that "alleged" the insurer would "deny" claims is no denial
        accuser = legal_speaker or verb in self.accusatory
        if verb in self.denial_verbs or (not accuser and self.denial.search(low)) or \
                _DENIED_AFTER.search(after[:80].lower()):
            return "denial"
        tail = before[-160:].lower()
        if (tail.rstrip().endswith(":") and self.policy_intro.search(tail)) or \
                (q.speaker and any(w in q.speaker.lower() for w in self.policy_speakers)):
            return "policy"
        if speaker_role in ("defendant", "commentator") and not legal_speaker:
            return "statement"  # a side's or an onlooker's words are no accusation in the case
        if self.settlement.search(low) and not self.accusation.search(low):
            return "statement"  # "we are pleased to report that the parties have reached a settlement"
        if legal_speaker or verb in self.accusatory or speaker_role in ("plaintiff", "counsel", "agency", "advocate"):
            return "allegation"
        if q.speaker is not None and self.accusation.search(low):
            return "allegation"
        return "statement"


# -- the finder ----------------------------------------------------------------


class QuoteFinder:
    def __init__(self):
        self.attr = Attributor()
        self.classifier = Classifier()
        # a speaker that is a document or an institution ("the lawsuit", "the company"): "it"
        words = self.attr.lex["document_speakers"]
        self.doc_like = re.compile(r"\b(%s)\b" % trie_pattern(words), re.I)

    def find(self, text: str, chrome=None, sents=None, roles: Optional[dict] = None, index=None) -> list[Quote]:
        """``index``: the document's ``DocIndex`` of ``text`` (its matching copy and sentence
        index are then not made again here)."""
        mt = match_text(text) if index is None else index.match_text
        sents = sents if sents is not None else sentences(text)
        sidx = SentenceIndex(sents) if index is None else index.sentence_index(sents)
        spans = find_spans(text)
        roles_low = [(name.lower(), role) for name, role in (roles or {}).items()]
        quotes: list[Quote] = []
        prev: Optional[Quote] = None
        prev_close = -1
        named: list[Quote] = []
        inside = [(a, b) for a, b, _, _ in spans]
        quoted = SpanIndex(inside)
        opens = [a for a, _, _, _ in spans]
        for open_pos, close_pos, depth, truncated in spans:
            if chrome is not None and open_pos in chrome:
                continue
            s, e = open_pos + 1, close_pos
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e <= s:
                continue
            q = Quote(s, e, text[s:e], truncated=truncated)
            sent = sidx.at(open_pos) or (open_pos, open_pos)
            if prev_close > sent[0] and prev_close < open_pos:
                sent = (prev_close + 1, sent[1])
            if open_pos - sent[0] > 600:  # an attribution sits near its quotation
                sent = (open_pos - 600, sent[1])
            end_sent = sidx.at(close_pos) or (close_pos, close_pos + 200)
            k = bisect_right(opens, close_pos)
            nxt_open = opens[k] if k < len(opens) else len(text)
            limit = min(end_sent[1], nxt_open, close_pos + 240, len(text))
            memo: dict = {}  # this quotation's speech verbs, found once for intro and pre
            intro = self.attr.intro(mt, sent[0], open_pos, memo)
            found = intro or (None if truncated else self.attr.post(mt, close_pos + 1, limit))
            if not found:
                found = self.attr.pre(mt, sent[0], open_pos, memo)
            if not found:
                lead = list_intro(text, open_pos, sidx)
                found = self.attr.pre(mt, *lead, memo) if lead else None
            if found:
                (ss, se), verb = found
                q.speaker_text, q.speaker_start, q.speaker_end, q.verb = text[ss:se], ss, se, verb
                q.speaker = _SPACES.sub(" ", q.speaker_text)
            elif prev is not None and prev.speaker and (self._continues(mt, prev_close, open_pos) or
                                                         continued(text, prev_close, open_pos)):
                q.speaker, q.verb = prev.speaker, prev.verb
                q.speaker_text, q.speaker_start, q.speaker_end = prev.speaker_text, prev.speaker_start, prev.speaker_end
            if q.speaker:
                kind = self.attr.is_pronoun(q.speaker)
                if kind:
                    since = named[-1].speaker_end if named and named[-1].speaker_end else 0
                    person = person_before(text, max(since, open_pos - 600), q.speaker_start or open_pos, quoted,
                                           self.attr.first_names) if kind == "person" else None
                    q.speaker = person or self._resolve(kind, named) or q.speaker
                elif depth == 0:
                    named.append(q)
            before = mt[max(0, open_pos - 200):open_pos]
            embedded = _ends_in_word_or_bracket(mt[sent[0]:open_pos]) and not found
            after = mt[close_pos:limit]
            role = _role_of(q.speaker, roles_low)
            if role is None and self.attr.commentator(mt, q.speaker_end, len(mt)):
                role = "commentator"
            q.kind = self.classifier.kind(q, before, embedded, role, after)
            quotes.append(q)
            if depth == 0:
                prev, prev_close = q, close_pos
        for a, b in find_single_spans(text, inside):
            if chrome is not None and a in chrome:
                continue
            quotes.append(Quote(a + 1, b, text[a + 1:b], kind="fragment"))
        quotes.sort()
        return quotes

    @staticmethod
    def _continues(mt: str, prev_close: int, open_pos: int) -> bool:
        """The next quotation in the same paragraph, after its attribution, same speaker. A line
        break after a word ("...Assistant Secretary for Fair Housing and Equal\nOpportunity.") is
        hard-wrapped text, not a new paragraph."""
        between = mt[prev_close + 1:open_pos]
        return len(between) < 200 and not paragraph_break(between)

    def _resolve(self, kind: str, named: list[Quote]) -> Optional[str]:
        for q in reversed(named):
            spk = q.speaker or ""
            doc_like = bool(self.doc_like.search(spk))
            if kind == "thing" and (doc_like or not _looks_like_person(spk)):
                return spk
            if kind == "person" and not doc_like and _looks_like_person(spk):
                return spk
            if kind == "group" and (spk.lower().endswith("s") or doc_like is False):
                return spk
        return None


def _looks_like_person(s: str) -> bool:
    words = s.split()
    caps = [w for w in words if w[:1].isupper()]
    return len(caps) >= 2 and len(caps) == len(words) or (len(words) == 1 and words[0][:1].isupper()
                                                             and words[0].lower() not in ("it", "they"))


def _role_of(speaker: Optional[str], roles: list[tuple[str, str]]) -> Optional[str]:
    """The role of the first party (lowercased name, role) named in the speaker, or naming it."""
    if not speaker or not roles:
        return None
    low = speaker.lower()
    for name, role in roles:
        if name in low or low in name and len(low) > 3:
            return role
    return None
