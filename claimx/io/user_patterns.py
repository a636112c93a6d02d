"""User pattern files: extra platforms, statutes and parties, in our shipped data format.

One JSON object per line, with a "type" and the keys of the matching shipped file:

    {"type": "platform", "id": "bluesky", "name": "Bluesky", "aliases": ["bsky.app"], "operator": "Bluesky Social PBC", "category": "social"}
    {"type": "statute", "id": "ny_shield", "name": "SHIELD Act", "aliases": [], "abbreviations": [], "citation": null, "year": 2019, "jurisdiction": "US-NY"}
    {"type": "party", "name": "Acme Robotics", "aliases": ["Acme"], "kind": "organization"}

Missing optional keys take their defaults; a line that is not valid is a clear error
naming the file and line.
"""
from __future__ import annotations

import json
from functools import lru_cache

_REQUIRED = {"platform": ("name",), "statute": ("name",), "party": ("name",)}
_DEFAULTS = {
    "platform": {"aliases": [], "ambiguous": [], "operator": None, "category": None},
    "statute": {"aliases": [], "abbreviations": [], "citation": None, "year": None, "jurisdiction": None,
                "kind": "act", "sections": [], "usc": []},
    "party": {"aliases": [], "kind": "organization"},
}
_KINDS = {"person", "organization", "government", "court"}
# the type of every optional key (a wrong one used to surface as a TypeError deep inside)
_STRING_LISTS = ("aliases", "ambiguous", "abbreviations")
_STRINGS_OR_NULL = ("id", "operator", "category", "citation", "jurisdiction")


def _is_str_list(v) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def _shape_problem(item: dict):
    """What is wrong with the types of ``item``'s keys, in words; None when nothing is."""
    for key in _STRING_LISTS:
        if key in item and not _is_str_list(item[key]):
            return f"\"{key}\" must be a list of strings, not {json.dumps(item[key])}"
    for key in _STRINGS_OR_NULL:
        if item.get(key) is not None and not isinstance(item[key], str):
            return f"\"{key}\" must be a string or null, not {json.dumps(item[key])}"
    if "kind" in item and not isinstance(item["kind"], str):
        return f"\"kind\" must be a string, not {json.dumps(item['kind'])}"
    year = item.get("year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        return f"\"year\" must be a whole number or null, not {json.dumps(year)}"
    sections = item.get("sections", [])
    if not isinstance(sections, list):
        return f"\"sections\" must be a list of objects, not {json.dumps(sections)}"
    for sec in sections:
        if not isinstance(sec, dict) or not isinstance(sec.get("section"), str) or not sec["section"]:
            return f"each of \"sections\" must be an object with a \"section\" string, not {json.dumps(sec)}"
        if "aliases" in sec and not _is_str_list(sec["aliases"]):
            return f"a section's \"aliases\" must be a list of strings, not {json.dumps(sec['aliases'])}"
        if sec.get("citation") is not None and not isinstance(sec["citation"], str):
            return f"a section's \"citation\" must be a string or null, not {json.dumps(sec['citation'])}"
    usc = item.get("usc", [])
    if not isinstance(usc, list):
        return f"\"usc\" must be a list of objects, not {json.dumps(usc)}"
    for ref in usc:
        if not isinstance(ref, dict) or not isinstance(ref.get("sections", []), list):
            return f"each of \"usc\" must be an object with a \"sections\" list, not {json.dumps(ref)}"
    return None


@lru_cache(maxsize=8)
def read_patterns(path: str) -> dict[str, tuple]:
    """{"platform": (...), "statute": (...), "party": (...)} from a JSONL file."""
    out: dict[str, list] = {k: [] for k in _REQUIRED}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: not JSON ({e.msg})") from None
            kind = item.get("type") if isinstance(item, dict) else None
            if kind not in _REQUIRED:
                raise ValueError(f"{path}:{n}: \"type\" must be one of {sorted(_REQUIRED)}")
            for key in _REQUIRED[kind]:
                if not isinstance(item.get(key), str) or not item[key].strip():
                    raise ValueError(f"{path}:{n}: a {kind} needs a non-empty \"{key}\"")
            if kind == "party" and item.get("kind", "organization") not in _KINDS:
                raise ValueError(f"{path}:{n}: a party's \"kind\" must be one of {sorted(_KINDS)}")
            problem = _shape_problem(item)
            if problem:
                raise ValueError(f"{path}:{n}: {problem}")
            full = {**_DEFAULTS[kind], **{k: v for k, v in item.items() if k != "type"}}
            full.setdefault("id", "user_" + "".join(c if c.isalnum() else "_" for c in full["name"].lower()))
            out[kind].append(full)
    return {k: tuple(v) for k, v in out.items()}


def patterns_json(path: str | None, kind: str) -> str:
    """The extra items of one kind as a canonical JSON string (hashable, for caching)."""
    if not path:
        return "[]"
    return json.dumps(list(read_patterns(path)[kind]), sort_keys=True)
