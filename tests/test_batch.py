"""The local worker pool (--jobs): chunks of paths per task, JSON made in the workers,
input order kept, and a worker that dies costs only the input that killed it."""
import json
import os

import pytest

import claimx.run.batch as batch
from claimx.run.batch import Encoded, chunk_size, iter_batch, run_batch
from claimx.io.writers import dumps
from conftest import FIXTURES

fork_only = pytest.mark.skipif(batch._mp_context() is None,
                               reason="the poisoned worker is inherited through fork (Linux)")


def corpus(tmp_path, n):
    """``n`` inputs cut from the fixture articles, plus two bad ones in the middle."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("f0*.txt"))]
    folder = tmp_path / "in"
    folder.mkdir()
    paths = []
    for i in range(n):
        path = folder / f"{i:03d}.txt"
        path.write_text(f"Copy {i}.\n\n" + texts[i % len(texts)], encoding="utf-8")
        paths.append(str(path))
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    paths.insert(n // 2, str(folder / "binary.txt"))
    paths.insert(n // 3, str(folder / "missing.txt"))
    return paths


def test_chunk_size_spreads_small_batches_and_caps_big_ones():
    assert [chunk_size(n, 2) for n in (1, 4, 8, 9, 20, 64, 2000)] == [1, 1, 1, 2, 3, 8, 8]
    assert chunk_size(2000, 16) == 8 and chunk_size(30, 16) == 1


def test_pool_in_chunks_gives_the_documents_of_jobs_1_in_input_order(tmp_path):
    paths = corpus(tmp_path, 22)
    assert chunk_size(len(paths), 2) == 3  # several paths a task
    ref = list(run_batch(paths, jobs=1))
    got = list(run_batch(paths, jobs=2))
    assert [d["source"] for d in got] == paths
    assert got == ref
    errors = {os.path.basename(d["source"]): d["error"]["type"] for d in got if "error" in d}
    assert errors == {"missing.txt": "not_found", "binary.txt": "binary_input"}


def test_encoded_documents_are_the_json_text_of_the_documents(tmp_path):
    paths = corpus(tmp_path, 10)
    ref = list(run_batch(paths, jobs=1))
    for jobs in (1, 2):
        got = list(iter_batch(paths, jobs=jobs, encode="compact"))
        assert all(isinstance(doc, Encoded) for doc, _ in got)
        assert [doc.text for doc, _ in got] == [dumps(d) for d in ref]
        assert [doc.source for doc, _ in got] == paths
        assert [doc.error for doc, _ in got] == [d.get("error") for d in ref]
        assert sum(words for _, words in got) > 1000
    pretty = [doc.text for doc, _ in iter_batch(paths[:2], jobs=2, encode="pretty")]
    assert pretty == [dumps(d, indent=True) for d in ref[:2]] and "\n  " in pretty[0]
    with pytest.raises(ValueError, match="encode must be"):
        iter_batch(paths, jobs=2, encode="yaml")


@fork_only
def test_an_input_that_kills_its_pool_worker_becomes_an_error_record(tmp_path, monkeypatch):
    paths = corpus(tmp_path, 20)
    poison = tmp_path / "in" / "poison.txt"
    poison.write_text("harmless text, deadly name\n", encoding="utf-8")
    paths.insert(7, str(poison))
    ref = list(run_batch(paths[:7] + paths[8:], jobs=1))
    unpoisoned = batch._process

    def process(path, **options):
        if path.endswith("poison.txt"):
            os._exit(1)  # the worker dies, and with it the rest of its chunk
        return unpoisoned(path, **options)

    monkeypatch.setattr(batch, "_process", process)  # forked workers inherit it
    assert chunk_size(len(paths), 2) > 1
    got = [json.loads(doc.text) for doc, _ in iter_batch(paths, jobs=2, encode="compact")]
    assert [d["source"] for d in got] == paths
    assert got[:7] + got[8:] == ref
    assert got[7]["error"]["type"] == "internal_error"
    assert "worker process died" in got[7]["error"]["message"]


def test_output_dir_with_jobs_2_writes_the_files_of_jobs_1(tmp_path):
    from conftest import invoke

    paths = corpus(tmp_path, 12)
    one, two = tmp_path / "one", tmp_path / "two"
    (two / "005.txt.json").mkdir(parents=True)  # in the way of one output file
    r1 = invoke("extract", tmp_path / "in", "--output-dir", one, "--jobs", 1)
    r2 = invoke("extract", tmp_path / "in", "--output-dir", two, "--jobs", 2)
    assert r1.exit_code == r2.exit_code == 1  # the binary input is an error record in both
    assert r1.stdout == r2.stdout == ""
    files = sorted(p.name for p in one.iterdir())
    assert len(files) == len(paths) - 1  # every file of the folder (missing.txt is not one)
    for name in files:
        if name != "005.txt.json":
            assert (one / name).read_bytes() == (two / name).read_bytes(), name
    assert (two / "005.txt.json").is_dir()
    err = r2.stderr
    assert f"cannot write {two / '005.txt.json'}: " in err and "binary.txt" in err
    assert err.strip().splitlines()[-1] == "claimx: done: 13 inputs, 11 written, 2 errors"
    assert len(err.strip().splitlines()) == 3 and "Traceback" not in err
    assert list(two.glob(".*.tmp")) == []
