"""Platforms the gazetteer does not know, where the text says what they are.

A small gambling site or a new app is named once with what it is ("Bloxflip, a Roblox
gambling site,", "the betting site Rollbit", "a website called Rollbit") or as a domain
("stakeplay.gg") beside a platform word. Then every other mention of that name counts too.
The words are in data/patterns/platform_context.json ("introduce").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_NAME = r"[A-Z][\w]*(?:[.-]\w+)*(?:\s[A-Z][\w]*(?:[.-]\w+)*){0,2}"


@dataclass(frozen=True)
class Introduced:
    """One name found as an unknown platform: its merging key and the first surface form."""
    key: str
    name: str
    start: int
    end: int


class Introducer:
    def __init__(self, ctx: dict):
        intro = ctx["introduce"]
        nouns = "|".join(sorted(map(re.escape, intro["nouns"]), key=len, reverse=True))
        after = "|".join(map(re.escape, intro["after_appositive"]))
        self.tlds = "|".join(map(re.escape, intro["tlds"]))
        self.appositive = re.compile(
            rf"(?<![\w.@/-])(?P<name>{_NAME}),\s+(?:a|an)\s+(?P<q>(?:[\w'\u2019-]+\s+){{0,3}}?)(?P<noun>{nouns})"
            rf"(?=\s*[,.;:)]|\s+(?:{after})\b)")
        self.prefix = re.compile(
            rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<q>(?:[a-z][\w'\u2019-]*\s+){{0,2}}?)(?P<noun>{nouns})\s+"
            rf"(?:called\s+|named\s+|known\s+as\s+)?(?P<name>{_NAME})(?![\w-])")
        self.domain = re.compile(rf"(?<![\w.@/-])(?P<name>[A-Za-z][\w-]*\.(?:{self.tlds}))(?![\w/@-]|\.\w)")
        self.bad_q = frozenset(intro["bad_qualifiers"])
        self.not_names = frozenset(intro["not_names"])
        self.cues = frozenset(ctx["cue_words"]) | frozenset(intro["domain_cues"])

    def find(self, text: str, taken) -> list[tuple[Introduced, list[tuple[int, int]]]]:
        """Each unknown platform with all its mentions; ``taken(start, end)`` says a span is
        already a known platform or page chrome."""
        first: dict[str, Introduced] = {}
        for rx in (self.appositive, self.prefix):
            for m in rx.finditer(text):
                s, e = m.span("name")
                name = m.group("name")
                if self._name_ok(name) and not self.bad_q.intersection(m.group("q").lower().split()):
                    self._keep(first, name, s, e, taken)
        for m in self.domain.finditer(text):
            if self._cue_near(text, m.start(), m.end()):
                self._keep(first, m.group("name"), m.start(), m.end(), taken)
        out = []
        for item in sorted(first.values(), key=lambda i: i.start):
            spans = self._mentions(text, item, taken)
            if spans:
                out.append((item, spans))
        return out

    def _name_ok(self, name: str) -> bool:
        return len(name) >= 3 and not self.not_names.intersection(name.split())

    def _keep(self, first: dict, name: str, s: int, e: int, taken) -> None:
        if taken(s, e):
            return
        key = re.sub(r"\.(?:%s)$" % self.tlds, "", name, flags=re.IGNORECASE).lower()
        if key not in first or s < first[key].start:
            first[key] = Introduced(key, name, s, e)

    def _cue_near(self, text: str, s: int, e: int) -> bool:
        words = re.findall(r"[a-z]+", text[max(0, s - 60):e + 60].lower())
        return not self.cues.isdisjoint(words)

    def _mentions(self, text: str, item: Introduced, taken) -> list[tuple[int, int]]:
        """Every mention of the name: as written, or its bare stem ("Bloxflip" of "Bloxflip.com")."""
        stem = re.sub(r"\.(?:%s)$" % self.tlds, "", item.name, flags=re.IGNORECASE)
        forms = {item.name, stem[:1].upper() + stem[1:]} if len(stem) >= 3 else {item.name}
        alt = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
        rx = re.compile(rf"(?<![\w.@/-])(?:{alt})(?:\.(?:{self.tlds}))?(?![\w-]|\.\w)")
        return [m.span() for m in rx.finditer(text) if not taken(*m.span())]
