"""What ``ratingbook diff`` shows: the sections in order with their counts, each change's words
and locations, an added item's clauses, and the summary line, the same in text and Markdown;
and what ``diff --summary`` shows: the counts per kind and per domain, one line per item."""

from __future__ import annotations

from typing import Final, Literal

from ratingbook._record import record
from ratingbook.framework.diff import WHOLE_VERSION, Change, Diff
from ratingbook.framework.views import phrases

SECTION_TITLES: Final = phrases.DIFF_SECTION_TITLES
# Where there is no colour (a pipe, a log, --no-color), words deleted and inserted are marked
# so that they can be told apart: "the [-child or young person-]{+child+} is".
DELETED: Final = ("[-", "-]")
INSERTED: Final = ("{+", "+}")
WHOLE_VERSION_TITLE: Final = phrases.DIFF_WHOLE_VERSION
REWORDINGS_TITLE: Final = phrases.DIFF_REWORDINGS
NO_DIFFERENCES: Final = phrases.DIFF_NO_DIFFERENCES
ABSENT: Final = "(none)"  # an old or new value that is not there

WordOp = Literal["equal", "delete", "insert", "replace"]
ChangeKind = Literal["words", "added", "removed", "changed"]


@record
class Words:
    """A run of words kept, deleted, inserted or replaced."""

    op: WordOp
    old: str
    new: str


@record
class Location:
    """Where a change is written in one of the two versions."""

    side: Literal["old", "new"]
    where: str


@record
class ChangeView:
    """One change: what changed, where, and the old and new text (or the words that differ)."""

    item: str  # "key question 2.2.1", "band Good", ...
    what: str | None  # "wording", "applies to", ...; None for an item added or removed
    locations: tuple[Location, ...]
    kind: ChangeKind  # words: a rewording word by word; else an item added, removed or changed
    words: tuple[Words, ...]
    old: str | None  # the old text (never for an item added)
    new: str | None  # the new text (never for an item removed)
    clauses: tuple[AddedClause, ...] = ()  # an added item's clauses besides its wording


@record
class AddedClause:
    """One clause of an added item: ``applies to cases where safety_factors``."""

    what: str
    value: str
    where: str | None


@record
class Section:
    """The changes of one kind, under their title."""

    name: str
    title: str
    changes: tuple[ChangeView, ...]


@record
class Rewording:
    """A phrase replaced by another in several places (a change of terminology)."""

    old: str
    new: str
    times: int


@record
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
        clauses=tuple(AddedClause(what=w, value=v, where=at) for w, v, at in c.clauses),
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


# ---------------------------------------------------------------------------- --summary


@record
class DomainLine:
    """One domain's changes, counted by kind: ``2 Court disposals: 12 reworded, 40 added``."""

    label: str  # "2 Court disposals", or WHOLE_VERSION_TITLE
    counts: tuple[tuple[str, int], ...]

    @property
    def text(self) -> str:
        return ", ".join(f"{n} {name}" for name, n in self.counts)


@record
class ItemLine:
    """One changed item: ``key question 2.2.1  reworded (wording)``."""

    item: str
    text: str


@record
class DiffSummaryView:
    """What ``diff --summary`` shows."""

    old: str
    new: str
    total: int
    counts: tuple[tuple[str, int], ...]  # each kind with changes, and how many
    domains: tuple[DomainLine, ...]
    items: tuple[ItemLine, ...]
    empty: str | None


def diff_summary_view(d: Diff) -> DiffSummaryView:
    """The counts per kind and per domain, then one line per changed item."""
    domains = tuple(
        DomainLine(
            label=WHOLE_VERSION_TITLE
            if c.domain == WHOLE_VERSION
            else " ".join(x for x in (c.domain, c.name) if x),
            counts=c.counts,
        )
        for c in d.by_domain()
    )
    items = tuple(
        ItemLine(
            item=i.item,
            text=", ".join(f"{s} ({', '.join(whats)})" if whats else s for s, whats in i.kinds),
        )
        for i in d.items()
    )
    return DiffSummaryView(
        old=d.old,
        new=d.new,
        total=len(d.changes),
        counts=tuple((s, n) for s, n in d.summary().items() if n),
        domains=domains,
        items=items,
        empty=None if d.changes else NO_DIFFERENCES,
    )
