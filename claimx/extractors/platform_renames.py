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
        # what the 80 characters before a mention end with when ``before`` can match there: a
        # rename word, then whitespace (looked at first: most mentions have neither)
        self.link_words = tuple(ctx["renames"]["words"])
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
            m = self._before(text, s)
            if m:
                out.append((key, *m.span("name")))
        return [(k, s, e) for k, s, e in out if self._is_name(text[s:e]) and not taken(s, e)]

    def _before(self, text: str, s: int):
        """``before.search`` in the 80 characters before ``s``, only where they end in a rename
        word and whitespace, as every match does."""
        lo = max(0, s - 80)
        if s == lo or not text[s - 1].isspace() or not text[lo:s].rstrip().endswith(self.link_words):
            return None
        return self.before.search(text, lo, s)

    def _is_name(self, name: str) -> bool:
        words = name.split()
        return (len(name) >= 2 and name not in self.companies and words[0] not in self.companies
                and words[-1].rstrip(".") not in self.suffixes and words[-1] not in self.suffixes
                and not self.not_names.intersection(words))
