"""The published handbook in a real browser: one headless Chromium for the module loads each
shipped version's page; its structure (landmarks, headings, table headers, language) is read
from the DOM the browser built, it is looked at as a phone and a wide screen would, and it is
printed: A4 pages numbered "Page N of M" by the print rule it shares with the report, none
ending with a heading or a table's header. Skipped when Chromium is not installed. Output
goes to ``test-output/`` (git-ignored)."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from chromium import Browser, find_chromium, open_browser
from pdf_text import page_lines, page_sizes, pages_ending_with, plain

from ratingbook import load_framework
from ratingbook.framework.handbook import handbook
from ratingbook.framework.render.handbook import render_handbook_html
from ratingbook.framework.views.handbook import handbook_view

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
OUTPUT = REPO / "test-output"
A4 = (595.3, 841.9)  # points
HEADINGS = "h1, h2, h3, h4, h5, h6, caption, thead tr, p.label"


@pytest.fixture(scope="module")
def chromium() -> str:
    return find_chromium()


@pytest.fixture(scope="module")
def browser(chromium: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    with open_browser(chromium, tmp_path_factory.mktemp("chromium")) as b:
        yield b


def _page(version: str) -> str:
    cwd = Path.cwd()
    os.chdir(REPO)
    try:
        return render_handbook_html(handbook_view(handbook(load_framework(version))))
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="module")
def pages(chromium: str) -> dict[str, tuple[str, str]]:
    """Each shipped version's handbook: its text and the address of the file it is in."""
    OUTPUT.mkdir(exist_ok=True)
    out = {}
    for version in ("yot-2018", "yot-2020"):
        page = _page(version)
        path = OUTPUT / f"handbook-{version}.html"
        path.write_text(page, encoding="utf-8")
        out[version] = (page, path.as_uri())
    return out


@pytest.mark.parametrize("version", ["yot-2018", "yot-2020"])
def test_the_handbook_page_in_chromium(
    browser: Browser, pages: dict[str, tuple[str, str]], version: str
) -> None:
    page, url = pages[version]
    tab = browser.open(url)
    try:
        dom = tab.eval("document.documentElement.outerHTML")
    finally:
        tab.close()
    fw = load_framework(version)
    # One page in English, with its landmarks.
    assert re.search(r'<html lang="en"', dom)
    for landmark in ("<header>", '<nav aria-label="Contents">', "<main>", "</main>"):
        assert dom.count(landmark) == 1, landmark
    assert dom.count("<h1>") == 1
    # Every domain, standard and key question is a heading the browser kept, by its id.
    for d in fw.domains:
        assert f'<h2 id="d-{d.id}">' in dom
    for s in fw.standards():
        assert f'<h3 id="s-{s.id}">' in dom
    for kq in fw.key_questions():
        assert f'<h4 id="kq-{kq.id}">' in dom
    # Every table has a caption and its headers say what they head.
    assert dom.count("<table>") == dom.count("<caption>") == 4
    cells = re.findall(r"<th[ >][^>]*>?", dom)
    assert cells and all(c.startswith(('<th scope="col"', '<th scope="row"')) for c in cells)
    # Every link in the contents goes to a heading on the page.
    for anchor in re.findall(r'href="#([^"]+)"', dom):
        assert f'id="{anchor}"' in dom
    # Self-contained: no script, no stylesheet or picture fetched from anywhere.
    assert "<script" not in page and "<link" not in page and "<img" not in page
    assert "src=" not in page and "url(" not in page and "@import" not in page
    assert not re.findall(r'href="(?!#)', page)
    # The ratings explained, from the rules: 12 standards scored 0 to 3.
    assert "runs from 0 (12 × 0) to 36 (12 × 3)" in dom


@pytest.mark.parametrize("width", [390, 1280])
def test_the_handbook_on_a_phone_and_a_wide_screen(
    browser: Browser, pages: dict[str, tuple[str, str]], width: int
) -> None:
    """No sideways scroll at either width; a picture of each: test-output/handbook-yot-2020-
    390.png and -1280.png."""
    tab = browser.open(pages["yot-2020"][1], width=width, height=900, mobile=width == 390)
    try:
        inner, scroll, client = tab.eval(
            "[innerWidth, document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        data = tab.screenshot(OUTPUT / f"handbook-yot-2020-{width}.png", height=2400)
    finally:
        tab.close()
    assert inner == width and scroll <= client <= width
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


@pytest.mark.parametrize("version", ["yot-2018", "yot-2020"])
def test_the_handbook_prints_on_numbered_a4_pages(
    browser: Browser, pages: dict[str, tuple[str, str]], version: str
) -> None:
    """Printed as a reader's browser prints it: every page A4 and numbered "Page N of M",
    and no heading, caption, table header or list's label at the foot of a page."""
    tab = browser.open(pages[version][1])
    try:
        headings = set(
            json.loads(
                tab.eval(
                    f"JSON.stringify([...document.querySelectorAll({HEADINGS!r})]"
                    ".map(e => e.textContent))"
                )
            )
        )
        data = tab.pdf(OUTPUT / f"handbook-{version}.pdf")
    finally:
        tab.close()
    lines = page_lines(data)
    assert len(lines) > 10
    for i, page in enumerate(lines, start=1):
        assert f"Page{i}of{len(lines)}" in [plain(line) for line in page], (i, page[-3:])
    for w, h in page_sizes(data):
        assert abs(w - A4[0]) < 2 and abs(h - A4[1]) < 2, (w, h)
    assert len(headings) > 50
    assert pages_ending_with(lines, headings) == []
