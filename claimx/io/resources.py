"""Shipped data files (patterns, lexicons, gazetteers), loaded once per process."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

_PACKAGE = "claimx"


def data_path(name: str):
    return resources.files(_PACKAGE).joinpath("data", name)


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    with data_path(name).open("r", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=None)
def load_lines(name: str) -> frozenset:
    with data_path(name).open("r", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip() and not line.startswith("#"))


def apostrophe_variants(form: str) -> list[str]:
    """Both straight and curly apostrophe spellings of a surface form."""
    out = [form]
    for a, b in (("'", "\u2019"), ("\u2019", "'")):
        if a in form:
            out.append(form.replace(a, b))
    return out
