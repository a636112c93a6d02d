"""`claimx extract --cluster`: same output as without, through the CLI."""
import json
import shutil

import pytest

from conftest import FIXTURES, invoke

pytest.importorskip("distributed")


@pytest.fixture()
def news(tmp_path):
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    for i, path in enumerate(sorted(FIXTURES.glob("f0*.txt"))):
        shutil.copy(path, (folder / "sub" if i % 2 else folder) / path.name)
    return folder


def test_cluster_output_is_byte_identical_to_jobs_1(news):
    local = invoke("extract", news, "--jobs", 1)
    remote = invoke("extract", news, "--cluster", "local:2")
    assert remote.exit_code == local.exit_code == 0
    assert remote.stdout == local.stdout
    assert len(remote.stdout.splitlines()) == len(list(news.rglob("*.txt")))


def test_cluster_writes_output_dir(news, tmp_path):
    out_local, out_remote = tmp_path / "a", tmp_path / "b"
    assert invoke("extract", news, "--jobs", 1, "--output-dir", out_local).exit_code == 0
    assert invoke("extract", news, "--cluster", "local:2", "--output-dir", out_remote).exit_code == 0
    files = sorted(p.relative_to(out_local) for p in out_local.rglob("*.json"))
    assert files and files == sorted(p.relative_to(out_remote) for p in out_remote.rglob("*.json"))
    for rel in files:
        assert (out_local / rel).read_bytes() == (out_remote / rel).read_bytes()


def test_cluster_error_records_and_exit_code(news, tmp_path):
    missing = tmp_path / "nope.txt"
    result = invoke("extract", news / "f01_biometric_suit.txt", missing, "--cluster", "local:1")
    assert result.exit_code == 1
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert docs[1]["error"]["type"] == "not_found" and docs[0]["schema"] == "claimx/1"


def test_bad_cluster_address_is_a_usage_error(news):
    result = invoke("extract", news, "--cluster", "udp://nowhere")
    assert result.exit_code == 2 and "cluster address" in result.output
    result = invoke("extract", news, "--cluster", "local:2", "--jobs", 2)
    assert result.exit_code == 2 and "cannot be combined" in result.output
