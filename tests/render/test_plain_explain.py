"""The plain writer (render/plain.py) against Rich for explanations: ``explain`` as text with
no colour is the same characters drawn both ways, at every width, for the shipped inspections
(whole, a standard, a key question, what pulled the ratings down) and for explanations with
generated words (wide characters, combining marks, emoji, long words, tabs); and ``explain``
into a pipe loads no Rich module and writes the golden file."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from itertools import cycle
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Group
from test_plain import NAMES

from ratingbook.framework import api
from ratingbook.framework.render import pages, plain, text
from ratingbook.framework.render.blocks import Branches, Code, Part, para
from ratingbook.framework.render.theme import ConsoleSettings, console_over
from ratingbook.framework.views.explanation import ExplanationView, Line, explanation_view
from tests.conftest import GOLDEN, LONG, REPO, budget

EXAMPLE = "standards/yot/examples/example-2020.yaml"
SHIPPED = [
    EXAMPLE,
    *sorted(str(p.relative_to(REPO)) for p in (REPO / "standards/yot/inspections").glob("*.yaml")),
]
ITEMS: list[tuple[str | None, str | None]] = [
    (None, None),
    ("2.2", None),
    ("2.2.1", None),
    (None, "limiting"),
]
FUZZ = budget(10, long=200)


def rich_text(view: ExplanationView, width: int) -> str:
    """What Rich prints for ``view`` at ``width`` with no colour (its tree streamed, as
    ``explain`` printed it before the plain writer), trailing spaces kept."""
    buffer = io.StringIO()
    settings = ConsoleSettings(
        width=width, color_system=None, terminal=False, no_color=True, trim=False
    )
    text.print_as_made(console_over(buffer, settings), text.streamed_explanation(view))
    return buffer.getvalue()


def plain_text(view: ExplanationView, width: int) -> str:
    return "".join(line + "\n" for line in plain.lines(pages.explanation_page(view), width))


@cache
def result_of(path: str) -> Any:
    inspection = api.load_inspection(str(REPO / path))
    return api.evaluate(api.framework_for(inspection, None), inspection)


def view_of(path: str, item: str | None, only: str | None) -> ExplanationView:
    # A fresh view each time: a view's lines note which rule's text they have shown.
    explained = api.explain(result_of(path), item, only=only)  # type: ignore[arg-type]
    return explanation_view(explained, repeat_snippets=False)


# Rich is slow to draw a whole explanation (a tenth of a second for the example): the
# example's whole explanation at the widths where its layout changes (its summary swaps
# layouts at 68), each other view at one width, the other inspections whole at one;
# the generated views below take any width. RATINGBOOK_FUZZ=long draws every view of every
# inspection at every width listed.
EVERY_WIDTH = [20, 23, 37, 45, 64, 67, 68, 100, 161, 211, 250]


def widths(path: str, item: str | None, only: str | None) -> list[int]:
    if LONG:
        return EVERY_WIDTH
    if path == EXAMPLE and (item, only) == (None, None):
        return [20, 67, 68]  # at 100 columns, the golden files hold it to Rich's
    if path == EXAMPLE:
        return [37]
    return [45] if (item, only) == (None, None) else []


@pytest.mark.parametrize("path", SHIPPED)
def test_shipped_explanations_at_any_width(path: str) -> None:
    for item, only in ITEMS:
        for width in widths(path, item, only):
            got = plain_text(view_of(path, item, only), width)
            assert got == rich_text(view_of(path, item, only), width), (path, item, only, width)


# ---------------------------------------------------------------------------- generated


SNIPPETS = st.one_of(
    NAMES,
    st.lists(NAMES, max_size=4).map("\n".join),
    st.sampled_from(["\n\nstandard 1.1\n\trated by judgement\n\n", "\ufeffx\r\ny\rz", "a\x07\n"]),
)
OPTIONAL = st.one_of(st.none(), NAMES)
WORDS = st.tuples(NAMES, NAMES, OPTIONAL, OPTIONAL, st.one_of(st.none(), SNIPPETS), OPTIONAL)


class Generated:
    """A line of a shipped explanation with generated words: its label, badge, place,
    warning, rule text and note, taken in turn from ``words`` as the lines are read (both
    writers read them in the same order)."""

    def __init__(self, line: Line, words: Iterator[tuple[Any, ...]]) -> None:
        self.line, self.words = line, words
        self.label, badge, self.where, self.warning, self.snippet, self.more = next(words)
        self.check, self.heading = line.check, line.heading
        self.badge = None if line.badge is None else replace(line.badge, text=badge)

    def each_child(self) -> Iterator[Generated]:
        for child in self.line.each_child():
            yield Generated(child, self.words)


@settings(max_examples=FUZZ, deadline=None)
@given(st.data(), st.integers(min_value=20, max_value=250))
def test_generated_explanations_at_any_width(data: st.DataObject, width: int) -> None:
    path = data.draw(st.sampled_from(SHIPPED[:2]))
    item, only = data.draw(st.sampled_from(ITEMS))
    depth = data.draw(st.sampled_from([1, 2, 3]))
    words = data.draw(st.lists(WORDS, min_size=1, max_size=12))
    explained = api.explain(result_of(path), item, only=only, depth=depth)  # type: ignore[arg-type]

    def view() -> ExplanationView:
        shown = explanation_view(explained, repeat_snippets=False)
        root = Generated(shown.tree.root, cycle(words))
        return replace(shown, tree=replace(shown.tree, root=root))

    assert plain_text(view(), width) == rich_text(view(), width)


def test_explain_into_a_pipe_loads_no_rich(run_subprocess) -> None:  # type: ignore[no-untyped-def]
    # PYTHONPROFILEIMPORTTIME is -X importtime: every module imported, on the error stream.
    for golden, args in [
        ("example.txt", ["--depth", "2"]),
        ("example-2.2.txt", ["2.2"]),
        ("example-limiting.txt", ["--only", "limiting"]),
    ]:
        code, out, err = run_subprocess(
            "--width",
            "100",
            "explain",
            EXAMPLE,
            *args,
            env={"PYTHONPROFILEIMPORTTIME": "1", "NO_COLOR": "1"},
        )
        assert code == 0
        assert out == (GOLDEN / "explain" / golden).read_text(encoding="utf-8"), golden
        loaded = [line.rsplit("|", 1)[-1].strip() for line in err.splitlines() if "|" in line]
        assert "ratingbook.framework.render.plain" in loaded
        assert not [name for name in loaded if name == "rich" or name.startswith("rich.")]


class Deep:
    """A line of a tree deeper than the width has room for: its guides alone fill a line, and
    Rich draws nothing of a line with no room for it (but goes on to the lines beneath)."""

    def __init__(self, depth: int, index: int = 0) -> None:
        self.depth, self.index = depth, index

    def each_child(self) -> Iterator[Deep]:
        if self.depth < 9:
            for index in range(1 + (self.depth + self.index) % 3):
                yield Deep(self.depth + 1, index)


def _deep_label(line: Deep) -> tuple[Part, ...]:
    words = para(f"line {line.depth}.{line.index} 漢字 e\u0301 and some words", "muted")
    if line.index == 1:
        return (words, Code(text=f"rule {line.depth}\n\tsays so"))
    return (words,)


@pytest.mark.parametrize("width", [20, 21, 22, 23, 24, 25, 27, 30, 36, 41])
def test_a_tree_deeper_than_the_width(width: int) -> None:
    tree = Branches(root=Deep(0), label=_deep_label)
    drawn = plain.lines([tree], width)
    buffer = io.StringIO()
    settings = ConsoleSettings(
        width=width, color_system=None, terminal=False, no_color=True, trim=False
    )
    label = lambda line: Group(*map(text._part, _deep_label(line)))  # noqa: E731
    text.print_as_made(console_over(buffer, settings), text.StreamedTree(Deep(0), label))  # type: ignore[arg-type]
    assert "".join(line + "\n" for line in drawn) == buffer.getvalue()
