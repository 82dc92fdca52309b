"""What ``ratingbook show`` shows: the version's facts, how many items and rules have each
status, then each item (indented under its parent) and each rule with its clauses, the same in
text and Markdown (JSON is ``emit/records.py``'s ``contents_json``)."""

from __future__ import annotations

from typing import Final

from ratingbook._record import record
from ratingbook.framework.contents import STATUSES, Clause, Contents, Entry, Status
from ratingbook.framework.ids import KINDS
from ratingbook.framework.views import phrases
from ratingbook.framework.views.common import with_version

__all__ = ["ClauseLine", "ContentsView", "EntryBlock", "Status", "contents_view"]

# How deep each kind of item is shown: a domain at 0, a prompt at 3 (ids.KINDS's order).
DEPTH: Final[dict[str, int]] = {kind: depth for depth, kind in enumerate(KINDS)}


@record
class ClauseLine:
    """``applies to: cases where harm_factors  changed  candidate.framework:17``."""

    what: str
    value: str
    cite: str | None  # shown after the value: where the wording was published
    status: Status
    where: str | None
    emphasised: bool  # new or changed: what a reviewer looks at


@record
class EntryBlock:
    """An item or rule: its heading line and its clauses."""

    depth: int  # 0 for a domain or a rule, 3 for a prompt
    label: str  # "key question 2.2.3"
    title: str
    status: Status
    where: str | None
    clauses: tuple[ClauseLine, ...]


@record
class ContentsView:
    """A version as merged, as shown."""

    heading: str  # "yot-2020  Inspection of youth offending services"
    facts: tuple[tuple[str, str], ...]  # ("file", ...), ("based on", ...), ("effective", ...)
    counts: str  # "168 shown: 1 new, 4 changed, 2 restated, 161 inherited"
    items_title: str | None
    items: tuple[EntryBlock, ...]
    rules_title: str | None
    rules: tuple[EntryBlock, ...]


def _clause(c: Clause) -> ClauseLine:
    return ClauseLine(
        what=c.what,
        value=c.value,
        cite=c.cite,
        status=c.status,
        where=c.where,
        emphasised=c.status in ("new", "changed"),
    )


def _block(e: Entry, depth: int) -> EntryBlock:
    return EntryBlock(
        depth=depth,
        label=e.label,
        title=e.title,
        status=e.status,
        where=e.where,
        clauses=tuple(_clause(c) for c in e.clauses),
    )


def contents_view(c: Contents) -> ContentsView:
    """What text and Markdown show of a version's contents."""
    facts = [(phrases.CONTENTS_FILE, c.path)]
    if c.based_on is not None:
        base = with_version(c.based_on, c.base_path) if c.base_path else c.based_on
        facts.append((phrases.BASED_ON, base))
    else:
        facts.append((phrases.BASED_ON, phrases.CONTENTS_NO_BASE))
    dates = phrases.contents_dates(effective_from=c.effective_from, until=c.effective_until)
    facts.append((phrases.CONTENTS_EFFECTIVE_FROM, dates))
    if c.selection:
        facts.append((phrases.CONTENTS_SHOWING, c.selection))
    counts = c.counts()
    return ContentsView(
        heading=f"{c.id}  {c.title}",
        facts=tuple(facts),
        counts=phrases.contents_counts(counts=[(s, counts[s]) for s in STATUSES]),
        items_title=phrases.CONTENTS_ITEMS_TITLE if c.items else None,
        items=tuple(_block(e, DEPTH.get(e.kind, 0)) for e in c.items),
        rules_title=phrases.CONTENTS_RULES_TITLE if c.rules else None,
        rules=tuple(_block(e, 0) for e in c.rules),
    )
