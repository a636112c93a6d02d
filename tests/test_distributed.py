"""claimx on a Dask cluster (claimx.run.cluster): same records, same order, exactly once."""
import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from claimx.run.batch import collect_inputs, process_one, run_batch  # noqa: E402
from claimx.run.cluster import extract_bag, parse_address, process_path, run_cluster  # noqa: E402
from claimx.io.writers import dumps  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def same(a, b):
    return [json.dumps(d) for d in a] == [json.dumps(d) for d in b]


def start_cluster(n=2):
    return distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                    dashboard_address=":0",
                                    scheduler_kwargs={"dashboard": False})


@pytest.fixture(scope="module")
def cluster():
    c = start_cluster(2)
    try:
        yield c
    finally:
        c.close()


@pytest.fixture
def inputs(tmp_path):
    """The fixtures folder, plus a missing file, a binary file and a cp1252 file."""
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "cp.txt").write_bytes("Smith sued Acme \u201cunder the Sherman Act\u201d on "
                                      "Jan. 8, 2021.\n".encode("cp1252"))
    return collect_inputs([str(FIXTURES)]) + [str(tmp_path / "missing.txt"),
                                              str(tmp_path / "image.txt"),
                                              str(tmp_path / "cp.txt")]


def many_inputs(folder: Path, n: int, repeat: int = 2) -> list[str]:
    """``n`` articles: a fixture repeated ``repeat`` times, each with a numbered first line."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    folder.mkdir()
    paths = []
    for i in range(n):
        path = folder / f"{i:04d}.txt"
        body = texts[i % len(texts)]
        path.write_text(f"Article {i}\n\n" + "\n".join([body] * repeat), encoding="utf-8")
        paths.append(str(path))
    return paths


# --------------------------------------------------------------------------- no cluster needed

def test_importing_does_not_import_dask():
    code = ("import sys, claimx, claimx.run.cluster, claimx.run.batch\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
            "('dask', 'distributed', 'fsspec'))\n"
            "print(bad)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_without_dask_a_clear_error_before_any_work():
    code = ("import sys\n"
            "sys.modules['dask'] = sys.modules['distributed'] = None  # as if not installed\n"
            "from claimx.run.cluster import dask_available, run_cluster\n"
            "assert not dask_available()\n"
            "try:\n"
            "    run_cluster(['a.txt'], 'local:1')\n"
            "except ImportError as e:\n"
            "    print(e)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert 'pip install "claimx[dask]"' in out


def test_parse_address():
    assert parse_address("local:2") == ("local", 2)
    assert parse_address("local")[0] == "local"
    assert parse_address("tcp://10.0.0.5:8786") == ("remote", "tcp://10.0.0.5:8786")
    assert parse_address("tcp://scheduler") == ("remote", "tcp://scheduler")
    assert parse_address("tcp://[::1]:8786") == ("remote", "tcp://[::1]:8786")
    for bad in ("", "local:0", "local:x", "10.0.0.5:8786", "http://h:8786", "tcp://h:99999",
                "tcp://h:8786/x"):
        with pytest.raises(ValueError):
            parse_address(bad)


def test_bad_arguments_fail_before_any_work():
    with pytest.raises(ValueError):
        run_cluster(["a.txt"], "nowhere:1")
    with pytest.raises(TypeError):
        run_cluster(["a.txt"], "local:1", colour="red")
    with pytest.raises(ValueError):
        run_cluster(["a.txt"], "local:1", published="2021-13-01")
    with pytest.raises(ValueError):
        run_cluster(["a.txt"], "local:1", output_dir="out", out_names=[])
    assert list(run_cluster([], "local:1")) == []  # nothing to do: no cluster started


def test_fsspec_memory_url_in_process():
    import fsspec

    text = (FIXTURES / "f01_biometric_suit.txt").read_bytes()
    with fsspec.open("memory://claimx-test/f01.txt", "wb") as fh:
        fh.write(text)
    doc = process_path("memory://claimx-test/f01.txt", published="2021-01-21")
    ref = process_one(str(FIXTURES / "f01_biometric_suit.txt"), published="2021-01-21")
    assert doc["source"] == "memory://claimx-test/f01.txt"
    assert json.dumps({**doc, "source": None}) == json.dumps({**ref, "source": None})
    small = process_path("memory://claimx-test/f01.txt", max_bytes=10)
    assert small["error"]["type"] == "too_large"
    missing = process_path("memory://claimx-test/nope.txt")
    assert missing["error"]["type"] == "not_found"
    unknown = process_path("nosuchproto://x/y.txt")
    assert unknown["error"]["type"] == "unreadable"


# --------------------------------------------------------------------------- on a cluster

def test_local_cluster_is_identical_to_jobs_1(inputs):
    got = list(run_cluster(inputs, "local:2", batch_size=2, window=3))
    ref = list(run_batch(inputs, jobs=1))
    assert len(got) == len(inputs)
    assert same(got, ref)
    assert [d["source"] for d in got] == inputs
    assert [d["error"]["type"] for d in got if "error" in d] == ["not_found", "binary_input"]


def test_options_and_stdin(cluster, inputs, monkeypatch):
    data = (FIXTURES / "f03_quotes_and_dates.txt").read_bytes()

    class Stdin:
        buffer = io.BytesIO(data)

    monkeypatch.setattr(sys, "stdin", Stdin())
    paths = inputs[:2] + ["-"] + inputs[2:]
    options = dict(published="2021-01-21", include_text=True)
    got = list(run_cluster(paths, cluster.scheduler_address, batch_size=3, window=0,
                           **options))
    Stdin.buffer = io.BytesIO(data)
    ref = list(run_batch(paths, jobs=1, **options))
    assert same(got, ref)
    assert got[2]["source"] == "<stdin>" and "error" not in got[2]


def test_output_dir_written_by_workers(cluster, inputs, tmp_path):
    out = tmp_path / "out"
    targets = [str(out / "sub" / f"{i:02d}.json") for i in range(len(inputs))]
    summaries = list(run_cluster(inputs, cluster.scheduler_address, batch_size=4,
                                 output_dir=str(out), out_names=targets,
                                 published="2021-01-21"))
    ref = list(run_batch(inputs, jobs=1, published="2021-01-21"))
    assert [s["source"] for s in summaries] == [d["source"] for d in ref]
    assert [s["written"] for s in summaries] == targets
    assert [s["error"] for s in summaries] == [d.get("error") for d in ref]
    assert all(s["write_error"] is None for s in summaries)
    assert sorted(os.listdir(out / "sub")) == sorted(os.path.basename(t) for t in targets)
    for target, doc in zip(targets, ref):
        assert Path(target).read_text(encoding="utf-8") == dumps(doc, indent=True) + "\n"


def test_output_dir_write_failure_is_reported(cluster, inputs, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    targets = [str(blocker / "a.json")]
    (summary,) = run_cluster(inputs[:1], cluster.scheduler_address, output_dir=str(tmp_path),
                             out_names=targets)
    assert summary["written"] is None and summary["error"] is None
    assert summary["write_error"].startswith(f"cannot write {targets[0]}")


def test_relative_paths_are_the_clients(cluster, tmp_path, monkeypatch):
    """The workers run elsewhere (here: another working directory); relative inputs and
    outputs still mean what they mean to the client, and are reported as given."""
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_bytes((FIXTURES / "f01_biometric_suit.txt").read_bytes())
    monkeypatch.chdir(tmp_path)
    paths = ["news/a.txt", "news/missing.txt"]
    ref = list(run_batch(paths, jobs=1))
    assert ref[1]["error"]["message"] == "news/missing.txt: no such file"
    assert same(run_cluster(paths, cluster.scheduler_address), ref)
    targets = ["out/a.json", "out/missing.json"]
    summaries = list(run_cluster(paths, cluster.scheduler_address, output_dir="out",
                                 out_names=targets))
    assert [s["written"] for s in summaries] == targets
    assert [s["source"] for s in summaries] == paths
    for target, doc in zip(targets, ref):
        assert (tmp_path / target).read_text(encoding="utf-8") == dumps(doc, indent=True) + "\n"


def test_file_url_goes_through_fsspec(cluster, tmp_path):
    src = tmp_path / "a.txt"
    src.write_bytes((FIXTURES / "f02_state_ag_platform.txt").read_bytes())
    url = src.as_uri()
    missing = (tmp_path / "missing.txt").as_uri()
    doc, err = run_cluster([url, missing], cluster.scheduler_address)
    ref = process_one(str(src))
    assert doc["source"] == url
    assert json.dumps({**doc, "source": None}) == json.dumps({**ref, "source": None})
    assert {k: err[k] for k in ("schema", "source", "error")} == {
        "schema": "claimx/1", "source": missing,
        "error": {"type": "not_found", "message": f"{missing}: no such file"}}
    assert all(err[k] == [] for k in ("statutes", "parties", "platforms", "dates", "allegations", "quotes"))


def test_extract_bag(cluster, inputs):
    import dask.bag as db

    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        docs = client.compute(extract_bag(inputs, published="2021-01-21"), sync=True)
        assert same(docs, run_batch(inputs, jobs=1, published="2021-01-21"))

        texts = [(FIXTURES / "f01_biometric_suit.txt").read_text(encoding="utf-8"), "", 42]
        got = client.compute(extract_bag(db.from_sequence(texts, npartitions=2)), sync=True)
    import claimx

    assert same(got[:2], [claimx.extract(t) for t in texts[:2]])
    assert got[2]["error"]["type"] == "internal_error" and got[2]["source"] is None
    with pytest.raises(TypeError):
        extract_bag("one/path.txt")


@pytest.mark.parametrize("mode", ["stdout", "output_dir"])
def test_killed_worker_still_gives_every_record_once(mode, tmp_path):
    # heavy enough that batches are still in flight when a worker is killed
    paths = many_inputs(tmp_path / "in", 40, repeat=10)
    ref = list(run_batch(paths, jobs=1))
    targets = [str(tmp_path / "out" / f"{i:04d}.json") for i in range(len(paths))]
    kwargs = dict(output_dir=str(tmp_path / "out"), out_names=targets) \
        if mode == "output_dir" else {}
    c = start_cluster(2)
    try:
        with distributed.Client(c, set_as_default=False) as client:
            client.wait_for_workers(2, timeout=60)
            gen = run_cluster(paths, c.scheduler_address, batch_size=2, window=6, **kwargs)
            try:
                got, busy = [], {}
                while not busy and len(got) < len(paths) // 2:
                    # taking a result lets the client submit more batches; catch some in flight
                    got.append(next(gen))
                    busy = {w: keys for w, keys in client.processing().items()
                            if any(str(k).startswith("claimx-batch-") for k in keys)}
                assert busy, "nothing in flight to lose"
                victim = sorted(busy)[0]
                pid = client.run(os.getpid, workers=[victim])[victim]
                os.kill(pid, signal.SIGKILL)  # abrupt: no goodbye to the scheduler
                got.extend(gen)
            finally:
                gen.close()
            assert victim not in client.scheduler_info()["workers"]
    finally:
        c.close()
    assert [r["source"] for r in got] == paths  # every input once, in order
    if mode == "stdout":
        assert same(got, ref)
    else:
        assert [r["written"] for r in got] == targets
        assert all(r["error"] is None and r["write_error"] is None for r in got)
        names = [n for n in os.listdir(tmp_path / "out") if not n.startswith(".")]
        assert sorted(names) == sorted(os.path.basename(t) for t in targets)
        for target, doc in zip(targets, ref):
            assert Path(target).read_text(encoding="utf-8") == dumps(doc, indent=True) + "\n"


def test_local_workers_ignore_ctrl_c():
    import signal as _signal

    from claimx.run.cluster import _connect

    client, c = _connect("local:1")
    try:
        handlers = client.run(lambda: _signal.getsignal(_signal.SIGINT) == _signal.SIG_IGN)
        assert list(handlers.values()) == [True]
    finally:
        client.close()
        c.close()


POISON_PRELOAD = """
import os
import claimx.run.cluster as d


def _process_any(path, base=None, **options):
    if path.endswith("poison.txt"):
        os._exit(1)  # this input kills every worker that touches it
    return d._unpoisoned(path, base, **options)


if not hasattr(d, "_unpoisoned"):  # Dask may run a preload more than once
    d._unpoisoned = d._process_any
    d._process_any = _process_any
"""


def test_an_input_that_kills_its_worker_becomes_an_error_record(tmp_path):
    import dask

    paths = many_inputs(tmp_path / "in", 6)
    poison = tmp_path / "in" / "poison.txt"
    poison.write_text("harmless text, deadly name\n", encoding="utf-8")
    paths.insert(2, str(poison))
    preload = tmp_path / "poison_preload.py"
    preload.write_text(POISON_PRELOAD, encoding="utf-8")
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        c = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                     dashboard_address=":0",
                                     scheduler_kwargs={"dashboard": False},
                                     preload=[str(preload)])
    try:
        got = list(run_cluster(paths, c.scheduler_address, batch_size=3))
    finally:
        c.close()
    ref = list(run_batch(paths[:2] + paths[3:], jobs=1))
    assert [d["source"] for d in got] == paths
    assert same(got[:2] + got[3:], ref)
    assert got[2]["error"]["type"] == "internal_error"
    assert "worker process died" in got[2]["error"]["message"]
