"""Conditions decided once per set of values they read (trace.Decisions), held to deciding
each case afresh, brute force over every case and condition of every shipped inspection: the
shared decisions give the same answer and the same facts, and keep a few entries, not one per
case."""

from __future__ import annotations

from pathlib import Path

import pytest

from ratingbook.framework import api
from ratingbook.framework.trace import CaseFacts, Decisions

REPO = Path(__file__).resolve().parents[2]
SHIPPED = sorted(
    str(p.relative_to(REPO))
    for p in (
        *(REPO / "standards/yot/inspections").glob("*.yaml"),
        REPO / "standards/yot/examples/example-2020.yaml",
    )
)


@pytest.mark.parametrize("path", SHIPPED)
def test_shared_decisions_are_each_case_decided_afresh(path: str) -> None:
    inspection = api.load_inspection(REPO / path)
    result = api.evaluate(api.framework_for(inspection), inspection)
    memo = Decisions()
    asked = 0
    for s in result.standards:
        for k in s.key_questions:
            source = k.source
            if source is None:
                continue
            plan = source.plan
            for cond in (k.plan.domain.condition, k.plan.key_question.condition):
                if cond is None:
                    continue
                for case in inspection.cases:
                    assert memo.decide(plan, cond, case) == CaseFacts(plan, case).decide(cond)
                    asked += 1
    if asked:
        # Kept by the values read, not by case: far fewer entries than decisions asked.
        assert len(memo._found) < asked
