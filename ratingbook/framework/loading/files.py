"""The one way ratingbook reads a file a user gives it: framework, inspection, expectations, stdin.

Every file is read here, and refused here with a message that names it (and the line and
column, where there is one) when it is not something the tool can use:

- **not there, a folder, or not a regular file**: a FIFO, a device (``/dev/zero``) or a socket
  would block or never end; only standard input (``-``) may be a pipe. A FIFO is opened
  without waiting for a writer, so naming one never hangs;
- **larger than the size limit** (:data:`DEFAULT_MAX_BYTES`, raised with ``--max-bytes`` or
  the ``RATINGBOOK_MAX_BYTES`` environment variable): at most one byte more than the limit is
  ever read, from a file or from standard input;
- **unreadable** (permission denied, an I/O error): "cannot be read" with the system's reason;
- **not UTF-8** (a byte order mark at the start is accepted and dropped): the line and column
  of the first byte that is not;
- **control characters** (NUL, escape, ... and the other characters YAML does not allow in a
  document; tab, line feed and carriage return are fine): the line and column of the first.

The checks are cheap on the common path: a file is read once, and an ASCII file (the usual
case) is checked for control bytes by one ``bytes.translate``.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path
from typing import BinaryIO, Final

from ratingbook.dsl.diagnostics import Diagnostic
from ratingbook.dsl.span import Span
from ratingbook.framework import codes
from ratingbook.framework.errors import DiagnosticsError, InputError

DEFAULT_MAX_BYTES: Final = 256 * 1024 * 1024
"""The largest file read unless raised: 256 MiB, about 200,000 cases of inspection data."""

MAX_BYTES_ENV: Final = "RATINGBOOK_MAX_BYTES"

STDIN: Final = "-"
STDIN_DISPLAY: Final = "<stdin>"

# What YAML 1.1 allows in a document (and so what any of ratingbook's files may hold): tab,
# line feed, carriage return, the printable ASCII range, NEL and the printable rest of Unicode.
_PRINTABLE_ASCII: Final = bytes(range(0x20, 0x7F)) + b"\t\n\r"
CONTROL: Final = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"
)
"""The characters refused: the controls but tab, line feed, carriage return and NEL, the
surrogates, U+FFFE and U+FFFF. Named as the refused, not the allowed, whose ranges span the
whole of Unicode: compiling those took 4 ms of every command that read a file not in ASCII
(tests/test_robustness.py holds the two equal at every code point)."""
_BOM: Final = b"\xef\xbb\xbf"


def max_bytes() -> int:
    """The size limit in force: ``RATINGBOOK_MAX_BYTES`` when set, else the default.

    Raises:
        InputError: the variable is set to something that is not a positive whole number.
    """
    raw = os.environ.get(MAX_BYTES_ENV)
    if raw is None or not raw.strip():
        return DEFAULT_MAX_BYTES
    try:
        value = int(raw.strip().replace("_", ""))
    except ValueError:
        value = 0
    if value < 1:
        raise InputError(
            f"{MAX_BYTES_ENV}={raw!r}: expected a positive whole number of bytes "
            f"(the default is {DEFAULT_MAX_BYTES})"
        )
    return value


def set_max_bytes(value: int) -> None:
    """Raise (or lower) the size limit for this process and the processes it starts."""
    os.environ[MAX_BYTES_ENV] = str(value)


def _too_large(display: str, limit: int) -> InputError:
    return InputError(
        f"{display}: larger than the limit of {limit:,} bytes; if the file is meant to be this "
        f"large, raise the limit with --max-bytes or {MAX_BYTES_ENV}"
    )


def _read_stream(stream: BinaryIO, display: str, limit: int, first: int = 1 << 20) -> bytes:
    """The stream's bytes, read ``first`` bytes at once (a regular file: its size and one
    more, so that it is read in one go and not copied again), then a megabyte at a time."""
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = stream.read(min(first if not chunks else 1 << 20, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise _too_large(display, limit)
    return b"".join(chunks)


def _stdin_bytes(limit: int) -> bytes:
    stream = sys.stdin
    if stream is None:
        raise InputError(f"{STDIN_DISPLAY}: standard input is closed; give a file instead of '-'")
    raw: BinaryIO | None = getattr(stream, "buffer", None)
    if raw is None:  # a text stream without bytes underneath (as in some test runners)
        return _read_stream_text(stream.read(limit + 1), limit)
    try:
        return _read_stream(raw, STDIN_DISPLAY, limit)
    except OSError as err:
        raise InputError(f"{STDIN_DISPLAY}: cannot be read ({err.strerror or err})") from err


def _read_stream_text(text: str, limit: int) -> bytes:
    data = text.encode("utf-8", "surrogateescape")
    if len(data) > limit:
        raise _too_large(STDIN_DISPLAY, limit)
    return data


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_bytes(
    path: str | Path, display: str | None = None, *, what: str = "a file", limit: int | None = None
) -> bytes:
    """The bytes of a regular file (``-``: standard input), at most the size limit.

    ``what`` names the kind of file in messages ("an inspection file"); ``limit`` replaces the
    size limit in force (the cache reads its own entries under its own).

    Raises:
        InputError: the file is missing, not a regular file, too large or cannot be read.
    """
    limit = max_bytes() if limit is None else limit
    shown = display or str(path)
    if str(path) == STDIN:
        return _stdin_bytes(limit)
    if not str(path).strip():  # never the current folder, never a file named by nothing
        raise InputError(f"{str(path)!r}: an empty path; name {what}")
    try:
        # Without O_NONBLOCK, opening a FIFO waits for a writer: it is refused below instead.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as err:
        hint = " (use '-' to read from stdin)" if what == "an inspection file" else ""
        raise InputError(f"{shown}: no such file; check the path{hint}") from err
    except IsADirectoryError as err:
        raise InputError(f"{shown}: is a directory, not {what}") from err
    except OSError as err:
        if os.path.isdir(path):  # a folder found in a corpus that cannot be listed
            raise InputError(
                f"{shown}: a folder that cannot be read ({err.strerror or err}); nothing in it "
                "was looked at: give it read permission, or leave it out"
            ) from err
        raise InputError(f"{shown}: cannot be read ({err.strerror or err})") from err
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{shown}: is a directory, not {what}")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(
                f"{shown}: is {_kind(info.st_mode)}, not a regular file; name a file "
                "(only '-', standard input, may be a pipe)"
            )
        if info.st_size > limit:
            raise _too_large(shown, limit)
        with os.fdopen(fd, "rb", closefd=False) as f:
            return _read_stream(f, shown, limit, max(1 << 20, info.st_size + 1))
    except OSError as err:
        raise InputError(f"{shown}: cannot be read ({err.strerror or err})") from err
    finally:
        os.close(fd)


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """The 1-based line and column (in characters) of a byte offset."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", "replace"))
    return data.count(b"\n", 0, offset) + 1, column + 1


def _refusal(display: str, line: int, col: int, message: str) -> DiagnosticsError:
    # No excerpt: the line holds what cannot be shown.
    span = Span(display, line, col, line, col + 1)
    return DiagnosticsError(
        [Diagnostic.error(codes.INPUT_TEXT, message, span)], {}, f"{display}: not read"
    )


def decode(data: bytes, display: str) -> str:
    """UTF-8 text (a leading byte order mark dropped), with no control characters.

    Raises:
        DiagnosticsError: at the line and column of the first byte that is not UTF-8, or of
            the first control character.
    """
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    if ascii_text(data, display):
        return data.decode("ascii")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line, col = _position(data, err.start)
        bad = data[err.start : err.start + 1].hex()
        raise _refusal(
            display,
            line,
            col,
            f"not UTF-8 text (byte 0x{bad}: {err.reason}); save the file as UTF-8",
        ) from err
    match = CONTROL.search(text) if _may_hold_control(data) else None
    if match is not None:
        line, col = _position(data, len(text[: match.start()].encode("utf-8")))
        raise _control(display, line, col, match.group())
    return text


# Every byte but those of C0 controls (tab, line feed and carriage return allowed) and DEL.
_NOT_C0: Final = bytes(range(0x20, 0x7F)) + b"\t\n\r" + bytes(range(0x80, 0x100))


def _may_hold_control(data: bytes) -> bool:
    """Whether UTF-8 bytes may hold a character :data:`CONTROL` refuses: a C0 control or DEL
    (a byte of its own), a C1 control (0xC2 then its second byte, as for any character up to
    U+00BF), U+FFFE or U+FFFF; a surrogate is not UTF-8. Searching the bytes so is about ten
    times quicker than the search of the text, which is left to say which and where."""
    return bool(
        data.translate(None, _NOT_C0)
        or b"\xc2" in data
        or b"\xef\xbf\xbe" in data
        or b"\xef\xbf\xbf" in data
    )


def ascii_text(data: bytes, display: str) -> bool:
    """Whether the bytes are ASCII: then :func:`decode` gives them as they are, a character
    a byte, so a reader may keep the bytes and find its offsets in them.

    Raises:
        DiagnosticsError: at the first control character, as :func:`decode` does.
    """
    if not data.isascii():
        return False
    if data.translate(None, _PRINTABLE_ASCII):
        match = CONTROL.search(data.decode("ascii"))
        assert match is not None
        line, col = _position(data, match.start())
        raise _control(display, line, col, match.group())
    return True


def _control(display: str, line: int, col: int, char: str) -> DiagnosticsError:
    return _refusal(
        display,
        line,
        col,
        f"control character U+{ord(char):04X} in the text; remove it (only tab, line feed "
        "and carriage return are allowed)",
    )


def read_text(path: str | Path, display: str | None = None, *, what: str = "a file") -> str:
    """A file's text (``-``: standard input), read and checked as :func:`read_bytes` and
    :func:`decode` say."""
    shown = display or (STDIN_DISPLAY if str(path) == STDIN else str(path))
    return decode(read_bytes(path, shown, what=what), shown)
