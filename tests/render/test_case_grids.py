"""The report's case grids, read from the rating's masks and the data's table (so that no
key question's trace is kept for the whole report), held to the grids read from every key
question's trace of cases counted and left out, brute force over every shipped inspection
and several limits on the cases shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from ratingbook.framework import api
from ratingbook.framework.result import Result
from ratingbook.framework.trace import AnsweredNotApplicable
from ratingbook.framework.views.casework import Grid, GridColumn, GridRow, grids

REPO = Path(__file__).resolve().parents[2]
SHIPPED = sorted(
    str(p.relative_to(REPO))
    for p in (
        *(REPO / "standards/yot/inspections").glob("*.yaml"),
        REPO / "standards/yot/examples/example-2020.yaml",
    )
)


def _from_traces(result: Result, limit: int) -> tuple[Grid, ...]:
    """The grids as every key question's trace gives them: each case counted with its answer,
    each left out as answered n/a, in the data's order."""
    order = {c.id: i for i, c in enumerate(result.data.cases)}
    out = []
    for domain_id, domain_name in result.domains:
        kqs = [
            k
            for s in result.standards
            if s.domain == domain_id and s.judged is None
            for k in s.key_questions
            if k.basis == "cases"
        ]
        if not kqs:
            continue
        answers = []
        for k in kqs:
            found = {c.case: c.answer or "" for c in k.counted}
            for c in k.excluded:
                if isinstance(c.why, AnsweredNotApplicable):
                    found[c.case] = "n/a"
            answers.append(found)
        cases = sorted({c for a in answers for c in a}, key=order.__getitem__)
        rows = []
        for case in (c for c in cases if order[c] < limit):
            cells = tuple(a.get(case, "") for a in answers)
            rows.append(GridRow(case=case, cells=cells, noes=cells.count("no")))
        out.append(
            Grid(
                id=domain_id,
                name=domain_name,
                columns=tuple(GridColumn(id=k.id, text=k.text) for k in kqs),
                rows=tuple(rows),
                total=len(cases),
            )
        )
    return tuple(out)


@pytest.mark.parametrize("path", SHIPPED)
def test_grids_are_those_the_traces_give(path: str) -> None:
    inspection = api.load_inspection(REPO / path)
    result = api.evaluate(api.framework_for(inspection), inspection)
    for limit in (0, 1, 7, 12, 1_000):
        assert grids(result, limit) == _from_traces(result, limit)
