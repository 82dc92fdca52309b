"""Merging a version onto its base: the indexed merge against the plain search it replaced.

``versions.merge`` keeps indexes so that a version of 20,000 items merges in time linear in
them (it used to search everything merged so far for each item). The oracle below is that
search, written as directly as possible: for any sequences of statements, both must give the
same statements in the same order and the same problems.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from hypothesis import given, settings
from hypothesis import strategies as st

from ratingbook.dsl import Diagnostic, ast
from ratingbook.framework import codes
from ratingbook.framework.checker import versions
from ratingbook.framework.ids import parent
from tests.conftest import budget


def descends(item_id: str, ancestor: str) -> bool:
    return item_id == ancestor or item_id.startswith(ancestor + ".")


def find(out: Sequence[ast.Statement], kind: str, item_id: str) -> int | None:
    return next(
        (
            i
            for i, s in enumerate(out)
            if isinstance(s, ast.ItemDecl) and s.id == item_id and s.kind == kind
        ),
        None,
    )


def siblings(out: Sequence[ast.Statement], kind: str, item_id: str) -> list[str]:
    return [
        s.id
        for s in out
        if isinstance(s, ast.ItemDecl) and s.kind == kind and parent(s.id) == parent(item_id)
    ]


def oracle(
    base: Sequence[ast.Statement], derived: Sequence[ast.Statement], base_id: str = "the base"
) -> tuple[list[ast.Statement], list[Diagnostic]]:
    """The merge as it was written before it kept indexes: a search of everything merged so
    far for each statement."""
    problems: list[Diagnostic] = []
    out = list(base)
    # What this version's own statements add and remove, to say so when a later statement
    # of the same file names the item again.
    added: dict[tuple[str, str], int] = {}
    removed: dict[tuple[str, str], tuple[str, int]] = {}

    for section in versions._SECTIONS:
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
            idx = find(out, stmt.kind, stmt.id)
            if idx is None:
                added[(stmt.kind, stmt.id)] = stmt.span.line
                out.append(stmt)
                continue
            old = out[idx]
            assert isinstance(old, ast.ItemDecl)
            if (stmt.kind, stmt.id) not in added:  # else: declared twice in this file
                found = siblings(out, stmt.kind, stmt.id)
                clash = versions._replaces_wording(old, stmt, partial(list, found), base_id)
                if clash is not None:
                    problems.append(clash)
            out[idx] = versions._apply(old, stmt, problems)
        elif isinstance(stmt, ast.ChangeDecl):
            idx = find(out, stmt.kind, stmt.id)
            if idx is None:
                problems.append(versions._nothing_to_change(stmt, removed, base_id))
                continue
            old = out[idx]
            assert isinstance(old, ast.ItemDecl)
            out[idx] = versions._apply(old, stmt, problems)
        elif isinstance(stmt, ast.RemoveDecl):
            present = any(
                isinstance(s, ast.ItemDecl) and s.id == stmt.id and s.kind == stmt.kind for s in out
            )
            if not present:
                gone = versions._removed_before(stmt.kind, stmt.id, removed)
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
            for s in out:
                if isinstance(s, ast.ItemDecl) and descends(s.id, stmt.id):
                    removed[(s.kind, s.id)] = (f"{stmt.kind} {stmt.id}", stmt.span.line)
            out = [s for s in out if not (isinstance(s, ast.ItemDecl) and descends(s.id, stmt.id))]
        else:
            out.append(stmt)
    return out, problems


KINDS = {1: "domain", 2: "standard", 3: "key question", 4: "prompt"}
IDS = ["2", "3", "2.1", "2.2", "3.1", "2.1.1", "2.1.2", "2.2.1", "2.1.1.a", "2.1.1.b", "2.2.1.a"]
ids = st.sampled_from(IDS)
words = st.sampled_from(["Is it done?", "Is it  done?", "Is it done well?", "Another?"])


def _kind(item_id: str) -> str:
    return KINDS[item_id.count(".") + 1]


texts = st.builds(
    ast.Text,
    value=words,
    cite=st.none() | st.builds(ast.Cite, source=st.just("doc"), first=st.just(1), last=st.just(1)),
)
items = ids.flatmap(
    lambda i: st.builds(
        ast.ItemDecl,
        kind=st.just(_kind(i)) | st.sampled_from(list(KINDS.values())),
        id=st.just(i),
        text=texts,
        intro=st.none() | texts,
        where_applicable=st.booleans(),
    )
)
changes = ids.flatmap(
    lambda i: st.builds(
        ast.ChangeDecl,
        kind=st.just(_kind(i)),
        id=st.just(i),
        text=st.none() | texts,
        intro=st.none() | texts,
        clears=st.sampled_from([(), ("intro",), ("where_applicable",)]),
    )
)
# Removals of the items most often present, so that what lies under them is often there too.
removes = st.sampled_from(["2", "2.1", "2.1.1"]).map(
    lambda i: ast.RemoveDecl(kind=_kind(i), id=i)  # type: ignore[arg-type]
)
others = st.one_of(
    st.builds(ast.SourceDecl, id=st.sampled_from(["a", "b"]), title=st.sampled_from(["A", "B"])),
    st.builds(
        ast.AttributeDecl, name=st.sampled_from(["x", "y"]), kind=st.sampled_from(["flag", "text"])
    ),
    st.builds(
        ast.FrameworkDecl,
        family=st.just("t"),
        version=st.sampled_from(["1", "2"]),
        title=st.just("T"),
    ),
    st.builds(ast.RatingDecl, rating=st.sampled_from(["Good", "Bad"]), score=st.integers(0, 2)),
    st.builds(
        ast.BandDecl,
        range=st.builds(ast.Range, low=st.just(0), high=st.just(100)),
        rating=st.just("Good"),
    ),
)
statements = st.lists(st.one_of(items, items, changes, removes, others), max_size=25)


@settings(
    max_examples=budget(60, long=1000),
    deadline=None,
    derandomize=True,
)
@given(base=st.lists(st.one_of(items, items, others), min_size=5, max_size=30), derived=statements)
def test_the_indexed_merge_gives_what_the_plain_search_gives(
    base: list[ast.Statement], derived: list[ast.Statement]
) -> None:
    assert versions.merge(base, derived, "t-1") == oracle(base, derived, "t-1")


def test_the_free_id_after_a_domain() -> None:
    """It used to end in an internal error: the free id after a domain has no dot in it."""
    from ratingbook.framework.ids import next_free

    assert next_free("2", ["1", "2", "3"]) == "4"
    assert next_free("2.1", ["2.1", "2.2"]) == "2.3"
