"""Speed of the main jobs, printed as ratios to their targets (below 1.0 is within target).

Run: python tools/benchmark.py [--repeat N]

Targets are for one core of the reference machine (2 cores, CPython 3.11). Timings are the
best of N runs, so a busy machine inflates them less. The scaling line rates the example
inspection with its cases copied ten times: a ratio near 10 means evaluation is linear in
the number of cases.
"""

from __future__ import annotations

import argparse
import copy
import os
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from ratingbook import evaluate, load_inspection
from ratingbook.framework.compare import compare
from ratingbook.framework.explain import build
from ratingbook.framework.loading import cache
from ratingbook.framework.loading.frameworks import check_path, load_framework
from ratingbook.framework.loading.inspections import load_inspection_text

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "standards/yot/examples/example-2020.yaml"
CORPUS = [str(ROOT / "standards/yot/inspections"), str(ROOT / "standards/yot/examples")]
PROPOSAL = ROOT / "docs/examples/good-from-70.framework"


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def uncached(fn: Callable[[], object]) -> object:
    """Run ``fn`` with the cache of checked frameworks turned off."""
    before = os.environ.get(cache.ENV_OFF)
    os.environ[cache.ENV_OFF] = "1"
    try:
        return fn()
    finally:
        if before is None:
            del os.environ[cache.ENV_OFF]
        else:
            os.environ[cache.ENV_OFF] = before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    yot_2020 = load_framework("yot-2020")
    inspection = load_inspection(str(EXAMPLE))
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    big = copy.deepcopy(data)
    big["cases"] = [dict(c, id=f"{c['id']}-{k}") for k in range(10) for c in data["cases"]]
    big_text = yaml.safe_dump(big, sort_keys=False)
    big_inspection = load_inspection_text(big_text, "<example x10>")

    jobs: list[tuple[str, Callable[[], object], float]] = [
        (
            "check yot-2020 (parse, merge with yot-2018, check, verify quotes)",
            lambda: uncached(lambda: check_path(ROOT / "standards/yot/2020.framework")),
            1.0,
        ),
        (
            "check yot-2020 again (from the cache: every file unchanged)",
            lambda: check_path(ROOT / "standards/yot/2020.framework"),
            0.1,
        ),
        (
            "load and validate the example inspection (50 cases)",
            lambda: load_inspection(str(EXAMPLE)),
            0.3,
        ),
        ("rate the example inspection", lambda: evaluate(yot_2020, inspection), 0.1),
        ("explain the example (whole tree)", lambda: build(evaluate(yot_2020, inspection)), 0.15),
        (
            "compare the corpus (5 inspections) under two versions",
            lambda: compare(yot_2020, load_framework(str(PROPOSAL)), CORPUS),
            2.0,
        ),
    ]
    print(f"{'job':<66} {'seconds':>8} {'target':>7} {'ratio':>6}")
    for name, fn, target in jobs:
        t = best(fn, args.repeat)
        print(f"{name:<66} {t:8.3f} {target:7.2f} {t / target:6.2f}")
    small = best(lambda: evaluate(yot_2020, inspection), args.repeat)
    large = best(lambda: evaluate(yot_2020, big_inspection), args.repeat)
    print(
        f"{'scaling: rate 500 cases / rate 50 cases (linear is 10)':<66} {'':>8} {'':>7} {large / small:6.2f}"
    )


if __name__ == "__main__":
    main()
