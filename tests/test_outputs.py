"""Golden files for everything a person reads: rate, explain, diff, compare and test output.

Refresh with ``pytest --update-goldens`` and review the diff like any other change.

A golden file is for reading in review, so none is over 100 KB and no two are the same.
The made-up example's full explanation (50 cases: 135 KB of Markdown, 614 KB of JSON) is
kept at ``--depth 2``, what a person reads first; below that, the tests here check that it
is made of each standard's own explanation, and test_example.py checks its ratings and
figures. Its rating JSON is checked in test_example.py too.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from ratingbook import evaluate, load_framework, load_inspection
from ratingbook.framework.explain import build
from ratingbook.framework.render import markdown
from ratingbook.framework.result import Result
from ratingbook.framework.views.explanation import explanation_view

GOLDEN = Path(__file__).resolve().parent / "data" / "golden"
SCHEMA = Path(__file__).resolve().parents[1] / "framework" / "schema" / "explain-v1.json"
RunCli = Callable[..., tuple[int, str, str]]

WM = "standards/yot/inspections/windsor-maidenhead-2020.yaml"
EXAMPLE = "standards/yot/examples/example-2020.yaml"
PROPOSAL = "docs/examples/good-from-70.framework"
CANDIDATE = "tests/data/diff/candidate-2021.framework"
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
    "explain/example.md": (["explain", EXAMPLE, "--format", "markdown", "--depth", "2"], 0),
    "explain/windsor-maidenhead-2020-2.2.md": (["explain", WM, "2.2", "--format", "markdown"], 0),
    "json/windsor-maidenhead-2020-explain-2.2.json": (
        ["explain", WM, "2.2", "--format", "json"],
        0,
    ),
    "diff/yot-2018-yot-2020.txt": ([*WIDTH, "diff", "yot-2018", "yot-2020"], 0),
    "diff/yot-2018-yot-2020.md": (["diff", "yot-2018", "yot-2020", "--format", "markdown"], 0),
    "json/diff-yot-2018-yot-2020.json": (["diff", "yot-2018", "yot-2020", "--format", "json"], 0),
    "diff/yot-2020-good70.txt": ([*WIDTH, "diff", "yot-2020", PROPOSAL], 0),
    "diff/yot-2018-yot-2020-summary.txt": (
        [*WIDTH, "diff", "yot-2018", "yot-2020", "--summary"],
        0,
    ),
    "diff/candidate-2021.txt": ([*WIDTH, "diff", "yot-2020", CANDIDATE], 0),
    "diff/candidate-2021.md": (["diff", "yot-2020", CANDIDATE, "--format", "markdown"], 0),
    "diff/candidate-2021-summary.md": (
        ["diff", "yot-2020", CANDIDATE, "--summary", "--format", "markdown"],
        0,
    ),
    "json/diff-candidate-2021-summary.json": (
        ["diff", "yot-2020", CANDIDATE, "--summary", "--format", "json"],
        0,
    ),
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


# ---------------------------------------------------------------------------- the golden files


def test_golden_files_are_small_and_distinct() -> None:
    """Each golden file is read in review: at most 100 KB, and none repeats another."""
    files = sorted(p for p in GOLDEN.rglob("*") if p.is_file())
    assert len(files) >= 20
    too_big = {p.relative_to(GOLDEN).as_posix(): p.stat().st_size for p in files}
    assert {name: size for name, size in too_big.items() if size > 100_000} == {}
    by_content: dict[str, list[str]] = {}
    for p in files:
        digest = hashlib.sha256(p.read_bytes()).hexdigest()
        by_content.setdefault(digest, []).append(p.relative_to(GOLDEN).as_posix())
    assert [names for names in by_content.values() if len(names) > 1] == []


def test_every_golden_file_is_checked_by_a_test() -> None:
    """A golden file no test reads any more would only look like a check."""
    tests = Path(__file__).resolve().parent
    source = "\n".join(p.read_text(encoding="utf-8") for p in tests.rglob("test_*.py"))
    unread = [
        name
        for name in (p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file())
        if name not in CASES and f'"{name}"' not in source
    ]
    assert unread == []


# ---------------------------------------------------------------------------- the full example explanation


@pytest.fixture(scope="module")
def example_explain_json(run_cli: RunCli) -> dict[str, Any]:
    code, out, err = run_cli("explain", EXAMPLE, "--format", "json")
    assert (code, err) == (0, "")
    data: dict[str, Any] = json.loads(out)
    return data


@pytest.fixture(scope="module")
def example_result() -> Result:
    return evaluate(load_framework("yot-2020"), load_inspection(EXAMPLE))


def _size(node: dict[str, Any]) -> int:
    return sum(1 + _size(c) for c in node["children"])


def _prune(node: dict[str, Any], depth: int) -> dict[str, Any]:
    if depth <= 0:
        return {**node, "children": [], "hidden": _size(node)}
    return {**node, "children": [_prune(c, depth - 1) for c in node["children"]]}


def test_the_full_example_explanation_json(
    example_explain_json: dict[str, Any], example_result: Result
) -> None:
    """Its schema, its header, and every standard and key question as its own explanation."""
    data = example_explain_json
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert {k: v for k, v in data.items() if k != "tree"} == {
        "format": "ratingbook/explain-v1",
        "service": "Exampleshire Youth Justice Service (made-up example data)",
        "inspection": EXAMPLE,
        "framework": "yot-2020",
        "item": "overall",
        "depth": None,
        "diagnostics": [],
    }
    tree = data["tree"]
    assert (tree["kind"], tree["status"], tree["hidden"]) == ("overall", "Good", 0)
    assert [(c["kind"], c["id"]) for c in tree["children"]] == [("sum", None), ("band", None)] + [
        ("standard", f"{d}.{s}") for d in (1, 2, 3) for s in (1, 2, 3, 4)
    ]
    ratings = {s.id: s.rating for s in example_result.standards}
    for node in tree["children"][2:]:
        assert node["status"] == ratings[node["id"]]
        assert build(example_result, node["id"]).to_json()["tree"] == node, node["id"]
        for kq in (c for c in node["children"] if c["kind"] == "key_question"):
            assert build(example_result, kq["id"]).to_json()["tree"] == kq, kq["id"]
    # --depth cuts the same tree and counts what it hides (on the command line, --depth 2 is
    # the explain/example.* goldens).
    cut = json.loads(json.dumps(build(example_result, None, 2).to_json(), ensure_ascii=False))
    assert cut == {**data, "depth": 2, "tree": _prune(tree, 2)}


def test_the_full_example_explanation_json_is_the_in_process_one(
    example_explain_json: dict[str, Any], example_result: Result
) -> None:
    in_process = build(example_result, None, None).to_json()
    assert json.loads(json.dumps(in_process, ensure_ascii=False)) == example_explain_json


def test_the_full_example_explanation_markdown_is_made_of_each_standards(
    run_cli: RunCli, example_result: Result
) -> None:
    """The whole explanation is the one-level overview with each standard's own in its place."""
    _, full, _ = run_cli("explain", EXAMPLE, "--format", "markdown")
    overview = markdown.render_explanation(explanation_view(build(example_result, None, 1)))
    header = overview[: overview.index("\n- ") + 1]
    folded = re.compile(
        r"^  - \*\*(\d\.\d) .*\n    - … \d+ more lines \(raise --depth to see them\)\n", re.M
    )
    assert folded.findall(overview) == [f"{d}.{s}" for d in (1, 2, 3) for s in (1, 2, 3, 4)]

    def own(match: re.Match[str]) -> str:
        """The standard's own explanation (as ``explain FILE ID`` prints it), one level in."""
        one = markdown.render_explanation(explanation_view(build(example_result, match.group(1))))
        assert one.startswith(header)
        return "".join(
            "  " + line if line.strip() else line
            for line in one[len(header) :].splitlines(keepends=True)
        )

    assert full == folded.sub(own, overview)
