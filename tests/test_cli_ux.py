"""What a new user meets: exit codes in pipes, help, version, the jq recipes on a corpus with
a failed input, CSV a spreadsheet can open, the Python API for files and bytes."""
import csv
import io
import json
import os
import shutil
import subprocess
import sys

import pytest

import claimx
from claimx.api import ClaimxError
from conftest import invoke
from test_cli import ARTICLE, ARTICLE2, stderr_of


def sh(script, cwd):
    return subprocess.run(script, shell=True, executable="/bin/bash", capture_output=True,
                          text=True, timeout=120, cwd=cwd,
                          env={**os.environ, "PATH": os.path.dirname(sys.executable) + os.pathsep
                               + os.environ.get("PATH", "")})


@pytest.fixture
def news(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE2, encoding="utf-8")
    (folder / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")  # one failed input
    return folder


def test_every_format_exits_141_when_the_reader_goes_away(news, tmp_path):
    for fmt in ("jsonl", "csv", "table"):
        done = sh(f"claimx extract news/a.txt news/b.txt news/a.txt news/b.txt --jobs 1 "
                  f"--format {fmt} | head -c 1 >/dev/null; echo ${{PIPESTATUS[0]}}", tmp_path)
        assert done.stdout.strip() == "141", (fmt, done.stderr)
        assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


def test_readme_jq_recipes_work_with_a_failed_input(news, tmp_path):
    if shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    laws = sh("claimx extract news/ -q | jq -r '.statutes[].name' | sort | uniq -c | sort -rn", tmp_path)
    assert laws.returncode == 0 and "Sherman Act" in laws.stdout, laws.stderr
    failed = sh("claimx extract news/ -q | jq -r 'select(.error) | \"\\(.source): \\(.error.type)\"'", tmp_path)
    assert failed.stdout.strip() == "news/c.txt: binary_input"
    quotes = sh("claimx extract news/ -q | jq -c '.allegations[] | {speaker, text}'", tmp_path)
    assert quotes.returncode == 0 and quotes.stdout.count("\n") >= 1


def test_error_records_carry_empty_lists_and_provenance(news):
    docs = [json.loads(line) for line in invoke("extract", news, "--jobs", 1).stdout.splitlines()]
    err = docs[2]
    assert err["error"]["type"] == "binary_input"
    assert all(err[k] == [] for k in ("statutes", "parties", "platforms", "dates", "allegations", "quotes"))
    assert err["claimx"] == docs[0]["claimx"] == {
        "version": claimx.__version__,
        "options": {"published": None, "keep_chrome": False, "include_text": False,
                    "model": None, "patterns": None}}


def test_summary_line_at_the_end_of_a_batch(news):
    result = invoke("extract", news, "--jobs", 1)
    assert result.exit_code == 1
    assert stderr_of(result).splitlines()[-1] == "claimx: done: 3 inputs, 2 processed, 1 error"
    assert stderr_of(invoke("extract", news, "--jobs", 1, "--quiet")) == ""
    assert stderr_of(invoke("extract", news / "a.txt", "--jobs", 1)) == ""  # one input: no summary


def test_unreachable_cluster_is_a_usage_error():
    pytest.importorskip("distributed")
    result = invoke("extract", "-", "--cluster", "tcp://127.0.0.1:9", input=ARTICLE)
    assert result.exit_code == 2
    assert "cannot connect to the Dask scheduler at tcp://127.0.0.1:9" in " ".join(result.output.split())


def test_csv_cells_cannot_be_formulas_and_columns_are_documented(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "=1+2.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "@SUM(A1).txt").write_text(
        "Acme Corp. sued Beta LLC, and lawyers said the claim was “=HYPERLINK(\"x\") all along,” "
        "according to the complaint filed under the Sherman Act.\n", encoding="utf-8")
    result = invoke("extract", "=1+2.txt", "@SUM(A1).txt", "--format", "csv", "--jobs", 1)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["source"] for r in rows} == {"'=1+2.txt", "'@SUM(A1).txt"}
    assert all(not str(v).startswith(("=", "+", "-", "@")) for r in rows for v in r.values())
    statute = next(r for r in rows if r["type"] == "statute" and r["source"] == "'=1+2.txt")
    assert statute["section"] == "230" and statute["citation"] == "47 U.S.C. § 230"
    readme = open(os.path.join(os.path.dirname(__file__), "..", "README.md"), encoding="utf-8").read()
    from claimx.io.writers import CSV_HEADER

    for column in CSV_HEADER:
        assert f"`{column}`" in readme, column


def test_csv_has_every_quotation_with_kind_and_verb(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Epic Games sued Apple on Aug. 13, 2020. “Apple has become what it once "
                    "railed against,” Epic alleged in the complaint. “We deny every claim,” "
                    "Apple said in a statement.\n", encoding="utf-8")
    result = invoke("extract", path, "--format", "csv", "--published", "2020-08-14", "--jobs", 1)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    doc = json.loads(invoke("extract", path, "--published", "2020-08-14", "--jobs", 1).stdout)
    quote_rows = [r for r in rows if r["type"] in ("allegation", "quote")]
    assert [(r["text"], r["kind"], r["verb"]) for r in quote_rows] == \
        [(q["text"], q["kind"], q["verb"] or "") for q in doc["quotes"]]
    assert all(r["published"] == "2020-08-14" for r in rows)
    assert any(r["type"] == "party" and r["kind"] for r in rows)


def test_version_help_completion_and_python_m():
    assert invoke("--version").stdout.strip() == f"claimx {claimx.__version__}"
    top = invoke("--help").stdout
    assert "--install-completion" in top and "--show-completion" in top
    text = invoke("extract", "--help").stdout
    assert "<bool>" not in text and "<list[str]>" not in text
    assert 'claimx[dask]' in " ".join(text.split())
    done = subprocess.run([sys.executable, "-m", "claimx", "--version"], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == f"claimx {claimx.__version__}"


def test_extract_file_and_bytes(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes(ARTICLE.replace("“", "\x93").replace("”", "\x94").encode("latin-1"))
    doc = claimx.extract_file(path)
    assert doc["source"] == str(path) and doc["encoding"] == "cp1252"
    assert {k: v for k, v in doc.items() if k != "encoding"} == \
        claimx.extract(path.read_bytes(), source=str(path))
    assert [q["text"] for q in doc["quotes"]] == [q["text"] for q in claimx.extract(ARTICLE)["quotes"]]
    with pytest.raises(ClaimxError) as info:
        claimx.extract_file(tmp_path / "missing.txt")
    assert info.value.etype == "not_found"
    with pytest.raises(ClaimxError):
        claimx.extract(b"\x89PNG\r\n\x1a\n\x00\x00")


def test_html_without_main_text_warns_and_keeps_its_title(tmp_path):
    page = tmp_path / "app.html"
    page.write_text("<!doctype html><html><head><title>Judge weighs &amp; rules</title></head>"
                    "<body><div id=root></div><script>start()</script></body></html>", encoding="utf-8")
    result = invoke("extract", page, "--jobs", 1)
    doc = json.loads(result.stdout)
    assert result.exit_code == 0 and doc["title"] == "Judge weighs & rules" and doc["content"] == ""
    assert stderr_of(result) == (f"claimx: {page}: warning: the HTML page has no main text "
                                 f"(a page built by JavaScript?); nothing extracted\n")
    result = invoke("extract", page, page, "--jobs", 2, "--quiet")
    assert stderr_of(result) == ""


def test_render_shares_extract_options_and_refuses_a_folder(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    patterns = tmp_path / "mine.jsonl"
    patterns.write_text('{"type": "platform", "id": "sexvictim", "name": "Victim Board", '
                        '"aliases": ["sex trafficking victim"], "operator": null, "category": "forum"}\n',
                        encoding="utf-8")
    result = invoke("render", path, "--patterns", patterns, "--keep-chrome")
    assert result.exit_code == 0 and "Victim Board" in result.stdout
    result = invoke("render", tmp_path)
    assert result.exit_code == 2 and "is a folder" in " ".join(result.output.split())


def test_render_title_skips_chrome_and_roles_are_inline(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Skip to main content\nShare on Facebook Share on Twitter Email\n\n"
                    "City Sues Ride App Over Fees\n\n" + ARTICLE2, encoding="utf-8")
    page = invoke("render", path).stdout
    assert "<h1>City Sues Ride App Over Fees</h1>" in page
    doc = json.loads(invoke("extract", path, "--jobs", 1).stdout)
    roles = {p["role"] for p in doc["parties"] if p["role"]}
    assert roles and all(f'data-role="{role}"' in page for role in roles)
    assert 'mark.party[data-role]::after' in page


def test_extract_warns_when_given_a_file_name(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    with pytest.warns(UserWarning, match="extract_file"):
        doc = claimx.extract(str(path))
    assert doc["statutes"] == []  # the name was taken as the text, as documented
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        claimx.extract("Twitter was sued.")  # ordinary text: no warning
