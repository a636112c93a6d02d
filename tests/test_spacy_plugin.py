"""claimx as a spaCy plugin: entry points and disk round trips, in fresh interpreters."""
import json
import subprocess
import sys

TEXT = "Rep. Devin Nunes sued Twitter in 2019 under Section 230 of the Communications Decency Act."


def run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_add_pipe_by_name_without_importing_claimx():
    code = f"""
import json, spacy
nlp = spacy.blank("en")
nlp.add_pipe("claimx")
doc = nlp({TEXT!r})
print(type(nlp.get_pipe("claimx")).__module__)
print(json.dumps([[s.label_, s.text] for s in doc.spans["claimx"]] + [doc._.claimx["schema"]]))
"""
    module, line = run(code).splitlines()
    assert module == "claimx.pipeline"  # the factory came from claimx's entry point
    spans = json.loads(line)
    assert spans[-1] == "claimx/1"
    assert ["STATUTE", "Section 230 of the Communications Decency Act"] in spans
    assert ["DATE", "2019"] in spans


def test_each_component_has_its_own_name():
    code = """
import spacy
nlp = spacy.blank("en")
for name in ["claimx_chrome", "claimx_sentences", "claimx_statutes", "claimx_platforms", "claimx_dates"]:
    nlp.add_pipe(name)
doc = nlp("Videos were posted on TikTok on Jan. 8 in breach of the First Amendment.")
print([p.name for p in doc._.claimx_platforms], [d.value for d in doc._.claimx_dates],
      [s.name for s in doc._.claimx_statutes])
"""
    assert run(code).strip() == "['TikTok'] ['XXXX-01-08'] ['First Amendment']"


def test_to_disk_and_spacy_load_round_trip(tmp_path):
    import claimx

    nlp = claimx.load()
    nlp.to_disk(tmp_path / "pipe")
    code = f"""
import json, spacy
nlp = spacy.load({str(tmp_path / "pipe")!r})
doc = nlp({TEXT!r})
print(json.dumps([nlp.pipe_names, [s.name for s in doc._.claimx_statutes], [p.name for p in doc._.claimx_parties]]))
"""
    names, statutes, parties = json.loads(run(code))
    assert names == nlp.pipe_names
    doc = nlp(TEXT)
    assert statutes == [s.name for s in doc._.claimx_statutes]
    assert parties == [p.name for p in doc._.claimx_parties]
