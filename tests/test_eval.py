"""`claimx eval` and claimx.evaluate: the team scorer's matching rules, ported."""
import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest

import claimx
from claimx.cli.commands import app
from claimx.tools.evaluate import (EvalError, Miss, evaluate, jacc, match, norm, overlap_f, score_dirs,
                             score_documents)
from conftest import invoke, make_runner, FIXTURES, read

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORE_PY = SHARED / "eval" / "score.py"
SEEDS = SHARED / "seeds"




def stderr_of(result):
    try:
        return result.stderr
    except ValueError:  # old Click without separate stderr
        return result.output


# --------------------------------------------------------------------------- a tiny gold set
#
# Small, partial gold files for two fixtures. What claimx finds in them (with the gold's
# published date) and how each gold item is scored:
#
# f01_biometric_suit (published null)
#   statutes   claimx: BIPA, FTC Act (Section 5), COPPA
#              - "Video Privacy Protection Act" is not in the article: a miss (FN). claimx's COPPA
#                shares 3 of 6 tokens with it (Jaccard 0.5, a candidate), but greedy matching
#                takes the exact COPPA pair (1.0) first, and that gold item is optional: no TP.
#              - BIPA matches through an alias (TP); the FTC Act is not in this gold (FP).
#   parties    claimx: SnapLens, the court, Maria Delgado, Keller & Brandt LLP, Alan Whitfield
#              - 3 TP with the right roles; the court matches an optional item; Keller: FP.
#   platforms  App Store, Google Play, Twitter ("X, formerly Twitter"; gold "X" alias
#              "Twitter"): 3 TP.
#   dates      Tuesday (null), March 14, 2024 (2024-03-14), last week (null): 3 TP, 1 value.
#   allegations the complaint's quotation and Delgado's two: 3 TP, speakers right; the
#              company's denial is an optional gold item claimx does not call an allegation.
#
# f03_quotes_and_dates (published 2023-03-08)
#   statutes   claimx: Digital Millennium Copyright Act. Gold "Copyright Act" shares 2 of 4
#              tokens: Jaccard exactly 0.5, at the threshold, so a TP.
#   parties    claimx: StreamHaven, Lena Park, Omar Haddad, Whitmore Legal Group
#              - 3 TP with the right roles, Whitmore: FP; Derek Olsen is optional (no FN).
#   dates      mid-2019, early 2022, 03/02/23, next Monday, the 2010s, last week: 6 TP
#              (4 values: 2019, 2022, 2023-03-02, 2023-03-13); "9 months ago" is optional.
#   allegations 7 predictions. A quotation that runs over a paragraph break ("We asked them
#              nicely, then we asked them formally. “Now we are asking a judge.") is one item
#              per paragraph, both with the speaker, as the gold has them: 7 TP, 7 speakers right.
#
# Totals: statutes tp 2 fp 1 fn 1; parties tp 6 fp 2 fn 0; platforms tp 3; dates tp 9;
# allegations tp 10 fp 0 fn 0; date values 5/5, speakers 10/10, roles 6/6.

def _item(name, aliases=(), optional=False, **kw):
    return {"name": name, "aliases": list(aliases), **kw, "optional": optional}


def _quote(text, speaker, optional=False):
    return {"text": text, "speaker": speaker, "optional": optional}


GOLD = {
    "f01_biometric_suit": {
        "id": "f01_biometric_suit",
        "url": None,
        "published": None,
        "topic": "parents sue a photo app under BIPA",
        "statutes": [
            _item("Video Privacy Protection Act", citation="18 U.S.C. § 2710"),
            _item("Illinois Biometric Information Privacy Act",
                  ["Biometric Information Privacy Act", "BIPA", "740 ILCS 14/15"],
                  citation="740 ILCS 14/15"),
            _item("Children's Online Privacy Protection Act", ["COPPA"], optional=True,
                  citation="15 U.S.C. § 6501"),
        ],
        "parties": [
            _item("SnapLens Technologies Inc.", ["SnapLens"], kind="organization", role="defendant"),
            _item("Maria Delgado", kind="person", role="counsel"),
            _item("U.S. District Court for the Northern District of California", kind="court",
                  role="court", optional=True),
            _item("Alan Whitfield", ["U.S. District Judge Alan Whitfield"], kind="person",
                  role="judge"),
        ],
        "platforms": [_item("App Store"), _item("Google Play"), _item("X", ["Twitter"])],
        "dates": [
            {"text": "Tuesday", "value": None, "optional": False},
            {"text": "March 14, 2024", "value": "2024-03-14", "optional": False},
            {"text": "last week", "value": None, "optional": False},
        ],
        "allegations": [
            _quote("collected, stored and sold the biometric identifiers of minors without ever "
                   "asking their parents for consent.", "The complaint"),
            _quote("This is the largest biometric harvesting scheme we have ever seen,",
                   "Maria Delgado"),
            _quote("They turned every selfie into a data point for sale.", "Maria Delgado"),
            _quote("These claims are without merit and we will fight them in court,",
                   "a company spokesperson", optional=True),
        ],
    },
    "f03_quotes_and_dates": {
        "id": "f03_quotes_and_dates",
        "url": None,
        "published": "2023-03-08",
        "topic": "musicians sue a streaming site over ignored takedown notices",
        "statutes": [_item("Copyright Act", citation=None)],
        "parties": [
            _item("StreamHaven", kind="organization", role="defendant"),
            _item("Lena Park", ["Park"], kind="person", role="plaintiff"),
            _item("Omar Haddad", kind="person", role="plaintiff"),
            _item("Derek Olsen", ["Olsen"], kind="person", role="defendant", optional=True),
        ],
        "platforms": [],
        "dates": [
            {"text": "mid-2019", "value": "2019", "optional": False},
            {"text": "early 2022", "value": "2022", "optional": False},
            {"text": "03/02/23", "value": "2023-03-02", "optional": False},
            {"text": "next Monday", "value": "2023-03-13", "optional": False},
            {"text": "the 2010s", "value": None, "optional": False},
            {"text": "last week", "value": None, "optional": False},
            {"text": "9 months ago", "value": "2022-06", "optional": True},
        ],
        "allegations": [
            _quote("StreamHaven built its audience on stolen music,", "the complaint"),
            _quote("It ignored more than 4,000 takedown notices.", "the complaint"),
            _quote("kept the infringing files online for months after being told they were "
                   "illegal,", "the lawsuit"),
            _quote("personally approved the policy of delay.", "the lawsuit"),
            _quote("a lifetime of work into free content for someone else’s ads.",
                   ["Park", "Lena Park"]),
            _quote("We asked them nicely, then we asked them formally.", ["She", "Park"]),
            _quote("Now we are asking a judge.", ["She", "Park"]),
            _quote("complies with every valid notice it receives.", "StreamHaven", optional=True),
        ],
    },
}

EXPECTED = {
    "statutes": {"p": 0.667, "r": 0.667, "f1": 0.667, "tp": 2, "fp": 1, "fn": 1},
    "parties": {"p": 0.75, "r": 1.0, "f1": 0.857, "tp": 6, "fp": 2, "fn": 0},
    "platforms": {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 3, "fp": 0, "fn": 0},
    "dates": {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 9, "fp": 0, "fn": 0},
    "allegations": {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 10, "fp": 0, "fn": 0},
    "macro_f1": 0.905,
    "date_value_acc": 1.0,
    "speaker_acc": 1.0,
    "role_acc": 1.0,
    "missing": [],
}

EXPECTED_MISSES = [
    "  FP f01_biometric_suit statutes: 'Section 5 of the FTC Act'",
    "  FN f01_biometric_suit statutes: 'Video Privacy Protection Act'",
    "  FP f01_biometric_suit parties: 'Keller & Brandt LLP'",
    "  FP f03_quotes_and_dates parties: 'Whitmore Legal Group'",
]


@pytest.fixture()
def goldset(tmp_path):
    gold, articles = tmp_path / "gold", tmp_path / "articles"
    gold.mkdir()
    articles.mkdir()
    for doc_id, g in GOLD.items():
        (gold / f"{doc_id}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1),
                                             encoding="utf-8")
        shutil.copy(FIXTURES / f"{doc_id}.txt", articles / f"{doc_id}.txt")
    return gold, articles


def test_eval_json_numbers(goldset):
    gold, articles = goldset
    result = invoke("eval", gold, articles, "--json")
    assert result.exit_code == 0, stderr_of(result)
    assert json.loads(result.stdout) == EXPECTED
    assert list(json.loads(result.stdout)) == list(EXPECTED)  # score.py's keys, in its order


def test_eval_verbose_lists_misses(goldset):
    gold, articles = goldset
    result = invoke("eval", gold, articles, "--json", "--verbose")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == EXPECTED  # stdout stays one JSON object
    assert stderr_of(result).splitlines() == EXPECTED_MISSES

    result = invoke("eval", gold, articles, "--verbose")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[:len(EXPECTED_MISSES)] == EXPECTED_MISSES


def test_eval_table(goldset):
    gold, articles = goldset
    result = invoke("eval", gold, articles)
    assert result.exit_code == 0
    out = result.stdout
    assert "2 documents" in out
    row = next(line for line in out.splitlines() if "parties" in line)
    assert row.replace("│", " ").replace("|", " ").split() == \
        ["parties", "0.750", "1.000", "0.857", "6", "2", "0"]
    assert "macro F1 0.905" in out and "role acc 1.000" in out


def test_evaluate_library_uses_gold_published(goldset):
    gold, articles = goldset
    seen = []
    report = evaluate(gold, articles, on_document=seen.append)
    assert seen == ["f01_biometric_suit", "f03_quotes_and_dates"]
    assert report.result == EXPECTED and report.documents == 2
    assert [m.line() for m in report.misses] == EXPECTED_MISSES

    calls = []

    def fake_extract(text, published=None, source=None):
        calls.append((Path(source).name, published))
        return {"schema": "claimx/1"}
    report = evaluate(gold, articles, extract=fake_extract)
    assert calls == [("f01_biometric_suit.txt", None), ("f03_quotes_and_dates.txt", "2023-03-08")]
    assert report.result["dates"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 9}


def test_eval_usage_errors(goldset, tmp_path):
    gold, articles = goldset
    empty = tmp_path / "empty"
    empty.mkdir()
    result = invoke("eval", empty, articles)
    assert result.exit_code == 2
    assert "no gold files" in stderr_of(result) and str(empty) in stderr_of(result)

    (articles / "f03_quotes_and_dates.txt").unlink()
    result = invoke("eval", gold, articles, "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "f03_quotes_and_dates.txt" in stderr_of(result) and "missing" in stderr_of(result)

    result = invoke("eval", tmp_path / "nope", articles)
    assert result.exit_code == 2 and "not a directory" in stderr_of(result)

    (gold / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(EvalError, match="broken.json"):
        evaluate(gold, articles)


def test_eval_help_and_no_args():
    assert invoke("eval", "--help").exit_code == 0
    assert invoke("eval").exit_code != 0


# --------------------------------------------------------------------------- the rules, one by one

def test_norm_and_similarities():
    assert norm("The Children’s Online Privacy-Protection Act!") == "children online privacy protection act"
    assert norm("§ 230") == "§ 230" and norm(None) == ""
    assert norm("a lawsuit") == "lawsuit" and norm("an app") == "app"
    assert jacc("Copyright Act", "Digital Millennium Copyright Act") == 0.5
    assert jacc("the Act", "Act") == 1.0 and jacc("", "x") == 0.0
    assert overlap_f("x b c d", "x b") == pytest.approx(2 / 3)
    assert overlap_f("a b c d", "a b") == 0.5  # "b c d" vs "b": the leading article goes
    assert overlap_f("x", "y") == 0.0


def test_match_is_greedy_by_score_with_threshold():
    preds = [{"name": "Children's Online Privacy Protection Act"}]
    golds = [{"name": "Video Privacy Protection Act"}, {"name": "COPPA",
              "aliases": ["Children's Online Privacy Protection Act"]}]
    assert match(preds, golds, "statutes") == [(0, 1)]
    assert match(preds, golds[:1], "statutes") == [(0, 0)]  # Jaccard exactly 0.5 matches
    # 3 of 7 tokens: below the threshold
    assert match([{"name": "Video Games Protection Act of Ohio"}], golds[:1], "statutes") == []


def _doc(**lists):
    return {"schema": "claimx/1", **lists}


CASES = {
    "repeats collapse": (
        {"dates": [{"text": "Jan. 8", "value": "2021-01-08"}],
         "allegations": [{"text": "They lied.", "speaker": "the suit"}]},
        _doc(dates=[{"text": "Jan. 8", "value": "2021-01-08"}, {"text": "Jan 8", "value": "2021-01-08"},
                    {"text": "Jan. 9", "value": "2021-01-09"}],
             allegations=[{"text": "They lied.", "speaker": "The suit"},
                          {"text": "they lied", "speaker": None}]),
    ),
    "values, speakers, roles": (
        {"dates": [{"text": "Jan. 8", "value": "XXXX-01-08"}, {"text": "June", "value": "2020-06"},
                   {"text": "spring", "value": "2020-SP", "optional": True}],
         "allegations": [{"text": "a b c d e f", "speaker": ["It", "the lawsuit"]},
                         {"text": "g h i j", "speaker": "Jane Roe"}],
         "parties": [{"name": "Acme", "role": "defendant"}, {"name": "Jane Roe", "role": "plaintiff"},
                     {"name": "Court", "role": "court", "optional": True}]},
        _doc(dates=[{"text": "Jan. 8", "value": "2022-01-08"}, {"text": "June", "value": "2021-06"},
                    {"text": "spring", "value": None}],
             allegations=[{"text": "a b c", "speaker": "the class-action lawsuit"},
                          {"text": "g h i j k l m", "speaker": "Roe's lawyer"}],
             parties=[{"name": "Acme Inc.", "mentions": [{"text": "Acme"}], "role": "defendant"},
                      {"name": "Jane Roe", "role": "counsel"}, {"name": "Court", "role": "judge"}]),
    ),
    "nothing predicted": (
        {"statutes": [{"name": "Sherman Act"}, {"name": "X", "optional": True}]},
        {},
    ),
    "nothing in gold": (
        {},
        _doc(statutes=[{"name": "Sherman Act", "citation": "15 U.S.C. § 1"}], platforms=["junk"]),
    ),
    "missing prediction": (
        {"parties": [{"name": "Acme", "role": "defendant"}]},
        None,
    ),
}


def test_scorer_cases():
    report = score_documents((k, g, p) for k, (g, p) in CASES.items())
    res = report.result
    # repeats: "Jan. 8" and "Jan 8" are one prediction (a TP), "Jan. 9" an FP (Jaccard 1/3);
    # values: 2021-01-08 ok, 2022-01-08 ok for XXXX-01-08, 2021-06 for 2020-06 wrong, the
    # optional season matched but neither counted nor scored
    assert res["dates"] == {"p": 0.75, "r": 1.0, "f1": 0.857, "tp": 3, "fp": 1, "fn": 0}
    assert res["date_value_acc"] == 0.667
    # "They lied." twice is one TP; "a b c" vs "a b c d e f" is "b c" vs "b c d e f" after norm
    # drops the leading article: F 4/7; "g h i j k l m" vs "g h i j": F 8/11
    assert res["allegations"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 3, "fp": 0, "fn": 0}
    # "The suit" ok; "the class-action lawsuit" contains "lawsuit"; "Roe's lawyer" has
    # Jaccard 1/3 with "Jane Roe"
    assert res["speaker_acc"] == 0.667
    # Acme through a mention (TP, role right), Jane Roe (TP, role wrong), the optional court
    # (matched, uncounted), Acme of the missing prediction (FN)
    assert res["parties"] == {"p": 1.0, "r": 0.667, "f1": 0.8, "tp": 2, "fp": 0, "fn": 1}
    assert res["role_acc"] == 0.5
    assert res["platforms"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 0}
    assert res["macro_f1"] == round((0.0 + 0.8 + 0.0 + 0.857 + 1.0) / 5, 3)
    assert res["statutes"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "fp": 1, "fn": 1}
    assert res["missing"] == ["missing prediction"]
    assert Miss("FN", "nothing predicted", "statutes", "Sherman Act") in report.misses
    assert Miss("FN", "missing prediction", "parties", "Acme") in report.misses
    assert report.documents == len(CASES)


# --------------------------------------------------------------------------- parity with score.py

def _load_score_py():
    spec = importlib.util.spec_from_file_location("claimx_team_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


needs_score_py = pytest.mark.skipif(not SCORE_PY.is_file(),
                                    reason=f"the team scorer {SCORE_PY} is not here")


def _write_case_dirs(tmp_path):
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    for name, (g, p) in CASES.items():
        (gold / f"{name}.json").write_text(json.dumps(g), encoding="utf-8")
        if p is not None:
            (pred / f"{name}.json").write_text(json.dumps(p), encoding="utf-8")
    return gold, pred


def _score_py(score_py, gold, pred, capsys):
    capsys.readouterr()
    res = score_py.score(str(gold), str(pred), verbose=True)
    return res, capsys.readouterr().out.splitlines()


@needs_score_py
def test_same_results_as_score_py_on_rule_cases(tmp_path, capsys):
    score_py = _load_score_py()
    gold, pred = _write_case_dirs(tmp_path)
    theirs, their_lines = _score_py(score_py, gold, pred, capsys)
    ours = score_dirs(gold, pred)
    assert ours.result == theirs
    assert [m.line() for m in ours.misses] == their_lines


@needs_score_py
@pytest.mark.skipif(not (SEEDS / "gold").is_dir(), reason=f"no seeds at {SEEDS}")
def test_same_results_as_score_py_on_seeds(tmp_path, capsys):
    score_py = _load_score_py()
    pred = tmp_path / "pred"
    pred.mkdir()
    for gpath in sorted((SEEDS / "gold").glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        text = read(SEEDS / f"{gpath.stem}.txt")
        doc = claimx.extract(text, published=gold.get("published"))
        (pred / gpath.name).write_text(json.dumps(doc), encoding="utf-8")
    theirs, their_lines = _score_py(score_py, SEEDS / "gold", pred, capsys)
    ours = score_dirs(SEEDS / "gold", pred)
    assert ours.result == theirs
    assert [m.line() for m in ours.misses] == their_lines
    # and `claimx eval` (which runs claimx itself) gives the same figures
    result = invoke("eval", SEEDS / "gold", SEEDS, "--json")
    assert result.exit_code == 0, stderr_of(result)
    assert json.loads(result.stdout) == theirs


def test_naive_claims_baseline_is_one_claim_from_the_roles():
    spec = importlib.util.spec_from_file_location("naive_claims", Path(__file__).resolve().parents[1] / "eval" / "naive_claims.py")
    naive = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(naive)
    doc = claimx.extract("The Ohio Attorney General sued Zentrix Inc. in federal court on Monday, "
                         "accusing it of violating the Children's Online Privacy Protection Act.",
                         published="2026-03-04")
    (claim,) = naive.naive_claims(doc)
    assert [c["name"] for c in claim["respondents"]] == ["Zentrix Inc."]
    assert (claim["kind"], claim["status"], claim["amounts"]) == ("lawsuit", "filed", [])
    assert [s["name"] for s in claim["statutes"]] == ["Children's Online Privacy Protection Act"]
    assert naive.naive_claims({"parties": [{"name": "Judge Roe", "role": "judge"}], "statutes": []}) == []
