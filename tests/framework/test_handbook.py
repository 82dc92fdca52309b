"""``ratingbook publish``'s handbook: items in plain words, and "ratings explained" generated
from the rules, so that its prose cannot say what the rules do not."""

from __future__ import annotations

import pytest

from ratingbook import load_framework
from ratingbook.framework import conditions as c
from ratingbook.framework.conditions import AllOf, AnyOf, Condition, Not, Value
from ratingbook.framework.handbook import handbook
from ratingbook.framework.render.handbook import (
    render_handbook_html,
    render_handbook_markdown,
)
from ratingbook.framework.views.handbook import handbook_view
from ratingbook.framework.views.phrases import condition_words, say


@pytest.mark.parametrize("version", ["yot-2018", "yot-2020"])
def test_the_overall_scale_is_the_one_the_rules_give_not_the_published_prose(
    version: str,
) -> None:
    fw = load_framework(version)
    scored = sum(len(d.standards) for d in fw.domains)
    lowest = min(r.score for r in fw.ratings)
    r = handbook(fw).ratings
    assert (r.standards_scored, r.overall_low, r.overall_high) == (
        scored,
        scored * lowest,
        scored * fw.top_score,
    )
    assert (r.overall_low, r.overall_high) == (fw.overall.low, fw.overall.high) == (0, 36)
    assert [(b.low, b.high, b.rating) for b in r.overall_bands] == [
        (b.low, b.high, b.rating) for b in fw.overall.bands
    ]
    # The source's own prose says "a 0-30 scale" and "ten standards"; the rules carry that
    # quotation, and the handbook does not repeat it.
    assert any("0-30 scale" in q.text for q in fw.overall.says)
    view = handbook_view(handbook(fw))
    for page in (render_handbook_markdown(view), render_handbook_html(view)):
        assert "all 12 standards" in page and "runs from 0 (12 × 0) to 36 (12 × 3)" in page
        assert "0-30" not in page and "ten standards" not in page.lower()
        assert "overall score (0 to 36)" in page


def test_band_thresholds_rounding_and_scores_come_from_the_rules() -> None:
    fw = load_framework("yot-2020")
    r = handbook(fw).ratings
    assert [(b.low, b.high, b.rating, b.label) for b in r.bands] == [
        (b.low, b.high, b.rating, b.label) for b in fw.banding.bands
    ]
    assert dict(r.scores) == {x.name: x.score for x in fw.ratings}
    assert "64.5% counts as 65%" in say(r.rounding)  # half up, as the rules say
    assert [say(t).split(" (described")[0] for t in r.discretion_triggers] == [
        "the number of points between the lowest percentage and the nearest boundary of its "
        "band is at most 5",
        "the fewest case judgements that would move the standard's band is at most 1",
        "the number of relevant cases behind the lowest key question is at most 5",
    ]
    assert r.discretion is not None and "domains 2 and 3" in say(r.discretion)


def test_every_item_is_in_the_handbook() -> None:
    fw = load_framework("yot-2020")
    page = render_handbook_markdown(handbook_view(handbook(fw)))
    for kq in fw.key_questions():
        assert f"#### {kq.id} " in page
    for p in fw.prompts():
        assert f"- {p.id} " in page
    for s in fw.standards():
        assert f"### Standard {s.id} {s.name}" in page


def _t(name: str, op: str, *values: str | int) -> c.Test:
    return c.Test(name=name, op=op, values=tuple(Value(value=v) for v in values))  # type: ignore[arg-type]


HARM = _t("harm_factors", "is")
LOW = _t("rosh", "=", "low")


@pytest.mark.parametrize(
    ("condition", "words"),
    [
        (HARM, "there are factors related to keeping other people safe"),
        (
            Not(operand=HARM),
            "it is not the case that there are factors related to keeping other people safe",
        ),
        (_t("disposal", "=", "court"), "disposal is court"),
        (Not(operand=LOW), "rosh is not low"),
        (_t("rosh", "in", "high", "very high"), "rosh is high or very high"),
        (_t("rosh", "not in", "low", "medium"), "rosh is none of low or medium"),
        (Not(operand=_t("rosh", "in", "low")), "rosh is not low"),
        (
            AllOf(operands=(HARM, Not(operand=LOW))),
            "there are factors related to keeping other people safe and rosh is not low",
        ),
        (
            AllOf(operands=(_t("disposal", "=", "court"), AnyOf(operands=(HARM, LOW)))),
            "disposal is court and (either there are factors related to keeping other "
            "people safe or rosh is low)",
        ),
        (
            Not(operand=AnyOf(operands=(HARM, LOW))),
            "it is not the case that there are factors related to keeping other people safe "
            "and rosh is not low",
        ),
        (
            _t("boundary_distance", "<=", 5),
            "the number of points between the lowest "
            "percentage and the nearest boundary of its band is at most 5",
        ),
        (
            Not(operand=_t("sample_size", "<", 5)),
            "the number of relevant cases behind the lowest key question is at least 5",
        ),
    ],
)
def test_conditions_in_plain_words(condition: Condition, words: str) -> None:
    attributes = {a.name: a for a in load_framework("yot-2020").attributes}
    assert condition_words(condition, attributes) == words


def test_who_each_key_question_applies_to() -> None:
    h = handbook(load_framework("docs/examples/draft-2021-changes.framework"))
    kqs = {k.id: k for d in h.domains for s in d.standards for k in s.key_questions}
    applies = {k: None if e.applies_to is None else say(e.applies_to) for k, e in kqs.items()}
    assert applies["2.2.3"] == (
        "Cases where disposal is court, and where there are factors related to keeping other "
        "people safe and rosh is not low."
    )
    assert applies["2.2.1"] == "Every case of the domain: cases where disposal is court."
    assert applies["1.1.1"] is None  # rated by judgement, not from cases
    assert h.draft and "not yet in force" in say(h.effective)
    view = handbook_view(h)
    assert ("Status", "draft: not in force, and not yet published") in view.facts
