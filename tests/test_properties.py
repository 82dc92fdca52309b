"""Invariants of evaluation, checked over generated inspections (no discretion decisions)."""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ratingbook import evaluate, load_framework, to_json
from ratingbook.dsl.fmt import format_source
from ratingbook.framework.compare import compare_results
from ratingbook.framework.loading.inspections import load_inspection_text
from ratingbook.framework.result import Result
from ratingbook.framework.views.phrases import worded
from tests.conftest import budget

YOT_2020 = load_framework("yot-2020")
SCORE = {r.name: r.score for r in YOT_2020.ratings}
RATINGS = [r.name for r in YOT_2020.ratings]
DOMAIN_KQS = {d.id: [k.id for s in d.standards for k in s.key_questions] for d in YOT_2020.domains}
# Each example rates a generated inspection of 2-18 cases once or twice, about 25 ms a time
# (most of it loading the YAML). Twenty examples rate some 500 key questions and 240
# standards, in which every band of a key question and every rating of a standard occurs a
# dozen times or more (measured over several runs). Thirty cost two more seconds and reached
# nothing new: the overall rating is mostly Requires improvement either way, which is the
# generator's doing, not the number of examples'.
PROPERTY_SETTINGS = settings(
    max_examples=budget(20),
    deadline=None,
    derandomize=bool(os.environ.get("CI")),
    suppress_health_check=[HealthCheck.too_slow],
)


@st.composite
def cases(draw: st.DrawFn, disposal: str, prefix: str, n: int) -> list[dict[str, Any]]:
    domain = "2" if disposal == "court" else "3"
    out = []
    for i in range(n):
        attributes = {
            "safety_factors": draw(st.booleans()),
            "harm_factors": draw(st.booleans()),
            "rosh": draw(st.sampled_from(["low", "medium", "high", "very high"])),
        }
        if disposal == "court":
            for flag in ("desistance_changed", "safety_changed", "harm_changed"):
                attributes[flag] = draw(st.booleans())
        else:
            attributes["disposal_type"] = draw(
                st.sampled_from(
                    ["youth conditional caution", "youth caution", "community resolution"]
                )
            )
        # Every key question of the domain is answered; answers to questions that do not
        # apply are left out (with a warning), which the properties must tolerate.
        answers = {kq: draw(st.sampled_from(["yes", "no"])) for kq in DOMAIN_KQS[domain]}
        out.append(
            {
                "id": f"{prefix}{i + 1:02d}",
                "disposal": disposal,
                "attributes": attributes,
                "answers": answers,
            }
        )
    return out


@st.composite
def inspections(draw: st.DrawFn) -> dict[str, Any]:
    court = draw(cases("court", "C", draw(st.integers(min_value=1, max_value=10))))
    ooc = draw(cases("out-of-court", "O", draw(st.integers(min_value=1, max_value=8))))
    return {
        "format": "ratingbook/inspection-v1",
        "service": "Generated service",
        "framework": "yot-2020",
        "domain1": {sid: draw(st.sampled_from(RATINGS)) for sid in ("1.1", "1.2", "1.3", "1.4")},
        "cases": court + ooc,
    }


# libyaml's safe dumper writes the same text as yaml.safe_dump, four times faster; a quarter
# of each example's time went on writing the YAML that the loader then reads.
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def rate(data: dict[str, Any]) -> Result:
    text = yaml.dump(data, Dumper=DUMPER, sort_keys=False)
    inspection = load_inspection_text(text, "<generated>")
    return evaluate(YOT_2020, inspection)


def _score(rating: str | None) -> int:
    return -1 if rating is None else SCORE[rating]


@PROPERTY_SETTINGS
@given(inspections(), st.data())
def test_raising_an_answer_never_lowers_a_rating(data: dict[str, Any], pick: st.DataObject) -> None:
    noes = [
        (i, kq) for i, c in enumerate(data["cases"]) for kq, a in c["answers"].items() if a == "no"
    ]
    if not noes:
        return
    i, kq = pick.draw(st.sampled_from(noes))
    before = rate(data)
    data["cases"][i]["answers"][kq] = "yes"
    after = rate(data)
    for s, t in zip(before.standards, after.standards, strict=True):
        assert _score(t.banded) >= _score(s.banded), (s.id, kq, s.banded, t.banded)
        assert _score(t.rating) >= _score(s.rating), (s.id, kq)
    if before.overall.score is not None and after.overall.score is not None:
        assert after.overall.score >= before.overall.score
        assert _score(after.overall.rating) >= _score(before.overall.rating)


@PROPERTY_SETTINGS
@given(inspections())
def test_overall_score_is_the_sum_of_standard_scores(data: dict[str, Any]) -> None:
    r = rate(data)
    scores = [s.score for s in r.standards]
    if None in scores:
        assert r.overall.score is None and r.overall.rating is None
    else:
        assert r.overall.score == sum(scores)  # type: ignore[arg-type]
        band = YOT_2020.overall.band_for(r.overall.score or 0)
        assert band is not None and r.overall.rating == band.rating


@PROPERTY_SETTINGS
@given(inspections(), st.randoms(use_true_random=False))
def test_the_order_of_cases_does_not_matter(data: dict[str, Any], rnd: Any) -> None:
    before = to_json(rate(data))
    shuffled = dict(data, cases=list(data["cases"]))
    rnd.shuffle(shuffled["cases"])
    after = to_json(rate(shuffled))
    # Case lists inside the trace follow the data's order; every rating and figure is the same.
    for sid, s in before["standards"].items():
        t = after["standards"][sid]
        assert (s["rating"], s["banded"], s["score"]) == (t["rating"], t["banded"], t["score"])
        for kq, k in s.get("key_questions", {}).items():
            u = t["key_questions"][kq]
            assert (k["relevant"], k["yes"], k["percent"], k["band"]) == (
                u["relevant"],
                u["yes"],
                u["percent"],
                u["band"],
            )
            assert sorted(c["case"] for c in k.get("cases_counted", [])) == sorted(
                c["case"] for c in u.get("cases_counted", [])
            )
        assert s.get("what_would_change") == t.get("what_would_change")
    assert before["overall"] == after["overall"]


@PROPERTY_SETTINGS
@given(inspections())
def test_json_output_round_trips(data: dict[str, Any]) -> None:
    doc = worded(to_json(rate(data)))
    text = json.dumps(doc, sort_keys=False, ensure_ascii=False)
    assert json.loads(text) == doc
    assert json.dumps(json.loads(text), ensure_ascii=False) == text


@PROPERTY_SETTINGS
@given(inspections())
def test_compare_of_a_version_with_itself_reports_no_change(data: dict[str, Any]) -> None:
    r = rate(data)
    c = compare_results(r, rate(data), SCORE, SCORE)
    assert c.moves == ()


# Every kind of attribute and every operator, so fmt is held to keep each as it is.
TYPED_FRAMEWORK = """framework typed 1 "Every kind of attribute"
  effective from 2020-01-01
# the kinds
attribute disposal one of court, out-of-court "how the case was disposed of"
attribute rosh ordered low, medium, high, "very high" default low "risk of serious harm"
attribute disposal_type text "the kind of disposal"
attribute kinds text vocabulary "youth caution", "community resolution" default "youth caution"
attribute months number 0..120 default 0 "months since the disposal"
attribute delta number -12..-1
attribute count number
attribute disposal_date date default 2020-06-01 "the date of the disposal"
attribute safety_factors flag default no "keeping the child safe"
domain 2 "Court"
  applies to cases where disposal = court and rosh >= medium
key question 2.1.1 "Q?"
  applies to cases where months <= 12 and disposal_date >= 2020-06-01
    and disposal_date < "2021-01-01" and kinds in ["youth caution"]
key question 2.1.2 "Q?"
  applies to cases where not (rosh > low or months != 3) and delta < -2 and count >= 0
key question 2.1.3 "Q?"
  applies to cases where disposal_date in [2020-06-01, 2020-07-01] or kinds not in [
    "community resolution"] or rosh <= "very high"
"""

SHIPPED = [
    *(
        Path(p).read_text(encoding="utf-8")
        for p in ("standards/yot/2018.framework", "standards/yot/2020.framework")
    ),
    TYPED_FRAMEWORK,
]


@functools.cache
def fmt(text: str) -> str:
    """format_source, once per distinct text (it is a function of the text alone)."""
    return format_source(text)


# Each example costs one format of a whole shipped framework (two parses of ~350 lines, about
# 0.3 s), so the examples are few and each carries a lot of noise. Noise only lands where it
# can (about 16% of draws: whitespace on the ~18% of lines with no comment or quote, a blank
# line next to one of the ~10% blank lines), so 24-64 insertions (43 on average) give about
# seven placements an example: four examples make some thirty, of all four kinds over both
# files, where the former twelve examples of 0-8 insertions (5 on average) made about ten.
# fmt(fmt(x)) goes through the cache: fmt(x) is the formatted shipped file whenever the test
# passes, so that is formatted once per file rather than once per example.
@settings(max_examples=budget(4), deadline=None, derandomize=bool(os.environ.get("CI")))
@given(
    st.sampled_from(range(len(SHIPPED))),
    st.lists(
        st.tuples(st.integers(0, 10_000), st.sampled_from([" ", "  ", "\t", "\n\n"])),
        min_size=24,
        max_size=64,
    ),
)
def test_fmt_is_idempotent_and_keeps_meaning(which: int, noise: list[tuple[int, str]]) -> None:
    """Trailing spaces and runs of blank lines never survive fmt, and fmt(fmt(x)) == fmt(x)."""
    text = SHIPPED[which]
    lines = text.splitlines(keepends=True)
    for pos, ws in noise:
        i = pos % len(lines)
        if ws == "\n\n":
            if not lines[i].strip():
                lines.insert(i, "\n")  # a run of blank lines collapses to one
        elif not lines[i].lstrip().startswith("#") and '"' not in lines[i]:
            lines[i] = lines[i].rstrip("\n") + ws + "\n"
    noisy = "".join(lines)
    once = format_source(noisy)
    assert fmt(once) == once
    assert once == fmt(text)
