"""The shipped framework versions: ``standards/<family>/<version>.framework``, as package data."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ratingbook.dsl.diagnostics import did_you_mean

if TYPE_CHECKING:
    from ratingbook.framework.loading.cache import Header


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """A version as its header declares it (its ``framework`` statement, parsed on its own)."""

    id: str
    family: str
    version: str
    title: str
    effective_from: str | None
    effective_until: str | None
    based_on: str | None
    path: Path  # where it was read from (for a shipped version, inside the installed package)
    file: str  # its path as listed: inside the package for a shipped version (standards/...)
    display: str  # how every output names it (see display_path)


def standards_root() -> Path:
    """The folder of the shipped versions: ``ratingbook/standards`` in an installed package,
    the repository's top-level ``standards/`` in a checkout (the wheel maps the one to the
    other; docs/decisions.md D23)."""
    package = Path(__file__).resolve().parents[1]
    installed = package / "standards"
    return installed if installed.is_dir() else package.parent / "standards"


def display_path(path: str | Path) -> str:
    """How every output names a file: the one place that decides it.

    - A shipped version's file is named by its id and its path inside the package,
      ``yot-2020 standards/yot/2020.framework``, wherever and however the package is
      installed, so that a rating, a citation or an audit header made on one machine reads
      the same on any other, and never names an install folder. The id also tells it from a
      file of the same name in the working directory (a checkout beside an installed copy).
    - Any other file is the user's: named relative to the working directory when it lies
      under it (``drafts/2021.framework``, also when given as ``./drafts/../drafts/...`` or
      by its absolute path), and as given otherwise.
    """
    p = Path(path)
    entry = _shipped_at(p)
    if entry is not None:
        return entry.display
    return _as_the_user_sees_it(p)


def _as_the_user_sees_it(path: Path) -> str:
    """A user's file: relative to the working directory when it lies under it, else as given."""
    try:
        cwd = Path.cwd()
    except OSError:  # the working directory was removed
        return str(path)
    lexical = Path(os.path.normpath(cwd / path))
    if lexical.is_relative_to(cwd):
        shown = lexical.relative_to(cwd)
        # ".." was taken away by the text alone: keep it so only where it names the same file
        # (through a symbolic link, "a/link/../x" is not "a/x").
        if ".." in path.parts and not _same_file(shown, path):
            return str(path)
        return str(shown) if shown.parts else str(path)
    real, here = Path(os.path.realpath(path)), Path(os.path.realpath(cwd))
    return str(real.relative_to(here)) if real.is_relative_to(here) else str(path)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def _shipped_at(path: Path) -> Entry | None:
    """The shipped version whose file this is, if it is one."""
    if path.suffix != ".framework":
        return None
    # realpath, not resolve(): it never raises, also on a loop of links.
    real = Path(os.path.realpath(path))
    if not real.is_relative_to(os.path.realpath(standards_root())):
        return None
    return _shipped_by_file().get(real)


@lru_cache(maxsize=1)
def _shipped_by_file() -> dict[Path, Entry]:
    return {Path(os.path.realpath(e.path)): e for e in shipped()}


def header(text: str, path: Path) -> Entry | None:
    """A version as the ``framework`` statement of its text declares it (parsed on its own)."""
    display = display_path(path)
    return _entry(text, path, display, display)


def _entry(text: str, path: Path, file: str, display: str | None) -> Entry | None:
    """The header's fields as an Entry; ``display`` None: ``id file`` (a shipped version)."""
    declared = _declared(text, file)
    if declared is None:
        return None
    family, version, title, effective_from, effective_until, based_on = declared
    return Entry(
        id=f"{family}-{version}",
        family=family,
        version=version,
        title=title,
        effective_from=effective_from,
        effective_until=effective_until,
        based_on=based_on,
        path=path,
        file=file,
        display=display or f"{family}-{version} {file}",
    )


# Headers this process has read, by the digest of their text (a header is a function of it).
_headers: dict[str, Header | None] = {}


def _declared(text: str, display: str) -> Header | None:
    """The header's fields: parsed, or kept in the cache from when this content was parsed."""
    from ratingbook.framework.loading.cache import Cache, digest, key

    text_digest = digest(text.encode("utf-8", "surrogatepass"))
    if text_digest in _headers:
        return _headers[text_digest]
    store = Cache.from_environment()
    name = key("header", text_digest)
    if store is not None:
        kept = store.header(name)
        if kept is not None:
            _headers[text_digest] = kept
            return kept
    from ratingbook.dsl.parser import parse_header  # the grammar loads only when it is needed

    decl = parse_header(text, display)
    if decl is None:
        _headers[text_digest] = None
        return None
    based_on = "-".join(decl.based_on) if decl.based_on else None
    found = (
        decl.family,
        decl.version,
        decl.title,
        decl.effective_from,
        decl.effective_until,
        based_on,
    )
    if store is not None:
        store.keep_header(name, found)
    _headers[text_digest] = found
    return found


def read_header(path: Path) -> Entry | None:
    """The header of a ``.framework`` file, read by the one reading layer.

    Raises:
        InputError: the file cannot be read.
        DiagnosticsError: it is not UTF-8 text, or holds a control character.
    """
    from ratingbook.framework.loading import files

    return header(files.read_text(path, display_path(path), what="a framework file"), path)


@lru_cache(maxsize=1)
def shipped() -> tuple[Entry, ...]:
    """Every shipped version, ordered by family then effective date."""
    entries = []
    root = standards_root()
    for path in sorted(root.glob("*/*.framework")):
        inside = f"standards/{path.relative_to(root).as_posix()}"
        entry = _entry(path.read_text(encoding="utf-8"), path, inside, None)
        if entry is not None:
            entries.append(entry)
    return tuple(sorted(entries, key=lambda e: (e.family, e.effective_from or "", e.version)))


def find(framework_id: str) -> Entry | None:
    """The shipped version with this id (``yot-2020``), if any."""
    return next((e for e in shipped() if e.id == framework_id), None)


def suggest(framework_id: str) -> str:
    """``known versions: ...`` and the closest one, for messages about an unknown id."""
    known = [e.id for e in shipped()]
    return f"known versions: {', '.join(known) or 'none'}{did_you_mean(framework_id, known)}"


def in_force(on: str, family: str | None = None) -> Entry | None:
    """The shipped version in force on an ISO date (latest effective_from not after it)."""
    candidates = [
        e
        for e in shipped()
        if (family is None or e.family == family)
        and e.effective_from is not None
        and e.effective_from <= on
        and (e.effective_until is None or on <= e.effective_until)
    ]
    return max(candidates, key=lambda e: e.effective_from or "", default=None)
