"""The view layer: what every format shows is decided once, and text, Markdown and HTML agree.

The agreement tests render every shipped inspection (under its own version and under both
shipped versions) in the three formats and read back, for every standard, the discretion mark
and the banded rating each format shows; they must match each other and what the Result says.
The unit tests pin each view function, and the last tests hold the layering: views import no
renderer, renderers import no Result.
"""

from __future__ import annotations

import ast
import functools
import io
import re
from collections.abc import Iterator
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rich.console import Console, RenderableType

from ratingbook import evaluate, load_framework, load_inspection, to_json
from ratingbook.dsl import Diagnostic
from ratingbook.dsl.codes import SYNTAX
from ratingbook.framework import explain as explain_module
from ratingbook.framework import registry
from ratingbook.framework.app.corpus import compare
from ratingbook.framework.diff import SECTIONS, diff
from ratingbook.framework.emit.records import diff_summary_json
from ratingbook.framework.expectations import Expectation, Mismatch, Outcome
from ratingbook.framework.explain import Node, build
from ratingbook.framework.loading.frameworks import check, framework_for
from ratingbook.framework.loading.inspections import load_inspection_text
from ratingbook.framework.phrase import quoted
from ratingbook.framework.render import diffs, html, markdown, reports, text
from ratingbook.framework.render.theme import THEME
from ratingbook.framework.result import Result, StandardResult
from ratingbook.framework.views.common import APPLIED, ELIGIBLE, plural, rating, sentence
from ratingbook.framework.views.comparison import comparison_view
from ratingbook.framework.views.diff import (
    DELETED,
    INSERTED,
    SECTION_TITLES,
    diff_summary_view,
    diff_view,
)
from ratingbook.framework.views.explanation import (
    BADGE_KINDS,
    CHECK_MARKS,
    NO_STATUS,
    Line,
    explanation_view,
    more_text,
)
from ratingbook.framework.views.ratings import (
    Band,
    banded,
    chart_row,
    discretion_notes,
    mark,
    overall_row,
    ratings_view,
    set_by,
)
from ratingbook.framework.views.reports import checked_file, expectations_report, frameworks_view
from ratingbook.framework.views.testrun import test_run_view

REPO = Path(__file__).resolve().parents[2]
INSPECTIONS = sorted(
    str(p.relative_to(REPO))
    for p in [
        *REPO.glob("standards/yot/inspections/*.yaml"),
        *REPO.glob("standards/yot/examples/*.yaml"),
    ]
)
WM = "standards/yot/inspections/windsor-maidenhead-2020.yaml"
EXAMPLE = "standards/yot/examples/example-2020.yaml"
VERSIONS = [None, "yot-2018", "yot-2020"]  # None: the version the data names

_results: dict[tuple[str, str | None], Result] = {}


def rated(path: str, version: str | None = None) -> Result:
    """The inspection rated under ``version`` (or its own), once per test session."""
    key = (path, version)
    if key not in _results:
        inspection = load_inspection(path)
        fw = load_framework(version) if version else framework_for(inspection, None)
        _results[key] = evaluate(fw, inspection)
    return _results[key]


_ratings_outputs: dict[tuple[str, str | None], dict[str, str]] = {}


def ratings_outputs(path: str, version: str | None) -> dict[str, str]:
    """The ratings of ``rated(path, version)`` as text (plain), Markdown and the HTML report,
    made once per test session: three tests read each."""
    key = (path, version)
    if key not in _ratings_outputs:
        view = ratings_view(rated(path, version))
        _ratings_outputs[key] = {
            "text": plain(text.render_ratings(view)),
            "markdown": markdown.render_ratings(view),
            "html": html.render_report(view),
        }
    return _ratings_outputs[key]


def plain(renderable: RenderableType, width: int = 500) -> str:
    """A Rich renderable as plain text, wide enough that no table cell wraps."""
    console = Console(
        theme=THEME,
        file=io.StringIO(),
        width=width,
        no_color=True,
        color_system=None,
        highlight=False,
    )
    console.print(renderable, crop=False)
    out = console.file
    assert isinstance(out, io.StringIO)
    return out.getvalue()


# ---------------------------------------------------------------------------- reading outputs back

Shown = dict[str, tuple[str, str, str]]  # standard id -> (rating, mark, banded)


def _split_mark(cell: str) -> tuple[str, str]:
    for symbol in (APPLIED.symbol, ELIGIBLE.symbol):
        if cell.endswith(f" {symbol}"):
            return cell[: -len(symbol) - 1], symbol
    return cell, ""


def text_rows(out: str) -> Shown:
    """Each standard's rating, mark and banded rating, from the text table."""
    lines = out.splitlines()
    header = next(line for line in lines if "Standard" in line and "Set by" in line)
    rating_at, banded_at = header.index("Rating"), header.index("Banded")
    rows: Shown = {}
    for line in lines:
        m = re.match(r"^\s*(\d+\.\d+)\s", line)
        if not m:
            continue
        cells = re.match(r"^(.*?)\s+(\d*)\s*$", line[rating_at:banded_at])
        assert cells, line
        rating_text, symbol = _split_mark(cells.group(1))
        rows[m.group(1)] = (rating_text, symbol, line[banded_at:].split("  ")[0].strip())
    return rows


def markdown_rows(out: str) -> Shown:
    """Each standard's rating, mark and banded rating, from the Markdown table."""
    rows: Shown = {}
    for line in out.splitlines():
        if not re.match(r"^\| \d+\.\d+ \|", line):
            continue
        ident, _name, rating_cell, _score, banded_cell, _set_by = line[2:-2].split(" | ")
        rating_text, symbol = _split_mark(rating_cell)
        rows[ident] = (rating_text, symbol, banded_cell.strip())
    return rows


class _Cells(HTMLParser):
    """The cells of each standard's row of the HTML ratings table, and the chart captions."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: dict[str, list[str]] = {}
        self.captions: dict[str, str] = {}
        # Per chart, its bands: each one's range as labelled over the plot, and its class.
        self.band_ranges: list[list[str]] = []
        self.band_classes: list[list[str]] = []
        self._row: str | None = None
        self._cell: list[str] | None = None
        self._caption: str | None = None
        self._chart: str | None = None
        self._in_range = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "tr" and a.get("class") == "standard":
            self._row = a["id"].removeprefix("row-")
            self.rows[self._row] = []
        elif tag == "td" and self._row is not None:
            self._cell = []
        elif tag == "figure":
            self._chart = a["id"].removeprefix("chart-")
        elif tag == "figcaption":
            self._caption = ""
        elif tag == "svg" and a.get("role") == "img":
            self.band_ranges.append([])
            self.band_classes.append([])
        elif tag == "text" and a.get("class") == "range":
            self._in_range = True
        elif tag == "rect" and "band" in a.get("class", "").split():
            self.band_classes[-1].append(a["class"].split()[1])

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._row is not None and self._cell is not None:
            self.rows[self._row].append("".join(self._cell))
            self._cell = None
        elif tag == "tr":
            self._row = None
        elif tag == "figcaption" and self._chart is not None and self._caption is not None:
            self.captions[self._chart] = self._caption
            self._caption = None
        elif tag == "text":
            self._in_range = False

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        if self._caption is not None:
            self._caption += data
        if self._in_range:
            self.band_ranges[-1].append(data)


@functools.cache
def html_cells(out: str) -> _Cells:
    """The page read back, once per page for the session: two tests read each report's cells
    (they only read them)."""
    cells = _Cells()
    cells.feed(out)
    cells.close()
    return cells


def html_rows(out: str) -> Shown:
    """Each standard's rating, mark and banded rating, from the HTML ratings table."""
    rows: Shown = {}
    for ident, (_id, _name, rating_cell, _score, banded_cell, *_set_by_moves_sure) in html_cells(
        out
    ).rows.items():
        rating_text, symbol = _split_mark(rating_cell)
        rows[ident] = (rating_text, symbol, banded_cell)
    return rows


def expected(result: Result) -> Shown:
    """What every format must show, worked out from the Result itself (not from a view)."""
    out: Shown = {}
    for s in result.standards:
        d = s.discretion
        symbol = ""
        if d is not None and d.applied:
            symbol = "◆"
        elif d is not None and d.eligible:
            symbol = "◇"
        shown_banded = "" if s.judged is not None or s.banded == s.rating else (s.banded or "")
        out[s.id] = (s.rating or "not rated", symbol, shown_banded)
    return out


# ---------------------------------------------------------------------------- the formats agree


@pytest.mark.parametrize("version", VERSIONS, ids=lambda v: v or "own")
@pytest.mark.parametrize("path", INSPECTIONS)
def test_every_format_shows_the_same_marks_and_banded_ratings(
    path: str, version: str | None
) -> None:
    result = rated(path, version)
    outputs = ratings_outputs(path, version)
    want = expected(result)
    shown_text = text_rows(outputs["text"])
    shown_markdown = markdown_rows(outputs["markdown"])
    shown_html = html_rows(outputs["html"])
    assert shown_text == want
    assert shown_markdown == want
    assert shown_html == want


@pytest.mark.parametrize("version", VERSIONS, ids=lambda v: v or "own")
@pytest.mark.parametrize("path", INSPECTIONS)
def test_every_format_explains_the_same_marks(path: str, version: str | None) -> None:
    """Every mark in the table is explained the same way: a note per ◆, the ◇ legend."""
    result = rated(path, version)
    applied = [s.id for s in result.standards if s.discretion and s.discretion.applied]
    eligible = any(mark(s) is ELIGIBLE for s in result.standards)
    outputs = ratings_outputs(path, version)
    for name, out in outputs.items():
        noted = re.findall(r"◆ (?:\*\*|<strong>)?(\d+\.\d+)", out)
        noted += re.findall(r"^- \*\*(\d+\.\d+)\*\*", out, re.MULTILINE)
        assert sorted(set(noted)) == applied, name
        assert ("eligible for professional discretion (not applied)" in out.lower()) == eligible
        for f in result.diagnostics:
            assert f.where is not None and f.where in out, name


@pytest.mark.parametrize("version", VERSIONS, ids=lambda v: v or "own")
@pytest.mark.parametrize("path", INSPECTIONS)
def test_html_charts_are_drawn_against_the_result_bands(path: str, version: str | None) -> None:
    result = rated(path, version)
    view = ratings_view(result)
    assert [(b.low, b.high, b.rating) for b in view.bands] == list(result.bands)
    cells = html_cells(ratings_outputs(path, version)["html"])
    charted = [s for s in result.standards if s.judged is None and s.key_questions]
    assert len(cells.band_ranges) == len(cells.band_classes) == len(charted)
    for ranges, classes in zip(cells.band_ranges, cells.band_classes, strict=True):
        assert ranges == [f"{lo}–{hi}%" for lo, hi, _ in result.bands]
        assert classes == [html.rating_class(r) for _, _, r in result.bands]
    # The caption of each chart carries the same mark and banded rating as the table.
    want = expected(result)
    for s in charted:
        rating_text, symbol, shown_banded = want[s.id]
        caption = f"{s.id} {s.name}: {rating_text}" + (f" {symbol}" if symbol else "")
        caption += f" (banded {shown_banded})" if shown_banded else ""
        assert cells.captions[s.id] == caption


def _walk(line: Line) -> Iterator[Line]:
    yield line
    for child in line.children:
        yield from _walk(child)


def _text_checks(out: str) -> list[str]:
    found = []
    for raw in out.splitlines():
        label = raw.lstrip("│├└─ ")
        if label[:2] in ("✓ ", "✗ ", "? "):
            found.append(label[0])
    return found


@pytest.mark.parametrize("depth", [None, 1, 2])
@pytest.mark.parametrize("item", [None, "2.2", "2.2.1", "1.1"])
@pytest.mark.parametrize("path", [WM, EXAMPLE])
def test_every_format_shows_the_same_explanation_marks(
    path: str, item: str | None, depth: int | None
) -> None:
    view = explanation_view(build(rated(path), item, depth))
    lines = list(_walk(view.tree.root))
    checks = [line.check.symbol for line in lines if line.check is not None]
    more = [line.more for line in lines if line.more is not None]
    out_text = plain(text.render_explanation(view))
    out_markdown = markdown.render_explanation(view)
    out_html = html.render_explanation(view)
    assert _text_checks(out_text) == checks
    assert re.findall(r"^\s*- ([✓✗?]) ", out_markdown, re.MULTILINE) == checks
    assert re.findall(r'<span class="mark mark-\w+" title="[^"]*">(.)</span>', out_html) == checks
    assert [m.strip() for m in re.findall(r"… .*", out_text)] == more
    assert re.findall(r"… .*", out_markdown) == more
    assert re.findall(r'<p class="more">(… [^<]*)</p>', out_html) == more
    if depth == 1:
        assert more  # every item has lines two levels down


# ---------------------------------------------------------------------------- ratings view


def test_marks() -> None:
    result = rated(WM)
    marks = {s.id: mark(s) for s in result.standards}
    assert marks["2.2"] is APPLIED
    assert marks["2.1"] is ELIGIBLE
    assert marks["1.1"] is None
    assert APPLIED.symbol == "◆" and ELIGIBLE.symbol == "◇"
    assert ELIGIBLE.sentence == "Eligible for professional discretion (not applied)."


def test_banded_only_where_it_differs_and_never_when_judged() -> None:
    result = rated(WM)
    s22, s21, s11 = (result.standard(i) for i in ("2.2", "2.1", "1.1"))
    assert s22 is not None and s21 is not None and s11 is not None
    assert banded(s22) == rating("Inadequate")
    assert banded(s21) is None
    assert banded(s11) is None
    # A judged standard whose rating the panel changed still shows no banded rating.
    assert banded(replace(s11, rating="Outstanding")) is None


def test_set_by() -> None:
    result = rated(WM)
    by = {s.id: set_by(s) for s in result.standards}
    assert by["1.1"] == "inspector judgement"
    assert by["2.3"] == "2.3.1, 2.3.2: 67% (2/3)"
    published = rated("standards/yot/inspections/derby-2018.yaml")
    assert {s.id: set_by(s) for s in published.standards}["2.1"] == "2.1.1: 77%; 2.1.2, 2.1.3: 70%"


def test_the_view_of_a_rated_inspection() -> None:
    result = rated(WM)
    view = ratings_view(result)
    assert (view.service, view.framework_id, view.inspection) == (
        result.service,
        "yot-2020",
        WM,
    )
    assert view.overall.rating == rating("Good")
    assert (view.overall.score, view.overall.score_figure) == ("23/36", "23/36")
    assert (view.overall.score_phrase, view.overall.score_heading) == (
        "score 23/36",
        "Score 23/36",
    )
    assert [(d.id, d.name, len(d.items)) for d in view.domains] == [
        ("1", "Organisational delivery", 4),
        ("2", "Court disposals", 4),
        ("3", "Out-of-court disposals", 4),
    ]
    (note,) = view.discretion
    assert (note.id, note.banded.text, note.rating.text, note.by_override) == (
        "2.2",
        "Inadequate",
        "Requires improvement",
        False,
    )
    assert note.basis.startswith("Eligible because ")
    assert note.reason.startswith("Due to the size of the sample")
    assert view.legend == (ELIGIBLE,)
    assert view.findings == ()
    assert view.bands == (
        Band(low=0, high=49, rating="Inadequate"),
        Band(low=50, high=64, rating="Requires improvement"),
        Band(low=65, high=79, rating="Good"),
        Band(low=80, high=100, rating="Outstanding"),
    )
    assert [d.id for d in view.charts] == ["2", "3"]
    assert view.summary is not None and view.summary.open_levels == (True,)
    assert [line.kind for line in view.summary.root.children] == [
        "sum",
        "band",
        "changes",
        "probabilities",
        "sampling",
    ]
    trees = [t for d in view.trees for t in d.items]
    assert [t.root.node.id for t in trees] == [s.id for s in result.standards]
    assert all(t.open_levels == (False, True) for t in trees)


def test_the_view_does_not_work_out_the_standards_trees(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def boom(r: Result, s: StandardResult, limiting: bool) -> list[Node]:
        raise AssertionError(f"the explanation of {s.id} was worked out")

    monkeypatch.setattr(explain_module, "_standard_lines", boom)
    view = ratings_view(rated(WM))  # builds every tree's first line, and nothing beneath
    with pytest.raises(AssertionError, match="explanation of 1.1 was worked out"):
        _ = view.trees[0].items[0].root.children


NO_1_4 = (
    '  "1.4":\n    rating: Outstanding\n    evidence: "Performance data is analysed monthly and'
    ' drives visible improvements in practice (made-up evidence)."\n'
)


def test_an_overall_score_that_cannot_be_summed() -> None:
    text_ = (REPO / EXAMPLE).read_text(encoding="utf-8").replace(NO_1_4, "")
    result = evaluate(load_framework("yot-2020"), load_inspection_text(text_, "<no 1.4>"))
    o = overall_row(result)
    assert (o.rating, o.score, o.score_figure) == (
        rating(None),
        "not scored (of 36)",
        "-/36",
    )
    assert (o.score_phrase, o.score_heading) == ("not scored (of 36)", "Not scored (of 36)")
    view = ratings_view(result)
    assert "**Overall rating: not rated** (not scored (of 36))" in markdown.render_ratings(view)
    assert '<span class="score">Not scored (of 36)</span>' in html.render_report(view)
    assert re.search(r"Overall rating\s+not rated\s+-/36 ", plain(text.render_ratings(view)))


def test_a_panel_decision_on_a_standard_with_no_banded_rating() -> None:
    """A missing judgement, rated by the panel by override: "banded not rated" everywhere."""
    text_ = (REPO / EXAMPLE).read_text(encoding="utf-8").replace(NO_1_4, "")
    text_ += '\ndiscretion:\n  "1.4":\n    rating: Good\n    reason: "On the evidence."\n'
    text_ += "    override: true\n"
    result = evaluate(load_framework("yot-2020"), load_inspection_text(text_, "<panel 1.4>"))
    (note,) = discretion_notes(result)
    assert (note.id, note.banded, note.rating, note.by_override) == (
        "1.4",
        rating(None),
        rating("Good"),
        True,
    )
    assert note.basis == "By override: not eligible under the policy."
    view = ratings_view(result)
    assert "banded not rated → Good" in plain(text.render_ratings(view))
    assert "banded not rated, rated Good" in markdown.render_ratings(view)
    assert "banded not rated, rated Good" in html.render_report(view)
    for out in (plain(text.render_ratings(view)), markdown.render_ratings(view)):
        assert "None" not in out


def test_chart_rows() -> None:
    result = rated(WM)
    s22 = result.standard("2.2")
    assert s22 is not None
    row = chart_row(s22.key_questions[0], sets_band=True)
    assert (row.id, row.percent, row.band, row.figure) == (
        "2.2.1",
        33,
        "Inadequate",
        "33% (1/3 yes)",
    )
    assert row.label == "33% (1/3 yes) Inadequate · 95% 6–79% · sets the band"
    assert row.summary == "33% (1/3 yes), Inadequate, 95% interval 6-79%"
    assert row.hover.endswith(
        ": 1 of 3 relevant cases answered yes: 33%, Inadequate, 95% interval 6-79%; "
        "sets the standard's band"
    )
    assert (row.n, round(row.low or 0), round(row.high or 0)) == (3, 6, 79)
    published = rated("standards/yot/inspections/derby-2018.yaml").standard("2.1")
    assert published is not None
    k = published.key_questions[0]
    row = chart_row(k, sets_band=False)
    assert row.figure == f"{k.percent}% (published figure)"
    assert row.hover == f"{k.id} {k.text}: published figure {k.percent}%, {k.band}"
    none = chart_row(
        replace(k, basis="none", relevant=None, yes=None, percent=None, band=None),
        sets_band=False,
    )
    assert (none.percent, none.band, none.figure, none.label, none.summary) == (
        None,
        None,
        "",
        "no relevant cases",
        "no relevant cases",
    )


# ---------------------------------------------------------------------------- explanation lines


def test_lines_say_how_each_node_is_shown() -> None:
    result = rated(WM)
    root = explanation_view(build(result, "2.2")).tree.root
    # A standard's line names its rating in its words; the lines beneath show theirs as badges.
    assert root.heading and root.anchor == "2.2" and root.badge is None
    lines = list(_walk(root))
    for line in lines:
        badge = line.badge
        assert (badge is not None) == (bool(line.node.status) and line.kind in BADGE_KINDS)
        assert (line.check is not None) == (line.kind == "check")
        assert line.heading == (line.kind in ("overall", "standard", "key_question"))
        if line.kind == "case":
            assert line.anchor is None  # cases have ids, but nothing links to them
    checks = [line.check for line in lines if line.check is not None]
    assert [c.symbol for c in checks] == ["✗", "✓", "✓"]
    assert {c.status: c.meaning for c in CHECK_MARKS.values()} == {
        "yes": "holds",
        "no": "does not hold",
        "unknown": "not known",
    }
    assert Line(node=Node("check", "a rule", status="maybe")).check is NO_STATUS
    no_band = Line(
        node=Node("key_question", quoted("2.2.9 A question"), status=explain_module.NO_BAND)
    )
    assert no_band.badge is not None and (no_band.badge.text, no_band.badge.value) == (
        "no band",
        None,
    )
    assert Line(node=Node("figure", "12 of 20", status="Good")).badge is None


def test_snippets_and_what_depth_hid() -> None:
    result = rated(WM)
    with_snippets = explanation_view(build(result, "2.2", 1)).tree.root
    without = explanation_view(build(result, "2.2", 1), snippets=False).tree.root
    rule = with_snippets.children[0]
    assert rule.kind == "rule" and rule.where is not None
    assert rule.snippet is not None and not rule.snippet.startswith(" ")
    assert all(line.snippet is None for line in _walk(without))
    assert without.children[0].where == rule.where
    assert [c.more for c in with_snippets.children if c.more] == [
        c.more for c in without.children if c.more
    ]
    assert more_text(1) == "… 1 more line (raise --depth to see them)"
    assert more_text(3) == "… 3 more lines (raise --depth to see them)"
    view = explanation_view(build(result, "2.2", 1))
    assert (view.item, view.depth) == ("2.2", "1 level deep")
    assert explanation_view(build(result)).item == "overall"


def test_lines_are_read_lazily() -> None:
    def below() -> list[Node]:
        raise AssertionError("read")

    line = Line(node=Node("standard", quoted("2.2 Planning"), id="2.2", below=below))
    assert line.label == "2.2 Planning" and line.anchor == "2.2"
    with pytest.raises(AssertionError, match="read"):
        _ = line.children


# ---------------------------------------------------------------------------- diff and compare


def test_the_diff_view_keeps_the_sections_in_order_with_their_counts() -> None:
    d = diff(load_framework("yot-2018"), load_framework("yot-2020"))
    view = diff_view(d)
    assert tuple(SECTION_TITLES) == SECTIONS
    assert [s.name for s in view.sections] == [s for s in SECTIONS if d.section(s)]
    assert view.counts == tuple((s.name, len(s.changes)) for s in view.sections)
    assert view.total == len(d.changes) == sum(n for _, n in view.counts)
    assert view.empty is None
    for section in view.sections:
        assert section.title == SECTION_TITLES[section.name]
        for c in section.changes:
            assert (c.what is None) == (section.name in ("added", "removed"))
            assert (c.kind == "words") == bool(c.words)
            if section.name == "added":
                assert c.old is None
            if section.name == "removed":
                assert c.new is None
            assert [loc.side for loc in c.locations] in (["old", "new"], ["old"], ["new"], [])
    out_text, out_markdown = plain(diffs.render_diff(view)), diffs.markdown_diff(view)
    for section in view.sections:
        assert f"\n{section.title} ({len(section.changes)})\n" in out_text
        assert f"\n## {section.title} ({len(section.changes)})\n" in out_markdown


CANDIDATE = "tests/data/diff/candidate-2021.framework"


def test_rules_and_rewordings_come_before_additions_and_removals() -> None:
    d = diff(load_framework("yot-2020"), load_framework(str(REPO / CANDIDATE)))
    shown = [c.section for c in d.changes]
    assert shown == sorted(shown, key=SECTIONS.index)
    assert SECTIONS.index("rules") < SECTIONS.index("reworded") < SECTIONS.index("added")
    assert SECTIONS.index("applicability") < SECTIONS.index("added")
    assert [s.name for s in diff_view(d).sections] == [
        "rules",
        "applicability",
        "reworded",
        "added",
        "removed",
        "metadata",
    ]


def test_without_colour_deleted_and_inserted_words_are_marked() -> None:
    d = diff(load_framework("yot-2018"), load_framework("yot-2020"))
    view = diff_view(d)
    marked = plain(diffs.render_diff(view, marked=True))
    bare = plain(diffs.render_diff(view))
    assert "[-children and young people?-]{+children?+}" in marked
    assert "[-" not in bare and "{+" not in bare
    # Every rewording shows each deleted and inserted run between its markers, whole.
    for c in (c for s in view.sections for c in s.changes if c.kind == "words"):
        for w in c.words:
            if w.op in ("delete", "replace"):
                assert f"{DELETED[0]}{w.old}{DELETED[1]}" in marked.replace("\n    ", " ")
            if w.op in ("insert", "replace"):
                assert f"{INSERTED[0]}{w.new}{INSERTED[1]}" in marked.replace("\n    ", " ")
    # No line ends in spaces, wrapped or not.
    narrow = plain(diffs.render_diff(view, marked=True), width=60)
    assert not [line for line in narrow.splitlines() if line != line.rstrip()]


def test_an_added_items_clauses_are_shown_with_where_each_is_written() -> None:
    d = diff(load_framework("yot-2020"), load_framework(str(REPO / CANDIDATE)))
    (added,) = d.section("added")
    assert added.item == "key question 2.1.4"
    clauses = {what: (value, where) for what, value, where in added.clauses}
    value, where = clauses["applies to"]
    assert value == "harm_factors and rosh != low" and str(where).endswith(f"{CANDIDATE}:12")
    assert str(clauses["relevance"][1]).endswith(f"{CANDIDATE}:13")
    (change,) = (c for s in diff_view(d).sections for c in s.changes if c.clauses)
    shown = plain(diffs.render_diff(diff_view(d)))
    assert "+ applies to: harm_factors and rosh != low" in shown
    assert "  - applies to: harm_factors and rosh != low" in diffs.markdown_diff(diff_view(d))
    assert [c.what for c in change.clauses] == list(clauses)


def test_the_summary_counts_each_kind_per_domain_and_lists_each_item_once() -> None:
    d = diff(load_framework("yot-2020"), load_framework(str(REPO / CANDIDATE)))
    view = diff_summary_view(d)
    assert dict(view.counts) == {k: v for k, v in d.summary().items() if v}
    assert sum(n for line in d.by_domain() for _, n in line.counts) == len(d.changes)
    assert [line.label for line in view.domains] == [
        "2 Court disposals",
        "the version as a whole",
    ]
    items = {i.item: i.text for i in view.items}
    assert len(items) == len(view.items)
    assert items["key question 2.2.3"] == "applicability (applies to)"
    assert items["key question 2.1.4"] == "added"
    assert items["band Good"] == "rules (rule)"
    summary = diff_summary_json(d)
    assert summary["summary"] == to_json(d)["summary"]
    assert [i["item"] for i in summary["items"]] == list(items)
    out_text = plain(diffs.render_diff_summary(view))
    out_markdown = diffs.markdown_diff_summary(view)
    for line in view.items:
        assert line.text in out_text and f"**{line.item}**: {line.text}" in out_markdown


def test_a_diff_with_no_changes() -> None:
    fw = load_framework("yot-2020")
    view = diff_view(diff(fw, fw))
    assert (view.total, view.sections, view.empty) == (0, (), "no differences")
    assert plain(diffs.render_diff(view)).endswith("no differences\n")
    assert diffs.markdown_diff(view).endswith("\nNo differences.\n")
    summary = diff_summary_view(diff(fw, fw))
    assert plain(diffs.render_diff_summary(summary)).endswith("no differences\n")
    assert diffs.markdown_diff_summary(summary).endswith("\nNo differences.\n")


def test_the_comparison_view_and_its_summary_line(tmp_path: Path) -> None:
    (tmp_path / "wm.yaml").write_text((REPO / WM).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "broken.yaml").write_text(
        "format: ratingbook/inspection-v1\nservice: Broken\nframework: yot-2020\ncases: 7\n",
        encoding="utf-8",
    )
    proposal = load_framework(str(REPO / "docs/examples/good-from-70.framework"))
    c = compare(load_framework("yot-2020"), proposal, [str(tmp_path)])
    view = comparison_view(c)
    assert [i.outcome for i in view.inspections] == ["error", "moved"]
    broken, wm = view.inspections
    assert broken.title == str(tmp_path / "broken.yaml") and broken.error and not broken.moves
    assert wm.title == "Windsor & Maidenhead Youth Offending Service"
    moves = {m.item: m for m in wm.moves}
    assert (moves["2.1"].base, moves["2.1"].candidate, moves["2.1"].arrow) == (
        "Good",
        "Requires improvement",
        "↓",
    )
    assert moves["overall"].what == "score" and moves["overall"].qualifier == ""
    assert view.summary == (
        "1 of 2 inspections affected: 0 ratings up, 3 down, 1 other change, 1 could not be rated"
    )
    # Text and Markdown give the same summary line.
    assert f"\n{view.summary}\n" in plain(diffs.render_comparison(view))
    assert f"\n{sentence(view.summary)}\n" in diffs.markdown_comparison(view)


# ---------------------------------------------------------------------------- reports


def _outcomes() -> list[Outcome]:
    def expectation(i: int, name: str) -> Expectation:
        return Expectation(Path("checks.yaml"), i, name, "yot-2020", "x.yaml", {})

    return [
        Outcome(expectation(0, "passes")),
        Outcome(
            expectation(1, "two [bold]wrong[/] figures :smile:"),
            [
                Mismatch("overall.score", 24, 23, quoted("sum of standard scores 23")),
                Mismatch('standards."2.1".rating', "Good", None, quoted("2.1: lowest band")),
            ],
        ),
        Outcome(expectation(2, "not there"), error="x.yaml: no such inspection file"),
    ]


def test_the_test_report() -> None:
    report = expectations_report(test_run_view(_outcomes(), 0.344), verbose=False)
    assert report.collected == "collected 3 expectations"
    assert (report.lines, report.progress) == ((), ".FF")
    assert report.short_summary == (
        "FAILED checks.yaml::two [bold]wrong[/] figures :smile: - overall.score",
        "FAILED checks.yaml::not there - could not be rated",
    )
    assert (report.time, report.summary, report.failed) == ("in 0.34s", "1 passed, 2 failed", 2)
    first = report.failures[0].mismatches[1]
    assert (first.expected, first.got) == ("'Good'", "None")
    verbose = expectations_report(test_run_view(_outcomes()[:1], 0.0), verbose=True)
    assert verbose.collected == "collected 1 expectation"
    assert [(x.nodeid, x.status) for x in verbose.lines] == [("checks.yaml::passes", "PASSED")]
    assert verbose.progress is None and verbose.failures == ()


def test_the_test_report_prints_names_and_traces_whole() -> None:
    report = expectations_report(test_run_view(_outcomes(), 0.0), verbose=True)
    out = plain(reports.render_expectations(report), width=40)
    lines = out.splitlines()
    # Markup and emoji codes in a name are printed as written; long lines are never cut.
    assert "FAILED checks.yaml::two [bold]wrong[/] figures :smile: - overall.score" in lines
    assert "checks.yaml::two [bold]wrong[/] figures :smile: FAILED" in lines
    assert "    trace: sum of standard scores 23" in lines
    heading = next(line for line in lines if "not there" in line and line.startswith("_"))
    assert heading == "_" * 8 + " checks.yaml::not there " + "_" * 8
    assert lines[-1] == "in 0.00s"


def test_the_frameworks_table() -> None:
    view = frameworks_view(registry.shipped())
    assert view.columns == ("id", "title", "effective from", "until", "based on", "file")
    assert [row[0] for row in view.rows] == ["yot-2018", "yot-2020"]
    assert view.rows[1][4] == "yot-2018"
    assert "yot-2020" in plain(reports.render_frameworks(view))


def test_the_check_report() -> None:
    ok = checked_file("standards/yot/2020.framework", check("yot-2020"), strict=False)
    assert (ok.path, ok.ok, ok.diagnostics) == ("standards/yot/2020.framework", True, None)
    assert ok.summary == "yot-2020: 3 domains, 12 standards, 37 key questions, 93 prompts"
    assert plain(reports.render_check_status(ok)) == f"{ok.path}: ok ({ok.summary})\n"
    bad_ref = "docs/examples/good-from-70-two-bands.framework"
    bad = checked_file(bad_ref, check(bad_ref), strict=False)
    warning = Diagnostic.warning(SYNTAX, "a warning")
    warned = replace(check("yot-2020"), diagnostics=[warning])
    lenient = checked_file("x", warned, strict=False)
    assert (lenient.ok, lenient.diagnostics) == (True, "warning: a warning [syntax]")
    assert lenient.summary.endswith(" 93 prompts, 1 warning")
    strict = checked_file("x", warned, strict=True)
    assert (strict.ok, strict.summary) == (False, "0 errors, 1 warning")
    assert (bad.ok, bad.summary) == (False, "2 errors, 0 warnings")
    assert bad.diagnostics is not None and bad.diagnostics.count("[band-gap]") == 2
    assert plain(reports.render_check_status(bad)) == f"{bad_ref}: failed (2 errors, 0 warnings)\n"


def test_plural() -> None:
    assert (plural(1, "line"), plural(0, "line"), plural(2, "box", "boxes")) == (
        "1 line",
        "0 lines",
        "2 boxes",
    )


# ---------------------------------------------------------------------------- layering

FRAMEWORK = REPO / "ratingbook" / "framework"
RENDER = sorted((FRAMEWORK / "render").glob("*.py"))
VIEWS = sorted((FRAMEWORK / "views").glob("*.py"))


def imports(path: Path) -> set[str]:
    """The ratingbook modules a file imports (anywhere in it)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return {m for m in found if m.startswith("ratingbook")}


@pytest.mark.parametrize("path", VIEWS, ids=lambda p: p.name)
def test_views_import_no_renderer_no_cli_and_no_files(path: Path) -> None:
    """Views read records; finding, reading and printing files is for loading and the CLI."""
    forbidden = tuple(
        "ratingbook.framework." + m for m in ("render", "cli", "api", "loading", "registry")
    )
    assert {m for m in imports(path) if m.startswith(forbidden)} == set()


@pytest.mark.parametrize("path", RENDER, ids=lambda p: p.name)
def test_renderers_read_views_not_results(path: Path) -> None:
    # ratingbook._record is the records' decorator (the helpers layer), no record of its own.
    allowed = (
        "ratingbook.framework.views",
        "ratingbook.framework.render",
        "ratingbook.dsl",
        "ratingbook._record",
    )
    assert {m for m in imports(path) if not m.startswith(allowed)} == set()


def test_text_markdown_and_json_list_the_changes_in_the_same_order() -> None:
    d = diff(load_framework("yot-2018"), load_framework("yot-2020"))
    view = diff_view(d)
    order = [(c["item"], c["section"]) for c in to_json(d)["changes"]]
    shown = [(c.item, s.name) for s in view.sections for c in s.changes]
    assert shown == order
    out_text, out_markdown = plain(diffs.render_diff(view)), diffs.markdown_diff(view)
    at_text = [out_text.index(f"  {c.item} ") for s in view.sections[:1] for c in s.changes]
    assert at_text == sorted(at_text)
    headings = [f"## {s.title}" for s in view.sections]
    assert [out_markdown.index(h) for h in headings] == sorted(
        out_markdown.index(h) for h in headings
    )
