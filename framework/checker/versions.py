"""Versions written as changes: a version is its base merged with restatements and removals."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ratingbook.dsl import Diagnostic, ast
from ratingbook.framework import codes

# Rule sections: restating any statement of a section replaces the whole section of the base.
_SECTIONS: tuple[tuple[type, ...], ...] = (
    (ast.RatingDecl,),
    (ast.RoundingDecl,),
    (ast.BandDecl,),
    (ast.OverallBandDecl, ast.OverallScaleDecl),
    (ast.DiscretionDecl,),
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


def _texts_restated(base: ast.ItemDecl, new: ast.ItemDecl) -> list[tuple[str, ast.Text, ast.Text]]:
    """Each published text the restatement gives, paired with the base version's."""
    pairs: list[tuple[str, ast.Text, ast.Text]] = [("wording", base.text, new.text)]
    for name in ("intro", "statement", "relevance"):
        old, now = getattr(base, name), getattr(new, name)
        if old is not None and now is not None:
            pairs.append((f"{name} text", old, now))
    old_chars = {c.rating: c.text for c in base.characteristics}
    for c in new.characteristics:
        if c.rating in old_chars:
            pairs.append((f"{c.rating} characteristics text", old_chars[c.rating], c.text))
    return pairs


def _restate(base: ast.ItemDecl, new: ast.ItemDecl, problems: list[Diagnostic]) -> ast.ItemDecl:
    changes: dict[str, object] = {"text": new.text, "span": new.span, "id_span": new.id_span}
    for name in _ITEM_CLAUSES:
        value = getattr(new, name)
        if value is not None:
            changes[name] = value
            if name == "rated_by":
                changes["rated_by_span"] = new.rated_by_span
    if new.where_applicable:
        changes["where_applicable"] = True
    if new.characteristics:
        changes["characteristics"] = new.characteristics
    if new.says:
        changes["says"] = new.says
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
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _descends(item_id: str, ancestor: str) -> bool:
    return item_id == ancestor or item_id.startswith(ancestor + ".")


def merge(
    base: Sequence[ast.Statement], derived: Sequence[ast.Statement]
) -> tuple[list[ast.Statement], list[Diagnostic]]:
    """Apply ``derived`` (a version's own statements) on top of its base's merged statements."""
    problems: list[Diagnostic] = []
    out = list(base)

    for section in _SECTIONS:
        if any(isinstance(s, section) for s in derived):
            out = [s for s in out if not isinstance(s, section)]

    for stmt in derived:
        if isinstance(stmt, ast.FrameworkDecl):
            out = [s for s in out if not isinstance(s, ast.FrameworkDecl)]
            out.insert(0, stmt)
        elif isinstance(stmt, (ast.SourceDecl, ast.AttributeDecl)):
            key = stmt.id if isinstance(stmt, ast.SourceDecl) else stmt.name
            idx = next(
                (
                    i
                    for i, s in enumerate(out)
                    if type(s) is type(stmt)
                    and (s.id if isinstance(s, ast.SourceDecl) else s.name) == key
                ),
                None,
            )
            if idx is None:
                out.append(stmt)
            else:
                out[idx] = stmt
        elif isinstance(stmt, ast.ItemDecl):
            idx = next(
                (
                    i
                    for i, s in enumerate(out)
                    if isinstance(s, ast.ItemDecl) and s.id == stmt.id and s.kind == stmt.kind
                ),
                None,
            )
            if idx is None:
                out.append(stmt)
            else:
                out[idx] = _restate(out[idx], stmt, problems)  # type: ignore[arg-type]
        elif isinstance(stmt, ast.RemoveDecl):
            present = any(
                isinstance(s, ast.ItemDecl) and s.id == stmt.id and s.kind == stmt.kind for s in out
            )
            if not present:
                problems.append(
                    Diagnostic.error(
                        codes.BAD_REMOVE,
                        f"cannot remove {stmt.kind} {stmt.id}: the base version has no such item",
                        stmt.span,
                    )
                )
                continue
            out = [s for s in out if not (isinstance(s, ast.ItemDecl) and _descends(s.id, stmt.id))]
        else:
            out.append(stmt)
    return out, problems
