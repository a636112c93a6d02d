"""Names in frame slots: who stands before "sued", after "against", after "filed by".

The parties finder does not find every side ("sued OpenAI and Microsoft"), so a slot's
capitalized run is a side too; where a party's mention lies inside the run, the party it is.
``Sides`` keeps one ``Side`` per party or name for the whole text, so that "Meta" in one
sentence and "Meta Platforms" in the next are the same side.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from claimx.extractors.amounts import currency_letters
from claimx.io.resources import load_json, load_lines

# (``\d++``, ``[a-z]++``: possessive, as no digit is a letter and no lower-case letter a capital,
# so giving one back could never let the next item match; re no longer tries each shorter
# length at every lower-case word of the text)
_TOKEN = re.compile(r"(?:[A-Z][\w.&'’-]*|\d++[A-Za-z][\w-]*|[a-z]++[A-Z][\w'’-]*)")
_RUN = re.compile(r"(?<![\w'’])(?:[A-Z][\w.&'’-]*|\d++[A-Za-z][\w-]*|[a-z]++[A-Z][\w'’-]*)"
                  r"(?:(?:\s+(?:of|for|the|de|on|&|and(?=\s+(?:[A-Z][\w.-]*\s+){0,3}(?:Inc|Corp|Co|Company|LLC|Ltd)\b))\s+|\s+)"
                  r"(?:[A-Z][\w.&'’-]*|\d++[A-Za-z][\w-]*))*")
_COORD = re.compile(r"(?:\s*,\s*(?:and\s+|as well as\s+)?|\s+(?:and|&|as well as)\s+)(?:(?:the|its|parent)\s+)?")
# a relative clause, an appositive or an age after a name, before the next name of the list
# ("A, who was killed in the crash, and B", "A, a Sacramento schoolteacher, and B", "A, author of a
# mystery series, and B", "A, 34, and B")
_RELATIVE_BETWEEN = re.compile(r",?\s+(?:who|which)\b[^,;:\"“”]{0,120}(?=,\s*(?:and|as well as)\s)|"
                               r",\s+(?:an?\s+|the\s+(?=[a-z]))[^,;:\"“”]{1,100}?(?=,\s*(?:and|as well as)\s)|"
                               r",\s+(?:[a-z][\w-]*\s+){1,3}(?:of|at|for)\s+[^,;:\"“”]{1,80}?(?=,\s*(?:and|as well as)\s)|"
                               r",\s+\d{1,3}(?=,\s*(?:and|as well as)\s)")


def aside_end(text: str, pos: int, limit: int) -> int:
    """Where the next name of a list may be joined after a name ending at ``pos``: past a
    relative clause, an appositive or an age before the list's comma ("A, a Denver nurse, and
    B"); ``pos`` itself when there is none."""
    rel = _RELATIVE_BETWEEN.match(text, pos, limit)
    return pos if rel is None else rel.end()


_NEXT_TOKEN = re.compile(r" ([A-Z][\w.'\u2019-]*)")
# "Wisconsin-based": the words that make a hyphened word a description, as the party finder reads them
_DESCRIPTOR = re.compile(r"-(?:%s)$" % "|".join(map(re.escape, load_json("lexicons/name_words.json")["descriptor_suffixes"])))
_NOT_RESPONDENT = frozenset({"judge", "counsel", "court", "agency", "advocate", "plaintiff"})
_CONNECTORS = frozenset({"of", "for", "the", "de", "on", "&", "and"})
_KEEP_DOT = re.compile(r"(?:\b[A-Z]\.)+$|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros)\.$")
_HEAD = re.compile(r"\s+([a-z]+)\b")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_DESCRIBED = re.compile(r"(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*)\s+(?=[A-Z0-9])")
_COUNTED = re.compile(r" \d+ [a-z]")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")


@dataclass(eq=False)
class Side:
    """One claimant or respondent of the text: a party, or a name no party covers."""

    name: str
    party: Optional[object] = None


@lru_cache(maxsize=1)
def _words():
    d = load_json("cues/claim_frames.json")
    titles = {w for t in load_json("lexicons/titles.json") for w in t["title"].split() if w[:1].isupper()}
    # a nationality alone ("British", "Australians") names no side, as it names no party
    demonyms = load_json("cues/party_orgs.json")["demonyms"]
    return (frozenset(d["name_lead_strip"]), frozenset(d["name_alone_drop"]) | frozenset(demonyms), frozenset(d["not_side_words"]),
            frozenset(titles), load_lines("lexicons/first_names.txt"), frozenset(d["lowercase_heads"]),
            frozenset(d["headline_words"]), frozenset(d["descriptor_heads"]))


def runs(text: str, start: int, end: int, common=frozenset()) -> list[tuple[int, int]]:
    """Capitalized name runs in text[start:end] ("Department of Justice", "Smith & Wesson");
    a word the text also writes in lower case (``common``) ends a run ("... Sue Uber")."""
    out = []
    heads = _words()[5]
    asked = common.__contains__
    for m in _RUN.finditer(text, start, end):
        s, e = m.span()
        run = m.group()
        if " " not in run and "\n" not in run:  # one word: nothing to cut
            out.append((s, _with_head(text, e, end, heads) if text[e:e + 1] == " " else e))
            continue
        # (_TOKEN holds no look-around: the run's own string has the text's words)
        if not any(map(asked, map(str.lower, _TOKEN.findall(run)[1:]))):
            # most runs: no word after the first is one the text writes in lower case, so no
            # cut (the run's words are _TOKEN's words, the first starting it, the last ending it)
            out.append((s, _with_head(text, e, end, heads)))
            continue
        toks = [t.span() for t in _TOKEN.finditer(text, s, e)]
        cuts = [k for k in range(1, len(toks)) if text[toks[k][0]:toks[k][1]].lower() in common]
        bounds = [0, *cuts, len(toks)]
        for a, b in zip(bounds, bounds[1:]):
            ps, pe = toks[a][0], toks[b - 1][1]
            out.append((ps, _with_head(text, pe, end, heads) if b == len(toks) else pe))
    return out


def _with_head(text: str, e: int, end: int, heads) -> int:
    """Where a run ending at ``e`` ends with the lower-case head word after it ("Acme
    bakery"), if one of ``heads`` follows, else ``e``."""
    head = _HEAD.match(text, e, end)
    return head.end() if head and head.group(1) in heads else e  # (the group is lower case already)


def clean(text: str, s: int, e: int, common=frozenset()) -> Optional[tuple[int, int, str]]:
    """The run without sentence words, a possessive or a title ("Texas Attorney General Ken
    Paxton" -> "Ken Paxton"); None when no name is left or the run is a court, judge or law."""
    lead, alone, not_side, titles, first_names = _words()[:5]
    if _COUNTED.match(text, e):
        return None  # "the Power 5 conferences", "Local 12 members": a word of a class, no name
    nxt = _NEXT_TOKEN.match(text, e)
    if nxt is not None and _DESCRIPTOR.search(nxt.group(1)):
        return None  # "San" of "San Francisco-based Kindred": part of a description, no name
    words = [(m.start(), m.end()) for m in _TOKEN.finditer(text, s, e)]
    if words and currency_letters(text, *words[-1]):
        words.pop()  # "R$ 8.4 million", "KRW 12.5 billion"
        if not words:
            return None
        e = words[-1][1]
    while words and (text[words[0][0]:words[0][1]].rstrip(".,") in lead or
                     text[words[0][0]:words[0][1]].lower() in common):
        words.pop(0)
    if not words:
        return None
    s = words[0][0]
    name = text[s:e].rstrip(",")
    if name.endswith(".") and not _KEEP_DOT.search(name):
        name = name[:-1]  # a sentence's full stop, not "D.C." or "Inc."
    name = _POSSESSIVE.sub("", name)
    toks = name.split()
    described = [i for i, t in enumerate(toks) if _DESCRIPTOR.search(t)]
    if described:  # "San Francisco-based Kindred": the words of the description go with it
        toks = toks[described[-1] + 1:]
    while toks and (toks[-1] in lead or toks[-1] in _CONNECTORS):
        toks.pop()
    if not toks or all(t in alone or t.rstrip(".,") in alone or t in lead for t in toks):
        return None
    if any(t in not_side for t in toks):
        return None
    for i in range(len(toks) - 1, 0, -1):  # a title before a person's name
        if toks[i - 1] in titles and toks[i] in first_names:
            toks = toks[i:]
            break
    if len(toks) > 2 and toks[0] in first_names and "of" in toks[2:]:
        toks = toks[:toks.index("of", 2)]  # "Danielle Pruitt of Sacramento": a person and her hometown
    name = " ".join(toks)
    at = text.find(name, s, e)
    return (at, at + len(name), name) if at >= 0 else (s, e, name)


def coordinated(text: str, s: int, e: int, limit: int) -> list[tuple[int, int]]:
    """The run at (s, e) and the ones joined to it ("A, B and C")."""
    out = [(s, e)]
    pos = e
    while pos < limit:
        pos = aside_end(text, pos, limit)  # "A, who was killed in the crash, and her boyfriend B"
        m = _COORD.match(text, pos, limit)
        if m is None:
            break
        at = m.end()
        d = _DESCRIBED.match(text, at, limit)
        if d is not None and d.group(1).lower() in _words()[7]:
            at = d.end()  # "A and pornography service provider B"
        nxt = runs(text, at, min(limit, at + 80))
        if not nxt or nxt[0][0] != at:
            break
        out.append(nxt[0])
        pos = nxt[0][1]
    return out


_IN_LOWER_WORD = frozenset("abcdefghijklmnopqrstuvwxyz'’-")  # the characters a _LOWER_WORD match holds
_CHUNK_REST = re.compile(r"[\w'’-]*")


class LowerCaseWords(dict):
    """``frozenset(_LOWER_WORD.findall(text)) | extra``, for ``in`` only: the words the text
    also writes in lower case. Only a few dozen words a text are asked about (the capitalized
    words of the frame sentences' name runs), so each is looked for where it occurs, once,
    instead of listing every lower-case word of the text (that list cost ~5% of the claims
    stage). A dict of the answers so far: ``in`` is the dict's own lookup (asked ~10 times a
    sentence, a Python ``__contains__`` would cost more than the answers), ``__missing__``
    finds a new word's answer."""

    def __init__(self, text: str, extra=frozenset()):
        super().__init__(dict.fromkeys(extra, True))
        self.text = text

    def __missing__(self, word) -> bool:
        hit = self[word] = _written_lower(self.text, word)
        return hit

    __contains__ = dict.__getitem__


def _word_char(ch: str) -> bool:
    """What ``\\w`` matches."""
    return ch.isalnum() or ch == "_"


def _written_lower(text: str, word: str) -> bool:
    """Whether ``_LOWER_WORD.findall(text)`` holds ``word``. findall's scan is free again after
    any character no match holds, so each occurrence is checked by a scan of its own chunk
    only: from the chunk's start (a match there may run over the occurrence: "x-ray" holds no
    "ray") to the chunk's end (no match runs past a character that is neither a word's nor
    ' ’ -, and the end of the string reads there as that character does)."""
    if len(word) < 2 or not "a" <= word[0] <= "z" or not _IN_LOWER_WORD.issuperset(word):
        return False
    n, letter_end = len(word), word[-1].isalpha()
    i = text.find(word)
    while i != -1:
        if (i and _word_char(text[i - 1])) or (letter_end and i + n < len(text) and _word_char(text[i + n])):
            i = text.find(word, i + 1)  # inside a longer word ("act" of "contract", "action"): no \b there
            continue
        if letter_end and (i == 0 or text[i - 1] not in _IN_LOWER_WORD) and \
                (i + n == len(text) or text[i + n] not in _IN_LOWER_WORD):
            return True  # the word is its chunk, alone (most hits): findall lists it whole
        q = i
        while q > 0 and text[q - 1] in _IN_LOWER_WORD:
            q -= 1
        end = _CHUNK_REST.match(text, i + len(word)).end()
        for m in _LOWER_WORD.finditer(text, q, end):
            if m.start() >= i:
                if m.start() == i and m.end() == i + len(word):
                    return True
                break
        i = text.find(word, i + 1)
    return False


class Sides:
    """The sides of one text (one per ``find`` call), by party and by name."""

    def __init__(self, parties, text: str = ""):
        self.by_party: dict[int, Side] = {}
        self.by_name: dict[str, Side] = {}
        self.forms: list[tuple[str, Side]] = []
        # words the text also writes in lower case: a capital there is the sentence's, not a name's
        self.common = LowerCaseWords(text, _words()[6])
        longest_first = sorted(parties, key=lambda p: (-len(p.name.split()), p.first.start))
        by_first: dict[str, list[Side]] = {}  # sides by first and by last word: a shorter name
        by_last: dict[str, list[Side]] = {}   # inside a longer one shares one of them
        for p in longest_first:
            low = p.name.lower()
            words = low.split() or [low]
            same = None
            if p.kind != "court":
                same = next((sd for sd in by_first.get(words[0], []) if _word_prefix(low, sd.name.lower())), None) or \
                    next((sd for sd in by_last.get(words[-1], []) if _word_suffix(low, sd.name.lower()) or
                          _same_polity(low, sd.name.lower())), None)
            side = same or Side(_as_written(p, text), p)  # "Mirror Group" is "Mirror Group Newspapers"
            self.by_party[id(p)] = side
            if same is None and p.kind != "court":
                by_first.setdefault(words[0], []).append(side)
                by_last.setdefault(words[-1], []).append(side)
            for form in {p.name, *(m.text for m in p.mentions)}:
                self.forms.append((form.lower(), side))

    def most_named(self, text: str, spans, exclude) -> Optional[Side]:
        """The side named most often in ``spans`` (three times at least), ``exclude`` left out:
        who an action is against when no sentence says it in a slot. Runs are counted as strings
        first (one C-level findall a sentence); only the frequent ones are cleaned and looked up."""
        counts = Counter()
        for s, e in spans:
            counts.update(_RUN.findall(text, s, e))
        per_side: dict[int, list] = {}
        for rank, (run, n) in enumerate(counts.most_common(20)):
            c = clean(run, 0, len(run), self.common)
            if c is None:
                continue
            side = self.of_name(c[2])
            if id(side) in exclude or (side.party is not None and side.party.role in _NOT_RESPONDENT):
                continue
            entry = per_side.setdefault(id(side), [0, rank, side])
            entry[0] += n
        best = max(per_side.values(), key=lambda t: (t[0], -t[1]), default=None)
        return best[2] if best and best[0] >= 3 else None

    def of_party(self, party) -> Side:
        return self.by_party[id(party)]

    def of_name(self, name: str) -> Side:
        low = name.lower()
        if low in self.by_name:
            return self.by_name[low]
        for form, side in self.forms:
            if form == low or _word_prefix(form, low) or _word_prefix(low, form) or \
                    _same_polity(low, form) or _same_polity(form, low):
                self.by_name[low] = side
                return side
        side = Side(name)
        self.by_name[low] = side
        self.forms.append((low, side))
        return side


def _as_written(party, text: str) -> str:
    """The party's name as the article writes it: its canonical name where the text has it,
    else its most frequent mention ("X" for a party the finder calls "Twitter", "Justice
    Department" for "Department of Justice"): a claim side names whom the article names."""
    if not text or party.name in text or not party.mentions:
        return party.name
    counts = Counter(m.text for m in party.mentions)
    return max(counts, key=lambda form: (counts[form], len(form), form))


def distinct(entries: list) -> list:
    """Sides without one whose name lies inside another's ("Mirror Group" beside "Mirror
    Group Newspapers", "Ms. Bjorklund" beside "Jaclyn Bjorklund")."""
    lead = _words()[0]

    def words(name):
        return [w for w in name.split() if w.rstrip(".") not in lead]

    out = []
    for i, (name, party) in enumerate(entries):
        ws = words(name)
        inside = any(j != i and len(words(other)) > len(ws) and
                     (words(other)[:len(ws)] == ws or words(other)[-len(ws):] == ws)
                     for j, (other, _) in enumerate(entries)) if ws else False
        if not inside:
            out.append((name, party))
    return out


def _word_prefix(a: str, b: str) -> bool:
    """'meta' of 'meta platforms': a's words start b's. A place alone is no short form of a
    name it starts ('wisconsin' is the state, not 'wisconsin parents for safe screens')."""
    return len(a) >= 3 and b.startswith(a + " ") and a not in _place_names()


@lru_cache(maxsize=1)
def _place_names() -> frozenset:
    places = load_json("lexicons/places.json")
    return frozenset(n.lower() for n in list(places["us_states"]) + list(places["countries"]))


_POLITY_OF = re.compile(r"^(?:the\s+)?(?:city|state|commonwealth|town|village|county|people|government|republic)\s+of\s+(.+)$")


def _same_polity(a: str, b: str) -> bool:
    """'pittsburgh' of 'city of pittsburgh': a place and its government are one side."""
    m = _POLITY_OF.match(b)
    return m is not None and m.group(1) == a


def _word_suffix(a: str, b: str) -> bool:
    """'office of education' of 'fresno county office of education' (several words only)."""
    return " " in a and b.endswith(" " + a)
