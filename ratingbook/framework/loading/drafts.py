"""Starting a new version: ``ratingbook new ID --based-on VERSION`` writes a draft file.

The draft holds only its header (``draft`` and ``based on``), so it is its base version in
full, and it checks clean whenever its base does. Comments in it show how a change is written.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ratingbook._record import record
from ratingbook.framework import registry
from ratingbook.framework.errors import DiagnosticsError, InputError
from ratingbook.framework.loading import writing
from ratingbook.framework.loading.frameworks import check_path, resolve

_ID = re.compile(r"([a-z][a-z0-9_]*)-([A-Za-z0-9][A-Za-z0-9_.-]*)")


@record
class Draft:
    """A draft written: where, its id and its base's id."""

    path: Path
    id: str
    based_on: str


def draft_text(family: str, version: str, base_family: str, base_version: str, title: str) -> str:
    """The text of a new draft ``family-version`` based on ``base_family-base_version``."""
    title_text = title.replace("\\", "\\\\").replace('"', '\\"')
    return f"""\
# A draft of {family}-{version}, based on {base_family}-{base_version} (started with `ratingbook new`).
#
# A draft is a version being written: its new wording needs no citation (what it inherits
# keeps its citations), it has no effective date, and it is never shipped. Nothing is rated
# under it unless it is named: rate --framework FILE, compare --candidate FILE.
#
# How changes are written (see docs/dsl.md, "Versions written as changes"):
#   key question 2.1.4 "Does assessment ...?"      a new item (next free id)
#   change key question 2.2.3                     one clause changed, wording kept
#     applies to cases where harm_factors and rosh != low
#   change domain 2                               an inherited clause taken away
#     clear no prompts
#   change prompt 2.1.3.b "New wording"           a rewording
#   remove prompt 2.3.1.g                         an item dropped
#
# To adopt it: remove 'draft', add 'effective from DATE', cite where each new text was
# published, and run: ratingbook check --strict FILE

framework {family} {version} "{title_text}"
  draft
  based on {base_family} {base_version}
"""


def new_draft(new_id: str, based_on: str, output: Path | None = None) -> Draft:
    """Write a draft of ``new_id`` based on ``based_on`` (an id or a file) and check it.

    Refuses (InputError) a malformed id, a base with errors, and a file that already exists.
    """
    m = _ID.fullmatch(new_id)
    if m is None:
        raise InputError(f"'{new_id}' is not a version id: write FAMILY-VERSION, e.g. yot-2021")
    family, version = m.group(1), m.group(2)
    base_path = resolve(based_on)
    checked = check_path(base_path)
    base = checked.framework
    if base is None:
        raise DiagnosticsError(
            [d for d in checked.diagnostics if d.is_error],
            checked.sources,
            f"{based_on}: the base version has errors; fix them first (nothing was written)",
        )
    if base.id == new_id:
        raise InputError(f"{new_id} is the base version itself: give the draft a new version")
    path = output if output is not None else Path(f"{version}.framework")
    # realpath, not resolve: a loop of links is the file system's to refuse, when writing.
    if Path(os.path.realpath(path)).parent.is_relative_to(registry.standards_root().resolve()):
        raise InputError(
            f"{path}: a draft is never kept among the shipped versions (standards/); "
            "write it elsewhere with -o (nothing was written)"
        )
    known = registry.find(base.id)
    if known is None or os.path.realpath(known.path) != os.path.realpath(base_path):
        # A base is found by its id, never by a file's name: the draft could not find this one.
        raise InputError(
            f"{based_on}: a draft finds its base by id, and {base.id} is not a version known "
            "here (shipped, or kept in the framework repository you are in): start the draft "
            "inside the framework repository that keeps it (ratingbook init, docs/workspace.md)"
            if known is None
            else f"{based_on}: a draft finds its base by id, and {base.id} here is "
            f"{known.display}, not this file: base the draft on {base.id} by its id"
        )
    text = draft_text(family, version, base.family, base.version, base.title)
    writing.create_text(path, text)
    result = check_path(path)
    if not result.ok:  # a draft of a version that checks is that version: this is a bug
        raise DiagnosticsError(
            [d for d in result.diagnostics if d.is_error],
            result.sources,
            f"{path}: the new draft does not check; please report this",
        )
    return Draft(path=path, id=new_id, based_on=base.id)
