"""The shipped made-up example rates without errors, and its ratings are stable (golden JSON)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ratingbook import evaluate, load_framework, load_inspection
from ratingbook.framework.model import Framework

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = "standards/yot/examples/example-2020.yaml"
GOLDEN = "json/example-2020.json"

RunCli = Callable[..., tuple[int, str, str]]


@pytest.fixture(scope="module")
def cli_json(run_cli: RunCli) -> tuple[int, str, str]:
    return run_cli("rate", EXAMPLE, "--format", "json")


def test_the_example_rates_without_errors_or_warnings(cli_json: tuple[int, str, str]) -> None:
    code, out, err = cli_json
    assert code == 0, err
    assert err == ""
    data = json.loads(out)
    assert data["diagnostics"] == []
    assert data["framework"]["id"] == "yot-2020"


def test_the_example_matches_its_golden_json(
    cli_json: tuple[int, str, str], golden: Callable[[str, str], None]
) -> None:
    code, out, _ = cli_json
    assert code == 0
    golden(GOLDEN, out)


def test_the_example_ratings(cli_json: tuple[int, str, str]) -> None:
    """The ratings, spelt out, so that a golden-file update that moves one is seen in review."""
    data = json.loads(cli_json[1])
    ratings = {sid: (s["banded"], s["rating"], s["score"]) for sid, s in data["standards"].items()}
    assert ratings == {
        "1.1": ("Good", "Good", 2),
        "1.2": ("Good", "Good", 2),
        "1.3": ("Requires improvement", "Requires improvement", 1),
        "1.4": ("Outstanding", "Outstanding", 3),
        "2.1": ("Good", "Good", 2),
        "2.2": ("Requires improvement", "Requires improvement", 1),
        "2.3": ("Good", "Good", 2),
        "2.4": ("Inadequate", "Inadequate", 0),
        "3.1": ("Outstanding", "Outstanding", 3),
        "3.2": ("Good", "Good", 2),
        "3.3": ("Requires improvement", "Requires improvement", 1),
        "3.4": ("Outstanding", "Outstanding", 3),
    }
    assert {k: data["overall"][k] for k in ("rating", "score", "max")} == {
        "rating": "Good",
        "score": 22,
        "max": 36,
    }


def test_the_cli_json_is_the_result_json(
    cli_json: tuple[int, str, str], yot_2020: Framework
) -> None:
    """The renderer only reads the Result: rating in-process gives the same document."""
    result = evaluate(yot_2020, load_inspection(str(REPO / EXAMPLE)))
    in_process = json.loads(json.dumps(result.to_json(), ensure_ascii=False))
    from_cli = json.loads(cli_json[1])
    in_process["inspection"] = from_cli["inspection"]
    assert in_process == from_cli


def test_the_example_agrees_with_its_generator() -> None:
    """tools/make_example_inspection.py computes the ratings on its own; the file is not stale."""
    proc = subprocess.run(
        [sys.executable, str(REPO / "tools" / "make_example_inspection.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    generator = dict(re.findall(r"^standard (\d\.\d): (.+?) \(", proc.stdout, re.M))
    result = evaluate(load_framework("yot-2020"), load_inspection(str(REPO / EXAMPLE)))
    assert generator == {s.id: s.rating for s in result.standards}
    overall = re.search(r"^overall: (.+), score (\d+)/36$", proc.stdout, re.M)
    assert overall is not None
    assert (overall.group(1), int(overall.group(2))) == (
        result.overall.rating,
        result.overall.score,
    )
