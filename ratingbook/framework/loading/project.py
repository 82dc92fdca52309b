"""A team's framework repository: the project file, and the versions it keeps.

A folder is a framework repository when it holds ``ratingbook.toml``, or a ``pyproject.toml``
with a ``[tool.ratingbook]`` table (the same keys in either). Every command finds the
repository it runs in by walking up from the working folder to the first such file, and the
registry (:mod:`ratingbook.framework.registry`) then knows the repository's versions by their
ids beside the shipped ones ([workspace.md](../../docs/workspace.md)).

```toml
versions = ["versions"]          # folders of .framework files (searched below, too)
sources = "sources"              # where the documents the versions cite are kept
inspections = ["inspections"]    # inspection data: what compare and the CI recipe rate
expectations = ["expectations"]  # what `ratingbook test` runs with no arguments
replaces = []                    # shipped version ids a version of the repository stands in for
```

Every key may be left out (the values above are the defaults). Folders are relative to the
project file's folder. The file is read afresh by every command, and what it leads to (which
file a version id names) is read afresh too, so a cached result never outlives a change to it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from ratingbook._record import record
from ratingbook.dsl.diagnostics import did_you_mean
from ratingbook.framework.errors import InputError

PROJECT_FILE: Final = "ratingbook.toml"
PYPROJECT: Final = "pyproject.toml"

KEYS: Final = {
    "versions": "folders of the repository's .framework files (each searched below, too)",
    "sources": "the folder of the documents the versions cite",
    "inspections": "folders of inspection data (YAML, JSON, CSV or Parquet tables)",
    "expectations": "folders (or files) of expectation files, run by `ratingbook test`",
    "replaces": "shipped version ids that a version of this repository stands in for",
}
DEFAULTS: Final = {
    "versions": ("versions",),
    "sources": ("sources",),
    "inspections": ("inspections",),
    "expectations": ("expectations",),
}
_FOLDER_LISTS: Final = ("versions", "inspections", "expectations")
_ID: Final = re.compile(r"[a-z][a-z0-9_]*-[A-Za-z0-9][A-Za-z0-9_.-]*")


@record
class Project:
    """A framework repository as its project file describes it."""

    root: Path  # the project file's folder
    file: Path  # ratingbook.toml, or the pyproject.toml holding [tool.ratingbook]
    shown: str  # the project file as messages name it
    versions: tuple[Path, ...]
    sources: Path
    inspections: tuple[Path, ...]
    expectations: tuple[Path, ...]
    replaces: tuple[str, ...]
    named: frozenset[str]  # the keys the file sets (a folder it names must exist)

    def line_of(self, key: str) -> str:
        """``FILE:LINE`` of the line setting ``key`` (the file alone when it is not set)."""
        return _line_of(self.file, self.shown, key)

    def version_files(self) -> list[Path]:
        """Every ``.framework`` file under the versions folders, in order, each once.

        Raises:
            InputError: a versions folder the project file names is not there.
        """
        found: dict[str, Path] = {}
        for folder in self.versions:
            if not folder.is_dir():
                if "versions" in self.named:
                    raise InputError(
                        f"{self.line_of('versions')}: the versions folder {_shown(folder)} is "
                        "not there; create it, or fix 'versions' in the project file"
                    )
                continue
            try:
                paths = sorted(folder.rglob("*.framework"))
            except OSError as err:
                raise InputError(f"{_shown(folder)}: cannot be read ({err.strerror})") from err
            for path in paths:
                # Not only regular files: one that cannot be read is named, never left out.
                if not any(p.startswith(".") for p in path.relative_to(folder).parts):
                    found.setdefault(os.path.realpath(path), path)
        return list(found.values())

    def existing(self, key: str) -> list[Path]:
        """The folders (or files) of ``inspections`` or ``expectations`` that are there.

        Raises:
            InputError: one the project file names is not there.
        """
        paths = self.inspections if key == "inspections" else self.expectations
        there = []
        for path in paths:
            if path.exists():
                there.append(path)
            elif key in self.named:
                raise InputError(
                    f"{self.line_of(key)}: {_shown(path)} is not there; create it, or fix "
                    f"'{key}' in the project file"
                )
        return there


def _shown(path: Path) -> str:
    from ratingbook.framework.registry import display_path

    return display_path(path)


def _line_of(file: Path, shown: str, key: str) -> str:
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return shown
    m = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", text, re.M)
    return shown if m is None else f"{shown}:{text.count(chr(10), 0, m.start()) + 1}"


# Where a TOML file could name the key path tool.ratingbook: a table's header or a dotted key
# (`[tool.ratingbook]`, `[ "tool" . ratingbook ]`, `tool.ratingbook.versions = ...`), a `[tool]`
# table (its keys unseen), or an inline table given to `tool` at the top. Quoted keys, and spaces and tabs
# around the dots, are TOML's; a key written with escapes (`"rating\u0062ook"`) is not looked for.
_NAMES_THE_TABLE: Final = re.compile(
    rb"""tool["']?[ \t]*\.[ \t]*["']?ratingbook["']?[ \t]*[.=\]]"""
    rb"""|\[[ \t]*["']?tool["']?[ \t]*\]"""
    rb"""|^[ \t]*["']?tool["']?[ \t]*=""",
    re.M,
)


def may_name_the_table(data: bytes) -> bool:
    """Whether a ``pyproject.toml`` with these bytes may hold a ``[tool.ratingbook]`` table,
    so that it is worth reading as TOML: ratingbook is named by a Python project that is not
    a framework repository (its dependencies, its scripts), and loading the TOML reader alone
    is several milliseconds of a command. Never False for a file that holds the table
    (tests/test_workspace.py checks it against the TOML reader on files hypothesis writes)."""
    return b"ratingbook" in data and _NAMES_THE_TABLE.search(data) is not None


# The project file read last, by where it is and its bytes: a command asks for it often.
_read: dict[tuple[str, str, bytes], Project | None] = {}


def _upwards(here: str) -> Iterator[Path]:
    """The folders from ``here`` (absolute) up to the root that hold a project file or a
    ``pyproject.toml``, walked as text (every command looks, often many times: building a
    path object for each folder was most of the cost)."""
    folder = here
    while True:
        if os.path.isfile(os.path.join(folder, PROJECT_FILE)) or os.path.isfile(
            os.path.join(folder, PYPROJECT)
        ):
            yield Path(folder)
        parent = os.path.dirname(folder)
        if parent == folder:
            return
        folder = parent


def find_project(start: Path | None = None) -> Project | None:
    """The framework repository the working folder (or the folder ``start``) lies in, if
    any: the first folder, walking up, that holds ``ratingbook.toml`` or a ``pyproject.toml``
    with a ``[tool.ratingbook]`` table.

    Raises:
        InputError: the project file cannot be read, is not TOML, or sets a key wrongly.
    """
    try:
        cwd = Path.cwd()
        here = os.path.abspath(start if start is not None else cwd)
    except OSError:  # the working folder was removed
        return None
    absolute = Path(os.path.abspath(cwd))
    for folder in _upwards(here):
        # Named from the working folder (../versions/2021.framework) when one lies in the
        # other, as the user names files, so that what a command prints does not depend on
        # where the repository is kept.
        if absolute.is_relative_to(folder) or folder.is_relative_to(absolute):
            folder = Path(os.path.relpath(folder, absolute))
        own, py = folder / PROJECT_FILE, folder / PYPROJECT
        if own.is_file():
            return _load(own, None)
        if py.is_file():
            try:
                data = py.read_bytes()
            except OSError:
                continue  # not ours to report: a pyproject.toml we cannot read names no project
            if may_name_the_table(data):
                found = _load(py, data)
                if found is not None:
                    return found
    return None


def _load(file: Path, data: bytes | None) -> Project | None:
    shown = _shown(file)
    if data is None:
        try:
            data = file.read_bytes()
        except OSError as err:
            raise InputError(f"{shown}: cannot be read ({err.strerror})") from err
    memo = (str(file), shown, data)
    if memo in _read:
        return _read[memo]
    import tomllib  # only where a file is found: most commands are run outside any project

    try:
        try:
            table = tomllib.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError):
            if file.name == PYPROJECT and b"tool.ratingbook" not in data:
                _read[memo] = None
                return None  # another tool's file, not ours to judge
            raise
    except UnicodeDecodeError as err:
        raise InputError(f"{shown}: is not UTF-8 text; save it as UTF-8") from err
    except tomllib.TOMLDecodeError as err:
        raise InputError(
            f"{shown}: is not a valid TOML file ({err}); fix it (docs/workspace.md shows one)"
        ) from err
    prefix = ""
    if file.name == PYPROJECT:
        tool = table.get("tool")
        if not isinstance(tool, dict) or "ratingbook" not in tool:
            _read[memo] = None
            return None
        table = tool["ratingbook"]
        prefix = "tool.ratingbook."
        if not isinstance(table, dict):
            raise InputError(
                f"{_line_of(file, shown, 'ratingbook')}: [tool.ratingbook] must be a table"
            )
    project = _project(file, shown, table, prefix)
    _read[memo] = project
    return project


def _project(file: Path, shown: str, table: dict[str, object], prefix: str) -> Project:
    root = file.parent
    for key in table:
        if key not in KEYS:
            raise InputError(
                f"{_line_of(file, shown, key)}: '{prefix}{key}' is not a setting of a framework "
                f"repository{did_you_mean(key, KEYS, quoted=True)}; the settings are "
                f"{', '.join(KEYS)} (docs/workspace.md)"
            )

    def folders(key: str) -> tuple[Path, ...]:
        value = table.get(key, list(DEFAULTS[key]))
        if isinstance(value, str):
            value = [value]
        if not (
            isinstance(value, list)
            and value
            and all(isinstance(v, str) and v.strip() for v in value)
        ):
            raise InputError(
                f"{_line_of(file, shown, key)}: '{prefix}{key}' must be a folder name or a "
                f'list of them, e.g. {key} = ["{DEFAULTS[key][0]}"]'
            )
        out = []
        for v in value:
            if os.path.isabs(v):
                raise InputError(
                    f"{_line_of(file, shown, key)}: '{prefix}{key}' names {v!r}, a folder "
                    "outside the repository; name folders relative to the project file"
                )
            out.append(root / v)
        return tuple(out)

    sources = table.get("sources", DEFAULTS["sources"][0])
    if not isinstance(sources, str) or not sources.strip() or os.path.isabs(sources):
        raise InputError(
            f"{_line_of(file, shown, 'sources')}: '{prefix}sources' must be one folder name "
            'relative to the project file, e.g. sources = "sources"'
        )
    replaces = table.get("replaces", [])
    if not (isinstance(replaces, list) and all(isinstance(r, str) for r in replaces)):
        raise InputError(
            f"{_line_of(file, shown, 'replaces')}: '{prefix}replaces' must be a list of "
            'shipped version ids, e.g. replaces = ["yot-2020"]'
        )
    for r in replaces:
        if not _ID.fullmatch(r):
            raise InputError(
                f"{_line_of(file, shown, 'replaces')}: {r!r} is not a version id; write "
                "FAMILY-VERSION, e.g. yot-2020"
            )
    return Project(
        root=root,
        file=file,
        shown=shown,
        versions=folders("versions"),
        sources=root / sources,
        inspections=folders("inspections"),
        expectations=folders("expectations"),
        replaces=tuple(dict.fromkeys(replaces)),
        named=frozenset(table),
    )
