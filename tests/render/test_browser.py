"""The HTML report in a real browser: headless Chromium loads it, opens every <details>, takes a picture.

Skipped when Chromium is not installed. Output goes to ``test-output/`` at the repository root
(git-ignored), so the screenshot can be looked at after the run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ratingbook import evaluate, load_framework, load_inspection
from ratingbook.framework.render.html import render_report
from ratingbook.framework.views.ratings import ratings_view

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
OUTPUT = REPO / "test-output"
EXAMPLE = "standards/yot/examples/example-2020.yaml"
TIMEOUT = 60

# Added only to the test's copy of the page: the report itself has no script.
OPEN_ALL = (
    "<script>let n = 0; for (const d of document.querySelectorAll('details')) { d.open = true; n++; }"
    " document.body.dataset.opened = String(n);</script>"
)


def _chromium() -> str:
    found = shutil.which("chromium") or (
        "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None
    )
    if found is None:
        pytest.skip("chromium is not installed")
    return found


def _run(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        *args,
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    assert proc.returncode == 0, f"chromium exited {proc.returncode}: {proc.stderr[-2000:]}"
    return proc


@pytest.fixture(scope="module")
def chromium() -> str:
    """The browser, or a skip before the report is rendered and written for nothing."""
    return _chromium()


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
    dom = _run(chromium, tmp_path / "profile", "--dump-dom", pages[0].as_uri()).stdout
    assert '<table class="ratings">' in dom
    assert dom.count('<tr class="standard"') == 12
    assert "22/36" in dom
    assert dom.count("<details") == report.count("<details") > 12
    assert dom.count("<svg") == 8


def test_every_details_opens(
    chromium: str, pages: tuple[Path, Path], report: str, tmp_path: Path
) -> None:
    dom = _run(chromium, tmp_path / "profile", "--dump-dom", pages[1].as_uri()).stdout
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
    _run(
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
