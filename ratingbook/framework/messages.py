"""The words of the messages layers below the views give as text: by name, with their figures.

A record says what it means as a phrase (:mod:`ratingbook.framework.phrase`), worded by the
views (:mod:`ratingbook.framework.views.phrases`). Some words cannot wait for a view: an
exception's message (an :class:`~ratingbook.framework.errors.InputError` that ``explain``
raises) and a finding recorded while rating (why professional discretion does not apply) are
text by nature. Their wording is kept here, one function per message, as mypy keeps its
messages in one ``message_registry``; the views' phrases read the same functions where they
show the same words (a discretion rule's measures), so every message is worded once.

Nothing here decides anything: each function takes its figures by name and returns words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from ratingbook.framework import conditions


def _plural(n: int | float, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def some_of(shown: Sequence[str], count: int) -> str:
    """The first few of ``count`` names and how many more: ``a, b, c and 12 more``."""
    return ", ".join(shown) + (f" and {count - len(shown)} more" if count > len(shown) else "")


# ---------------------------------------------------------------------------- a key question's answers
# Findings recorded while rating a key question, placed at the data they are about.


def key_question_no_figures(*, key_question: str, standard: str) -> str:
    """Count data that leaves one key question of a standard out."""
    return (
        f"no figures for key question {key_question}, although the data gives figures for "
        f"other key questions of standard {standard}: add counts for {key_question}, or list "
        "it under not_inspected with the reason"
    )


def key_question_asked_before(
    *, cases: Sequence[str], key_question: str, version: str, origin: str
) -> str:
    """Cases the data's own version asked a key question of, and this version does not."""
    n = len(cases)
    return (
        f"{_plural(n, 'case')} ({some_of(cases[:5], n)}) answer{'s' if n == 1 else ''} "
        f"{key_question}, which {version} does not apply to {'it' if n == 1 else 'them'}: the "
        f"data was recorded under {origin}, and the answers are left out of the counts"
    )


def case_answers_unasked(*, case: str, key_question: str, why: str) -> str:
    """A case answering a key question that does not apply to it."""
    return (
        f"case {case} answers {key_question}, which does not apply to it ({why}); the answer "
        "is left out of the counts"
    )


def case_no_answer(*, case: str, key_question: str, why: str, where_applicable: bool) -> str:
    """A case with no answer to a key question that applies to it."""
    return (
        f"case {case} has no answer for {key_question}, which applies to it ({why}); answer "
        f"yes or no{' or n/a' if where_applicable else ''}"
    )


def case_not_applicable_refused(*, case: str, key_question: str, why: str) -> str:
    """n/a given to a key question that is not 'where applicable'."""
    return (
        f"case {case}: n/a is not allowed for {key_question} (it is not a 'where applicable' "
        f"question and applies to this case: {why}); answer yes or no"
    )


def case_answers_uncounted_prompt(*, case: str, prompt: str, key_question: str) -> str:
    """A prompt answered for a case its key question does not count."""
    return (
        f"case {case} answers prompt {prompt}, but its key question {key_question} is not "
        "counted for this case; the answer is left out"
    )


def case_prompt_not_applicable_refused(*, case: str, prompt: str) -> str:
    """n/a given to a prompt that is not 'where applicable'."""
    return f"case {case}: n/a is not allowed for prompt {prompt} (it is not 'where applicable')"


# ---------------------------------------------------------------------------- explain's refusals


def _nothing(item: str, why: str) -> str:
    return f"nothing to explain as '{item}': {why}"


def explain_no_such(
    *, item: str, standards: Sequence[str], first_case: str | None, hint: str
) -> str:
    """An id that names nothing: what could be given instead, and the closest one."""
    case = "" if first_case is None else f"a case id ({first_case}, ...), "
    what = (
        f"give a standard ({', '.join(standards)}), a key question like 2.2.1, a prompt like "
        f"2.2.1.a, {case}or nothing for the overall rating"
    )
    return _nothing(item, what + hint)


def explain_only(*, only: str, choices: Sequence[str]) -> str:
    """``--only`` given something it cannot keep."""
    return f"--only {only!r}: the choices are {', '.join(choices)}"


def explain_no_cases(*, item: str, inspection: str) -> str:
    """A case asked for of data that gives counts."""
    return _nothing(
        item,
        f"{inspection} gives counts, not cases (the cases are not in the data), so no case "
        "can be explained; explain a standard, a key question or a prompt instead",
    )


def explain_no_such_prompt(
    *, item: str, key_question: str, prompts: Sequence[str], framework: str, hint: str
) -> str:
    have = f"prompts {', '.join(prompts)}" if prompts else f"no prompts in {framework}"
    return _nothing(item, f"key question {key_question} has {have}{hint}")


def explain_judged_key_question(*, item: str, standard: str, name: str) -> str:
    """A key question of a standard the inspector rates: it has no figures to explain."""
    return _nothing(
        item,
        f"standard {standard} ({name}) is rated by inspector judgement, not from its key "
        f"questions; explain {standard} shows the rating, its evidence and the published "
        "characteristics",
    )


def explain_no_such_key_question(
    *, item: str, standard: str, name: str, key_questions: Sequence[str], hint: str
) -> str:
    have = ", ".join(key_questions) or "no key questions"
    return _nothing(item, f"standard {standard} ({name}) has {have}{hint}")


# ---------------------------------------------------------------------------- why a case counts


def _facts(facts: Sequence[tuple[str, str | None]]) -> str:
    return "; ".join(f"{name} is {value or 'not given'}" for name, value in facts)


def case_admitted(*, facts: Sequence[tuple[str, str | None]]) -> str:
    """A case counted, and the facts that admit it."""
    return _facts(facts) if facts else "applies to every case"


def case_outside_domain(
    *, domain: str, condition: str, facts: Sequence[tuple[str, str | None]]
) -> str:
    return f"domain {domain} is for cases where {condition}; {_facts(facts)}"


def case_not_needed(*, condition: str, facts: Sequence[tuple[str, str | None]]) -> str:
    return f"needs {condition}; {_facts(facts)}"


def case_answered_not_applicable() -> str:
    return "answered n/a"


# ---------------------------------------------------------------------------- expectation files
# Each names the file and the place in it (``checks.yaml: tests[0].expect.overall.score``).


def expectations_not_a_file(*, file: str, format: str) -> str:
    return f"{file}: expected 'format: {format}' at the top"


def expectations_no_tests(*, file: str) -> str:
    return f"{file}: expected a non-empty list under 'tests'"


def expectations_test_not_a_mapping(*, where: str) -> str:
    return f"{where}: expected a mapping with name, framework, inspection, expect"


def expectations_missing(*, where: str, keys: Sequence[str]) -> str:
    return f"{where}: missing {', '.join(keys)}"


def expectations_not_undetermined(*, where: str, got: object) -> str:
    """``undetermined:`` given something other than a flag or a range."""
    return f"{where}: expected true, false, or a mapping of the range, got {shown_value(got)}"


def expectations_not_a_flag(*, where: str, got: object) -> str:
    return f"{where}: expected true or false, got {shown_value(got)}"


def expectations_not_a_rating(*, where: str, got: object) -> str:
    return f"{where}: expected a rating name, got {shown_value(got)}"


def expectations_not_a_number(*, where: str, top: int, got: object) -> str:
    return f"{where}: expected a whole number from 0 to {top}, got {shown_value(got)}"


def shown_value(value: object) -> str:
    """A value an expectation gives, as a message quotes it: short, and never all of a
    mapping, a list or a huge number."""
    if isinstance(value, (dict, list)):
        return "a mapping" if isinstance(value, dict) else "a list"
    if isinstance(value, int) and abs(value) >= 10**30:
        return "a huge number"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def expectations_not_fields(*, where: str, allowed: Sequence[str]) -> str:
    return f"{where}: expected a mapping of {', '.join(allowed)}"


def expectations_unknown_key(*, where: str, key: object, allowed: Sequence[str]) -> str:
    return f"{where}: unknown key '{key}'; use {', '.join(allowed)}"


def expectations_not_by_id(*, where: str) -> str:
    return f"{where}: expected a mapping from ids to expected values"


def expectations_not_expect(*, where: str) -> str:
    return f"{where}.expect: expected a mapping of overall, standards, key_questions (or error)"


def expectations_unknown_parts(*, where: str, unknown: Sequence[str]) -> str:
    return (
        f"{where}.expect: unknown key(s) {', '.join(unknown)}; use overall, standards, "
        "key_questions, error"
    )


def expectations_error_alone(*, where: str, others: Sequence[str]) -> str:
    """``error:`` beside figures: a test expects a refusal or figures, never both."""
    return (
        f"{where}.expect: 'error' expects the data to be refused, so it stands alone: "
        f"remove {', '.join(others)}"
    )


def expectations_no_error_text(*, where: str) -> str:
    return f"{where}.expect.error: expected the text the error message must contain"


def expectations_unknown_rating(
    *, what: str, rating: str, framework: str, ratings: Sequence[str]
) -> str:
    """A rating name the version rated under does not have (``rating: Great``)."""
    return (
        f"expect.{what}: '{rating}' is not a rating of {framework}; use one of {', '.join(ratings)}"
    )


# ---------------------------------------------------------------------------- discretion


def measure(
    *,
    name: str,
    values: Mapping[str, int | None],
    lowest: Sequence[str],
    moves: Callable[[], Sequence[Any]],
    boundary: int | None,
    undetermined: Sequence[str],
) -> str:
    """What one discretion measure was, in words."""
    v = values.get(name)
    if v is None and undetermined:
        return f"{name} is unknown ({', '.join(undetermined)} cannot be worked out from this data)"
    if v is None:
        return f"{name} is unknown (the data gives percentages, not case counts)"
    if name == "boundary_distance":
        low = values["lowest_percent"]
        edge = "?" if boundary is None else boundary
        return (
            f"the lowest key question is at {low}%, {_plural(v, 'point')} from the {edge}% boundary"
        )
    if name == "judgements_to_change":
        parts = []
        for m in moves():
            steps = ", ".join(f"{st.cases} in {st.key_question}" for st in m.steps)
            parts.append(
                f"{_plural(m.judgements or 0, 'differing judgement')} ({steps}) would move it "
                f"{m.direction} to {m.to}"
            )
        if parts:
            return "; ".join(parts)
        return f"{_plural(v, 'differing judgement')} would change its band"
    if name == "sample_size":
        return f"the rating rests on {_plural(v, 'relevant case')} ({', '.join(lowest)})"
    return f"the lowest key-question percentage is {v}%"


class Summary(Protocol):
    """What a measure's words need of its standard or key question (a result's record)."""

    @property
    def lowest(self) -> tuple[str, ...]: ...
    @property
    def moves(self) -> Callable[[], tuple[Any, ...]]: ...
    @property
    def boundary(self) -> int | None: ...
    @property
    def undetermined(self) -> tuple[str, ...]: ...


class Check(Protocol):
    """A discretion rule as checked (a result's record): its condition and what it read."""

    @property
    def condition(self) -> conditions.Condition: ...
    @property
    def description(self) -> str | None: ...
    @property
    def values(self) -> Mapping[str, int | None]: ...
    @property
    def result(self) -> Summary: ...


def check(c: Check) -> str:
    """What the measures a discretion rule read were, with the rule's description first."""
    s = c.result
    detail = "; ".join(
        measure(
            name=n,
            values=c.values,
            lowest=s.lowest,
            moves=s.moves,
            boundary=s.boundary,
            undetermined=s.undetermined,
        )
        for n in sorted(conditions.names(c.condition))
    )
    return f"{c.description}: {detail}" if c.description else detail


# Findings recorded while rating where a panel's decision is one the policy does not allow: a
# warning or error placed at the decision in the data file, and why.


def discretion_not_eligible(*, standard: str, why: str) -> str:
    """A standard's decision the policy does not allow, and the fix."""
    return (
        f"discretion for {standard}: the policy does not make this standard eligible ({why}); "
        "if the panel's decision stands anyway, add 'override: true' to it"
    )


def discretion_key_question_not_eligible(*, key_question: str, why: str) -> str:
    """A key question's decision the policy does not allow, and the fix."""
    return (
        f"discretion for key question {key_question}: the policy does not make it eligible "
        f"({why}); if the panel's decision stands anyway, add 'override: true' to it"
    )


def discretion_cannot_be_shown(
    *, standard: str, framework: str, undetermined: Sequence[str]
) -> str:
    """A decision on a standard the data cannot decide: applied as recorded, with a warning
    (the version asks for what the data cannot give: not the data's fault)."""
    return (
        f"discretion for {standard}: eligibility cannot be shown under {framework}, because "
        f"{', '.join(undetermined)} cannot be worked out from this data; the panel's decision "
        "is applied as recorded"
    )


def discretion_judged(*, standard: str, rule: str) -> str:
    return (
        f"{standard} is rated by {rule}, and discretion is exercised over ratings worked out "
        "from key questions only"
    )


def discretion_outside_domains(*, domains: Sequence[str]) -> str:
    return f"the discretion policy covers domains {', '.join(domains)} only"


def discretion_percentages_only() -> str:
    return "eligibility cannot be shown from this data (percentages only)"


def discretion_no_standard_rule() -> str:
    return "the policy has no 'eligible when' rule for standards"


def discretion_no_key_question_rule() -> str:
    return "the policy has no 'eligible for key questions' rule for its domain"


def discretion_no_policy(*, framework: str) -> str:
    return f"{framework} has no discretion policy"


def discretion_no_band() -> str:
    return "the key question has no band (no relevant cases) for a decision to change"


def discretion_undetermined_key_question() -> str:
    return (
        "its percentage cannot be worked out from this data, so no condition of the policy can "
        "be tested"
    )


def none_holds(checks: Sequence[Check]) -> str:
    """Why no rule of the policy makes a standard or key question eligible: each rule with
    what it read; a rule that reads no measure, by its own text."""
    details = [check(c) or f"'{conditions.text(c.condition)}' does not hold" for c in checks]
    if not details:
        return "no condition of the policy could be tested"
    return "none of the policy's conditions holds: " + "; ".join(details)
