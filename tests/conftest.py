"""Shared fixtures and helpers for the ratingbook test suite.

Helpers are exposed as fixtures (``write``, ``tiny``, ``run_cli``, ...) so that tests in any
sub-folder can use them without importing this module.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

from ratingbook.framework.loading.frameworks import load_framework
from ratingbook.framework.model import Framework

# The tests never read or write the user's cache of checked frameworks: the whole session,
# including the CLI run in subprocesses, uses a folder of its own, removed at the end.
_CACHE = tempfile.mkdtemp(prefix="ratingbook-test-cache-")
os.environ["RATINGBOOK_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

REPO = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).resolve().parent / "data" / "golden"

# Tests name the repository's files by relative paths, as a user in the checkout would, so they
# run from the checkout whatever directory pytest was started from.
os.chdir(REPO)

settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite golden files under tests/data/golden from the current output",
    )


# ---------------------------------------------------------------------------- frameworks


@pytest.fixture(scope="session")
def yot_2020() -> Framework:
    return load_framework("yot-2020")


@pytest.fixture(scope="session")
def yot_2018() -> Framework:
    return load_framework("yot-2018")


# ---------------------------------------------------------------------------- files


def write(tmp_path: Path, name: str, text: str) -> Path:
    """Write ``text`` to ``tmp_path / name`` (creating folders) and return the path."""
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(name="write", scope="session")
def _write_fixture() -> Callable[[Path, str, str], Path]:
    return write


# ---------------------------------------------------------------------------- a tiny framework

# One domain (court cases only) with two standards of one key question each, so the overall
# scale is 2 x 3 = 0..6. Every section can be replaced by name, and ``extra`` is appended,
# so a test varies one thing at a time. No source names a file: no quotation checks.
TINY_SECTIONS: dict[str, str] = {
    "header": 'framework tiny 1 "A tiny framework"\n  effective from 2020-01-01\n',
    "sources": 'source doc "The document"\n',
    "attributes": (
        'attribute disposal one of court, out-of-court "how the case was disposed of"\n'
        'attribute risky flag default no "there is a risk"\n'
        'attribute kind text "the kind of disposal"\n'
        'attribute level one of low, high, "very high" "the level"\n'
    ),
    "ratings": (
        "rating Outstanding score 3\n"
        "rating Good score 2\n"
        'rating "Requires improvement" score 1\n'
        "rating Inadequate score 0\n"
    ),
    "percentage": "percentage rounded half up\n",
    "bands": (
        "band 0..49 Inadequate\n"
        'band 50..64 "Requires improvement"\n'
        "band 65..79 Good\n"
        "band 80..100 Outstanding\n"
    ),
    "overall": (
        "overall 0..1 Inadequate\n"
        'overall 2..3 "Requires improvement"\n'
        "overall 4..5 Good\n"
        "overall 6..6 Outstanding\n"
    ),
    "discretion": (
        "discretion in domains 1\n"
        '  eligible when boundary_distance <= 5 "within five points"\n'
        '  eligible when judgements_to_change <= 1 "one case would change it"\n'
        '  eligible when sample_size <= 5 "five cases or fewer"\n'
    ),
    "items": (
        'domain 1 "Cases"\n'
        "  applies to cases where disposal = court\n"
        "  rated by lowest key question band\n"
        'standard 1.1 "First"\n'
        'key question 1.1.1 "Is the first thing done?" from doc line 1\n'
        'prompt 1.1.1.a "Is it done well?" from doc line 2\n'
        'standard 1.2 "Second"\n'
        'key question 1.2.1 "Is the second thing done?" from doc line 3\n'
        "  applies to cases where risky\n"
        'prompt 1.2.1.a "Where applicable, is it done well?" from doc line 4\n'
        "  where applicable\n"
    ),
    "extra": "",
}


def tiny_framework(**sections: str) -> str:
    """The tiny framework's text, with any section replaced (``bands=...``) or ``extra`` added."""
    unknown = set(sections) - set(TINY_SECTIONS)
    if unknown:
        raise TypeError(f"unknown sections: {sorted(unknown)}")
    parts = {**TINY_SECTIONS, **sections}
    return "".join(parts[name] for name in TINY_SECTIONS)


@pytest.fixture(name="tiny", scope="session")
def _tiny_fixture() -> Callable[..., str]:
    return tiny_framework


# ---------------------------------------------------------------------------- the CLI


def run_cli(
    *args: str, input: str | None = None, cwd: Path | str | None = None
) -> tuple[int, str, str]:
    """Run ``python -m ratingbook ARGS`` in a subprocess; return (exit code, stdout, stderr)."""
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "ratingbook", *args],
        input=input,
        capture_output=True,
        text=True,
        cwd=str(cwd or REPO),
        env=env,
        timeout=120,
    )
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture(name="run_cli", scope="session")
def _run_cli_fixture() -> Callable[..., tuple[int, str, str]]:
    return run_cli


# ---------------------------------------------------------------------------- golden files


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with ``tests/data/golden/NAME``; ``--update-goldens`` rewrites it."""
    update = bool(request.config.getoption("--update-goldens"))

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            return
        assert path.exists(), f"{path} is missing: run pytest --update-goldens and review it"
        expected = path.read_text(encoding="utf-8")
        assert actual == expected, f"{name} differs from the golden file (pytest --update-goldens)"

    return check
