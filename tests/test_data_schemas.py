"""Every shipped data file has a JSON Schema (claimx/data/schemas/<name>.schema.json) and
passes it: a typo in a data entry (a role that does not exist, a key misspelt, a list
that lost its brackets) fails here instead of silently matching nothing."""
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

DATA = Path(__file__).resolve().parent.parent / "claimx" / "data"
SCHEMAS = DATA / "schemas"
OUTPUT_SCHEMA = "schema.json"  # the claimx/1 document's own schema, not a data file's
DATA_FILES = sorted(p for p in DATA.glob("*/*.json") if p.parent.name != "schemas")


def schema_for(path: Path) -> Path:
    return SCHEMAS / f"{path.stem}.schema.json"


def test_every_data_file_has_a_schema_and_every_schema_a_data_file():
    missing = [str(p.relative_to(DATA)) for p in DATA_FILES if not schema_for(p).exists()]
    assert missing == [], f"add claimx/data/schemas/<name>.schema.json for {missing}"
    stems = {p.stem for p in DATA_FILES}
    orphans = [p.name for p in SCHEMAS.glob("*.schema.json") if p.name[:-len(".schema.json")] not in stems]
    assert orphans == []
    assert len({p.stem for p in DATA_FILES}) == len(DATA_FILES), "data file names must be unique across folders"


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_data_file_passes_its_schema(path):
    schema = json.loads(schema_for(path).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["title"] == str(path.relative_to(DATA))
    errors = sorted(Draft202012Validator(schema).iter_errors(json.loads(path.read_text(encoding="utf-8"))),
                    key=lambda e: list(e.absolute_path))
    assert [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]] == []


def test_a_schema_rejects_a_broken_entry():
    """The schemas are strict enough to catch a real mistake."""
    schema = json.loads((SCHEMAS / "titles.schema.json").read_text(encoding="utf-8"))
    broken = [{"title": "Judge", "role": "jduge", "kind": "person"}]
    assert not Draft202012Validator(schema).is_valid(broken)
    dates = json.loads((SCHEMAS / "dates.schema.json").read_text(encoding="utf-8"))
    data = json.loads((DATA / "patterns" / "dates.json").read_text(encoding="utf-8"))
    assert not Draft202012Validator(dates).is_valid({**data, "weekday": data["weekdays"]})


def test_the_first_names_list_is_one_name_a_line():
    lines = (DATA / "lexicons" / "first_names.txt").read_text(encoding="utf-8").splitlines()
    names = [line for line in lines if line and not line.startswith("#")]
    assert names and all(n.strip() == n and " " not in n for n in names)
