"""Amounts: money sums in the body ("$1.375 billion", "€1.2bn", "29 million dollars").

A sum needs a currency, written before the number ("US$", "€", "Rs", "USD 5 million") or
after it ("29 million dollars", "5,000 euros"), or a vague money phrase ("hundreds of
millions of dollars"); bare numbers, percentages, counts and years are never money. A
range ("$10 million to $20 million", "between $5 and $7 billion") is one item, ``value``
its low end and ``value_high`` its high end. A rate after the sum ("per violation", "a
day", "for each text message") joins the item's text and goes to ``per``. Values are
computed in decimal, so "$1.375 billion" is exactly 1375000000.0.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from claimx.io.resources import load_json
from claimx.models import Amount
from claimx.text.normalize import capital_runs, lower_same_length

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def currency_codes() -> frozenset:
    """The currency marks written as a capitalized word before a number ("KRW", "KSh", "EUR"):
    the name finders' words that are no name there."""
    return frozenset(k for k in load_json("cues/money.json")["prefix"] if k.isalpha() and k[:1].isupper())


_NUMBER_NEXT = re.compile(r"\s?\d")


def currency_letters(text: str, s: int, e: int) -> bool:
    """text[s:e] is a currency's letters, no name word: before its sign ("R$ 8.4 million",
    "HK$50,000") or a code written before a number ("KRW 12.5 billion", "KSh 4.5 million")."""
    return text.startswith("$", e) or (text[s:e] in currency_codes() and _NUMBER_NEXT.match(text, e) is not None)


@lru_cache(maxsize=1)
def _data():
    d = load_json("cues/money.json")
    scales, prefix, suffix, vague = _alt(d["scales"]), _alt(d["prefix"]), _alt(d["suffix"]), _alt(d["vague"])
    words = _alt(d["number_words"])
    word_scales = _alt(k for k in d["scales"] if len(k) > 3)  # "million", "crore"; not "m", "bn"

    def scale(name: str) -> str:
        # "$500 million", and hyphenated before a scale word ("a $500-million settlement")
        return rf"(?:(?:\s*|-(?=(?:{word_scales})\b))(?P<{name}>{scales})(?![\w$€£]))?"

    def one(n: int) -> str:
        """One sum: currency before, a number, a scale; or a number, a scale, currency words
        after; or a spelled-out number, a scale word and currency words ("five million dollars")."""
        pre = rf"(?P<pc{n}>{prefix})\s?(?P<pn{n}>{_NUM})" + scale(f"ps{n}")
        post = rf"(?P<sn{n}>{_NUM})" + scale(f"ss{n}") + rf"\s+(?P<sc{n}>{suffix})\b"
        spelled = rf"\b(?P<wn{n}>{words})\s+(?P<ws{n}>{word_scales})\s+(?P<wc{n}>{suffix})\b"
        return rf"(?:{pre}|{post}|{spelled})"

    # the second sum of a range may drop its currency ("$10 to $20 million", "$5-7 billion")
    second = rf"(?:{one(2)}|(?P<bn2>{_NUM})" + scale("bs2") + ")"
    joiner = r"\s*(?P<join>-|–|—|to|and)\s*"
    money = re.compile(
        rf"(?<![\w$€£¥₹.])(?:(?P<between>between\s+))?{one(1)}(?:{joiner}{second})?"
        rf"|(?<![\w])(?P<vague>{vague})\s+(?P<vc>{suffix})\b",
        re.IGNORECASE)
    # case matters for the currency codes and scale letters ("m", "B"): checked after the match
    per = re.compile(
        rf"(?:\s+(?P<pw>{_alt(d['per_words'])})\s+(?P<pp>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){{0,2}})"
        rf"|(?:\s+an?\s+|-an?-)(?P<pu>{_alt(d['per_units'])})\b)", re.IGNORECASE)  # "$100 a day", "$3m-a-year"
    return d, money, per, frozenset(d["per_stop"])


def _forms(marks) -> dict:
    """lower case -> the forms the data writes ("KSh" and "Ksh")."""
    out: dict = {}
    for k in marks:
        out.setdefault(k.lower(), set()).add(k)
    return out


class AmountFinder:
    """Finds money sums; ``find`` keeps its state in locals (thread-safe)."""

    def __init__(self):
        self.d, self.money, self.per, self.stop = _data()
        self.prefix = {k.lower(): v for k, v in self.d["prefix"].items()}
        self.suffix = {k.lower(): v for k, v in self.d["suffix"].items()}
        self.scales = self.d["scales"]
        self.vague = {k.lower(): v for k, v in self.d["vague"].items()}
        self.numbers = self.d["number_words"]
        self.weight = frozenset(self.d["weight_words"])
        self.weight_cues = frozenset(self.d["weight_money_cues"])
        # codes and abbreviations ("USD", "Rs") count only in the case the data writes them
        self.prefix_forms = _forms(k for k in self.d["prefix"] if any(c.isupper() for c in k))
        self.suffix_forms = _forms(k for k in self.d["suffix"] if k.isupper())

    @staticmethod
    def _as_written(mark: str, forms: dict) -> bool:
        written = forms.get(mark.lower())
        return written is None or mark in written

    def find(self, text: str, chrome=None) -> list[Amount]:
        out = []
        # the pattern is slow to run over a whole text: it is tried only near a currency mark
        # or word (a sum starts at most a few words before it and ends a few after)
        pos, n = 0, len(text)
        for t in _triggers(text):
            if t + _AFTER <= pos:
                continue
            pos = max(pos, t - _BEFORE)
            while True:
                m = _first_match(self.money, text, pos, t, min(n, t + _AFTER))
                if m is None:
                    break
                amount = None if chrome is not None and m.start() in chrome else self._amount(text, m)
                if amount is not None:
                    out.append(amount)
                pos = amount.end if amount is not None else m.end()
        return out

    def _amount(self, text: str, m: re.Match) -> Optional[Amount]:
        g = m.groupdict()
        start, end = m.start(), m.end()
        if g["vague"]:
            value, high, currency = self.vague[g["vague"].lower()], None, self.suffix.get(g["vc"].lower())
        else:
            first = self._sum(g, 1)
            if first is None:
                return None
            value, scale1, currency = first
            if self._weight(text, g, start):
                return None
            high = None
            if g.get("pn2") or g.get("sn2") or g.get("wn2") or g.get("bn2"):
                second = self._sum(g, 2)
                if second is None or (second[2] and currency and second[2] != currency) or \
                        (g["join"].lower() == "and" and not g["between"]):
                    end = self._first_end(m)  # not a range: keep the first sum
                else:
                    high, scale2, _ = second
                    if scale1 is None and scale2 is not None:
                        value = value * scale2  # "$10 to $20 million": the scale is shared
                    if high < value:
                        end, high = self._first_end(m), None
            if g["between"] and high is None:  # "between $5 ..." with no second sum: not a range
                start = next(m.start(k) for k in ("pc1", "sn1", "wn1") if g[k])
        per = None
        pm = self.per.match(text, end)
        if pm:
            if pm.group("pu"):
                per, end = pm.group("pu").lower(), pm.end()
            else:
                words = []
                for w in pm.group("pp").split():
                    if w.lower() in self.stop:
                        break
                    words.append(w)
                if words:
                    per = " ".join(words).lower()
                    end = pm.start("pp") + list(_WORD.finditer(pm.group("pp")))[len(words) - 1].end()
        return Amount(start, end, text[start:end], float(value), currency, per,
                      float(high) if high is not None else None, vague=bool(g["vague"]))

    def _weight(self, text: str, g: dict, start: int) -> bool:
        """ "5.5 pounds" with no scale word and no word of money just before it is a weight."""
        word = g.get("sc1") or ""  # a spelled sum ("five million pounds") always has its scale word
        if word.lower() not in self.weight or g.get("ss1"):
            return False
        before = text[max(0, start - 50):start].lower()
        return not any(w in self.weight_cues for w in _WORD.findall(before)[-6:])

    def _first_end(self, m: re.Match) -> int:
        for name in ("ps1", "pn1", "sc1", "wc1"):
            if m.group(name):
                return m.end(name)
        return m.end()

    def _sum(self, g: dict, n: int):
        """(value, scale or None, currency) of sum ``n`` of the match, or None if it is not money."""
        if g.get(f"pn{n}"):
            mark, num, scale = g[f"pc{n}"], g[f"pn{n}"], g.get(f"ps{n}")
            currency = self.prefix.get(mark.lower())
            if not self._as_written(mark, self.prefix_forms):
                return None  # "usd", "rs" in running text: no currency code
        elif g.get(f"sn{n}"):
            num, scale, word = g[f"sn{n}"], g.get(f"ss{n}"), g[f"sc{n}"]
            if not self._as_written(word, self.suffix_forms):
                return None
            currency = self.suffix.get(word.lower())
        elif g.get(f"wn{n}"):
            num, scale, word = g[f"wn{n}"], g[f"ws{n}"], g[f"wc{n}"]
            if not self._as_written(word, self.suffix_forms):
                return None
            currency = self.suffix.get(word.lower())
            num = repr(self.numbers[num.lower()])
        elif g.get(f"bn{n}"):
            num, scale, currency = g[f"bn{n}"], g.get(f"bs{n}"), None
        else:
            return None
        mult = None
        if scale:
            mult = self.scales.get(scale)
            if mult is None:
                mult = self.scales.get(scale.lower())
            if mult is None or (len(scale) == 1 and scale not in self.scales):
                return None
        value = Decimal(num.replace(",", "")) * (Decimal(repr(mult)) if mult else 1)
        return value, (Decimal(repr(mult)) if mult else None), currency


_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")

_BEFORE, _AFTER = 40, 160


def _shortest(forms) -> tuple:
    """The forms no other form holds ("$" holds "US$", "dollar" holds "Australian dollars"):
    finding them finds every form."""
    forms = set(forms)
    return tuple(sorted(f for f in forms if not any(g != f and g in f for g in forms)))


@lru_cache(maxsize=1)
def _marks() -> tuple:
    """(mark, look in the lower-cased text): the currency marks and codes as written, and the
    currency words in lower case (cues/money.json); a sum's number is at most _BEFORE
    characters before its mark."""
    d = load_json("cues/money.json")
    written = _shortest(d["prefix"])
    words = _shortest(w.lower() for w in d["suffix"] if not w.isupper())
    return tuple((m, False) for m in written) + tuple((w, True) for w in words if not any(m in w for m in written))


# where a sum can start: every branch of the money pattern opens on a character that is not
# whitespace and has no word character before it (its lookbehinds)
_CAN_START = re.compile(r"(?<!\w)\S")


def _first_match(rx: re.Pattern, text: str, pos: int, last: int, endpos: int) -> Optional[re.Match]:
    """``rx.search(text, pos, endpos)`` if that match starts at or before ``last``, else None:
    tried only where a sum can start (``_CAN_START``), so the search does not run on through
    the rest of the window once no match can start before ``last``."""
    for c in _CAN_START.finditer(text, pos, last + 1):
        m = rx.match(text, c.start(), endpos)
        if m is not None:
            return m
    return None


@lru_cache(maxsize=1)
def _mark_plan() -> tuple:
    """``_marks()``, each with whether it is a code of capitals only ("USD", "RM"), as bytes."""
    return tuple((mark, lower, mark.encode() if len(mark) > 1 and mark.isascii() and mark.isalpha() and mark.isupper()
                  else None) for mark, lower in _marks())


def _triggers(text: str) -> list[int]:
    """Where a currency mark, code or word starts (sorted). A code of capitals lies inside one
    of the text's runs of capitals: it is looked for only where those runs, read in C and
    joined, hold it (most of the ~40 codes are in no text, and each find ran over all of it)."""
    low = lower_same_length(text)  # currency words are ASCII
    capitals = b" ".join(capital_runs(text).split())
    out = set()
    for mark, lower, code in _mark_plan():
        if code is not None and code not in capitals:
            continue  # no run of capitals holds the code: it is nowhere in the text
        hay = low if lower else text
        i = hay.find(mark)
        while i != -1:
            out.add(i)
            i = hay.find(mark, i + 1)
    return sorted(out)
