"""The published handbook in a real browser: headless Chromium loads each shipped version's
page; its structure (landmarks, headings, table headers, language) is read from the DOM the
browser built, and a picture is taken. Skipped when Chromium is not installed. Output goes
to ``test-output/`` (git-ignored)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from chromium import find_chromium, run_chromium

from ratingbook import load_framework
from ratingbook.framework.handbook import handbook
from ratingbook.framework.render.handbook import render_handbook_html
from ratingbook.framework.views.handbook import handbook_view

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
OUTPUT = REPO / "test-output"


@pytest.fixture(scope="module")
def chromium() -> str:
    return find_chromium()


def _page(version: str) -> str:
    cwd = Path.cwd()
    os.chdir(REPO)
    try:
        return render_handbook_html(handbook_view(handbook(load_framework(version))))
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize("version", ["yot-2018", "yot-2020"])
def test_the_handbook_page_in_chromium(chromium: str, version: str, tmp_path: Path) -> None:
    page = _page(version)
    OUTPUT.mkdir(exist_ok=True)
    path = OUTPUT / f"handbook-{version}.html"
    path.write_text(page, encoding="utf-8")
    dom = run_chromium(chromium, tmp_path / "profile", "--dump-dom", path.as_uri()).stdout
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
    assert cells and all(c.startswith(('<th scope="col">', '<th scope="row">')) for c in cells)
    # Every link in the contents goes to a heading on the page.
    for anchor in re.findall(r'href="#([^"]+)"', dom):
        assert f'id="{anchor}"' in dom
    # Self-contained: no script, no stylesheet or picture fetched from anywhere.
    assert "<script" not in page and "<link" not in page and "<img" not in page
    assert "src=" not in page and "url(" not in page and "@import" not in page
    assert not re.findall(r'href="(?!#)', page)
    # The ratings explained, from the rules: 12 standards scored 0 to 3.
    assert "runs from 0 (12 × 0) to 36 (12 × 3)" in dom


def test_screenshot_of_the_handbook(chromium: str, tmp_path: Path) -> None:
    path = OUTPUT / "handbook-yot-2020.html"
    OUTPUT.mkdir(exist_ok=True)
    path.write_text(_page("yot-2020"), encoding="utf-8")
    shot = OUTPUT / "handbook-yot-2020.png"
    shot.unlink(missing_ok=True)
    run_chromium(
        chromium,
        tmp_path / "profile",
        f"--screenshot={shot}",
        "--window-size=1100,1600",
        path.as_uri(),
    )
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
