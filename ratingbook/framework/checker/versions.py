"""Versions written as changes: a version is its base merged with restatements and removals."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from functools import partial

from ratingbook.dsl import Diagnostic, ast
from ratingbook.framework import codes
from ratingbook.framework.ids import next_free, parent

# Rule sections: restating any statement of a section replaces the whole section of the base.
_SECTIONS: tuple[tuple[type, ...], ...] = (
    (ast.RatingDecl,),
    (ast.RoundingDecl,),
    (ast.BandDecl,),
    (ast.OverallBandDecl, ast.OverallScaleDecl, ast.OverallRuleDecl),
    (ast.LimitDecl,),
    (ast.DiscretionDecl,),
    (ast.SamplingDecl,),
)
_ITEM_CLAUSES = (
    "intro",
    "statement",
    "applies",
    "relevance",
    "rated_by",
    "no_prompts",
)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _texts_restated(
    base: ast.ItemDecl, new: ast.ItemDecl | ast.ChangeDecl
) -> list[tuple[str, ast.Text, ast.Text]]:
    """Each published text the restatement gives, paired with the base version's."""
    pairs: list[tuple[str, ast.Text, ast.Text]] = []
    if new.text is not None:
        pairs.append(("wording", base.text, new.text))
    for name in ("intro", "statement", "relevance"):
        old, now = getattr(base, name), getattr(new, name)
        if old is not None and now is not None:
            pairs.append((f"{name} text", old, now))
    old_chars = {c.rating: c.text for c in base.characteristics}
    for c in new.characteristics:
        if c.rating in old_chars:
            pairs.append((f"{c.rating} characteristics text", old_chars[c.rating], c.text))
    return pairs


def _whitespace_only(
    base: ast.ItemDecl, new: ast.ItemDecl | ast.ChangeDecl, problems: list[Diagnostic]
) -> None:
    for label, old_text, new_text in _texts_restated(base, new):
        if old_text.value != new_text.value and _norm(old_text.value) == _norm(new_text.value):
            problems.append(
                Diagnostic.warning(
                    codes.WHITESPACE_ONLY,
                    f"{new.kind} {new.id}: the {label} differs from the base version only in "
                    "whitespace; restate it exactly or change the words",
                    new_text.span,
                )
            )


_CLEARED: dict[str, object] = {
    "intro": None,
    "statement": None,
    "applies": None,
    "relevance": None,
    "where_applicable": False,
    "rated_by": None,
    "not_scored": False,
    "characteristics": (),
    "no_prompts": None,
    "says": (),
}
_CLAUSE_WORDS = {
    "intro": "intro",
    "statement": "statement",
    "applies": "applies to",
    "relevance": "relevance",
    "where_applicable": "where applicable",
    "rated_by": "rated by",
    "not_scored": "not scored",
    "characteristics": "characteristics",
    "no_prompts": "no prompts",
    "says": "says",
}


def _apply(
    base: ast.ItemDecl, new: ast.ItemDecl | ast.ChangeDecl, problems: list[Diagnostic]
) -> ast.ItemDecl:
    """The base item with what ``new`` clears taken away and what it gives put in."""
    changes: dict[str, object] = {}
    spans = dict(zip(new.clears, new.clear_spans, strict=False))
    for cleared in new.clears:
        if getattr(base, cleared) in (None, False, ()):
            problems.append(
                Diagnostic.warning(
                    codes.BAD_CHANGE,
                    f"{new.kind} {new.id} has no '{_CLAUSE_WORDS[cleared]}' to clear",
                    spans.get(cleared, new.span),
                )
            )
        changes[cleared] = _CLEARED[cleared]
        if cleared == "rated_by":
            changes["rated_by_span"] = None
        if cleared == "no_prompts":
            changes["no_prompts_span"] = None
        if cleared == "where_applicable":
            changes["where_applicable_span"] = None
        if cleared == "not_scored":
            changes["not_scored_span"] = None
    for name in _ITEM_CLAUSES:
        value = getattr(new, name)
        if value is not None:
            changes[name] = value
            if name == "rated_by":
                changes["rated_by_span"] = new.rated_by_span
            if name == "no_prompts":
                changes["no_prompts_span"] = new.no_prompts_span
    if new.where_applicable:
        changes["where_applicable"] = True
        changes["where_applicable_span"] = new.where_applicable_span
    if new.not_scored:
        changes["not_scored"] = True
        changes["not_scored_span"] = new.not_scored_span
    if new.says:
        changes["says"] = new.says
    if new.characteristics:
        if isinstance(new, ast.ChangeDecl) and "characteristics" not in new.clears:
            # A change replaces the characteristics of the ratings it gives, no others.
            given = {c.rating for c in new.characteristics}
            kept = tuple(c for c in base.characteristics if c.rating not in given)
            changes["characteristics"] = kept + new.characteristics
        else:
            changes["characteristics"] = new.characteristics
    if new.text is not None:
        changes["text"] = new.text
    if isinstance(new, ast.ItemDecl):
        changes["span"] = new.span
        changes["id_span"] = new.id_span
    _whitespace_only(base, new, problems)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _replaces_wording(
    base: ast.ItemDecl, new: ast.ItemDecl, siblings: Callable[[], list[str]], base_id: str
) -> Diagnostic | None:
    """An error when ``new`` gives other wording, uncited, for an item the base version has:
    most likely a new item given an id that is taken, which would replace the base's wording.
    ``siblings`` gives the ids beside it, asked for only when there is an error to report."""
    if new.text.cite is not None or _norm(new.text.value) == _norm(base.text.value):
        return None
    shown = base.text.value if len(base.text.value) <= 60 else base.text.value[:57] + "..."
    where = f", {base.text.cite}" if base.text.cite is not None else ""
    return Diagnostic.error(
        codes.REPLACES_WORDING,
        f"{new.kind} {new.id} is already in {base_id} with other wording "
        f'("{shown}"{where}); this statement would replace it',
        new.id_span,
        f"to add a new {new.kind}, give it a free id such as {next_free(new.id, siblings())}",
        f'to reword {new.kind} {new.id} on purpose, write: change {new.kind} {new.id} "..."',
    )


def _removed_before(
    kind: str, item_id: str, removed: dict[tuple[str, str], tuple[str, int]]
) -> str:
    """``remove key question 2.2.3 at line 4`` when this file removed the item before, else ''."""
    found = removed.get((kind, item_id))
    return "" if found is None else f"'remove {found[0]}' at line {found[1]}"


def _nothing_to_change(
    stmt: ast.ChangeDecl, removed: dict[tuple[str, str], tuple[str, int]], base_id: str
) -> Diagnostic:
    """A change of an item that is not there: removed earlier in this file, or never in the
    base version."""
    what = f"{stmt.kind} {stmt.id}"
    gone = _removed_before(stmt.kind, stmt.id, removed)
    if gone:
        return Diagnostic.error(
            codes.BAD_CHANGE,
            f"cannot change {what}: this file removes it before, with {gone}",
            stmt.id_span,
            f"to keep {what} with this change, drop the 'remove'; to drop it, drop this 'change'",
        )
    return Diagnostic.error(
        codes.BAD_CHANGE,
        f"cannot change {what}: {base_id} has no such item",
        stmt.id_span,
        f'to add it, write it whole: {stmt.kind} {stmt.id} "WORDING"',
    )


class _Merged:
    """The statements of a merge as it goes, with the indexes that make each step cost the
    same however many items there are: the first item of each kind and id, the items of each
    id, the ids under each id, and the first source or attribute of each name. A statement
    taken away leaves a hole (None) until the end, so positions never shift."""

    def __init__(self, base: Sequence[ast.Statement]) -> None:
        self.out: list[ast.Statement | None] = []
        self.items: dict[tuple[str, str], int] = {}
        self.by_id: dict[str, list[int]] = {}
        self.children: dict[str, dict[str, None]] = {}
        self.named: dict[tuple[type, str], int] = {}
        for stmt in base:
            self.append(stmt)

    def append(self, stmt: ast.Statement) -> None:
        at = len(self.out)
        self.out.append(stmt)
        if isinstance(stmt, ast.ItemDecl):
            self.items.setdefault((stmt.kind, stmt.id), at)
            self.by_id.setdefault(stmt.id, []).append(at)
            # Every prefix of the id is linked to the one above it, so that what lies under
            # an id is found from it even where an item between them is not declared.
            below, up = stmt.id, parent(stmt.id)
            while up != below and below not in self.children.setdefault(up, {}):
                self.children[up][below] = None
                below, up = up, parent(up)
        elif isinstance(stmt, ast.SourceDecl | ast.AttributeDecl):
            self.named.setdefault((type(stmt), _name(stmt)), at)

    def find(self, kind: str, item_id: str) -> int | None:
        return self.items.get((kind, item_id))

    def named_at(self, stmt: ast.SourceDecl | ast.AttributeDecl) -> int | None:
        return self.named.get((type(stmt), _name(stmt)))

    def remove_under(self, item_id: str) -> list[ast.ItemDecl]:
        """Take away every item whose id is ``item_id`` or starts with it and a dot; those
        taken away, in the order of the statements."""
        gone: list[tuple[int, ast.ItemDecl]] = []
        pending = [item_id]
        while pending:
            current = pending.pop()
            for at in self.by_id.pop(current, []):
                item = self.out[at]
                if isinstance(item, ast.ItemDecl):
                    self.items.pop((item.kind, item.id), None)
                    gone.append((at, item))
                self.out[at] = None
            pending.extend(self.children.pop(current, {}))
        return [item for _, item in sorted(gone, key=lambda g: g[0])]

    def siblings(self, kind: str, item_id: str) -> list[str]:
        return [
            s.id
            for s in self.out
            if isinstance(s, ast.ItemDecl) and s.kind == kind and parent(s.id) == parent(item_id)
        ]

    def statements(self, header: ast.FrameworkDecl | None) -> list[ast.Statement]:
        kept = [s for s in self.out if s is not None]
        if header is None:
            return kept
        return [header, *(s for s in kept if not isinstance(s, ast.FrameworkDecl))]


def _name(stmt: ast.SourceDecl | ast.AttributeDecl) -> str:
    return stmt.id if isinstance(stmt, ast.SourceDecl) else stmt.name


def merge(
    base: Sequence[ast.Statement], derived: Sequence[ast.Statement], base_id: str = "the base"
) -> tuple[list[ast.Statement], list[Diagnostic]]:
    """Apply ``derived`` (a version's own statements) on top of its base's merged statements.

    ``base_id`` names the base version in messages (``yot-2020``). Linear in the statements:
    every lookup is by an index, never a search of what was merged so far.
    """
    problems: list[Diagnostic] = []
    # What this version's own statements add and remove, to say so when a later statement
    # of the same file names the item again.
    added: dict[tuple[str, str], int] = {}
    removed: dict[tuple[str, str], tuple[str, int]] = {}
    replaced = tuple(
        section for section in _SECTIONS if any(isinstance(s, section) for s in derived)
    )
    merged = _Merged([s for s in base if not any(isinstance(s, sec) for sec in replaced)])
    header: ast.FrameworkDecl | None = None  # the version's own, first in the result

    for stmt in derived:
        if isinstance(stmt, ast.FrameworkDecl):
            header = stmt
        elif isinstance(stmt, ast.SourceDecl | ast.AttributeDecl):
            idx = merged.named_at(stmt)
            if idx is None:
                merged.append(stmt)
            else:
                merged.out[idx] = stmt
        elif isinstance(stmt, ast.ItemDecl):
            idx = merged.find(stmt.kind, stmt.id)
            if idx is None:
                added[(stmt.kind, stmt.id)] = stmt.span.line
                merged.append(stmt)
                continue
            old = merged.out[idx]
            assert isinstance(old, ast.ItemDecl)
            if (stmt.kind, stmt.id) not in added:  # else: declared twice in this file
                siblings = partial(merged.siblings, stmt.kind, stmt.id)
                clash = _replaces_wording(old, stmt, siblings, base_id)
                if clash is not None:
                    problems.append(clash)
            merged.out[idx] = _apply(old, stmt, problems)
        elif isinstance(stmt, ast.ChangeDecl):
            idx = merged.find(stmt.kind, stmt.id)
            if idx is None:
                problems.append(_nothing_to_change(stmt, removed, base_id))
                continue
            old = merged.out[idx]
            assert isinstance(old, ast.ItemDecl)
            merged.out[idx] = _apply(old, stmt, problems)
        elif isinstance(stmt, ast.RemoveDecl):
            if merged.find(stmt.kind, stmt.id) is None:
                gone = _removed_before(stmt.kind, stmt.id, removed)
                problems.append(
                    Diagnostic.error(
                        codes.BAD_REMOVE,
                        f"cannot remove {stmt.kind} {stmt.id}: "
                        + (
                            f"this file already removes it ({gone})"
                            if gone
                            else f"{base_id} has no such item"
                        ),
                        stmt.span,
                        "drop this 'remove'" if gone else "check the id against the base version",
                    )
                )
                continue
            for item in merged.remove_under(stmt.id):
                removed[(item.kind, item.id)] = (f"{stmt.kind} {stmt.id}", stmt.span.line)
        else:
            merged.append(stmt)
    return merged.statements(header), problems
