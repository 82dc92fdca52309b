"""A panel's decision the discretion policy does not allow: the finding's words.

The finding is recorded while rating (an error, or a warning when comparing versions), so
its words are text by nature: :mod:`ratingbook.framework.evaluate.discretion` decides which
reason applies and :mod:`ratingbook.framework.messages` words it (tests/test_wording_home.py
holds discretion.py to no wording of its own). Each reason is held here to the words the
finding has always had.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ratingbook.framework import api, messages
from ratingbook.framework.errors import DiagnosticsError

REPO = Path(__file__).resolve().parents[1]
WINDSOR = REPO / "standards/yot/inspections/windsor-maidenhead-2020.yaml"
FIX = "if the panel's decision stands anyway, add 'override: true' to it"


def test_a_key_question_decision_without_a_key_question_policy(tmp_path: Path) -> None:
    data = WINDSOR.read_text("utf-8").replace(
        "discretion:\n", 'discretion:\n  "2.2.1":\n    rating: Good\n    reason: "Agreed."\n', 1
    )
    (tmp_path / "i.yaml").write_text(data, encoding="utf-8")
    with pytest.raises(DiagnosticsError) as caught:
        inspection = api.load_inspection(tmp_path / "i.yaml")
        api.evaluate(api.framework_for(inspection), inspection)
    assert [d.message for d in caught.value.diagnostics] == [
        "discretion for key question 2.2.1: the policy does not make it eligible (the policy "
        f"has no 'eligible for key questions' rule for its domain); {FIX}"
    ]


@pytest.mark.parametrize(
    ("message", "words"),
    [
        (
            lambda: messages.discretion_not_eligible(standard="2.2", why="because"),
            f"discretion for 2.2: the policy does not make this standard eligible (because); {FIX}",
        ),
        (
            lambda: messages.discretion_key_question_not_eligible(key_question="2.2.1", why="x"),
            f"discretion for key question 2.2.1: the policy does not make it eligible (x); {FIX}",
        ),
        (
            lambda: messages.discretion_cannot_be_shown(
                standard="2.2", framework="yot-2021", undetermined=("2.2.1", "2.2.3")
            ),
            "discretion for 2.2: eligibility cannot be shown under yot-2021, because 2.2.1, "
            "2.2.3 cannot be worked out from this data; the panel's decision is applied as "
            "recorded",
        ),
        (
            lambda: messages.discretion_judged(standard="3.2", rule="inspector judgement"),
            "3.2 is rated by inspector judgement, and discretion is exercised over ratings "
            "worked out from key questions only",
        ),
        (
            lambda: messages.discretion_outside_domains(domains=("2", "3")),
            "the discretion policy covers domains 2, 3 only",
        ),
        (
            messages.discretion_percentages_only,
            "eligibility cannot be shown from this data (percentages only)",
        ),
        (
            messages.discretion_no_standard_rule,
            "the policy has no 'eligible when' rule for standards",
        ),
        (
            lambda: messages.discretion_no_policy(framework="yot-2021"),
            "yot-2021 has no discretion policy",
        ),
        (
            messages.discretion_no_band,
            "the key question has no band (no relevant cases) for a decision to change",
        ),
        (
            messages.discretion_undetermined_key_question,
            "its percentage cannot be worked out from this data, so no condition of the policy "
            "can be tested",
        ),
    ],
)
def test_each_reason_in_the_words_it_has_always_had(message: Callable[[], str], words: str) -> None:
    assert message() == words
