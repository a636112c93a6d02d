"""atomic_open when an interrupt lands while the temp file's object is being made: the
interrupt comes out as itself (not an EBADF from closing the descriptor twice), and neither
a temp file nor the target is left behind."""
import builtins
import os

import pytest

from claimx.io import writers


def _interrupted_open(*args, **kwargs):
    """The file object is made (so it owns the descriptor), then dropped unbound, as when a
    signal handler raises between the call and the assignment. Paths (the umask read from
    /proc) open as usual: only the temp file's descriptor is interrupted."""
    if not isinstance(args[0], int):
        return builtins.open(*args, **kwargs)
    fh = builtins.open(*args, **kwargs)
    del fh
    raise KeyboardInterrupt


def test_an_interrupt_while_the_temp_file_opens_is_raised_as_itself(tmp_path, monkeypatch):
    target = tmp_path / "out.json"
    monkeypatch.setattr(writers, "open", _interrupted_open, raising=False)
    with pytest.raises(KeyboardInterrupt):
        writers.atomic_write(str(target), "{}\n")
    assert os.listdir(tmp_path) == []


def test_a_descriptor_opened_after_the_interrupt_stays_open(tmp_path, monkeypatch):
    """The descriptor number freed by the dropped object may be reused at once; atomic_open
    must not close it again (it would close another file's descriptor)."""
    reused = []

    def interrupted_then_reopened(*args, **kwargs):
        if not isinstance(args[0], int):
            return builtins.open(*args, **kwargs)
        fh = builtins.open(*args, **kwargs)
        number = fh.fileno()
        del fh
        other = os.open(os.devnull, os.O_RDONLY)
        reused.append((number, other))
        raise KeyboardInterrupt

    monkeypatch.setattr(writers, "open", interrupted_then_reopened, raising=False)
    with pytest.raises(KeyboardInterrupt):
        writers.atomic_write(str(tmp_path / "out.json"), "{}\n")
    number, other = reused[0]
    try:
        os.fstat(other)  # still open: raises OSError (EBADF) if atomic_open closed it
    finally:
        os.close(other)
    assert number == other  # the case that matters did happen: the number was reused


def test_the_file_is_written_whole_with_the_umask(tmp_path):
    old = os.umask(0o027)
    try:
        writers.atomic_write(str(tmp_path / "out.json"), '{"a": 1}\n')
    finally:
        os.umask(old)
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == '{"a": 1}\n'
    assert oct(os.stat(tmp_path / "out.json").st_mode & 0o777) == oct(0o640)
    assert os.listdir(tmp_path) == ["out.json"]
