"""compare's reasons are codes and figures; the phrases module words them, and diff's labels.

Issue 14 (rules as data), "Architecture": why a rating moves between two versions, or why
the data cannot decide it, is a :class:`~ratingbook.framework.phrase.Phrase` on the
comparison's records (``RatingMove.why`` and ``name``, ``UndeterminedResult.why`` and
``name``), and ``views/phrases.py`` words every one of them for text, Markdown and JSON alike.
``tests/test_wording_home.py`` holds the modules to no wording of their own; this module
holds each code to the words compare used to write itself (the outputs are byte for byte
what they were), and the records to phrases.
"""

from __future__ import annotations

from functools import cache

import pytest

from ratingbook.framework.compare import Comparison, compare_inspection
from ratingbook.framework.diff import SECTIONS, diff
from ratingbook.framework.loading.frameworks import load_framework
from ratingbook.framework.loading.inspections import load_inspection
from ratingbook.framework.phrase import Phrase, Say, said
from ratingbook.framework.views import phrases
from ratingbook.framework.views.comparison import (
    inspection_view,
    summary_line,
)
from ratingbook.framework.views.diff import diff_summary_view, diff_view
from ratingbook.framework.views.phrases import say

WM = "standards/yot/inspections/windsor-maidenhead-2020.yaml"
GOOD_70 = "docs/examples/good-from-70.framework"
NEW_KQ = "tests/data/undetermined/new-key-question.framework"

# Each code of compare's reasons, its figures, and the words compare wrote before they moved.
WORDS: list[tuple[Phrase, str]] = [
    (said(Say.COMPARE_OVERALL_RATING), "Overall rating"),
    (said(Say.COMPARE_OVERALL_SCORE), "Overall score"),
    (said(Say.COMPARE_STANDARD_REMOVED), "standard removed in the candidate"),
    (said(Say.COMPARE_STANDARD_ADDED), "standard added in the candidate"),
    (said(Say.COMPARE_NOT_IN_CANDIDATE, id="2.2.4"), "2.2.4 is not in the candidate"),
    (
        said(Say.COMPARE_KEY_QUESTION_UNDETERMINED, id="2.2.1", framework="yot-2021"),
        "2.2.1 is undetermined under yot-2021",
    ),
    (
        said(
            Say.COMPARE_BAND,
            id="2.3.1",
            base_percent=67,
            candidate_percent=67,
            rounding="percentage rounding half up",
            base_rule="band Good 65..79",
            base_where="a.framework:12",
            candidate_rule="band Requires improvement 50..69",
            candidate_where="b.framework:14",
        ),
        "2.3.1 at 67%: band Good 65..79 (a.framework:12) → "
        "band Requires improvement 50..69 (b.framework:14)",
    ),
    (
        said(
            Say.COMPARE_BAND,
            id="2.3.1",
            base_percent=None,
            candidate_percent=50,
            rounding="percentage rounding down",
            base_rule=None,
            base_where=None,
            candidate_rule="band Inadequate 0..64",
            candidate_where="b.framework:15",
        ),
        "2.3.1 at None% → 50% (percentage rounding down): no band → "
        "band Inadequate 0..64 (b.framework:15)",
    ),
    (
        said(
            Say.COMPARE_RELEVANT,
            id="2.2.1",
            base=12,
            candidate=9,
            base_applies="all cases",
            candidate_applies="cases where rosh >= medium",
        ),
        "2.2.1 relevant cases 12 → 9 (applies to: all cases → cases where rosh >= medium)",
    ),
    (
        said(Say.COMPARE_RULE, base="rated by lowest", candidate="rated by mean", where="b:3"),
        "rule rated by lowest → rated by mean (b:3)",
    ),
    (
        said(Say.COMPARE_LOWEST, key_questions=("2.1.1", "2.1.3")),
        "lowest key question now 2.1.1, 2.1.3",
    ),
    (
        said(Say.COMPARE_PANEL_DECISION, rating="Good"),
        "the panel's decision (Good) applies under both versions",
    ),
    (
        said(Say.COMPARE_ELIGIBILITY, base=True, candidate=None),
        "discretion eligibility True → None",
    ),
    (said(Say.COMPARE_SCORE_OF, rating="Good", base=3, candidate=2), "score of Good 3 → 2"),
    (said(Say.COMPARE_RULES_CHANGED), "the rules that rate this standard changed"),
    (
        said(Say.COMPARE_RATING_MOVED, item="2.1", base="Good", candidate=None),
        "2.1 Good → None",
    ),
    (
        said(Say.COMPARE_CANDIDATE_BAND, rule="overall band Good 26..31", where="b:40"),
        "candidate overall band Good 26..31 (b:40)",
    ),
    (said(Say.COMPARE_CANDIDATE_BAND, rule=None, where=None), "candidate no overall band"),
    (
        said(Say.COMPARE_SCORE, base=26, base_max=36, candidate=24, candidate_max=36),
        "score 26/36 → 24/36",
    ),
    (
        said(Say.COMPARE_SETTLED_BY, settle="each case's rosh"),
        "it would be settled by each case's rosh",
    ),
    (
        said(Say.COMPARE_STANDARD_UNDETERMINED, key_questions=("2.2.1", "2.2.3"), framework="x-1"),
        "2.2.1, 2.2.3 cannot be worked out from this data under x-1",
    ),
    (
        said(
            Say.COMPARE_OVERALL_UNDETERMINED,
            low=24,
            high=26,
            max=36,
            standards=("2.2",),
            framework="yot-2021",
        ),
        "score 24..26 of 36: standard 2.2 is undetermined under yot-2021",
    ),
    (
        said(
            Say.COMPARE_OVERALL_UNDETERMINED,
            low=20,
            high=26,
            max=36,
            standards=("2.2", "2.3"),
            framework="yot-2021",
        ),
        "score 20..26 of 36: standards 2.2, 2.3 are undetermined under yot-2021",
    ),
]


@pytest.mark.parametrize(("phrase", "words"), WORDS, ids=[p.code.value for p, _ in WORDS])
def test_each_reason_is_worded_as_compare_wrote_it(phrase: Phrase, words: str) -> None:
    assert say(phrase) == words


def test_every_code_of_compares_section_has_an_example() -> None:
    compare_codes = {c for c in Say if c.name.startswith("COMPARE_")}
    assert compare_codes == {p.code for p, _ in WORDS}


@cache
def _moved() -> Comparison:
    """Windsor & Maidenhead under yot-2020 and under Good from 70%: ratings move."""
    base, candidate = load_framework("yot-2020"), load_framework(GOOD_70)
    i = compare_inspection(base, candidate, load_inspection(WM))
    return Comparison(
        base=base.id, candidate=candidate.id, base_path="", candidate_path="", inspections=(i,)
    )


def test_a_move_carries_phrases_and_the_view_words_them() -> None:
    (i,) = _moved().inspections
    assert i.moves
    for m in i.moves:
        assert isinstance(m.name, Phrase)
        assert m.why and all(isinstance(w, Phrase) for w in m.why)
    shown = inspection_view(i)
    assert [v.why for v in shown.moves] == [tuple(say(w) for w in m.why) for m in i.moves]
    assert [v.name for v in shown.moves] == [say(m.name) for m in i.moves]
    overall = next(m for m in i.moves if m.item == "overall")
    assert overall.name.code is Say.COMPARE_OVERALL_SCORE
    assert shown.moves[-1].label == "Overall score"


def test_an_undetermined_result_carries_phrases_and_the_view_words_them() -> None:
    base, candidate = load_framework("yot-2020"), load_framework(NEW_KQ)
    i = compare_inspection(base, candidate, load_inspection(WM))
    codes = {w.code for u in i.undetermined for w in u.why}
    assert codes == {
        Say.UNDETERMINED_NO_FIGURES,  # why the key question cannot be worked out
        Say.COMPARE_SETTLED_BY,
        Say.COMPARE_STANDARD_UNDETERMINED,
        Say.COMPARE_OVERALL_UNDETERMINED,
    }
    for u, v in zip(i.undetermined, inspection_view(i).undetermined, strict=True):
        assert isinstance(u.name, Phrase)
        assert v.why == tuple(say(w) for w in u.why)
        assert v.name == say(u.name)


def test_the_summary_line_is_the_phrases_modules() -> None:
    assert summary_line(_moved()) == (
        "1 of 1 inspection affected: 0 ratings up, 3 down, 1 other change"
    )


def test_a_diffs_headings_are_the_phrases_modules() -> None:
    old, new = load_framework("yot-2018"), load_framework("yot-2020")
    shown = diff_view(diff(old, new))
    assert tuple(phrases.DIFF_SECTION_TITLES) == SECTIONS
    assert shown.sections
    assert all(s.title == phrases.DIFF_SECTION_TITLES[s.name] for s in shown.sections)
    assert diff_view(diff(new, new)).empty == phrases.DIFF_NO_DIFFERENCES
    assert diff_summary_view(diff(new, new)).empty == phrases.DIFF_NO_DIFFERENCES
    assert phrases.diff_changes(total=1) == "1 changes"  # a heading's count, as it always was
