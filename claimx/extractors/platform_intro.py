"""Platforms the gazetteer does not know, where the text says what they are.

A small gambling site or a new app is named once with what it is ("Bloxflip, a Roblox
gambling site,", "the betting site Rollbit", "a website called Rollbit") or as a domain
("stakeplay.gg") beside a platform word. Then every other mention of that name counts too.
The words are in data/patterns/platform_context.json ("introduce").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claimx.io.resources import load_json
from claimx.text.wordtrie import trie_pattern

_NAME = r"[A-Z][\w]*(?:[.-]\w+)*(?:\s[A-Z][\w]*(?:[.-]\w+)*){0,2}"
_GONE_ON = re.compile(r"\b(?:on|onto|via|through)\s+(%s)(?![\w-])" % _NAME)


@dataclass(frozen=True)
class Introduced:
    """One name found as an unknown platform: its merging key and the first surface form."""
    key: str
    name: str
    start: int
    end: int


class Introducer:
    def __init__(self, ctx: dict, operators=()):
        intro = ctx["introduce"]
        # the companies that run known platforms: "social media company ByteDance" is TikTok's
        # parent, a party and no platform (the guidelines)
        self.companies = frozenset(w for op in operators for w in (op, op.split()[0].rstrip(",.")))
        after = "|".join(map(re.escape, intro["after_appositive"]))
        self.tlds = "|".join(map(re.escape, intro["tlds"]))
        # every shape hangs on a platform noun or a top-level domain: found first (a trie-shaped
        # search), then the words around each are read in a short window
        self.company_nouns = frozenset(intro["company_nouns"])
        self.game_nouns = frozenset(intro["game_nouns"])
        self.noun = re.compile(r"(?<![\w-])%s(?![\w-])" % trie_pattern([*intro["nouns"], *self.company_nouns,
                                                                        *self.game_nouns]))
        self.name_first_nouns = frozenset(intro["name_first_nouns"])
        self.demonyms = frozenset(w.lower() for w in intro["demonyms"])
        self.strong = re.compile(r"\b(?:%s)\b" % trie_pattern(intro["company_descriptors"]))
        self.fillers = frozenset(intro["fillers"])
        self.name_heads = frozenset(intro["not_name_heads"])
        places = load_json("lexicons/places.json")  # "the Los Angeles livestreaming platform"
        self.places = frozenset(p for key in ("us_states", "countries", "cities") for p in places[key])
        self.appositive = re.compile(  # "Bloxflip, a Roblox gambling " before the noun
            rf"(?<![\w.@/-])(?P<name>{_NAME}),\s+(?:a|an|the)\s+(?P<q>(?:[\w'\u2019-]+\s+){{0,3}}?)$")
        self.appositive_end = re.compile(rf"\s*[,.;:)]|\s+(?:{after})\b")
        self.determiner = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?P<q>(?:[A-Za-z][\w'\u2019-]*\s+){0,3}?)$")
        # "the hugely popular kids' building game Brickvale": lowercase words only, up to four
        self.game_determiner = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?P<q>(?:[a-z][\w'\u2019-]*\s+){0,4}?)$")
        # "the Temu app", "its Hotstar streaming service", "Disney's Hotstar app": a name
        # between a determiner and the noun
        self.name_before = re.compile(
            rf"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)|[A-Z][\w&.-]*['\u2019]s)\s+"
            rf"(?P<name>{_NAME})\s+(?P<q>(?:[a-z][\w-]*\s+){{0,2}})$")
        # no determiner: the words before the noun must all say what kind of platform it is
        self.descriptors = frozenset(intro["descriptors"])
        # the words _kinds_only allows, made once (it runs at every platform noun of a text)
        self.kind_words_no_demonyms = self.descriptors | self.fillers
        self.kind_words = self.kind_words_no_demonyms | self.demonyms
        self.bare = re.compile(r"(?<![\w'\u2019-])(?P<q>(?:[A-Za-z][\w-]*\s+){1,4})$")
        self.name_after = re.compile(rf"\s+(?:called\s+|named\s+|known\s+as\s+)?(?P<name>{_NAME})(?![\w-])")
        self.tld = re.compile(rf"\w\.(?:{self.tlds})(?![\w/@-]|\.\w)")
        # the same from its dot (a literal re skips to), the word character before it looked back at
        # after the dot (a lookbehind first would make re try every position)
        self.tld_dot = re.compile(rf"\.(?<=\w\.)(?:{self.tlds})(?![\w/@-]|\.\w)")
        # what every appositive holds before the noun: looked for first, a plain search
        self.appositive_cue = re.compile(r",\s+(?:a|an|the)\s")
        self.domain_start = re.compile(r"(?<![\w.@/-])[A-Za-z][\w-]*$")
        self.bad_q = frozenset(intro["bad_qualifiers"])
        self.not_names = frozenset(intro["not_names"])
        self.outlets = frozenset(load_json("lexicons/news_outlets.json"))  # news outlets are no platforms
        self.cues = frozenset(ctx["cue_words"]) | frozenset(intro["domain_cues"])

    def find(self, text: str, taken) -> list[tuple[Introduced, list[tuple[int, int]]]]:
        """Each unknown platform with all its mentions; ``taken(start, end)`` says a span is
        already a known platform or page chrome."""
        first: dict[str, Introduced] = {}
        gone_on: list = []  # the names after "on", "via"... in this text, made once when first asked
        for nm in self.noun.finditer(text):
            ns, ne = nm.span()
            company = nm.group() in self.company_nouns  # "e-commerce giant Coupang"
            if nm.group() in self.game_nouns:
                self._game(text, nm, first, taken, gone_on)
                continue
            m = self._appositive(text, ns) if self.appositive_end.match(text, ne) else None
            if m:
                self._consider(first, m.group("name"), m.start("name"), m.group("q"), taken, company)
            d = self._determined(text, ns) or self._described(text, ns)
            m = self.name_after.match(text, ne) if d else None
            if m:
                self._consider(first, m.group("name"), m.start("name"), d.group("q"), taken, company)
            if nm.group() in self.name_first_nouns:
                m = self.name_before.search(text, max(0, ns - 80), ns)
                if m and self._name_first_ok(text, m, nm.group(), gone_on):
                    self._consider(first, m.group("name"), m.start("name"), m.group("q"), taken)
        for ts, te in self._domain_ends(text):
            d = self.domain_start.search(text, max(0, ts - 60), ts + 1)
            if d and self._cue_near(text, d.start(), te):
                self._keep(first, text[d.start():te], d.start(), te, taken)
        items = sorted(first.values(), key=lambda i: i.start)
        spans = self._mentions(text, items, taken) if items else {}
        return [(item, spans[item.key]) for item in items if spans.get(item.key)]

    def _appositive(self, text: str, ns: int):
        """``appositive.search`` in the 160 characters before the noun at ``ns``, run only where
        they hold the comma and article every match has."""
        lo = max(0, ns - 160)
        return self.appositive.search(text, lo, ns) if self.appositive_cue.search(text, lo, ns) else None

    def _domain_ends(self, text: str):
        """(start, end) of each ``tld.finditer(text)`` match, found from the dots: a match
        starts one word character before its dot, and the next can start where one ends."""
        pos = 0
        while True:
            m = self.tld_dot.search(text, pos + 1)
            if m is None:
                return
            yield m.start() - 1, m.end()
            pos = m.end()

    def _game(self, text: str, nm, first: dict, taken, gone_on: list) -> None:
        """ "the kids' building game Brickvale": a game is a platform only where the text also
        has people on it ("met her on Brickvale"); "the board game Castlemark" is a product."""
        d = self.game_determiner.search(text, max(0, nm.start() - 80), nm.start())
        m = self.name_after.match(text, nm.end()) if d else None
        if not m or not self._plain_name(m.group("name")):
            return
        if not gone_on:
            gone_on.append(self._names_gone_on(text))
        if m.group("name") in gone_on[0]:
            self._consider(first, m.group("name"), m.start("name"), d.group("q"), taken)

    def _determined(self, text: str, ns: int):
        """ "the betting site", "the Indian payments app", "the AI companion app": a determiner,
        then words of which the capitalised ones are nationalities or kinds of platform."""
        m = self.determiner.search(text, max(0, ns - 60), ns)
        if m and all(w.islower() or w.lower() in self.demonyms or w.lower() in self.descriptors
                     for w in m.group("q").split()):
            return m
        return None

    def _described(self, text: str, ns: int):
        """ "food delivery app", "Running app", "Korean e-commerce giant": the words before the
        noun, when each of them says what kind of platform it is or where it is from (the match,
        so its ``q`` reads as a determiner's would)."""
        m = self.bare.search(text, max(0, ns - 60), ns)
        while m and not self._kinds_only(m.group("q")):
            m = self.bare.search(text, m.start("q") + len(m.group("q").split(None, 1)[0]) + 1, ns)
        return m

    def _kinds_only(self, q: str, demonyms: bool = True) -> bool:
        """Every word says what kind of platform it is, where it is from, or how big."""
        allowed = self.kind_words if demonyms else self.kind_words_no_demonyms
        return allowed.issuperset(q.lower().split())

    def _name_first_ok(self, text: str, m, noun: str, gone_on: list) -> bool:
        """ "the Lumbo dating app", "its Starhot streaming service": a platform kind says it. A
        bare "the Lumbo app" could be any company's app ("the Tesla app"): only where the text
        also uses the name as a place people go ("on Lumbo", "via Lumbo")."""
        q, name = m.group("q"), m.group("name")
        if not (self._kinds_only(q, demonyms=False) and self._plain_name(name)):
            return False
        if " " in noun or not self.descriptors.isdisjoint(q.lower().split()):
            return True
        if not gone_on:
            gone_on.append(self._names_gone_on(text))
        return name in gone_on[0]

    @staticmethod
    def _names_gone_on(text: str) -> frozenset:
        """Every run of one to three capitalised words after "on", "onto", "via" or "through", with
        its shorter starts ("on Lumbo Plus today": "Lumbo", "Lumbo Plus"): one pass over the text."""
        out = set()
        for m in _GONE_ON.finditer(text):
            words = m.group(1).split()
            out.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
        return frozenset(out)

    def _plain_name(self, name: str) -> bool:
        """A name before the noun is no agency, device, place or nationality ("the FBI app", "the
        Android app", "the Los Angeles platform", "the Chinese app")."""
        words = name.split()
        return not (name.isupper() and len(name) <= 5) and not self.name_heads.intersection(words) \
            and name not in self.places and words[0] not in self.places \
            and self.demonyms.isdisjoint(w.lower() for w in words)

    def _consider(self, first: dict, name: str, s: int, qualifiers: str, taken, company: bool = False) -> None:
        words = qualifiers.lower().split()
        if company and not (self._kinds_only(qualifiers) and self.strong.search(" ".join(words).replace("-", " "))):
            return  # "tech giant Tencent", "the firm": a company, not a platform
        if self._name_ok(name) and not self.bad_q.intersection(words):
            self._keep(first, name, s, s + len(name), taken)

    def _name_ok(self, name: str) -> bool:
        return len(name) >= 3 and not self.not_names.intersection(name.split()) and name not in self.outlets \
            and name not in self.companies

    def _keep(self, first: dict, name: str, s: int, e: int, taken) -> None:
        if taken(s, e):
            return
        key = re.sub(r"\.(?:%s)$" % self.tlds, "", name, flags=re.IGNORECASE).lower()
        if key not in first or s < first[key].start:
            first[key] = Introduced(key, name, s, e)

    def _cue_near(self, text: str, s: int, e: int) -> bool:
        words = re.findall(r"[a-z]+", text[max(0, s - 60):e + 60].lower())
        return not self.cues.isdisjoint(words)

    def _mentions(self, text: str, items: list, taken) -> dict[str, list[tuple[int, int]]]:
        """Every mention of each name, in one pass: as written, or its bare stem ("Bloxflip" of
        "Bloxflip.com")."""
        key_of: dict[str, str] = {}
        for item in items:
            stem = re.sub(r"\.(?:%s)$" % self.tlds, "", item.name, flags=re.IGNORECASE)
            for form in (item.name, stem[:1].upper() + stem[1:]) if len(stem) >= 3 else (item.name,):
                key_of.setdefault(form, item.key)
        rx = re.compile(r"(?<![\w.@/-])%s(?:\.(?:%s))?(?![\w-]|\.\w)" % (trie_pattern(key_of), self.tlds))
        out: dict[str, list] = {}
        for m in rx.finditer(text):
            form = m.group()
            key = key_of.get(form) or key_of.get(form.rsplit(".", 1)[0])
            if key and not taken(*m.span()):
                out.setdefault(key, []).append(m.span())
        return out
