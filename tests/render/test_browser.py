"""The HTML report in a real browser: one headless Chromium for the whole module, driven
through its DevTools protocol, loads the report as a phone (390 CSS pixels, meta viewport
honoured) and as a wide screen (1280) would, follows every in-page link, works with scripts
off, takes pictures, and prints the report to PDF, whose pages are then read.

Skipped when Chromium is not installed. Output goes to ``test-output/`` at the repository root
(git-ignored), so the pictures and the PDFs can be looked at after the run.
"""

from __future__ import annotations

import html
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from chromium import Browser, Page, find_chromium, open_browser
from pdf_text import page_lines, page_sizes, pages_ending_with, plain

from ratingbook import evaluate, load_framework, load_inspection
from ratingbook.framework.render.html import render_report
from ratingbook.framework.views.ratings import ratings_view

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
OUTPUT = REPO / "test-output"
EXAMPLE = "standards/yot/examples/example-2020.yaml"
WM = "standards/yot/inspections/windsor-maidenhead-2020.yaml"
PHONE, WIDE = 390, 1280
A4 = (595.3, 841.9)  # points

# What must never be the last thing on a printed page: headings, captions, a table's header
# row, a row heading (a domain's row of the ratings table) and the line a case's answers
# fold under.
HEADINGS = "h1, h2, h3, h4, h5, h6, caption, figcaption, thead tr, tr.group, details.case > summary"


@pytest.fixture(scope="module")
def chromium() -> str:
    """The browser, or a skip before the report is rendered and written for nothing."""
    return find_chromium()


@pytest.fixture(scope="module")
def browser(chromium: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    with open_browser(chromium, tmp_path_factory.mktemp("chromium")) as b:
        yield b


def _render(path: str) -> str:
    cwd = Path.cwd()
    os.chdir(REPO)
    try:
        return render_report(
            ratings_view(evaluate(load_framework("yot-2020"), load_inspection(path)))
        )
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="module")
def reports(chromium: str) -> dict[str, tuple[str, str]]:
    """The example's report and Windsor & Maidenhead's (counts only, no cases): each one's
    text and the address of the file it is written to."""
    OUTPUT.mkdir(exist_ok=True)
    out = {}
    for name, path in (("example", EXAMPLE), ("windsor-maidenhead", WM)):
        page = _render(path)
        file = OUTPUT / f"report-{name}.html"
        file.write_text(page, encoding="utf-8")
        out[name] = (page, file.as_uri())
    return out


def _open(browser: Browser, url: str, width: int, **kw: Any) -> Page:
    return browser.open(
        url, width=width, height=844 if width == PHONE else 900, mobile=width == PHONE, **kw
    )


OPEN_ALL = "for (const d of document.querySelectorAll('details')) d.open = true;"


# ---------------------------------------------------------------------------- what loads


def test_dom_has_the_ratings_table_and_the_explanations(
    browser: Browser, reports: dict[str, tuple[str, str]]
) -> None:
    report, url = reports["example"]
    page = _open(browser, url, WIDE)
    try:
        dom = page.eval("document.documentElement.outerHTML")
    finally:
        page.close()
    assert '<table class="ratings">' in dom
    assert dom.count('<tr class="standard"') == 12
    assert "22/36" in dom
    assert dom.count("<details") == report.count("<details") > 12
    assert dom.count('<figure class="chart"') == dom.count('<svg class="plot"') == 8


def test_every_details_opens(browser: Browser, reports: dict[str, tuple[str, str]]) -> None:
    report, url = reports["example"]
    page = _open(browser, url, WIDE)
    try:
        opened = page.eval(
            OPEN_ALL + "[...document.querySelectorAll('details')].filter(d => d.open).length"
        )
    finally:
        page.close()
    assert opened == report.count("<details")


@pytest.mark.parametrize("width", [PHONE, WIDE])
def test_screenshots(browser: Browser, reports: dict[str, tuple[str, str]], width: int) -> None:
    """The top of the report (header, ratings table, the first charts), as a phone and a wide
    screen show it: test-output/report-example-390.png and -1280.png."""
    page = _open(browser, reports["example"][1], width)
    try:
        shot = OUTPUT / f"report-example-{width}.png"
        data = page.screenshot(shot, height=3000)
    finally:
        page.close()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 10_000


# ---------------------------------------------------------------------------- a phone and a wide screen

WIDTHS = (
    """[innerWidth, document.documentElement.scrollWidth, document.documentElement.clientWidth]"""
)


@pytest.mark.parametrize("width", [PHONE, WIDE])
@pytest.mark.parametrize("name", ["example", "windsor-maidenhead"])
def test_the_page_never_scrolls_sideways(
    browser: Browser, reports: dict[str, tuple[str, str]], name: str, width: int
) -> None:
    """Folded and with every section open, the page is no wider than the screen: a phone
    does not widen its layout (it would, to fit a wider page), and nothing runs past it."""
    page = _open(browser, reports[name][1], width)
    try:
        folded = page.eval(WIDTHS)
        opened = page.eval(OPEN_ALL + WIDTHS)
    finally:
        page.close()
    for inner, scroll, client in (folded, opened):
        assert inner == width
        assert scroll <= client <= width


RATINGS_CELLS = """(() => {
  const out = [];
  for (const tr of document.querySelectorAll('table.ratings tr.standard, table.ratings tr.overall')) {
    for (const cell of tr.children) {
      if (!cell.textContent.trim()) continue;
      const r = cell.getBoundingClientRect();
      const label = cell.dataset.label ? getComputedStyle(cell, '::before').content : null;
      out.push({row: tr.id || 'overall', text: cell.textContent.slice(0, 30), left: r.left,
                right: r.right, width: r.width, height: r.height, label});
    }
  }
  return out;
})()"""


@pytest.mark.parametrize("width", [PHONE, WIDE])
def test_the_ratings_table_keeps_every_column(
    browser: Browser, reports: dict[str, tuple[str, str]], width: int
) -> None:
    """Every cell of the ratings table that says something is on the screen, whole; on a
    phone, where the table is a block per standard, each cell is led by its column's name."""
    page = _open(browser, reports["example"][1], width)
    try:
        cells = page.eval(RATINGS_CELLS)
    finally:
        page.close()
    assert len(cells) > 12 * 5
    for c in cells:
        assert c["width"] > 0 and c["height"] > 0, c
        assert 0 <= c["left"] and c["right"] <= width, c
        if width == PHONE and c["label"] is not None:
            assert c["label"] not in ("none", "normal", ""), c


CHART_TEXT = """(() => {
  const out = [];
  for (const svg of document.querySelectorAll('figure.chart svg')) {
    const box = svg.getBoundingClientRect();
    for (const t of svg.querySelectorAll('text, tspan')) {
      if (![...t.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim())) continue;
      const m = t.getScreenCTM();
      const r = t.getBoundingClientRect();
      out.push({text: t.textContent, computed: parseFloat(getComputedStyle(t).fontSize),
                scale: Math.hypot(m.a, m.b), left: r.left - box.left, right: r.right - box.right});
    }
  }
  return out;
})()"""


@pytest.mark.parametrize("width", [PHONE, WIDE])
@pytest.mark.parametrize("name", ["example", "windsor-maidenhead"])
def test_chart_text_is_at_least_11_pixels(
    browser: Browser, reports: dict[str, tuple[str, str]], name: str, width: int
) -> None:
    """Every word in the charts is drawn at 11 CSS pixels or more (its computed size times
    the scale its SVG is drawn at), and none runs off its chart."""
    page = _open(browser, reports[name][1], width)
    try:
        texts = page.eval(CHART_TEXT)
    finally:
        page.close()
    assert len(texts) > 8 * 10
    for t in texts:
        assert t["computed"] * t["scale"] >= 11, t
        assert t["left"] >= -0.5 and t["right"] <= 0.5, t


GRID_BOX = """(() => {
  const box = document.getElementById('grid-2').closest('.scroll');
  const before = [box.scrollWidth, box.clientWidth, box.getBoundingClientRect().right];
  box.scrollLeft = box.scrollWidth;
  const id = box.querySelector('tbody th[scope="row"]').getBoundingClientRect();
  const style = getComputedStyle(box);
  return {before, scrolled: box.scrollLeft, idLeft: id.left, boxLeft: box.getBoundingClientRect().left,
          attachment: style.backgroundAttachment, image: style.backgroundImage};
})()"""


def test_the_case_grid_scrolls_in_its_own_box_on_a_phone(
    browser: Browser, reports: dict[str, tuple[str, str]]
) -> None:
    """The grid is wider than a phone: its box scrolls, not the page; the case's id stays in
    view as it does; shadows at the box's edges (drawn behind the grid, covered where
    there is no more to see) show that there is more."""
    page = _open(browser, reports["example"][1], PHONE)
    try:
        got = page.eval(GRID_BOX)
    finally:
        page.close()
    scroll_width, client_width, right = got["before"]
    assert scroll_width > client_width and right <= PHONE
    assert got["scrolled"] > 0
    assert abs(got["idLeft"] - got["boxLeft"]) <= 1.5
    assert got["attachment"] == "local, local, scroll, scroll"
    assert got["image"].count("gradient(") == 4


# ---------------------------------------------------------------------------- in-page links

# For each in-page link: fold everything back as the page was, clear the address's fragment,
# follow the link as a reader would (a click), and once the address has changed, look at the
# target: it and every <details> around it must be open, it visible, and it in the window.
FOLLOW_EVERY_LINK = """(async () => {
  const folded = [...document.querySelectorAll('details')].map(d => [d, d.open]);
  const links = [...document.querySelectorAll('a[href^="#"]')];
  const failures = [];
  let hidden = 0;
  for (const a of links) {
    for (const [d, open] of folded) d.open = open;
    history.replaceState(null, '', location.pathname);
    const id = decodeURIComponent(a.getAttribute('href').slice(1));
    const target = document.getElementById(id);
    if (!target) { failures.push([id, 'no such id']); continue; }
    const closed = [target, ...(function* () { for (let e = target.parentElement; e; e = e.parentElement) yield e; })()]
      .filter(e => e.tagName === 'DETAILS' && !e.open);
    if (closed.length || !target.checkVisibility()) hidden++;
    const changed = new Promise(r => addEventListener('hashchange', () => r(true), {once: true}));
    a.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}));
    if (!await Promise.race([changed, new Promise(r => setTimeout(() => r(false), 2000))])) {
      failures.push([id, 'the address did not change']); continue;
    }
    await new Promise(r => setTimeout(r, 0));
    const still = [];
    for (let e = target; e; e = e.parentElement) if (e.tagName === 'DETAILS' && !e.open) still.push(e.id || e.tagName);
    const top = target.getBoundingClientRect().top;
    if (still.length) failures.push([id, 'closed: ' + still.join(', ')]);
    else if (!target.checkVisibility()) failures.push([id, 'not visible']);
    else if (top < -1 || top >= innerHeight) failures.push([id, 'not in the window: ' + top]);
  }
  return {links: links.length, hidden, failures};
})()"""


@pytest.mark.parametrize("width", [PHONE, WIDE])
def test_every_in_page_link_opens_what_it_lands_on(
    browser: Browser, reports: dict[str, tuple[str, str]], width: int
) -> None:
    """From the ratings table, the charts, the key-question tables and the case grid, every
    link lands on its section open (most of them start folded), in the window."""
    page = _open(browser, reports["example"][1], width)
    try:
        got = page.eval(FOLLOW_EVERY_LINK)
    finally:
        page.close()
    assert got["failures"] == [], got["failures"]
    assert got["links"] > 100
    assert got["hidden"] > 60, got  # the test is not vacuous: most targets start folded


@pytest.mark.parametrize("fragment", ["case-C08", "why-2.1.1"])
def test_an_address_with_a_fragment_opens_its_section(
    browser: Browser, reports: dict[str, tuple[str, str]], fragment: str
) -> None:
    """Opened at report.html#case-C08 (a case's answers) or #why-2.1.1 (a key question inside
    a folded standard), the section and every one around it are open; so is the one a
    changed fragment (back, forward, a typed address) lands on."""
    page = _open(browser, reports["example"][1] + "#" + fragment, PHONE)
    try:
        on_load = page.eval(
            f"(() => {{ const t = document.getElementById('{fragment}'); const out = [];"
            " for (let e = t; e; e = e.parentElement) if (e.tagName === 'DETAILS') out.push(e.open);"
            " return [out, t.checkVisibility()]; })()"
        )
        changed = page.eval(
            "(async () => { const t = document.getElementById('case-C12'); const before = t.open;"
            " const changed = new Promise(r => addEventListener('hashchange', r, {once: true}));"
            " location.hash = '#case-C12'; await changed; return [before, t.open]; })()"
        )
    finally:
        page.close()
    opened, visible = on_load
    assert opened and all(opened) and visible
    assert changed == [False, True]


# ---------------------------------------------------------------------------- scripts off

# The test's own script (the page's do not run): tick the filter as a reader would, count
# the rows that show, and open a case's answers by its summary line.
FILTER = """(() => {
  const box = document.getElementById('only-no-2');
  box.click();
  const rows = [...document.querySelectorAll('#grid-2 tbody tr')];
  const shown = rows.filter(r => getComputedStyle(r).display !== 'none').length;
  const c08 = document.getElementById('case-C08');
  const before = c08.open;
  c08.querySelector('summary').click();
  return {checked: box.checked, rows: rows.length, shown, before, after: c08.open};
})()"""


def test_the_report_works_with_scripts_off(
    browser: Browser, reports: dict[str, tuple[str, str]]
) -> None:
    """The "no" filter is CSS, and folded sections open by hand, with scripts off."""
    report, url = reports["example"]
    page = _open(browser, url + "#case-C08", PHONE, scripts=False)
    try:
        got = page.eval(FILTER)
    finally:
        page.close()
    grid = report.split('id="grid-2"')[1].split("</table>")[0]
    with_no = grid.count('<tr class="case-row">')
    assert got["checked"] and got["rows"] == 30
    assert got["shown"] == with_no == 19
    # The page's script did not run: the address's fragment opened nothing; a click does.
    assert got["before"] is False and got["after"] is True


# ---------------------------------------------------------------------------- printed to PDF


@pytest.fixture(scope="module")
def printed(
    browser: Browser, reports: dict[str, tuple[str, str]]
) -> dict[str, tuple[str, list[list[str]], list[tuple[float, float]], set[str]]]:
    """Each report printed to PDF as a reader's browser prints it: its text, each page's
    lines and size, and the texts that must not end a page."""
    out = {}
    for name, (report, url) in reports.items():
        page = _open(browser, url, WIDE)
        try:
            headings = set(
                json.loads(
                    page.eval(
                        f"JSON.stringify([...document.querySelectorAll({HEADINGS!r})]"
                        ".map(e => e.textContent))"
                    )
                )
            )
            data = page.pdf(OUTPUT / f"print-{name}.pdf")
        finally:
            page.close()
        out[name] = (report, page_lines(data), page_sizes(data), headings)
    return out


Printed = dict[str, tuple[str, list[list[str]], list[tuple[float, float]], set[str]]]


@pytest.mark.parametrize("name", ["example", "windsor-maidenhead"])
def test_every_page_is_a4_and_numbered(printed: Printed, name: str) -> None:
    _, pages, sizes, _ = printed[name]
    assert len(pages) > 3
    for i, lines in enumerate(pages, start=1):
        assert f"Page{i}of{len(pages)}" in [plain(line) for line in lines], (i, lines[-3:])
    for w, h in sizes:
        assert abs(w - A4[0]) < 2 and abs(h - A4[1]) < 2, (w, h)


@pytest.mark.parametrize("name", ["example", "windsor-maidenhead"])
def test_folded_sections_print_open(printed: Printed, name: str) -> None:
    """What starts folded on screen (each standard's explanation, each case's answers, each
    key question's cases and prompts) is on paper."""
    report, pages, _, _ = printed[name]
    text = "".join(plain(line) for lines in pages for line in lines)
    deep = {
        "example": [
            "answered no: 9 (C08, C09, C12, C17, C21, C22, C24, C25, C28)",
            "C08: answers to the key questions and their prompts",
            "eligible when sample_size <= 5",
        ],
        "windsor-maidenhead": [
            "panel decision: Inadequate -> Requires improvement",
            "eligible when sample_size <= 5",
        ],
    }[name]
    for line in deep:
        assert report.count(html.escape(line, quote=False)) >= 1, line
        assert plain(line) in text, line


@pytest.mark.parametrize("name", ["example", "windsor-maidenhead"])
def test_no_page_ends_with_a_heading_or_a_table_header(printed: Printed, name: str) -> None:
    """No heading, caption, table header, domain row or case's summary line is the last
    thing on a page: each goes to the next page with what follows it."""
    _, pages, _, headings = printed[name]
    assert len(headings) > 30
    assert pages_ending_with(pages, headings) == []
