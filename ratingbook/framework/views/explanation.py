"""What an explanation tree shows, line by line: the same decisions for text, Markdown and HTML.

The tree is :mod:`~ratingbook.framework.explain`'s :class:`~ratingbook.framework.explain.Node`,
which works out what lies beneath a line only when it is first read. A :class:`Line` wraps a
node and says how it is shown (a heading or not, its check mark, the rating badge, where its
rule is written, what ``--depth`` hid); its children are wrapped as they are read, so a view
of a whole inspection costs nothing until a renderer walks it.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from dataclasses import field
from typing import TYPE_CHECKING, Final, Literal

from ratingbook._record import record
from ratingbook.framework.explain import Explanation, Node
from ratingbook.framework.phrase import Phrase, Say, said
from ratingbook.framework.views import phrases
from ratingbook.framework.views.common import (
    AuditView,
    FindingView,
    Rating,
    audit_view,
    findings,
    scale,
)
from ratingbook.framework.views.phrases import say

if TYPE_CHECKING:
    from ratingbook.framework.views.casework import StandardTable
    from ratingbook.framework.views.ratings import RatingsView

# Lines that name what they explain (the overall rating, a standard, a key question): headings.
HEADING_KINDS: Final = frozenset({"overall", "standard", "key_question", "case_record"})
# Lines whose status is a rating or a band, shown as a rating badge.
BADGE_KINDS: Final = frozenset(
    {"key_question", "band", "lowest", "judgement", "decision", "change"}
)
# Lines another part of a report can point at, by their id.
ANCHOR_KINDS: Final = frozenset({"standard", "key_question"})
NO_BAND: Final = said(Say.STATUS_NO_BAND)


CheckStatus = Literal["yes", "no", "unknown", "none"]


@record
class CheckMark:
    """Whether a rule of the discretion policy holds: its mark and what the mark means."""

    status: CheckStatus
    symbol: str
    meaning: str


CHECK_MARKS: Final = {
    "yes": CheckMark(status="yes", symbol="✓", meaning=phrases.MEANING_HOLDS),
    "no": CheckMark(status="no", symbol="✗", meaning=phrases.MEANING_DOES_NOT_HOLD),
    "unknown": CheckMark(status="unknown", symbol="?", meaning=phrases.MEANING_NOT_KNOWN),
}
NO_STATUS: Final = CheckMark(status="none", symbol="·", meaning=phrases.MEANING_NO_STATUS)


def more_text(hidden: int) -> str:
    """What ``--depth`` cut off beneath a line, and how to see it."""
    return phrases.more_lines(hidden=hidden)


@record
class Line:
    """One line of an explanation as shown; what lies beneath is read when it is asked for."""

    node: Node = field(repr=False)
    snippets: bool = True  # show the framework text of each deciding rule
    # Where a rule's text is shown only the first time (text, Markdown): the line that showed
    # each rule, by where it is written and its text; None shows it on every line (HTML). The
    # line itself is kept, not its id: a written line's node is let go, and a later node could
    # be given its id.
    shown: dict[tuple[str, str], Node] | None = field(default=None, repr=False, compare=False)

    @property
    def kind(self) -> str:
        """What the line is about (``standard``, ``band``, ``check``, ...)."""
        return self.node.kind

    @property
    def label(self) -> str:
        """The line's words."""
        return say(self.node.label)

    @property
    def heading(self) -> bool:
        """Whether the line names what it explains (shown strong)."""
        return self.node.kind in HEADING_KINDS

    @property
    def check(self) -> CheckMark | None:
        """For a rule of the discretion policy, whether it holds."""
        if self.node.kind != "check":
            return None
        status = self.node.status
        return CHECK_MARKS.get(status if isinstance(status, str) else "", NO_STATUS)

    @property
    def badge(self) -> Rating | None:
        """The rating or band the line arrives at, shown as a badge (``no band`` has no colour)."""
        status = self.node.status
        if not status or self.node.kind not in BADGE_KINDS:
            return None
        text = say(status) if isinstance(status, Phrase) else status
        return Rating(text=text, value=None if status == NO_BAND else text)

    @property
    def where(self) -> str | None:
        """Where the deciding rule is written (``file:line``), if a rule decided this line."""
        return None if self.node.rule is None else self.node.rule.where

    @property
    def snippet(self) -> str | None:
        """The deciding rule's framework text, dedented, where snippets are shown."""
        rule = self.node.rule
        if not self.snippets or rule is None or not rule.snippet:
            return None
        if self.shown is not None:
            # Lines are read in the order they are shown: the first to ask shows the text.
            first = self.shown.setdefault((rule.where, rule.snippet), self.node)
            if first is not self.node:
                return None
        return textwrap.dedent(rule.snippet)

    @property
    def warning(self) -> str | None:
        """What a reader must not miss about this line."""
        warning = self.node.warning
        return None if warning is None else say(warning)

    @property
    def more(self) -> str | None:
        """What ``--depth`` cut off beneath this line, if anything."""
        hidden = self.node.hidden
        return more_text(hidden) if hidden else None

    @property
    def anchor(self) -> str | None:
        """The id other parts of a report link to (standards and key questions)."""
        return self.node.id if self.node.id and self.node.kind in ANCHOR_KINDS else None

    @property
    def children(self) -> tuple[Line, ...]:
        """The lines beneath this one (worked out when first read)."""
        return tuple(
            Line(node=c, snippets=self.snippets, shown=self.shown) for c in self.node.children
        )

    def each_child(self) -> Iterator[Line]:
        """The lines beneath this one, worked out one at a time and not kept: for writing an
        explanation as it is made (the same lines as :attr:`children`, in the same order)."""
        for c in self.node.each_child():
            yield Line(node=c, snippets=self.snippets, shown=self.shown)

    @property
    def quiet(self) -> bool:
        """Whether neither this line nor any beneath it carries a warning (a key question's
        cases), so a count of warnings need not read them."""
        return self.node.quiet

    def each_loud_child(self) -> Iterator[Line]:
        """The lines beneath this one that are not :attr:`quiet`, in order, one at a time: the
        quiet ones (a key question's cases) are not worked out."""
        for c in self.node.each_loud_child():
            yield Line(node=c, snippets=self.snippets, shown=self.shown)

    @property
    def warnings_below(self) -> int:
        """How many lines beneath this one carry a warning."""
        return sum((1 if c.warning else 0) + c.warnings_below for c in self.each_loud_child())


@record
class Tree:
    """An explanation tree, and which of its levels start open where lines fold (HTML)."""

    root: Line
    open_levels: tuple[bool, ...]


def tree(
    node: Node, open_levels: tuple[bool, ...], *, snippets: bool = True, repeat: bool = True
) -> Tree:
    """The tree beneath ``node`` as shown, with its first levels open as ``open_levels`` says;
    ``repeat=False`` shows each rule's framework text only where it first appears."""
    shown: dict[tuple[str, str], Node] | None = None if repeat else {}
    return Tree(root=Line(node=node, snippets=snippets, shown=shown), open_levels=open_levels)


@record
class ExplanationView:
    """The explanation of one item: what it is about, the tree, and the notes on the data."""

    service: str
    framework_id: str
    framework_title: str
    framework_path: str
    inspection: str
    item: str  # the item explained, ``overall`` for the overall rating
    depth: str | None  # ``2 levels deep`` where ``--depth`` cut the tree
    only: str | None  # ``only what pulled the ratings down`` where ``--only limiting`` cut it
    summary: RatingsView | None  # the ratings first, when the overall rating is explained
    figures: StandardTable | None  # a standard's key questions and prompts, when it is explained
    tree: Tree
    findings: tuple[FindingView, ...]
    audit: AuditView  # what the result was made from
    scale: tuple[str, ...]  # the framework's ratings, best first: each one's colour


ONLY_LIMITING: Final = phrases.ONLY_LIMITING


def explanation_view(
    explanation: Explanation, *, snippets: bool = True, repeat_snippets: bool = True
) -> ExplanationView:
    """What every format shows of an explanation; its top two levels start open.

    An explanation of the overall rating starts with the ratings (what set each, what would
    move each, how sure); ``repeat_snippets=False`` quotes each rule's framework text only
    where it first appears (text and Markdown, read top to bottom).
    """
    from ratingbook.framework.views.casework import standard_table
    from ratingbook.framework.views.ratings import ratings_view

    r = explanation.result
    standard = r.standard(explanation.item) if explanation.item else None
    depth = explanation.depth
    return ExplanationView(
        service=r.service,
        framework_id=r.framework_id,
        framework_title=r.framework_title,
        framework_path=r.framework_path,
        inspection=r.inspection,
        item=explanation.item or "overall",
        depth=None if depth is None else phrases.levels_deep(depth=depth),
        only=ONLY_LIMITING if explanation.only == "limiting" else None,
        summary=ratings_view(r) if explanation.item in (None, "overall") else None,
        figures=standard_table(standard)
        if standard is not None and standard.judged is None and standard.key_questions
        else None,
        tree=tree(explanation.root, (True, True), snippets=snippets, repeat=repeat_snippets),
        findings=findings(r.diagnostics),
        audit=audit_view(r.audit),
        scale=scale(r.framework),
    )
