"""Each fixture's claimx/1 document equals its reviewed golden file (tests/golden/).

A change meant to change the output regenerates them with one command and the diff is
reviewed with the change: ``.venv/bin/python tests/regen_golden.py``.
"""
import json

import pytest

from regen_golden import GOLDEN, fixtures, golden_path, golden_text


def test_every_fixture_has_a_golden_file_and_no_golden_file_is_stale():
    have = sorted(p.stem for p in GOLDEN.glob("*.json"))
    assert have == [f.stem for f in fixtures()], "run: .venv/bin/python tests/regen_golden.py"


@pytest.mark.parametrize("fixture", fixtures(), ids=lambda p: p.stem)
def test_fixture_output_equals_its_golden_file(fixture):
    path = golden_path(fixture)
    assert path.exists(), "run: .venv/bin/python tests/regen_golden.py"
    want, got = path.read_text(encoding="utf-8"), golden_text(fixture)
    if got != want:  # name the lists that moved before the full diff
        a, b = json.loads(want), json.loads(got)
        moved = [k for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
        pytest.fail(f"{fixture.name}: {moved} differ from {path.name}; if intended, run "
                    f".venv/bin/python tests/regen_golden.py and review the diff")
    text = fixture.read_bytes().decode("utf-8")
    doc = json.loads(got)
    for kind in ("statutes", "parties", "platforms", "dates", "allegations", "quotes"):
        for item in doc[kind]:
            assert text[item["start"]:item["end"]] == item["text"]
