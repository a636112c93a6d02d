"""Reading inputs: bytes in, text + encoding name out, never silently mangled.

Decoding order: UTF-8 with BOM, UTF-16 with BOM, plain UTF-8, cp1252, latin-1.
Nothing is ever decoded with ``errors="replace"`` and newlines are never translated,
so the character offsets in the output match the file exactly as decoded.
"""
from __future__ import annotations

import codecs
import os
import stat
import sys

from claimx.errors import ClaimxError
from claimx.io.names import display_path

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

#: how much of the head of the input is searched for NUL bytes
SNIFF_BYTES = 8 * 1024

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"PK\x07\x08", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
)


def _human(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{int(size)} bytes" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} bytes"  # pragma: no cover


def _check_binary(data: bytes) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ClaimxError("binary_input", f"input looks like {what}, not text")
    if b"\x00" in data[:SNIFF_BYTES]:
        raise ClaimxError("binary_input",
                          "input contains NUL bytes in its first 8 KB; it looks binary, not text")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and name the encoding used; raises ClaimxError on binary input."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise ClaimxError("decode_error",
                              f"input starts with a UTF-8 byte order mark but is not valid UTF-8 "
                              f"(byte {e.start})") from None
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        # NUL bytes are normal in UTF-16, so the binary sniffing is skipped here
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise ClaimxError("decode_error",
                              f"input starts with a UTF-16 byte order mark but is not valid UTF-16 "
                              f"({e.reason} at byte {e.start})") from None
    _check_binary(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("latin-1"), "latin-1"
    except UnicodeDecodeError as e:  # pragma: no cover - latin-1 decodes every byte
        raise ClaimxError("decode_error", f"cannot decode input: {e}") from None


def _too_large(size: int, max_bytes: int) -> ClaimxError:
    return ClaimxError("too_large",
                       f"input is {_human(size)}, more than the limit of {_human(max_bytes)} "
                       f"(raise it with --max-bytes)")


#: the largest --max-bytes: 1 TiB, far past what one process can hold (see DEFAULT_MAX_BYTES)
MAX_MAX_BYTES = 1 << 40

_BLOCK = 1 << 24  # 16 MiB reads: ``read(n)`` allocates n bytes up front, whatever the file holds


def _read_limited(fh, max_bytes: int, size: int | None = None) -> bytes:
    """At most ``max_bytes`` bytes (else a too_large error), read in blocks so a huge limit
    costs nothing; ``size``, when known (a regular file), is read in one go."""
    first = min(max_bytes, size if size is not None else _BLOCK) + 1
    parts = [fh.read(first)]
    total = len(parts[0])
    while total <= max_bytes and parts[-1] and (size is None or total > size):
        parts.append(fh.read(min(max_bytes + 1 - total, _BLOCK)))
        total += len(parts[-1])
    if total > max_bytes:
        raise ClaimxError("too_large",
                          f"input is more than the limit of {_human(max_bytes)} "
                          f"(raise it with --max-bytes)")
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _oserror(path: str, e: OSError) -> ClaimxError:
    if isinstance(e, FileNotFoundError):
        return ClaimxError("not_found", f"{path}: no such file")
    if isinstance(e, NotADirectoryError):
        return ClaimxError("not_found", f"{path}: no such file (a parent is not a directory)")
    if isinstance(e, PermissionError):
        return ClaimxError("unreadable", f"{path}: permission denied")
    if isinstance(e, IsADirectoryError):
        return ClaimxError("unreadable", f"{path}: is a directory, not a file")
    reason = e.strerror or str(e) or type(e).__name__
    return ClaimxError("unreadable", f"{path}: cannot read: {reason}")


def read_bytes(path_or_dash: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The raw bytes of a file (or of stdin for ``"-"``), with the size limit applied."""
    if path_or_dash == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise ClaimxError("unreadable", "<stdin>: standard input is not available")
        try:
            return _read_limited(stream, max_bytes)
        except OSError as e:
            raise _oserror("<stdin>", e) from None
    path = path_or_dash
    shown = display_path(path)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; the fstat below refuses it
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        if isinstance(e, IsADirectoryError) or os.path.isdir(path):
            raise ClaimxError("unreadable", f"{shown}: is a directory, not a file") from None
        raise _oserror(shown, e) from None
    except ValueError as e:  # e.g. an embedded NUL in the path
        raise ClaimxError("not_found", f"{shown!r}: invalid path ({e})") from None
    try:
        st = os.fstat(fd)
    except OSError as e:
        os.close(fd)
        raise _oserror(shown, e) from None
    if stat.S_ISDIR(st.st_mode):
        os.close(fd)
        raise ClaimxError("unreadable", f"{shown}: is a directory, not a file")
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(st.st_mode):
            raise ClaimxError("unreadable", f"{shown}: is {_kind(st.st_mode)}, not a regular file "
                                            f"(to read a stream, give - and redirect it to stdin)")
        if st.st_size > max_bytes:
            raise _too_large(st.st_size, max_bytes)
        try:
            return _read_limited(fh, max_bytes, st.st_size)
        except OSError as e:
            raise _oserror(shown, e) from None


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def read_input(path_or_dash: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Read and decode one input; ``"-"`` is standard input. Returns ``(text, encoding)``.

    Raises :class:`claimx.api.ClaimxError` with etype ``not_found``, ``unreadable``,
    ``binary_input``, ``too_large`` or ``decode_error``.
    """
    return decode_bytes(read_bytes(path_or_dash, max_bytes))
