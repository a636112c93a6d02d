"""Statute finding: eyecite's law citations alone vs claimx, scored the same way.

eyecite (Free Law Project) is the standard citation extractor; this measures what it
finds in news text, where laws are named far more often than cited. It is not a
dependency of claimx: install it to run this (`pip install eyecite`).

Two measures:
- each gold set: statute P/R/F1 with the project's scorer;
- reporters-db's own statute and code examples (the package both tools read, `laws.json`),
  each set in a news sentence: the share found whole (a mention or citation span equal to
  the example), and how many statutes each tool reports on the same sentences with the
  example taken out (false statutes from the citation grammar).

usage: python bench/statutes_vs_eyecite.py [SET_DIR ...]   (default: ../shared/seeds ../shared/dev)
Each SET_DIR holds gold/<id>.json and articles/<id>.txt (or <id>.txt), as in ../shared.
"""
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

import claimx
from claimx.tools.evaluate import score_dirs

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "The amended complaint, filed Tuesday, says the insurer broke {} when it denied the claim."


def eyecite_statutes(text: str) -> list[dict]:
    from eyecite import get_citations
    from eyecite.models import FullLawCitation

    out = []
    for c in get_citations(text):
        if isinstance(c, FullLawCitation):
            s, e = c.span()
            out.append({"name": c.matched_text(), "text": text[s:e], "start": s, "end": e,
                        "citation": c.matched_text(), "mentions": []})
    return out


def claimx_statutes(text: str) -> list[dict]:
    return claimx.extract(text)["statutes"]


def run(set_dir: Path) -> dict:
    results = {}
    with tempfile.TemporaryDirectory() as ours, tempfile.TemporaryDirectory() as theirs:
        for gold_path in sorted((set_dir / "gold").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            art = set_dir / "articles" / f"{gold_path.stem}.txt"
            art = art if art.exists() else set_dir / f"{gold_path.stem}.txt"
            text = art.read_bytes().decode("utf-8")
            doc = claimx.extract(text, published=gold.get("published"))
            Path(ours, gold_path.name).write_text(json.dumps(doc), encoding="utf-8")
            Path(theirs, gold_path.name).write_text(json.dumps({"statutes": eyecite_statutes(text)}),
                                                    encoding="utf-8")
        for name, pred in (("claimx", ours), ("eyecite", theirs)):
            res = score_dirs(set_dir / "gold", Path(pred))
            results[name] = res.result["statutes"]
    return results


def reporters_examples() -> list[str]:
    spec = importlib.util.find_spec("reporters_db")
    laws = json.loads((Path(spec.origin).parent / "data" / "laws.json").read_text(encoding="utf-8"))
    return [ex for entries in laws.values() for entry in entries
            if entry["cite_type"] in ("leg_statute", "admin_compilation", "leg_act") for ex in entry["examples"]]


def _spans(items: list[dict]) -> set:
    spans = {(it["start"], it["end"]) for it in items}
    return spans | {(m["start"], m["end"]) for it in items for m in it.get("mentions") or []}


def reporters_table() -> dict:
    examples = reporters_examples()
    out = {}
    for name, find in (("claimx", claimx_statutes), ("eyecite", eyecite_statutes)):
        found = 0
        for ex in examples:
            text = SENTENCE.format(ex)
            s = text.index(ex)
            found += (s, s + len(ex)) in _spans(find(text))
        false = len(find(SENTENCE.format("the rules")))
        out[name] = (found, len(examples), false)
    return out


def main(argv):
    sets = [Path(a) for a in argv[1:]] or [ROOT.parent / "shared" / "seeds", ROOT.parent / "shared" / "dev"]
    print(f"{'set':10} {'extractor':9} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for set_dir in sets:
        if not (set_dir / "gold").is_dir():
            print(f"{set_dir}: no gold/ folder, skipped")
            continue
        for name, r in run(set_dir).items():
            print(f"{set_dir.name:10} {name:9} {r['p']:6.3f} {r['r']:6.3f} {r['f1']:6.3f} "
                  f"{r['tp']:4} {r['fp']:3} {r['fn']:3}")
    print("\nreporters-db statute and code examples, each in a sentence:")
    for name, (found, total, false) in reporters_table().items():
        print(f"{name:9} found whole {found}/{total} ({found / total:.1%}); "
              f"statutes on the sentence without it: {false}")


if __name__ == "__main__":
    main(sys.argv)
