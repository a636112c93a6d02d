"""Linking: which names of a frame sentence bring the action and which face it.

Slots decide first: the subject and object of an active event ("X sued Y"), the subject of
a passive one ("Y was fined", "Y agreed to pay"), "against Y", "filed by X", "X's lawsuit",
"X v. Y". A slot holds a capitalized run; a party mention inside it makes it that party
(counsel and judges are on no side; courts are noted as where the action is heard). Party
mentions no slot placed fall back on their role: plaintiffs claim, defendants respond, an
agency claims in an enforcement or prosecution frame.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from claimx.io.resources import load_json
from claimx.extractors.claims.frames import Frame, cue_pattern, cues, needle_cue
from claimx.extractors.claims.assembly import employer_only, investigator, investigator_name, official_and_office
from claimx.extractors.parties.speakers import is_polity
from claimx.extractors.parties.words import describes_name_after
from claimx.extractors.claims.names import Sides, aside_end, clean, coordinated, runs

_AGAINST = re.compile(r"\b(?:against|v\.|vs\.?|versus)\s+(?:the\s+|its\s+|rival\s+)?$", re.IGNORECASE)
_BY = re.compile(r"(?<!represented )(?<!\bled )\b(?:by|on\s+behalf\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# "by X" brings the action only after a word of one ("filed by", "a lawsuit by", "charges brought
# by"), not "buses sent by X" or "steps taken by X"
_BY_ACTION = re.compile(r"\b(?:filed|brought|sued|suit|lawsuits?|complaints?|actions?|case|petition|charges?|charged|"
                        r"claims?|challenge|appeal|initiated|launched|commenced|prosecuted|fined|penalized|imposed|levied|penalty|penalties|fines?|"
                        r"indicted|investigated|pursued|ordered|class[- ]action)\b(?:[^.;]|(?<=[A-Z])\.){0,110}?"
                        r"\b(?:by|on\s+behalf\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_BY_PLACE = re.compile(r"(?<=\s)[A-Z][\w.'’-]*\s+([a-z]+)\s+$")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s*$")
_V_AFTER = re.compile(r"\s+(?:v\.|vs\.?|versus)\s", re.IGNORECASE)
# a government body's name before its action, as a modifier ("a Federal Trade Commission lawsuit",
# "an FTC antitrust suit"); a company's name so placed is more often whom the suit is against
_MODIFIED_ACTION = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:lawsuits?|suits?|complaints?|case|petition|civil action|"
                              r"prosecution|indictment|enforcement action)\b")
_POSS_ACTION = re.compile(r"(?:'s|’s|'|’)\s+(?:[\w-]+\s+){0,3}?(?:lawsuits?|suits?|complaints?|case|petition|"
                          r"class[- ]action|claims?|legal action|legal challenge|challenge)\b", re.IGNORECASE)
# what may stand between an active verb and its object: determiners and a few lower-case words
_OBJECT_GAP = re.compile(r"^\s*(?:(?:[a-z][\w-]*|[\w-]+-based|U\.S\.)\s+){0,3}$")
# a time between a subject and its verb: "The FTC in March 2023 sued", "X earlier this month sued";
# "agreed" before a time that parts it from its "to pay" ("X agreed on Monday to pay")
_WHEN = (r"(?:in|on|since|by)\s+(?:early\s+|late\s+|mid-)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}|"
         r"on\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|(?:earlier|late|later)\s+(?:this|last)\s+\w+")
_SUBJECT_GAP = re.compile(r"^(?:\s*,[^,;\"“”]{0,60},\s*|\s+|\s*,\s+(?=(?:all|both|together|each|jointly)\b))(?:(?:has|have|had|also|then|now|formally|previously|"
                          r"recently|first|again|on \w+|last \w+|this \w+|in \w+|jointly|quickly|will|would|is|are|"
                          r"was|were|been|being|to|today|yesterday|all|both|together|each|separately|"
                          r"subsequently|later|initially|successfully|agreed|agrees|in principle|" + _WHEN + r")\s+){0,4}$", re.IGNORECASE)
# a time that holds a capitalized word, alone between a subject and its verb ("in March 2023")
_TIME_GAP = re.compile(r"^\s+(?:" + _WHEN + r")\s+(?:(?:has|have|had|also|then|formally|jointly|quickly)\s+){0,2}$")
# an apposition that holds a name, between a subject and its verb
_APPOSITION = re.compile(r"^\s*,\s+(?:the|a|an|its|his|her|their)\s+[^,;\"“”]{0,80},\s*(?:(?:has|have|had|also|then|now)\s+)?$")
_BY_GERUND = re.compile(r"\bby\s+$", re.IGNORECASE)
_GERUND = re.compile(r"[a-z]+ing\b", re.IGNORECASE)
# a co-claimant: "filed a joint lawsuit with Kiwi Farms", "sued together with the city"
_JOINT_WITH = re.compile(r"\b(?:joint(?:ly)?\s+(?:[\w-]+\s+){0,2}?(?:lawsuit|suit|complaint|petition|action|challenge)|"
                         r"(?:sued|filed|brought)\s+(?:[\w-]+\s+){0,3}?together)\s+with\s+(?:the\s+)?$", re.IGNORECASE)
_JOIN_BACK = re.compile(r"^(?:\s*,\s*|\s*,?\s+(?:and|as well as)\s+(?:the\s+)?|\s*&\s*)$")
# "awarded $200 million to the family of X", "pay $90 million to X" (a sum's decimal point is
# no sentence end: "pay $42.6 million in damages to ...")
_PAID_TO = re.compile(r"\b(?:award\w*|pa(?:y|id|ying|yout))\b(?:[^.;]|(?<=\d)\.(?=\d)){0,160}?\bto\s+(?:the\s+)?"
                      r"(?:(?:surviving\s+)?(?:family|families|estate|parents?|relatives)(?:\s+members)?\s+of\s+)?$",
                      re.IGNORECASE)
_POSS_END = re.compile(r"(?:'s|’s)$")  # a run that kept its possessive ("FTC’s federal lawsuit")
_PARTICIPLE = re.compile(r"[a-z]+ed\b", re.IGNORECASE)  # an event that opens with a past participle
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:(?:also|not|now|then|later|each|all|both|since|jointly|[a-z]+ly)\s+)?$",
                        re.IGNORECASE)  # "are charged", "are also charged", "was formally charged"
_DEFINITE = re.compile(r"\b(?:the|that|this)\s+$", re.IGNORECASE)  # "the settlement": a step told before
# what follows a participle that makes it passive: the agent ("fined £4.8m by ICO")
_AGENT_AFTER = re.compile(r"(?:[^.;,]|[.,](?=\d)){0,30}?\bby\s+(?:the\s+)?[A-Z]")
# a name after a preposition is no verb's subject ("a pill he bought through Snapchat has filed")
_PREP_BEFORE = re.compile(r"\b(?:through|from|with|via|into|onto|about|at|to|for|on|in)\s+(?:the\s+)?$")
# a relative clause between a subject and its verb, closed by a comma right before it
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b[^;,\"“”]{0,200},\s*(?:(?:has|have|had|also|then|now)\s+){0,2}$")
_NO_SIDE = frozenset({"judge", "counsel"})


@lru_cache(maxsize=1)
def _member_of() -> re.Pattern:
    """A person's role in an organisation right before its name ("The founder of Corvane Motors
    was charged", "two directors of Kopa Ltd"): the name is part of the role's phrase, no
    verb's subject (cues/claim_frames.json ``member_of_heads``)."""
    heads = "|".join(map(re.escape, load_json("cues/claim_frames.json")["member_of_heads"]))
    return re.compile(r"\b(?:" + heads + r")\s+(?:at|of)\s+(?:the\s+)?$", re.IGNORECASE)


def _ends_as_paid_to(text: str, lo: int, s: int) -> bool:
    """Whether the words before ``s`` end as every ``_PAID_TO`` match ends: "to", "the" or
    "of" and whitespace. The pattern reads up to 160 characters lazily from each "pay" or
    "award" before the name; most names after such a word follow no "to": one test of the
    last word instead."""
    j = s
    while j > lo and text[j - 1].isspace():  # (str.isspace is re's \s)
        j -= 1
    return j < s and text[max(lo, j - 3):j].lower().endswith(("to", "the", "of"))


def _owns_action(text: str, s: int, e: int) -> bool:
    """A run that kept its possessive and owns an action: "joined the FTC’s federal lawsuit"."""
    if e <= s or text[e - 1] not in "s\n":
        return False  # (most runs: no "'s" can end there, so the search need not run)
    m = _POSS_END.search(text, s, e)
    return m is not None and _POSS_ACTION.match(text, m.start()) is not None


_ADJUNCT_BEFORE = re.compile(r"\b(?:at|on|for|with|under|in|upon)\s+$")
_OWNER_OF_THING = re.compile(r"(?:'s|’s)\s+[a-z]")


def _adjunct_owner(text: str, s: int, e: int) -> bool:
    """A name that only owns the thing of a phrase of manner ("copied notebooks at Delahaye's
    request", "on Acme's behalf"): no side of the sentence's step, whatever its role."""
    return _OWNER_OF_THING.match(text, e) is not None and _ADJUNCT_BEFORE.search(text, max(0, s - 8), s) is not None \
        and _POSS_ACTION.match(text, e) is None


def _split_owners(text: str, rs: list, mentions) -> list:
    """A run that holds an owner and what it owns ("Elon Musk's X", "Alphabet's YouTube") is
    two names: it is cut after a party mention that ends at the possessive where another
    mention starts right after it, unless one mention spans the possessive ("Attorney
    General's Office" named whole; "Sheriff's Department" is no owner and what it owns)."""
    out = []
    for s, e in rs:
        cut = None
        for ms, me, _ in mentions:
            if s <= ms and me < e and text[me:me + 2] in ("'s", "’s") and text[me + 2:me + 3] == " " and \
                    any(ns == me + 3 and ne <= e for ns, ne, _ in mentions) and \
                    not any(ns < me + 2 and me < ne for ns, ne, _ in mentions if (ns, ne) != (ms, me)):
                cut = me + 2
                break
        if cut is None or cut + 1 >= e:
            out.append((s, e))
        else:
            out.extend([(s, cut), (cut + 1, e)])
    return out


@lru_cache(maxsize=1)
def _place_modifiers() -> frozenset:
    """Words such as "resident" between a one-word place and a name ("Evanston resident
    Marisol Quintero"): those the party finder reads so (``lexicons/name_words.json``)."""
    return frozenset(load_json("lexicons/name_words.json")["place_modifier_nouns"])


_MODIFIER_AFTER = re.compile(r"\s+([a-z]+)\b(\s+(?=[A-Z]))?")


def _where_from(text: str, run: tuple[int, int], mentions) -> bool:
    """A one-word run, no party's mention, before "resident", "native" and a name ("Evanston
    resident Marisol Quintero"), or a known state or city before such a word ("every Illinois
    resident"), or before words ending in one and a name ("Miami crypto exchange Halvard"): it
    says where someone or something is from, it is no side."""
    s, e = run
    if " " in text[s:e] and text[s:e] not in _known_places():
        return False  # ("San Francisco startup Kindlr": a place of two words too)
    m = _MODIFIER_AFTER.match(text, e)
    described = False
    if m is None or m.group(1) not in _place_modifiers():
        # "Miami crypto exchange Halvard": the name after it
        if not describes_name_after(text, e, _place_modifiers()):
            return False
        described = True
    if any(ms <= s < me for ms, me, _ in mentions):
        return False
    return described or m.group(2) is not None or text[s:e] in _known_places()


@lru_cache(maxsize=1)
def _known_places() -> frozenset:
    pl = load_json("lexicons/places.json")
    return frozenset(pl["us_states"]) | frozenset(pl["countries"]) | frozenset(pl["cities"])


def _whole_mentions(rs: list, mentions) -> list:
    """Runs cut inside one party mention are one name again: a word the text also writes in
    lower case cuts a run ("office"), but not the name the parties finder read whole ("U.S.
    Attorney's Office for the District of Massachusetts")."""
    out: list = []
    for s, e in rs:
        if out:
            ps, pe = out[-1]
            if any(ms < pe and e <= me + 1 and s > ms and pe <= me for ms, me, _ in mentions):
                out[-1] = (ps, max(e, pe))
                continue
        out.append((s, e))
    return out


def _owner_of_next(text: str, run: tuple[int, int], nxt: tuple[int, int]) -> bool:
    return text[run[1] - 2:run[1]] in ("'s", "’s") and text[run[1]:nxt[0]] == " "


def _appositive(gap: str) -> bool:
    words = gap.split()
    return 0 < len(words) <= 2 and words[-1].lower() in appositive_words()


@lru_cache(maxsize=1)
def appositive_words() -> frozenset:
    return frozenset(load_json("cues/claim_frames.json")["appositive_words"])


@lru_cache(maxsize=1)
def _slot_stops() -> tuple[frozenset, frozenset, frozenset]:
    d = load_json("cues/claim_frames.json")
    return frozenset(d["object_gap_stop"]), frozenset(d["against_not_after"]), frozenset(d["court_part_heads"])


def _court_parts(text: str, mentions) -> set:
    """Ids of the parties every mention of which is a part of the court named just before it
    ("..., Oakland Division"): a court's division is no side."""
    heads = _slot_stops()[2]
    court_ends = {e for _, e, p in mentions if p.role == "court" or p.kind == "court"}
    verdict: dict[int, bool] = {}
    for s, e, p in mentions:
        if p.role == "court" or p.kind == "court":
            continue
        words = text[s:e].split()
        before = text[max(0, s - 4):s]
        part = bool(words) and words[-1] in heads and any(
            (s - k) in court_ends and before[len(before) - k:].strip() == "," for k in range(2, min(4, len(before)) + 1))
        verdict[id(p)] = verdict.get(id(p), True) and part
    return {k for k, v in verdict.items() if v}


@lru_cache(maxsize=1)
def _state_marks() -> tuple[frozenset, frozenset]:
    d = load_json("lexicons/places.json")
    return frozenset(d["us_states"].values()) | frozenset(d["state_abbreviations"]), frozenset(d["us_states"])


_STATE_AFTER = re.compile(r",\s+([A-Z][\w.]*(?:\s[A-Z][a-z]+)?)(?=[,;:)]|\.(?:\s|$)|$|\s+[a-z])")


def _places(text: str, rs: list) -> set:
    """Indexes of the runs that are a place, "City, ST" ("Gulf Coast, MS", "DeRidder, La."),
    and of the state code after it: a place is no side (states in a list are: "Arizona,
    California and Oregon sued ..."; a state's full name after a comma is no code)."""
    out = set()
    marks, states = _state_marks()
    for i, (s, e) in enumerate(rs):
        m = _STATE_AFTER.match(text, e) if text[e:e + 1] == "," else None  # (it opens with the comma)
        if m is None or m.group(1) not in marks or text[s:e] in states or text[s:e] in marks:
            continue
        out.add(i)
        if i + 1 < len(rs) and rs[i + 1][0] == m.start(1):
            out.add(i + 1)
    return out


_LINK_WORDS = frozenset({"and", "or", "of", "the", "a", "an", "to", "for", "by", "its", "their", "his", "her", "who",
                         "which", "over", "against", "said", "says"})


@lru_cache(maxsize=1)
def _class_after() -> re.Pattern:
    nouns = load_json("cues/claim_frames.json")["class_nouns"]
    return re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}?)(?:" + "|".join(map(re.escape, sorted(nouns, key=len, reverse=True))) +
                      r")\b(?!['’-])")


def _describes_class(text: str, end: int, limit: int) -> bool:
    """The name only describes a class of people after it ("brought by Android app
    developers", "Instagram users sued"): the class brings the action, not the name."""
    m = _class_after().match(text, end, limit)
    if m is None:
        return False
    words = m.group(1).split()
    return not any(w in _LINK_WORDS or w in _slot_stops()[0] for w in words)


@lru_cache(maxsize=1)
def _office_join() -> re.Pattern:
    offices = load_json("cues/claim_frames.json")["place_offices"]
    return re.compile(r"^\s+(?:" + "|".join(map(re.escape, sorted(offices, key=len, reverse=True))) +
                      r")\s*,?\s+(?:and|as well as)\s+(?:the\s+)?$")


_CLAUSE_SEP = re.compile(r",\s+(?:and|while|whereas|but)\s+|;\s+")
_HEADLINE_SEP = re.compile(r",\s+(?:(?:and|while|as|but)\s+)?|;\s+")  # a headline joins clauses by a bare comma too


def told_apart_after(text: str, s: int, e: int) -> bool:
    """The sentence at ``s:e`` opens by saying the actions just told were brought apart ("The
    three lawsuits were filed separately"): the claimants of the sentence before each sue alone."""
    return cue_pattern("separate_actions_after").match(text, s, e) is not None


@lru_cache(maxsize=1)
def _time_words() -> frozenset:
    """Weekday and month names (patterns/dates.json): a run that is one names no side."""
    lex = load_json("patterns/dates.json")
    months = [m for row in lex["months"] for m in ([row] if isinstance(row, str) else row)]
    return frozenset(lex["weekdays"]) | frozenset(months)


def _action_agent(text: str, lo: int, s: int) -> bool:
    """The name at ``s`` is who brings an action told by a phrase before it ("In a case brought
    by the Justice Department on behalf of the FTC, Acme agreed ..."): no part of the list the
    clause's subject after it opens."""
    before = text[max(lo, s - 30):s]
    place = _BY_PLACE.search(before)  # "brought by Evanston resident Marisol Quintero"
    if place is not None and place.group(1) in _place_modifiers():
        s, before = s - (len(before) - place.start()), before[:place.start()]
    return _BY.search(before) is not None and _BY_ACTION.search(text, max(lo, s - 130), s) is not None


def _object_gap(gap: str) -> bool:
    """Only determiners and a few words between a verb and its object, none that opens a
    clause or a phrase of its own ("claimed that under Connecticut law")."""
    return _OBJECT_GAP.match(gap) is not None and not any(w in _slot_stops()[0] for w in gap.split())


def _against(text: str, lo: int, s: int):
    """'against X' (or 'X v. Y') before the name at ``s``: True; False after a word that makes
    the name no party ("discriminate against Asian Americans", "retaliate against critics");
    None when no 'against' stands there."""
    before = text[max(lo, s - 30):s]
    m = _AGAINST.search(before)
    if m is None:
        return None
    word = _WORD_BEFORE.search(text, max(lo, s - len(before) + m.start() - 30), s - len(before) + m.start())
    return word is None or word.group(1).lower() not in _slot_stops()[1]


class _Slots:
    """One frame sentence's name runs and the sides its slots placed them on."""

    def __init__(self, frame: Frame, rs: list[tuple[int, int]]):
        self.frame, self.rs = frame, rs
        self.index = {r: i for i, r in enumerate(rs)}
        self.placed: dict[int, str] = {}  # run index -> "c" | "r"; the first slot to place a run wins
        self.subjects: set[int] = set()  # run indexes before an active event
        self.captions: set[int] = set()  # run indexes placed as a caption's first side ("a case known as Ortiz v. Snap")
        self.settlers: set[int] = set()  # run indexes placed as who settles ("X agreed to pay", "the FTC settlement")

    def put(self, i: int, side: str) -> None:
        self.placed.setdefault(i, side)
        self.frame.strong = True

    def put_joined(self, text: str, run: tuple[int, int], limit: int, side: str) -> None:
        """The run and the runs joined to it ("A, B and C") on ``side``."""
        for r in coordinated(text, *run, limit):
            if r in self.index:
                self.put(self.index[r], side)


class Linker:
    """Places the names of each frame sentence; one per ``find`` call (holds its ``Sides``)."""

    def __init__(self, text: str, parties, sides: Sides, statutes=()):
        self.text = text
        self.laws = sorted((m.start, m.end) for st in statutes for m in st.mentions)
        self.law_starts = [s for s, _ in self.laws]
        self.law_reach = max((e - s for s, e in self.laws), default=0)  # the longest law mention
        self.sides = sides
        ms = sorted(((m.start, m.end, p) for p in parties for m in p.mentions), key=lambda t: (t[0], t[1]))
        self.mentions = ms
        self.starts = [m[0] for m in ms]
        self.court_parts = _court_parts(text, ms)
        self.court_names = [p.name for p in parties if p.role == "court" or p.kind == "court"]

    def link(self, frame: Frame) -> None:
        """Place the frame's names on their sides, in steps: the sentence's name runs; the
        slots of each event ("X sued Y", "Y was fined"); the slots of marker words ("against
        Y", "filed by X", "X v. Y"); what the placed runs are (a party, a court, a name); and,
        where no slot filled a side, the party roles."""
        lo, hi = bisect_left(self.starts, frame.start), bisect_left(self.starts, frame.end)
        mentions = self.mentions[lo:hi]
        frame.aside.update(id(p) for _, _, p in mentions if id(p) in self.court_parts)
        slots = _Slots(frame, self._runs(frame, mentions))
        for ev in frame.events:
            voice = self._voice(frame, ev)
            if voice == "active":
                self._object_slot(frame, ev, slots)
            if voice in ("active", "passive"):
                self._subject_slot(frame, ev, voice, slots)
        self._marker_slots(frame, mentions, slots)
        text, rs = self.text, slots.rs
        for i in [i for i in slots.placed if _describes_class(text, rs[i][1], frame.end)]:
            del slots.placed[i]
        used = self._place_runs(frame, mentions, slots)
        for _, _, party in mentions:
            if party.role not in _NO_SIDE and party.role != "court" and party.kind != "court" and \
                    id(party) not in self.court_parts:
                frame.named.add(id(self.sides.of_party(party)))
        if not frame.respondents or any(st != "filed" for st in frame.stages):  # the frames assembly asks about
            frame.refers = cues()["action_refs"].search(text[frame.start:frame.end]) is not None
        frame.recalls = {ev.stage for ev in frame.events if ev.stage and
                         _DEFINITE.search(text, max(frame.start, ev.start - 6), ev.start)}
        self._place_by_role(frame, mentions, used)

    def _runs(self, frame: Frame, mentions) -> list[tuple[int, int]]:
        """The sentence's name runs: no law's name ("EPA" for a law is no side), a party
        mention cut by a lower-case word whole again, an owner apart from what it owns."""
        # the laws that can overlap the sentence: those starting at most the longest mention before it
        laws = self.laws[bisect_left(self.law_starts, frame.start - self.law_reach):
                         bisect_left(self.law_starts, frame.end)]
        rs = runs(self.text, frame.start, frame.end, self.sides.common)
        if laws:  # (most sentences: none, and no test per run)
            rs = [r for r in rs if not any(ls < r[1] and r[0] < le for ls, le in laws)]
        rs = _split_owners(self.text, _whole_mentions(rs, mentions), mentions)
        return [r for r in rs if not _where_from(self.text, r, mentions)]

    def _voice(self, frame: Frame, ev) -> str:
        """The event's voice, passive where an active verb's participle reads as one."""
        text, voice = self.text, ev.voice
        if voice == "active" and _PARTICIPLE.match(ev.text) and _BE_BEFORE.search(text, max(frame.start, ev.start - 24), ev.start):
            voice = "passive"  # "Goodlett and Jaynes are accused of ...", "was charged"
        elif voice == "active" and _PARTICIPLE.match(ev.text) and _AGENT_AFTER.match(text, ev.end, frame.end):
            voice = "passive"  # a headline's "Kindlr fined £4.8m by ICO", "Google sued by DOJ"
        return voice

    def _object_slot(self, frame: Frame, ev, slots: "_Slots") -> None:
        """An active event's object responds ("sued Y", "sued A, B and C")."""
        text, rs = self.text, slots.rs
        j = self._first_after(rs, ev.end)
        if j is not None and j + 1 < len(rs) and _appositive(text[rs[j][1]:rs[j + 1][0]]):
            j += 1  # "Acme Corp. executive John Miller"
        if j is not None and j + 1 < len(rs) and _owner_of_next(text, rs[j], rs[j + 1]):
            j += 1  # "sued Elon Musk's X": the owned one is sued
        if j is not None and _object_gap(text[ev.end:rs[j][0]]):
            slots.put_joined(text, rs[j], frame.end, "r")

    def _subject_slot(self, frame: Frame, ev, voice: str, slots: "_Slots") -> None:
        """An event's subject, with the names joined to it: it brings an active event's action
        ("X sued"), it faces a passive one ("Y was fined")."""
        text, rs = self.text, slots.rs
        j = self._last_before(rs, ev.start)
        if voice == "active" and j is not None:
            gap = text[rs[j][1]:ev.start]
            if (cue_pattern("whose_office").match(gap) or cue_pattern("owner_office").match(gap)) and \
                    not self._defendant_run(frame, rs[j]):
                # "a setback for Attorney General John Formella, whose office brought the charges";
                # "Paxton's office has also sued Google"
                slots.subjects.add(j)
                slots.put(j, "c")
                return
        rel = _RELATIVE.search(text, frame.start, ev.start)
        if rel is not None and (j is None or not _SUBJECT_GAP.match(text[rs[j][1]:ev.start])):
            # "A, which publishes B and C, sued D": the subject is the run before the clause
            j = self._last_before(rs, rel.start() + 1)
            if j is not None and rs[j][1] != rel.start():
                j = None
            gap_ok = j is not None
        else:
            gap_ok = j is not None and _SUBJECT_GAP.match(text[rs[j][1]:ev.start]) is not None
            if gap_ok and j and text[rs[j][0]:rs[j][1]] in _time_words() and \
                    _PREP_BEFORE.search(text, max(frame.start, rs[j][0] - 12), rs[j][0]) and \
                    _SUBJECT_GAP.match(text[rs[j - 1][1]:ev.start]):
                j -= 1  # a weekday or month is in a time the gap allows: "X agreed on Monday to pay"
            if not gap_ok and j and _TIME_GAP.match(text[rs[j - 1][1]:ev.start]):
                j, gap_ok = j - 1, True  # the run just before is part of a time: "The FTC in March 2023 sued"
            if not gap_ok and j and self._defined_acronym(rs, j) and \
                    _SUBJECT_GAP.match(text[rs[j][1] + 1:ev.start]):
                j, gap_ok = j - 1, True  # "the Public Prosecutor's Office (MPSP) filed": the name it abbreviates
            if not gap_ok and j:
                k = next((k for k in range(j - 1, max(-1, j - 4), -1) if _APPOSITION.match(text[rs[k][1]:ev.start])), None)
                if k is not None:
                    # "Dow Jones, the publisher of The Wall Street Journal, sued"; "Pricerunner, the
                    # comparison service owned by Klarna, sued": the name before the apposition
                    j, gap_ok = k, True
            if not gap_ok and voice == "active" and j is not None:
                co = cue_pattern("co_subjects").match(text, rs[j][1], ev.start)
                gap_ok = co is not None and _SUBJECT_GAP.match(text[co.end():ev.start]) is not None
                # "Texas and a coalition of more than a dozen other states sued": Texas brings it
            if not gap_ok and voice == "active" and rs and rs[0][0] - frame.start <= 4 and \
                    _BY_GERUND.search(text, max(frame.start, ev.start - 4), ev.start) and \
                    _GERUND.match(ev.text):
                j, gap_ok = 0, True  # "4chan responded in August by filing a lawsuit": the sentence's subject
        if not gap_ok or _PREP_BEFORE.search(text, max(frame.start, rs[j][0] - 12), rs[j][0]) or \
                _member_of().search(text, max(frame.start, rs[j][0] - 40), rs[j][0]) or \
                self._joined_to_object(rs, j, frame.start):
            return
        side = "c" if voice == "active" else "r"
        if side == "c" and j not in slots.placed:
            slots.subjects.add(j)
        if side == "r" and ev.stage == "settled" and j not in slots.placed:
            slots.settlers.add(j)
        slots.put(j, side)
        k = j
        while k > 0 and (_JOIN_BACK.match(text[aside_end(text, rs[k - 1][1], rs[k][0]):rs[k][0]]) or
                         (_POSS_END.search(text, rs[k - 1][0], rs[k - 1][1]) and
                          _office_join().match(text[rs[k - 1][1]:rs[k][0]]))) and \
                not _PREP_BEFORE.search(text, max(frame.start, rs[k - 1][0] - 12), rs[k - 1][0]) and \
                not _action_agent(text, frame.start, rs[k - 1][0]):
            k -= 1
            slots.put(k, side)  # (also "Oregon's attorney general and the FTC sued": the state)

    def _defined_acronym(self, rs, j: int) -> bool:
        """Run ``j`` is an acronym in brackets right after run ``j - 1`` ("... Office (MPSP)")."""
        text = self.text
        return text.startswith(")", rs[j][1]) and text[rs[j - 1][1]:rs[j][0]].strip() == "(" and \
            text[rs[j][0]:rs[j][1]].isupper()

    def _marker_slots(self, frame: Frame, mentions, slots: "_Slots") -> None:
        """The slots marker words open before or after a name: "against Y" (or "Y v." after a
        word that makes Y no party: aside), "a joint lawsuit with X", "filed by X", "X v. Y",
        "X's lawsuit", "pay $5 million to X"."""
        text, rs, put = self.text, slots.rs, slots.put
        sent_low = text[frame.start:frame.end].lower()
        paid = "pay" in sent_low or "paid" in sent_low or "award" in sent_low
        complained = "omplaint" in sent_low and cue_pattern("complainant_before")
        for i, (s, e) in enumerate(rs):
            if complained and complained.search(text, max(frame.start, s - 160), s) and \
                    not cue_pattern("complaint_in_court").match(text[e:frame.end]):
                party = self._party_in(mentions, s, e)
                if party is None or party.kind != "government":  # (a body's complaint is its action)
                    if party is not None:
                        frame.aside.add(id(party))  # "after a complaint from Spotify": who complained, no side
                    continue
            before = text[max(frame.start, s - 30):s]
            low_before = before.lower()  # cheap tests first: most names have none of these cues
            against = _against(text, frame.start, s) if ("against" in low_before or " v" in low_before) else None
            if against is False:
                party = self._party_in(mentions, s, e)
                if party is not None:
                    frame.aside.add(id(party))  # the group discriminated against is no side
            if against:
                if i + 1 < len(rs) and _owner_of_next(text, rs[i], rs[i + 1]):
                    s, e = rs[i + 1]  # "against Elon Musk's X"
                slots.put_joined(text, (s, e), frame.end, "r")
            elif "with" in low_before and _JOINT_WITH.search(text, max(frame.start, s - 80), s):
                slots.put_joined(text, (s, e), frame.end, "c")
            elif ("by" in low_before or "behalf" in low_before) and _action_agent(text, frame.start, s):
                if i + 1 < len(rs) and _owner_of_next(text, rs[i], rs[i + 1]):
                    s, e = rs[i + 1]
                for r in coordinated(text, s, e, frame.end):
                    if r in slots.index and not investigator_name(text[r[0]:r[1]]):  # "investigated by the FBI"
                        put(slots.index[r], "c")
            elif (text[e:e + 2] in (" v", " V") and _V_AFTER.match(text, e)) or \
                    (text[e:e + 1] in ("'", "’") and _POSS_ACTION.match(text, e)) or \
                    (_owns_action(text, s, e) and not (i + 1 < len(rs) and _owner_of_next(text, rs[i], rs[i + 1]))):
                put(i, "c")
                if text[e:e + 2] in (" v", " V"):
                    slots.captions.add(i)
            elif text[e:e + 1] == " " and _MODIFIED_ACTION.match(text, e) and self._bodys_action(mentions, s, e):
                put(i, "c")  # "to settle a Federal Trade Commission lawsuit", "an FTC antitrust suit"
            elif paid and _ends_as_paid_to(text, frame.start, s) and _PAID_TO.search(text, max(frame.start, s - 240), s):
                slots.put_joined(text, (s, e), frame.end, "c")  # "pay $3 billion to the DOJ and the SEC"

    def _place_runs(self, frame: Frame, mentions, slots: "_Slots") -> set:
        """Each run for what it is: a place or an owner is no side, a court is where the action
        is heard, a placed party or name goes on its slot's side. The ids of the parties the
        runs settled (placed, aside or a court), which their roles no longer place."""
        text, rs, placed = self.text, slots.rs, slots.placed
        places = _places(text, rs)
        used = set()
        for i, (s, e) in enumerate(rs):
            party = self._party_in(mentions, s, e)
            if i in places:
                if party is not None:
                    frame.aside.add(id(party))
                    used.add(id(party))
                continue
            if party is not None and i not in placed and i + 1 < len(rs) and _owner_of_next(text, rs[i], rs[i + 1]):
                frame.aside.add(id(party))  # "Elon Musk's X": the owner is on no side for owning
            if party is not None and id(party) in frame.aside and i not in placed:
                used.add(id(party))
                continue
            if party is not None:
                used.add(id(party))
                if party.role == "court" or party.kind == "court":
                    if party not in frame.courts:
                        frame.courts.append(party)
                    continue
                if party.role in _NO_SIDE or i not in placed:
                    if i not in placed:
                        used.discard(id(party))
                    continue
                side = placed[i]
                if i in slots.settlers and party.kind == "government" and party.role != "defendant":
                    side = "c"  # "the FTC settlement", "the SEC settled with X": the body brings it
                self._add(frame, self.sides.of_party(party), side, subject=i in slots.subjects)
                if i in slots.captions:
                    frame.captioned.add(id(self.sides.of_party(party)))
            elif i in placed:
                c = clean(text, s, e, self.sides.common)
                if c is not None and " " in c[2] and any(c[2] in court for court in self.court_names):
                    continue  # "the District of Nevada" where the court is "... Court for the District of Nevada"
                if c is not None:
                    self._add(frame, self.sides.of_name(c[2]), placed[i], subject=i in slots.subjects)
                    if i in slots.captions:
                        frame.captioned.add(id(self.sides.of_name(c[2])))
        return used

    def _place_by_role(self, frame: Frame, mentions, used: set) -> None:
        """The parties no run settled, by their role, on a side no slot filled: plaintiffs
        claim, defendants respond, an agency claims in an enforcement or prosecution frame."""
        text = self.text
        kinds = {e.kind for e in frame.events}
        slot_c, slot_r = bool(frame.claimants), bool(frame.respondents)
        for s, e, party in mentions:
            if id(party) in used or party.role in _NO_SIDE or id(party) in frame.aside:
                continue
            if _describes_class(text, e, frame.end):
                frame.aside.add(id(party))  # "Instagram users": no side, here or by its role
                continue
            if party.role == "court" or party.kind == "court":
                if party not in frame.courts:
                    frame.courts.append(party)
            elif party.role == "plaintiff" or (party.role == "agency" and kinds & {"enforcement", "prosecution"} and
                                               not employer_only(text, party) and
                                               not ("prosecution" in kinds and (investigator(party) or
                                                                                 party.kind == "person"))):
                # (an official who announces charges is no prosecutor by her role alone: "Attorney
                # General Jane Roe announced charges against ..."; the office she heads is)
                if not slot_c:
                    self._add(frame, self.sides.of_party(party), "c", guessed=True)
            elif party.role == "defendant" and not slot_r and not _adjunct_owner(text, s, e):
                self._add(frame, self.sides.of_party(party), "r", guessed=True)

    def split(self, frame: Frame, apart: bool = False) -> list[Frame]:
        """A sentence in which several claimants each bring an action of their own ("A and B
        filed separate lawsuits against C") is one frame per claimant, each told as a parallel
        action; one of two clauses that each tell who sues whom ("A sued B in 2023, and C sued D
        in 2024") is a frame per clause; any other sentence is its one frame. ``apart``: the next
        sentence says the actions were brought separately (``told_apart_after``)."""
        clauses = self._clauses(frame)
        if clauses:
            return clauses
        own = [c for c in frame.claimants if id(c) not in frame.guessed]
        if len(own) < 2 or (not apart and needle_cue("separate_actions").search(self.text, frame.start, frame.end) is None) or \
                official_and_office(own[:1], own[1:]):
            return [frame]
        return [replace(frame, claimants=[c], respondents=list(frame.respondents), courts=list(frame.courts),
                        events=list(frame.events), parallel=True, guessed=set(frame.guessed),
                        subjects=set(frame.subjects), aside=set(frame.aside), named=set(frame.named),
                        captioned=set(frame.captioned), recalls=set(frame.recalls)) for c in own]

    def _clauses(self, frame: Frame):
        """Two clauses joined by ", and" (or "; ", ", while") that each name, in slots, who brings
        an action and against whom, different sides: a frame each (None when the sentence is not so).
        A headline joins them by a bare comma too, and each of its clauses needs only a side of
        its own ("CFTC sues Halcyon, SEC settles over lending product")."""
        if frame.headline:  # "CFTC sues Halcyon, SEC settles over lending product"
            acts = [ev for ev in frame.events if ev.stage and ev.voice]
        else:
            acts = [ev for ev in frame.events if ev.voice == "active" and ev.kind]
        if len(acts) < 2 or not frame.claimants or not (frame.respondents or frame.headline):
            return None
        text = self.text
        for m in (_HEADLINE_SEP if frame.headline else _CLAUSE_SEP).finditer(text, frame.start, frame.end):
            before = [ev for ev in frame.events if ev.end <= m.start()]
            after = [ev for ev in frame.events if ev.start >= m.end()]
            if len(before) + len(after) != len(frame.events) or not (set(map(id, before)) & set(map(id, acts))) or \
                    not (set(map(id, after)) & set(map(id, acts))):
                continue
            parts = [Frame(frame.start, m.start(), before, past=frame.past, other=frame.other, parallel=frame.parallel,
                           headline=frame.headline),
                     Frame(m.end(), frame.end, after, past=frame.past, other=frame.other, parallel=frame.parallel,
                           headline=frame.headline)]
            for part in parts:
                self.link(part)
            sides = [({id(x) for x in f.claimants if id(x) not in f.guessed},
                      {id(x) for x in f.respondents if id(x) not in f.guessed}) for f in parts]
            if not sides[0][0] & sides[1][0] and not sides[0][1] & sides[1][1] and (
                    all(r for _, r in sides) or frame.headline and all(c or r for c, r in sides)):
                return parts
        return None

    @staticmethod
    def _add(frame: Frame, side, where: str, guessed: bool = False, subject: bool = False) -> None:
        if side in frame.claimants or side in frame.respondents:
            return
        if guessed:
            frame.guessed.add(id(side))
        if subject:
            frame.subjects.add(id(side))
        (frame.claimants if where == "c" else frame.respondents).append(side)

    def _joined_to_object(self, rs, j: int, lo: int) -> bool:
        """The run ends a list joined by "and" whose first name follows a preposition ("pay $5
        million to A and B to settle"): B is the preposition's object, no verb's subject."""
        text, k, joined = self.text, j, False
        while k > 0 and _JOIN_BACK.match(text[rs[k - 1][1]:rs[k][0]]):
            joined = joined or "," not in text[rs[k - 1][1]:rs[k][0]] or "and" in text[rs[k - 1][1]:rs[k][0]]
            k -= 1
            if _PREP_BEFORE.search(text, max(lo, rs[k][0] - 12), rs[k][0]):
                return joined
        return False

    def _defendant_run(self, frame: Frame, run: tuple[int, int]) -> bool:
        lo, hi = bisect_left(self.starts, frame.start), bisect_left(self.starts, frame.end)
        party = self._party_in(self.mentions[lo:hi], *run)
        return party is not None and party.role == "defendant"

    @staticmethod
    def _party_in(mentions, s: int, e: int):
        for ms, me, p in mentions:
            if ms < e and s < me:
                return p
        return None

    def _bodys_action(self, mentions, s: int, e: int) -> bool:
        """The run names a government body, not a state or city ("the Texas lawsuit" may be
        one filed in Texas) nor a company."""
        party = self._party_in(mentions, s, e)
        return party is not None and party.kind == "government" and not is_polity(party)

    @staticmethod
    def _first_after(rs, pos: int):
        for i, (s, _) in enumerate(rs):
            if s >= pos:
                return i
        return None

    @staticmethod
    def _last_before(rs, pos: int):
        j = None
        for i, (_, e) in enumerate(rs):
            if e <= pos:
                j = i
        return j
