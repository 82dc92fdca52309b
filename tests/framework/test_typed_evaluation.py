"""Typed attributes when rating: the case masks, one case's trace, the relation between two
versions' conditions and the data's refusals, each held to brute force or to its line.

The oracle here is written apart from the code it checks: it compares a case's value with a
condition's by the value's kind (a place in the order, a whole number, a calendar date), one
case at a time.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import budget, tiny_framework
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ratingbook.framework import conditions as c
from ratingbook.framework.conditions import AllOf, AnyOf, Condition, Not, Value
from ratingbook.framework.conditions import Test as Check
from ratingbook.framework.evaluate.applicability import Applicability
from ratingbook.framework.evaluate.origin import relation
from ratingbook.framework.evaluate.problems import Problems
from ratingbook.framework.inspection import indexes
from ratingbook.framework.loading.frameworks import check_path
from ratingbook.framework.loading.inspections import load_inspection_text
from ratingbook.framework.model import Framework
from ratingbook.framework.plan import Plan, compile_framework
from ratingbook.framework.trace import CaseFacts

RunCli = Callable[..., tuple[int, str, str]]

ORDER = ("low", "medium", "high", "very high")
VOCABULARY = ("youth caution", "youth conditional caution", "community resolution")
DAY0 = dt.date(2020, 6, 1)

ATTRIBUTES = (
    "attribute disposal one of court, out-of-court\n"
    'attribute risky flag default no "there is a risk"\n'
    'attribute rosh ordered low, medium, high, "very high"\n'
    'attribute level ordered low, medium, high, "very high" default medium\n'
    "attribute months number 0..40\n"
    "attribute count number default 3\n"
    "attribute when date\n"
    "attribute since date default 2020-06-10\n"
    'attribute dtype text vocabulary "youth caution", "youth conditional caution", '
    '"community resolution"\n'
    "attribute team text\n"
    "attribute grade one of a, b, c\n"
)

# The kind of each attribute, and its default, as the oracle knows them (not from the model).
KINDS: dict[str, tuple[str, str | None]] = {
    "disposal": ("enum", None),
    "risky": ("flag", "no"),
    "rosh": ("ordered", None),
    "level": ("ordered", "medium"),
    "months": ("number", None),
    "count": ("number", "3"),
    "when": ("date", None),
    "since": ("date", "2020-06-10"),
    "dtype": ("text", None),
    "team": ("text", None),
    "grade": ("enum", None),
}


def _framework(tmp_path: Path, extra: str = "") -> Framework:
    path = tmp_path / "typed.framework"
    path.write_text(tiny_framework(attributes=ATTRIBUTES, extra=extra), encoding="utf-8")
    result = check_path(path)
    assert result.framework is not None, [d.headline() for d in result.diagnostics]
    return result.framework


_PLAN: dict[str, Plan] = {}


def _plan(tmp_path_factory: pytest.TempPathFactory) -> Plan:
    if "plan" not in _PLAN:
        _PLAN["plan"] = compile_framework(_framework(tmp_path_factory.mktemp("typed")))
    return _PLAN["plan"]


# ---------------------------------------------------------------------------- strategies

days = st.integers(-40, 40).map(lambda n: (DAY0 + dt.timedelta(days=n)).isoformat())

VALUES: dict[str, st.SearchStrategy[Any]] = {
    "disposal": st.sampled_from(["court", "out-of-court"]),
    "risky": st.sampled_from([True, False]),
    "rosh": st.sampled_from(ORDER),
    "level": st.sampled_from(ORDER),
    "months": st.integers(0, 40),
    "count": st.integers(-5, 60),
    "when": days,
    "since": days,
    "dtype": st.sampled_from(VOCABULARY),
    "team": st.sampled_from(["north", "south", "east"]),
    "grade": st.sampled_from(["a", "b", "c"]),
}

# The values a condition may compare each attribute with (those the checker accepts).
CONSTANTS: dict[str, st.SearchStrategy[Any]] = {
    **VALUES,
    "risky": st.sampled_from(["yes", "no"]),
    "count": st.integers(-8, 64),
}

ORDERED = ("rosh", "level", "months", "count", "when", "since")


@st.composite
def checks(draw: st.DrawFn) -> Check:
    name = draw(st.sampled_from(sorted(KINDS)))
    ops = ["=", "!=", "in", "not in"]
    if name in ORDERED:
        ops += ["<", "<=", ">", ">="]
    if KINDS[name][0] == "flag":
        ops += ["is"]
    op = draw(st.sampled_from(ops))
    if op == "is":
        return Check(name=name, op="is")
    many = op in ("in", "not in")
    constants = draw(st.lists(CONSTANTS[name], min_size=1, max_size=3 if many else 1))
    return Check(name=name, op=op, values=tuple(Value(value=v) for v in constants))


conditions_ = st.recursive(
    checks(),
    lambda inner: st.one_of(
        inner.map(lambda x: Not(operand=x)),
        st.lists(inner, min_size=1, max_size=3).map(lambda xs: AllOf(operands=tuple(xs))),
        st.lists(inner, min_size=1, max_size=3).map(lambda xs: AnyOf(operands=tuple(xs))),
    ),
    max_leaves=6,
)


@st.composite
def cases(draw: st.DrawFn) -> list[dict[str, Any]]:
    # Up to 60 cases: numbers and dates then have more distinct values than the case table
    # indexes when it loads, so both ways of making a value's mask are exercised.
    n = draw(st.integers(1, 60))
    out = []
    for _ in range(n):
        given = draw(st.sets(st.sampled_from(sorted(KINDS))))
        out.append({name: draw(VALUES[name]) for name in sorted(given)})
    return out


# ---------------------------------------------------------------------------- the oracle


def _place(kind: str, text: str) -> int:
    if kind == "ordered":
        return ORDER.index(text)
    if kind == "number":
        return int(text)
    return dt.date.fromisoformat(text).toordinal()


def _text(value: Any) -> str:
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value)


def oracle(cond: Condition, case: dict[str, Any]) -> bool:
    """Whether a condition holds for one case, worked out directly."""
    if isinstance(cond, Not):
        return not oracle(cond.operand, case)
    if isinstance(cond, AllOf):
        return all(oracle(o, case) for o in cond.operands)
    if isinstance(cond, AnyOf):
        return any(oracle(o, case) for o in cond.operands)
    kind, default = KINDS[cond.name]
    have = _text(case[cond.name]) if cond.name in case else default
    wanted = [str(v.value) for v in cond.values]
    if cond.op == "is":
        return have == "yes"
    if cond.op in ("=", "in"):
        return have in wanted
    if cond.op in ("!=", "not in"):
        return have not in wanted
    if have is None:
        return False
    mine, theirs = _place(kind, have), _place(kind, wanted[0])
    return {
        "<": mine < theirs,
        "<=": mine <= theirs,
        ">": mine > theirs,
        ">=": mine >= theirs,
    }[cond.op]


def _inspection(rows: list[dict[str, Any]]) -> Any:
    data = {
        "format": "ratingbook/inspection-v1",
        "service": "S",
        "cases": [{"id": f"C{i}", "attributes": row} for i, row in enumerate(rows)],
    }
    return load_inspection_text(json.dumps(data), "cases.json")


@settings(
    max_examples=budget(30, long=2000),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=bool(os.environ.get("CI")),
)
@given(cond=conditions_, rows=cases())
def test_the_mask_fold_agrees_with_each_case_worked_out_directly(
    tmp_path_factory: pytest.TempPathFactory, cond: Condition, rows: list[dict[str, Any]]
) -> None:
    plan = _plan(tmp_path_factory)
    inspection = _inspection(rows)
    masks = Applicability(plan, inspection, Problems(inspection))
    admitted = set(indexes(masks.admits(cond)))
    expected = {i for i, row in enumerate(rows) if oracle(cond, row)}
    assert admitted == expected, c.text(cond)
    # The trace decides one case with the same fold (the DECIDED logic), and agrees.
    for case in inspection.cases:
        assert CaseFacts(plan, case).decide(cond)[0] == (case.index in expected)


def test_many_distinct_numbers_are_masked_in_one_pass(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """More distinct values than the table indexes when it loads: the mask of an order test
    is made by one pass over the column, and is still exact."""
    plan = _plan(tmp_path_factory)
    rows = [
        {"months": i % 41, "when": (DAY0 + dt.timedelta(days=i)).isoformat()} for i in range(200)
    ]
    inspection = _inspection(rows)
    assert len(inspection.table.distinct("months")) > inspection.table.INDEX_AT_LOAD
    masks = Applicability(plan, inspection, Problems(inspection))
    for cond in (
        Check(name="months", op="<=", values=(Value(value=12),)),
        Check(name="when", op=">=", values=(Value(value="2020-08-01"),)),
        Check(name="months", op="in", values=tuple(Value(value=v) for v in range(0, 41, 3))),
    ):
        expected = {i for i, row in enumerate(rows) if oracle(cond, row)}
        assert set(indexes(masks.admits(cond))) == expected


# ---------------------------------------------------------------------------- relations


def _brute_relation(mine: Condition, theirs: Condition) -> str:
    """How two conditions relate, over every combination of the values their names can take
    within a window that holds every constant they name (numbers 0..40 are all there is)."""
    names = sorted(set(c.names(mine)) | set(c.names(theirs)))
    domains: list[list[Any]] = []
    for name in names:
        kind, default = KINDS[name]
        if kind == "flag":
            values: list[Any] = [True, False]
        elif name in ("rosh", "level"):
            values = list(ORDER)
        elif name == "months":
            values = list(range(0, 41))
        elif name == "count":
            values = list(range(-10, 70))
        elif kind == "date":
            values = [(DAY0 + dt.timedelta(days=n)).isoformat() for n in range(-45, 46)]
        elif name == "dtype":
            values = list(VOCABULARY)
        elif name == "disposal":
            values = ["court", "out-of-court"]
        elif name == "grade":
            values = ["a", "b", "c"]
        else:
            values = ["north", "south", "east", "west"]
        domains.append(values)
    import itertools

    a_only = b_only = False
    for combo in itertools.product(*domains):
        case = dict(zip(names, combo, strict=True))
        a, b = oracle(mine, case), oracle(theirs, case)
        a_only |= a and not b
        b_only |= b and not a
    if not a_only and not b_only:
        return "same"
    if not a_only:
        return "narrower"
    if not b_only:
        return "wider"
    return "different"


small_conditions = st.recursive(
    checks().filter(lambda t: t.name in ("rosh", "months", "when", "risky", "dtype")),
    lambda inner: st.one_of(
        inner.map(lambda x: Not(operand=x)),
        st.lists(inner, min_size=1, max_size=2).map(lambda xs: AllOf(operands=tuple(xs))),
        st.lists(inner, min_size=1, max_size=2).map(lambda xs: AnyOf(operands=tuple(xs))),
    ),
    max_leaves=3,
)


@settings(
    max_examples=budget(30, long=1000),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    derandomize=bool(os.environ.get("CI")),
)
@given(mine=small_conditions, theirs=small_conditions)
def test_how_two_versions_conditions_relate_is_exact(
    tmp_path_factory: pytest.TempPathFactory, mine: Condition, theirs: Condition
) -> None:
    plan = _plan(tmp_path_factory)
    assert relation(mine, theirs, (plan, plan)) == _brute_relation(mine, theirs)


# ---------------------------------------------------------------------------- the shipped data


DRAFT = """framework yot 2021 "Draft"
  draft
  based on yot 2020
change key question {kq}
  applies to cases where {condition}
"""


@pytest.mark.parametrize("kq", ["2.2.3", "2.3.3"])
def test_rosh_at_least_medium_rates_the_example_as_rosh_not_low(
    run_cli: RunCli, tmp_path: Path, kq: str
) -> None:
    """rosh is ordered low < medium < high < very high, so the Annexe's test (NOTES.md N20)
    written either way admits the same cases and gives the same ratings."""
    outputs = []
    for condition in ("harm_factors and rosh >= medium", "harm_factors and rosh != low"):
        path = tmp_path / f"{len(outputs)}.framework"
        path.write_text(DRAFT.format(kq=kq, condition=condition), encoding="utf-8")
        code, out, err = run_cli(
            "rate",
            "standards/yot/examples/example-2020.yaml",
            "--framework",
            str(path),
            "--format",
            "json",
        )
        assert code == 0, err
        data = json.loads(out)
        outputs.append(
            (
                data["overall"]["rating"],
                data["overall"]["score"],
                {
                    sid: (
                        std["rating"],
                        {
                            k: (kq["relevant"], kq["yes"], kq["percent"])
                            for k, kq in std.get("key_questions", {}).items()
                        },
                    )
                    for sid, std in data["standards"].items()
                },
            )
        )
    assert outputs[0] == outputs[1]


def test_a_trace_says_why_an_order_left_a_case_out(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "d.framework"
    path.write_text(
        DRAFT.format(kq="2.2.3", condition="harm_factors and rosh >= high"), encoding="utf-8"
    )
    code, out, err = run_cli(
        "explain", "standards/yot/examples/example-2020.yaml", "2.2.3", "--framework", str(path)
    )
    assert code == 0, err
    assert "needs harm_factors and rosh >= high; rosh is medium" in out
    assert "harm_factors is yes; rosh is very high (C14)" in out


# ---------------------------------------------------------------------------- data refusals


HEAD = "format: ratingbook/inspection-v1\nservice: S\nframework: tiny-1\ncases:\n"


def _refusals(run_cli: RunCli, tmp_path: Path, cases_text: str) -> list[str]:
    fw = tmp_path / "tiny.framework"
    fw.write_text(tiny_framework(attributes=ATTRIBUTES), encoding="utf-8")
    data = tmp_path / "data.yaml"
    data.write_text(HEAD + cases_text, encoding="utf-8")
    code, _, err = run_cli("rate", str(data), "--framework", str(fw))
    assert code == 2, err
    return [line for line in err.splitlines() if ": error: " in line]


# (id, the case as written, where the problem is (the first place that text stands, on the
# case's second line), the message)
DATA_REFUSALS = [
    (
        "outside-an-order",
        "    attributes: {disposal: court, rosh: meduim}\n",
        "meduim",
        "case C1: rosh is 'meduim', not one of low, medium, high, very high; did you mean medium?",
    ),
    (
        "outside-a-vocabulary",
        '    attributes: {disposal: court, dtype: "youth cation"}\n',
        '"youth cation"',
        "case C1: dtype is 'youth cation', not in its vocabulary (\"youth caution\", "
        '"youth conditional caution", "community resolution"); did you mean "youth caution"?',
    ),
    (
        "a-number-in-quotes",
        '    attributes: {disposal: court, months: "12"}\n',
        '"12"',
        "case C1: months is the text '12'; it is a number: write 12 without quotes",
    ),
    (
        "a-fraction",
        "    attributes: {disposal: court, months: 12.5}\n",
        "12.5",
        "case C1: months is '12.5', not a whole number",
    ),
    (
        "outside-the-range",
        "    attributes: {disposal: court, months: 41}\n",
        "41",
        "case C1: months is '41', outside the range 0..40",
    ),
    (
        "a-date-another-way",
        '    attributes: {disposal: court, when: "01/06/2020"}\n',
        '"01/06/2020"',
        "case C1: when is '01/06/2020', not a date written YEAR-MONTH-DAY, like 2020-06-01",
    ),
    (
        "a-date-not-in-the-calendar",
        '    attributes: {disposal: court, when: "2021-02-29"}\n',
        '"2021-02-29"',
        "case C1: when is '2021-02-29', not a date in the calendar",
    ),
    (
        "an-undeclared-attribute",
        "    attributes: {disposal: court, roshh: low}\n",
        "roshh",
        "case C1: unknown attribute 'roshh'; did you mean rosh? (attributes: disposal, risky, "
        "rosh, level, months, count, when, since, dtype, team, grade)",
    ),
    (
        "a-disposal-at-the-top",
        "    disposal: courtt\n",
        "courtt",
        "case C1: disposal is 'courtt', not one of court, out-of-court; did you mean court?",
    ),
]


@pytest.mark.parametrize(
    ("case", "place", "message"), [r[1:] for r in DATA_REFUSALS], ids=[r[0] for r in DATA_REFUSALS]
)
def test_a_value_of_the_wrong_kind_is_refused_at_its_line(
    run_cli: RunCli, tmp_path: Path, case: str, place: str, message: str
) -> None:
    errors = _refusals(run_cli, tmp_path, "  - id: C1\n" + case)
    line = HEAD.count("\n") + 2
    col = case.index(place) + 1
    assert errors == [f"{tmp_path / 'data.yaml'}:{line}:{col}: error: {message} [input-data]"]


def test_a_case_without_the_attribute_its_domain_tests_is_refused_at_the_case(
    run_cli: RunCli, tmp_path: Path
) -> None:
    errors = _refusals(run_cli, tmp_path, "  - id: C1\n    attributes: {rosh: low}\n")
    assert errors == [
        f"{tmp_path / 'data.yaml'}:5:5: error: case C1 does not say its disposal, which domain "
        "1 needs to decide whether it applies; add it under attributes [input-data]"
    ]


def test_a_disposal_given_twice_is_refused_at_the_second(run_cli: RunCli, tmp_path: Path) -> None:
    errors = _refusals(
        run_cli, tmp_path, "  - id: C1\n    disposal: court\n    attributes: {disposal: court}\n"
    )
    assert errors == [
        f"{tmp_path / 'data.yaml'}:7:18: error: cases[0]: disposal is given twice, at the top "
        "of the case and under attributes; keep one [input-schema]"
    ]


def test_an_impossible_date_is_refused_once_at_its_place(run_cli: RunCli, tmp_path: Path) -> None:
    # A plain date is the text it is (YAML 1.2 core schema), checked as a date where a date
    # attribute wants one: so the refusal is of the data, said once, at the value.
    errors = _refusals(
        run_cli, tmp_path, "  - id: C1\n    attributes: {disposal: court, when: 2021-02-29}\n"
    )
    assert len(errors) == 1 and ":6:41: error: " in errors[0], errors
    assert "when is '2021-02-29', not a date in the calendar [input-data]" in errors[0]


def test_typed_values_given_well_rate(run_cli: RunCli, tmp_path: Path) -> None:
    fw = tmp_path / "tiny.framework"
    fw.write_text(tiny_framework(attributes=ATTRIBUTES), encoding="utf-8")
    data = tmp_path / "data.yaml"
    data.write_text(
        HEAD
        + "  - id: C1\n"
        + '    attributes: {disposal: court, rosh: "very high", months: 12, when: 2020-06-01,\n'
        + '                 dtype: "youth caution", count: -2, since: "2020-01-31", team: x}\n'
        + '    answers: {"1.1.1": yes, "1.1.1.a": yes}\n',
        encoding="utf-8",
    )
    code, _, err = run_cli("rate", str(data), "--framework", str(fw))
    assert code == 0, err
