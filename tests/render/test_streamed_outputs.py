"""explain in text, Markdown and HTML, and the HTML report, written as they are made: the
same bytes as the whole output, over generated inspections (the text against Rich's own tree,
built whole); written before the explanation's last line is worked out; and the report's
case grids cut at a limit given as a parameter, with what they left out said (a golden)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text
from test_properties import PROPERTY_SETTINGS, inspections, rate

from ratingbook.framework import api
from ratingbook.framework import explain as explain_module
from ratingbook.framework.emit import _Chunks, emit
from ratingbook.framework.emit.documents import Explained, Ratings
from ratingbook.framework.render import html, markdown, plain, text
from ratingbook.framework.render.theme import ConsoleSettings, console_over
from ratingbook.framework.result import Result
from ratingbook.framework.views import explanation as explanation_views
from ratingbook.framework.views.explanation import explanation_view
from ratingbook.framework.views.ratings import ratings_view
from tests.conftest import budget

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = "standards/yot/examples/example-2020.yaml"


def _console(buffer: io.StringIO, width: int, color: bool) -> Any:
    return console_over(
        buffer,
        ConsoleSettings(
            width=width,
            color_system="truecolor" if color else None,
            terminal=color,
            no_color=not color,
        ),
    )


def _text_whole(explained: Explained, width: int, color: bool) -> str:
    """The explanation as Rich's tree, built whole and printed in one piece."""
    buffer = io.StringIO()
    console = _console(buffer, width, color)
    shown = explanation_view(
        explained.explanation, snippets=explained.snippets, repeat_snippets=False
    )
    console.print(text.render_explanation(shown), crop=False)
    console.file.flush()
    return buffer.getvalue()


def _emitted(
    explained: Explained | Ratings, fmt: str, width: int = 100, color: bool = False
) -> str:
    buffer = io.StringIO()
    console = _console(buffer, width, color) if fmt == "text" else None
    emit(explained, fmt, buffer, console=console)
    if console is not None:
        console.file.flush()
    return buffer.getvalue()


@PROPERTY_SETTINGS
@given(
    inspections(),
    st.sampled_from([None, "2.1", "3.2", "2.2.2", "1.1"]),
    st.sampled_from([None, "limiting"]),
    st.sampled_from([None, 1, 3]),
    st.sampled_from([40, 100, 160]),
    st.booleans(),
)
def test_streamed_explanations_are_the_whole_ones(
    data: dict[str, Any],
    item: str | None,
    only: str | None,
    depth: int | None,
    width: int,
    color: bool,
) -> None:
    """Text (drawn line by line against Rich's tree built whole, at several widths, with and
    without colour), Markdown and HTML (written line by line against the page made whole)."""
    result = rate(data)
    explained = Explained(
        explanation=api.explain(result, item, depth=depth, only=only), only=only, depth=depth
    )
    assert _emitted(explained, "text", width, color) == _text_whole(explained, width, color)
    shown = explanation_view(explained.explanation, repeat_snippets=False)
    assert _emitted(explained, "markdown") == markdown.render_explanation(shown)
    page = _emitted(explained, "html")
    shown = explanation_view(explained.explanation, repeat_snippets=True)
    if shown.summary is None:
        assert page == html.render_explanation(shown)
    else:
        assert page == html.render_report(ratings_view(result, only=only, depth=depth))


@settings(max_examples=budget(10), deadline=None)
@given(inspections())
def test_the_streamed_report_is_the_whole_one(data: dict[str, Any]) -> None:
    result = rate(data)
    assert _emitted(Ratings(result=result), "html") == html.render_report(ratings_view(result))


@pytest.fixture(scope="module")
def example() -> Result:
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(REPO)  # the file as named on the command line, as the goldens show it
        return api.evaluate(api.load_framework("yot-2020"), api.load_inspection(EXAMPLE))


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_an_explanation_is_written_before_its_last_line_is_worked_out(
    example: Result, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every line beneath another is pulled from a generator that counts the lines pulled;
    the stream notes the count at each write. Written at every piece (no batching), lines
    of the tree are written while the tree is still being worked out: before its last line is
    pulled, not all at the end."""
    pulled: list[int] = [0]
    at_writes: list[int] = []

    def counting(
        real: Callable[[explanation_views.Line], Iterator[explanation_views.Line]],
    ) -> Callable[[explanation_views.Line], Iterator[explanation_views.Line]]:
        def each(self: explanation_views.Line) -> Iterator[explanation_views.Line]:
            for child in real(self):
                pulled[0] += 1
                yield child

        return each

    # Both ways of reading the lines beneath work them out (HTML counts warnings first,
    # reading every line but a key question's cases).
    for name in ("each_child", "each_loud_child"):
        monkeypatch.setattr(
            explanation_views.Line, name, counting(getattr(explanation_views.Line, name))
        )
    monkeypatch.setattr(_Chunks, "LIMIT", 1)
    monkeypatch.setattr(text, "BATCH", 1)
    monkeypatch.setattr(plain, "BATCH", 1)  # text with no colour: the plain writer's batches

    class Stream:
        def write(self, written: str) -> None:
            if written:
                at_writes.append(pulled[0])

        def flush(self) -> None:
            pass

    # The overall explanation in HTML is the whole report; explain a standard there too.
    item = "2.1" if fmt == "html" else None
    emit(Explained(explanation=api.explain(example, item)), fmt, Stream())
    total = pulled[0]
    assert total > 100
    # Writes while the tree is read: more than half of them before its last line is pulled.
    during = [n for n in at_writes if 0 < n < total]
    assert len(during) > len(at_writes) / 2, (len(during), len(at_writes), total)


def _quiet_holds(line: explanation_views.Line, under_quiet: bool = False) -> int:
    """Checks, over the whole tree read line by line, that no line in a quiet line's subtree
    carries a warning, and that each line's loud lines are its lines that are not quiet, in
    order; gives the number of warnings in the tree."""
    children = list(line.each_child())
    if not under_quiet:
        loud = [c.node.label for c in line.each_loud_child()]
        assert loud == [c.node.label for c in children if not c.quiet]
    found = 0
    for c in children:
        quiet = under_quiet or c.quiet
        assert not (quiet and c.warning), c.label
        found += (1 if c.warning else 0) + _quiet_holds(c, quiet)
    return found


@settings(max_examples=budget(10), deadline=None)
@given(inspections(), st.sampled_from([None, "limiting"]))
def test_quiet_lines_carry_no_warnings(data: dict[str, Any], only: str | None) -> None:
    """What the HTML counts its warnings from (every line but the quiet ones, a key
    question's cases, which it does not work out) holds every warning of the tree."""
    tree = explanation_view(api.explain(rate(data), only=only)).tree
    assert _quiet_holds(tree.root) == tree.root.warnings_below


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_each_key_questions_cases_are_worked_out_once(
    example: Result, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The HTML reads its tree twice (to count the warnings a folded line shows, then to
    write it), but works out a key question's cases only once, as every format does."""
    worked: list[str] = []
    real = explain_module._case_lines

    def case_lines(k: Any, limiting: bool) -> Any:
        worked.append(k.id)
        return real(k, limiting)

    monkeypatch.setattr(explain_module, "_case_lines", case_lines)
    emit(Explained(explanation=api.explain(example)), fmt, io.StringIO())
    assert worked
    assert len(worked) == len(set(worked)), sorted(worked)


def test_the_report_says_which_cases_its_grids_leave_out(example: Result, golden: Any) -> None:
    """Past the most cases the report shows (given here as 12, of the example's 50), the case
    grids and each case's answers show the first cases in the data, and say how many they left
    out and which commands show them; the same section as the whole report's at the default
    limit otherwise."""
    page = html.render_report(ratings_view(example, shown_cases=12))
    section = page[page.index('<section id="cases"') : page.index('<section id="why"')]
    golden("html/report-cases-cut-at-12.html", section)
    assert "the other 38 are not shown" in section


@settings(max_examples=budget(60, long=200), deadline=None)
@given(
    st.lists(
        st.text(alphabet="ab1-,() \u2013\u00e9\u4e2d\u200b\t", max_size=40)
        | st.sampled_from(["C08-7, ", "C13-1012, ", "x" * 30, "  ", "disposal is court; "]),
        max_size=12,
    ),
    st.integers(min_value=1, max_value=50),
    st.sampled_from([None, "default", "left", "full", "right", "center"]),
    st.sampled_from([None, "fold", "crop", "ellipsis", "ignore"]),
    st.sampled_from([None, False, True]),
)
def test_a_label_wraps_as_rich_wraps_it(
    pieces: list[str], width: int, justify: Any, overflow: Any, no_wrap: bool | None
) -> None:
    """Brute force as the oracle: the explanation's labels (text.Label, which finds the
    breaks of a line of one-cell characters without measuring each word) wrap to the same
    lines, spans and styles as Rich's Text, at every width, justification and overflow."""
    ours, rich_text = text.Label(), Text()
    for i, piece in enumerate(pieces):
        style = ("heading", None, "muted")[i % 3]
        ours.append(piece, style=style)
        rich_text.append(piece, style=style)
    console = Console(width=80, color_system=None, file=io.StringIO())
    got, want = (
        t.wrap(console, width, justify=justify, overflow=overflow, no_wrap=no_wrap)
        for t in (ours, rich_text)
    )
    assert [(line.plain, line.spans, line.style, line.end) for line in got] == [
        (line.plain, line.spans, line.style, line.end) for line in want
    ]
