"""The shipped framework versions: ``standards/<family>/<version>.framework``, as package data."""

from __future__ import annotations

import os
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ratingbook._record import record
from ratingbook.dsl.diagnostics import did_you_mean

if TYPE_CHECKING:
    from ratingbook.framework.loading.cache import Header
    from ratingbook.framework.loading.project import Project


@record
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
    local: bool = False  # kept in the framework repository the command runs in


def standards_root() -> Path:
    """The folder of the shipped versions: ``ratingbook/standards`` in an installed package,
    the repository's top-level ``standards/`` in a checkout (the wheel maps the one to the
    other; docs/decisions.md D23)."""
    return _standards_root()


@lru_cache(maxsize=1)
def _standards_root() -> Path:
    # Found once per process, as the shipped versions are (shipped()): every load of a
    # version asked for it several times, each resolving this module's path again.
    package = Path(__file__).resolve().parents[1]
    installed = package / "standards"
    return installed if installed.is_dir() else package.parent / "standards"


def real_standards_root() -> str:
    """:func:`standards_root` with every link followed (``os.path.realpath``), worked out
    once for each folder it names."""
    return _realpath_once(str(standards_root()))


@lru_cache(maxsize=4)
def _realpath_once(path: str) -> str:
    return os.path.realpath(path)


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
    if not real.is_relative_to(real_standards_root()):
        return None
    return _shipped_by_file().get(real)


@lru_cache(maxsize=1)
def _shipped_by_file() -> dict[Path, Entry]:
    return {Path(os.path.realpath(e.path)): e for e in shipped()}


def header(text: str, path: Path, *, named: bool = True) -> Entry | None:
    """A version as the ``framework`` statement of its text declares it (parsed on its own).

    ``named`` False: its file is named as given (``str(path)``), not as outputs name it, for a
    look at many files of which few are shown (naming one looks at the file system)."""
    display = display_path(path) if named else str(path)
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
    from ratingbook.framework.loading.cache import Cache, compiled_key, digest, key

    text_digest = digest(text.encode("utf-8", "surrogatepass"))
    if text_digest in _headers:
        return _headers[text_digest]
    store = Cache.from_environment()
    if store is not None:
        # A shipped version's header is compiled with the package; any other is cached.
        kept = store.header(compiled_key("header", text_digest), compiled=True)
        if kept is not None:
            _headers[text_digest] = kept
            return kept
    name = key("header", text_digest)
    if store is not None:
        kept = store.header(name)
        if kept is not None:
            _headers[text_digest] = kept
            return kept
    found = parsed_header(text, display)
    if found is not None and store is not None:
        store.keep_header(name, found)
    _headers[text_digest] = found
    return found


def parsed_header(text: str, display: str) -> Header | None:
    """The header's fields, parsed from the text (what the cache keeps for that text)."""
    from ratingbook.dsl.parser import parse_header  # the grammar loads only when it is needed

    decl = parse_header(text, display)
    if decl is None:
        return None
    based_on = "-".join(decl.based_on) if decl.based_on else None
    return (
        decl.family,
        decl.version,
        decl.title,
        decl.effective_from,
        decl.effective_until,
        based_on,
    )


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


@record
class Known:
    """The versions a command can name by id: the shipped ones and those of the framework
    repository it runs in (a shipped version the repository replaces left out)."""

    entries: tuple[Entry, ...]
    project: Project | None
    unread: tuple[str, ...]  # the repository's .framework files with no readable header


def known(start: Path | None = None) -> Known:
    """Every version known by id where the command runs, read afresh; with ``start`` (the
    folder of a file that names a version), where that file lies: in the framework repository
    around it, or, in none, in the one the command runs in.

    Raises:
        InputError: the project file is wrong, two of its versions share an id, or one has a
            shipped version's id that the project file does not say it replaces.
    """
    from ratingbook.framework.errors import DiagnosticsError, InputError
    from ratingbook.framework.loading.project import find_project

    project = find_project(start)
    if project is None and start is not None:
        project = find_project()
    if project is None:
        return Known(entries=shipped(), project=None, unread=())
    ours: dict[str, Entry] = {}
    unread: list[str] = []
    for path in project.version_files():
        try:
            entry = read_header(path)
        except (InputError, DiagnosticsError):
            entry = None
        if entry is None:
            unread.append(display_path(path))
            continue
        entry = replace(entry, local=True)
        if entry.id in ours:
            raise InputError(
                f"{ours[entry.id].display} and {entry.display} both declare {entry.id}; a "
                "version id names one file: give one of them another version"
            )
        ours[entry.id] = entry
    shipped_ids = {e.id for e in shipped()}
    for r in project.replaces:
        if r not in shipped_ids:
            raise InputError(
                f"{project.line_of('replaces')}: replaces {r}, which is not a shipped version "
                f"(shipped: {', '.join(sorted(shipped_ids))}{did_you_mean(r, shipped_ids)}); "
                "fix 'replaces'"
            )
        if r not in ours:
            raise InputError(
                f"{project.line_of('replaces')}: replaces {r}, but no version of the repository "
                f"declares {r}; add it under the versions folder, or take {r} out of 'replaces'"
            )
    for entry in ours.values():
        if entry.id in shipped_ids and entry.id not in project.replaces:
            raise InputError(
                f"{entry.display}: declares {entry.id}, the id of a shipped version; give it "
                f"another version, or, to use it in place of the shipped one, add "
                f'replaces = ["{entry.id}"] to {project.shown}'
            )
    kept = [e for e in shipped() if e.id not in project.replaces]
    return Known(entries=(*kept, *ours.values()), project=project, unread=tuple(unread))


def find(framework_id: str, start: Path | None = None) -> Entry | None:
    """The version with this id (``yot-2020``), if any: the framework repository's own, else a
    shipped one (see :func:`known`)."""
    return next((e for e in known(start).entries if e.id == framework_id), None)


def suggest(framework_id: str, start: Path | None = None) -> str:
    """``known versions: ...`` and the closest one, for messages about an unknown id."""
    found = known(start)
    ids = [e.id for e in found.entries]
    text = f"known versions: {', '.join(ids) or 'none'}{did_you_mean(framework_id, ids)}"
    if found.unread:
        text += f" ({', '.join(found.unread)}: no version read from it; run ratingbook check on it)"
    return text


def in_force(on: str, family: str | None = None, start: Path | None = None) -> Entry | None:
    """The version in force on an ISO date (latest effective_from not after it), among the
    shipped ones and those of the framework repository the command runs in."""
    candidates = [
        e
        for e in known(start).entries
        if (family is None or e.family == family)
        and e.effective_from is not None
        and e.effective_from <= on
        and (e.effective_until is None or on <= e.effective_until)
    ]
    return max(candidates, key=lambda e: e.effective_from or "", default=None)
