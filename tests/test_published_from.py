"""`claimx extract --published-from FILE` and `--published-from-path`: a publication date per
input for archives whose files state none, through the CLI (CliRunner) and the library."""
import json

import pytest

from conftest import invoke
from claimx.extractors.published import date_in_path
from claimx.io.published_map import PublishedMapError, load_published_map, lookup

BODY = "The company was sued on Monday in federal court, the filing shows.\n"


def _docs(result):
    return {d["source"].replace("\\", "/"): d for d in map(json.loads, result.stdout.splitlines())}


def _monday(doc):
    return [d["value"] for d in doc["dates"] if d["text"] == "Monday"]


@pytest.fixture
def archive(tmp_path):
    for rel in ("news/2024/05/02/a.txt", "news/2023/11/b.txt", "news/misc/c.txt", "news/misc/d.txt"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(BODY, encoding="utf-8")
    return tmp_path


def test_csv_mapping_dates_each_listed_file_and_the_rest_fall_back(archive, monkeypatch):
    monkeypatch.chdir(archive)
    (archive / "dates.csv").write_text("source,published\nc.txt,2023-01-11\nnews/misc/d.txt,2022-06\n",
                                       encoding="utf-8")
    result = invoke("extract", "news", "--published-from", "dates.csv", "--published", "2020-03-04",
                    "--jobs", 1, "-q")
    assert result.exit_code == 0, result.stderr
    docs = _docs(result)
    assert docs["news/misc/c.txt"]["published"] == "2023-01-11"
    assert _monday(docs["news/misc/c.txt"]) == ["2023-01-09"]
    assert docs["news/misc/d.txt"]["published"] == "2022-06"
    assert docs["news/2023/11/b.txt"]["published"] == "2020-03-04"  # unlisted: --published
    assert docs["news/misc/c.txt"]["claimx"]["options"]["published_from"].startswith("sha256:")


def test_jsonl_mapping_for_a_single_file(archive, monkeypatch):
    monkeypatch.chdir(archive)
    (archive / "dates.jsonl").write_text(
        '{"source": "news/misc/c.txt", "published": "2021-07-15"}\n\n{"source": "x.txt", "published": null}\n',
        encoding="utf-8")
    result = invoke("extract", "news/misc/c.txt", "--published-from", "dates.jsonl")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert (doc["published"], doc["published_source"], _monday(doc)) == ("2021-07-15", "option", ["2021-07-12"])


def test_dates_from_the_path_only_when_asked(archive, monkeypatch):
    monkeypatch.chdir(archive)
    asked = _docs(invoke("extract", "news", "--published-from-path", "--jobs", 1, "-q"))
    assert asked["news/2024/05/02/a.txt"]["published"] == "2024-05-02"
    assert _monday(asked["news/2024/05/02/a.txt"]) == ["2024-04-29"]
    assert asked["news/2023/11/b.txt"]["published"] == "2023-11"
    assert asked["news/misc/c.txt"]["published"] is None
    not_asked = _docs(invoke("extract", "news", "--jobs", 1, "-q"))
    assert not_asked["news/2024/05/02/a.txt"]["published"] is None


def test_the_mapping_wins_over_the_path(archive, monkeypatch):
    monkeypatch.chdir(archive)
    (archive / "d.csv").write_text("2024/05/02/a.txt,2024-05-01\n", encoding="utf-8")
    result = invoke("extract", "news/2024/05/02/a.txt", "--published-from", "d.csv", "--published-from-path")
    assert json.loads(result.stdout)["published"] == "2024-05-01"


@pytest.mark.parametrize("name,content,message", [
    ("bad.csv", "source,published\na.txt,2023-02-30\n", "bad.csv:2: published is not a calendar date: '2023-02-30'"),
    ("bad.csv", "a.txt,2023-01-02\nb.txt\n", "bad.csv:2: expected 2 columns (source,published), got 1"),
    ("bad.csv", "a.txt,2023-01-02\nb.txt,May 2\n", "bad.csv:2: published must be YYYY-MM-DD, YYYY-MM or YYYY, not 'May 2'"),
    ("bad.csv", "a.txt,2023-01-02\n\nnews/a.txt,2023-01-02\na.txt,2023-01-03\n", "bad.csv:4: 'a.txt' is already dated 2023-01-02 (line 1)"),
    ("bad.jsonl", '{"source": "a.txt", "published": "2023-01-02"}\n{"source": "b.txt"\n', "bad.jsonl:2: not JSON"),
    ("bad.jsonl", '{"source": "a.txt", "published": 2023}\n', "bad.jsonl:1: \"published\" must be a string or null"),
    ("bad.jsonl", '["a.txt", "2023-01-02"]\n', "bad.jsonl:1: expected an object with \"source\" and \"published\""),
])
def test_a_bad_mapping_is_a_usage_error_naming_file_and_line(archive, monkeypatch, name, content, message):
    monkeypatch.chdir(archive)
    (archive / name).write_text(content, encoding="utf-8")
    result = invoke("extract", "news", "--published-from", name)
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split())
    assert result.stdout == ""


def test_a_missing_mapping_is_a_usage_error(archive, monkeypatch):
    monkeypatch.chdir(archive)
    result = invoke("extract", "news", "--published-from", "nope.csv")
    assert result.exit_code == 2
    assert "nope.csv: cannot read the mapping" in result.stderr


# the library side: keys are paths or their last parts, the longest that ends the path wins
def test_lookup_takes_the_longest_key_that_ends_the_path(tmp_path):
    m = tmp_path / "m.csv"
    m.write_text("a.txt,2020-01-01\n2024/a.txt,2024-01-01\n./news\\2024/a.txt,2024-02-02\n", encoding="utf-8")
    mapping = load_published_map(str(m))
    assert lookup(mapping, str(tmp_path / "news" / "2024" / "a.txt")) == "2024-02-02"
    assert lookup(mapping, str(tmp_path / "old" / "2024" / "a.txt")) == "2024-01-01"
    assert lookup(mapping, str(tmp_path / "a.txt")) == "2020-01-01"
    assert lookup(mapping, str(tmp_path / "b.txt")) is None
    assert lookup(mapping, "-") is None


def test_a_bad_mapping_raises_from_the_library(tmp_path):
    m = tmp_path / "m.csv"
    m.write_text("a.txt,2020-13-01\n", encoding="utf-8")
    with pytest.raises(PublishedMapError, match=r"m\.csv:1: "):
        load_published_map(str(m))


@pytest.mark.parametrize("path,value", [
    ("archive/2024/05/02/story.txt", "2024-05-02"),
    ("archive/2024-05-02-court-ruling.html", "2024-05-02"),
    ("feeds/2019_12_31_x.txt", "2019-12-31"),
    ("site/2023/11/index.html", "2023-11"),
    ("2021/01/05/old/2022/03/04/a.txt", "2022-03-04"),  # the one nearest the file
    ("archive/2023-02-30.txt", None),  # not a day
    ("archive/120240502.txt", None),
    ("archive/story-2024.txt", None),
    ("archive/a.txt", None),
])
def test_date_in_path(path, value):
    assert date_in_path(path) == value


def test_worker_processes_and_a_cluster_give_the_same_dates(archive, monkeypatch):
    """The workers read the mapping by its absolute path: --jobs 2 and --cluster are
    byte-identical to --jobs 1."""
    monkeypatch.chdir(archive)
    (archive / "dates.csv").write_text("misc/c.txt,2023-01-11\n", encoding="utf-8")
    args = ("extract", "news", "--published-from", "dates.csv", "--published-from-path", "-q")
    one = invoke(*args, "--jobs", 1)
    assert _monday(_docs(one)["news/misc/c.txt"]) == ["2023-01-09"]
    assert invoke(*args, "--jobs", 2).stdout == one.stdout
    pytest.importorskip("distributed")
    assert invoke(*args, "--cluster", "local:1").stdout == one.stdout
