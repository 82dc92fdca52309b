"""What ``ratingbook diff`` shows: the sections in order with their counts, each change's words
and locations, and the summary line, the same in text and Markdown."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from ratingbook.framework.diff import Change, Diff

SECTION_TITLES: Final = {
    "added": "Items added",
    "removed": "Items removed",
    "reworded": "Wording changed",
    "applicability": "Applicability changed",
    "rules": "Rating rules changed",
    "metadata": "Version details",
}
REWORDINGS_TITLE: Final = "Recurring rewordings"
NO_DIFFERENCES: Final = "no differences"
ABSENT: Final = "(none)"  # an old or new value that is not there

WordOp = Literal["equal", "delete", "insert", "replace"]
ChangeKind = Literal["words", "added", "removed", "changed"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Words:
    """A run of words kept, deleted, inserted or replaced."""

    op: WordOp
    old: str
    new: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Location:
    """Where a change is written in one of the two versions."""

    side: Literal["old", "new"]
    where: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ChangeView:
    """One change: what changed, where, and the old and new text (or the words that differ)."""

    item: str  # "key question 2.2.1", "band Good", ...
    what: str | None  # "wording", "applies to", ...; None for an item added or removed
    locations: tuple[Location, ...]
    kind: ChangeKind  # words: a rewording word by word; else an item added, removed or changed
    words: tuple[Words, ...]
    old: str | None  # the old text (never for an item added)
    new: str | None  # the new text (never for an item removed)


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    """The changes of one kind, under their title."""

    name: str
    title: str
    changes: tuple[ChangeView, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Rewording:
    """A phrase replaced by another in several places (a change of terminology)."""

    old: str
    new: str
    times: int


@dataclass(frozen=True, slots=True, kw_only=True)
class DiffView:
    """What a version changes from another, as shown."""

    old: str
    new: str
    total: int
    counts: tuple[tuple[str, int], ...]  # each section with changes, and how many
    rewordings: tuple[Rewording, ...]
    sections: tuple[Section, ...]  # in order; only those with changes
    empty: str | None  # said when there are no changes at all


def _kind(c: Change) -> ChangeKind:
    if c.words:
        return "words"
    if c.section == "added":
        return "added"
    if c.section == "removed":
        return "removed"
    return "changed"


def _word_op(op: str) -> WordOp:
    match op:
        case "equal" | "delete" | "insert" | "replace":
            return op
    raise ValueError(f"unknown word operation {op!r}")


def change_view(c: Change) -> ChangeView:
    """One change as shown."""
    old = (Location(side="old", where=c.old_where),) if c.old_where else ()
    new = (Location(side="new", where=c.new_where),) if c.new_where else ()
    return ChangeView(
        item=c.item,
        what=None if c.section in ("added", "removed") else c.what,
        locations=old + new,
        kind=_kind(c),
        words=tuple(Words(op=_word_op(w.op), old=w.old, new=w.new) for w in c.words),
        old=None if c.section == "added" else c.old,
        new=None if c.section == "removed" else c.new,
    )


def diff_view(d: Diff) -> DiffView:
    """What text and Markdown show of a diff."""
    sections = tuple(
        Section(name=name, title=title, changes=tuple(change_view(c) for c in d.section(name)))
        for name, title in SECTION_TITLES.items()
        if d.section(name)
    )
    return DiffView(
        old=d.old,
        new=d.new,
        total=len(d.changes),
        counts=tuple((s.name, len(s.changes)) for s in sections),
        rewordings=tuple(Rewording(old=o, new=n, times=k) for o, n, k in d.phrase_changes),
        sections=sections,
        empty=None if d.changes else NO_DIFFERENCES,
    )
