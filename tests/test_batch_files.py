"""Batches that never lose or damage a file: outputs that are inputs, deep trees, odd names,
special files, symlinks, long names, resumes, modes."""
import json
import os
import stat
import subprocess
import sys
import threading

import pytest

from conftest import invoke
from test_cli import ARTICLE, ARTICLE2, stderr_of

LISTS = ("statutes", "parties", "platforms", "dates", "allegations", "quotes")


def lines(result):
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def claimx(*args, **kwargs):
    """A real ``python -m claimx`` process; args may be bytes (file names that are not UTF-8)."""
    argv = [sys.executable, "-m", "claimx", *[a if isinstance(a, bytes) else str(a) for a in args]]
    return subprocess.run(argv, capture_output=True, timeout=120, **kwargs)


# --------------------------------------------------------------------------- outputs that are inputs

def test_output_file_that_is_an_input_is_refused(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(article)
    for target in (article, link):
        result = invoke("extract", article, "-o", target, "--jobs", 1)
        assert result.exit_code == 2 and "is also an input" in stderr_of(result)
        assert article.read_text(encoding="utf-8") == ARTICLE


def test_output_dir_that_would_overwrite_an_input_is_refused(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "a.txt.json").write_text(ARTICLE2, encoding="utf-8")  # an article, oddly named
    result = invoke("extract", folder, "--glob", "*.txt", "--glob", "*.json",
                    "--output-dir", folder, "--jobs", 1)
    assert result.exit_code == 2 and "would overwrite the input" in stderr_of(result)
    assert (folder / "a.txt.json").read_text(encoding="utf-8") == ARTICLE2
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt", "a.txt.json"]


# --------------------------------------------------------------------------- deep trees

def _deep(root, levels, file_name=None):
    """A chain of ``levels`` folders named d under root, made by file descriptor (so it may
    go deeper than PATH_MAX), with a file at the bottom."""
    fd = os.open(root, os.O_RDONLY)
    try:
        for _ in range(levels):
            os.mkdir("d", dir_fd=fd)
            nfd = os.open("d", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nfd
        if file_name:
            out = os.open(file_name, os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
            os.write(out, ARTICLE.encode("utf-8"))
            os.close(out)
    finally:
        os.close(fd)


def _remove_deep(root):
    """Remove a chain of d folders without recursion (shutil.rmtree recurses)."""
    fds = [os.open(root, os.O_RDONLY)]
    while True:
        names = os.listdir(fds[-1])
        if "d" not in names:
            break
        fds.append(os.open("d", os.O_RDONLY, dir_fd=fds[-1]))
    for i in range(len(fds) - 1, -1, -1):
        for name in os.listdir(fds[i]):
            if name != "d" or i == len(fds) - 1:
                (os.rmdir if name == "d" else os.unlink)(name, dir_fd=fds[i])
        if i:
            os.close(fds[i])
            os.rmdir("d", dir_fd=fds[i - 1])
    os.close(fds[0])


def test_a_tree_1000_deep_and_one_past_path_max(tmp_path):
    root = tmp_path / "tree"
    (root / "ok").mkdir(parents=True)
    (root / "top.txt").write_text(ARTICLE2, encoding="utf-8")
    _deep(root / "ok", 1000, "bottom.txt")
    (root / "toolong").mkdir()
    _deep(root / "toolong", 2100, "lost.txt")  # 4,200 characters: no path can open it
    try:
        result = invoke("extract", root, "--jobs", 1)
    finally:
        _remove_deep(root / "toolong")
        _remove_deep(root / "ok")
    docs = lines(result)
    assert result.exit_code == 1 and "RecursionError" not in stderr_of(result)
    bottom = [d for d in docs if d["source"].endswith("bottom.txt")]
    assert len(bottom) == 1 and bottom[0]["source"].count("/d") == 1000
    assert any(s["act"] == "Communications Decency Act" for s in bottom[0]["statutes"])
    errors = [d for d in docs if "error" in d]
    assert len(errors) == 1 and errors[0]["error"]["type"] == "unreadable"
    assert "cannot list this folder" in errors[0]["error"]["message"]
    assert docs[-1]["source"] == str(root / "top.txt") and "error" not in docs[-1]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_sub_folder_is_an_error_record(tmp_path):
    root = tmp_path / "news"
    (root / "locked").mkdir(parents=True)
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "locked" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    os.chmod(root / "locked", 0)
    try:
        result = invoke("extract", root, "--jobs", 1)
    finally:
        os.chmod(root / "locked", 0o755)
    docs = lines(result)
    assert result.exit_code == 1
    assert docs[1]["source"] == str(root / "locked") and docs[1]["error"]["type"] == "unreadable"


def test_a_glob_that_cannot_match_is_a_usage_error(tmp_path):
    for bad in ("[", "*.[tx", "sub/*.txt"):
        result = invoke("extract", tmp_path, "--glob", bad)
        assert result.exit_code == 2 and "--glob" in stderr_of(result), bad


# --------------------------------------------------------------------------- names

BAD = [b"bad\xff\xfe.txt", b"caf\xe9.txt", b"mixed-\xc3\xa9-\xe9.txt", b"x\x80y.txt"]


def test_names_that_are_not_utf8_each_give_a_record_and_an_output_file(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(8):
        (folder / f"ok{i}.txt").write_text(ARTICLE, encoding="utf-8")
    for name in BAD:
        with open(os.path.join(os.fsencode(folder), name), "wb") as fh:
            fh.write(ARTICLE2.encode("utf-8"))
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = claimx("extract", folder, "--jobs", 1, env=env)
    assert done.returncode == 0, done.stderr
    docs = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]  # strict UTF-8
    sources = sorted(os.path.basename(d["source"]) for d in docs)
    assert len(docs) == 12
    assert {"bad%FF%FE.txt", "caf%E9.txt", "mixed-é-%E9.txt", "x%80y.txt"} <= set(sources)
    # an explicit argument that is not UTF-8, and --output-dir named the same way
    out = tmp_path / "out"
    done = claimx("extract", os.path.join(os.fsencode(folder), BAD[0]), folder, "--output-dir", out,
                  "--jobs", 1, env=env)
    assert done.returncode == 0, done.stderr
    names = sorted(os.listdir(out))
    assert "bad%FF%FE.txt.json" in names and "caf%E9.txt.json" in names and len(names) == 12
    doc = json.loads((out / "bad%FF%FE.txt.json").read_text(encoding="utf-8"))
    assert doc["source"] == str(folder / "bad%FF%FE.txt")


def test_ansi_escapes_in_names_do_not_reach_stderr_raw(tmp_path):
    name = tmp_path / "\x1b[31mred\x1b]0;title\x07.txt"
    result = invoke("extract", name, "--jobs", 1)
    err = stderr_of(result)
    assert result.exit_code == 1 and "\x1b" not in err and "\x07" not in err
    assert "\\x1b[31mred" in err


def test_long_names_fit_the_output_dir(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    long242 = "x" * 238 + ".txt"
    long255 = "y" * 251 + ".txt"
    for name in (long242, long255):
        (folder / name).write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("extract", folder, "--output-dir", out, "--jobs", 1)
    assert result.exit_code == 0, stderr_of(result)
    names = sorted(os.listdir(out))
    assert long242 + ".json" in names
    hashed = [n for n in names if n.startswith("y")]
    assert len(hashed) == 1 and len(hashed[0].encode()) == 255 and hashed[0].endswith(".json")
    assert "~" in hashed[0]


def test_output_names_do_not_change_when_a_sibling_appears(tmp_path):
    folder, out = tmp_path / "news", tmp_path / "out"
    folder.mkdir()
    (folder / "story.txt").write_text(ARTICLE, encoding="utf-8")
    assert invoke("extract", folder, "--output-dir", out, "--jobs", 1).exit_code == 0
    first = (out / "story.txt.json").read_bytes()
    (folder / "story.html").write_text("<html><body><p>" + ARTICLE2 + "</p></body></html>",
                                       encoding="utf-8")
    assert invoke("extract", folder, "--output-dir", out, "--jobs", 1).exit_code == 0
    assert sorted(os.listdir(out)) == ["story.html.json", "story.txt.json"]
    assert (out / "story.txt.json").read_bytes() == first


# --------------------------------------------------------------------------- special files and links

def test_output_to_a_device_or_fifo_is_written_in_place(tmp_path, article_file):
    to_null = tmp_path / "null"
    to_null.symlink_to(os.devnull)
    result = invoke("extract", article_file, "-o", to_null, "--jobs", 1)
    assert result.exit_code == 0
    assert os.path.islink(to_null) and stat.S_ISCHR(os.stat(os.devnull).st_mode)
    if os.path.exists("/dev/full"):
        to_full = tmp_path / "full"
        to_full.symlink_to("/dev/full")
        result = invoke("extract", article_file, "-o", to_full, "--jobs", 1)
        assert result.exit_code == 1 and "No space left" in stderr_of(result)
        assert stat.S_ISCHR(os.stat("/dev/full").st_mode) and os.path.islink(to_full)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, encoding="utf-8").read()))
    reader.start()
    result = invoke("extract", article_file, "-o", fifo, "--jobs", 1)
    reader.join(30)
    assert result.exit_code == 0 and json.loads(got[0])["source"] == str(article_file)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_symlinked_sub_folder_of_the_output_dir_is_not_followed(tmp_path):
    folder, out, elsewhere = tmp_path / "news", tmp_path / "out", tmp_path / "elsewhere"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE2, encoding="utf-8")
    out.mkdir()
    elsewhere.mkdir()
    (out / "sub").symlink_to(elsewhere)
    result = invoke("extract", folder, "--output-dir", out, "--jobs", 1)
    assert result.exit_code == 1 and "is a symbolic link" in stderr_of(result)
    assert list(elsewhere.iterdir()) == []
    assert (out / "b.txt.json").is_file()


def test_a_fifo_input_is_refused_not_waited_for(tmp_path, article_file):
    fifo = tmp_path / "in.fifo"
    os.mkfifo(fifo)
    result = invoke("extract", fifo, article_file, "--jobs", 1)
    docs = lines(result)
    assert result.exit_code == 1
    assert docs[0]["error"]["type"] == "unreadable" and "FIFO" in docs[0]["error"]["message"]
    assert "error" not in docs[1]
    result = invoke("render", fifo)
    assert result.exit_code == 1 and "FIFO" in stderr_of(result)


def test_files_follow_the_umask(tmp_path, article_file):
    old = os.umask(0o022)
    try:
        assert invoke("extract", article_file, "-o", tmp_path / "a.json", "--jobs", 1).exit_code == 0
        assert invoke("extract", article_file, "--output-dir", tmp_path / "out", "--jobs", 1).exit_code == 0
        assert invoke("render", article_file, "-o", tmp_path / "a.html").exit_code == 0
        for path in (tmp_path / "a.json", tmp_path / "out" / "article.txt.json", tmp_path / "a.html"):
            assert stat.S_IMODE(os.stat(path).st_mode) == 0o644, path
        os.umask(0o077)
        assert invoke("extract", article_file, "-o", tmp_path / "b.json", "--jobs", 1).exit_code == 0
        assert stat.S_IMODE(os.stat(tmp_path / "b.json").st_mode) == 0o600
        os.chmod(tmp_path / "a.json", 0o640)  # a file that is replaced keeps its mode
        assert invoke("extract", article_file, "-o", tmp_path / "a.json", "--jobs", 1).exit_code == 0
        assert stat.S_IMODE(os.stat(tmp_path / "a.json").st_mode) == 0o640
    finally:
        os.umask(old)


def test_closed_stdout_is_one_message():
    done = subprocess.run([sys.executable, "-m", "claimx", "extract", "-"], input=ARTICLE.encode(),
                          capture_output=False, stderr=subprocess.PIPE, timeout=120,
                          preexec_fn=lambda: os.close(1))
    assert done.returncode == 1
    assert done.stderr.decode().strip() == \
        "claimx: error: cannot write the output: standard output is closed (use -o FILE)"


# --------------------------------------------------------------------------- resumes

def test_skip_existing_redoes_errors_and_other_versions_or_options(tmp_path):
    folder, out = tmp_path / "news", tmp_path / "out"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01binary")
    assert invoke("extract", folder, "--output-dir", out, "--jobs", 1).exit_code == 1
    assert json.loads((out / "b.txt.json").read_text())["error"]["type"] == "binary_input"
    a_first = (out / "a.txt.json").read_bytes()
    os.utime(folder / "b.txt", (1, 1))  # fixed, but older than its error record
    (folder / "b.txt").write_text(ARTICLE2, encoding="utf-8")
    os.utime(folder / "b.txt", (1, 1))
    result = invoke("extract", folder, "--output-dir", out, "--skip-existing", "--jobs", 1)
    assert result.exit_code == 0
    assert "error" not in json.loads((out / "b.txt.json").read_text())
    assert stderr_of(result).endswith("2 inputs, 1 written, 0 errors, 1 skipped (up to date)\n")
    assert (out / "a.txt.json").read_bytes() == a_first
    # other options: redone, and the document says which options made it
    result = invoke("extract", folder, "--output-dir", out, "--skip-existing", "--keep-chrome",
                    "--published", "2021-01-21", "--jobs", 1)
    assert stderr_of(result).endswith("2 inputs, 2 written, 0 errors, 0 skipped (up to date)\n")
    made = json.loads((out / "a.txt.json").read_text())["claimx"]
    assert made["options"]["keep_chrome"] is True and made["options"]["published"] == "2021-01-21"
    # another claimx version: redone
    doc = json.loads((out / "a.txt.json").read_text())
    doc["claimx"]["version"] = "0.0.1"
    (out / "a.txt.json").write_text(json.dumps(doc), encoding="utf-8")
    result = invoke("extract", folder, "--output-dir", out, "--skip-existing", "--keep-chrome",
                    "--published", "2021-01-21", "--jobs", 1)
    assert stderr_of(result).endswith("2 inputs, 1 written, 0 errors, 1 skipped (up to date)\n")
    assert json.loads((out / "a.txt.json").read_text())["claimx"]["version"] != "0.0.1"


def test_jobs_is_capped_at_the_cpus(article_file):
    from claimx.run.batch import usable_cpus

    result = invoke("extract", article_file, article_file, "--jobs", 1000)
    assert result.exit_code == 0 and len(lines(result)) == 2
    cpus = usable_cpus()
    assert f"--jobs 1000 is more than the {cpus} CPU" in stderr_of(result)
    assert f"using {cpus}" in stderr_of(result)


@pytest.fixture
def article_file(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path
