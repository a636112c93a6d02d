"""Attribution: who said a quotation, read without a parser.

A cue verb right after the quotation ("..., the lawsuit says") or before it in the same
sentence ("The complaint alleges that Twitter '...'"), and the noun phrase next to it,
found by comma segments (``Attributor``); ``quotes`` runs it for every quoted passage.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from claimx.extractors.parties.people import people_cues
from claimx.extractors.quote_context import clause_end
from claimx.io.resources import load_json, load_lines
from claimx.text.normalize import is_word_char
from claimx.text.wordtrie import trie_pattern

_WORD = re.compile(r"[A-Za-z0-9][\w'\u2019-]*")
_LEAD_PUNCT = re.compile(r"\s*[,.;:!?\u2014\u2013-]?\s*")
_NP_START = re.compile(r"\s*((?:[^,.;:\"]|\.(?=\w)|(?<=\b[A-Z])\.)+)")
_RELATIVE = re.compile(r"\b(?:which|who|whom|where|when|that)\s+")
_LOWER_AFTER_NAME = re.compile(r"\s(?!(?:of|for|and|de|van|von|der|the)\b)[a-z]")
_NOT_SPEECH_BEFORE = re.compile(r"(?:'s|\b(?:the|their|his|her|its|our|these|those|such|of|a|an))\s+$")
_TO_VERB = re.compile(r"\s+to\s+[a-z]")
_LAST_WORD = re.compile(r"\s+(\w+)$")
_KEEP_FINAL_PERIOD = re.compile(r"\b[A-Z]\.$|\b(?:Inc|Corp|Co|Jr|Sr|Ltd)\.$")
_DENIED_AFTER = re.compile(r"\b(?:denied|denies|denying)\b")
_SPACES = re.compile(r"\s+")
_NP_BEFORE_ING = re.compile(r"\b([a-z]+)\s+((?:a|an|the|its|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)"
                            r"\s*,?\s*$")
_NAME_OF = re.compile(r"\s*((?:[A-Z][\w.'\u2019-]*\s+){1,4}?[A-Z][\w'\u2019-]*)\s+of\s")
_DOC_LIKE = re.compile(r"\b(lawsuit|suit|complaint|filing|petition|letter|company|"
                       r"agency|commission|court|order|report|statement)\b", re.I)


def _ends_in_word(region: str) -> bool:
    r"""``re.search(r"\w\s*[,:]?\s*$", region)``, read from the end instead of scanned from the start."""
    r = region.rstrip()
    if r[-1:] in (",", ":"):
        r = r[:-1].rstrip()
    return bool(r) and is_word_char(r[-1])


def _ends_in_word_or_bracket(region: str) -> bool:
    r"""``re.search(r"[\w)\]]\s*$", region)``, read from the end."""
    r = region.rstrip()
    return bool(r) and (is_word_char(r[-1]) or r[-1] in ")]")


@lru_cache(maxsize=1)
def _lex():
    d = load_json("cues/quote_cues.json")
    verbs = {v.lower() for v in d["speech_verbs"]}
    verb_re = re.compile(r"(?<![\w-])(%s)(?![\w-])" % trie_pattern(verbs), re.IGNORECASE)
    return d, verb_re


def _first_names() -> frozenset:
    try:
        return load_lines("lexicons/first_names.txt")
    except FileNotFoundError:
        return frozenset()


# -- attribution ---------------------------------------------------------------

_NP_AFTER_PREP = re.compile(r"\b(?:by|of|from|with|for|to|and|among|including)\s+((?:[\w'\u2019.&-]+\s+){0,4}?"
                            r"[\w'\u2019.&-]+)\s*$")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}\s*(?:\([^)]{1,20}\))?\s*(?:[\u2014\u2013-]+|:)\s*")  # "SYDNEY:" too


class Attributor:
    def __init__(self):
        self.lex, self.verb_re = _lex()
        self.pronouns = self.lex["pronouns"]
        self.discourse = set(self.lex["discourse_words"])
        # "the court was | told": a passive attribution's auxiliary is trimmed like an adverb
        self.adverbs = set(self.lex["adverbs"]) | set(self.lex["auxiliaries"])
        self.first_names = _first_names()
        self.participles = set(self.lex.get("participles", []))
        self.not_subject_first = frozenset(self.lex["not_subject_first_words"])
        self.determiners = frozenset(self.lex["determiners"])
        self.source_cues = frozenset(self.lex["source_cues"])
        rules = self.lex["speaker_rules"]
        self.handover = frozenset(rules["handover_verbs"])
        self.documents = re.compile(r"\b(?:%s)\b" % trie_pattern(rules["document_nouns"]), re.IGNORECASE)
        self.continuation_heads = frozenset(rules["continuation_heads"])
        self.abbreviations = frozenset(load_json("lexicons/abbreviations.json")["abbreviations"])
        self.uninvolved = people_cues().uninvolved

    def commentator(self, mt: str, speaker_end: Optional[int], limit: int) -> bool:
        """'..., said Ann Roe, who teaches law at Vale and is not involved in the case': the
        speaker's own clause says they take no part, so what they say is comment, not a claim."""
        if speaker_end is None or mt[speaker_end:speaker_end + 1] != ",":
            return False
        m = self.uninvolved.search(mt, speaker_end, min(len(mt), speaker_end + 200, limit))
        return m is not None and not any(c in mt[speaker_end:m.start()] for c in ".;\"\u201c\u201d")

    def post(self, mt: str, close_end: int, limit: int) -> Optional[tuple]:
        """'..., the lawsuit says' / '..., said Peter Gentala, senior counsel'."""
        region = mt[close_end:limit]
        m = _LEAD_PUNCT.match(region)
        base = close_end + m.end()
        tail = mt[base:limit]
        cut = clause_end(tail, self.abbreviations)
        tail = tail[:cut] if cut is not None else tail
        vm = next((v for v in self.verb_re.finditer(tail) if _verb_use(tail, v)), None)
        if not vm or len(_WORD.findall(tail[:vm.start()])) > 20:
            return None
        verb = vm.group(1)
        if verb.lower() in self.source_cues:
            np = self._np_after(mt, base + vm.end(), base + len(tail))
            return (np, verb) if np else None
        before = tail[:vm.start()].strip(" ,")
        if before:
            np = self._subject(mt, base, base + vm.start())
        else:
            np = self._np_after(mt, base + vm.end(), base + len(tail))
        return (np, verb) if np else None

    def pre(self, mt: str, sent_start: int, open_pos: int, memo: Optional[dict] = None) -> Optional[tuple]:
        """'The lawsuit says, "...' / 'He claims that Twitter "...' / 'according to X, "...'."""
        verbs = self._verbs(mt, sent_start, open_pos, memo)
        if not verbs:
            return None
        vm = verbs[-1]
        verb = vm.group(1)
        vstart, vend = sent_start + vm.start(), sent_start + vm.end()
        if verb.lower() in self.source_cues:
            np = self._np_after(mt, vend, open_pos)
            return (np, verb) if np else None
        if verb.lower().endswith("ing"):
            np = self._ing_subject(mt, sent_start, vstart)
        elif len(verbs) > 1 and not mt[verbs[-2].end() + sent_start:vstart].strip(" ,"):
            np = None
        elif len(verbs) > 1:
            np = self._subject(mt, sent_start + verbs[-2].end(), vstart)
        else:
            np = self._subject(mt, sent_start, vstart)
        return (np, verb) if np else None

    def _ing_subject(self, mt: str, sent_start: int, vstart: int) -> Optional[tuple[int, int]]:
        """'The families filed a lawsuit alleging': the families; 'A court revived a lawsuit
        claiming': the lawsuit; 'She received a message saying': no one named."""
        m = _NP_BEFORE_ING.search(mt, sent_start, vstart)
        if m and m.group(1).lower() not in self.handover:
            np = (m.start(2), m.end(2))
            return _strip_np(mt, *np, self.adverbs) if self.documents.search(mt[np[0]:np[1]]) else None
        end = m.start(1) if m and mt[sent_start:m.start(1)].strip() else vstart  # "The families | filed a lawsuit"
        return self._subject(mt, sent_start, _first_comma(mt, sent_start, end), first=True)

    def intro(self, mt: str, sent_start: int, open_pos: int, memo: Optional[dict] = None) -> Optional[tuple]:
        """'Setzer wrote, "...': a cue verb ending right before the opening mark."""
        region = mt[sent_start:open_pos]
        if not _ends_in_word(region):
            return None
        last = self._verbs(mt, sent_start, open_pos, memo)
        if last and not region[last[-1].end():].strip(" ,:\u00a0"):
            return self.pre(mt, sent_start, open_pos, memo)
        return None

    def _verbs(self, mt: str, start: int, end: int, memo: Optional[dict] = None) -> list:
        """Speech verbs in mt[start:end] (matches relative to it). intro and pre ask in turn
        about the same region: ``memo``, the caller's own dict for one quotation, keeps the
        answer between them (the Attributor is shared by every thread, so it holds none)."""
        if memo is not None and (start, end) in memo:
            return memo[start, end]
        region = mt[start:end]
        verbs = [v for v in self.verb_re.finditer(region) if _verb_use(region, v)]
        if memo is not None:
            memo[start, end] = verbs
        return verbs

    def _np_after(self, mt: str, start: int, limit: int) -> Optional[tuple[int, int]]:
        seg = mt[start:limit]
        m = _NP_START.match(seg)
        if not m:
            return None
        s, e = start + m.start(1), start + m.end(1)
        rel = _RELATIVE.search(mt, s, e)  # "said a former worker who joined the suit"
        if rel and mt[s:rel.start()].strip():
            e = limit = rel.start()
        parts = [p for p in _segments(mt, s, limit)]
        named = [p for p in parts[:3] if self._has_name(mt[p[0]:p[1]])]
        if named:
            s, e = named[0]
        return _strip_np(mt, s, e, self.adverbs)

    def _subject(self, mt: str, start: int, end: int, first: bool = False) -> Optional[tuple[int, int]]:
        segs = [(start, end)] if first else _segments(mt, start, end)
        if len(segs) >= 2 and mt[segs[-1][0]:segs[-1][1]].strip() in ("who", "which"):
            # "... welcomed by campaigners, who said:": the noun before the relative pronoun
            m = _NP_AFTER_PREP.search(mt, *segs[-2])
            if m:
                return _strip_np(mt, m.start(1), m.end(1), self.adverbs)
        cands = []
        for s, e in reversed(segs):
            seg = mt[s:e]
            m = _DATELINE.match(seg)
            if m:
                s += m.end()
                seg = mt[s:e]
            rel = list(_RELATIVE.finditer(seg))
            if rel and not first:
                after = seg[rel[-1].end():]
                if after.strip():
                    s += rel[-1].end()
                else:
                    e = s + rel[-1].start()
                seg = mt[s:e]
            words = seg.split()
            if not words:
                continue
            while words and words[0].lower().strip("\u2014-") in self.discourse:
                s = mt.index(words[0], s) + len(words[0])
                words = words[1:]
                while s < e and mt[s] in " \u2014-":
                    s += 1
            if not words:
                continue
            w0 = words[0]
            lw = w0.lower()
            if lw in self.not_subject_first or lw in self.participles or (
                    w0[0].islower() and (lw.endswith("ed") or lw.endswith("ing")) and lw not in self.determiners):
                continue
            if words[-1] in self.continuation_heads:
                continue  # "..., Orlando Division wrote": the rest of a court's name
            if len(words) > 12:
                lead = _NAME_OF.match(seg)  # "Judge Ana Ruiz of the U.S. District Court for ..."
                if lead and self._has_name(lead.group(1)):
                    cands.append((s, s + lead.end(1)))
                continue
            if first and w0[0].isupper() and (lw not in self.determiners or words[1:2] and words[1][:1].isupper()):
                # "Acme | filed", "The ACCC | has launched": a name ends at the first lowercase word
                cut = _LOWER_AFTER_NAME.search(seg, seg.find(w0) + len(w0) if lw in self.determiners else 0)
                if cut:
                    e = s + cut.start()
            cands.append((s, e))
            if first:
                break
        if not cands:
            return None
        named = [c for c in cands if self._has_name(mt[c[0]:c[1]])]
        s, e = named[0] if named else cands[0]
        return _strip_np(mt, s, e, self.adverbs)

    def _has_name(self, seg: str) -> bool:
        words = seg.split()
        return any(w in self.first_names for w in words[:-1]) if len(words) >= 2 else False

    def is_pronoun(self, s: str) -> Optional[str]:
        return self.pronouns.get(s.lower())


def _verb_use(region: str, vm) -> bool:
    """'the mother's claims are' and 'continued to decline' are not speech."""
    if vm.group(1).lower() in _lex()[0]["source_cues"]:
        return True
    before = region[max(0, vm.start() - 12):vm.start()].lower()
    if before[-1:].isspace() and _NOT_SPEECH_BEFORE.search(before):
        return False
    if _TO_VERB.match(region, vm.end(), vm.end() + 12):
        return False
    # "the notice of civil claim says": a cue word right before another is its noun
    nxt = _NEXT_WORD.match(region, vm.end())
    if nxt and nxt.group(1).lower() in _speech_verbs():
        return False
    return True


_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset:
    return frozenset(v.lower() for v in _lex()[0]["speech_verbs"])


def _first_comma(mt: str, start: int, end: int) -> int:
    k = mt.find(",", start, end)
    return k if k != -1 else end


_SEGMENT_BREAK = re.compile("[,(\u2014)]|(?<= )\u2013(?= )")  # a spaced en dash is a dash too


def _segments(mt: str, start: int, end: int) -> list[tuple[int, int]]:
    """The comma-separated stretches of mt[start:end]; "(", "\u2014" and a ")" that does not open
    a stretch break it too."""
    out, s = [], start
    for m in _SEGMENT_BREAK.finditer(mt, start, end):
        k = m.start()
        if mt[k] == ")" and k == s:
            continue
        out.append((s, k))
        s = k + 1
    out.append((s, end))
    return [(a, b) for a, b in out if mt[a:b].strip()]


def _strip_np(mt: str, s: int, e: int, adverbs: set) -> Optional[tuple[int, int]]:
    while s < e and not mt[s].isalnum():
        s += 1
    while e > s and not (mt[e - 1].isalnum() or mt[e - 1] in ".)"):
        e -= 1
    # trailing adverbs: "The plaintiffs further"
    while True:
        m = _LAST_WORD.search(mt[s:e])
        if m and m.group(1).lower() in adverbs:
            e = s + m.start()
        else:
            break
    if e <= s:
        return None
    if mt[e - 1] == "." and not _KEEP_FINAL_PERIOD.search(mt[s:e]):
        e -= 1
    return (s, e)
