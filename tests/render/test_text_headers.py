"""The ratings tables' column headers are handed to Rich as Text (render/layout.py's
``table_of``), not as plain strings, which Rich would parse for markup and emoji codes (loading
its emoji table to do so): each header gives the same Text both ways, and the tables the same
characters and styles both ways, on a terminal and in a pipe, coloured and not."""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from rich.markup import render as render_markup
from rich.table import Table
from rich.text import Text

from ratingbook.framework.render import pages
from ratingbook.framework.render import text as text_render
from ratingbook.framework.render.blocks import Column, Grid
from ratingbook.framework.render.layout import table_of
from ratingbook.framework.views import phrases

EXAMPLE = Path(__file__).parents[2] / "standards/yot/examples/example-2020.yaml"


@pytest.mark.parametrize(
    "name", sorted(n for n in dir(phrases) if n.startswith("COLUMN_")) + ["(empty)"]
)
def test_a_header_as_text_is_what_rich_makes_of_the_string(name: str) -> None:
    words = "" if name == "(empty)" else getattr(phrases, name)
    (column,) = table_of(Grid(columns=(Column(header=words),), rows=())).columns
    assert column.header == render_markup(words, emoji=True)
    assert column.header == render_markup(words, emoji=False)


def _as_strings(table: Table) -> Table:
    """The same table with every column's header given back as the plain string."""
    for column in table.columns:
        if isinstance(column.header, Text):
            column.header = column.header.plain
    return table


def _printed(renderable: object, *, color: str | None, terminal: bool, width: int) -> str:
    out = io.StringIO()
    console = Console(
        file=out,
        width=width,
        color_system=color,  # type: ignore[arg-type]
        force_terminal=terminal,
        no_color=color is None,
        highlight=False,
    )
    console.print(renderable, crop=False)
    return out.getvalue()


@pytest.fixture(scope="module")
def example_view() -> object:
    """The example's ratings view, made once: the tests print its tables in every way."""
    from ratingbook.framework import api
    from ratingbook.framework.views.ratings import ratings_view

    inspection = api.load_inspection(EXAMPLE)
    return ratings_view(api.evaluate(api.framework_for(inspection), inspection))


@pytest.fixture(scope="module")
def summaries(example_view: Any) -> tuple[object, object]:
    """The example's summary, whole and as two columns, built once: building is pure, and
    works out again how sure each rating is (40 ms of the two, where printing them is 10).
    Each test prints its own deep copy, whose headers it changes; these stay as built."""
    return text_render.render_summary(example_view), table_of(pages.narrow_summary(example_view))


@pytest.mark.parametrize("color", [None, "standard", "truecolor"])
@pytest.mark.parametrize("terminal", [False, True])
@pytest.mark.parametrize("width", [40, 100, 160])
def test_the_ratings_tables_print_the_same_with_text_or_string_headers(
    example_view: Any,
    summaries: tuple[object, object],
    color: str | None,
    terminal: bool,
    width: int,
) -> None:
    view = example_view
    summary, narrow = summaries
    builders: list[Callable[[], object]] = [
        lambda: text_render.render_ratings(view),
        lambda: copy.deepcopy(summary),
        lambda: copy.deepcopy(narrow),
    ]
    for build in builders:
        ours = build()
        tables = [ours] if isinstance(ours, Table) else _tables_in(ours)
        assert tables, "a ratings layout without a table"
        printed = _printed(ours, color=color, terminal=terminal, width=width)
        for table in tables:
            _as_strings(table)
        assert _printed(ours, color=color, terminal=terminal, width=width) == printed
        assert re.search(r"Standard", printed)


def _tables_in(renderable: object) -> list[Table]:
    """Every Table inside a renderable made of Groups and fitting layouts."""
    found: list[Table] = []
    stack = [renderable]
    while stack:
        item = stack.pop()
        if isinstance(item, Table):
            found.append(item)
        for attribute in ("renderables", "layouts", "_renderables"):
            stack.extend(getattr(item, attribute, ()) or ())
        if getattr(item, "renderable", None) is not None:
            stack.append(item.renderable)  # type: ignore[attr-defined]
    return found
