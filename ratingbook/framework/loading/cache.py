"""An on-disk cache of checked frameworks and parsed files, so that a command does not parse
and check an unchanged version again.

Where: ``$RATINGBOOK_CACHE_DIR``, else ``$XDG_CACHE_HOME/ratingbook``, else
``~/.cache/ratingbook``; ``RATINGBOOK_NO_CACHE=1`` turns it off.

What: every entry is a memo of a function of content, named by a digest of ratingbook's code
and of everything the function is given, never by the name of a file:

- ``frameworks/``: a checked framework, named by the texts of its file, of the versions under
  it and of the documents they cite (or that one could not be read), why a base is missing,
  and whether the file is among the shipped versions (:mod:`.frameworks` reads all of these
  afresh on every run, through the one reading layer, before it looks here);
- ``parsed/``: a file's statements, named by its text;
- ``facts/``: what the reading of a chain needs of a file (its header, the files it cites),
  named by its text;
- ``headers/``: a version's header (what the registry lists), named by its text;
- ``inspections/``: a clean read of inspection data (a YAML or JSON file, standard input or
  text: :mod:`.inspections`), named by the digest of its bytes, whether it is read as YAML or
  JSON, and the schema's and PyYAML's files (by size and modification time, as the code's).
  It holds the document, the cases' records and answer columns, and where the top two levels
  are written; the text itself is read afresh every run and kept with the inspection, so the
  positions a message or ``explain`` wants are found in it when first asked for. A read with
  problems is never kept: its diagnostics always come from a fresh read. Long tables and
  workbooks are not kept (see below).

An entry never holds the name of a file: the frameworks and statements are kept with
placeholder names, and the names of the run are put in when they are read.

How: an entry is two lines, a JSON header (the format, the digest of the payload) and the
payload in the JSON form of :mod:`.codec`, which builds nothing but the model's own record
types; nothing is unpickled. It is written to a temporary file in the same folder and moved
into place with ``os.replace``, so a reader sees a whole entry or none. An entry that cannot
be read, is cut short, is corrupt or does not decode is a miss; a folder that cannot be made
or written is skipped: caching only saves time, it never decides a result.

Compiled entries: ``ratingbook/compiled/`` holds the entries of the shipped versions (their
headers, facts and checked frameworks), made from their files when the package is made, as a
wheel holds compiled modules. They are named by :func:`compiled_key`: a digest of ratingbook's
version, this format and exactly the content the entry is a function of, never the code's
digest (an install's files have other modification times), so a cold cache starts from them
and a shipped file that is edited in any way, or a framework that is not shipped, misses them
and is parsed and checked as before. They are read only, never written or pruned, and only
while the cache is on; ``RATINGBOOK_NO_COMPILED=1`` leaves them unread. A test holds every one
equal to a fresh compile of the shipped files by the code of the same commit
(``tools/compile_shipped.py`` writes them again).

Size: after each write, the entries are kept within :data:`DEFAULT_LIMIT` bytes
(``RATINGBOOK_CACHE_MAX_BYTES``) by removing those used least recently (a hit marks an entry
used). A process counts the folder at its first write and keeps the count as it writes, so it
scans the folder again only when it may be over the limit; processes writing at the same time
each count again once they have written a sixteenth of the limit. ``ratingbook cache info`` and ``ratingbook cache clear`` show and empty it.

Inspection data's share: its entries take at most half the limit (:data:`INSPECTIONS_SHARE`),
their own least recently used removed past that, so a corpus larger than the share only ever
removes its own older entries, never a checked framework (which costs far more to make
again). Every clean read up to 4 MiB of text is kept, and an entry only while it is at most an
eighth of the share. Measured (docs/performance.md, "The inspection cache"): a hit reads the
shipped example in 0.7 ms against 9.7 ms afresh, 14 to 22 times quicker up to 900 cases; keeping
a read costs about 1 ms on the example's 9 (the folder made included) and 2 to 3% of larger
reads; an entry is about a third of the text. A corpus of 1,000 such files fits the share, so a
second ``compare`` of it is served from the cache; a larger corpus read again in the same
order misses (least recently used keeps the last ones read) at the small cost of writing.
Long tables (CSV, Parquet) and workbooks are not kept: their readers build their own
columns and codes, which this entry does not hold, and a table's comparison is dominated by
other work; they are read as before.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
import time
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from ratingbook._record import record
from ratingbook._version import __version__
from ratingbook.framework.errors import InputError
from ratingbook.framework.loading import codec, files

FORMAT: Final = "ratingbook-cache-3"

Header = tuple[str, str, str, str | None, str | None, str | None]
"""A version's header: family, version, title, effective from, until, based on (``yot-2018``)."""
ENV_DIR: Final = "RATINGBOOK_CACHE_DIR"
ENV_OFF: Final = "RATINGBOOK_NO_CACHE"
ENV_LIMIT: Final = "RATINGBOOK_CACHE_MAX_BYTES"
ENV_NO_COMPILED: Final = "RATINGBOOK_NO_COMPILED"

COMPILED: Final = Path(__file__).resolve().parents[2] / "compiled"
"""The shipped versions' entries, made with the package (``ratingbook/compiled``)."""

DEFAULT_LIMIT: Final = 64 * 1024 * 1024
"""The most the entries may take together unless set otherwise: 64 MiB (about 250 checked
versions of the size of yot-2020)."""

KINDS: Final = ("frameworks", "parsed", "facts", "headers", "inspections")
"""The folders of entries, one per kind; nothing else in the cache folder is touched."""

INSPECTIONS: Final = "inspections"
"""The kind of entry a read of inspection data is (:mod:`.inspections`)."""
INSPECTIONS_SHARE: Final = 2
"""Inspection data's entries take at most this fraction (1/2) of the limit: a corpus larger
than that removes its own entries used least recently, never a framework's."""
# Entries of an earlier format that may still lie there, pruned and cleared like the others.
_ENTRY_SUFFIXES: Final = (".json", ".tmp")
_BINARY: Final = getattr(os, "O_BINARY", 0)  # Windows: no translation of line ends


def digest(data: bytes) -> str:
    """The digest of a file's content, as entries record it."""
    return hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of what decides every result the cache keeps: ratingbook's own code, the
    parsing library it parses with, and the Python that runs them.

    It is made from each module's name, size and modification time (to the nanosecond), not
    its content: any release or edit of the code changes one of them, and reading every
    module at every start would cost more than the cache saves.
    """
    root = Path(__file__).resolve().parents[2]  # the folder holding dsl/ and framework/
    h = hashlib.sha256(FORMAT.encode())
    h.update(sys.version.encode())
    for part in ("dsl", "framework"):
        for folder, dirs, names in os.walk(root / part):
            dirs.sort()
            for name in sorted(f for f in names if f.endswith(".py")):
                stat = os.stat(os.path.join(folder, name))
                where = os.path.relpath(os.path.join(folder, name), root)
                h.update(f"{where}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    # Found, not imported: a warm run never loads pyparsing.
    spec = importlib.util.find_spec("pyparsing")
    origin = None if spec is None else spec.origin
    if origin:
        top = os.path.dirname(origin)
        for folder, dirs, names in os.walk(top):
            dirs.sort()
            for name in sorted(f for f in names if f.endswith(".py")):
                stat = os.stat(os.path.join(folder, name))
                where = os.path.relpath(os.path.join(folder, name), top)
                h.update(f"pyparsing/{where}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return h.hexdigest()


def folder() -> Path | None:
    """Where the cache is kept, from the environment; None when it is turned off."""
    if os.environ.get(ENV_OFF, "") not in ("", "0"):
        return None
    given = os.environ.get(ENV_DIR)
    if given:
        return Path(given)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "ratingbook"
    return Path.home() / ".cache" / "ratingbook"


def limit() -> int:
    """The most bytes the entries may take: ``RATINGBOOK_CACHE_MAX_BYTES``, else the default.

    Raises:
        InputError: the variable is set to something that is not a whole number of bytes.
    """
    raw = os.environ.get(ENV_LIMIT, "").strip()
    if not raw:
        return DEFAULT_LIMIT
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        value = -1
    if value < 0:
        raise InputError(
            f"{ENV_LIMIT}={raw[:60]!r}: expected a whole number of bytes, 0 or more "
            f"(the default is {DEFAULT_LIMIT})"
        )
    return value


def _limit_in_use() -> int:
    """The limit, or the default while the variable is not a number (``cache info`` says so)."""
    try:
        return limit()
    except InputError:
        return DEFAULT_LIMIT


def largest_inspection() -> int:
    """The most bytes one entry of inspection data may take to be kept: an eighth of their
    share of the limit, so that the share holds at least eight of the largest."""
    return _limit_in_use() // INSPECTIONS_SHARE // 8


def key(kind: str, *parts: str) -> str:
    """The name of an entry: a digest of the code, the kind of entry and what identifies it."""
    h = hashlib.sha256(code_digest().encode())
    for part in (kind, *parts):
        data = part.encode("utf-8", "surrogatepass")
        h.update(f"\0{len(data)}\0".encode() + data)
    return h.hexdigest()


def compiled_key(kind: str, *parts: str) -> str:
    """The name of a compiled entry: a digest of ratingbook's version, the format, the kind of
    entry and what identifies it (the digests of the content it is made from)."""
    h = hashlib.sha256(f"compiled\0{FORMAT}\0{__version__}".encode())
    for part in (kind, *parts):
        data = part.encode("utf-8", "surrogatepass")
        h.update(f"\0{len(data)}\0".encode() + data)
    return h.hexdigest()


def entry_bytes(body: str) -> bytes:
    """An entry as it is stored: the header line (the format and the payload's digest), then
    the payload.

    Raises:
        UnicodeEncodeError: the payload holds a lone surrogate (such a payload is not kept).
    """
    data = body.encode("utf-8")
    head = json.dumps({"format": FORMAT, "payload": digest(data)}).encode("utf-8") + b"\n"
    return head + data


def _payload(data: bytes) -> str | None:
    """The payload of a stored entry; None when it is not whole and of this format."""
    head, _, body = data.partition(b"\n")
    try:
        header = json.loads(head)
        if not (
            isinstance(header, dict)
            and header.get("format") == FORMAT
            and header.get("payload") == digest(body)
        ):
            return None
        return body.decode("utf-8")
    except ValueError:  # not JSON, not UTF-8
        return None


@record
class Info:
    """What the cache holds: where, how many entries, their size and the limit."""

    folder: Path
    entries: int
    size: int
    limit: int


# Per cache folder and kinds of entry (all of them, or inspection data's alone): their bytes
# as this process last counted them (plus what it wrote since), and what this process has
# written since that count.
_counted: dict[tuple[Path, tuple[str, ...]], list[int]] = {}


def _decoded(body: str | None) -> Any:
    """A payload decoded by :mod:`.codec`; None for none, or one that does not decode."""
    if body is None:
        return None
    try:
        return codec.loads(body)
    except codec.DecodeError:
        return None


class Cache:
    """The entries in one folder: ``KIND/KEY.json`` for each kind of :data:`KINDS`."""

    __slots__ = ("compiled", "root")

    def __init__(self, root: Path, compiled: Path | None = None) -> None:
        self.root = root
        self.compiled = compiled  # the compiled entries read before this folder's, if any

    @classmethod
    def from_environment(cls) -> Cache | None:
        """The cache the environment names, or None when it is turned off."""
        where = folder()
        if where is None:
            return None
        off = os.environ.get(ENV_NO_COMPILED, "") not in ("", "0")
        return cls(where, None if off else COMPILED)

    def compiled_text(self, kind: str, name: str) -> str | None:
        """A compiled entry's payload (``name`` from :func:`compiled_key`); None when there is
        none (a version that is not shipped, or a shipped file changed in any way)."""
        if self.compiled is None:
            return None
        try:
            with open(self.compiled / kind / f"{name}.json", "rb") as f:
                data = f.read()
        except OSError:
            return None
        return _payload(data)

    def compiled_value(self, kind: str, name: str) -> Any:
        """A compiled entry's payload decoded by :mod:`.codec`; None when there is none."""
        return _decoded(self.compiled_text(kind, name))

    # ------------------------------------------------------------------ payloads

    def text(self, kind: str, name: str) -> str | None:
        """An entry's payload, the JSON text :mod:`.codec` wrote; None for a miss."""
        path = self.root / kind / f"{name}.json"
        try:  # the one reading layer: a regular file, never past the limit, never blocking
            data = files.read_bytes(path, str(path), limit=max(_limit_in_use(), 1 << 20))
        except InputError:
            return None
        text = _payload(data)
        if text is None:
            return None
        try:  # used now: the last to be pruned
            os.utime(path)
        except OSError:
            pass
        return text

    def keep_text(self, kind: str, name: str, body: str) -> None:
        """Keep a payload (the name says what it was made from)."""
        try:
            data = entry_bytes(body)
        except UnicodeEncodeError:  # a lone surrogate: not kept
            return
        path = self.root / kind / f"{name}.json"
        # A temporary of this writer's own (made with O_EXCL, as tempfile makes one, without
        # importing tempfile and random: a cold run that writes one entry paid 3 ms for them).
        temporary = path.parent / f".{name[:16]}.{os.getpid()}.{os.urandom(6).hex()}.tmp"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o600)
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(temporary, path)
        except OSError:
            try:
                os.unlink(temporary)
            except OSError:
                pass
            return
        self._wrote(len(data), kind)

    def _wrote(self, size: int, kind: str) -> None:
        """Prune after a write, counting the folder again only when it may be over its limit.

        Scanning the whole folder after every write made a cold run over many framework files
        quadratic (a thousand files took several times longer with the cache than without).
        The count this process made is kept with what it has written since; the folder is
        scanned again when that reaches the limit, or once this process alone has written a
        sixteenth of it (other processes may have written too). Inspection data's entries
        are kept so within their share (:data:`INSPECTIONS_SHARE`) too.
        """
        most = _limit_in_use()
        if kind == INSPECTIONS:
            self._within(size, most // INSPECTIONS_SHARE, (INSPECTIONS,))
        self._within(size, most, KINDS)

    def _within(self, size: int, most: int, kinds: tuple[str, ...]) -> None:
        tally = _counted.get((self.root, kinds))
        if tally is not None and tally[0] + size <= most and tally[1] + size <= most // 16:
            tally[0] += size
            tally[1] += size
            return
        self.prune(most, kinds)

    def value(self, kind: str, name: str) -> Any:
        """An entry's payload decoded by :mod:`.codec`; None for a miss."""
        return _decoded(self.text(kind, name))

    def keep_value(self, kind: str, name: str, value: object) -> None:
        """Keep a value made of records, tuples and plain scalars."""
        try:
            body = codec.dumps(value)
        except codec.EncodeError:
            return
        self.keep_text(kind, name, body)

    # ------------------------------------------------------------------ by kind

    def checked_text(self, name: str) -> str | None:
        """A checked framework and its warnings, as JSON text with placeholder names."""
        return self.text("frameworks", name)

    def keep_checked_text(self, name: str, body: str) -> None:
        self.keep_text("frameworks", name, body)

    def parsed_text(self, name: str) -> str | None:
        """A parsed file's statements and diagnostics, as JSON text with a placeholder name."""
        return self.text("parsed", name)

    def keep_parsed_text(self, name: str, body: str) -> None:
        self.keep_text("parsed", name, body)

    def header(self, name: str, *, compiled: bool = False) -> Header | None:
        """A version's header fields, as :func:`keep_header` kept them (``compiled``: as the
        compiled entry ``name``, from :func:`compiled_key`, holds them)."""
        value = self.compiled_value("headers", name) if compiled else self.value("headers", name)
        if not (
            isinstance(value, tuple)
            and len(value) == 6
            and all(isinstance(v, str) for v in value[:3])
            and all(v is None or isinstance(v, str) for v in value[3:])
        ):
            return None
        return value

    def keep_header(self, name: str, header: Header) -> None:
        """Keep a version's header fields (the name says which content they were read from)."""
        self.keep_value("headers", name, header)

    # ------------------------------------------------------------------ size

    def _files(self, kinds: tuple[str, ...] = KINDS) -> list[tuple[float, int, Path]]:
        """Every entry of these kinds (and any temporary left by a crash) with its last use
        and size."""
        found: list[tuple[float, int, Path]] = []
        for kind in kinds:
            try:
                with os.scandir(self.root / kind) as entries:
                    for entry in entries:
                        if not entry.name.endswith(_ENTRY_SUFFIXES):
                            continue
                        try:
                            info = entry.stat(follow_symlinks=False)
                        except OSError:
                            continue
                        if entry.is_file(follow_symlinks=False):
                            found.append((info.st_mtime, info.st_size, Path(entry.path)))
            except OSError:
                continue
        return found

    def info(self) -> Info:
        """Where the cache is, how many entries it holds, their size and the limit."""
        kept = [f for f in self._files() if f[2].suffix == ".json"]
        return Info(
            folder=self.root, entries=len(kept), size=sum(f[1] for f in kept), limit=limit()
        )

    def prune(self, most: int, kinds: tuple[str, ...] = KINDS) -> int:
        """Remove the entries (of these kinds) used least recently until the rest take at
        most ``most`` bytes (a temporary file left by a crash an hour ago goes first); the
        number removed."""
        kept = self._files(kinds)
        total = sum(size for _, size, _ in kept)
        stale = time.time() - 3600
        removed = 0
        # Oldest first; a temporary of a crashed writer counts as the oldest once stale.
        for used, size, path in sorted(
            kept, key=lambda f: (not (f[2].suffix == ".tmp" and f[0] < stale), f[0])
        ):
            if total <= most and not (path.suffix == ".tmp" and used < stale):
                break
            try:
                os.unlink(path)
            except OSError:
                continue
            total -= size
            removed += 1
        _counted[(self.root, kinds)] = [total, 0]
        return removed

    def clear(self) -> int:
        """Remove every entry; the number removed. Only the cache's own folders are touched."""
        removed = 0
        for _, _, path in self._files():
            try:
                os.unlink(path)
            except OSError:
                continue
            removed += path.suffix == ".json"
        for counted in [c for c in _counted if c[0] == self.root]:
            del _counted[counted]
        for kind in KINDS:
            try:
                os.rmdir(self.root / kind)
            except OSError:
                pass
        return removed
