"""The words the party rules look at, and small text helpers shared by the stages."""
from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from claimx.extractors.amounts import currency_codes, currency_letters
from claimx.io.resources import load_json
from claimx.text.normalize import is_word_char, same_text_cache, words as text_words


class Tok(NamedTuple):
    """A word of the matching text; ``cap``: could start or continue a name (a capital first,
    a digit with letters as in '3M', or an inner capital as in 'iPhone')."""

    text: str
    start: int
    end: int
    cap: bool


_new_tok = tuple.__new__  # Tok without a Python-level constructor call: tens of thousands per text set


def tokenize(mt: str, lex=None) -> list[Tok]:
    """The words the name rules look at: capitalized ones, and the small words and marks
    that may sit inside a name. Other words are left out; the gap they leave between two
    kept words is seen by ``gap``."""
    if lex is None:
        from claimx.extractors.parties.lexicon import load_lexicon

        lex = load_lexicon()
    keep_lower = lex.inner_words
    keeps_period = lex.keeps_period
    out = []
    append = out.append
    n = len(mt)
    strings, starts, ends = text_words(mt)
    # currency_letters holds only before a "$" or for a currency code's word: asked only there
    dollars = set(_finds(mt, "$"))
    codes = currency_codes().intersection(strings)
    for word, s0, e0 in zip(strings, starts, ends):
        s, e = s0, e0
        c = word[0]
        if c.islower():  # most words: kept only as a connector or when mixed-case ("iPhone")
            if word.islower():
                if word not in keep_lower:
                    continue
                cap = False
            else:
                cap = len(word) > 2 and any(map(str.isupper, word[1:]))
        elif c.isupper():
            if (e in dollars or word in codes) and currency_letters(mt, s, e):
                continue  # "R$ 8.4 million", "KSh 4.5 million"
            cap = True
            if s > 1 and mt[s - 1] in "'\u2019" and out and out[-1].end == s - 1 and len(out[-1].text) == 1 \
                    and out[-1].text.isupper():
                s = out.pop().start  # "O'Brien", "D'Angelo": one name word, not "O" and "Brien"
            elif "-" in word:
                tail = word.rsplit("-", 1)[1]
                if tail.islower() and len(tail) > 1 and tail not in lex.descriptor_suffixes and \
                        tail not in lex.given_name_syllables:  # "Hyun-woo" is one given name
                    e -= len(tail) + 1  # "Firm-has": a hyphen standing for a dash ends the name word
        elif c.isdigit():
            cap = any(map(str.isalpha, word))
        elif word in keep_lower:
            cap = False
        else:
            continue
        if e < n and mt[e] == "." and keeps_period(word):
            e += 1  # "Inc.", "Jr.", "J.": the period belongs to the word (the next token is that ".")
        # the word's own string where its span is the word's (most words): no new string to
        # make and to hash again at every lookup of it
        append(_new_tok(Tok, (word if s == s0 and e == e0 else mt[s:e], s, e, cap)))
    return out


def _finds(text: str, mark: str):
    """Every position of ``mark`` in ``text``."""
    i = text.find(mark)
    while i != -1:
        yield i
        i = text.find(mark, i + 1)


def gap(mt: str, a: Tok, b: Tok) -> bool:
    """Does something other than one or two spaces part two kept words (a dropped word, a mark)?"""
    between = mt[a.end:b.start]
    if between in ("' ", "\u2019 ") and a.text[-1:] == "s" and b.cap:
        return False  # "Music Publishers' Association": a plural possessive inside one name
    return "\n" in between or len(between) > 2 or (between and not between.isspace() and between != "")


@lru_cache(maxsize=8192)
def fold(name: str) -> str:
    """'YOVINO' -> 'Yovino': caption capitals are the same name."""
    return " ".join(w.title() if w.isupper() and len(w) > 3 else w for w in name.split())


def whole_word_finds(mt: str, form: str):
    """Starts of ``form`` in ``mt`` not inside a longer word, left to right, not overlapping
    (what a regex with word-boundary lookarounds finds, without a regex scan per form)."""
    n = len(form)
    i = mt.find(form)
    while i != -1:
        j = i + n
        if (i == 0 or not is_word_char(mt[i - 1])) and (j == len(mt) or not is_word_char(mt[j])):
            yield i
            i = mt.find(form, j)
        else:
            i = mt.find(form, i + 1)


_NAME_WORD = re.compile(r"[A-Za-z][\w'-]*")
_HEADLINE_SMALL = frozenset(load_json("lexicons/name_words.json")["headline_small_words"])


@same_text_cache
def title_case_lines(mt: str) -> list[tuple[int, int]]:
    """Headlines: most words capitalized; only gazetteer names are taken from them."""
    out, pos = [], 0
    for line in mt.split("\n"):
        if line.rstrip().rstrip("\"')")[-1:] in (".", "!", "?"):
            pos += len(line) + 1
            continue  # a sentence (closing quote marks aside), not a headline
        words = _NAME_WORD.findall(line)
        if len(words) >= 4:
            # capitalized words and the small words headlines keep lowercase (disjoint), in C loops
            caps = sum(map(str.isupper, map(itemgetter(0), words))) + sum(map(_HEADLINE_SMALL.__contains__, words))
            if caps / len(words) >= 0.85:
                out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


_DESCRIBED_NAME = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+([a-z]+)\s+(?=[A-Z])")
_DETERMINERS = frozenset(("the", "a", "an", "its", "his", "her", "their", "this", "that"))


def describes_name_after(text: str, end: int, nouns) -> bool:
    """The name ending at ``end`` is followed by up to three lower-case words, the last one of
    ``nouns``, and a capitalized name ("Miami crypto exchange Halvard", "Nashville carrier
    Tollan Freight"): it only says where what follows is from. A determiner among the words
    opens a phrase of its own ("Texas sued the company Acme"). Read by the party finder and the
    claims linker."""
    m = _DESCRIBED_NAME.match(text, end)
    return m is not None and m.group(1) in nouns and not _DETERMINERS.intersection(m.group(0).split())

