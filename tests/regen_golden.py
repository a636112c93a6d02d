"""Write tests/golden/<fixture>.json: the claimx/1 document of each fixture, as claimx
makes it now. Run it after a change that is meant to change the output, then review the
diff (``git diff tests/golden``) before committing it:

    .venv/bin/python tests/regen_golden.py

tests/test_golden.py fails while any fixture's output differs from its golden file.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"


def fixtures() -> list[Path]:
    return sorted(FIXTURES.glob("*.txt"))


def golden_path(fixture: Path) -> Path:
    return GOLDEN / f"{fixture.stem}.json"


def golden_text(fixture: Path) -> str:
    """The fixture's document through the public API, as indented JSON (reviewable diffs)."""
    import claimx

    text = fixture.read_bytes().decode("utf-8")
    doc = claimx.extract(text, source=f"fixtures/{fixture.name}")
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    GOLDEN.mkdir(exist_ok=True)
    changed = 0
    for fixture in fixtures():
        path, text = golden_path(fixture), golden_text(fixture)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed += 1
            print(f"wrote {path.relative_to(ROOT)}")
    stale = [p for p in GOLDEN.glob("*.json") if not (FIXTURES / f"{p.stem}.txt").exists()]
    for p in stale:
        p.unlink()
        print(f"removed {p.relative_to(ROOT)} (no such fixture)")
    print(f"{changed} changed, {len(stale)} removed, {len(fixtures())} fixtures")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))  # a checkout run from anywhere, installed or not
    sys.exit(main())
