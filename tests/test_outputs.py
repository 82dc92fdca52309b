"""Golden files for everything a person reads: rate, explain, diff, compare and test output.

Refresh with ``pytest --update-goldens`` and review the diff like any other change.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

WM = "standards/yot/inspections/windsor-maidenhead-2020.yaml"
EXAMPLE = "standards/yot/examples/example-2020.yaml"
PROPOSAL = "docs/examples/good-from-70.framework"
WIDTH = ["--width", "100", "--no-color"]

CASES = {
    "rate/example.txt": ([*WIDTH, "rate", EXAMPLE], 0),
    "rate/windsor-maidenhead-2020.txt": ([*WIDTH, "rate", WM], 0),
    "rate/example.md": (["rate", EXAMPLE, "--format", "markdown"], 0),
    "rate/windsor-maidenhead-2020.md": (["rate", WM, "--format", "markdown"], 0),
    "json/windsor-maidenhead-2020-rate.json": (["rate", WM, "--format", "json"], 0),
    "explain/example.txt": ([*WIDTH, "explain", EXAMPLE, "--depth", "2"], 0),
    "explain/example-2.2.txt": ([*WIDTH, "explain", EXAMPLE, "2.2"], 0),
    "explain/example-1.3.txt": ([*WIDTH, "explain", EXAMPLE, "1.3"], 0),
    "explain/windsor-maidenhead-2020.txt": ([*WIDTH, "explain", WM, "--depth", "2"], 0),
    "explain/windsor-maidenhead-2020-2.2.txt": ([*WIDTH, "explain", WM, "2.2"], 0),
    "explain/example.md": (["explain", EXAMPLE, "--format", "markdown"], 0),
    "explain/windsor-maidenhead-2020-2.2.md": (["explain", WM, "2.2", "--format", "markdown"], 0),
    "json/example-explain.json": (["explain", EXAMPLE, "--format", "json"], 0),
    "json/windsor-maidenhead-2020-explain-2.2.json": (
        ["explain", WM, "2.2", "--format", "json"],
        0,
    ),
    "diff/yot-2018-yot-2020.txt": ([*WIDTH, "diff", "yot-2018", "yot-2020"], 0),
    "diff/yot-2018-yot-2020.md": (["diff", "yot-2018", "yot-2020", "--format", "markdown"], 0),
    "json/diff-yot-2018-yot-2020.json": (["diff", "yot-2018", "yot-2020", "--format", "json"], 0),
    "diff/yot-2020-good70.txt": ([*WIDTH, "diff", "yot-2020", PROPOSAL], 0),
    "compare/good70.txt": (
        [
            *WIDTH,
            "compare",
            "--base",
            "yot-2020",
            "--candidate",
            PROPOSAL,
            "standards/yot/inspections/",
            "standards/yot/examples/",
        ],
        1,
    ),
    "compare/good70.md": (
        [
            "compare",
            "--base",
            "yot-2020",
            "--candidate",
            PROPOSAL,
            "standards/yot/inspections/",
            "--format",
            "markdown",
        ],
        1,
    ),
    "json/compare-good70.json": (
        [
            "compare",
            "--base",
            "yot-2020",
            "--candidate",
            PROPOSAL,
            "standards/yot/inspections/",
            "--format",
            "json",
        ],
        1,
    ),
    "compare/same.txt": (
        [
            *WIDTH,
            "compare",
            "--base",
            "yot-2020",
            "--candidate",
            "yot-2020",
            "standards/yot/inspections/",
        ],
        0,
    ),
    # The two published versions over every inspection: the 2020 data carries prompt-level
    # figures that yot-2018 has no prompts for, which must be a note, not a failure.
    "compare/yot-2018-yot-2020.txt": (
        [
            *WIDTH,
            "compare",
            "--base",
            "yot-2018",
            "--candidate",
            "yot-2020",
            "standards/yot/inspections/",
            "standards/yot/examples/",
        ],
        0,
    ),
    "test/published.txt": ([*WIDTH, "test", "standards/yot/", "-v"], 0),
    "frameworks.txt": ([*WIDTH, "frameworks"], 0),
}


def _stable(text: str) -> str:
    return re.sub(r"in \d+\.\d+s", "in N.NNs", text)


@pytest.mark.parametrize("name", sorted(CASES))
def test_output_matches_golden(
    name: str, run_cli: Callable[..., tuple[int, str, str]], golden: Callable[[str, str], None]
) -> None:
    args, expected_code = CASES[name]
    code, out, err = run_cli(*args)
    assert code == expected_code, err
    assert "Traceback" not in err
    golden(name, _stable(out))


def test_test_command_ends_with_the_plain_summary(
    run_cli: Callable[..., tuple[int, str, str]],
) -> None:
    code, out, _ = run_cli("test", "standards/yot/")
    assert code == 0
    assert out.rstrip().splitlines()[-1] == "4 passed, 0 failed"
