#!/usr/bin/env python3
"""The naive claims baseline of issue #22, scored like claimx's own claims.

One claim per article from the party roles (every plaintiff a claimant, every defendant a
respondent), every statute the article names, kind ``lawsuit``, status ``filed``, no sums.
claimx's claims must beat it by a wide margin on unseen articles; this prints its figures on a
set, to set beside ``../shared/eval/run.py SET_DIR``:

    .venv/bin/python eval/naive_claims.py eval/heldout
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

SCORERS = Path(__file__).resolve().parents[2] / "shared" / "eval"


def naive_claims(doc: dict) -> list[dict]:
    parties = doc["parties"]
    side = {role: [{"name": p["name"], "party": i} for i, p in enumerate(parties) if p.get("role") == role]
            for role in ("plaintiff", "defendant")}
    if not side["plaintiff"] and not side["defendant"]:
        return []
    return [{"claimants": side["plaintiff"], "respondents": side["defendant"],
             "kind": "lawsuit", "status": "filed",
             "statutes": [{"name": s["name"], "statute": i} for i, s in enumerate(doc["statutes"])],
             "court": None, "amounts": [], "allegations": [], "dates": [], "evidence": []}]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    import claimx

    sys.path.insert(0, str(SCORERS))
    import score_claims

    root = Path(argv[1])
    with tempfile.TemporaryDirectory() as pred:
        for gold_path in sorted((root / "gold").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = (root / "articles" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
            doc = claimx.extract(text, published=gold.get("published"))
            doc["claims"] = naive_claims(doc)
            Path(pred, gold_path.name).write_text(json.dumps(doc), encoding="utf-8")
        return score_claims.main(["score_claims.py", str(root), pred]) or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
