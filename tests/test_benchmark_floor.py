"""The benchmark's floor is the same rules: its figures equal ratingbook's.

tools/benchmark.py measures ratingbook against a direct, hand-written function of the
yot-2020 rules. The ratios mean something only if that function computes what a Result
holds, so it is checked here on the shipped 2020 inspections and on varied example data.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import OPTIONAL, tool

from ratingbook import evaluate, load_framework, load_inspection_text
from ratingbook.framework.result import Result

REPO = Path(__file__).resolve().parents[1]


benchmark = tool("benchmark")


def _floor_text(name: str) -> str:
    """The inspection of each case below: made when its test runs, not when the module is
    collected (by every pytest worker, whichever runs it)."""
    if name == "example":
        return (REPO / "standards/yot/examples/example-2020.yaml").read_text(encoding="utf-8")
    if name == "windsor-maidenhead":
        path = REPO / "standards/yot/inspections/windsor-maidenhead-2020.yaml"
        return path.read_text(encoding="utf-8")
    return str(benchmark.scaled_text(120, int(name.removeprefix("varied-"))))


@pytest.mark.parametrize(
    "name", ["example", "windsor-maidenhead", "varied-0", "varied-1", "varied-2"]
)
def test_the_floor_gives_ratingbooks_figures(name: str) -> None:
    text = _floor_text(name)
    result = evaluate(load_framework("yot-2020"), load_inspection_text(text, "x.yaml"))
    data = yaml.load(text, Loader=benchmark.CLOADER)
    assert benchmark.figures_of(result) == benchmark.floor(data)


@pytest.fixture(scope="module")
def example_result() -> Result:
    """The example as ratingbook rates it: what the start-up section's two commands are held to."""
    text = benchmark.EXAMPLE.read_text(encoding="utf-8")
    return evaluate(load_framework("yot-2020"), load_inspection_text(text, "x"))


def test_the_rating_script_prints_ratingbooks_ratings(
    capsys: pytest.CaptureFixture[str], example_result: Result
) -> None:
    """`rate` is timed against tools/yot_floor.py run as a script: it rates the example as
    ratingbook does (each standard's rating and score, and the overall rating)."""
    result = example_result
    from yot_floor import main

    argv = sys.argv
    sys.argv = ["yot_floor.py", str(benchmark.EXAMPLE)]
    try:
        main()
    finally:
        sys.argv = argv
    lines = capsys.readouterr().out.splitlines()
    shown = {line.split()[0]: line for line in lines[:-1]}
    assert set(shown) == {s.id for s in result.standards}
    for s in result.standards:
        assert f" {s.rating} " in shown[s.id] and f" {s.score} " in shown[s.id]
    assert lines[-1] == f"overall {result.overall.rating} {result.overall.score}/36"


@pytest.mark.real_process
def test_the_api_line_makes_the_rating_rate_makes(example_result: Result) -> None:
    """The start-up section's line without a target, the rating through the Python API, is
    the same work as the command's: run as the benchmark runs it (a real process), it prints
    the overall rating of the example that ratingbook gives."""
    done = subprocess.run(
        [sys.executable, "-c", benchmark.API_ONLY, str(benchmark.EXAMPLE)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"{example_result.overall.rating}\n"


def test_the_pandas_floor_gives_ratingbooks_figures(tmp_path: Path) -> None:
    """The long-table floor (tools/table_floor.py) computes ratingbook's figures, whole and
    cut where inspections end as its run on several processes cuts the table."""
    pd = pytest.importorskip(
        "pandas", reason=f"{OPTIONAL} the pandas floor needs pandas: pip install '.[benchmark]'"
    )
    from table_floor import _part, _split, figures

    base = load_framework("yot-2020")
    candidate = load_framework(str(benchmark.PROPOSAL))
    path = benchmark.write_table(tmp_path, 9, kinds=2)
    questions, standards = figures(str(path))
    benchmark._same_figures(path, base, candidate, questions, standards)
    parts = [_part((str(path), a, b)) for a, b in _split(str(path), 3)]
    assert len(parts) == 3

    def rows(frame: object) -> list[tuple[str, ...]]:
        return sorted(tuple(map(str, r)) for r in frame.itertuples(index=False))  # type: ignore[attr-defined]

    assert rows(pd.concat([q for q, _ in parts])) == rows(questions)
    assert rows(pd.concat([s for _, s in parts])) == rows(standards)


def test_the_corpus_floor_reads_and_rates_each_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The floor `compare` is timed against reads every file and rates it twice with the
    direct function (on one process here; the benchmark runs it on as many as ratingbook)."""
    text = (REPO / "standards/yot/examples/example-2020.yaml").read_text(encoding="utf-8")
    paths = []
    for i in range(3):
        paths.append(tmp_path / f"{i}.yaml")
        paths[-1].write_text(text, encoding="utf-8")
    rated: list[object] = []
    monkeypatch.setattr(benchmark, "floor", lambda data: rated.append(data))
    benchmark.direct_floor(paths, 1)
    assert rated == [yaml.load(text, Loader=benchmark.CLOADER)] * 6


@pytest.mark.parametrize("cases", [1, 50, 120])
def test_the_case_the_streaming_section_explains_is_the_files_last(cases: int) -> None:
    """``explain CASE-ID`` in the benchmark names a case the generated file has (its last):
    a name it lacked would time an error message instead."""
    data = yaml.load(benchmark.scaled_text(cases), Loader=benchmark.CLOADER)
    assert data["cases"][-1]["id"] == benchmark._last_case(cases)
