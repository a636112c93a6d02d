"""The JSON Schema (draft 2020-12) of the claimx/1 document.

The schema is data (``claimx/data/schemas/schema.json``); this module only loads it. Validating needs
the optional ``jsonschema`` package (``pip install "claimx[test]"``)::

    from jsonschema import Draft202012Validator
    Draft202012Validator(claimx.schema.load_schema()).validate(doc)
"""
from __future__ import annotations

import copy
from typing import Any

from claimx.io.resources import data_path, load_json

SCHEMA_FILE = "schemas/schema.json"


def load_schema() -> dict[str, Any]:
    """The claimx/1 JSON Schema as a dict (a fresh copy: callers may change it)."""
    return copy.deepcopy(load_json(SCHEMA_FILE))


def schema_text() -> str:
    """The schema file exactly as shipped."""
    return data_path(SCHEMA_FILE).read_text(encoding="utf-8")
