"""The shipped framework versions: ``standards/<family>/<version>.framework``, as package data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ratingbook.dsl.diagnostics import did_you_mean

_HEADER = re.compile(r'^\s*framework\s+(\S+)\s+(\S+)\s+"([^"]*)"', re.M)
_EFFECTIVE = re.compile(
    r"^\s*effective\s+from\s+(\d{4}-\d{2}-\d{2})(?:\s+until\s+(\d{4}-\d{2}-\d{2}))?", re.M
)
_BASED = re.compile(r"^\s*based\s+on\s+(\S+)\s+(\S+)", re.M)


@dataclass(frozen=True)
class Entry:
    """A shipped version as its header declares it (read without a full parse)."""

    id: str
    family: str
    version: str
    title: str
    effective_from: str | None
    effective_until: str | None
    based_on: str | None
    path: Path
    display: str


def standards_root() -> Path:
    return Path(str(resources.files("ratingbook.standards")))


def display_path(path: Path) -> str:
    """Shipped files show as ``standards/yot/2020.framework``; others as given."""
    root = standards_root()
    try:
        return str(Path("standards") / path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def read_header(path: Path) -> Entry | None:
    text = path.read_text(encoding="utf-8")
    m = _HEADER.search(text)
    if not m:
        return None
    eff = _EFFECTIVE.search(text)
    based = _BASED.search(text)
    family, version = m.group(1), m.group(2)
    return Entry(
        id=f"{family}-{version}",
        family=family,
        version=version,
        title=m.group(3),
        effective_from=eff.group(1) if eff else None,
        effective_until=eff.group(2) if eff else None,
        based_on=f"{based.group(1)}-{based.group(2)}" if based else None,
        path=path,
        display=display_path(path),
    )


@lru_cache(maxsize=1)
def shipped() -> tuple[Entry, ...]:
    """Every shipped version, ordered by family then effective date."""
    entries = []
    for path in sorted(standards_root().glob("*/*.framework")):
        entry = read_header(path)
        if entry is not None:
            entries.append(entry)
    return tuple(sorted(entries, key=lambda e: (e.family, e.effective_from or "", e.version)))


def find(framework_id: str) -> Entry | None:
    return next((e for e in shipped() if e.id == framework_id), None)


def suggest(framework_id: str) -> str:
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
