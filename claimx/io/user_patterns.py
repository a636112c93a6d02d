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
            full = {**_DEFAULTS[kind], **{k: v for k, v in item.items() if k != "type"}}
            full.setdefault("id", "user_" + "".join(c if c.isalnum() else "_" for c in full["name"].lower()))
            out[kind].append(full)
    return {k: tuple(v) for k, v in out.items()}


def patterns_json(path: str | None, kind: str) -> str:
    """The extra items of one kind as a canonical JSON string (hashable, for caching)."""
    if not path:
        return "[]"
    return json.dumps(list(read_patterns(path)[kind]), sort_keys=True)
