"""What conditions and rules mean, decided exactly: conditions that never or always hold (alone
or within their domain's), changes that change nothing, discretion thresholds outside what a
measure can take or wider than a band, and ratings no band can give. Each against a framework
that is the same but correct; and the decisions against brute-force enumeration."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ratingbook.dsl import Severity
from ratingbook.framework import conditions as cm
from ratingbook.framework.checker import CheckResult
from ratingbook.framework.checker.satisfiable import Space, Variable, decide, differs
from ratingbook.framework.loading.frameworks import check_path
from tests.conftest import budget

DRAFT = 'framework yot 2021 "Inspection"\n  draft\n  based on yot 2020\n'


def check(tmp_path: Path, text: str, name: str = "2021.framework") -> CheckResult:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return check_path(path)


def found(result: CheckResult, code: str) -> list[tuple[str, int, Severity]]:
    return [
        (d.message, d.span.line, d.severity)
        for d in result.diagnostics
        if d.code == code and d.span is not None
    ]


def change(kq: str, condition: str) -> str:
    return f"change key question {kq}\n  applies to cases where {condition}\n"


# ---------------------------------------------------------------------------- never holds


@pytest.mark.parametrize(
    ("kq", "condition", "message"),
    [
        (
            "3.2.1",
            "disposal != out-of-court",
            "no case can reach key question 3.2.1: domain 3 applies to cases where disposal = "
            "out-of-court, and for those this condition is false (it holds only for cases such "
            "as disposal = court, which are not in domain 3)",
        ),
        (
            "2.1.2",
            "disposal = out-of-court and safety_factors",
            "no case can reach key question 2.1.2: domain 2 applies to cases where disposal = "
            "court, and for those this condition is false (it holds only for cases such as "
            "disposal = out-of-court, safety_factors = yes, which are not in domain 2)",
        ),
        (
            "2.2.3",
            "harm_factors and not harm_factors",
            "the condition of key question 2.2.3 can never hold: it is false whatever the "
            "values of harm_factors (yes, no)",
        ),
        (
            "2.4.1",
            'rosh = low and rosh in [high, "very high"]',
            "the condition of key question 2.4.1 can never hold: it is false whatever the "
            'values of rosh (low, medium, high, "very high")',
        ),
        (
            "3.4.2",
            'disposal_type = "youth caution" and disposal_type = "youth conditional caution"',
            "the condition of key question 3.4.2 can never hold: it is false whatever the "
            'values of disposal_type ("youth conditional caution", "youth caution", '
            '"community resolution", "restorative justice disposal")',
        ),
    ],
)
def test_a_condition_that_never_holds(
    tmp_path: Path, kq: str, condition: str, message: str
) -> None:
    text = DRAFT + change(kq, condition)
    result = check(tmp_path, text)
    assert found(result, "never-holds") == [(message, 5, Severity.ERROR)]
    assert not result.ok


@pytest.mark.parametrize(
    ("kq", "condition"),
    [
        ("3.2.1", "disposal = out-of-court"),  # says what the domain says: warned, not refused
        ("2.1.2", "safety_factors"),
        ("2.2.3", "harm_factors and not safety_factors"),
        ("2.4.1", 'rosh in [high, "very high"]'),
        ("3.4.2", 'disposal_type = "youth caution"'),
    ],
)
def test_the_same_key_questions_with_conditions_that_can_hold(
    tmp_path: Path, kq: str, condition: str
) -> None:
    result = check(tmp_path, DRAFT + change(kq, condition))
    assert found(result, "never-holds") == [] and result.ok


def test_a_domain_whose_condition_never_holds(tmp_path: Path) -> None:
    text = DRAFT + (
        "change domain 2\n  applies to cases where disposal = court and disposal = out-of-court\n"
    )
    assert found(check(tmp_path, text), "never-holds") == [
        (
            "the condition of domain 2 can never hold: it is false whatever the values of "
            "disposal (court, out-of-court)",
            5,
            Severity.ERROR,
        )
    ]


# ---------------------------------------------------------------------------- always holds


@pytest.mark.parametrize(
    ("kq", "condition", "message"),
    [
        (
            "2.2.2",
            "safety_factors or not safety_factors",
            "the condition of key question 2.2.2 always holds: it is true whatever the values "
            "of safety_factors (yes, no), so it leaves out no case",
        ),
        (
            "2.4.1",
            "rosh in [low, medium] or rosh not in [low, medium]",
            "the condition of key question 2.4.1 always holds: it is true whatever the values "
            'of rosh (low, medium, high, "very high"), so it leaves out no case',
        ),
        (
            "2.3.2",
            "disposal = court",
            "the condition of key question 2.3.2 leaves out no case of domain 2: the domain "
            "applies to cases where disposal = court, and every such case meets it",
        ),
        (
            "3.3.2",
            "disposal = out-of-court or safety_factors",
            "the condition of key question 3.3.2 leaves out no case of domain 3: the domain "
            "applies to cases where disposal = out-of-court, and every such case meets it",
        ),
    ],
)
def test_a_condition_that_always_holds(
    tmp_path: Path, kq: str, condition: str, message: str
) -> None:
    result = check(tmp_path, DRAFT + change(kq, condition))
    assert found(result, "always-holds") == [(message, 5, Severity.WARNING)]
    assert result.ok


def test_a_change_that_changes_nothing(tmp_path: Path) -> None:
    text = DRAFT + change("2.4.2", "safety_changed and disposal = court")
    assert found(check(tmp_path, text), "changes-nothing") == [
        (
            "this condition changes nothing: for the cases of domain 2 it admits exactly those "
            "that the inherited condition, safety_changed (yot-2020 standards/yot/2020.framework line "
            "199), admits",
            5,
            Severity.WARNING,
        )
    ]
    # a change that does change the cases is not warned about
    real = DRAFT + change("2.2.3", "harm_factors and rosh != low")
    assert check(tmp_path, real).diagnostics == []


@pytest.mark.parametrize(
    ("declaration", "affected"),
    [
        (
            'attribute safety_factors flag default yes "safety"',
            "the default of safety_factors changes from no to yes: for every case that does "
            "not state safety_factors, the conditions of key questions 2.2.2, 2.3.2, 3.2.2 and "
            "3.3.2 now decide otherwise",
        ),
        (
            'attribute harm_changed flag default yes "harm changed"',
            "the default of harm_changed changes from no to yes: for every case that does not "
            "state harm_changed, the conditions of key question 2.4.3 now decide otherwise",
        ),
    ],
)
def test_a_restated_default_that_changes_which_cases_count(
    tmp_path: Path, declaration: str, affected: str
) -> None:
    text = DRAFT + declaration + "\n"
    assert found(check(tmp_path, text), "changes-cases") == [(affected, 4, Severity.WARNING)]
    # restated as the base has it: nothing changes, nothing said
    same = DRAFT + declaration.replace("default yes", "default no") + "\n"
    assert check(tmp_path, same).diagnostics == []


def test_inherited_conditions_are_not_reported_again(tmp_path: Path) -> None:
    # yot-2020's own conditions are fine; a draft that changes nothing reports nothing.
    assert check(tmp_path, DRAFT).diagnostics == []


# ---------------------------------------------------------------------------- discretion


def discretion(rule: str) -> str:
    return DRAFT + f'discretion in domains 2, 3\n  eligible when {rule} "the rule"\n'


@pytest.mark.parametrize(
    ("rule", "code", "message"),
    [
        (
            "boundary_distance <= 50",
            "always-holds",
            "'eligible when boundary_distance <= 50' always holds, so every standard would be "
            "eligible for discretion: with bands 0..49, 50..64, 65..79, 80..100, "
            "boundary_distance runs 0..50",
        ),
        (
            "boundary_distance <= 55",
            "always-holds",
            "'eligible when boundary_distance <= 55' always holds, so every standard would be "
            "eligible for discretion: with bands 0..49, 50..64, 65..79, 80..100, "
            "boundary_distance runs 0..50",
        ),
        (
            "boundary_distance > 50",
            "never-holds",
            "'eligible when boundary_distance > 50' can never hold: with bands 0..49, 50..64, "
            "65..79, 80..100, boundary_distance runs 0..50",
        ),
        (
            "sample_size < 1",
            "never-holds",
            "'eligible when sample_size < 1' can never hold: sample_size is 1 or more",
        ),
        (
            "lowest_percent >= 0",
            "always-holds",
            "'eligible when lowest_percent >= 0' always holds, so every standard would be "
            "eligible for discretion: lowest_percent runs 0..100",
        ),
    ],
)
def test_a_discretion_threshold_outside_what_its_measure_can_take(
    tmp_path: Path, rule: str, code: str, message: str
) -> None:
    result = check(tmp_path, discretion(rule))
    assert found(result, code) == [(message, 5, Severity.ERROR)]


def test_a_boundary_distance_wider_than_a_band(tmp_path: Path) -> None:
    result = check(tmp_path, discretion("boundary_distance <= 10"))
    ((message, line, severity),) = found(result, "always-holds")
    assert message == (
        "'eligible when boundary_distance <= 10' holds at every percentage of band 50..64 "
        "(Requires improvement) and band 65..79 (Good): the threshold is wider than the band, "
        "so every standard whose lowest key question falls in it would be eligible"
    )
    assert (line, severity) == (5, Severity.WARNING)
    assert result.diagnostics[0].notes == ("a threshold of at most 6 leaves part of each band out",)


@pytest.mark.parametrize(
    "rule",
    [
        "boundary_distance <= 5",
        "boundary_distance <= 6",
        "judgements_to_change <= 1",
        "sample_size <= 5",
        "lowest_percent < 50 and sample_size <= 5",
    ],
)
def test_discretion_rules_that_pick_some_standards_pass(tmp_path: Path, rule: str) -> None:
    assert check(tmp_path, discretion(rule)).diagnostics == []


# ---------------------------------------------------------------------------- unreachable ratings

BANDS = (
    'band 0..49 Inadequate "Minority" from wm_2020 line 878\n'
    'band 50..64 "Requires improvement" "Too few" from wm_2020 line 879\n'
    'band 65..79 Good "Reasonable majority" from wm_2020 line 880\n'
    'band 80..100 Outstanding "Large majority" from wm_2020 line 881\n'
)


def test_a_rating_no_band_gives(tmp_path: Path) -> None:
    # The Outstanding band deleted and Good widened to 65..100.
    bands = BANDS.replace("65..79", "65..100").split("band 80..100")[0]
    text = DRAFT + bands
    result = check(tmp_path, text)
    (d,) = result.diagnostics
    assert (d.code, d.severity, d.span and d.span.line) == ("unreachable", Severity.ERROR, 6)
    assert d.message == (
        "no key-question band gives Outstanding: the 8 standards rated by their key questions' "
        "bands (2.1-2.4, 3.1-3.4) could never be rated Outstanding"
    )
    assert d.notes[1] == (
        "so overall band 31..36 Outstanding can never be reached either: the standards' scores "
        "add up to 0..28"
    )
    # the same four bands, Good narrowed back: clean
    assert check(tmp_path, DRAFT + BANDS).diagnostics == []


def test_another_rating_no_band_gives(tmp_path: Path) -> None:
    bands = BANDS.split("\n", 1)[1].replace("50..64", "0..64")  # Inadequate merged away
    result = check(tmp_path, DRAFT + bands)
    (d,) = result.diagnostics
    assert d.message.startswith("no key-question band gives Inadequate")
    assert d.notes[1].startswith("so overall band 0..6 Inadequate can never be reached either")


def test_an_overall_band_of_this_version_that_cannot_be_reached(tmp_path: Path) -> None:
    bands = BANDS.replace("65..79", "65..100").split("band 80..100")[0]
    overall = (
        "overall 0..6 Inadequate\n"
        'overall 7..18 "Requires improvement"\n'
        "overall 19..30 Good\n"
        "overall 31..36 Outstanding\n"
    )
    text = DRAFT + bands + overall
    messages = [(d.message, d.span and d.span.line) for d in check(tmp_path, text).diagnostics]
    assert messages[1] == (
        "overall band 31..36 Outstanding can never be reached: the standards' scores add up "
        "to 0..28",
        10,
    )


# ---------------------------------------------------------------------------- brute force

ATTRIBUTES = {
    "disposal": Variable(name="disposal", kind="enum", values=("court", "out-of-court")),
    "disposal_type": Variable(name="disposal_type", kind="text"),
    "safety_factors": Variable(name="safety_factors", kind="flag"),
    "harm_factors": Variable(name="harm_factors", kind="flag"),
    "rosh": Variable(name="rosh", kind="ordered", values=("low", "medium", "high", "very high")),
    "desistance_changed": Variable(name="desistance_changed", kind="flag"),
    "months": Variable(name="months", kind="number", low=0, high=24),
    "disposal_date": Variable(name="disposal_date", kind="date"),
    "kind": Variable(name="kind", kind="text", values=("caution", "conditional caution")),
}
TEXTS = ("youth caution", "youth conditional caution", "community resolution")
DATES = ("2020-06-01", "2020-06-02", "2020-06-30", "2021-01-01")
ORDERS = ["<", "<=", ">", ">="]


def _pool(variable: Variable) -> tuple[str, ...]:
    if variable.kind == "number":
        return tuple(str(n) for n in (0, 1, 5, 12, 23, 24))
    if variable.kind == "date":
        return DATES
    return variable.values or TEXTS


@st.composite
def single_tests(draw: st.DrawFn) -> cm.Test:
    name = draw(st.sampled_from(sorted(ATTRIBUTES)))
    variable = ATTRIBUTES[name]
    if variable.kind == "flag":
        op = draw(st.sampled_from(["is", "=", "!="]))
        if op == "is":
            return cm.Test(name=name, op="is")
        return cm.Test(
            name=name, op=op, values=(cm.Value(value=draw(st.sampled_from(["yes", "no"]))),)
        )
    pool = _pool(variable)
    ordered = variable.kind in ("ordered", "number", "date")
    op = draw(st.sampled_from(["=", "!=", "in", "not in", *(ORDERS if ordered else [])]))

    def value(v: str) -> cm.Value:
        return cm.Value(value=int(v) if variable.kind == "number" else v)

    if op in ("in", "not in"):
        picked = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=3, unique=True))
        return cm.Test(name=name, op=op, values=tuple(value(v) for v in picked))
    return cm.Test(name=name, op=op, values=(value(draw(st.sampled_from(pool))),))


def conditions_() -> st.SearchStrategy[cm.Condition]:
    return st.recursive(
        single_tests(),
        lambda inner: st.one_of(
            inner.map(lambda c: cm.Not(operand=c)),
            st.lists(inner, min_size=2, max_size=3).map(lambda cs: cm.AllOf(operands=tuple(cs))),
            st.lists(inner, min_size=2, max_size=3).map(lambda cs: cm.AnyOf(operands=tuple(cs))),
        ),
        max_leaves=6,
    )


def _days(first: str, last: str) -> tuple[str, ...]:
    a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return tuple((a + dt.timedelta(days=i)).isoformat() for i in range((b - a).days + 1))


# What brute force tries for each kind: every value a listed kind allows; every whole number
# of the declared range; every day from well before the first date a test names to well after
# the last, and two far away; free text: every constant named and two more.
EVERY: dict[str, tuple[str, ...]] = {
    "number": tuple(str(n) for n in range(0, 25)),
    "date": ("1900-01-01", *_days("2020-05-20", "2021-01-10"), "2199-12-31"),
    "text": (*TEXTS, "a value no condition names", "another one"),
}


def _plain_test(t: cm.Test, row: dict[str, str]) -> bool:
    """A test decided the plain way: numbers as numbers, dates as dates, an order by its list."""
    v = row[t.name]
    variable = ATTRIBUTES[t.name]
    if t.op == "is":
        return v == "yes"
    if t.op in ("=", "in", "!=", "not in"):
        wanted = {str(x.value) for x in t.values}
        return (v in wanted) if t.op in ("=", "in") else (v not in wanted)
    key: Any
    if variable.kind == "number":
        have, want = int(v), int(t.value)
    elif variable.kind == "date":
        have, want = dt.date.fromisoformat(v), dt.date.fromisoformat(str(t.value))
    else:
        key = variable.values.index
        have, want = key(v), key(str(t.value))
    return {
        "<": have < want,
        "<=": have <= want,
        ">": have > want,
        ">=": have >= want,
    }[t.op]


def brute(cond: cm.Condition) -> set[bool]:
    """Every truth value the condition takes over every combination of values of the names it
    tests (see EVERY)."""
    names = cm.names(cond)
    domains = [ATTRIBUTES[n].listed or EVERY[ATTRIBUTES[n].kind] for n in names]
    # The condition reads a combination only through its tests' truth values, each test
    # reading one name. So each name's tests are decided, the plain way, for every value the
    # name takes, and the combinations tried are those of what the values do to the tests
    # (each kept once: the 240 dates do one of a few things to a date's tests): every truth
    # value some combination of values gives, without deciding the same tests on the same
    # values again for each of up to millions of combinations.
    tests = list(cm.tests(cond))
    of_name = {n: [t for t in tests if t.name == n] for n in names}
    outcomes = [
        list(dict.fromkeys(tuple(_plain_test(t, {n: v}) for t in of_name[n]) for v in values))
        for n, values in zip(names, domains, strict=True)
    ]
    seen: set[bool] = set()
    logic = cm.Logic(all=all, any=any, not_=lambda b: not b)
    for combo in itertools.product(*outcomes):
        truth = {
            id(t): b
            for n, decided in zip(names, combo, strict=True)
            for t, b in zip(of_name[n], decided, strict=True)
        }
        seen.add(cm.evaluate(cond, lambda t, truth=truth: truth[id(t)], logic))
        if len(seen) == 2:
            break
    return seen


# RATINGBOOK_FUZZ=long runs many more examples (as tests/test_fuzz.py does).
FAST = settings(
    max_examples=budget(60, long=5000), deadline=None, derandomize=bool(os.environ.get("CI"))
)


@FAST
@given(conditions_())
def test_never_and_always_agree_with_brute_force(cond: cm.Condition) -> None:
    space = Space.of(ATTRIBUTES, [cond])
    decision = decide(cond, space)
    truths = brute(cond)
    assert decision.never == (True not in truths)
    assert decision.always == (False not in truths)
    if decision.holds is not None:
        assert space.holds(cond, decision.holds) is True
    if decision.fails is not None:
        assert space.holds(cond, decision.fails) is False


@FAST
@given(conditions_(), conditions_())
def test_sameness_agrees_with_brute_force(a: cm.Condition, b: cm.Condition) -> None:
    space = Space.of(ATTRIBUTES, [a, b])
    same = differs(a, b, space) is None
    iff = cm.AnyOf(
        operands=(
            cm.AllOf(operands=(a, b)),
            cm.AllOf(operands=(cm.Not(operand=a), cm.Not(operand=b))),
        )
    )
    assert same == (brute(iff) == {True})


SHIPPED_ATTRIBUTES = (
    'attribute disposal one of court, out-of-court "how the case was disposed of"\n'
    'attribute disposal_type text "the kind of disposal"\n'
    'attribute safety_factors flag default no "safety"\n'
    'attribute harm_factors flag default no "harm"\n'
    'attribute rosh ordered low, medium, high, "very high" "risk of serious harm"\n'
    'attribute desistance_changed flag default no "desistance changed"\n'
    'attribute months number 0..24 "months since the disposal"\n'
    'attribute disposal_date date "the date of the disposal"\n'
    'attribute kind text vocabulary "caution", "conditional caution" "the kind of caution"\n'
)


@settings(max_examples=budget(12, long=300), deadline=None, derandomize=bool(os.environ.get("CI")))
@given(conditions_())
def test_the_checks_findings_agree_with_brute_force(
    tmp_path_factory: pytest.TempPathFactory, cond: cm.Condition
) -> None:
    """The whole way: the condition written into a framework, and what `check` reports."""
    from conftest import tiny_framework

    text = tiny_framework(
        attributes=SHIPPED_ATTRIBUTES,
        items=(
            'domain 1 "Cases"\n  rated by lowest key question band\n'
            'standard 1.1 "First"\n'
            'key question 1.1.1 "Is the first thing done?" from doc line 1\n'
            f"  applies to cases where {cm.text(cond)}\n"
            '  no prompts "none"\n'
            'standard 1.2 "Second"\n'
            'key question 1.2.1 "Is the second thing done?" from doc line 3\n'
            '  no prompts "none"\n'
        ),
    )
    result = check(tmp_path_factory.mktemp("b"), text, "t.framework")
    codes = {d.code for d in result.diagnostics}
    truths = brute(cond)
    assert ("never-holds" in codes) == (True not in truths)
    assert ("always-holds" in codes) == (False not in truths)
    assert codes <= {"never-holds", "always-holds"}
