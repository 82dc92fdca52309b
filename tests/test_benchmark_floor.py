"""The benchmark's floor is the same rules: its figures equal ratingbook's.

tools/benchmark.py measures ratingbook against a direct, hand-written function of the
yot-2020 rules. The ratios mean something only if that function computes what a Result
holds, so it is checked here on the shipped 2020 inspections and on varied example data.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from ratingbook import evaluate, load_framework, load_inspection_text

REPO = Path(__file__).resolve().parents[1]


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmark", REPO / "tools" / "benchmark.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("benchmark", module)
    spec.loader.exec_module(module)
    return module


benchmark = _benchmark()


@pytest.mark.parametrize(
    "text",
    [
        (REPO / "standards/yot/examples/example-2020.yaml").read_text(encoding="utf-8"),
        (REPO / "standards/yot/inspections/windsor-maidenhead-2020.yaml").read_text(
            encoding="utf-8"
        ),
        *(benchmark.scaled_text(120, seed) for seed in range(3)),
    ],
    ids=["example", "windsor-maidenhead", "varied-0", "varied-1", "varied-2"],
)
def test_the_floor_gives_ratingbooks_figures(text: str) -> None:
    result = evaluate(load_framework("yot-2020"), load_inspection_text(text, "x.yaml"))
    data = yaml.load(text, Loader=benchmark.CLOADER)
    assert benchmark.figures_of(result) == benchmark.floor(data)
