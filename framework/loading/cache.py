"""An on-disk cache of checked frameworks and parsed files, so that a command does not parse
and check an unchanged version again.

Where: ``$RATINGBOOK_CACHE_DIR``, else ``$XDG_CACHE_HOME/ratingbook``, else
``~/.cache/ratingbook``; ``RATINGBOOK_NO_CACHE=1`` turns it off.

What: a checked framework's entry is named by a digest of the ratingbook code (a release or an
edit of the code is a miss), the path the framework was named by and its content. It lists
every file the check read or looked for (the versions it is based on, the documents they
cite) with the digest of its content, null for one that was not there, and it is used only
when every file still has that digest. A parsed file's entry is named by the code, the path
shown in its messages and its content; a version header's (what the registry lists) by the
code and the file's content. Only frameworks that check without errors are kept.

How: an entry is two lines, a JSON header (the files, the digest of the payload) and the
payload in the JSON form of :mod:`.codec`, which builds nothing but the model's own record
types; nothing is unpickled. It is written to a temporary file in the same folder and moved
into place with ``os.replace``, so a reader sees a whole entry or none. An entry that cannot
be read, is cut short, is corrupt or does not decode is a miss; a folder that cannot be made
or written is skipped: caching only saves time, it never decides a result.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ratingbook.dsl.diagnostics import Diagnostic
from ratingbook.framework.loading import codec
from ratingbook.framework.model import Framework

if TYPE_CHECKING:
    from ratingbook.dsl import ast

FORMAT: Final = "ratingbook-cache-2"

Header = tuple[str, str, str, str | None, str | None, str | None]
"""A version's header: family, version, title, effective from, until, based on (``yot-2018``)."""
ENV_DIR: Final = "RATINGBOOK_CACHE_DIR"
ENV_OFF: Final = "RATINGBOOK_NO_CACHE"


def digest(data: bytes) -> str:
    """The digest of a file's content, as entries record it."""
    return hashlib.sha256(data).hexdigest()


def file_digest(path: str | Path) -> str | None:
    """The digest of a file's content now; None when it is not there or cannot be read."""
    try:
        with open(path, "rb") as f:
            return digest(f.read())
    except OSError:
        return None


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of ratingbook's own code, which decides every result the cache keeps.

    It is made from each module's name, size and modification time (to the nanosecond), not
    its content: any release or edit of the code changes one of them, and reading every
    module at every start would cost more than the cache saves.
    """
    root = Path(__file__).resolve().parents[2]  # the folder holding dsl/ and framework/
    h = hashlib.sha256(FORMAT.encode())
    for part in ("dsl", "framework"):
        for folder, dirs, files in os.walk(root / part):
            dirs.sort()
            for name in sorted(f for f in files if f.endswith(".py")):
                stat = os.stat(os.path.join(folder, name))
                where = os.path.relpath(os.path.join(folder, name), root)
                h.update(f"{where}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
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


def key(kind: str, *parts: str) -> str:
    """The name of an entry: a digest of the code, the kind of entry and what identifies it."""
    h = hashlib.sha256(code_digest().encode())
    for part in (kind, *parts):
        h.update(b"\0" + part.encode("utf-8", "surrogateescape"))
    return h.hexdigest()


class Cache:
    """The entries in one folder: ``frameworks/KEY.json`` and ``parsed/KEY.json``."""

    __slots__ = ("root",)

    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def from_environment(cls) -> Cache | None:
        """The cache the environment names, or None when it is turned off."""
        where = folder()
        return None if where is None else cls(where)

    # ------------------------------------------------------------------ checked frameworks

    def checked(
        self, name: str
    ) -> tuple[Framework, list[Diagnostic], dict[str, str | None]] | None:
        """A checked framework, its warnings and the digest of every file it was read from,
        if every one of those files is unchanged."""
        found = self._entry(self.root / "frameworks" / f"{name}.json")
        if found is None:
            return None
        files, value = found
        if not (
            isinstance(value, tuple)
            and len(value) == 2
            and isinstance(value[0], Framework)
            and isinstance(value[1], tuple)
            and all(isinstance(d, Diagnostic) for d in value[1])
        ):
            return None
        return value[0], list(value[1]), files

    def keep_checked(
        self,
        name: str,
        files: Mapping[str, str | None],
        framework: Framework,
        diagnostics: Sequence[Diagnostic],
    ) -> None:
        """Keep a checked framework, with every file it was read from and its digest."""
        self._write(
            self.root / "frameworks" / f"{name}.json", files, (framework, tuple(diagnostics))
        )

    # ------------------------------------------------------------------ parsed files

    def parsed(self, name: str) -> tuple[ast.FrameworkFile, tuple[Diagnostic, ...]] | None:
        """A parsed file: its statements and the parser's diagnostics."""
        from ratingbook.dsl import ast

        value = self._read(self.root / "parsed" / f"{name}.json")
        if not (
            isinstance(value, tuple)
            and len(value) == 2
            and isinstance(value[0], ast.FrameworkFile)
            and isinstance(value[1], tuple)
            and all(isinstance(d, Diagnostic) for d in value[1])
        ):
            return None
        return value[0], value[1]

    def keep_parsed(
        self, name: str, tree: ast.FrameworkFile, diagnostics: Sequence[Diagnostic]
    ) -> None:
        """Keep a parsed file (the name says which content it was parsed from)."""
        self._write(self.root / "parsed" / f"{name}.json", {}, (tree, tuple(diagnostics)))

    # ------------------------------------------------------------------ version headers

    def header(self, name: str) -> Header | None:
        """A version's header fields, as :func:`keep_header` kept them."""
        value = self._read(self.root / "headers" / f"{name}.json")
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
        self._write(self.root / "headers" / f"{name}.json", {}, header)

    # ------------------------------------------------------------------ entries

    def _read(self, path: Path) -> Any:
        """An entry's payload, or None for a miss (absent, unreadable, stale or corrupt)."""
        found = self._entry(path)
        return None if found is None else found[1]

    def _entry(self, path: Path) -> tuple[dict[str, str | None], Any] | None:
        """An entry's files with their digests, and its payload; None for a miss."""
        try:
            with open(path, "rb") as f:
                head = f.readline()
                body = f.read()
        except OSError:
            return None
        try:
            header = json.loads(head)
            if not isinstance(header, dict) or header.get("format") != FORMAT:
                return None
            files = header.get("files")
            if not isinstance(files, list) or header.get("payload") != digest(body):
                return None
            for entry in files:
                if not (
                    isinstance(entry, list)
                    and len(entry) == 2
                    and isinstance(entry[0], str)
                    and (entry[1] is None or isinstance(entry[1], str))
                ):
                    return None
                if file_digest(entry[0]) != entry[1]:
                    return None
            return {p: d for p, d in files}, codec.loads(body)
        except ValueError:  # not JSON, not UTF-8, or not a form the codec writes
            return None

    def _write(self, path: Path, files: Mapping[str, str | None], value: object) -> None:
        try:
            body = codec.dumps(value).encode("utf-8")
        except codec.EncodeError:
            return
        header = {"format": FORMAT, "files": [[p, d] for p, d in files.items()]}
        header["payload"] = digest(body)
        head = json.dumps(header, ensure_ascii=False).encode("utf-8") + b"\n"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(head)
                f.write(body)
            os.replace(temporary, path)
        except OSError:
            try:
                os.unlink(temporary)
            except OSError:
                pass
