"""Formal citations of every state code, administrative code and session-law series that
reporters-db (Free Law Project's ``laws.json``, the table eyecite uses) knows, compiled into
claimx's citation grammar at first use, each with its jurisdiction.

reporters-db gives, per series, its abbreviation and variants, a regex template over shared
variables (``$reporter``, ``$law_section``, ``$volume`` ...) and examples. The templates are
compiled here with claimx's own section grammar (lists "§§ 1, 2 and 3", ranges, "et seq.",
subsections), "section"/"sec." spelled out beside "§", and free spacing. The scan is anchored:
one regex finds the first word of any series ("Ala.", "N.Y.", "Stat."); only the series that
start with that word are tried there, each at most at two starts (the word, or a title or
volume number right before it), so the work is linear in the text.

The package's data file is read directly, without importing ``reporters_db`` (its import reads
every court reporter too, which would cost the cold start).
"""
from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from claimx.text.wordtrie import trie_pattern

CITE_TYPES = {"leg_statute", "admin_compilation", "leg_act", "leg_session"}
HANDLED = {"U.S.C.", "Pub. L.", "C.F.R."}  # claimx's own rules: they map sections to named acts
MARKER = r"(?:§§?|(?:[Ss]ections?|[Ss]ecs?\.)(?=\s*\d))"


@dataclass(frozen=True)
class Series:
    key: str
    pattern: str  # compiled on the first text whose anchor word calls for it (300 compiles cost 0.5 s)
    lead_number: bool  # the template opens with a title, volume or year before the abbreviation
    jurisdiction: Optional[str]

    @property
    def rx(self) -> Optional[re.Pattern]:
        return _compiled(self.pattern)


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> Optional[re.Pattern]:
    try:
        return re.compile(pattern)
    except re.error:
        return None


def _data_dir() -> Optional[Path]:
    spec = importlib.util.find_spec("reporters_db")
    if spec is None or not spec.origin:
        return None
    return Path(spec.origin).parent / "data"


def _flatten(d: dict, prefix: str = "") -> dict:
    out = {}
    for k, v in d.items():
        if k.endswith("#"):
            continue
        name = f"{prefix}_{k}" if prefix and k else (prefix or k)
        out.update(_flatten(v, name) if isinstance(v, dict) else {name: v})
    return out


def _spaced(literal: str) -> str:
    """'N.Y. Gen. Bus. Law' as a regex that allows 'N. Y.' and 'Pub.L.'."""
    out = []
    for i, ch in enumerate(literal):
        if ch == " ":
            out.append(r"\s*" if i and literal[i - 1] == "." else r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _expand(template: str, variables: dict, overrides: dict) -> str:
    t = template.replace(" / ", r"\s*/\s*").replace(", § ", ",? § ").replace(" § ", "\0M\0")
    t = re.sub(r"\bart ", r"art\.? ", t)
    # "ch. 93A", "tit. 5A": a title, chapter or article number may carry letters
    t = re.sub(r"\(\?P<(title|chapter|article)>\\d\+\)", r"(?P<\1>\\d+[A-Za-z]{0,2})", t)
    t = t.replace(" ", r"\s+").replace("\0M\0", rf"\s*{MARKER}\s*")

    def sub(m: re.Match) -> str:
        name = m.group(1)
        while name and name not in overrides and name not in variables:
            name = name.rsplit("_", 1)[0] if "_" in name else ""
        if not name:
            return m.group(0)
        rest = m.group(1)[len(name):]
        body = overrides.get(name)
        if body is None:
            body = _expand_vars(variables[name], variables)
        return f"(?:{body}){rest}"

    return re.sub(r"\$(\w+)", sub, t)


def _expand_vars(body: str, variables: dict, depth: int = 0) -> str:
    if depth > 5:
        return body
    return re.sub(r"\$(\w+)", lambda m: _expand_vars(variables[m.group(1)], variables, depth + 1)
                  if m.group(1) in variables else m.group(0), body)


def _first_word(template: str, forms: list[str]) -> list[str]:
    inline = re.search(r"\(\?P<reporter>((?:\\.|[^\s\\$])+)", template)
    if inline:
        return [inline.group(1).replace("\\", "")]
    return sorted({f.split()[0] for f in forms})


@dataclass(frozen=True)
class Grammar:
    anchor: Optional[re.Pattern]
    by_word: dict  # first word -> [Series]


@lru_cache(maxsize=2)
def grammar(seclist: str, jurisdictions_json: str) -> Grammar:
    """Compile reporters-db's law series (once, on the first text that needs it)."""
    folder = _data_dir()
    if folder is None or not (folder / "laws.json").exists():
        return Grammar(None, {})
    laws = json.loads((folder / "laws.json").read_text(encoding="utf-8"))
    variables = _flatten(json.loads((folder / "regexes.json").read_text(encoding="utf-8")))
    jurisdictions = json.loads(jurisdictions_json)
    by_word: dict[str, list[Series]] = {}
    for key, entries in sorted(laws.items()):
        if key in HANDLED:
            continue
        for entry in entries:
            if entry.get("cite_type") not in CITE_TYPES:
                continue
            forms = sorted({key, *entry.get("variations", [])}, key=len, reverse=True)
            reporter = "(?P<reporter>%s)" % "|".join(_spaced(f) for f in forms)
            for template in entry.get("regexes", []):
                overrides = {"reporter": reporter, "law_section": f"(?P<sections>{seclist})"}
                pattern = _expand(template, variables, overrides)
                lead = not template.startswith(("$reporter", "(?P<reporter>"))
                series = Series(key, pattern, lead, jurisdictions.get(entry.get("jurisdiction")))
                for word in _first_word(template, forms):
                    by_word.setdefault(word, []).append(series)
    anchor = re.compile("(?:%s)(?!\\w)" % trie_pattern(by_word)) if by_word else None
    return Grammar(anchor, by_word)


_LEAD = re.compile(r"(?<![\w.-])\d+(?:-\d+)*,?\s+$")


def find_series(mt: str, gram: Grammar) -> list[tuple[re.Match, Series]]:
    """The leftmost-longest series citation at each anchor word, non-overlapping."""
    out: list[tuple[re.Match, Series]] = []
    if gram.anchor is None:
        return out
    last_end = 0
    for hit in gram.anchor.finditer(mt):
        p = hit.start()
        if p < last_end or (p and (mt[p - 1].isalnum() or mt[p - 1] in ".-")):
            continue
        lead = _LEAD.search(mt, max(0, p - 24), p)
        best = None
        for series in gram.by_word.get(hit.group(), ()):
            start = (lead.start() if lead else None) if series.lead_number else p
            if start is None or start < last_end:
                continue
            rx = series.rx
            m = rx.match(mt, start) if rx is not None else None
            if m and m.end() > hit.end() and (best is None or m.end() - m.start() > best[0].end() - best[0].start()):
                best = (m, series)
        if best:
            out.append(best)
            last_end = best[0].end()
    return out
