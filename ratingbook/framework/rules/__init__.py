"""The rule forms: every way a standard can be rated, in one table.

Each form is one module beside this one, declaring its words (what follows ``rated by``), what
it reads and how it rates; :mod:`.base` and :mod:`.kernel` give every analysis from that. The
checker looks a rule's words up here, plans compile a standard's rule into its form, and the
evaluator, the analyses and the views all ask the form. To add a form: write its module, list
it in :data:`STANDARD_FORMS`, and document it in docs/dsl.md.

The overall rating's rule (bands of the score, or a decision table over the standards, then
limits) is :mod:`.overall`.
"""

from __future__ import annotations

import re
from typing import Final

from ratingbook.framework.model import Framework, Rule
from ratingbook.framework.rules.base import (
    BandForm,
    Figure,
    JudgedForm,
    Outcome,
    PartChances,
    PartMoves,
    PartRange,
    Scale,
    ShareRange,
    StandardForm,
)
from ratingbook.framework.rules.highest import Highest
from ratingbook.framework.rules.item_scores import ItemScores
from ratingbook.framework.rules.judgement import Judgement
from ratingbook.framework.rules.lowest import Lowest
from ratingbook.framework.rules.mean import Mean
from ratingbook.framework.rules.median import Median
from ratingbook.framework.rules.overall import OverallOutcome, OverallRule
from ratingbook.framework.rules.table import Table

__all__ = [
    "STANDARD_FORMS",
    "BandForm",
    "Figure",
    "Highest",
    "ItemScores",
    "JudgedForm",
    "Judgement",
    "Lowest",
    "Mean",
    "Median",
    "Outcome",
    "OverallOutcome",
    "OverallRule",
    "PartChances",
    "PartMoves",
    "PartRange",
    "Scale",
    "ShareRange",
    "StandardForm",
    "Table",
    "form_class",
    "form_of",
    "lookup",
    "overall_rule",
]

STANDARD_FORMS: Final[tuple[type[StandardForm], ...]] = (
    Lowest,
    Highest,
    Median,
    Mean,
    Table,
    Judgement,
    ItemScores,
)
"""Every way a standard can be rated (``rated by ...``)."""

OVERALL_FORMS: Final[tuple[str, ...]] = (Table.name,)
"""The rules ``overall rated by`` may name (the score's bands need no ``rated by``)."""

_BY_NAME: Final = {f.name: f for f in STANDARD_FORMS}
_RANGE = re.compile(r"^(\d+)\.\.(\d+)$")


def lookup(words: tuple[str, ...]) -> tuple[type[StandardForm], tuple[int, ...]] | None:
    """The form named by the words after ``rated by``, and its figures (``1..4``); None when
    no form has those words."""
    for form in STANDARD_FORMS:
        pattern = form.name.split()
        if len(pattern) != len(words):
            continue
        params: list[int] = []
        for want, got in zip(pattern, words, strict=True):
            if want == "N..M":
                m = _RANGE.match(got)
                if m is None:
                    break
                params += [int(m.group(1)), int(m.group(2))]
            elif want != got:
                break
        else:
            return form, tuple(params)
    return None


def names() -> list[str]:
    """Every form's words, for messages ("did you mean ...")."""
    return [f.name for f in STANDARD_FORMS]


def form_class(name: str) -> type[StandardForm]:
    return _BY_NAME[name]


def form_of(rule: Rule, scale: Scale) -> StandardForm:
    """A standard's rule, compiled into its form."""
    return _BY_NAME[rule.form](scale, rule.params, rule)


def overall_rule(framework: Framework) -> OverallRule:
    """A version's overall rule, compiled (kept with the framework, as the plan is)."""
    key = "overall rule"
    found = framework.derived.get(key)
    if isinstance(found, OverallRule):
        return found
    rule = OverallRule(framework)
    framework.derived[key] = rule
    return rule
