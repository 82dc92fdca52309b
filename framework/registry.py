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
    path: Path
    display: str


def standards_root() -> Path:
    """The folder of the shipped versions (``ratingbook/standards``)."""
    import ratingbook.standards

    return Path(ratingbook.standards.__file__).parent


def display_path(path: Path) -> str:
    """Shipped files show as ``standards/yot/2020.framework``; others as given.

    The short name is used only when it does not point at another file: run from a checkout
    with an installed copy of ratingbook, ``standards/yot/2020.framework`` in the current
    folder is the checkout's file, which may differ from the installed one that was read,
    so the installed file is named by its full path, and every citation points at the file
    that was actually read.
    """
    root = standards_root()
    # realpath, not resolve(): it never raises, also on a loop of links.
    real = os.path.realpath(path)
    try:
        short = Path("standards") / Path(real).relative_to(os.path.realpath(root))
    except ValueError:
        return str(path)
    try:
        elsewhere = short.exists() and not short.samefile(path)
    except OSError:
        elsewhere = False
    return real if elsewhere else str(short)


def header(text: str, path: Path) -> Entry | None:
    """A version as the ``framework`` statement of its text declares it (parsed on its own)."""
    display = display_path(path)
    declared = _declared(text, display)
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
        display=display,
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
    for path in sorted(standards_root().glob("*/*.framework")):
        entry = read_header(path)
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
