"""Platforms: a gazetteer of online services, with context rules for ambiguous names.

A name such as "X", "Amazon" or "Signal" counts only where the text uses it as a
service: a platform word nearby ("the X platform", "sold on Amazon"), or the
operator's possessive ("Microsoft's Mixer"). Once one mention of an ambiguous name
is confirmed, its other mentions in the same article count too.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from claimx.extractors.platform_intro import Introducer
from claimx.extractors.platform_lists import coordinated
from claimx.extractors.platform_renames import RenameFinder
from claimx.text.gazetteer import Gazetteer, tokens
from claimx.models import Mention, Platform
from claimx.io.resources import apostrophe_variants, load_json
from claimx.text.normalize import match_text
from claimx.text.segment import SpanIndex

_POSSESSIVE = re.compile(r"'s?\s*$")


@lru_cache(maxsize=4)
def _gazetteer(extra_json: str = "[]") -> tuple[Gazetteer, dict]:
    gaz = Gazetteer()
    entries = {}
    for item in list(load_json("patterns/platforms.json")) + json.loads(extra_json):
        entries[item["id"]] = item
        ambiguous = set(item.get("ambiguous") or [])
        for form in [item["name"], *item.get("aliases", []), *ambiguous]:
            for variant in apostrophe_variants(form):
                gaz.add(match_text(variant), (item["id"], form in ambiguous))
    return gaz, entries


class PlatformFinder:
    def __init__(self, extra_json: str = "[]"):
        self.gaz, self.entries = _gazetteer(extra_json)
        ctx = load_json("patterns/platform_context.json")
        self.cues = frozenset(ctx["cue_words"])
        self.before = frozenset(ctx["before_words"])
        self.window = ctx["window"]
        self.suffixes = frozenset(ctx["company_suffixes"])
        self.owners = {pid: frozenset(names) for pid, names in ctx["owner_possessives"].items()}
        self.company_first = frozenset(ctx["company_first"]["ids"])
        # data flowing "to Google", "Google accounts": the company's, not the service
        self.company_before = self.before - frozenset(ctx["company_first"]["weak_before_words"])
        self.company_cues = self.cues - frozenset(ctx["company_first"]["weak_cues"])
        self.close_context = self.company_first | frozenset(ctx["close_context"]["ids"])
        self.introducer = Introducer(ctx, [v["operator"] for v in self.entries.values() if v.get("operator")])
        self.operators = {}
        for item in self.entries.values():
            if item.get("operator"):
                self.operators.setdefault(item["id"], item["operator"].split()[0].rstrip(",."))
        self.renames = RenameFinder(ctx, {k: v["operator"] for k, v in self.entries.items() if v.get("operator")},
                                    self.suffixes, self.introducer.not_names)

    def find(self, text: str, chrome=None, index=None) -> list[Platform]:
        """``index``: the document's ``DocIndex`` of ``text`` (its matching copy and tokens)."""
        mt = match_text(text) if index is None else index.match_text
        toks = tokens(mt) if index is None else index.gazetteer_tokens
        found: dict[str, Platform] = {}
        pending: list[tuple[str, Mention]] = []
        confirmed: set[str] = set()
        for i, last, payloads in self.gaz.find_tokens(mt, toks):
            start, end = toks.starts[i], toks.ends[last]
            if chrome is not None and start in chrome:
                continue
            pid, ambiguous = sorted(payloads)[0]
            mention = Mention(start, end, text[start:end])
            if ambiguous and last + 1 < len(toks) and toks.strings[last + 1] in self.suffixes:
                continue  # "X Corp.", "Amazon Inc.": the company, not its service
            if ambiguous:
                if not self._context_ok(mt, toks, i, end, pid, self.operators):
                    pending.append((pid, mention))
                    continue
                confirmed.add(pid)
            self._add(found, pid, mention)
        spans = [(m.start, m.end) for p in found.values() for m in p.mentions]
        for pid, mention in coordinated(text, spans, pending, self.company_first, self.before):
            confirmed.add(pid)
        for pid, mention in pending:
            if pid in found or pid in confirmed:
                if not self._is_operator_possessive(mt, mention.end):
                    self._add(found, pid, mention)
        self._add_renamed(text, chrome, found)
        self._add_introduced(text, chrome, found)
        return sorted(found.values(), key=lambda p: p.first)

    def _add_renamed(self, text, chrome, found) -> None:
        """A found platform's other name, where the text gives the rename ("Bolt (formerly Taxify)")."""
        spans = [(key, m.start, m.end) for key, p in found.items() for m in p.mentions]
        for key, s, e in self.renames.find(text, spans, _taken(chrome, found)):
            found[key].add(Mention(s, e, text[s:e]))

    def _add_introduced(self, text, chrome, found) -> None:
        """Unknown platforms the text introduces ("Bloxflip, a Roblox gambling site")."""
        for item, spans in self.introducer.find(text, _taken(chrome, found)):
            key = "new:" + item.key
            if key in found:
                continue
            plat = found[key] = Platform(name=item.name, key=key)
            for s, e in spans:
                plat.add(Mention(s, e, text[s:e]))

    def _add(self, found, pid, mention):
        item = self.entries[pid]
        plat = found.get(pid)
        if plat is None:
            plat = found[pid] = Platform(name=item["name"], key=pid, operator=item.get("operator"),
                                         category=item.get("category"))
        plat.add(mention)

    @staticmethod
    def _is_operator_possessive(mt: str, end: int) -> bool:
        """'Amazon's Twitch': a company owning a platform, not the platform."""
        nxt = mt[end:end + 40]
        return bool(re.match(r"'s?\s+[A-Z]", nxt))

    def _context_ok(self, mt, toks, i, end, pid, operators) -> bool:
        if i is None:
            return False
        if self._is_operator_possessive(mt, end):
            return False
        strs = toks.strings
        lo, hi = max(0, i - self.window), min(len(toks), i + self.window + 1)
        if _title_case(strs[lo:i] + strs[i + 1:hi]):
            # a headline capitalises every word: "Users Seek Refunds After App Outage" has
            # platform words near "Seek" that say nothing of it; only "on Seek" does
            return (i > 0 and strs[i - 1] in self.before) or self._possessive_ok(strs, i, pid, operators)
        if pid in self.close_context:
            return self._company_named_ok(strs, i, pid in self.company_first) or \
                self._possessive_ok(strs, i, pid, operators)
        window = [w.lower() for w in strs[lo:hi]]
        if any(w in self.cues for w in window):
            return True
        if i > 0 and strs[i - 1].lower() in self.before:
            return True
        return self._possessive_ok(strs, i, pid, operators)

    def _possessive_ok(self, strs, i, pid, operators) -> bool:
        op = operators.get(pid)
        # "Musk's X": the owner's possessive (data: owner_possessives, by last name)
        if i >= 3 and strs[i - 1] == "s" and strs[i - 2] == "'" and strs[i - 3] in self.owners.get(pid, ()):
            return True
        # "Microsoft's Mixer": the operator's possessive before the name
        if op and i >= 2 and strs[i - 1] in ("'", "s") and strs[max(0, i - 3)] == op:
            return True
        if op and i >= 2 and strs[i - 2] == op and strs[i - 1] == "'":
            return True
        return False

    def _company_named_ok(self, strs, i, company: bool = False) -> bool:
        """A service named after its company ("Google", "Amazon") is mostly the company: "Google
        will collect less data from users" is Google the company. Only a platform word right at
        the name ("sold on Amazon", "Amazon sellers", "Google's search engine") makes it the service.
        So too for a service named like a person ("Stan, a user of the app, posted" is a man).
        For a company (``company``), data flowing "to Google" and "Google accounts" are the company's."""
        before = self.company_before if company else self.before
        cues = self.company_cues if company else self.cues
        nxt = strs[i + 1:i + 4]
        if nxt[:2] in (["'", "s"], ["’", "s"]) or nxt[:1] in (["'"], ["’"]):
            after = nxt[2:3] if nxt[1:2] == ["s"] else nxt[1:2]
            return bool(after) and after[0].lower() in cues
        if i > 0 and strs[i - 1].lower() in before:
            return True
        near = strs[max(0, i - 1):i] + nxt[:2]
        return any(w.lower() in cues for w in near)


def _title_case(words) -> bool:
    """Words around a name that read as a headline: three or more longer words capitalised, and
    at most one not (short function words stay lowercase in most headline styles)."""
    long = [w for w in words if len(w) >= 4 and w.isalpha()]
    caps = sum(w[0].isupper() for w in long)
    return caps >= 3 and caps >= len(long) - 1


def _taken(chrome, found):
    """``taken(start, end)``: the span is page chrome or overlaps a platform already found
    (the mentions of ``found`` as they are now)."""
    known = SpanIndex((m.start, m.end) for p in found.values() for m in p.mentions)

    def taken(s, e):
        return (chrome is not None and s in chrome) or known.overlaps(s, e)

    return taken
