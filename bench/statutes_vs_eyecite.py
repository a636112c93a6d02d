"""Statute finding: eyecite's law citations alone vs claimx, scored the same way.

eyecite (Free Law Project) is the standard citation extractor; this measures what it
finds in news text, where laws are named far more often than cited. It is not a
dependency of claimx: install it to run this (`pip install eyecite`).

usage: python bench/statutes_vs_eyecite.py [SET_DIR ...]   (default: ../shared/seeds ../shared/dev)
Each SET_DIR holds gold/<id>.json and articles/<id>.txt (or <id>.txt), as in ../shared.
"""
import json
import sys
import tempfile
from pathlib import Path

import claimx
from claimx.tools.evaluate import score_dirs

ROOT = Path(__file__).resolve().parent.parent


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


if __name__ == "__main__":
    main(sys.argv)
