"""The claimx/1 JSON Schema (claimx/data/schema.json) and `claimx schema`."""
import copy
import json

import pytest

import claimx
from claimx.cli.commands import app
from claimx.io.resources import data_path
from claimx.tools.schema import load_schema, schema_text
from conftest import invoke, make_runner, FIXTURES, read

jsonschema = pytest.importorskip("jsonschema")
from jsonschema import Draft202012Validator  # noqa: E402


FIXTURE_PATHS = sorted(FIXTURES.glob("*.txt"))
LISTS = ("statutes", "parties", "platforms", "dates", "allegations", "quotes")




def jsonl(result):
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def branch_validator(name):
    """A validator for one branch of the top-level oneOf."""
    schema = load_schema()
    return Draft202012Validator({"$ref": f"#/$defs/{name}", "$defs": schema["$defs"]})


@pytest.fixture(scope="module")
def validator():
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def errors_of(validator, doc):
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(doc)]


def test_schema_is_draft_2020_12():
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_schema_file_is_the_shipped_data():
    assert json.loads(data_path("schemas/schema.json").read_text(encoding="utf-8")) == load_schema()
    assert json.loads(schema_text()) == load_schema()
    load_schema()["title"] = "changed"  # a copy: callers cannot corrupt the cached schema
    assert load_schema()["title"] == "claimx/1 document"


@pytest.mark.parametrize("path", FIXTURE_PATHS, ids=lambda p: p.name)
def test_library_output_validates(validator, path):
    text = read(path)
    for doc in (claimx.extract(text), claimx.extract(text, published="2023-09-05", source=str(path)),
                claimx.extract(text, include_text=True)):
        assert errors_of(validator, doc) == []


HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Family sues app maker</title>
<meta property="article:published_time" content="2022-03-04T09:00:00Z">
<link rel="canonical" href="https://news.example.org/family-sues"></head>
<body><nav><a href="/">Home</a> | Share on Facebook</nav>
<article><h1>Family sues app maker</h1>
<p>A family sued PixelChat Inc. on Tuesday under Section 230 of the Communications Decency Act,
alleging that the app &ldquo;knowingly exposed children to predators,&rdquo; the complaint says.</p>
</article></body></html>"""


def test_html_input_validates(validator):
    doc = claimx.extract(HTML_PAGE)
    assert doc["published_source"] == "html" and doc["title"] and doc["content"]
    assert errors_of(validator, doc) == []


def test_cli_output_validates(validator):
    result = invoke("extract", *FIXTURE_PATHS, "--jsonl", "--jobs", 1)
    assert result.exit_code == 0
    docs = jsonl(result)
    assert len(docs) == len(FIXTURE_PATHS)
    for doc in docs:
        assert "encoding" in doc
        assert errors_of(validator, doc) == [], doc["source"]


def test_cli_single_document_with_text_validates(validator):
    result = invoke("extract", FIXTURE_PATHS[0], "--include-text", "--published", "2021-01")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["content"] and doc["published"] == "2021-01"
    assert errors_of(validator, doc) == []


def test_error_record_validates(validator, tmp_path):
    missing = tmp_path / "nope.txt"
    result = invoke("extract", missing, "--jsonl")
    assert result.exit_code == 1
    [doc] = jsonl(result)
    assert doc["error"]["type"] == "not_found"
    assert errors_of(validator, doc) == []
    # it is the error branch of the oneOf, not a half-empty result
    assert branch_validator("error_document").is_valid(doc)
    assert not branch_validator("result").is_valid(doc)


def test_required_lists_every_key_claimx_emits():
    """`required` names every current key of every item, so no key can silently disappear."""
    schema = load_schema()
    defs = schema["$defs"]
    doc = claimx.extract(read(FIXTURES / "f01_biometric_suit.txt"))
    item_defs = {"statutes": "statute", "parties": "party", "platforms": "platform",
                 "dates": "date", "allegations": "quote", "quotes": "quote"}
    for section, name in item_defs.items():
        assert doc[section], section
        for item in doc[section]:
            assert set(item) <= set(defs[name]["required"]), (section, set(item) - set(defs[name]["required"]))
            assert set(defs[name]["required"]) <= set(item), section
            for m in item.get("mentions", []):
                assert set(m) == set(defs["mention"]["required"])
            assert defs[name]["additionalProperties"] is True
    assert set(doc) == set(defs["result"]["required"])  # top level: all but encoding, content
    assert {"schema", "source", "published", "published_source", *LISTS} <= set(doc)


@pytest.fixture(scope="module")
def good_doc():
    return claimx.extract(read(FIXTURES / "f01_biometric_suit.txt"), published="2024-03-01",
                          source="f01.txt")


@pytest.mark.parametrize("change, path", [
    (lambda d: d.pop("dates"), "dates"),
    (lambda d: d["statutes"][0].pop("citation"), "citation"),
    (lambda d: d["parties"][0].update(role="witness"), "role"),
    (lambda d: d["parties"][0].update(name=None), "name"),
    (lambda d: d["dates"][0].update(start=-1), "start"),
    (lambda d: d["dates"][0].update(value="March 14"), "value"),
    (lambda d: d.update(published="2024-3-1"), "published"),
    (lambda d: d.update(published_source="guess"), "published_source"),
    (lambda d: d.update(schema="claimx/2"), "schema"),
    (lambda d: d["allegations"][0].update(kind="denial"), "allegations"),
    (lambda d: d["quotes"][0].update(truncated="no"), "truncated"),
    (lambda d: d["platforms"][0].update(mentions=[]), "mentions"),
], ids=lambda x: x if isinstance(x, str) else "")
def test_schema_rejects_broken_documents(validator, good_doc, change, path):
    assert errors_of(validator, good_doc) == []
    doc = copy.deepcopy(good_doc)
    change(doc)
    assert not validator.is_valid(doc), path


def test_schema_allows_additions_and_nulls(validator, good_doc):
    doc = copy.deepcopy(good_doc)
    doc["clusters"] = [{"id": 1}]  # later versions may add fields, at top level and in items
    doc["statutes"][0]["confidence"] = 0.9
    doc["dates"][0]["value"] = None
    doc["published"], doc["published_source"] = None, None
    doc["source"] = None
    assert errors_of(validator, doc) == []
    for value in ("2021", "2021-08", "2021-08-07", "XXXX-01-08", "XXXX-01", "2023-FA", "199X"):
        doc["dates"][0]["value"] = value
        assert errors_of(validator, doc) == [], value


def test_error_document_is_not_a_result(validator):
    doc = {"schema": "claimx/1", "source": "a.txt", "error": {"type": "not_found", "message": "x"}}
    assert validator.is_valid(doc)
    assert not validator.is_valid({**doc, "error": {"type": "not_found"}})
    assert not validator.is_valid({"schema": "claimx/1", "source": "a.txt"})
    assert not branch_validator("result").is_valid(doc)


def test_schema_command_prints_the_file():
    result = invoke("schema")
    assert result.exit_code == 0
    printed = json.loads(result.stdout)
    assert printed == json.loads(data_path("schemas/schema.json").read_text(encoding="utf-8"))
    assert result.stdout == schema_text()
