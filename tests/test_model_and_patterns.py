"""--model (a spaCy model's NER adds party candidates) and --patterns (user data)."""
import json

import spacy
from typer.testing import CliRunner

import claimx
from claimx.cli.commands import app

TEXT = "Zorblat Quxley sued Vandermeer Holdings on Monday over posts on Chirpter and the Quux Act."


def test_model_entities_add_party_candidates(tmp_path):
    # a stand-in for an installed statistical model: an entity ruler saved as a pipeline
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Zorblat Quxley"}])
    model_dir = tmp_path / "toy_model"
    nlp.to_disk(model_dir)
    without = {p["name"]: p["kind"] for p in claimx.extract(TEXT)["parties"]}
    assert without["Zorblat Quxley"] == "organization"  # "Zorblat" is no first name we know
    doc = claimx.extract(TEXT, model=str(model_dir))
    roles = {p["name"]: (p["kind"], p["role"]) for p in doc["parties"]}
    assert roles["Zorblat Quxley"] == ("person", "plaintiff")


def test_patterns_file(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in [
        {"type": "platform", "id": "chirpter", "name": "Chirpter", "operator": "Chirp Inc."},
        {"type": "statute", "id": "quux", "name": "Quux Act", "citation": "99 U.S.C. § 1", "year": 2031},
        {"type": "party", "name": "Vandermeer Holdings", "kind": "organization"},
    ]), encoding="utf-8")
    doc = claimx.extract(TEXT, patterns=str(path))
    assert [(p["name"], p["operator"]) for p in doc["platforms"]] == [("Chirpter", "Chirp Inc.")]
    assert [(s["name"], s["citation"], s["year"]) for s in doc["statutes"]] == [("Quux Act", "99 U.S.C. § 1", 2031)]
    assert ("Vandermeer Holdings", "defendant") in {(p["name"], p["role"]) for p in doc["parties"]}
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(src), "--patterns", str(path)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["platforms"][0]["name"] == "Chirpter"


def test_bad_patterns_and_model_are_usage_errors(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type": "gadget", "name": "x"}\n', encoding="utf-8")
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(src), "--patterns", str(bad)])
    assert result.exit_code == 2
    assert "bad.jsonl:1" in result.output and "Traceback" not in result.output
    result = CliRunner().invoke(app, ["extract", str(src), "--model", "no_such_model_xyz"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
