"""Claim frames: the sentences that report a step of a legal action, and the step.

Each event phrase of ``data/cues/claim_frames.json`` found in a body sentence gives an
``Event`` (stage, kind hint, voice, position). A phrase inside a name ("Court of Appeals",
"Consumer Fraud Act") is no event; one after a blocker ("a motion to dismiss", "could be
fined") still marks the sentence as legal but reports no stage.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from claimx.io.resources import load_json
from claimx.extractors.claims.guards import NeedleCue
from claimx.text.normalize import letter_runs


_WORDS = re.compile(r"[a-z]+")
_COURT_OF = re.compile(r"\bcourts?\s+of\s+$", re.IGNORECASE)


@dataclass
class Event:
    start: int
    end: int
    stage: Optional[str]   # None: blocked or hypothetical
    kind: Optional[str]
    voice: Optional[str]
    text: str
    appellate: bool = False  # a reviewing court's ruling, named or not ("won its appeal")
    court_act: bool = False  # a court's own step, named or not ("the case was put on hold")


@dataclass
class Frame:
    """One sentence with at least one event."""

    start: int
    end: int
    events: list = field(default_factory=list)
    claimants: list = field(default_factory=list)    # Party objects, in order
    respondents: list = field(default_factory=list)
    courts: list = field(default_factory=list)
    past: bool = False
    other: bool = False    # says it reports another case ("a similar class action")
    parallel: bool = False  # says it reports a second action ("separately", "also sued", "its own suit")
    strong: bool = False   # a side was read from a slot ("X sued Y", "against Y"), not from roles only
    guessed: set = field(default_factory=set)  # ids of the sides placed by their party role, not a slot
    subjects: set = field(default_factory=set)  # ids of the sides that are an active event's subject
    aside: set = field(default_factory=set)  # ids of parties named as no side ("Musk's X", "bias against X")
    named: set = field(default_factory=set)  # ids of the sides of the parties the sentence names (no court, judge, counsel)
    refers: bool = False  # refers to an action told before ("the suit", "the company", "It ...")
    captioned: set = field(default_factory=set)  # ids of claimants read from a caption ("Ortiz v. Snap")
    recalls: set = field(default_factory=set)  # stages named as a step told before ("the settlement", "that ruling")
    people: bool = False  # brought by people a class noun names only ("A group of Illinois users has filed")
    opens: bool = False  # announces a second action ("A parallel class action was filed in Quebec")
    new_suit: bool = False  # tells a suit as new, with no side ("a representative claim was issued")
    to_come: set = field(default_factory=set)  # ids of its events told as only to come ("plans to sue")
    headline: bool = False  # a headline or its deck: a whole line without a full stop above the first full one

    @property
    def stages(self) -> list[str]:
        return [e.stage for e in self.events if e.stage]


_HEADLINE_END = re.compile(r"[ \t]*\n")
_LINE_STOPPED = re.compile(r"[.!?\"”’'][ \t]*\n")


def headlines_end(text: str) -> int:
    """Where the lines above the article's first full line (one ending with a full stop) end:
    a sentence that starts before it may be a headline. Read once a text."""
    m = _LINE_STOPPED.search(text)
    return m.end() if m else len(text) + 1


def is_headline(text: str, s: int, e: int, above: Optional[int] = None) -> bool:
    """The sentence is a whole line without a full stop above the article's first full line: a
    headline or its deck, which often join two actions in one line ("Court freezes fine on X as
    consumers sue"). ``above``: ``headlines_end(text)``, where the caller asks of many sentences."""
    return (s == 0 or text[s - 1] == "\n") and text[e - 1:e] not in ".!?\"”’'" and \
        _HEADLINE_END.match(text, e) is not None and s < (headlines_end(text) if above is None else above)


def tells_new_suit(text: str, frame: Frame) -> bool:
    """A suit's noun told as new ("a representative claim was issued in the High Court", "an
    antitrust class action was filed"): ``Frame.new_suit``, for the sentences that name no side."""
    before = cue_pattern("new_suit_before")
    return any(ev.kind == "lawsuit" and ev.voice is None and ev.stage == "filed" and
               before.search(text, max(frame.start, ev.start - 40), ev.start) is not None for ev in frame.events)


@lru_cache(maxsize=None)
def cue_pattern(name: str) -> re.Pattern:
    """One sentence cue of ``cues/claim_frames.json`` compiled case-insensitively, once: the
    single-pattern cues the stages ask for by name ("co_subjects", "penalty_challenged")."""
    return re.compile(load_json("cues/claim_frames.json")[name], re.IGNORECASE)


@lru_cache(maxsize=None)
def needle_cue(name: str) -> NeedleCue:
    """``cue_pattern(name)`` run only in spans that hold one of the strings its matches hold
    (``guards.NeedleCue``)."""
    return NeedleCue(cue_pattern(name))


@lru_cache(maxsize=None)
def guarded_cue(name: str) -> NeedleCue:
    """``cue_pattern(name)`` run only in spans that hold one of its trigger words
    (``cue_triggers``: declared where the pattern's own strings say too little, as a list of
    words each match holds one of)."""
    return NeedleCue(cue_pattern(name), load_json("cues/claim_frames.json")["cue_triggers"][name])


@lru_cache(maxsize=1)
def cues():
    d = load_json("cues/claim_frames.json")
    events = [(re.compile(e["re"], re.IGNORECASE), e["stage"], e.get("kind"), e.get("voice"),
               (tuple(e["triggers"]), True) if e.get("triggers") else (_prefixes(e["re"]), False))
              for e in d["events"]]
    # per event phrase, in the same order: (a reviewing court's ruling, a court's own step)
    event_flags = [(bool(e.get("appellate")), bool(e.get("court_act"))) for e in d["events"]]
    flags = re.IGNORECASE
    return {
        "events": events,
        "event_flags": event_flags,
        "blockers": re.compile(d["blockers"], flags),
        "blocked": frozenset(d["blocked_stages"]),
        "unreached": {k: re.compile(v, flags) for k, v in d["unreached"].items()},
        "unreached_after": re.compile(d["unreached_after"], flags),
        "other_step_before": re.compile(d["other_step_before"], flags),
        "other_step_within": re.compile(d["other_step_within"], flags),
        "other_step_after": re.compile(d["other_step_after"], flags),
        "injunction_after": re.compile(d["injunction_after"], flags),
        "court_order_context": NeedleCue(re.compile(d["court_order_context"], flags)),
        "appeal_ended": re.compile(d["appeal_ended"], flags),
        "future_ok": re.compile(d["future_ok"], flags),
        "money_before": re.compile(d["money_before"], flags),
        "money_after": re.compile(d["money_after"], flags),
        "money_listed": re.compile(d["money_listed"], flags),
        "conversion": re.compile(d["conversion"]),
        "conversion_after_comma": re.compile(d["conversion_after_comma"]),
        "money_sentence": NeedleCue(re.compile(d["money_sentence"], flags)),
        "money_conduct": re.compile(d["money_conduct"], flags),
        "money_conduct_after": re.compile(d["money_conduct_after"], flags),
        "statute_ties": re.compile(d["statute_ties"], flags),
        "past": re.compile(d["past"], flags),
        "other_case": re.compile(d["other_case"], flags),
        "parallel": re.compile(d["parallel"], flags),
        "sentence_cues": tuple((name, re.compile(d[name], flags), tuple(d["cue_triggers"][name]))
                               for name in ("past", "other_case", "parallel", "parallel_lead")),
        "rank": d["stage_rank"],
        "ruling_context": NeedleCue(re.compile(d["ruling_context"], flags)),
        "final_court": re.compile(d["final_court"]),
        "appellate_destination": re.compile(d["appellate_destination"], flags),
        "appellate_name_tail": re.compile(d["appellate_name_tail"], flags),
        "counsel_record": re.compile(d["counsel_record"], flags),
        "plural_actions": re.compile(d["plural_actions"], flags),
        "adjectives": frozenset(d["participle_adjectives"]),
        "adjective_openers": frozenset(d["adjective_openers"]),
        "record_verbs": re.compile(d["record_verbs"], flags),
        "action_refs": re.compile(d["action_refs"]),
        "shield_after": re.compile(d["shield_after"], flags),
        "shield_before": NeedleCue(re.compile(d["shield_before"], flags)),
        "violation_before": re.compile(d["violation_before"]),
        "false_senses": tuple(_false_sense(x) for x in d["false_senses"]),
        "generic": NeedleCue(re.compile(d["generic"], flags)),
        "specific_time": re.compile(d["specific_time"]),
        "argument_words": re.compile(d["argument_words"], flags),
        "defence_words": re.compile(d["defence_words"], flags),
        "claimant_words": re.compile(d["claimant_words"], flags),
    }


def _false_sense(entry: dict):
    def rx(key, tail=""):
        return re.compile(entry[key] + tail, re.IGNORECASE) if key in entry else None
    unless = cue_pattern(entry["unless_after_cue"]) if "unless_after_cue" in entry else rx("unless_after")
    return (re.compile(entry["re"], re.IGNORECASE), rx("before"), rx("after"), unless, bool(entry.get("no_step")))


@lru_cache(maxsize=4096)
def _senses_of(word: str) -> tuple:
    """The false senses whose word ``word`` is, in their order: (before, after, unless, no_step)
    each. Found once per word written so, not tried one by one for every event phrase found
    (the words are the few the event phrases match, so the cache stays small)."""
    return tuple(tuple(rest) for what, *rest in cues()["false_senses"] if what.fullmatch(word))


def sense(text: str, s: int, e: int, lo: int, hi: int) -> str:
    """'step', 'none' (a legal word that reports no step: "a settlement offer") or 'drop' (no
    legal word here: "take orders through the app", "hidden charges", "lawyers withdrew")."""
    for before, after, unless, no_step in _senses_of(text[s:e]):
        tail = text[e:hi]
        if unless is not None and unless.search(tail):
            continue
        hit = (before is None and after is None) or \
            (before is not None and before.search(text[max(lo, s - 40):s])) or \
            (after is not None and after.search(tail))
        if hit:
            return "none" if no_step else "drop"
    return "step"


def find_events(text: str, sents: list[tuple[int, int]], names: list[tuple[int, int]],
                low: Optional[str] = None) -> dict[int, list[Event]]:
    """The events of each sentence (by index into ``sents``, sorted spans); ``names``: sorted
    (start, end) of the names in the text. Each phrase is looked for once over the whole text
    (a pass per phrase, not per sentence)."""
    c = cues()
    starts = [s for s, _ in sents]
    name_starts = [n[0] for n in names]
    found: dict[int, dict[tuple[int, int], Event]] = {}
    if low is None or len(low) != len(text):  # lower case longer somewhere: positions would shift
        low = text.lower()
        low = low if len(low) == len(text) else None
    vocab = _phrase_words_in(low) if low is not None else None
    word_starts: dict[str, list[int]] = {}  # many phrases share a leading word: found once
    events, flags = c["events"], c["event_flags"]
    for i in _phrases_in(vocab):
        (rx, stage, kind, voice, words), (appellate, court_act) = events[i], flags[i]
        for m in _matches(rx, words, text, low, vocab, word_starts):
            s, e = m.start(), m.end()
            k = bisect_right(starts, s) - 1
            if k < 0 or not (s < sents[k][1] and e <= sents[k][1]):
                continue  # outside the body's sentences
            if _in_name(names, name_starts, s, e):
                continue  # starts or ends inside a name: "Court of Appeals", "Consumer Fraud Act"
            lo = sents[k][0]
            before = text[max(lo, s - 40):s]
            if stage == "appealed" and _COURT_OF.search(before):
                continue
            if m.group(0).lower() in c["adjectives"] and _adjective(before, text, e, c["adjective_openers"]):
                continue  # "the alleged shooter", "led to accused killer": an adjective, no step
            meaning = sense(text, s, e, lo, sents[k][1])
            if meaning == "drop":
                continue  # "take orders through the app", "phantom charges": no legal word
            st = stage if meaning == "step" else None
            if st is not None:  # (the tests below can only take a step away)
                after = text[e:min(sents[k][1], e + 60)]
                st = _reached(c, st, before, after)
                if st not in (None, "filed") and _like_another(c, before, m.group(0), after) and \
                        c["other_case"].search(text, lo, sents[k][1]) is None:
                    st = None  # "granted a similar injunction to a rival": another action's step
            bucket = found.setdefault(k, {})
            old = bucket.get((s, e))
            if old is None or (old.stage is None and st is not None):
                bucket[(s, e)] = Event(s, e, st, kind, voice, m.group(0), appellate, court_act)
    out = {}
    for k, bucket in found.items():
        events = _first_longest(bucket.values())
        lo, hi = sents[k]
        # only a step past the filing is taken away, so only then is the sentence read for it
        if any(ev.stage not in (None, "filed") for ev in events) and \
                c["generic"].search(text, lo, hi) and not c["specific_time"].search(text, lo, hi):
            for ev in events:  # "such cases often end in settlements": cases in general, no step
                ev.stage = None if ev.stage != "filed" else ev.stage
        if any(ev.stage == "decided" and ev.kind == "enforcement" for ev in events) and \
                c["court_order_context"].search(text, lo, hi):
            for ev in events:  # "a judge ordered X to stop using the posts": an injunction
                if ev.stage == "decided" and ev.kind == "enforcement" and "order" in ev.text.lower() and \
                        c["injunction_after"].match(text[ev.end:hi]):
                    ev.stage = "ruled"
        if any(ev.stage == "ruled" for ev in events):
            lo, hi = sents[k]
            if c["ruling_context"].search(text, lo, hi) is None:
                for ev in events:  # "a 2018 ruling" with no court in sight: no step of this action
                    if ev.stage == "ruled" and not (ev.appellate or ev.court_act):  # ("his appeal was upheld")
                        ev.stage = None
            elif c["final_court"].search(text, lo, hi):
                for ev in events:
                    if ev.stage == "ruled":
                        ev.stage = "decided"  # the highest court's ruling ends the case
        out[k] = events
    return out


def _reached(c, stage: str, before: str, after: str = "") -> Optional[str]:
    """``stage``, or None where the words around the event say it is not (yet) reached: a
    blocker ("a motion to dismiss", "could be fined"), "will appeal", "if convicted", "an appeal
    had not been lodged", "an appeal, if needed"."""
    if stage != "filed" and c["unreached_after"].match(after):
        return None
    if stage in c["blocked"] and c["blockers"].search(before) and not c["future_ok"].search(before):
        return None
    unreached = c["unreached"].get(stage)
    if unreached is not None and unreached.search(before):
        return None
    if stage == "appealed" and c["appeal_ended"].search(before):
        return None  # "lost its final appeal": decided (an event of its own), not pending
    return stage


def _like_another(c, before: str, words: str, after: str) -> bool:
    """The words around an event make it a step of another action like this one ("a similar
    injunction", "imposed another fine"). A sentence that names that action as another
    ("settled a similar class action", ``other_case``) keeps its step: it starts that action."""
    return bool(c["other_step_before"].search(before) or c["other_step_within"].search(words) or
                c["other_step_after"].match(after))


class SpanCue:
    """``rx.search(text, s, e)`` for spans of one text, run only in the spans whose lower case
    holds one of ``words`` (every match of ``rx`` holds one): most sentences hold none, and a
    few substring tests of the sentence cost less than the scan. ``low``: the text lower-cased
    (None where its lower case is longer: no test, every span scanned)."""

    def __init__(self, rx, words, text: str, low: Optional[str]):
        self.rx, self.words, self.text = rx, words, text
        self.low = low if words is not None and low is not None and len(low) == len(text) else None

    def in_text(self) -> bool:
        """Whether the text may hold a match at all (False: no span of it does)."""
        return self.low is None or any(map(self.low.__contains__, self.words))

    def search(self, s: int, e: int, part: Optional[str] = None):
        """``part``: ``low[s:e]`` where the caller has it already."""
        if self.low is not None:
            if part is None:
                part = self.low[s:e]
            if not any(map(part.__contains__, self.words)):
                return None  # no word of a match in the span: no match
        return self.rx.search(self.text, s, e)


class SentenceCues:
    """Which sentences hold a match of the sentence-wide cues ("previously", "a similar
    suit", "separately"). Every match of a cue holds one of its trigger words
    (``cue_triggers``); the cue's pattern runs only in sentences that hold one."""

    def __init__(self, text: str, low):
        self.low = low if low is not None and len(low) == len(text) else None
        self.cues = [(name, SpanCue(rx, words, text, low)) for name, rx, words in cues()["sentence_cues"]]
        self.by_name = dict(self.cues)

    def flags(self, s: int, e: int) -> dict[str, bool]:
        part = None if self.low is None else self.low[s:e]  # one slice for the three cues
        return {name: cue.search(s, e, part) is not None for name, cue in self.cues}

    def flag(self, name: str, s: int, e: int) -> bool:
        """``flags(s, e)[name]``, the one cue alone: a sentence read for one cue only (the
        lead of a parallel action before a frame) costs no scans of the others."""
        return self.by_name[name].search(s, e) is not None


@lru_cache(maxsize=None)
def opening_words(name: str) -> Optional[tuple]:
    """Lower-case strings one of which every match of the cue ``name`` holds: the words it can
    open with, read from the pattern itself (``prefilter.opening``, so they stay right when the
    data changes); None where they cannot be listed."""
    from claimx.text.prefilter import opening

    o = opening(load_json("cues/claim_frames.json")[name], re.IGNORECASE)
    if o is None or o.marks:
        return None
    words = o.words | set(o.prefixes)
    return tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))  # "argue", not "argued" too


def counsel_record(text: str, s: int, e: int, counsel_starts) -> bool:
    """The sentence opens with the counsel and a verb of its past results ("The firm won a
    $208 million settlement against ...", "Hagens Berman secured ..."): the counsel's record,
    another case than the one the article reports. ``counsel_starts``: {start: end} of the
    counsel parties' mentions."""
    c = cues()
    m = c["counsel_record"].match(text, s, e)
    at = m.end() if m else None
    if at is None and s in counsel_starts:
        at = counsel_starts[s]
        while at < e and text[at] == " ":
            at += 1
    return at is not None and c["record_verbs"].match(text, at, e) is not None


_LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z]+\b(?!\s+(?:that|of|the|a|an|to|in|on|with)\b)")


def _adjective(before: str, text: str, end: int, openers) -> bool:
    """The participle opens a noun phrase: a determiner or preposition before it, a lower-case
    word after it ("the alleged shooter"; not "the lawsuit alleged that ...", "accused the firm of")."""
    m = _LAST_WORD.search(before)
    return m is not None and m.group(1).lower() in openers and _NOUN_AFTER.match(text, end) is not None


# lookbehinds (without groups inside) that open a pattern: "(?<!made the )(?<!strong )\bcase"
_LEADING_LOOKBEHINDS = re.compile(r"(?:\(\?<[!=][^()]*\))+")


def _prefixes(pattern: str):
    """The literal words every match of an event pattern starts with ("sued", "lawsuit" of
    "lawsuits?", "class" of "class[- ]actions?"), or None if the pattern does not start so.
    Lookbehinds before the first word match no text of their own, so they are passed over:
    ``rx.match`` at a word start still reads what stands before it (a pattern left without
    prefixes would be tried at every position of the text, its lookbehinds each time)."""
    lead = _LEADING_LOOKBEHINDS.match(pattern)
    if lead is not None:
        pattern = pattern[lead.end():]
    m = re.match(r"\\b\(\?:", pattern)
    if m:
        depth, i, alts, cur = 1, m.end(), [], ""
        while i < len(pattern) and depth:
            ch = pattern[i]
            if ch == "\\":
                cur += pattern[i:i + 2]
                i += 2
                continue
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            if depth == 1 and ch == "|":
                alts.append(cur)
                cur = ""
            elif depth:
                cur += ch
            i += 1
        alts.append(cur)
    elif pattern.startswith("\\b"):
        alts = [pattern[2:]]
    else:
        return None
    out = []
    for alt in alts:
        lead = re.match(r"[a-z]+", alt)
        if lead is None:
            return None
        word = lead.group(0)
        if alt[len(word):len(word) + 1] in ("?", "*", "{"):
            word = word[:-1]  # "suits?": the last letter is optional
        if not word:
            return None
        out.append(word)
        out.append(lead.group(0))
    return tuple(sorted(set(out)))


def _phrases_in(vocab) -> list[int]:
    """The indexes, in order, of the event phrases that may match a text whose words are
    ``vocab`` (None: all): those with one of their words in it, found from the few words the
    text and the phrases share (one set operation a text) instead of a test per phrase."""
    every, by_word, unlisted, _ = _phrase_index()
    if vocab is None:
        return list(range(every))
    found = set(unlisted)
    for w in vocab.intersection(by_word):
        found.update(by_word[w])
    return sorted(found)


def _phrase_words_in(low: str) -> frozenset:
    """The event phrases' words that are words of the lower-cased text (``_WORDS`` matches,
    runs of a-z), the only words of it ``_matches`` asks about. The text's words are read
    in C at a few instructions a character (``normalize.letter_runs``, split); the set of
    every word (``_WORDS.findall``) cost ~5% of the claims stage."""
    present = _phrase_index()[3].intersection(letter_runs(low).split())
    return frozenset(w.decode() for w in present)


@lru_cache(maxsize=1)
def _phrase_index() -> tuple[int, dict[str, tuple[int, ...]], tuple[int, ...], frozenset]:
    """(number of event phrases, {word: indexes of the phrases it may open or trigger},
    indexes of the phrases with no word list, which every text tries, the words as bytes)."""
    by_word: dict[str, list[int]] = {}
    unlisted = []
    for i, (_rx, _stage, _kind, _voice, (words, _around)) in enumerate(cues()["events"]):
        if words is None:
            unlisted.append(i)
            continue
        for w in words:
            by_word.setdefault(w, []).append(i)
    return len(cues()["events"]), {w: tuple(v) for w, v in by_word.items()}, tuple(unlisted), \
        frozenset(w.encode() for w in by_word)


def _matches(rx, words, text: str, low, vocab, word_starts=None):
    """rx.finditer(text), found faster: the pattern is tried only where a word starts with one
    of its literal prefixes (``words`` = (prefixes, False)), or around one of its trigger words
    (``words`` = (triggers, True)), found by str.find in the lower-cased text. ``word_starts``:
    the positions of each word found so far in this text, shared by the phrases of one call."""
    found, around = words
    if found is None or low is None or vocab is None:
        yield from rx.finditer(text)
        return
    present = vocab.intersection(found)
    if not present:
        return  # none of its words is in the text
    if word_starts is None:
        word_starts = {}
    starts = set()
    for p in present:  # (a word nowhere in the text needs no scan)
        at = word_starts.get(p)
        if at is None:
            at = word_starts[p] = _word_starts(p, low)
        starts.update(at)
    last_end = -1
    n = len(text)
    for i in sorted(starts):
        if around:
            pos = max(last_end, i - 60)
            while pos <= i:
                m = rx.search(text, pos, min(n, i + 120))
                if m is None or m.start() > i:
                    break
                if m.end() > i:
                    last_end = m.end()
                    yield m
                    break
                pos = m.end() if m.end() > pos else pos + 1
            continue
        if i < last_end:
            continue
        m = rx.match(text, i)
        if m is not None:
            last_end = m.end()
            yield m


def _word_starts(word: str, low: str) -> list[int]:
    """Where ``word`` starts a word of the lower-cased text (no letter or digit before it)."""
    out = []
    i = low.find(word)
    while i != -1:
        if i == 0 or not low[i - 1].isalnum():
            out.append(i)
        i = low.find(word, i + 1)
    return out


def _in_name(names, name_starts, s: int, e: int) -> bool:
    """Whether s or e - 1 falls inside one of the (sorted) names; nested names are looked at too."""
    for pos in (s, e - 1):
        j = bisect_right(name_starts, pos) - 1
        while j >= 0 and pos - name_starts[j] < 200:
            if names[j][0] <= pos < names[j][1]:
                return True
            j -= 1
    return False


def _first_longest(events) -> list[Event]:
    out, last_end = [], -1
    for ev in sorted(events, key=lambda ev: (ev.start, -ev.end)):  # overlapping phrases: the first, longest
        if ev.start >= last_end:
            out.append(ev)
            last_end = ev.end
        elif out and out[-1].stage is None and ev.stage:
            out[-1] = ev
    return out
