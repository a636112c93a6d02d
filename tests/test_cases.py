"""Cases (issue #23): grouping claims of many articles into one record per dispute."""
from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

import claimx
from claimx.grouping.keys import canon, court_info, court_relation, name_key, same_party, same_statute, statute_tokens
from claimx.cli import app

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "fixtures", "cases")


def claim(respondents, claimants=(), kind="lawsuit", status="filed", statutes=(), court=None,
          caption=None, docket=None, optional=False, dates=(), amounts=()):
    return {"claimants": [{"name": n, "party": None} for n in claimants],
            "respondents": [{"name": n, "party": None} for n in respondents],
            "kind": kind, "status": status,
            "statutes": [{"name": n, "statute": None} for n in statutes],
            "court": court, "amounts": list(amounts), "allegations": [],
            "dates": [{"date": i, "what": what} for i, (what, _) in enumerate(dates)],
            "caption": caption, "docket": docket, "optional": optional, "evidence": []}


def doc(source, *claims, published=None, dates=(), amounts=()):
    all_dates = [d for c in claims for d in c.pop("_dates", [])] or list(dates)
    return {"schema": "claimx/1", "source": source, "published": published, "parties": [],
            "statutes": [], "dates": [{"text": v, "value": v} for v in all_dates],
            "amounts": list(amounts), "allegations": [], "claims": list(claims)}


def groups(docs, **options):
    return sorted(sorted(c["sources"]) for c in claimx.cases(docs, **options))


# --------------------------------------------------------------------------- keys

@pytest.mark.parametrize("name, key", [
    ("Meta Platforms, Inc.", "meta"), ("The Kroger Co.", "kroger"), ("X Corp.", "x"),
    ("Albertsons Cos.", "albertsons"), ("Media Matters", "media matters"),
    ("Texas Attorney General’s Office", "texas attorney general office"),
])
def test_name_key_strips_suffixes_and_punctuation(name, key):
    assert name_key(name) == key


@pytest.mark.parametrize("name, display", [
    ("Facebook", "Meta Platforms"), ("Meta", "Meta Platforms"), ("Meta Platforms Inc.", "Meta Platforms"),
    ("Instagram", "Meta Platforms"), ("Twitter", "X Corp."), ("X", "X Corp."),
    ("Alphabet", "Google"), ("YouTube", "Google"), ("Reddit", "Reddit"),
])
def test_company_aliases_and_platform_operators_resolve_to_one_name(name, display):
    assert canon().resolve(name)[1] == display


@pytest.mark.parametrize("a, b, same", [
    ("texas", "state of texas", True), ("ken paxton", "paxton", True),
    ("texas attorney general ken paxton", "texas", True),
    ("federal trade commission", "ftc", True), ("justice department", "department of justice", True),
    ("john doe", "jane doe", False), ("john doe", "doe", False), ("texas", "california", False),
    ("state of texas", "state of california", False),
])
def test_same_party(a, b, same):
    assert same_party(a, b) is same


def test_statute_wording_variants_match_but_different_laws_do_not():
    tvpa = (statute_tokens("Trafficking Victims Protection Act"), None)
    tvpra = (statute_tokens("Trafficking Victims Protection Reauthorization Act of 2008"), None)
    cubi = (statute_tokens("Capture or Use of Biometric Identifier Act"), None)
    assert same_statute(tvpa, tvpra)
    assert not same_statute(tvpa, cubi)
    assert same_statute((frozenset({"x"}), "47 U.S.C. § 230"), (frozenset({"y"}), "47 U.S.C. § 230"))


def test_court_relation():
    ndcal = court_info("U.S. District Court for the Northern District of California")
    assert court_relation(ndcal, court_info("federal court in California")) == 1
    assert court_relation(ndcal, court_info("U.S. District Court for the District of Oregon")) == -1
    assert court_relation(ndcal, court_info("U.S. District Court for the Central District of California")) == -1
    assert court_relation(ndcal, court_info("Ninth Circuit Court of Appeals")) == 0


# --------------------------------------------------------------------------- grouping

def test_one_suit_across_outlets_and_names_is_one_case():
    docs = [
        doc("a.txt", claim(["Facebook"], ["State of Vermont"], statutes=["Vermont Consumer Protection Act"]),
            published="2021-03-02"),
        doc("b.txt", claim(["Meta Platforms, Inc."], ["Vermont"], status="ruled"), published="2023-06-10"),
        doc("c.txt", claim(["Meta"], [], status="settled", statutes=["Vermont Consumer Protection Act"]),
            published="2025-01-15"),
    ]
    (case,) = claimx.cases(docs)
    assert case["respondents"] == ["Meta Platforms"]
    assert case["claimants"] == ["State of Vermont"]
    assert case["title"] == "State of Vermont v. Meta Platforms"
    assert case["status"] == "settled"
    assert case["sources"] == ["a.txt", "b.txt", "c.txt"]
    assert [e["status"] for e in case["timeline"]] == ["filed", "ruled", "settled"]
    assert case["first_date"] == "2021-03-02" and case["last_date"] == "2025-01-15"


def test_a_shared_defendant_alone_links_nothing():
    docs = [doc("a.txt", claim(["Google"])), doc("b.txt", claim(["Google"])),
            doc("c.txt", claim(["Google"], ["Epic Games"])), doc("d.txt", claim(["Google"], ["Yelp"]))]
    assert groups(docs) == [["a.txt"], ["b.txt"], ["c.txt"], ["d.txt"]]


def test_same_claimant_suing_one_company_under_two_laws_is_two_cases():
    dtpa, cubi = "Texas Deceptive Trade Practices Act", "Capture or Use of Biometric Identifier Act"
    docs = [doc("a.txt", claim(["Google"], ["Texas"], statutes=[dtpa])),
            doc("b.txt", claim(["Google LLC"], ["State of Texas"], statutes=[cubi])),
            doc("c.txt", claim(["Alphabet"], ["Ken Paxton", "Texas"], statutes=[dtpa])),
            doc("d.txt", claim(["Google"], ["Texas"], statutes=[cubi])),
            # no law named: joins one of the two, never both
            doc("e.txt", claim(["Google"], ["Texas"]))]
    got = groups(docs)
    assert len(got) == 2
    assert ["b.txt", "d.txt"] in got or ["b.txt", "d.txt", "e.txt"] in got
    assert ["a.txt", "c.txt"] in got or ["a.txt", "c.txt", "e.txt"] in got


def test_one_caption_over_two_laws_is_two_cases():
    docs = [doc("a.txt", claim(["Rob Bonta"], ["NetChoice"], caption="NetChoice v. Bonta",
                               statutes=["California Age-Appropriate Design Code Act"])),
            doc("b.txt", claim(["Bonta"], ["NetChoice"], caption="NetChoice v. Bonta",
                               statutes=["Protecting Our Kids from Social Media Addiction Act"])),
            doc("c.txt", claim(["Rob Bonta"], ["NetChoice"], caption="NetChoice v. Bonta",
                               statutes=["California Age-Appropriate Design Code Act"], status="ruled"))]
    assert groups(docs) == [["a.txt", "c.txt"], ["b.txt"]]


def test_docket_numbers_decide():
    docs = [doc("a.txt", claim(["Acme"], ["Jo Smith"], docket="1:24-cv-00123")),
            doc("b.txt", claim(["Acme Corp."], [], docket="1:24-CV-00123")),
            doc("c.txt", claim(["Acme"], ["Jo Smith"], docket="3:22-cv-09999"))]
    assert groups(docs) == [["a.txt", "b.txt"], ["c.txt"]]


def test_claims_of_one_article_are_never_one_case():
    docs = [doc("a.txt", claim(["Ofcom target"], ["Ofcom"], statutes=["Online Safety Act"]),
                claim(["Ofcom target"], ["Ofcom"], statutes=["Online Safety Act"]))]
    assert [c["timeline"][0]["claim"] for c in claimx.cases(docs)] in ([0, 1], [1, 0])


def test_different_trial_courts_and_far_apart_filings_split_same_parties():
    docs = [doc("a.txt", claim(["Google"], ["Justice Department"], statutes=["Sherman Act"],
                               court="U.S. District Court for the District of Columbia",
                               dates=[("filed", "2020-10-20")]), dates=["2020-10-20"]),
            doc("b.txt", claim(["Google"], ["Justice Department"], statutes=["Sherman Act"],
                               court="U.S. District Court for the Eastern District of Virginia",
                               dates=[("filed", "2023-01-24")]), dates=["2023-01-24"])]
    assert groups(docs) == [["a.txt"], ["b.txt"]]


def test_errors_articles_without_claims_and_optional_claims_make_no_case():
    docs = [{"schema": "claimx/1", "source": "bad.txt", "error": {"type": "not_found", "message": "x"}},
            {"schema": "claimx/1", "source": "old.txt", "statutes": []},
            doc("none.txt"),
            doc("opt.txt", claim(["Twitter"], ["Devin Nunes"], optional=True))]
    assert list(claimx.cases(docs)) == []
    assert groups(docs, optional=True) == [["opt.txt"]]


def test_latest_status_ties_take_the_furthest_stage_and_timeline_is_dated():
    docs = [doc("b.txt", claim(["Uber"], ["Jo Smith"], status="ruled"), published="2024-02-01"),
            doc("a.txt", claim(["Uber"], ["Jo Smith"], status="settled"), published="2024-02-01"),
            doc("c.txt", claim(["Uber"], ["Jo Smith"], status="filed"), published="2023-05-01")]
    (case,) = claimx.cases(docs)
    assert case["status"] == "settled"
    assert [e["source"] for e in case["timeline"]] == ["c.txt", "a.txt", "b.txt"]


def test_ids_are_stable_and_cases_sorted_by_first_date():
    docs = [doc("a.txt", claim(["Uber"], ["Jo Smith"]), published="2024-02-01"),
            doc("b.txt", claim(["Lyft"], ["Al Jones"]), published="2022-01-01")]
    first = list(claimx.cases(docs))
    again = list(claimx.cases(list(reversed(docs))))
    assert [c["id"] for c in first] == [c["id"] for c in again]
    assert [c["title"] for c in first] == ["Al Jones v. Lyft", "Jo Smith v. Uber"]
    assert first[0]["id"].startswith("case-") and len(first[0]["id"]) == 17


def test_party_indexes_and_amounts_are_read_from_the_document():
    d = doc("a.txt", claim([], [], amounts=[0]), amounts=[
        {"text": "$5,000", "start": 0, "end": 6, "value": 5000.0, "currency": "USD", "per": "violation"}])
    d["parties"] = [{"name": "Meta Platforms"}, {"name": "New Mexico"}]
    d["claims"][0]["respondents"] = [{"name": None, "party": 0}]
    d["claims"][0]["claimants"] = [{"name": None, "party": 1}]
    (case,) = claimx.cases([d])
    assert case["title"] == "New Mexico v. Meta Platforms"
    assert case["amounts"] == [{"text": "$5,000", "value": 5000.0, "currency": "USD", "per": "violation"}]


# --------------------------------------------------------------------------- CLI

runner = CliRunner()


def invoke(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def _docs_file(tmp_path, docs, name="docs.jsonl"):
    path = tmp_path / name
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return str(path)


SEEDISH = [doc("000.txt", claim(["Twitter"], ["John Doe"], statutes=["Trafficking Victims Protection Act"])),
           doc("002.txt", claim(["Twitter"], [], statutes=["Trafficking Victims Protection Reauthorization Act"])),
           doc("004.txt", claim(["Twitter"], ["John Doe"], status="ruled"))]


def test_cli_groups_jsonl_and_stdin_alike(tmp_path):
    path = _docs_file(tmp_path, SEEDISH)
    result = invoke("cases", path)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    case = json.loads(lines[0])
    assert case["sources"] == ["000.txt", "002.txt", "004.txt"]
    assert case["respondents"] == ["X Corp."] and case["status"] == "ruled"
    from_stdin = invoke("cases", "-", input=open(path, encoding="utf-8").read())
    assert from_stdin.exit_code == 0 and from_stdin.stdout == result.stdout


def test_cli_table(tmp_path):
    result = invoke("cases", "--format", "table", _docs_file(tmp_path, SEEDISH))
    assert result.exit_code == 0
    assert "1 case" in result.stdout and "John Doe" in result.stdout


def test_cli_reports_errors_like_extract(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps(SEEDISH[0]) + "\n{oops\n" + json.dumps(
        {"schema": "claimx/1", "source": "gone.txt", "error": {"type": "not_found", "message": "gone.txt: no such file"}})
        + "\n", encoding="utf-8")
    result = invoke("cases", str(path), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert "docs.jsonl:2: not JSON" in result.stderr
    assert "claimx: gone.txt: no such file (not_found)" in result.stderr
    assert "missing.txt" in result.stderr and "(not_found)" in result.stderr
    assert len(result.stdout.splitlines()) == 1  # the good document still makes its case


def _fake_extract(text, published=None, source=None, **options):
    """Stands in for claimx.extract until it finds claims: the article's one line is its claims."""
    return {"schema": "claimx/1", "source": source, "published": published, "statutes": [],
            "parties": [], "platforms": [], "dates": [], "allegations": [], "quotes": [],
            "amounts": [], "claims": json.loads(text)}


def test_cli_output_is_identical_from_articles_and_from_extract_jsonl(tmp_path, monkeypatch):
    import claimx.api

    monkeypatch.setattr(claimx.api, "extract", _fake_extract)
    news = tmp_path / "news"
    news.mkdir()
    for d in SEEDISH + [doc("other.txt", claim(["Reddit"], ["Jane Doe"]))]:
        (news / d["source"]).write_text(json.dumps(d["claims"]), encoding="utf-8")
    (news / "control.txt").write_text("[]", encoding="utf-8")
    direct = invoke("cases", str(news), "--jobs", "1")
    assert direct.exit_code == 0, direct.output
    extracted = invoke("extract", str(news), "--format", "jsonl", "--jobs", "1")
    assert extracted.exit_code == 0
    (tmp_path / "docs.jsonl").write_text(extracted.stdout, encoding="utf-8")
    via_jsonl = invoke("cases", str(tmp_path / "docs.jsonl"))
    assert via_jsonl.stdout == direct.stdout
    assert [len(json.loads(line)["sources"]) for line in direct.stdout.splitlines()] in ([3, 1], [1, 3])


# --------------------------------------------------------------------------- fixture folders

def _folders():
    return sorted(f for f in os.listdir(FIXTURES) if os.path.isdir(os.path.join(FIXTURES, f)))


@pytest.mark.parametrize("folder", _folders())
def test_fixture_folder_groups_exactly(folder):
    path = os.path.join(FIXTURES, folder)
    expected = json.load(open(os.path.join(path, "expected.json"), encoding="utf-8"))["articles"]
    first = sorted(f for f in os.listdir(path) if f.endswith(".txt"))[0]
    if "claims" not in claimx.extract(open(os.path.join(path, first), encoding="utf-8").read()):
        pytest.skip("claimx.extract finds no claims yet (the claims extractor is not merged)")
    result = invoke("cases", path, "--jobs", "1")
    assert result.exit_code == 0, result.output
    got = sorted(sorted(os.path.splitext(os.path.basename(s))[0] for s in json.loads(line)["sources"])
                 for line in result.stdout.splitlines())
    want = {}
    for article, gold in expected.items():
        if gold["case"] is not None:
            want.setdefault(gold["case"], []).append(article)
    assert got == sorted(sorted(v) for v in want.values())


def test_an_official_and_the_state_are_not_a_claimant_conflict():
    a = doc("a.txt", claim(["Google"], [], statutes=["Texas Deceptive Trade Practices Act"],
                           court="Travis County District Court"))
    a["parties"] = [{"name": "Ken Paxton", "kind": "person"}]
    a["claims"][0]["claimants"] = [{"name": "Ken Paxton", "party": 0}]
    b = doc("b.txt", claim(["Google"], ["State of Texas"], statutes=["Texas Deceptive Trade Practices Act"],
                           court="Travis County District Court", status="settled"))
    c = doc("c.txt", claim(["Google"], ["Jo Smith"], statutes=["Texas Deceptive Trade Practices Act"],
                           court="Travis County District Court"))
    assert groups([a, b, c]) == [["a.txt", "b.txt"], ["c.txt"]]
