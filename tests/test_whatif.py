"""What would move a rating: the issue's hand-worked figures, and the exact search against brute force.

The brute force knows nothing of the search: it tries every yes count of every key question,
rates each by ``evaluate`` (with the panel's decision kept only while the standard's banded
rating is the one it was applied to, the documented rule) and keeps the cheapest.
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ratingbook import evaluate, load_framework
from ratingbook.framework.loading.frameworks import check_path
from ratingbook.framework.loading.inspections import load_inspection, load_inspection_text
from ratingbook.framework.model import Framework
from ratingbook.framework.result import Result
from ratingbook.framework.views.phrases import _step_words, say
from ratingbook.framework.whatif import Move, overall_what_if, standard_what_if
from tests.conftest import budget

WM = "standards/yot/inspections/windsor-maidenhead-2020.yaml"
EXAMPLE = "standards/yot/examples/example-2020.yaml"
RATINGS = ("Inadequate", "Requires improvement", "Good", "Outstanding")
SCORE = {r: i for i, r in enumerate(RATINGS)}


def rated(path: str) -> Result:
    inspection = load_inspection(path)
    return evaluate(load_framework(inspection.framework or "yot-2020"), inspection)


# ---------------------------------------------------------------------------- the figures


def test_windsor_three_judgements_take_the_overall_rating_down() -> None:
    w = overall_what_if(rated(WM))
    down = w.down
    assert (w.rating, down.state, down.judgements, down.to) == (
        "Good",
        "found",
        3,
        "Requires improvement",
    )
    # Each of the three is one case of a standard resting on three cases, and each drops it two
    # ratings: 23 - 3 x 2 = 17, in Requires improvement.
    assert [(c.standard, c.judgements, c.rating_to) for c in down.changes] == [
        ("2.1", 1, "Inadequate"),
        ("2.3", 1, "Inadequate"),
        ("2.4", 1, "Inadequate"),
    ]
    assert [_step_words(s) for c in down.changes for s in c.steps] == [
        "2.1.2: 1 case from yes to no -> 33% (Inadequate)",
        "2.3.1: 1 case from yes to no -> 33% (Inadequate)",
        "2.4.1: 1 case from yes to no -> 33% (Inadequate)",
    ]


def test_windsor_reaches_outstanding_only_by_setting_the_panels_decision_aside() -> None:
    up = overall_what_if(rated(WM)).up
    assert (up.state, up.to, up.sets_aside) == ("found", "Outstanding", ("2.2",))
    assert up.judgements == 12
    stand = up.decisions_stand
    assert stand is not None and stand.state == "none"
    assert stand.reason is not None
    assert "no number of differing judgements" in say(stand.reason)


def test_windsor_2_2_speaks_of_its_final_rating() -> None:
    r = rated(WM)
    s = r.standard("2.2")
    assert s is not None
    final = standard_what_if(r, s)
    assert final is not None and final.rating == "Requires improvement"
    assert final.down.state == "none"
    assert final.down.reason is not None
    assert "panel's decision (Requires improvement) stands" in say(final.down.reason)
    assert (final.up.judgements, final.up.to, final.up.sets_aside) == (1, "Good", ("2.2",))
    banded = standard_what_if(r, s, "banded")
    assert banded is not None and banded.rating == "Inadequate"
    assert (banded.up.judgements, banded.up.to, banded.down.state) == (1, "Good", "none")


def test_the_example_four_down_and_twenty_three_up() -> None:
    w = overall_what_if(rated(EXAMPLE))
    assert (w.down.judgements, w.down.to) == (4, "Requires improvement")
    assert (w.up.judgements, w.up.to) == (23, "Outstanding")
    # Case data: the cases that could differ are named, in the data's order.
    step = w.down.changes[0].steps[0]
    assert step.key_question == "2.3.3" and step.examples == ("C04",)
    assert len(step.candidates) == 11


@pytest.mark.parametrize(
    "path",
    [
        "standards/yot/inspections/derby-2018.yaml",
        "standards/yot/inspections/oldham-2019.yaml",
        "standards/yot/inspections/western-bay-2019.yaml",
    ],
)
def test_percentages_only_are_undetermined(path: str) -> None:
    r = rated(path)
    w = overall_what_if(r)
    assert (w.up.state, w.down.state) == ("undetermined", "undetermined")
    assert w.up.judgements is None and w.up.reason is not None and w.up.percent_only
    assert "percentages, not case counts" in say(w.up.reason)
    for s in r.standards:
        one = standard_what_if(r, s)
        if one is not None:
            assert (one.up.state, one.down.state) == ("undetermined", "undetermined")


@pytest.mark.parametrize("path", [WM, EXAMPLE])
def test_the_banded_what_if_is_the_one_discretion_reads(path: str) -> None:
    """The banded moves found here and the ones rating finds for eligibility agree."""
    r = rated(path)
    for s in r.standards:
        w = standard_what_if(r, s, "banded")
        if w is None:
            continue
        for direction in ("up", "down"):
            mine, rating = w.move(direction), s.move(direction)
            if rating is None:
                assert mine.state == "none", (s.id, direction)
            else:
                assert (mine.judgements, mine.to) == (rating.judgements, rating.to), s.id


# ---------------------------------------------------------------------------- against brute force

MODES = ("half up", "half even", "down", "up")


@st.composite
def problems(draw: st.DrawFn) -> dict[str, Any]:
    """A small framework (one domain, 1-3 standards of 1-2 key questions) and counts for it."""
    cuts = sorted(draw(st.lists(st.integers(1, 100), min_size=3, max_size=3, unique=True)))
    sizes = draw(st.lists(st.integers(1, 2), min_size=1, max_size=3))
    top = 3 * len(sizes)
    overall_cuts = sorted(
        draw(st.lists(st.integers(1, top), min_size=3, max_size=3, unique=True))
        if top >= 3
        else [1, 2, 3]
    )
    counts: dict[str, tuple[int, int]] = {}
    for s, n in enumerate(sizes, 1):
        for k in range(1, n + 1):
            relevant = draw(st.integers(1, 4 if sum(sizes) <= 3 else 3))
            counts[f"1.{s}.{k}"] = (draw(st.integers(0, relevant)), relevant)
    decision = draw(st.none() | st.tuples(st.integers(1, len(sizes)), st.sampled_from(RATINGS)))
    return {
        "mode": draw(st.sampled_from(MODES)),
        "cuts": cuts,
        "sizes": sizes,
        "overall": overall_cuts if top >= 3 else None,
        "counts": counts,
        "decision": decision,
    }


def framework_text(p: dict[str, Any]) -> str:
    c1, c2, c3 = p["cuts"]
    lows = [0, c1, c2, c3]
    highs = [c1 - 1, c2 - 1, c3 - 1, 100]
    bands = [(lo, hi, r) for lo, hi, r in zip(lows, highs, RATINGS, strict=True) if lo <= hi]
    top = 3 * len(p["sizes"])
    if p["overall"] is None:
        overall = [(0, top, "Good")]
    else:
        o1, o2, o3 = p["overall"]
        spans = zip([0, o1, o2, o3], [o1 - 1, o2 - 1, o3 - 1, top], RATINGS, strict=True)
        overall = [(lo, hi, r) for lo, hi, r in spans if lo <= hi]
    lines = [
        'framework brute 1 "Brute force"',
        "  effective from 2020-01-01",
        'source doc "The document"',
        'attribute disposal one of court, out-of-court "how the case was disposed of"',
        *(f'rating "{r}" score {i}' for i, r in enumerate(RATINGS)),
        f"percentage rounded {p['mode']}",
        *(f'band {lo}..{hi} "{r}"' for lo, hi, r in bands),
        *(f'overall {lo}..{hi} "{r}"' for lo, hi, r in overall),
        "discretion in domains 1",
        '  eligible when sample_size <= 5 "five cases or fewer"',
        'domain 1 "Cases"',
        "  applies to cases where disposal = court",
        "  rated by lowest key question band",
    ]
    for s, n in enumerate(p["sizes"], 1):
        lines.append(f'standard 1.{s} "Standard {s}"')
        lines += [
            f'key question 1.{s}.{k} "Question {s}.{k}?" from doc line {k}' for k in range(1, n + 1)
        ]
    return "\n".join(lines) + "\n"


_FRAMEWORKS: dict[str, Framework] = {}


def framework(tmp: Path, text: str) -> Framework:
    found = _FRAMEWORKS.get(text)
    if found is None:
        path = tmp / f"brute-{len(_FRAMEWORKS)}.framework"
        path.write_text(text, encoding="utf-8")
        checked = check_path(path)
        assert checked.ok and checked.framework is not None, [
            d.headline() for d in checked.diagnostics
        ]
        found = _FRAMEWORKS[text] = checked.framework
    return found


def rate_counts(
    fw: Framework, counts: dict[str, tuple[int, int]], decision: tuple[str, str] | None
) -> Result:
    data: dict[str, Any] = {
        "format": "ratingbook/inspection-v1",
        "service": "Brute force",
        "counts": {k: {"relevant": r, "yes": y} for k, (y, r) in counts.items()},
    }
    if decision is not None:
        data["discretion"] = {
            decision[0]: {"rating": decision[1], "reason": "the panel's reason", "override": True}
        }
    return evaluate(fw, load_inspection_text(json.dumps(data), "<brute force>"))


def brute_force(
    fw: Framework, p: dict[str, Any]
) -> tuple[dict[str, int | None], dict[str, int | None], Result]:
    """The fewest judgements to each overall rating, and to each final rating of each standard."""
    counts: dict[str, tuple[int, int]] = p["counts"]
    decision = None if p["decision"] is None else (f"1.{p['decision'][0]}", p["decision"][1])
    base = rate_counts(fw, counts, decision)
    banded_then = {s.id: s.banded for s in base.standards}
    ids = list(counts)
    overall: dict[str, int | None] = dict.fromkeys(RATINGS)
    finals: dict[str, int | None] = {}
    for ys in itertools.product(*(range(counts[k][1] + 1) for k in ids)):
        changed = {k: (y, counts[k][1]) for k, y in zip(ids, ys, strict=True)}
        cost = sum(abs(y - counts[k][0]) for k, y in zip(ids, ys, strict=True))
        plain = rate_counts(fw, changed, None)
        keep = decision
        if decision is not None:
            now = plain.standard(decision[0])
            if now is None or now.banded != banded_then[decision[0]]:
                keep = None
        r = rate_counts(fw, changed, keep) if keep is not None else plain
        rating = r.overall.rating
        if rating is not None and (overall[rating] is None or cost < (overall[rating] or 0)):
            overall[rating] = cost
        # One standard at a time: the others unchanged.
        moved = [k for k, y in zip(ids, ys, strict=True) if y != counts[k][0]]
        owners = {k.rsplit(".", 1)[0] for k in moved}
        if len(owners) <= 1:
            for s in r.standards:
                if owners and s.id not in owners:
                    continue
                key = f"{s.id}:{s.rating}"
                if s.rating is not None and (key not in finals or cost < (finals[key] or 0)):
                    finals[key] = cost
    return overall, finals, base


def fewest(costs: dict[str, int | None], now: str, direction: str) -> int | None:
    beyond = [
        c
        for r, c in costs.items()
        if c is not None and (SCORE[r] > SCORE[now] if direction == "up" else SCORE[r] < SCORE[now])
    ]
    return min(beyond, default=None)


def judgements(m: Move) -> int | None:
    return m.judgements if m.state == "found" else None


@settings(
    max_examples=budget(25, long=400),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(p=problems())
def test_the_exact_search_agrees_with_brute_force(tmp_path: Path, p: dict[str, Any]) -> None:
    fw = framework(tmp_path, framework_text(p))
    overall, finals, base = brute_force(fw, p)
    if base.overall.rating is not None:
        w = overall_what_if(base)
        for direction in ("up", "down"):
            expected = fewest(overall, base.overall.rating, direction)
            assert judgements(w.move(direction)) == expected, (direction, overall, p)
            m = w.move(direction)
            if m.state == "found":
                # The changes it names add up, and they do reach the rating it names.
                assert sum(c.judgements for c in m.changes) == m.judgements
    for s in base.standards:
        one = standard_what_if(base, s)
        if one is None or s.rating is None:
            continue
        costs = {r: finals.get(f"{s.id}:{r}") for r in RATINGS if f"{s.id}:{r}" in finals}
        for direction in ("up", "down"):
            expected = fewest(costs, s.rating, direction)
            assert judgements(one.move(direction)) == expected, (s.id, direction, costs, p)


def test_the_ratings_view_summarises_what_would_move_each_rating() -> None:
    from ratingbook.framework.views.ratings import ratings_view

    rows = {m.id: m for m in ratings_view(rated(WM)).what_would_move}
    overall = rows["overall"]
    assert (overall.down, overall.up) == (
        "3 judgements: Requires improvement",
        "12 judgements: Outstanding",
    )
    assert overall.note == (
        "up: sets aside the panel's decision on 2.2; while it stands, no number of judgements will do"
    )
    assert rows["2.2"].rating.text == "Requires improvement"
    assert rows["2.2"].up == "1 judgement: Good"
    assert rows["2.2"].down.startswith("none: its banded rating (Inadequate) is already the lowest")
    assert "1.1" not in rows  # judged by the lead inspector: no case judgements move it


@given(relevant=st.integers(1, 400), data=st.data())
def test_a_key_questions_cheapest_way_to_each_band_is_the_nearest_count_in_it(
    relevant: int, data: st.DataObject
) -> None:
    # The search reads each band's run of yes counts from its edges; trying every count (as
    # a reader would by hand) finds the same count, cost and band.
    from ratingbook.framework.plan import compile_framework
    from ratingbook.framework.rules.moves import reach

    plan = compile_framework(load_framework("yot-2020"))
    yes = data.draw(st.integers(0, relevant))
    tried: dict[int, tuple[int, int, str]] = {}
    for y in range(relevant + 1):
        band = plan.band_names[plan.round(y, relevant)]
        assert band is not None
        score, cost = plan.score[band], abs(y - yes)
        if score not in tried or cost < tried[score][1]:
            tried[score] = (y, cost, band)
    found = reach(plan.scale, relevant, yes)
    assert {s: (r.yes, r.cost, r.band) for s, r in found.items()} == tried


def test_a_million_cases_are_searched_without_trying_every_count() -> None:
    text = Path(WM).read_text(encoding="utf-8")
    text = re.sub(
        r"relevant: (\d+), yes: (\d+)",
        lambda m: f"relevant: {int(m[1]) * 333_333}, yes: {int(m[2]) * 333_333}",
        text,
    ).replace(
        "    rating: Requires improvement\n",
        "    rating: Requires improvement\n    override: true\n",
    )
    result = evaluate(load_framework("yot-2020"), load_inspection_text(text, "huge.yaml"))
    down = overall_what_if(result).down
    assert down is not None and down.judgements is not None and down.judgements > 1000
