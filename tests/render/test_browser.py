"""The HTML report in a real browser: headless Chromium loads it, opens every <details>, takes a
picture, filters the case grid, and prints the report to PDF, whose pages are then read.

Skipped when Chromium is not installed. Output goes to ``test-output/`` at the repository root
(git-ignored), so the screenshot and the PDFs can be looked at after the run.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import unicodedata
from pathlib import Path

import pytest
from chromium import find_chromium, run_chromium
from pdf_text import page_lines

from ratingbook import evaluate, load_framework, load_inspection
from ratingbook.framework.render.html import render_report
from ratingbook.framework.views.ratings import ratings_view

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
OUTPUT = REPO / "test-output"
EXAMPLE = "standards/yot/examples/example-2020.yaml"
WM = "standards/yot/inspections/windsor-maidenhead-2020.yaml"

# Added only to the test's copy of the page: the report itself has no script.
OPEN_ALL = (
    "<script>let n = 0; for (const d of document.querySelectorAll('details')) { d.open = true; n++; }"
    " document.body.dataset.opened = String(n);</script>"
)


@pytest.fixture(scope="module")
def chromium() -> str:
    """The browser, or a skip before the report is rendered and written for nothing."""
    return find_chromium()


@pytest.fixture(scope="module")
def report(chromium: str) -> str:
    cwd = Path.cwd()
    os.chdir(REPO)
    try:
        result = evaluate(load_framework("yot-2020"), load_inspection(EXAMPLE))
        return render_report(ratings_view(result))
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="module")
def pages(report: str) -> tuple[Path, Path]:
    OUTPUT.mkdir(exist_ok=True)
    plain = OUTPUT / "report-example.html"
    plain.write_text(report, encoding="utf-8")
    assert report.count("</body>") == 1
    opened = OUTPUT / "report-example-opened.html"
    opened.write_text(report.replace("</body>", OPEN_ALL + "\n</body>"), encoding="utf-8")
    return plain, opened


def test_dom_has_the_ratings_table_and_the_explanations(
    chromium: str, pages: tuple[Path, Path], report: str, tmp_path: Path
) -> None:
    dom = run_chromium(chromium, tmp_path / "profile", "--dump-dom", pages[0].as_uri()).stdout
    assert '<table class="ratings">' in dom
    assert dom.count('<tr class="standard"') == 12
    assert "22/36" in dom
    assert dom.count("<details") == report.count("<details") > 12
    assert dom.count("<svg") == 8


def test_every_details_opens(
    chromium: str, pages: tuple[Path, Path], report: str, tmp_path: Path
) -> None:
    dom = run_chromium(chromium, tmp_path / "profile", "--dump-dom", pages[1].as_uri()).stdout
    m = re.search(r'<body[^>]*\bdata-opened="(\d+)"', dom)
    assert m, "the script in the test's copy did not run"
    count = report.count("<details")
    assert int(m.group(1)) == count
    # Every <details> in the browser's DOM is now open.
    assert len(re.findall(r"<details\b[^>]*\bopen\b", dom)) == count


def test_screenshot_of_the_opened_report(
    chromium: str, pages: tuple[Path, Path], tmp_path: Path
) -> None:
    shot = OUTPUT / "report-example.png"
    shot.unlink(missing_ok=True)
    run_chromium(
        chromium,
        tmp_path / "profile",
        f"--screenshot={shot}",
        "--window-size=1280,2400",
        pages[1].as_uri(),
    )
    assert shot.exists()
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 10_000


# ---------------------------------------------------------------------------- the "no" filter

# Added only to the test's copy: tick the filter as a reader would, then count what shows.
FILTER = (
    "<script>const box = document.getElementById('only-no-2'); box.checked = true;"
    " const rows = [...document.querySelectorAll('#grid-2 tbody tr')];"
    " document.body.dataset.shown = String(rows.filter(r => getComputedStyle(r).display !== 'none').length);"
    " document.body.dataset.rows = String(rows.length);</script>"
)


def test_the_no_filter_needs_no_script(chromium: str, report: str, tmp_path: Path) -> None:
    page = OUTPUT / "report-example-filtered.html"
    page.write_text(report.replace("</body>", FILTER + "\n</body>"), encoding="utf-8")
    dom = run_chromium(chromium, tmp_path / "profile", "--dump-dom", page.as_uri()).stdout
    shown = re.search(r'data-shown="(\d+)"', dom)
    rows = re.search(r'data-rows="(\d+)"', dom)
    assert shown and rows
    with_no = len(
        re.findall(r'<tr class="case-row">', report.split('id="grid-2"')[1].split("</table>")[0])
    )
    assert int(rows.group(1)) == 30
    assert int(shown.group(1)) == with_no == 19


# ---------------------------------------------------------------------------- printed to PDF


def _plain(text: str) -> str:
    """Text as compared across the PDF: ligatures undone, no white space."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _headings(page: str) -> list[str]:
    found = re.findall(r"<h[1-4][^>]*>(.*?)</h[1-4]>", page, re.S)
    return [_plain(html.unescape(re.sub(r"<[^>]+>", "", h))) for h in found]


@pytest.fixture(scope="module")
def printed(chromium: str, report: str) -> dict[str, tuple[str, list[list[str]]]]:
    """The example's report and Windsor & Maidenhead's, printed to PDF and read page by page."""
    cwd = Path.cwd()
    os.chdir(REPO)
    try:
        wm = render_report(ratings_view(evaluate(load_framework("yot-2020"), load_inspection(WM))))
    finally:
        os.chdir(cwd)
    out = {}
    for name, page in (("example", report), ("windsor-maidenhead", wm)):
        source = OUTPUT / f"print-{name}.html"
        source.write_text(page, encoding="utf-8")
        pdf = OUTPUT / f"print-{name}.pdf"
        pdf.unlink(missing_ok=True)
        profile = OUTPUT / f"profile-{name}"
        shutil.rmtree(profile, ignore_errors=True)
        run_chromium(
            chromium, profile, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", source.as_uri()
        )
        out[name] = (
            page,
            [[_plain(line) for line in lines] for lines in page_lines(pdf.read_bytes())],
        )
    return out


@pytest.mark.parametrize("name", ["example", "windsor-maidenhead"])
def test_every_page_is_numbered(printed: dict[str, tuple[str, list[list[str]]]], name: str) -> None:
    _, pages = printed[name]
    assert len(pages) > 3
    for i, lines in enumerate(pages, start=1):
        assert f"Page{i}of{len(pages)}" in lines, (i, lines[-3:])


@pytest.mark.parametrize("name", ["example", "windsor-maidenhead"])
def test_folded_sections_print_open(
    printed: dict[str, tuple[str, list[list[str]]]], name: str
) -> None:
    """What starts folded on screen (each standard's explanation, each case's answers, each
    key question's cases and prompts) is on paper."""
    page, pages = printed[name]
    text = "".join(line for lines in pages for line in lines)
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
        assert page.count(html.escape(line, quote=False)) >= 1, line
        assert _plain(line) in text, line


@pytest.mark.parametrize("name", ["example", "windsor-maidenhead"])
def test_no_page_ends_with_a_heading(
    printed: dict[str, tuple[str, list[list[str]]]], name: str
) -> None:
    page, pages = printed[name]
    headings = _headings(page)
    assert len(headings) > 10
    for i, lines in enumerate(pages[:-1], start=1):
        body = [line for line in lines if not re.fullmatch(r"Page\d+of\d+", line)]
        tail = "".join(body[-3:])
        for heading in headings:
            assert not tail.endswith(heading), f"page {i} ends with the heading {heading!r}"
