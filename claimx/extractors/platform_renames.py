"""A platform's other name, where the text gives the rename: "Bolt (formerly Taxify)",
"Kuaishou, previously known as GIF Kuaishou", "Twitter, now called X".

The name on the other side of "formerly" / "now" is a mention of the same platform, with its
own offsets (so "X, formerly Twitter" gives the mentions "X" and "Twitter", never one span
of both). A company on that side is not the platform: "Facebook, now Meta" renames the
company, and a parent company is a party, not a platform (the guidelines). The rename words
are in data/patterns/platform_context.json ("renames").
"""
from __future__ import annotations

import re

from claimx.io.resources import load_json
from claimx.text.wordtrie import trie_pattern

_NAME = r"[A-Z][\w+]*(?:[.-]\w+)*(?:\s[A-Z][\w+]*(?:[.-]\w+)*){0,2}"


class RenameFinder:
    def __init__(self, ctx: dict, operators: dict, suffixes: frozenset, not_names: frozenset):
        words = trie_pattern(ctx["renames"]["words"])
        link = rf"\s*(?:,|\(|\u2014|\u2013|--)\s*(?:{words})\s+"
        # "Bolt (formerly Taxify)": the name ends the aside ("now Trump's platform" is no name)
        self.after = re.compile(rf"{link}(?P<name>{_NAME})(?=\s*(?:[,.;:)\u2014\u2013]|--|$))")
        self.before = re.compile(rf"(?<![\w.-])(?P<name>{_NAME}){link}$")  # "Taxify, now " + Bolt
        companies = {op for op in operators.values()}
        for item in load_json("lexicons/company_aliases.json")["companies"]:
            companies.update([item["name"], *item.get("aliases", [])])
        self.companies = frozenset(companies)
        self.suffixes = suffixes
        self.not_names = not_names

    def find(self, text: str, mentions, taken) -> list[tuple[str, int, int]]:
        """(platform key, start, end) of each other name; ``mentions`` are (key, start, end) of
        the platforms found, ``taken(start, end)`` says a span is already a platform or chrome."""
        out = []
        for key, s, e in mentions:
            m = self.after.match(text, e)
            if m:
                out.append((key, *m.span("name")))
            m = self.before.search(text, max(0, s - 80), s)
            if m:
                out.append((key, *m.span("name")))
        return [(k, s, e) for k, s, e in out if self._is_name(text[s:e]) and not taken(s, e)]

    def _is_name(self, name: str) -> bool:
        words = name.split()
        return (len(name) >= 2 and name not in self.companies and words[0] not in self.companies
                and words[-1].rstrip(".") not in self.suffixes and words[-1] not in self.suffixes
                and not self.not_names.intersection(words))
