"""Where a quotation's source is when it is not next to it (quotes.py asks these).

News text names a speaker a line or a sentence away from the words: a list of quoted items
under "The complaint alleges that Meta:", a paragraph after "... a statement from Jane
Doe:", the next paragraph of the same quotation, a pronoun for the person the sentence
before named, an attribution that runs past "U.S." and "Sen.", a headline's "Lawsuit: '...'".
Plain functions of the text; no state.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Optional

from claimx.io.resources import load_json
from claimx.text.segment import SentenceIndex, SpanIndex, paragraphs

_CLAUSE_END = re.compile(r"[.!?;:](?:\s|$)|[\"\u201c]")
_INITIALS_BEFORE = re.compile(r"(?:^|(?<=[^A-Za-z.]))((?:[A-Z]\.)*[A-Z]|[A-Z][a-z]{1,4})$")
_MARK = re.compile('["\u201c\u201d\u201e\u00ab\u00bb\'\u2018\u2019]')
_BULLET_LEAD = re.compile(r"[\s\u2022\u25aa\u25cf\u2013\u2014*>-]*")
_SURNAME = re.compile(r"(?<![\w.'\u2019-])([A-Z][a-z][\w'\u2019-]*)(?![\w'\u2019-])")
_PERSON = re.compile(r"(?<![\w.])([A-Z][a-z]+(?:\s[A-Z]\.)?\s[A-Z][a-z][\w'\u2019-]*)(?![\w'\u2019-])")
# a line break after the end of a sentence, or a blank line: a new paragraph (a break after a
# word is hard-wrapped text: "...for Fair Housing and Equal\nOpportunity.")
_PARAGRAPH_BREAK = re.compile(r"(?:^|[.!?:;\"\u201d\n])[ \t]*\n|\n[ \t]*(?:\n|$)")


def clause_end(tail: str, abbreviations: frozenset) -> Optional[int]:
    """Where the attribution after a quotation ends: the first clause mark that is not the period
    of "U.S." or "Sen." ("..., Nick Hanna, U.S. attorney for ..., said")."""
    for m in _CLAUSE_END.finditer(tail):
        if tail[m.start()] == ".":
            w = _INITIALS_BEFORE.search(tail, max(0, m.start() - 8), m.start())
            if w and (w.group(1) in abbreviations or "." in w.group(1) or len(w.group(1)) == 1):
                continue
        return m.start()
    return None


def paragraph_break(between: str) -> bool:
    return bool(_PARAGRAPH_BREAK.search(between))


def list_intro(text: str, open_pos: int, sidx: SentenceIndex) -> Optional[tuple[int, int]]:
    """The sentence that introduces a quotation on a line of its own, or a list of them:
    'The complaint alleges that Meta:' then '\u2022 "Proactively served..."' lines, or '... a statement
    from Steve Berman:' then the quoted paragraph. (start, end) of that sentence, or None."""
    paras = paragraphs(text)
    k = bisect_right(paras, (open_pos, len(text) + 1)) - 1
    if k <= 0 or _BULLET_LEAD.fullmatch(text, paras[k][0], open_pos) is None:
        return None  # words before the mark on its own line: not a quotation opening a line
    for j in range(k - 1, max(-1, k - 40), -1):
        s, e = paras[j]
        if text[e - 1] == ":":
            sent = sidx.at(e - 1)
            return (max(s, sent[0]) if sent else s, e)
        if not _BULLET_LEAD.match(text, s).end() > s:
            return None  # a paragraph of prose that does not end with a colon
    return None


_LABEL = re.compile(r"\s*([A-Z][\w'\u2019.&-]*(?:[ \t]+[\w'\u2019.&-]+){0,3})[ \t]*:[ \t]*$")


def source_label(mt: str, start: int, open_pos: int, sources: re.Pattern) -> Optional[tuple[int, int]]:
    """A headline's or caption's source before a colon: 'Lawsuit: "Meta hooked teens"',
    'Prosecutors: ...'. Only a short label naming a legal source; (start, end) of it, or None."""
    m = _LABEL.fullmatch(mt, start, open_pos)
    if not m or not sources.search(m.group(1).lower()):
        return None
    return m.start(1), m.end(1)


_AFTER_COLON = re.compile(r"[ \t]*:[ \t]+((?:[\w'\u2019.&-]+[ \t]+){1,5}?)([a-z]+)\b")


def headline_source(mt: str, open_pos: int, close_pos: int, limit: int, verbs: frozenset) -> Optional[tuple[int, int]]:
    """A line that opens with a quotation, then a colon and who said it: "'We were cheated by the
    firm': families sue care home chain". (start, end) of the words before the verb, or None."""
    if open_pos > 0 and mt[open_pos - 1] != "\n":
        return None
    m = _AFTER_COLON.match(mt, close_pos + 1, limit)
    if not m or m.group(2) not in verbs:
        return None
    return m.start(1), m.start(1) + len(m.group(1).rstrip())


def continued(text: str, prev_close: int, open_pos: int) -> bool:
    """This passage goes on from the last one into a new paragraph: the last one ended with its
    paragraph, not with a closing mark."""
    return 0 <= prev_close < len(text) and not _MARK.match(text, prev_close) and \
        not text[prev_close:open_pos].strip()


def person_before(text: str, start: int, end: int, quoted: SpanIndex, first_names: frozenset,
                  surnames=frozenset()) -> Optional[str]:
    """The last person named outside quotation marks in text[start:end] ("Paul Cassell, a
    lawyer for the families, criticized the deal. '...,' he said."): "he" is that person
    rather than a speaker quoted before them. A title before the name is passed over ("Mayor
    Dwayne Ellery"); a lone surname counts when it is a person quoted before ("Griggs said")."""
    last, last_at = None, -1
    for m in _PERSON.finditer(text, start, end):
        first = m.group(1).split()[0]
        if first not in first_names:
            if first not in _titles():
                continue
            m = _PERSON.match(text, m.start() + len(first) + 1, end)
            if not m or m.group(1).split()[0] not in first_names:
                continue
        if not quoted.covers(m.start()):
            last, last_at = m.group(1), m.start()
    if surnames:
        for m in _SURNAME.finditer(text, max(start, last_at + 1), end):
            if m.group(1) in surnames and not quoted.covers(m.start()):
                last = m.group(1)
    return last


# a capitalised word not after a word character or a dot, and the capitalised word after it;
# written to open on the capital, the lookbehind right after it (``(?<![\w.])([A-Z][a-z]+)...``
# would be tried at every position of the text, this only at its capitals)
_NAME_PAIR = re.compile(r"([A-Z](?<![\w.].)[a-z]+)(?=\s+([A-Z][\w'\u2019-]*[a-z])(?![\w'\u2019-]))")


def full_name_surnames(text: str, first_names: frozenset) -> frozenset:
    """Every word the text writes after a first name ("LaTonya Griggs", "Mayor Dwayne Ellery"):
    a one-word speaker among them is a person ("Griggs"), unlike "Boeing". One pass."""
    return frozenset(m.group(2) for m in _NAME_PAIR.finditer(text) if m.group(1) in first_names)


def surname_of(speaker: str, first_names: frozenset, full_surnames) -> Optional[str]:
    """The surname of a person speaker ("LaTonya Griggs", or "Griggs" named in full somewhere)."""
    words = speaker.split()
    if len(words) >= 2 and (words[0] in first_names or words[-2] in first_names) and words[-1][:1].isupper():
        return words[-1]  # "LaTonya Griggs", "attorney Ben Crump"
    if len(words) == 1 and words[0][:1].isupper() and words[0] in full_surnames():
        return words[0]
    return None


@lru_cache(maxsize=1)
def _titles() -> frozenset:
    """Capitalised one-word titles before a name ("Mayor", "Commissioner"): lexicons/titles.json."""
    return frozenset(t["title"].split()[-1] for t in load_json("lexicons/titles.json") if t["title"][:1].isupper())


@lru_cache(maxsize=1)
def title_roles() -> dict:
    """A title's last word, lowercased, and its role: 'justice' and 'judge' are judges."""
    out: dict = {}
    for t in load_json("lexicons/titles.json"):
        out.setdefault(t["title"].split()[-1].lower(), t["role"])
    return out


@lru_cache(maxsize=16)
def _titled_name(role: str) -> re.Pattern:
    titles = sorted({t["title"] for t in load_json("lexicons/titles.json") if t["role"] == role and t["title"][:1].isupper()},
                    key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:%s)\s+(?:[A-Z][\w'\u2019-]+\s+)?[A-Z][\w'\u2019-]+" % "|".join(map(re.escape, titles)))


def titled_person(text: str, end: int, noun: str) -> Optional[str]:
    """The last person before ``end`` written with a title of the role ``noun`` has: 'the judge'
    is the 'Mrs Justice Alder' named before."""
    role = title_roles().get(noun)
    if not role:
        return None
    last = None
    for m in _titled_name(role).finditer(text, max(0, end - 5000), end):
        last = m.group()
    return last


@lru_cache(maxsize=1)
def _titles_by_first_word() -> dict:
    """First word -> [(title + " ", role)], longest first."""
    out: dict = {}
    for t in sorted(load_json("lexicons/titles.json"), key=lambda t: -len(t["title"])):
        out.setdefault(t["title"].split()[0], []).append((t["title"] + " ", t["role"]))
    return out


def title_role_of(speaker: str) -> Optional[str]:
    """The role of the title a speaker is written with: 'Assistant U.S. Attorney Jane Kim' is the
    prosecution (agency), 'Judge Ana Ruiz' a judge; None without a title."""
    first = speaker.split(None, 1)[0] if speaker.strip() else ""
    for title, role in _titles_by_first_word().get(first, ()):
        if speaker.startswith(title):
            return role
    return None

