"""Golden files for everything a person reads: rate, explain, diff, compare and test output.

Refresh with ``pytest --update-goldens`` and review the diff like any other change.

A golden file is for reading in review, so none is over 100 KB and no two are the same.
The made-up example's full explanation is kept whole in Markdown (under 64 KB: each reason
for leaving cases out is said once per key question, each rule quoted once) and at
``--depth 2`` as text; the tests here check that it is made of each standard's own
explanation, and test_example.py checks its ratings and figures. Its rating JSON is checked in test_example.py too.
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

from ratingbook import evaluate, load_framework, load_inspection, to_json
from ratingbook.framework.certainty import certainties
from ratingbook.framework.emit.records import sampling_json
from ratingbook.framework.explain import build, what_ifs
from ratingbook.framework.render import markdown
from ratingbook.framework.result import Result
from ratingbook.framework.views.explanation import explanation_view
from ratingbook.framework.views.phrases import worded

GOLDEN = Path(__file__).resolve().parent / "data" / "golden"
SCHEMA = (
    Path(__file__).resolve().parents[1] / "ratingbook" / "framework" / "schema" / "explain-v1.json"
)
RunCli = Callable[..., tuple[int, str, str]]

WM = "standards/yot/inspections/windsor-maidenhead-2020.yaml"
EXAMPLE = "standards/yot/examples/example-2020.yaml"
PROPOSAL = "docs/examples/good-from-70.framework"
PROV = "docs/examples/provenance.yaml"
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
    "explain/example.md": (["explain", EXAMPLE, "--format", "markdown"], 0),
    "explain/example-limiting.txt": ([*WIDTH, "explain", EXAMPLE, "--only", "limiting"], 0),
    "explain/windsor-maidenhead-2020-2.2.md": (["explain", WM, "2.2", "--format", "markdown"], 0),
    "json/windsor-maidenhead-2020-explain-2.2.json": (
        ["explain", WM, "2.2", "--format", "json"],
        0,
    ),
    # Provenance (who judged, why, notes, the lead inspector) and explaining any id.
    "explain/provenance-C01.txt": ([*WIDTH, "explain", PROV, "C01"], 0),
    "explain/provenance-C01.md": (["explain", PROV, "C01", "--format", "markdown"], 0),
    "html/provenance-C01.html": (["explain", PROV, "C01", "--format", "html"], 0),
    "json/provenance-explain-C01.json": (["explain", PROV, "C01", "--format", "json"], 0),
    "explain/provenance-2.1.2.txt": ([*WIDTH, "explain", PROV, "2.1.2", "--no-snippets"], 0),
    "rate/provenance.md": (["rate", PROV, "--format", "markdown"], 0),
    "explain/windsor-maidenhead-2020-2.2.1.a.txt": ([*WIDTH, "explain", WM, "2.2.1.a"], 0),
    "explain/example-2.2.1.a.md": (["explain", EXAMPLE, "2.2.1.a", "--format", "markdown"], 0),
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
    "show/candidate-2021-2.2.txt": ([*WIDTH, "show", CANDIDATE, "--standard", "2.2"], 0),
    "show/good70-rules.md": (["show", PROPOSAL, "--rules-only", "--format", "markdown"], 0),
    "json/show-candidate-2021-2.1.json": (
        ["show", CANDIDATE, "--standard", "2.1", "--format", "json"],
        0,
    ),
    "publish/yot-2020.md": (["publish", "yot-2020", "--format", "markdown"], 0),
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
    assert out.rstrip().splitlines()[-1] == "10 passed, 0 failed"


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
    assert data["audit"]["data"] == {
        "path": EXAMPLE,
        "sha256": hashlib.sha256(Path(EXAMPLE).read_bytes()).hexdigest(),
    }
    assert {k: v for k, v in data.items() if k not in ("tree", "audit")} == {
        "format": "ratingbook/explain-v1",
        "service": "Exampleshire Youth Justice Service (made-up example data)",
        "inspection": EXAMPLE,
        "framework": "yot-2020",
        "item": "overall",
        "depth": None,
        "only": None,
        "what_would_move": worded([to_json(w) for w in what_ifs(example_result)]),
        "probabilities": worded([to_json(c) for c in certainties(example_result)]),
        "sampling": sampling_json(example_result),
        "diagnostics": [],
    }
    tree = data["tree"]
    assert (tree["kind"], tree["status"], tree["hidden"]) == ("overall", "Good", 0)
    assert [(c["kind"], c["id"]) for c in tree["children"]] == [
        ("sum", None),
        ("band", None),
        ("changes", None),
        ("probabilities", None),
        ("sampling", None),
    ] + [("standard", f"{d}.{s}") for d in (1, 2, 3) for s in (1, 2, 3, 4)]
    ratings = {s.id: s.rating for s in example_result.standards}
    for node in tree["children"][5:]:
        assert node["status"] == ratings[node["id"]]
        assert worded(to_json(build(example_result, node["id"])))["tree"] == node, node["id"]
        for kq in (c for c in node["children"] if c["kind"] == "key_question"):
            assert worded(to_json(build(example_result, kq["id"])))["tree"] == kq, kq["id"]
    # --depth cuts the same tree and counts what it hides (on the command line, --depth 2 is
    # the explain/example.* goldens).
    cut = json.loads(
        json.dumps(worded(to_json(build(example_result, None, 2))), ensure_ascii=False)
    )
    assert cut == {**data, "depth": 2, "tree": _prune(tree, 2)}


def test_the_full_example_explanation_json_is_the_in_process_one(
    example_explain_json: dict[str, Any], example_result: Result
) -> None:
    in_process = worded(to_json(build(example_result, None, None)))
    assert json.loads(json.dumps(in_process, ensure_ascii=False)) == example_explain_json


def test_the_full_example_explanation_markdown_is_made_of_each_standards(
    example_result: Result,
) -> None:
    """Below its summary, the whole explanation is the one-level overview with each standard's
    own explanation in its place (quoting every rule's text where it is used, as the HTML
    report does; the command line quotes each only where it first appears)."""

    def md(item: str | None, depth: int | None = None) -> str:
        view = explanation_view(build(example_result, item, depth), repeat_snippets=True)
        return markdown.render_explanation(view)

    full, overview = md(None), md(None, 1)
    header = overview[: overview.index("\n- ") + 1]
    assert header.endswith("## Details\n\n") and full.startswith(header)
    standard_header = md("2.2")[: md("2.2").index("\n- ") + 1]
    folded = re.compile(
        r"^  - \*\*(\d\.\d) .*\n    - … \d+ more lines \(raise --depth to see them\)\n", re.M
    )
    assert folded.findall(overview) == [f"{d}.{s}" for d in (1, 2, 3) for s in (1, 2, 3, 4)]

    def own(match: re.Match[str]) -> str:
        """The standard's own explanation (as ``explain FILE ID`` prints it), one level in."""
        one = md(match.group(1))
        assert one.startswith(standard_header)
        return "".join(
            "  " + line if line.strip() else line
            for line in one[len(standard_header) :].splitlines(keepends=True)
        )

    # The overall what-if is folded in the overview too: the whole explanation has it in full.
    start = full.index("  - what would move the overall rating")
    moves = full[start : full.index("  - how sure: ", start)]
    sampling_start = full.index("  - sampling policy: ")
    sampling = full[sampling_start : full.index("  - **1.1 ", sampling_start)]
    folded_sampling = re.compile(
        r"^  - sampling policy: .*\n    - … \d+ more lines \(raise --depth to see them\)\n", re.M
    )
    assert moves.count("\n") > 2
    folded_moves = re.compile(
        r"^  - what would move the overall rating\n    - … \d+ more lines \(raise --depth to see them\)\n",
        re.M,
    )
    overview = folded_moves.sub(lambda _: moves, overview)
    overview = folded_sampling.sub(lambda _: sampling, overview)
    assert full[len(header) :] == folded.sub(own, overview)[len(header) :]


def test_the_full_example_explanation_reads_well(run_cli: RunCli, example_result: Result) -> None:
    """The summary first; each reason for leaving cases out said once per key question, not
    once per case; each rule's framework text quoted once; short enough to paste."""
    _, md, _ = run_cli("explain", EXAMPLE, "--format", "markdown")
    assert len(md) < 65_536  # a pull-request comment's limit
    assert md.index("## Summary") < md.index("## Details") < md.index("- **2.1 Assessment")
    court = [k for s in example_result.standards if s.domain == "2" for k in s.key_questions]
    assert md.count("domain 2 is for cases where disposal = court") == len(court) == 12
    for snippet in ("percentage rounded half up", "applies to cases where disposal = court"):
        assert md.count(snippet) == 1, snippet
    _, text, _ = run_cli("--width", "120", "--no-color", "explain", EXAMPLE)
    assert text.index("Summary") < text.index("Exampleshire")
    # 1,891 lines when each case had a line of its own; 849 before each chance named its model.
    assert len(text.splitlines()) < 900


def test_every_case_is_still_named(example_result: Result) -> None:
    """Grouping loses no case: every key question's groups name exactly its counted cases
    (with their answers) and its left-out ones."""
    tree = worded(to_json(build(example_result)))["tree"]

    def walk(node: dict[str, Any]) -> Any:
        yield node
        for c in node["children"]:
            yield from walk(c)

    for node in walk(tree):
        if node["kind"] != "key_question":
            continue
        k = example_result.key_question(node["id"])
        assert k is not None
        counted, left = (c for c in node["children"] if c["kind"] == "cases")
        by_answer = {g["status"]: g["cases"] for g in counted["children"]}
        assert by_answer == {
            a: [c.case for c in k.counted if c.answer == a]
            for a in ("no", "yes")
            if any(c.answer == a for c in k.counted)
        }
        named = [case for g in left["children"] for case in g["cases"]]
        assert sorted(named) == sorted(c.case for c in k.excluded)


def test_only_limiting_keeps_what_pulled_each_rating_down(example_result: Result) -> None:
    tree = worded(to_json(build(example_result, only="limiting")))
    assert tree["only"] == "limiting"
    for node, s in zip(tree["tree"]["children"][5:], example_result.standards, strict=True):
        kinds = [c["kind"] for c in node["children"]]
        assert "characteristics" not in kinds
        kqs = [c for c in node["children"] if c["kind"] == "key_question"]
        assert [k["id"] for k in kqs] == list(s.lowest) if s.judged is None else not kqs
        for kq in kqs:
            groups = [g for c in kq["children"] if c["kind"] == "cases" for g in c["children"]]
            assert groups and all(g["status"] == "no" for g in groups)
            k = example_result.key_question(kq["id"])
            assert k is not None and groups[0]["cases"] == [
                c.case for c in k.counted if c.answer == "no"
            ]


def test_a_counts_only_explanation_says_the_cases_are_not_in_the_data(run_cli: RunCli) -> None:
    for fmt in ("text", "markdown"):
        _, out, _ = run_cli("--width", "200", "explain", WM, "--format", fmt)
        assert "The cases are not in the data" in out, fmt
    _, out, _ = run_cli("--width", "200", "explain", EXAMPLE)
    assert "The cases are not in the data" not in out
