"""The self-contained HTML report: its structure, that it loads nothing, and a golden file."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from ratingbook import evaluate, load_framework, load_inspection
from ratingbook.framework.explain import build
from ratingbook.framework.render import html
from ratingbook.framework.result import Result
from ratingbook.framework.views import casework
from ratingbook.framework.views.common import FindingView
from ratingbook.framework.views.explanation import explanation_view
from ratingbook.framework.views.phrases import say
from ratingbook.framework.views.ratings import Band, chart_row, ratings_view

REPO = Path(__file__).resolve().parents[2]
WM = "standards/yot/inspections/windsor-maidenhead-2020.yaml"
EXAMPLE = "standards/yot/examples/example-2020.yaml"

VOID = {
    "meta",
    "link",
    "br",
    "hr",
    "img",
    "input",
    "source",
    "wbr",
    "col",
    "area",
    "base",
    "embed",
    "track",
}


# ---------------------------------------------------------------------------- a small DOM


@dataclass
class El:
    tag: str
    attrs: dict[str, str]
    children: list[El | str] = field(default_factory=list)

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self) -> Iterator[El]:
        """This element and every one inside it, in document order (one stack, not a
        generator per level: the tests walk trees of 100,000 elements many times)."""
        stack = [self]
        while stack:
            el = stack.pop()
            yield el
            stack.extend(c for c in reversed(el.children) if isinstance(c, El))

    def find_all(self, tag: str, cls: str | None = None) -> list[El]:
        return [e for e in self.iter() if e.tag == tag and (cls is None or cls in e.classes)]

    def find(self, tag: str, cls: str | None = None) -> El:
        found = self.find_all(tag, cls)
        assert found, f"no <{tag} class={cls!r}>"
        return found[0]


class Dom(HTMLParser):
    """Builds a tree and insists that every element is closed, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = El("#root", {})
        self.stack = [self.root]
        self.doctype = ""

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        el = El(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(el)
        if tag not in VOID:
            self.stack.append(el)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(El(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        assert tag not in VOID, f"</{tag}> closes a void element"
        open_tag = self.stack.pop().tag
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(text: str) -> Dom:
    dom = Dom()
    dom.feed(text)
    dom.close()
    assert dom.stack == [dom.root], f"unclosed: {[e.tag for e in dom.stack[1:]]}"
    return dom


# ---------------------------------------------------------------------------- fixtures


def rate(path: str) -> Result:
    return evaluate(load_framework("yot-2020"), load_inspection(path))


def render_report(result: Result) -> str:
    return html.render_report(ratings_view(result))


def render_explanation(item: str | None, result: Result, depth: int | None = None) -> str:
    return html.render_explanation(explanation_view(build(result, item, depth)))


@pytest.fixture(scope="module")
def results() -> dict[str, Result]:
    # Relative paths, as on the command line: the report shows the inspection file as given.
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(REPO)
        return {WM: rate(WM), EXAMPLE: rate(EXAMPLE)}


class Pages:
    """The reports and explanation pages of the module's inspections as the default settings
    render them, each rendered (and parsed) once for the module rather than once per test:
    rendering is pure, and the tests only read the pages and their trees."""

    def __init__(self, results: dict[str, Result]) -> None:
        self.results = results

    @functools.cache  # noqa: B019 - one object per module, kept for its lifetime anyway
    def report(self, path: str) -> str:
        return render_report(self.results[path])

    @functools.cache  # noqa: B019
    def dom(self, path: str) -> Dom:
        return parse(self.report(path))

    @functools.cache  # noqa: B019
    def explanation(self, item: str | None, path: str) -> str:
        return render_explanation(item, self.results[path])


@pytest.fixture(scope="module")
def pages(results: dict[str, Result]) -> Pages:
    return Pages(results)


EXPECTED = {
    WM: {
        "overall": "Good",
        "score": "23/36",
        "discretion": {"2.2": ("Requires improvement", "Inadequate")},
    },
    EXAMPLE: {"overall": "Good", "score": "22/36", "discretion": {}},
}


# ---------------------------------------------------------------------------- structure


@pytest.mark.parametrize("path", [WM, EXAMPLE])
def test_report_structure(results: dict[str, Result], pages: Pages, path: str) -> None:
    result = results[path]
    page = pages.report(path)
    dom = pages.dom(path)
    root = dom.root
    assert dom.doctype.lower() == "doctype html"
    assert root.find("html").attrs.get("lang") == "en"
    assert root.find("meta").attrs.get("charset") == "utf-8"
    # The header: service, framework id and title, inspection file.
    header = root.find("header").text()
    for part in (result.service, result.framework_id, result.framework_title, path):
        assert part in header
    assert f"Score {EXPECTED[path]['score']}" in header

    (table,) = root.find_all("table", "ratings")
    overall = table.find_all("tr", "overall")
    rows = table.find_all("tr", "standard")
    assert len(overall) == 1 and len(rows) == 12
    assert EXPECTED[path]["score"] in overall[0].text()
    assert [r.attrs["id"] for r in rows] == [f"row-{s.id}" for s in result.standards]
    assert [r.text() for r in table.find_all("tr", "domain")] == [
        f"{d}. {n}" for d, n in result.domains
    ]
    for row, s in zip(rows, result.standards, strict=True):
        cells = [c for c in row.children if isinstance(c, El)]
        ident, name, rating, score, banded, set_by, moves, sure = cells
        assert ident.text() == s.id and name.text() == s.name and score.text() == str(s.score)
        # The rating's name is in the cell, not only its colour.
        assert rating.text().startswith(s.rating or "not rated")
        assert "rating" in rating.classes and any(c.startswith("r-") for c in rating.classes)
        if s.id in EXPECTED[path]["discretion"]:
            final, before = EXPECTED[path]["discretion"][s.id]
            assert rating.text() == f"{final} ◆" and banded.text() == before
            assert "r-inadequate" in banded.classes
        else:
            assert "◆" not in rating.text() and banded.text() == ""
        if s.judged is not None:
            assert set_by.text() == "inspector judgement"
            assert moves.text() == sure.text() == ""
        else:
            assert all(k in set_by.text() for k in s.lowest)
            assert moves.text().startswith("↑") or "percentages only" in moves.text()
            assert any(k in sure.text() for k in s.lowest) or "percentages only" in sure.text()
    assert ("◆" in page) == bool(EXPECTED[path]["discretion"])

    # One chart per standard rated by its key questions (domains 2 and 3), a bar per key question.
    rated = [s for s in result.standards if s.domain in ("2", "3")]
    svgs = [f.find("svg") for f in root.find_all("figure", "chart")]
    assert len(svgs) == len(rated) == 8
    for svg, s in zip(svgs, rated, strict=True):
        assert svg.find("title").text().startswith(f"Key questions of {s.id}")
        # Drawn in CSS pixels (no viewBox, so nothing scales its words); the plot, which has
        # no words, is 100 units across stretched to the chart's width: the band regions are
        # where the band rules put them, each labelled with its range.
        assert "viewbox" not in svg.attrs and svg.attrs["width"] == "100%"  # (names lowercased)
        (plot,) = svg.find_all("svg", "plot")
        assert plot.attrs["viewbox"].startswith("0 0 100 ")
        assert plot.attrs["preserveaspectratio"] == "none"
        assert not plot.find_all("text")
        bands = plot.find_all("rect", "band")
        assert [(b.attrs["x"], b.attrs["width"]) for b in bands] == [
            ("0", "50"),
            ("50", "15"),
            ("65", "15"),
            ("80", "20"),
        ]
        assert [t.text() for t in svg.find_all("text", "range")] == [
            f"{lo}–{hi}%" for lo, hi, _ in result.bands
        ]
        kq_rows = svg.find_all("g", "kq-row")
        bars = plot.find_all("rect", "bar")
        assert len(kq_rows) == len(bars) == len(s.key_questions)
        for g, bar, k in zip(kq_rows, bars, s.key_questions, strict=True):
            assert g.find("title").text().startswith(f"{k.id} {k.text}: {k.yes} of {k.relevant}")
            labels = [t.text() for t in g.find_all("tspan")]
            assert labels[0] == k.id
            assert labels[1] == f"{k.percent}% ({k.yes}/{k.relevant} yes) {k.band}"
            assert bar.attrs["width"] == str(max(k.percent, 0.4))  # type: ignore[type-var]
            assert ("lowest" in g.classes) == ("lowest" in bar.classes) == (k.id in s.lowest)

    # The explanation of every standard, as <details> that start closed.
    standards = root.find_all("details", "kind-standard")
    assert [d.attrs["id"] for d in standards] == [f"why-{s.id}" for s in result.standards]
    assert all("open" not in d.attrs for d in standards)
    for d, s in zip(standards, result.standards, strict=True):
        assert d.find("summary").text().startswith(f"{s.id} {s.name}: {s.rating}")
    # Deciding rules with where they are written and their framework text.
    where = [e.text() for e in root.find_all("span", "where")]
    assert "yot-2018 standards/yot/2018.framework:61" in where
    assert any("percentage rounded half up" in c.text() for c in root.find_all("code"))
    # Internal links only.
    ids = {e.attrs["id"] for e in root.iter() if "id" in e.attrs}
    for a in root.find_all("a"):
        assert a.attrs["href"].startswith("#") and a.attrs["href"][1:] in ids


@pytest.mark.parametrize("path", [WM, EXAMPLE])
def test_report_loads_nothing(pages: Pages, path: str) -> None:
    page = pages.report(path)
    for bad in (
        "http://",
        "https://",
        "src=",
        "<link",
        "url(",
        "@import",
        "//cdn",
        "xlink:href",
    ):
        assert bad not in page.lower(), bad
    assert "<style>" in page  # all styling inline
    # One script, in the page: it opens the folded sections an in-page link lands on, and
    # reaches nothing outside the page.
    assert page.count("<script") == 1
    assert f"<script>\n{html.SCRIPT}</script>" in page
    for bad in ("fetch", "XMLHttpRequest", "import", "eval", "innerHTML", "http", "cookie"):
        assert bad not in html.SCRIPT, bad


def test_wm_2_2_discretion_checks_and_warnings(pages: Pages) -> None:
    dom = pages.dom(WM)
    (std,) = [
        d for d in dom.root.find_all("details", "kind-standard") if d.attrs["id"] == "why-2.2"
    ]
    marks = [m.text() for m in std.find_all("span", "mark")]
    assert marks == ["✗", "✓", "✓"]
    assert "panel decision: Inadequate -> Requires improvement" in std.text()
    warnings = [w.text() for w in std.find_all("span", "warning")]
    assert (
        "⚠ another rating is reasonably likely (20% or more): Outstanding 29%, Requires improvement 24%"
        in warnings
    )
    # Warnings further down are counted on the closed standard's summary line.
    assert std.find("summary").find("span", "warn-count").text() == "⚠ 3 warnings inside"
    notes = dom.root.find("ul", "notes").text()
    assert "◆ 2.2 professional discretion: banded Inadequate, rated Requires improvement." in notes


def test_chart_bands_are_the_framework_bands(results: dict[str, Result], pages: Pages) -> None:
    result = results[WM]
    view = ratings_view(result)
    framework = result.framework.banding.bands
    assert view.bands == tuple(Band(low=b.low, high=b.high, rating=b.rating) for b in framework)
    # Every chart is drawn against them, whichever bands its key questions fall in.
    for svg in pages.dom(WM).root.find_all("svg", "plot"):  # the report of that view
        bands = [r.classes[1] for r in svg.find_all("rect", "band")]
        assert bands == [html.rating_class(b.rating) for b in framework]
    # The bands are the framework's, not gathered from the key questions' band rules: a Result
    # with no key questions at all (only the judged domain 1) still has all four.
    judged_only = replace(result, standards=result.standards[:4])
    assert ratings_view(judged_only).bands == view.bands


def test_a_key_question_without_relevant_cases(results: dict[str, Result]) -> None:
    view = ratings_view(results[WM])
    k = results[WM].standards[4].key_questions[0]
    none = replace(k, basis="none", relevant=None, yes=None, percent=None, band=None)
    domain = view.charts[0]
    first = domain.items[0]
    chart = replace(first, rows=(chart_row(none, sets_band=False), *first.rows[1:]))
    charts = (replace(domain, items=(chart, *domain.items[1:])), *view.charts[1:])
    page = html.render_report(replace(view, charts=charts))
    svg = parse(page).root.find("figure", "chart").find("svg")
    row = svg.find_all("g", "kq-row")[0]
    assert [t.text() for t in row.find("text", "none").find_all("tspan")] == [
        k.id,
        "no relevant cases",
    ]
    assert row.find("title").text() == f"{k.id} {k.text}: no relevant cases, no band"
    bars = [a.attrs["href"] for a in svg.find("svg", "plot").find_all("a")]
    assert f"#why-{k.id}" not in bars and len(bars) == len(chart.rows) - 1


def test_text_is_escaped_and_diagnostics_come_last(results: dict[str, Result]) -> None:
    view = replace(
        ratings_view(results[WM]),
        service='<script>alert("x")</script> & Sons',
        findings=(
            FindingView(
                severity="warning",
                code="W1",
                message="case <C1> answered 'yes' & 'no'",
                where="data line 3",
            ),
        ),
    )
    page = html.render_report(view)
    assert page.count("<script") == 1  # the page's own, and none from the data
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Sons" in page
    dom = parse(page)
    main = [c for c in dom.root.find("main").children if isinstance(c, El)]
    assert main[-1].attrs["id"] == "diagnostics"
    assert (
        main[-1].find("li").text() == "warning: case <C1> answered 'yes' & 'no' [W1] (data line 3)"
    )


def test_no_diagnostics_section_when_there_are_none(pages: Pages) -> None:
    assert 'id="diagnostics"' not in pages.report(WM)


def test_output_is_deterministic(results: dict[str, Result], pages: Pages) -> None:
    # A fresh rendering against the module's (made once, whenever a test first asked).
    assert render_report(results[WM]) == pages.report(WM)


# ---------------------------------------------------------------------------- explanations


def _depth_of_details(dom: Dom) -> list[tuple[int, bool]]:
    out = []

    def walk(el: El, depth: int) -> None:
        for c in el.children:
            if isinstance(c, El):
                if c.tag == "details":
                    out.append((depth, "open" in c.attrs))
                    walk(c, depth + 1)
                else:
                    walk(c, depth)

    walk(dom.root, 0)
    return out


@pytest.mark.parametrize("item", [None, "2.2", "2.2.1"])
def test_explanation_page_opens_the_top_two_levels(
    results: dict[str, Result], item: str | None
) -> None:
    explanation = build(results[WM], item)
    page = html.render_explanation(explanation_view(explanation))
    for bad in ("http://", "https://", "src=", "<link"):
        assert bad not in page
    assert page.count("<script") == 1
    dom = parse(page)
    levels = _depth_of_details(dom)
    assert levels and levels[0] == (0, True)
    assert all(opened == (depth < 2) for depth, opened in levels)
    assert dom.root.find("details").find("summary").text().startswith(say(explanation.root.label))


def test_explanation_page_shows_what_depth_hid(results: dict[str, Result]) -> None:
    page = render_explanation("2.2", results[WM], depth=1)
    assert "more lines (raise --depth to see them)" in page
    assert ", 1 level deep" in page


# ---------------------------------------------------------------------------- golden file and CLI


def _page_tree(page: str) -> str:
    """The one explanation tree of an explanation page (one with no notes on the data)."""
    main = page[page.index("<main>\n") + len("<main>\n") : page.index("</main>")]
    assert main.count('<div class="tree">') == 1
    tree = main[main.index('<div class="tree">\n') :]
    assert tree.endswith("</div>\n")
    return tree


def test_the_report_explains_each_standard_as_its_explanation_page(
    results: dict[str, Result], pages: Pages
) -> None:
    """Each standard's tree in the report is its explanation page's, folded shut at the top."""
    result = results[WM]
    report = pages.report(WM)
    for s in result.standards:
        page_tree = _page_tree(pages.explanation(s.id, WM))
        top = f'<details class="node kind-standard" id="why-{s.id}"'
        assert page_tree.count(f"{top} open>") == 1
        assert report.count(page_tree.replace(f"{top} open>", f"{top}>")) == 1, s.id


def test_golden_windsor_maidenhead(
    results: dict[str, Result], pages: Pages, golden: Callable[[str, str], None]
) -> None:
    """The whole report, save each standard's explanation tree (98 of its 135 KB): those are
    its explanation page's (the test above), and the 2.2 page is a golden file of its own."""
    result = results[WM]
    report = pages.report(WM)
    for s in result.standards:
        top = f'<details class="node kind-standard" id="why-{s.id}"'
        tree = _page_tree(pages.explanation(s.id, WM)).replace(f"{top} open>", f"{top}>")
        report = report.replace(
            tree, f'<div class="tree"><!-- {s.id}: as on its explanation page --></div>\n'
        )
    # The stylesheet is the explanation page's, whose golden file shows it whole; here it is
    # checked to be the same and left out, so that the file stays under 100 KB for review.
    style = re.compile(r"<style>\n.*?\n</style>", re.S)
    (sheet,) = style.findall(report)
    assert style.findall(pages.explanation("2.2", WM)) == [sheet]
    report = style.sub("<style><!-- as in windsor-maidenhead-2020-2.2.html --></style>", report)
    golden("html/windsor-maidenhead-2020.html", report)


def test_golden_windsor_maidenhead_2_2_explanation(
    pages: Pages, golden: Callable[[str, str], None]
) -> None:
    """``ratingbook explain windsor-maidenhead-2020.yaml 2.2 --format html``."""
    golden("html/windsor-maidenhead-2020-2.2.html", pages.explanation("2.2", WM))


def test_cli_writes_the_same_report(
    pages: Pages, run_cli: Callable[..., tuple[int, str, str]]
) -> None:
    code, out, err = run_cli("rate", WM, "--format", "html")
    assert (code, err) == (0, "")
    assert out == pages.report(WM)
    code, out, err = run_cli("explain", WM, "2.2", "--format", "html")
    assert (code, err) == (0, "")
    assert out == pages.explanation("2.2", WM)
    assert re.search(r"<details class=\"node kind-standard\" id=\"why-2.2\" open>", out)


# ---------------------------------------------------------------------------- one report


def test_rate_and_explain_print_one_report(
    results: dict[str, Result], pages: Pages, run_cli: Callable[..., tuple[int, str, str]]
) -> None:
    """`explain --format html` of a whole inspection is the report `rate --format html` prints;
    with --only limiting its trees keep only what pulled each rating down."""
    for path in (WM, EXAMPLE):
        _, rated, _ = run_cli("rate", path, "--format", "html")
        code, explained, err = run_cli("explain", path, "--format", "html")
        assert (code, err) == (0, "")
        assert explained == rated == pages.report(path)
    _, limiting, _ = run_cli("explain", EXAMPLE, "--format", "html", "--only", "limiting")
    assert "Showing only what pulled each rating down." in limiting
    why = next(e for e in parse(limiting).root.iter() if e.attrs.get("id") == "why")
    kq_ids = [d.attrs["id"] for d in why.find_all("details", "kind-key_question")]
    lowest = [f"why-{k}" for s in results[EXAMPLE].standards for k in s.lowest]
    assert kq_ids == lowest


def _section(root: El, ident: str) -> El:
    return next(e for e in root.iter() if e.tag == "section" and e.attrs.get("id") == ident)


@pytest.mark.parametrize("path", [WM, EXAMPLE])
def test_key_question_and_prompt_tables(
    results: dict[str, Result], pages: Pages, path: str
) -> None:
    """Per standard, every key question's relevant cases, number yes and percentage, then
    each key question's prompts, as the published reports give them."""
    result = results[path]
    section = _section(pages.dom(path).root, "standards")
    for s in (s for s in result.standards if s.judged is None):
        (part,) = [e for e in section.find_all("section") if e.attrs.get("id") == f"figures-{s.id}"]
        kq_table, *prompt_tables = part.find_all("table")
        assert kq_table.find("caption").text() == f"Key questions of {s.id} {s.name}"
        rows = kq_table.find("tbody").find_all("tr")
        assert len(rows) == len(s.key_questions)
        for row, k in zip(rows, s.key_questions, strict=True):
            head, relevant, yes, percent, band = [c for c in row.children if isinstance(c, El)]
            assert head.tag == "th" and head.attrs["scope"] == "row"
            assert head.text().startswith(f"{k.id} {k.text}")
            assert (relevant.text(), yes.text(), percent.text(), band.text()) == (
                str(k.relevant),
                str(k.yes),
                f"{k.percent}%",
                k.band,
            )
            assert ("sets-band" in row.classes) == (k.id in s.lowest)
        with_prompts = [k for k in s.key_questions if any(p.basis != "none" for p in k.prompts)]
        assert len(prompt_tables) == len(with_prompts)
        for table, k in zip(prompt_tables, with_prompts, strict=True):
            assert table.find("caption").text() == f"Prompts of {k.id} {k.text}"
            shown = [p for p in k.prompts if p.basis != "none"]
            cells = [
                [c.text() for c in r.children if isinstance(c, El)]
                for r in table.find("tbody").find_all("tr")
            ]
            assert cells == [
                [
                    f"{p.id} {p.text}",
                    "–" if p.relevant is None else str(p.relevant),
                    "–" if p.yes is None else str(p.yes),
                    "–" if p.percent is None else f"{p.percent}%",
                    str(p.na) if p.na else "",
                ]
                for p in shown
            ]


def test_case_grid_and_each_cases_answers(results: dict[str, Result], pages: Pages) -> None:
    """A grid of cases against key questions per domain, agreeing with the counts; a "no"
    filter that needs no script; and each case's answers to every key question and prompt."""
    result = results[EXAMPLE]
    page = pages.report(EXAMPLE)
    section = _section(pages.dom(EXAMPLE).root, "cases")
    grids = section.find_all("table", "grid")
    assert [g.attrs["id"] for g in grids] == ["grid-2", "grid-3"]
    for grid, domain in zip(grids, ("2", "3"), strict=True):
        kqs = [k for s in result.standards if s.domain == domain for k in s.key_questions]
        head = [c.text() for c in grid.find("thead").find_all("th")]
        assert head == ["Case", *(k.id for k in kqs), '"No"']
        rows = grid.find("tbody").find_all("tr")
        cells = [[c.text() for c in r.children if isinstance(c, El)] for r in rows]
        for i, k in enumerate(kqs, start=1):
            column = [row[i] for row in cells]
            assert column.count("yes") == k.yes and column.count("no") == k.no, k.id
            assert column.count("n/a") == k.na, k.id
        for row, tr in zip(cells, rows, strict=True):
            noes = row.count("no")
            assert row[-1] == (str(noes) if noes else "")
            assert ("no-none" in tr.classes) == (noes == 0)
            assert tr.find("a").attrs["href"] == f"#case-{row[0]}"
        # The filter: a checkbox before the grid; CSS hides the rows without a "no".
        box = next(e for e in section.iter() if e.attrs.get("id") == f"only-no-{domain}")
        assert box.tag == "input" and box.attrs["type"] == "checkbox"
        label = next(e for e in section.find_all("label") if e.attrs.get("for") == box.attrs["id"])
        with_no = sum(1 for row in cells if "no" in row)
        assert label.text() == f'Show only the cases with a "no" ({with_no} of {len(rows)})'
    assert ".only-no:checked ~ .grid-scroll tr.no-none { display: none; }" in page
    cases = [d for d in section.find_all("details", "case")]
    assert [d.attrs["id"] for d in cases] == [f"case-{c.id}" for c in result.data.cases]
    c08 = result.data.cases[7]
    (details,) = [d for d in cases if d.attrs["id"] == f"case-{c08.id}"]
    rows = details.find("table", "case").find("tbody").find_all("tr")
    for tr in rows:
        kq, answer, prompts = [c for c in tr.children if isinstance(c, El)]
        assert answer.text() == c08.answers[kq.text()]
        for li in prompts.find_all("li"):
            letter, given = li.text().split(" ")
            assert given == c08.answers[f"{kq.text()}.{letter}"]


def test_a_counts_only_inspection_says_the_cases_are_not_in_the_data(pages: Pages) -> None:
    section = _section(pages.dom(WM).root, "cases")
    assert section.find("p", "cases-note").text().startswith("The cases are not in the data")
    assert not section.find_all("table")


@pytest.mark.parametrize("path", [WM, EXAMPLE])
def test_the_report_is_accessible(pages: Pages, path: str) -> None:
    """Landmarks, one h1 and no skipped heading level, every table captioned with scoped
    headers, every id unique, every form control labelled, and text colours that contrast."""
    root = pages.dom(path).root
    assert root.find("html").attrs["lang"] == "en"
    body = [c.tag for c in root.find("body").children if isinstance(c, El)]
    assert body == ["header", "main", "footer", "script"]
    # A box that scrolls on its own is a labelled region a keyboard can reach.
    for box in [e for e in root.iter() if "scroll" in e.classes]:
        assert box.attrs.get("tabindex") == "0" and box.attrs.get("role") == "region"
        assert box.attrs.get("aria-label")
    assert root.find("nav").attrs["aria-label"] == "Contents"
    levels = [int(e.tag[1]) for e in root.iter() if re.fullmatch(r"h[1-6]", e.tag)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False)), levels
    for table in root.find_all("table"):
        assert table.find("caption").text().strip()
        for th in table.find_all("th"):
            assert th.attrs.get("scope") in ("col", "row", "rowgroup"), th.text()
    ids = [e.attrs["id"] for e in root.iter() if "id" in e.attrs]
    assert len(ids) == len(set(ids))
    for box in root.find_all("input"):
        assert any(lb.attrs.get("for") == box.attrs["id"] for lb in root.find_all("label"))
    for a in root.find_all("a"):
        assert a.attrs["href"].startswith("#") and a.attrs["href"][1:] in ids

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    # Every step of the palette: a scale of five ratings takes each one.
    sheet = html.stylesheet(("A", "B", "C", "D", "E"))
    pairs = re.findall(r"background: (#[0-9a-f]{6}); color: (#[0-9a-f]{6})", sheet)
    assert len(pairs) >= 7
    for back, fore in pairs:
        hi, lo = sorted((luminance(back), luminance(fore)), reverse=True)
        assert (hi + 0.05) / (lo + 0.05) >= 4.5, (back, fore)


def test_an_explanation_page_keeps_the_heading_order(pages: Pages) -> None:
    for item in ("2.2", "2.2.1", "1.1"):
        root = parse(pages.explanation(item, WM)).root
        levels = [int(e.tag[1]) for e in root.iter() if re.fullmatch(r"h[1-6]", e.tag)]
        assert levels == ([1, 2] if item == "2.2" else [1]), item
        assert [c.tag for c in root.find("body").children if isinstance(c, El)] == [
            "header",
            "main",
            "footer",
            "script",
        ]


def test_the_charts_show_each_interval_and_n(results: dict[str, Result], pages: Pages) -> None:
    result = results[EXAMPLE]
    figures = pages.dom(EXAMPLE).root.find_all("figure", "chart")
    rated = [s for s in result.standards if s.judged is None]
    for figure, s in zip(figures, rated, strict=True):
        svg = figure.find("svg")
        intervals = svg.find("svg", "plot").find_all("path", "interval")
        rows = svg.find_all("g", "kq-row")
        assert len(intervals) == len(rows) == len(s.key_questions)
        for path, g, k in zip(intervals, rows, s.key_questions, strict=True):
            iv = k.interval
            assert iv is not None
            # From the low end to the high, a tick at each, in points of the plot's 100.
            lo, hi = re.fullmatch(r"M([\d.]+) \d+v6m0 -3H([\d.]+)m0 -3v6", path.attrs["d"]).groups()  # type: ignore[union-attr]
            assert (float(lo), float(hi)) == (round(iv.low, 1), round(iv.high, 1))
            assert f"/{k.relevant} yes" in g.find("text", "figure").text()
            assert g.find("text", "aside").text().startswith(f"95% {iv.low:.0f}–{iv.high:.0f}%")


def test_each_cases_answers_show_who_judged_it_and_why() -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(REPO)
        result = rate("docs/examples/provenance.yaml")
    section = _section(parse(render_report(result)).root, "cases")
    c01 = next(d for d in section.find_all("details", "case") if d.attrs["id"] == "case-C01")
    assert c01.find("summary").text().endswith("· judged by A. Smith (made-up)")
    assert "Note: Transferred from another service mid-order (made-up)." in c01.text()
    reasons = [r.text() for r in c01.find_all("span", "reason")]
    assert reasons == [
        "The assessment did not consider the victim's wishes (made-up).",
        "(The plan was not agreed with the child (made-up).)",
    ]


# ---------------------------------------------------------------------------- very large inspections


def test_a_large_inspection_shows_its_first_cases_and_says_how_to_see_the_rest(
    results: dict[str, Result], pages: Pages, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the most cases the report shows (1,000; here 12 of the example's 50, the same
    code), the grids and each case's answers show the first cases in the data, and the
    report says how many it left out and the commands that show them; the figures still
    count every case."""
    result = results[EXAMPLE]
    whole = pages.report(EXAMPLE)  # at the default limit, made before it is lowered here
    assert casework.SHOWN_CASES == 1_000 and 'class="cases-cut"' not in whole
    monkeypatch.setattr(casework, "SHOWN_CASES", 12)
    page = render_report(result)
    root = parse(page).root
    first = [c.id for c in result.data.cases[:12]]
    section = _section(root, "cases")
    assert [d.attrs["id"] for d in section.find_all("details", "case")] == [
        f"case-{c}" for c in first
    ]
    grids = section.find_all("table", "grid")
    shown = [
        tr.find("a").text() for g in grids for tr in g.find("tbody").find_all("tr", "case-row")
    ]
    assert shown and set(shown) <= set(first)
    headings = [h.text() for h in section.find_all("h3")]
    assert "2. Court disposals: 12 of its 30 cases shown" in headings
    assert "3. Out-of-court disposals: 0 of its 20 cases shown" in headings
    note, end = section.find_all("p", "cases-cut")
    data = EXAMPLE
    assert note.text() == (
        "This report shows the first 12 of the 50 cases in the data: the other 38 are not "
        "shown, so that the page stays one a browser can open. Their answers: one case with "
        f"ratingbook explain {data} CASE-ID; every case's answer to every key question with "
        f"ratingbook rate {data} --format json. Every figure and rating in this report counts "
        "all the cases."
    )
    assert end.text().startswith("38 more cases are not shown")
    assert end.find("a").attrs["href"] == f"#{note.attrs['id']}"
    # Every link still lands somewhere on the page; the ratings and charts are the same.
    ids = {e.attrs["id"] for e in root.iter() if "id" in e.attrs}
    assert all(a.attrs["href"][1:] in ids for a in root.find_all("a"))
    before = whole.split('<section id="cases"')[0]
    assert page.split('<section id="cases"')[0] == before


def test_the_commands_for_the_cases_left_out_show_them() -> None:
    """The two commands the report names, run as written, show a case it left out."""
    from conftest import run_cli

    status, out, _ = run_cli("explain", EXAMPLE, "O20", cwd=REPO)
    assert status == 0 and "O20" in out
    status, out, _ = run_cli("rate", EXAMPLE, "--format", "json", cwd=REPO)
    assert status == 0
    counted = json.loads(out)["standards"]["3.1"]["key_questions"]["3.1.1"]["cases_counted"]
    assert "O20" in [c["case"] for c in counted]
