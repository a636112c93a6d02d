import csv
import io
import json
import os
import re
import time

import pytest

from conftest import invoke, make_runner
from claimx import __version__
from claimx.run.batch import collect_inputs, process_one, run_batch
from claimx.io.writers import CSV_HEADER, csv_rows, dumps

ARTICLE = ("A sex trafficking victim has filed a lawsuit against Twitter, alleging violations of "
           "Section 230 of the Communications Decency Act of 1996. On Jan. 8, the complaint said "
           "Twitter “knowingly profited from the abuse of children,” according to the filing.\n")
ARTICLE2 = ("Epic Games sued Apple in federal court in California on Aug. 13, 2020, claiming "
            "the App Store rules violate the Sherman Act. “Apple has become what it once "
            "railed against,” Epic said in the complaint.\n")

SECTIONS = ("statutes", "parties", "platforms", "dates", "allegations", "quotes")


runner = make_runner()


def stderr_of(result):
    try:
        return result.stderr
    except ValueError:  # old Click without separate stderr
        return result.output


def all_output(result):
    return result.stdout + stderr_of(result)


def flat(s):
    """Rich error boxes wrap long messages: compare without box drawing and line breaks."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", s).split())


def jsonl(result):
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def check_offsets(doc, text):
    for section in SECTIONS:
        for item in doc[section]:
            assert text[item["start"]:item["end"]] == item["text"], (section, item)
            for mention in item.get("mentions", []):
                assert text[mention["start"]:mention["end"]] == mention["text"], (section, mention)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def news(tmp_path):
    """A folder with two articles, a dotfile, a dot-directory and a binary file."""
    root = tmp_path / "news"
    (root / "sub").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "b.txt").write_text(ARTICLE2, encoding="utf-8")
    (root / "sub" / "a.md").write_text(ARTICLE, encoding="utf-8")
    (root / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (root / ".git" / "c.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "image.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return root


# --------------------------------------------------------------------------- extract

def test_single_file(article):
    result = invoke("extract", article, "--jobs", 1)
    assert result.exit_code == 0, all_output(result)
    doc = json.loads(result.stdout)
    assert doc["schema"] == "claimx/1"
    assert doc["source"] == str(article)
    assert doc["encoding"] == "utf-8"
    assert list(doc)[:5] == ["schema", "source", "published", "published_source", "encoding"]
    assert "error" not in doc and "content" not in doc
    for section in SECTIONS:
        assert isinstance(doc[section], list)
        starts = [item["start"] for item in doc[section]]
        assert starts == sorted(starts)
    check_offsets(doc, ARTICLE)
    # not a terminal: compact JSON, one line
    assert result.stdout.count("\n") == 1


def test_single_file_finds_things(article):
    doc = json.loads(invoke("extract", article, "--jobs", 1).stdout)
    assert any("230" in s["text"] for s in doc["statutes"])
    assert any(p["name"] == "Twitter" for p in doc["platforms"] + doc["parties"])


def test_include_text(article):
    doc = json.loads(invoke("extract", article, "--include-text", "--jobs", 1).stdout)
    assert doc["content"] == ARTICLE


def test_offsets_with_crlf_and_cp1252(tmp_path):
    text = ARTICLE.replace("\n", "\r\n") + "\r\nMore text.\r\n"
    path = tmp_path / "win.txt"
    path.write_bytes(text.encode("cp1252"))
    result = invoke("extract", path, "--jobs", 1, "--include-text")
    assert result.exit_code == 0, all_output(result)
    doc = json.loads(result.stdout)
    assert doc["encoding"] == "cp1252"
    assert doc["content"] == text
    check_offsets(doc, text)


def test_folder_gives_sorted_json_lines(news):
    result = invoke("extract", news, "--jobs", 1)
    assert result.exit_code == 0, all_output(result)
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    docs = [json.loads(line) for line in lines]
    assert [d["source"] for d in docs] == [str(news / "b.txt"), str(news / "sub" / "a.md")]
    check_offsets(docs[0], ARTICLE2)
    check_offsets(docs[1], ARTICLE)


def test_folder_with_glob(news):
    docs = jsonl(invoke("extract", news, "--glob", "*.md", "--jobs", 1))
    assert [d["source"] for d in docs] == [str(news / "sub" / "a.md")]


def test_no_inputs_is_said_and_exits_2(tmp_path, news):
    (tmp_path / "empty").mkdir()
    result = invoke("extract", tmp_path / "empty", "--jobs", 1)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "no inputs" in stderr_of(result) and str(tmp_path / "empty") in stderr_of(result)
    result = invoke("extract", news, "--glob", "*.pdf", "--jobs", 1)
    assert result.exit_code == 2 and "*.pdf" in stderr_of(result)


def test_jsonl_flag_for_one_input(article):
    result = invoke("extract", article, "--jsonl", "--jobs", 1)
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1
    assert json.loads(result.stdout)["source"] == str(article)


def test_stdin():
    result = invoke("extract", "-", "--jobs", 1, input=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0, all_output(result)
    doc = json.loads(result.stdout)
    assert doc["source"] == "<stdin>"
    check_offsets(doc, ARTICLE)


def test_published(article):
    result = invoke("extract", article, "--published", "2021-01-21", "--jobs", 1)
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["published"] == "2021-01-21"
    assert doc["published_source"] == "option"


def test_bad_published(article):
    result = invoke("extract", article, "--published", "2021-13-01")
    assert result.exit_code == 2
    assert "2021-13-01" in flat(all_output(result))
    assert "published" in flat(all_output(result))
    assert result.stdout == ""
    assert "Traceback" not in all_output(result)


def test_missing_file_is_an_error_record(article, tmp_path):
    missing = tmp_path / "missing.txt"
    result = invoke("extract", missing, article, "--jobs", 1)
    assert result.exit_code == 1
    first, second = jsonl(result)
    assert first["source"] == str(missing)
    assert first["error"]["type"] == "not_found"
    assert first["schema"] == "claimx/1"
    assert second["source"] == str(article)
    assert "error" not in second
    assert "missing.txt" in stderr_of(result)


def test_binary_file(tmp_path):
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = invoke("extract", path, "--jobs", 1)
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert doc["error"]["type"] == "binary_input"
    assert doc["source"] == str(path)


def test_quiet_suppresses_error_messages(tmp_path):
    result = invoke("extract", tmp_path / "missing.txt", "--quiet", "--jobs", 1)
    assert result.exit_code == 1
    assert stderr_of(result) == ""


def test_output_file(article, tmp_path):
    out = tmp_path / "out.json"
    result = invoke("extract", article, "-o", out, "--jobs", 1)
    assert result.exit_code == 0, all_output(result)
    assert result.stdout == ""
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["source"] == str(article)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_output_file_folder_is_jsonl(news, tmp_path):
    out = tmp_path / "out.jsonl"
    result = invoke("extract", news, "-o", out, "--jobs", 1)
    assert result.exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_output_into_missing_directory(article, tmp_path):
    out = tmp_path / "nope" / "out.json"
    result = invoke("extract", article, "-o", out, "--jobs", 1)
    assert result.exit_code == 1
    err = stderr_of(result)
    assert "nope" in err and "does not exist" in err
    assert "Traceback" not in all_output(result)
    assert result.stdout == ""
    assert not out.exists()


def test_interrupt_keeps_the_finished_records_beside_the_output_file(article, tmp_path, monkeypatch):
    import claimx.cli.extract as cli

    class Interrupted:
        def __init__(self, items, jobs=1, encode=None, **options):
            self.items, self.options = items, options

        def __iter__(self):
            yield process_one(self.items[0].path, **self.options), 1
            raise KeyboardInterrupt

        def close(self):
            pass

    monkeypatch.setattr(cli, "iter_items", Interrupted)
    out = tmp_path / "out.jsonl"
    result = invoke("extract", article, article, "-o", out, "--jobs", 1)
    assert result.exit_code == 130
    assert not out.exists()  # -o FILE is only ever complete
    kept = (tmp_path / "out.jsonl.partial").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"] for line in kept] == [str(article)]
    assert stderr_of(result).strip() == f"claimx: interrupted; the 1 finished record are in {out}.partial"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert "Traceback" not in all_output(result)


def test_unexpected_exception_is_one_line(article, monkeypatch):
    import claimx.cli.extract as cli

    def broken(*args, **kwargs):
        raise RuntimeError("something odd")

    monkeypatch.setattr(cli, "collect_items", broken)
    result = invoke("extract", article)
    assert result.exit_code == 1
    err = stderr_of(result)
    assert "something odd" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_output_dir_and_skip_existing(news, tmp_path):
    outdir = tmp_path / "out"
    result = invoke("extract", news, "--output-dir", outdir, "--jobs", 1)
    assert result.exit_code == 0, all_output(result)
    assert result.stdout == ""
    written = sorted(str(p.relative_to(outdir)) for p in outdir.rglob("*") if p.is_file())
    assert written == ["b.txt.json", os.path.join("sub", "a.md.json")]
    b = json.loads((outdir / "b.txt.json").read_text(encoding="utf-8"))
    assert b["source"] == str(news / "b.txt")
    a = json.loads((outdir / "sub" / "a.md.json").read_text(encoding="utf-8"))
    check_offsets(a, ARTICLE)

    # b is up to date (marker survives); sub/a is older than its input (rewritten)
    marker = {"marker": True, "claimx": b["claimx"]}
    (outdir / "b.txt.json").write_text(json.dumps(marker), encoding="utf-8")
    (outdir / "sub" / "a.md.json").write_text(json.dumps(marker), encoding="utf-8")
    now = time.time()
    os.utime(news / "b.txt", (now - 100, now - 100))
    os.utime(outdir / "b.txt.json", (now, now))
    os.utime(outdir / "sub" / "a.md.json", (now - 200, now - 200))
    result = invoke("extract", news, "--output-dir", outdir, "--skip-existing", "--jobs", 1)
    assert result.exit_code == 0, all_output(result)
    assert json.loads((outdir / "b.txt.json").read_text(encoding="utf-8")) == marker
    assert json.loads((outdir / "sub" / "a.md.json").read_text(encoding="utf-8"))["source"] == \
        str(news / "sub" / "a.md")
    assert stderr_of(result).splitlines()[-1] == "claimx: done: 2 inputs, 1 written, 0 errors, 1 skipped (up to date)"


def test_output_dir_same_stem(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "x.md").write_text(ARTICLE2, encoding="utf-8")
    outdir = tmp_path / "out"
    result = invoke("extract", tmp_path / "in", "--output-dir", outdir, "--jobs", 1)
    assert result.exit_code == 0
    assert sorted(p.name for p in outdir.iterdir()) == ["x.md.json", "x.txt.json"]


def test_format_csv(news):
    result = invoke("extract", news, "--format", "csv", "--jobs", 1)
    assert result.exit_code == 0, all_output(result)
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == CSV_HEADER
    assert len(rows) > 1
    assert {r[0] for r in rows[1:]} <= {str(news / "b.txt"), str(news / "sub" / "a.md")}
    for r in rows[1:]:
        assert len(r) == len(CSV_HEADER)
        text = ARTICLE2 if r[0].endswith("b.txt") else ARTICLE
        assert text[int(r[6]):int(r[7])] == r[8]


def test_format_csv_error_row(tmp_path):
    result = invoke("extract", tmp_path / "missing.txt", "--format", "csv", "--jobs", 1)
    assert result.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["type"] == "error" and rows[0]["name"] == "not_found"


def test_format_table(news, tmp_path):
    (news / "weird [bold]name].txt").write_text("Text with [red]markup[/red].", encoding="utf-8")
    result = invoke("extract", news, tmp_path / "missing.txt", "--format", "table", "--jobs", 1)
    assert result.exit_code == 1  # the missing file
    assert "b.txt" in result.stdout
    result = invoke("extract", news / "b.txt", "--format", "table", "--jobs", 1)
    assert result.exit_code == 0
    assert "b.txt" in result.stdout


def test_usage_errors(article, tmp_path):
    assert invoke("extract", article, "--jsonl", "--format", "csv").exit_code == 2
    assert invoke("extract", article, "-o", tmp_path / "x", "--output-dir", tmp_path).exit_code == 2
    assert invoke("extract", article, "--skip-existing").exit_code == 2
    assert invoke("extract", article, "--jobs", 0).exit_code == 2
    assert invoke("extract", article, "--format", "xml").exit_code == 2
    assert invoke("extract").exit_code != 0


def test_jobs_2_matches_jobs_1(tmp_path):
    root = tmp_path / "corpus"
    (root / "deeper").mkdir(parents=True)
    texts = [ARTICLE, ARTICLE2, ARTICLE2 + ARTICLE, "Nothing legal here.\n"]
    for i, text in enumerate(texts):
        folder = root / "deeper" if i % 2 else root
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    one = invoke("extract", root, "--jobs", 1, "--published", "2021-01-21")
    two = invoke("extract", root, "--jobs", 2, "--published", "2021-01-21")
    assert one.exit_code == two.exit_code == 0
    assert len(one.stdout.splitlines()) == 4
    assert one.stdout_bytes == two.stdout_bytes


def test_help_has_examples():
    result = invoke("extract", "--help")
    assert result.exit_code == 0
    assert "cat article.txt | claimx extract -" in result.stdout
    assert "--published" in result.stdout


def test_version():
    result = invoke("version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


# --------------------------------------------------------------------------- library side

def test_collect_inputs(news, tmp_path):
    os.symlink(news, news / "sub" / "loop")  # a symlink loop must not hang
    explicit = tmp_path / "notes.xyz"
    explicit.write_text("x", encoding="utf-8")
    got = collect_inputs([str(explicit), str(news), "-", str(tmp_path / "missing")], None)
    assert got == [str(explicit), str(news / "b.txt"), str(news / "sub" / "a.md"), "-",
                   str(tmp_path / "missing")]


def test_process_one_and_run_batch(article, tmp_path):
    doc = process_one(str(article), published="2021")
    assert list(doc)[:5] == ["schema", "source", "published", "published_source", "encoding"]
    assert doc["published"] == "2021"
    err = process_one(str(tmp_path))
    assert err["error"]["type"] == "unreadable"
    docs = list(run_batch([str(article), str(tmp_path / "nope.txt")], jobs=1))
    assert [d["source"] for d in docs] == [str(article), str(tmp_path / "nope.txt")]
    assert docs[1]["error"]["type"] == "not_found"


def test_csv_rows_and_dumps():
    err = {"schema": "claimx/1", "source": "x", "error": {"type": "too_large", "message": "big"}}
    assert csv_rows(err) == [["x", "error", "too_large", "", "", "", "", "", "big"] + [""] * 6]
    assert json.loads(dumps(err, True)) == err
    assert "“" in dumps({"q": "“"}, False)


def test_keep_chrome():
    from conftest import FIXTURES

    seed = FIXTURES / "f08_scraped_page.txt"
    default = json.loads(invoke("extract", seed).stdout)
    kept = json.loads(invoke("extract", seed, "--keep-chrome").stdout)
    assert "9 months ago" not in [d["text"] for d in default["dates"]]
    assert "9 months ago" in [d["text"] for d in kept["dates"]]


def test_listing_items_match_the_walk(tmp_path):
    """A Listing keeps a folder's files as relative paths; the items it gives back are the
    ones the walk found: the path scandir gave, the relative path, the folder argument."""
    from claimx.run.inputs import InputItem, collect_items

    root = tmp_path / "news"
    (root / "a" / "deep").mkdir(parents=True)
    for rel in ("b.txt", "a/x.txt", "a/deep/y.md", "a.txt"):
        (root / rel).write_text("x", encoding="utf-8")
    explicit = tmp_path / "one.txt"
    explicit.write_text("x", encoding="utf-8")
    for given in (str(root), str(root) + "/"):
        items = collect_items([given, "-", str(explicit), given])
        rels = ["a/deep/y.md", "a/x.txt", "a.txt", "b.txt"]
        want = ([InputItem(os.path.join(given, r), r, given) for r in rels] + [InputItem("-", "stdin", None)]
                + [InputItem(str(explicit), "one.txt", None)] + [InputItem(os.path.join(given, r), r, given) for r in rels])
        assert list(items) == want
        assert [items[k] for k in range(len(items))] == want
        assert items[-1] == want[-1] and items[2:5] == want[2:5]
        assert all(os.path.isfile(item.path) for item in items if item.path != "-")
    assert str(root / "a" / "x.txt") == collect_items([str(root)])[1].path


def test_listing_holds_one_string_a_file(tmp_path):
    """32,000 files must not hold an item, a path and a relative path each for the whole run
    (issue #24: peak memory flat in the number of files): the listing keeps one string a file."""
    from claimx.run.inputs import collect_items

    root = tmp_path / "many"
    root.mkdir()
    for k in range(300):
        (root / f"file_{k:04d}.txt").write_bytes(b"")
    items = collect_items([str(root)])
    assert len(items) == 300
    assert all(type(row) is str for row in items._rows)
    assert items._rows[:2] == ["file_0000.txt", "file_0001.txt"]
