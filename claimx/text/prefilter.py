"""Which words a cue pattern can open with, read from the regular expression itself.

Role cues are regular expressions tried around every party mention. Most mentions are
followed or preceded by ordinary words ("said", "in"); knowing the few words a cue can start
with lets the finder skip the regex where none is present. The sets are computed from the
patterns in ``party_cues.json`` (so they stay right when the data changes); a pattern whose
start cannot be listed (``\\w+`` first) makes the answer "anything".
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress, count
from typing import NamedTuple, Optional

try:
    from re import _parser as sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse

_BUDGET = 20000
_ASCII_WORD = re.compile(r"[A-Za-z]+")


class Opening(NamedTuple):
    """How a match can begin once leading whitespace is skipped: its first word (maximal run of
    letters, lowercase) is in ``words`` or starts with one of ``prefixes``; or its first
    character is the non-letter ``marks``."""

    words: frozenset
    prefixes: tuple  # sorted; a tuple so that str.startswith tests them all in one call
    marks: frozenset

    def allows(self, text: str) -> bool:
        """Could a match of the pattern start at ``text`` (leading whitespace aside)?"""
        word, mark = text_opening(text)
        if word is None:
            return mark is not None and mark in self.marks
        return word in self.words or word.startswith(self.prefixes)


def text_opening(text: str) -> tuple[Optional[str], Optional[str]]:
    """(first word, lowercase; or None) and (first character if it is no letter; or None) of
    ``text`` once leading whitespace is skipped: what an ``Opening`` is compared with."""
    s = text.lstrip()
    if not s:
        return None, None
    m = _ASCII_WORD.match(s)  # cue words are ASCII: a longer run of letters cannot match them
    if m is None:
        return None, s[0]
    return m.group().lower(), None


class _Anything(Exception):
    pass


def opening(pattern: str, flags: int = re.IGNORECASE) -> Optional[Opening]:
    """The openings of ``pattern`` (matched with ``re.match``), or None if it can open with anything."""
    out = (set(), set(), set())
    budget = [_BUDGET]
    try:
        _walk(list(sre_parse.parse(pattern, flags)), "", out, budget)
    except (_Anything, RecursionError):
        return None
    words, prefixes, marks = out
    return Opening(frozenset(words), tuple(sorted(prefixes)), frozenset(marks))


def word_opening(pattern: str, flags: int = re.IGNORECASE) -> Optional[Opening]:
    """``opening(pattern)`` for a pattern whose every match starts with its first word, that
    word followed by no word character: its matches start where a \\w+ run starts, a run whose
    lowercase is one of ``words`` or starts with one of ``prefixes``. None if a match may open
    with whitespace, with a mark, or with a word a digit or ``_`` continues."""
    out = (set(), set(), set(), set())  # the last: what breaks the promise above
    budget = [_BUDGET]
    try:
        _walk(list(sre_parse.parse(pattern, flags)), "", out, budget)
    except (_Anything, RecursionError):
        return None
    words, prefixes, marks, odd = out
    if marks or odd or not (words or prefixes):
        return None
    return Opening(frozenset(words), tuple(sorted(prefixes)), frozenset())


def _walk(seq: list, partial: str, out, budget) -> None:
    budget[0] -= 1
    if budget[0] < 0:
        raise _Anything
    if not seq:
        if not partial:
            raise _Anything  # matches with no letter or mark consumed: any text will do
        out[1].add(partial)  # the pattern ends inside the first word
        return
    (op, av), rest = seq[0], seq[1:]
    name = str(op)
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        _walk(rest, partial, out, budget)
    elif name == "LITERAL":
        _char(chr(av), rest, partial, out, budget)
    elif name == "IN":
        for ch in _chars(av):
            _char(ch, rest, partial, out, budget)
    elif name == "BRANCH":
        for alt in av[1]:
            _walk(list(alt) + rest, partial, out, budget)
    elif name == "SUBPATTERN":
        _walk(list(av[-1]) + rest, partial, out, budget)
    elif name in ("MAX_REPEAT", "MIN_REPEAT"):
        lo, hi, body = av
        body = list(body)
        if not partial and all(_is_space_item(item) for item in body):
            if len(out) > 3:
                out[3].add(" ")
            _walk(rest, partial, out, budget)  # leading whitespace, however much
            return
        if lo == 0:
            _walk(rest, partial, out, budget)
        if hi != 0:
            again = [] if hi == 1 else [(op, (max(lo - 1, 0), hi if hi == sre_parse.MAXREPEAT else hi - 1, av[2]))]
            _walk(body + again + rest, partial, out, budget)
    else:
        raise _Anything  # a back-reference or the like: give up


def _char(ch: str, rest: list, partial: str, out, budget) -> None:
    if ch == " ":  # stands for any whitespace
        if partial:
            out[0].add(partial)
        else:
            if len(out) > 3:
                out[3].add(ch)
            _walk(rest, "", out, budget)
    elif ch.isalpha():
        _walk(rest, partial + ch.lower(), out, budget)
    elif partial:
        if len(out) > 3 and (ch.isalnum() or ch == "_"):
            out[3].add(ch)  # "case1": the \w+ run goes on past the word
        out[0].add(partial)
    else:
        out[2].add(ch)


def _chars(items) -> list[str]:
    chars = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            chars.append(chr(av))
        elif name == "RANGE":
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        elif name == "CATEGORY" and str(av) == "CATEGORY_SPACE":
            chars.append(" ")
        else:
            raise _Anything  # a negated set, \w, \d: too many first characters to list
    return chars


def _is_space_item(item) -> bool:
    op, av = item
    return str(op) == "IN" and all(str(o) == "CATEGORY" and str(a) == "CATEGORY_SPACE" for o, a in av)


class CueSet:
    """Role cues matched at the start of a text (``re.match``), each tried only when the text
    opens the way that cue can: the first word picks the few cues worth a regex.

    ``roles(text)`` is ``{role for role, patterns in cues.items() if any(re.match(p, text, flags)
    for p in patterns)}``. The cues are compiled once, and the cues of one role that can open
    with the same word (or mark) are one alternation: one regex call per role, not one per cue
    (a match of ``(?:a)|(?:b)`` at the start is a match of either); and that call is made only
    when the text holds one of the alternation's ``needles`` (most texts after a name hold none
    of a role's verbs).
    """

    def __init__(self, cues: dict[str, list[str]], flags: int = re.IGNORECASE):
        self.flags = flags
        self.always: list = []      # (role, pattern) for cues whose opening cannot be listed
        self.by_word: dict = {}     # first word -> [(role, pattern)]
        self.by_prefix: list = []   # (prefix, role, pattern): the cue's first word starts so
        self.by_mark: dict = {}     # first non-letter character -> [(role, pattern)]
        for role, patterns in cues.items():
            for p in patterns:
                o = opening(p, flags)
                if o is None:
                    self.always.append((role, p))
                    continue
                for w in o.words:
                    self.by_word.setdefault(w, []).append((role, p))
                self.by_prefix.extend((pre, role, p) for pre in o.prefixes)
                for mark in o.marks:
                    self.by_mark.setdefault(mark, []).append((role, p))
        self.prefixes = tuple(sorted({pre for pre, _, _ in self.by_prefix}))
        # The regexes are made when a text first opens with their word, not here: a process
        # that reads one article compiles the few it meets (compiling all of them was most of
        # claimx's start-up). Each is made once per process and never changes, so threads
        # that race to make one make the same one.
        self._compiled: dict = {}   # alternation -> (regex, its needles), so a cue shared by many words is compiled once
        self._needles: dict = {}    # cue -> its needles, parsed once; an alternation's are theirs together
        self._for_word: dict = {}   # word (or prefix: "sued", "ruled") -> its cues by role, made once
        self._for_mark: dict = {}
        self._none: Optional[tuple] = None

    def _word_cues(self, word: str) -> list:
        cues = self.always + self.by_word.get(word, [])
        if word.startswith(self.prefixes):
            cues = cues + [(role, p) for pre, role, p in self.by_prefix if word.startswith(pre)]
        return cues

    def _by_role(self, cues: list) -> tuple:
        """((role, one regex for that role's cues, its needles), ...), roles in first-seen order."""
        by_role: dict = {}
        for role, p in cues:
            by_role.setdefault(role, {})[p] = None  # each cue once, in order
        out = []
        for role, ps in by_role.items():
            alt = next(iter(ps)) if len(ps) == 1 else "|".join("(?:%s)" % p for p in ps)
            compiled = self._compiled.get(alt)
            if compiled is None:
                compiled = self._compiled[alt] = (re.compile(alt, self.flags), self._union(ps))
            out.append((role, *compiled))
        return tuple(out)

    def _union(self, patterns) -> Optional[tuple]:
        """The needles of an alternation of ``patterns``: one of theirs (None if one has none)."""
        found: set = set()
        for p in patterns:
            own = self._needles.get(p, False)
            if own is False:
                own = self._needles[p] = needles(p, self.flags)
            if own is None:
                return None
            found.update(own)
        return fewer_needles(found)

    def _for_none(self) -> tuple:
        if self._none is None:
            self._none = self._by_role(self.always)
        return self._none

    def _word_candidates(self, low: str) -> tuple:
        found = self._for_word.get(low)
        if found is None:
            if low in self.by_word or low in self.prefixes:
                found = self._for_word[low] = self._by_role(self._word_cues(low))
            elif low.startswith(self.prefixes):
                found = self._by_role(self._word_cues(low))
            else:
                found = self._for_none()
        return found

    def _mark_candidates(self, mark: str) -> tuple:
        found = self._for_mark.get(mark)
        if found is None:
            if mark not in self.by_mark:
                return self._for_none()
            found = self._for_mark[mark] = self._by_role(self.always + self.by_mark[mark])
        return found

    def roles(self, text: str) -> set[str]:
        m = _OPENING.match(text)
        word, mark = m.group(1), m.group(2)
        if word:
            candidates = self._word_candidates(word.lower())
        elif mark:
            candidates = self._mark_candidates(mark)
        else:
            candidates = self._for_none()
        if not candidates:
            return set()
        # most texts hold none of the words a role's cues need: no regex for those
        low = text.lower() if text.isascii() else None
        return {role for role, rx, need in candidates
                if (low is None or need is None or any(map(low.__contains__, need))) and rx.match(text)}


def needles(pattern: str, flags: int = re.IGNORECASE) -> Optional[tuple]:
    """Lowercase strings one of which every match of ``pattern`` holds ("sued", "filed" for
    ``(?:has\\s+)?(?:sued|filed)\\b``), or None when no such list is known. An ASCII text whose
    lowercase holds none of them cannot match: one substring test per needle instead of a regex
    that backtracks through its asides. Needles are ASCII (a non-ASCII letter may fold to an
    ASCII one: no list then)."""
    try:
        found = _needles(list(sre_parse.parse(pattern, flags)))
    except RecursionError:  # pragma: no cover - nesting deeper than any cue
        return None
    if not found or not all(n.isascii() for n in found):
        return None
    return fewer_needles(found)


def fewer_needles(found, share: int = 4) -> tuple:
    """The same test with fewer substring tests: a needle that holds another is dropped ("accused
    of" beside "accused"), and needles that open with the same ``share`` or more characters are
    cut to what they share ("charged", "charges" -> "charge"). A text holding one of the first
    needles holds one of these."""
    kept = sorted(n for n in found if not any(m != n and m in n for m in found))
    out: list[str] = []
    for n in kept:
        if out:
            a = out[-1]
            k = 0
            while k < min(len(a), len(n)) and a[k] == n[k]:
                k += 1
            if k >= share:
                out[-1] = a[:k]
                continue
        out.append(n)
    return tuple(out)


def _needles(items: list) -> Optional[set]:
    """The most selective needle set of a parsed sequence: of its literal runs and of the groups,
    alternations (one set from each branch) and repeats (at least once) it must match."""
    options, run = [], []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        if name == "AT":
            continue  # an anchor consumes nothing: the run of literals goes on
        if run:
            options.append({"".join(run).lower()})
            run = []
        if name == "SUBPATTERN":
            found = _needles(list(av[-1]))
        elif name == "BRANCH":
            sets = [_needles(list(branch)) for branch in av[1]]
            found = None if any(x is None for x in sets) else set().union(*sets)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            found = _needles(list(av[2]))
        else:
            found = None  # a class, a lookaround, an optional part: nothing it must hold
        if found:
            options.append(found)
    if run:
        options.append({"".join(run).lower()})
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))  # the longest shortest needle


# ``text_opening`` in one call: (first word or "") and (the first character if it is no letter; or "")
_OPENING = re.compile(r"\s*([A-Za-z]*)(.?)", re.DOTALL)


# -- left cues: the words a cue ending right before a mention can begin with --


class LeftCues:
    """Role cues that end right before a mention (matched from one of their first words to the
    mention, ``$`` at its start), compiled once and indexed by those first words (as written:
    sued, Sued, SUED): a cue is tried only where a word it starts with occurs before the mention.
    For each word, one alternation of every cue it starts tells whether any cue ends there; only
    then, and only for a word whose cues vote for more than one role, the role's own alternation.

    ``roles(mt, leads, lo, hi)`` is ``{role for role, patterns in cues.items() for p in patterns
    for each start s of a word a cue can start with in [lo, hi) if re.match(p, mt[:hi][s:])}``.
    """

    def __init__(self, cues: dict[str, list[str]], flags: int = re.IGNORECASE):
        self.flags = flags
        self.cues_by_word: dict[str, list] = {}  # word -> [(role, cue)]
        for role, patterns in cues.items():
            for p in patterns:
                for w in first_words(p):
                    self.cues_by_word.setdefault(w, []).append((role, p))
        self.cased = frozenset(v for w in self.cues_by_word for v in (w, w.capitalize(), w.upper()))
        # made when a text first holds the word (as CueSet does): start-up compiles nothing
        self._compiled: dict = {}  # alternation -> its regex
        self.by_word: dict = {}  # word -> (any cue's regex, ((role, that role's regex), ...) or None for one role)

    def _rx(self, patterns) -> re.Pattern:
        alt = "|".join("(?:%s)" % p for p in dict.fromkeys(patterns))
        found = self._compiled.get(alt)
        if found is None:
            found = self._compiled[alt] = re.compile(alt, self.flags)
        return found

    def _word_cues(self, word: str) -> tuple:
        found = self.by_word.get(word)
        if found is None:
            items = self.cues_by_word[word]
            roles = list(dict.fromkeys(role for role, _ in items))
            per_role = None if len(roles) == 1 else tuple(
                (r, self._rx(p for role, p in items if role == r)) for r in roles)
            found = self.by_word[word] = (self._rx(p for _, p in items), roles[0], per_role)
        return found

    def leads(self, toks) -> tuple[list[int], list[str]]:
        """(starts, lowercase words) of the tokens (``gazetteer.Tokens``) a cue can start at."""
        at = list(compress(count(), map(self.cased.__contains__, toks.strings)))
        strings, starts = toks.strings, toks.starts
        return [starts[i] for i in at], [strings[i].lower() for i in at]

    def roles(self, mt: str, leads: tuple[list[int], list[str]], lo: int, hi: int) -> set[str]:
        starts, words = leads
        by_word = self.by_word
        found: set[str] = set()
        for k in range(bisect_left(starts, lo), bisect_left(starts, hi)):
            any_cue, role, per_role = by_word.get(words[k]) or self._word_cues(words[k])
            if any_cue.match(mt, starts[k], hi):
                if per_role is None:
                    found.add(role)
                else:
                    found.update(r for r, p in per_role if p.match(mt, starts[k], hi))
        return found


def first_words(pattern: str) -> frozenset:
    """The lowercase first words a pattern can start with ('\\b(?:sued|sues?)' -> sued, sue, sues).

    Left cues are tried only after one of these words, found with a set lookup per word
    instead of a regex at every character. Raises ValueError for a pattern whose first
    word is not a small finite set (the data tests keep every shipped pattern enumerable).
    """
    words: set[str] = set()
    for text in _strings(list(sre_parse.parse(_lead(pattern), re.IGNORECASE)), 0):
        word = re.match(r"\w*", text).group().lower()
        if not word:
            raise ValueError(f"left cue does not start with a word: {pattern!r}")
        words.add(word)
    return frozenset(words)


_NON_WORD = re.compile(r"\W")


def _strings(items: list, depth: int) -> list[str]:
    """Every string a finite regex (parsed) matches, lookarounds and anchors read as empty."""
    out = [""]
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            alts = [chr(av)]
        elif name in ("AT", "ASSERT_NOT", "ASSERT"):
            continue
        elif name == "BRANCH":
            alts = [s for branch in av[1] for s in _strings(list(branch), depth + 1)]
        elif name == "SUBPATTERN":
            alts = _strings(list(av[-1]), depth + 1)
        elif name == "MAX_REPEAT" and av[0] == 0 and av[1] == 1:
            alts = [""] + _strings(list(av[2]), depth + 1)
        elif name == "MAX_REPEAT" and all(_NON_WORD.match(x) for x in _strings(list(av[2]), depth + 1)):
            alts = [" "]  # whitespace or punctuation: the first word has ended
        elif name == "IN" and all(str(o) == "LITERAL" for o, _ in av):
            alts = [chr(a) for _, a in av]
        elif name == "IN" and all(str(o) == "CATEGORY" and str(a) == "CATEGORY_SPACE" for o, a in av):
            alts = [" "]
        else:
            raise ValueError(f"cannot list the words of a {name} pattern")
        out = [a + b for a in out for b in alts]
        if len(out) > 5000:
            raise ValueError("too many first words")
    return out


def _lead(pattern: str) -> str:
    """The pattern up to its first top-level ``\\s``: a match of the whole starts with a match of
    this, so its matches over the whole text are the only places a left cue can start."""
    depth, i = 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            if pattern[i + 1] == "s" and depth == 0 and i > 0:
                return pattern[:i]
            i += 2
            continue
        if c == "[":
            i = pattern.index("]", i + 2) + 1
            continue
        if c == "|" and depth == 0:
            break  # a top-level alternative: no common prefix to cut
        depth += c == "("
        depth -= c == ")"
        i += 1
    return pattern.rstrip("$")
