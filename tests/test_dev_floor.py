"""The dev-set figures never fall below the committed floor (tests/dev_floor.json).

Runs only where the shared measuring data sits beside the checkout (../shared/dev, as on a
developer's machine and in CI); the data is read in place, never copied. Each article is
run through ``claimx.extract`` with its gold publication date and scored by the shared
scorer, exactly as ``../shared/eval/run.py`` does.
"""
import importlib.util
import json
from pathlib import Path

import pytest

import claimx

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV = SHARED / "dev"
FLOOR = json.loads((Path(__file__).resolve().parent / "dev_floor.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(not (DEV / "gold").is_dir() or not (SHARED / "eval" / "score.py").exists(),
                                reason="../shared/dev is not beside this checkout")


def _scorer():
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    pred = tmp_path_factory.mktemp("dev_pred")
    for gpath in sorted((DEV / "gold").glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        txt = DEV / "articles" / f"{gpath.stem}.txt"
        if not txt.exists():
            txt = DEV / f"{gpath.stem}.txt"
        doc = claimx.extract(txt.read_bytes().decode("utf-8"), published=gold.get("published"))
        (pred / gpath.name).write_text(json.dumps(doc), encoding="utf-8")
    return _scorer().score(str(DEV / "gold"), str(pred))


def test_every_article_was_scored(figures):
    assert figures["missing"] == []


@pytest.mark.parametrize("kind", sorted(FLOOR["f1"]))
def test_f1_is_not_below_the_floor(figures, kind):
    floor, got = FLOOR["f1"][kind], figures[kind]["f1"]
    assert got >= floor - FLOOR["tolerance"], (
        f"{kind} F1 {got} is more than {FLOOR['tolerance']} below the floor {floor} (tests/dev_floor.json)")
