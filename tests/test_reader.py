import codecs
import os

import pytest

from claimx.api import ClaimxError
from claimx.io.reader import DEFAULT_MAX_BYTES, decode_bytes, read_input

TEXT = "Twitter was sued under Section 230 — “knowingly profited,” the complaint said. Café."


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def etype_of(path, max_bytes=DEFAULT_MAX_BYTES):
    with pytest.raises(ClaimxError) as info:
        read_input(path, max_bytes)
    assert str(info.value)  # always a message
    return info.value.etype


def test_default_max_bytes():
    assert DEFAULT_MAX_BYTES == 50 * 1024 * 1024


def test_utf8(tmp_path):
    assert read_input(write(tmp_path, "a.txt", TEXT.encode("utf-8")), 10_000) == (TEXT, "utf-8")


def test_utf8_bom(tmp_path):
    path = write(tmp_path, "a.txt", codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    assert read_input(path, 10_000) == (TEXT, "utf-8-sig")


@pytest.mark.parametrize("codec,bom", [("utf-16-le", codecs.BOM_UTF16_LE),
                                       ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_utf16_with_bom(tmp_path, codec, bom):
    path = write(tmp_path, "a.txt", bom + TEXT.encode(codec))
    assert read_input(path, 10_000) == (TEXT, "utf-16")


def test_cp1252_smart_quotes(tmp_path):
    path = write(tmp_path, "a.txt", b"He said \x93knowingly profited\x94 \x96 caf\xe9.")
    text, enc = read_input(path, 10_000)
    assert enc == "cp1252"
    assert text == "He said “knowingly profited” – café."


def test_latin1_when_cp1252_fails():
    # 0x81 is undefined in cp1252
    assert decode_bytes(b"abc \x81 caf\xe9") == ("abc \x81 café", "latin-1")


def test_crlf_preserved(tmp_path):
    path = write(tmp_path, "a.txt", b"line one\r\nline two\r\n\r\nthird\rfourth\n")
    text, enc = read_input(path, 10_000)
    assert text == "line one\r\nline two\r\n\r\nthird\rfourth\n"
    assert enc == "utf-8"


def test_crlf_preserved_utf16(tmp_path):
    path = write(tmp_path, "a.txt", codecs.BOM_UTF16_LE + "a\r\nb".encode("utf-16-le"))
    assert read_input(path, 10_000) == ("a\r\nb", "utf-16")


def test_empty_file(tmp_path):
    assert read_input(write(tmp_path, "a.txt", b""), 10_000) == ("", "utf-8")


def test_nul_bytes_are_binary(tmp_path):
    assert etype_of(write(tmp_path, "a.txt", b"some text\x00\x01\x02 more")) == "binary_input"


@pytest.mark.parametrize("magic", [b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"GIF89a",
                                   b"%PDF-1.7\n", b"PK\x03\x04", b"\x1f\x8b\x08"])
def test_binary_magic(tmp_path, magic):
    assert etype_of(write(tmp_path, "a.txt", magic + b"rest of the file")) == "binary_input"


def test_png_is_binary_with_message(tmp_path):
    path = write(tmp_path, "pic.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ClaimxError) as info:
        read_input(path, 10_000)
    assert info.value.etype == "binary_input"
    assert "PNG" in str(info.value)


def test_too_large(tmp_path):
    path = write(tmp_path, "a.txt", b"x" * 101)
    assert etype_of(path, max_bytes=100) == "too_large"
    assert read_input(path, 101) == ("x" * 101, "utf-8")


def test_not_found(tmp_path):
    assert etype_of(str(tmp_path / "missing.txt")) == "not_found"


def test_directory_is_unreadable(tmp_path):
    with pytest.raises(ClaimxError) as info:
        read_input(str(tmp_path), 10_000)
    assert info.value.etype == "unreadable"
    assert "directory" in str(info.value)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root can read anything")
def test_permission_denied_is_unreadable(tmp_path):
    path = write(tmp_path, "a.txt", b"text")
    os.chmod(path, 0)
    try:
        assert etype_of(path) == "unreadable"
    finally:
        os.chmod(path, 0o644)


def test_bad_utf16_is_decode_error():
    with pytest.raises(ClaimxError) as info:
        decode_bytes(codecs.BOM_UTF16_LE + b"a\x00\x00\xd8")  # lone high surrogate
    assert info.value.etype == "decode_error"


def test_stdin(monkeypatch):
    import io
    import sys

    class FakeStdin:
        buffer = io.BytesIO("“hi”\r\n".encode("utf-8"))

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    assert read_input("-", 10_000) == ("“hi”\r\n", "utf-8")


def test_stdin_too_large(monkeypatch):
    import io
    import sys

    class FakeStdin:
        buffer = io.BytesIO(b"x" * 50)

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    with pytest.raises(ClaimxError) as info:
        read_input("-", 10)
    assert info.value.etype == "too_large"
