"""Quotations: every quoted passage, who said it, and whether it accuses.

The quoted passages themselves, in double marks or single ones, are found by
``claimx.text.quote_marks`` (``find_spans`` is re-exported here for the finders that import it
from this module).

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
from claimx.extractors.parties.people import people_cues
from claimx.extractors.quote_context import (continued, full_name_surnames, headline_source, list_intro,
                                             paragraph_break, person_before, source_label, surname_of,
                                             title_role_of, title_roles, titled_person)
from claimx.models import Quote
from claimx.text.normalize import match_text
from claimx.text.quote_marks import find_all_spans, find_spans
from claimx.text.segment import SentenceIndex, SpanIndex, sentences
from claimx.text.wordtrie import trie_pattern, trie_pattern_opening


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
        # (the seven lookbehinds one character wider, after each word's first letter: the same
        # matches, and re skips to those letters instead of trying the seven at every position)
        self.denial = re.compile(trie_pattern_opening(
            (w.lower() for w in self.lex["denial_words"]),
            r"(?<!\bwas .)(?<!\bwere .)(?<!\bbeen .)(?<!\bbeing .)(?<!\bis .)(?<!\bare .)(?<!\bbe .)"))
        self.settlement = re.compile(trie_pattern(w.lower() for w in self.lex["settlement_words"]))
        # a quotation after "...the company's policy states:" is the policy's own words
        self.policy_intro = re.compile(r"%s\b[^.]{0,60}:\s*$" % trie_pattern(self.lex["policy_intro_words"]))
        self.policy_speakers = tuple(self.lex["policy_speakers"])
        self.defence = re.compile(r"\b(?:%s)\b" % trie_pattern(self.lex["defence_speakers"]))
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
        if speaker_role == "commentator":
            return "statement"  # an outside expert's view accuses no one
        if self.defence.search(spk):  # "defence counsel said", "a lawyer for the defendant"
            return "denial" if self.denial.search(low) else "statement"
        if verb in self.denial_verbs or (not accuser and self.denial.search(low)) or \
                _DENIED_AFTER.search(after[:80].lower()):
            return "denial"
        tail = before[-160:].lower()
        if (tail.rstrip().endswith(":") and self.policy_intro.search(tail)) or \
                (q.speaker and any(w in q.speaker.lower() for w in self.policy_speakers)):
            return "policy"
        if speaker_role == "defendant" and not legal_speaker:
            return "statement"  # a side's words are no accusation in the case
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
        self.person_nouns = frozenset(self.attr.lex["person_nouns"])
        self.headline_verbs = frozenset(self.attr.lex["headline_verbs"])
        self.accuser_cue = re.compile(r"\b(?:%s)\b" % trie_pattern(self.attr.lex["accuser_cues"]))
        # "the states said in their complaint": the pleading named in the attribution is theirs
        self.in_document = re.compile(r"\b(?:in|by)\s+(?:a|an|the|their|its|his|her|our|this|that)\s+"
                                      r"(?:[\w'-]+\s+){0,3}?(?:%s)\b" % trie_pattern(self.attr.lex["attribution_documents"]))
        # "Consumer advocates welcomed the ruling." opening the sentence before the quotation's
        self.group_before = re.compile(r"\W*(?:[A-Za-z'-]+\s+){0,3}?(?:%s)\s+(?:have\s+|had\s+)?[a-z]+ed\b"
                                       % trie_pattern(self.attr.lex["accuser_groups"]), re.I)
        # "..., who teaches law and is not involved in the case": an outside expert (people_cues.json)
        self.commentator = people_cues().commentator

    def find(self, text: str, chrome=None, sents=None, roles: Optional[dict] = None, index=None) -> list[Quote]:
        """``index``: the document's ``DocIndex`` of ``text`` (its matching copy and sentence
        index are then not made again here)."""
        mt = match_text(text) if index is None else index.match_text
        sents = sents if sents is not None else sentences(text)
        sidx = SentenceIndex(sents) if index is None else index.sentence_index(sents)
        spans = find_all_spans(text)
        roles_low = [(name.lower(), role) for name, role in (roles or {}).items()]
        quotes: list[Quote] = []
        prev: Optional[Quote] = None
        prev_close = -1
        runs: list = []  # (quote, open, close, before, embedded, after) of the top-level ones
        named: list[Quote] = []
        surnames: set = set()  # of the people quoted so far ("Griggs said she...")
        full: list = []  # full_name_surnames(text), found once when first needed

        def full_surnames():
            if not full:
                full.append(full_name_surnames(text, self.attr.first_names))
            return full[0]
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
            if not found:
                label = source_label(mt, sent[0], open_pos, self.classifier.legal) or \
                    headline_source(mt, open_pos, close_pos, limit, self.headline_verbs)
                found = (label, None) if label else None
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
                                           self.attr.first_names, surnames) if kind == "person" else None
                    q.speaker = person or self._resolve(kind, named, text) or q.speaker
                elif depth == 0:
                    named.append(q)
                    surname = surname_of(q.speaker, self.attr.first_names, full_surnames)
                    if surname:
                        surnames.add(surname)
            quotes.append(q)
            if depth > 0:
                q.kind = "fragment"
                continue
            before = mt[max(0, open_pos - 200):open_pos]
            embedded = _ends_in_word_or_bracket(mt[sent[0]:open_pos]) and not found
            after = mt[close_pos:limit]
            outsider = self._commentator(mt, q, open_pos, sidx) or self.attr.commentator(mt, q.speaker_end, len(mt))
            role = "commentator" if outsider else _role_of(q.speaker, roles_low)
            if role is None and q.speaker_start is not None and (self._accuser(mt, q, open_pos, close_pos, limit) or
                                                                 self._group_said(mt, open_pos, sidx)):
                role = "plaintiff"
            if role is None and q.speaker:
                role = title_role_of(q.speaker)  # "Assistant U.S. Attorney Jane Kim said"
            q.kind = self.classifier.kind(q, before, embedded, role, after)
            prev, prev_close = q, close_pos
            runs.append((q, open_pos, close_pos, before, embedded, after))
        self._speaker_from_last_paragraph(text, runs, roles_low)
        quotes.sort()
        return quotes

    def _speaker_from_last_paragraph(self, text: str, runs: list, roles_low: list) -> None:
        """A quotation over several paragraphs attributed only in its last one ("'...\n\n'...,'
        the lawsuit says."): the earlier paragraphs get that speaker, and their kind again."""
        for i in range(len(runs) - 2, -1, -1):
            q, _, close_pos, before, embedded, after = runs[i]
            nxt = runs[i + 1][0]
            if q.speaker is None and nxt.speaker and continued(text, close_pos, runs[i + 1][1]):
                q.speaker, q.verb = nxt.speaker, nxt.verb
                q.speaker_text, q.speaker_start, q.speaker_end = nxt.speaker_text, nxt.speaker_start, nxt.speaker_end
                role = _role_of(q.speaker, roles_low) or title_role_of(q.speaker)
                q.kind = self.classifier.kind(q, before, embedded, role, after)

    def _commentator(self, mt: str, q: Quote, open_pos: int, sidx: SentenceIndex) -> bool:
        """The speaker is described as an outsider ('..., who teaches law and is not involved in
        the case'): the words after the speaker's name, to the end of its sentence or the quote."""
        if q.speaker_end is None:
            return False
        sent = sidx.at(q.speaker_end)
        end = min(sent[1] if sent else q.speaker_end + 250, q.speaker_end + 250)
        if q.speaker_end < open_pos:
            end = min(end, open_pos)
        return bool(self.commentator.search(mt, q.speaker_end, end))

    def _accuser(self, mt: str, q: Quote, open_pos: int, close_pos: int, limit: int) -> bool:
        """The attribution puts the speaker on the accusing side: '..., said Gloria Perez, one of
        the plaintiffs', 'the union's president, Ana Reyes, said'. Only the attribution's own words."""
        if q.speaker_start > close_pos:
            region = mt[close_pos + 1:limit]
        elif open_pos - q.speaker_start < 200:
            region = mt[q.speaker_start:open_pos]
        else:
            return False
        low = region.lower()
        return bool(self.accuser_cue.search(low) or self.in_document.search(low))

    def _group_said(self, mt: str, open_pos: int, sidx: SentenceIndex) -> bool:
        """The sentence before the quotation's, in its paragraph, opens with an accusing group and
        its verb ('Privacy campaigners hailed the fine. "...," said Jo Kerr'): the speaker is one."""
        sent = sidx.at(open_pos)
        if not sent or sent[0] == 0:
            return False
        k = sent[0] - 1
        while k > 0 and mt[k].isspace():
            k -= 1
        prev = sidx.at(k)
        if not prev or "\n" in mt[prev[1]:sent[0]]:
            return False
        return bool(self.group_before.match(mt, prev[0], prev[1]))

    @staticmethod
    def _continues(mt: str, prev_close: int, open_pos: int) -> bool:
        """The next quotation in the same paragraph, after its attribution, same speaker. A line
        break after a word ("...Assistant Secretary for Fair Housing and Equal\nOpportunity.") is
        hard-wrapped text, not a new paragraph."""
        between = mt[prev_close + 1:open_pos]
        return len(between) < 200 and not paragraph_break(between)

    def _ends_in_name(self, speaker: str) -> bool:
        words = speaker.split()
        return len(words) >= 3 and words[-2] in self.attr.first_names and words[-1][:1].isupper()

    def _resolve(self, kind: str, named: list[Quote], text: str) -> Optional[str]:
        for i in range(len(named) - 1, -1, -1):
            spk = named[i].speaker or ""
            doc_like = bool(self.doc_like.search(spk))
            unnamed_person = _head(spk) in self.person_nouns  # "a spokesman for the company"
            person = _looks_like_person(spk) or self._ends_in_name(spk)  # "Leigh Day partner Emma Jones"
            if kind == "thing" and not unnamed_person and (doc_like or not person):
                return spk
            if kind == "person" and unnamed_person and len(spk.split()) <= 2:
                # "the judge": the judge named before ("Mrs Justice Harrow"), if one was
                return _titled_alike(_head(spk), [n.speaker for n in named[max(0, i - 50):i]]) or \
                    titled_person(text, named[i].speaker_start or 0, _head(spk)) or spk
            if kind == "person" and (unnamed_person or not doc_like and person):
                return spk
            if kind == "group" and (spk.lower().endswith("s") or doc_like is False):
                return spk
        return None


def _titled_alike(noun: str, speakers: list) -> Optional[str]:
    """The latest named person whose title has the role that ``noun`` has ('judge': 'Mrs Justice X')."""
    roles = title_roles()
    role = roles.get(noun)
    if not role:
        return None
    for spk in reversed(speakers):  # the last 50: a judge is named near where "the judge" speaks
        words = spk.split()
        if len(words) >= 2 and _looks_like_person(spk) and any(roles.get(w.lower()) == role for w in words[:-1]):
            return spk
    return None


_HEAD_END = re.compile(r"\s(?:for|of|at|with|from|in|who|representing)\s|,")


def _head(speaker: str) -> str:
    """The head noun of a speaker's noun phrase: 'spokesman' in 'A spokesman for Acme'."""
    cut = _HEAD_END.search(speaker)
    words = (speaker[:cut.start()] if cut else speaker).split()
    return words[-1].lower() if words else ""


def _looks_like_person(s: str) -> bool:
    """'Priya Shah', 'Priya Shah of Leigh Day' (the name before 'of' or a comma), 'Ortiz'."""
    cut = _HEAD_END.search(s)
    words = (s[:cut.start()] if cut else s).split()
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
