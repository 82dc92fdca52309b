"""The words of every phrase: one registry that turns codes and figures into English.

Records say what they mean as a :class:`~ratingbook.framework.phrase.Phrase` (a
:class:`~ratingbook.framework.phrase.Say` code and its figures); this module is the one
place that words them, for the text, Markdown and HTML renderers and for every JSON field
that is prose. It follows mypy's ``message_registry``: each code has its words here, beside
the others, so a wording is changed once and every format changes with it. Only the views
import it (``tests/test_layering.py``); a renderer gets its words from a view.

A template is a function of the phrase's figures, by name. Figures that are phrases are
worded first, so a template receives their words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, assert_never

from ratingbook._record import record
from ratingbook.framework import messages
from ratingbook.framework.conditions import Condition, Logic, Test, evaluate
from ratingbook.framework.measures import MEASURES
from ratingbook.framework.model import Attribute
from ratingbook.framework.phrase import Phrase, Say

if TYPE_CHECKING:
    from ratingbook.framework.certainty import Certainty
    from ratingbook.framework.model import SamplingPolicy
    from ratingbook.framework.posterior import DomainModel, Model, Prior, Sampling, Words
    from ratingbook.framework.result import Check, Range, StandardUndetermined
    from ratingbook.framework.rules.moves import Step
    from ratingbook.framework.sampling import DomainSample
    from ratingbook.framework.trace import Why

Template = Callable[..., str]

PHRASES: Final[dict[Say, Template]] = {}
"""Every code's words: the registry (one template per :class:`Say` code)."""


def _words(code: Say) -> Callable[[Template], Template]:
    def register(template: Template) -> Template:
        assert code not in PHRASES, code
        PHRASES[code] = template
        return template

    return register


def say(phrase: Phrase) -> str:
    """A phrase in words."""
    figures = {k: _worded_figure(v) for k, v in phrase.figures}
    return PHRASES[phrase.code](**figures)


def _worded_figure(value: object) -> object:
    """A figure with the phrases in it worded (a phrase, or a tuple holding phrases)."""
    if isinstance(value, Phrase):
        return say(value)
    if isinstance(value, tuple) and any(isinstance(v, Phrase) for v in value):
        return tuple(say(v) if isinstance(v, Phrase) else v for v in value)
    return value


def say_json(value: object) -> str:
    """``json.dumps``'s ``default``: a phrase in a JSON document is written as its words."""
    if isinstance(value, Phrase):
        return say(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def worded(data: Any) -> Any:
    """JSON data (dicts, lists, values) with every phrase in it as its words: what a JSON
    document a record gives (``ratingbook.to_json``) says, for a program that reads it in process."""
    if isinstance(data, Phrase):
        return say(data)
    if isinstance(data, dict):
        return {k: worded(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [worded(v) for v in data]
    return data


# ------------------------------------------------------------------------------ headings
# Headings, column names and the fixed prose the text, Markdown and HTML reports share: each
# written once here, so the formats name a column or a section alike.

COLUMN_ID: Final = "Id"
COLUMN_STANDARD: Final = "Standard"
COLUMN_RATING: Final = "Rating"
COLUMN_SCORE: Final = "Score"
COLUMN_BANDED: Final = "Banded"
COLUMN_BANDED_BEFORE_DISCRETION: Final = "Banded (before discretion)"
COLUMN_SET_BY: Final = "Set by"
COLUMN_WOULD_MOVE: Final = "Would move it"
COLUMN_HOW_SURE: Final = "How sure"

HEADING_SUMMARY: Final = "Summary"
HEADING_RATINGS: Final = "Ratings"
HEADING_CHARTS: Final = "Key questions against the bands"
HEADING_TABLES: Final = "Key questions and prompts"
HEADING_CASES: Final = "Cases"
HEADING_EACH_CASE: Final = "Each case's answers"
HEADING_WHY: Final = "Why each rating"
HEADING_FINDINGS: Final = "Notes on the data"

# What each mark beside a rating or a discretion check means (its legend).
MEANING_APPLIED: Final = "professional discretion applied"
MEANING_ELIGIBLE: Final = "eligible for professional discretion (not applied)"
MEANING_HOLDS: Final = "holds"
MEANING_DOES_NOT_HOLD: Final = "does not hold"
MEANING_NOT_KNOWN: Final = "not known"
MEANING_NO_STATUS: Final = "no status"


def more_lines(*, hidden: int) -> str:
    """What ``--depth`` cut off beneath a line, and how to see it."""
    return f"… {_plural(hidden, 'more line')} (raise --depth to see them)"


CHARTS_INTRO: Final = (
    "Each bar is a key question's percentage of relevant cases answered yes "
    "(26/30: 26 yes of n = 30 relevant cases); the shading shows the band it falls in, and "
    "the line under the bar the 95% interval of that percentage given n (where n is "
    "known). A standard is banded by its lowest key question (in bold: the key questions "
    "that set the band)."
)
TABLES_INTRO: Final = (
    "As in the published reports: for each standard, every key question's "
    "relevant cases, number answered yes and percentage, then each key question's prompts. "
    "Prompts guide the judgement of their key question; they do not rate."
)
CASES_INTRO: Final = (
    "Each case against the key questions it was judged on. The filter above "
    "each grid shows only the cases answered no to at least one key question; a case's id "
    "leads to its answers to every key question and prompt."
)


# The HTML report's captions and labels with figures in them. A renderer passes each figure
# already escaped for its format; the words themselves need no escaping.


def ratings_caption(*, service: str, framework: str) -> str:
    return f"Ratings of {service} under {framework}"


def chart_title(*, id: str, name: str) -> str:
    return f"Key questions of {id} {name} against the bands"


def key_questions_caption(*, id: str, name: str) -> str:
    return f"Key questions of {id} {name}"


def grid_count(*, shown: int, total: int) -> str:
    if total > shown:
        return f"{shown:,} of its {total:,} cases shown"
    return f"{shown} case{'' if shown == 1 else 's'}"


def only_no_filter(*, with_no: int, cases: int) -> str:
    return f'Show only the cases with a "no" ({with_no} of {cases})'


def grid_region(*, domain: str) -> str:
    return f"Cases against the key questions of domain {domain}"


def grid_caption(*, domain: str) -> str:
    return (
        f"Each case's answer to the key questions of domain {domain} (– : not relevant to the case)"
    )


def answered_no(*, noes: int) -> str:
    return f"{noes} key question{'' if noes == 1 else 's'} answered no"


def judged_by(*, inspector: str) -> str:
    return f"judged by {inspector}"


def recorded(*, facts: str) -> str:
    return f"Recorded: {facts}"


def case_note(*, note: str) -> str:
    return f"Note: {note}"


def case_caption(*, id: str) -> str:
    return f"{id}: answers to the key questions and their prompts"


def discretion_note(*, id: str, banded: str, rating: str, basis: str, reason: str) -> str:
    """``id`` comes marked up as its format shows an id (bold)."""
    return f"{id} professional discretion: banded {banded}, rated {rating}. {basis} Panel: {reason}"


def undetermined_note(*, id: str, possible: str, reason: str, settle: str) -> str:
    """``id`` comes marked up as its format shows an id (bold)."""
    return f"{id} undetermined, could be {possible}: {reason}. It would be settled by {settle}."


def cases_cut(*, shown: int, total: int, left_out: int, one_case: str, every_case: str) -> str:
    """``one_case`` and ``every_case`` come marked up as commands (code)."""
    return (
        f"This report shows the first {shown:,} of the {total:,} cases in the data: the other "
        f"{left_out:,} are not shown, so that the page stays one a browser can open. Their "
        f"answers: one case with {one_case}; every case's answer to every key question with "
        f"{every_case}. Every figure and rating in this report counts all the cases."
    )


def cases_more(*, left_out: int, above: str) -> str:
    """``above`` comes marked up as a link to where :func:`cases_cut` is shown."""
    return f"{left_out:,} more cases are not shown: see {above} for how to see them."


def levels_deep(*, depth: int) -> str:
    return f"{depth} level{'' if depth == 1 else 's'} deep"


def showing(*, what: str) -> str:
    return f"Showing {what}."


ONLY_LIMITING: Final = "only what pulled each rating down"
FOOTER: Final = "Made by ratingbook from the inspection data and the framework text quoted above."
ABOVE: Final = "above"

COLUMN_KEY_QUESTION: Final = "Key question"
COLUMN_RELEVANT: Final = "Relevant cases"
COLUMN_NUMBER_YES: Final = "Number 'yes'"
COLUMN_PERCENT_YES: Final = "% yes"
COLUMN_BAND: Final = "Band"
COLUMN_CASE: Final = "Case"
COLUMN_NO: Final = '"No"'
COLUMN_ANSWER: Final = "Answer"
COLUMN_PROMPTS: Final = "Prompts"
SETS_THE_BAND: Final = "(sets the band)"


# ------------------------------------------------------------------------------ the small words


def _pct(x: float | None) -> str:
    """A percentage to one place, without a trailing zero: ``33.3``, ``50`` (``?``: unknown)."""
    return "?" if x is None else f"{x:.1f}".rstrip("0").rstrip(".")


def _plural(n: int, word: str, many: str | None = None) -> str:
    """``1 case``, ``2 cases``: a count and its noun."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


_NUMBERED: Final = re.compile(r"^(.*?)(\d+)$")


def _case_runs(names: Sequence[str]) -> str:
    """Case ids as a reader scans them: ``C01–C07, C09, C12–C14`` (runs of three or more
    numbered ids that follow each other in the data are joined; every id is still named)."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 3:
            out.append(f"{run[0]}–{run[-1]}")
        else:
            out.extend(run)
        run.clear()

    previous: tuple[str, int, int] | None = None
    for name in names:
        m = _NUMBERED.match(name)
        here = (m.group(1), int(m.group(2)), len(m.group(2))) if m else None
        follows = (
            here is not None
            and previous is not None
            and here[0] == previous[0]
            and here[2] == previous[2]
            and here[1] == previous[1] + 1
        )
        if not follows:
            flush()
        run.append(name)
        previous = here
    flush()
    return ", ".join(out)


def _lines(report: int | None, data: str | None) -> str:
    """`` (report line 503; data line 120)``: whose line is whose, where there are lines."""
    parts = ([f"report line {report}"] if report else []) + ([data] if data else [])
    return f" ({'; '.join(parts)})" if parts else ""


def _rating_or_not(rating: str | None) -> str:
    return rating or "not rated"


def _sure_text(sure: Certainty) -> str:
    """``Good 62%, Requires improvement 25%``, and the model behind it."""
    model = "" if sure.model is None else f" ({model_words(sure.model)})"
    return certainty_words(sure) + model


# ------------------------------------------------------------------------------ records' figures
# The words of the records the analyses make (a range of ratings, a step of a move, a
# probability, the model behind it): the records carry figures and codes, and are worded here.


def range_words(r: Range, *, band: bool = False) -> str:
    """``Inadequate to Good``, ``Good, or not rated``, ``Inadequate to Outstanding, or no
    band`` (``band``: of a key question, which has a band or none); ``Inadequate or Good``
    where the ratings between are not possible."""
    none = "no band" if band else "not rated"
    if r.lowest is None or r.highest is None:
        return none
    if r.only:
        span = (
            " or ".join(r.only)
            if len(r.only) <= 2
            else (", ".join(r.only[:-1]) + " or " + r.only[-1])
        )
    else:
        span = r.lowest if r.lowest == r.highest else f"{r.lowest} to {r.highest}"
    return f"{span}, or {none}" if r.unrated else span


@_words(Say.RANGE)
def _range(*, range: Range, band: bool) -> str:
    return range_words(range, band=band)


def _step_words(step: Step) -> str:
    """``2.2.1: 1 case from no to yes -> 67% (Good)``, naming the cases where the data has them."""
    n, before, after = step.cases, step.answer_from, step.answer_to
    if not step.candidates:
        what = f"{_plural(n, 'case')} from {before} to {after}"
    elif n == len(step.candidates):
        every = "the one case" if n == 1 else f"all {n} cases"
        what = f"{every} that answered {before} ({', '.join(step.examples)}) to {after}"
    else:
        what = (
            f"{n} of the {len(step.candidates)} cases that answered {before} "
            f"(e.g. {', '.join(step.examples)}) to {after}"
        )
    return f"{step.key_question}: {what} -> {step.percent_after}% ({step.band_after})"


def percent_words(p: Fraction) -> str:
    """A probability as a whole percentage; ``<1%`` and ``>99%`` rather than 0% or 100%."""
    if p <= 0:
        return "0%"
    if p >= 1:
        return "100%"
    whole = int(p * 100 + Fraction(1, 2))
    if whole < 1:
        return "<1%"
    if whole > 99:
        return ">99%"
    return f"{whole}%"


def certainty_words(c: Certainty) -> str:
    """``Good 62%, Requires improvement 25%, Outstanding 13%``, most likely first; a rating
    under half a per cent is left out of the words (not of the JSON) unless it is the one
    given."""
    from ratingbook.framework.certainty import SHOWN

    if c.state != "known":
        return f"{c.state} ({'' if c.reason is None else say(c.reason)})"
    ranked = sorted(c.probabilities, key=lambda rp: -rp[1])
    return ", ".join(f"{r} {percent_words(p)}" for r, p in ranked if p >= SHOWN or r == c.rating)


@_words(Say.LIKELY_OTHERS)
def _likely_others(*, others: tuple[tuple[str, Fraction], ...]) -> str:
    listed = ", ".join(f"{r} {percent_words(p)}" for r, p in others)
    return f"another rating is reasonably likely (20% or more): {listed}"


def _prior_words(prior: Prior, *, basis: bool = False) -> str:
    """``prior Beta(3.4, 1.4)``; with ``basis``, where it comes from too."""
    out = f"prior Beta({_num(prior.alpha)}, {_num(prior.beta)})"
    return f"{out} {_PRIOR_BASIS[prior.code]}" if basis else out


_PRIOR_BASIS: Final = {
    "corpus": "from published shares",
    "jeffreys": "(Jeffreys)",
    "uniform": "(uniform)",
}


@_words(Say.OUTCOME)
def _outcome(
    *,
    value: str | None,
    range: Range | None,
    band: bool,
    missing: bool,
    not_inspected: bool,
) -> str:
    """One version's result of an item as a comparison shows it beside the other's."""
    if missing:
        return "no such key question" if band else "no such standard"
    if range is not None:
        return f"undetermined ({range_words(range, band=band)})"
    if not_inspected:
        return "not inspected"
    return value or ("no band" if band else "not rated")


@_words(Say.SCORE_SPAN)
def _score_span(*, low: int | None, high: int | None, max: int) -> str:
    if low is None:
        return "undetermined"
    return f"{low}/{max}" if high is None else f"{low}..{high}/{max}"


@_words(Say.TRACE_UNDETERMINED)
def _trace_undetermined(*, id: str, range: Range, band: bool, reason: str) -> str:
    """An expectation's trace of an item the data cannot decide."""
    return f"{id}: undetermined, could be {range_words(range, band=band)}: {reason}"


@_words(Say.PRIOR_BASIS)
def _prior_basis(*, prior: str) -> str:
    return _PRIOR_BASIS[prior]


def _num(x: Fraction) -> str:
    return str(x.numerator) if x.denominator == 1 else f"{float(x):g}"


def _sampling_words(s: Sampling) -> str:
    """How one key question's cases were drawn, in words."""
    match s.code:
        case "census":
            return f"census of {s.relevant} eligible: no sampling uncertainty"
        case "finite":
            if not s.estimated:
                return f"drawn at random from {s.eligible} eligible"
            return (
                f"drawn at random from about {s.eligible} eligible (scaled from domain "
                f"{s.domain}'s {s.domain_population})"
            )
        case "unlimited":
            return "population not given: unlimited"
    return ""  # pragma: no cover - every code is matched above


def model_words(model: Words | Model, *, basis: bool = False) -> str:
    """The model behind a figure in a few words: ``drawn at random from 120 eligible; prior
    Beta(3.4, 1.4); key questions independent``; with ``basis``, where the prior comes from."""
    from ratingbook.framework.posterior import Model

    if isinstance(model, Model):
        if model.code == "census":
            return _sampling_words(model.sampling)
        return f"{_sampling_words(model.sampling)}; {_prior_words(model.prior)}"
    if model.key_question is not None:
        return model_words(model.key_question)
    if model.code == "judged":
        return "rated by the lead inspector, not from a sample"
    parts = [_combined_sampling(model)]
    if model.prior is not None:
        parts.append(_prior_words(model.prior, basis=basis))
    if model.independent:
        parts.append("key questions independent")
    return "; ".join(parts)


@_words(Say.MODEL)
def _model(*, model: Words | Model) -> str:
    return model_words(model)


def model_short(model: Words) -> str:
    """The sampling model in fewer words, for a table cell."""
    match model.code:
        case "census":
            return "census"
        case "finite":
            return "from " + " and ".join(f"{d.population} eligible" for d in model.domains)
        case "unlimited":
            return "population not given"
        case "mixed":
            return "; ".join(f"domain {d.domain} {_domain_short(d)}" for d in model.domains)
        case "judged":
            return "inspector judgement"
    return ""  # pragma: no cover - every code is matched above


def _combined_sampling(model: Words) -> str:
    ds = model.domains
    if model.code == "census":
        listed = " and ".join(f"domain {d.domain}'s {d.population}" for d in ds)
        return f"census of {listed} eligible: no sampling uncertainty"
    if model.code == "unlimited":
        return "population not given: unlimited"
    if model.code == "finite" and len(ds) == 1:
        return f"drawn at random from domain {ds[0].domain}'s {ds[0].population} eligible"
    return "; ".join(f"domain {d.domain} {_domain_long(d)}" for d in ds)


def _domain_short(d: DomainModel) -> str:
    match d.code:
        case "census":
            return "census"
        case "finite":
            return f"from {d.population} eligible"
        case "unlimited":
            return "population not given"
    return ""  # pragma: no cover


def _domain_long(d: DomainModel) -> str:
    match d.code:
        case "census":
            return f"a census of {d.population} eligible"
        case "finite":
            return f"drawn at random from {d.population} eligible"
        case "unlimited":
            return "population not given (unlimited)"
    return ""  # pragma: no cover


def _sample_words(domain: DomainSample, policy: SamplingPolicy) -> str:
    """One domain's sample in one line: population, size needed, what was read, the margin
    achieved, the verdict."""
    how = (
        f"{policy.confidence}% confidence, margin of error {policy.margin}"
        if domain.sized_by == "confidence"
        else f"{domain.share}% of the combined sample"
    )
    parts = [f"domain {domain.domain} ({domain.name})"]
    if domain.population is None:
        parts.append("eligible population not given")
    else:
        parts.append(f"eligible population {domain.population}")
    if domain.needed is not None:
        parts.append(f"needs {domain.needed} ({how})")
    if domain.sampled is not None:
        parts.append(f"{domain.sampled} read")
    if domain.margin is not None:
        parts.append(f"margin of error achieved {domain.margin:.1f} points")
    verdict = {True: "meets the policy", False: "does not meet the policy", None: ""}[domain.meets]
    if domain.sampled is not None and domain.meets is None:
        verdict = "cannot be checked without the eligible population"
    return ": ".join([parts[0], "; ".join(parts[1:])]) + (f" -> {verdict}" if verdict else "")


@_words(Say.QUOTED)
def _quoted(*, text: str) -> str:
    return text


# ------------------------------------------------------------------------------ key questions


@_words(Say.KEY_QUESTION)
def _key_question(*, id: str, text: str) -> str:
    return f"{id} {text}"


@_words(Say.ANSWER_REASON)
def _answer_reason(*, case: str, inspector: str | None, reason: str) -> str:
    by = f", judged by {inspector}" if inspector else ""
    return f"{case}{by}: {reason}"


@_words(Say.ANSWERED_GROUP)
def _answered_group(*, answer: str, reason: str | None, cases: tuple[str, ...]) -> str:
    why = "" if reason is None else f", {reason}"
    return f"answered {answer}: {len(cases)}{why} ({_case_runs(cases)})"


@_words(Say.CASES_COUNTED)
def _cases_counted(*, cases: int, shared: str | None) -> str:
    why = f" ({shared})" if shared is not None else ""
    return f"counted: {_plural(cases, 'case')}{why}"


@_words(Say.CASES_LEFT_OUT)
def _cases_left_out(*, cases: int) -> str:
    return f"left out: {_plural(cases, 'case')}"


@_words(Say.LEFT_OUT_GROUP)
def _left_out_group(*, reason: str, answered: str | None, cases: tuple[str, ...]) -> str:
    why = reason + (f" (answered {answered}, not counted)" if answered is not None else "")
    return f"{why}: {_plural(len(cases), 'case')} ({_case_runs(cases)})"


@_words(Say.UNDETERMINED_COUNTS)
def _undetermined_counts(
    *, yes: int, relevant: int, report_line: int | None, data_line: str | None
) -> str:
    return (
        f"the data's figures: {yes} of {_plural(relevant, 'relevant case')} answered "
        f"yes{_lines(report_line, data_line)}, counted under another condition"
    )


@_words(Say.UNDETERMINED_PERCENT)
def _undetermined_percent(
    *, published: float, report_line: int | None, data_line: str | None
) -> str:
    return (
        f"the data's figure: {_pct(published)}%{_lines(report_line, data_line)}, "
        "counted under another condition"
    )


@_words(Say.UNDETERMINED_CASES)
def _undetermined_cases(*, yes: int, relevant: int) -> str:
    return f"{yes} of {_plural(relevant, 'case')} that were asked answered yes"


@_words(Say.UNDETERMINED_KEY_QUESTION)
def _undetermined_key_question(*, reason: str) -> str:
    return f"undetermined: {reason}"


@_words(Say.UNDETERMINED_KEY_QUESTION_WARNING)
def _undetermined_key_question_warning() -> str:
    return "this data cannot decide this key question under this version"


@_words(Say.POSSIBLE)
def _possible(*, low: int, high: int, bands: Range, unrated: bool) -> str:
    span = f"{low}%" if low == high else f"{low}% to {high}%"
    left_out = " (no relevant cases: left out of the standard)" if unrated else ""
    return f"possible: {span}, so {range_words(bands, band=True)}{left_out}"


@_words(Say.SETTLED_BY)
def _settled_by(*, settle: str) -> str:
    return f"settled by {settle}"


@_words(Say.APPLIES_TO)
def _applies_to(*, applies: str) -> str:
    return f"applies to {applies}"


@_words(Say.NOT_INSPECTED)
def _not_inspected(*, report_line: int | None, reason: str) -> str:
    return f"not inspected{_lines(report_line, None)}: {reason}; left out of the standard's lowest band"


@_words(Say.FIGURE_COUNTED)
def _figure_counted(
    *,
    yes: int,
    relevant: int,
    no: int,
    basis: str,
    report_line: int | None,
    data_line: str | None,
    exact: float | None,
    rounding: str,
    percent: int,
) -> str:
    source = (
        "case judgements"
        if basis == "cases"
        else "published counts" + _lines(report_line, data_line)
    )
    return (
        f"{yes} of {_plural(relevant, 'relevant case')} answered yes ({no} no), from {source}: "
        f"{_pct(exact)}%, {rounding.replace('percentage ', '')} to {percent}%"
    )


@_words(Say.FIGURE_PUBLISHED)
def _figure_published(*, percent: int, report_line: int | None, data_line: str | None) -> str:
    return f"published figure {percent}%{_lines(report_line, data_line)}; case counts are not known"


@_words(Say.FIGURE_NO_RELEVANT_CASES)
def _figure_no_relevant_cases() -> str:
    return (
        "no relevant cases: this key question has no band and is left out of the standard's "
        "lowest band"
    )


@_words(Say.FALLS_IN)
def _falls_in(*, figure: int, percent: bool, rule: str) -> str:
    return f"{figure}{'%' if percent else ''} falls in {rule}"


@_words(Say.SAMPLE)
def _sample(*, cases: int, low: float, high: float, sure: Certainty | None) -> str:
    chance = "" if sure is None or sure.state != "known" else f"; chance: {certainty_words(sure)}"
    spread = f"95% interval {_pct(low)}-{_pct(high)}%"
    if sure is not None and sure.model is not None:
        chance += f" ({model_words(sure.model)})"
        if sure.model.code == "census":
            spread = "every eligible case"  # nothing unseen: no interval to give
    return f"{_plural(cases, 'case')}, {spread}{chance}"


@_words(Say.PROMPTS)
def _prompts(*, count: int) -> str:
    return f"prompts: {count}"


@_words(Say.PROMPT_FIGURES)
def _prompt_figures(
    *,
    id: str,
    text: str,
    yes: int | None,
    relevant: int | None,
    percent: int | None,
    na: int | None,
) -> str:
    if relevant is not None:
        figure = f"{yes} of {relevant}" + (f" ({percent}%)" if percent is not None else "")
    else:
        figure = f"{percent}%"
    return f"{id} {text}: {figure}" + (f", {na} n/a" if na else "")


# ------------------------------------------------------------------------------ what would move


def _edge_word(direction: str) -> str:
    """The end of the scale a move up (or down) cannot pass: ``highest`` or ``lowest``."""
    return "highest" if direction == "up" else "lowest"


@_words(Say.STEP)
def _step(*, step: Step) -> str:
    """``2.2.1: 1 case from no to yes -> 67% (Good)``, naming the cases where the data has them."""
    return _step_words(step)


@_words(Say.CHANGE_NONE)
def _change_none(*, direction: str, state: str, reason: str) -> str:
    return f"{direction}: {state} ({reason})"


@_words(Say.CHANGE)
def _change(*, direction: str, to: str | None, judgements: int, aside: tuple[str, ...]) -> str:
    label = f"{direction} to {to}: {_plural(judgements, 'differing judgement')}"
    if aside:
        label += (
            f", setting aside the panel's decision on {', '.join(aside)} "
            "(its banded rating changes)"
        )
    return label


@_words(Say.CHANGE_STANDARD)
def _change_standard(
    *,
    standard: str,
    rating_from: str | None,
    rating_to: str | None,
    set_aside: bool,
    banded_from: str | None,
    banded_to: str | None,
    judgements: int,
) -> str:
    banded = (
        f" (banded {banded_from} -> {banded_to}; the panel's decision no longer applies)"
        if set_aside
        else ""
    )
    return f"{standard} {rating_from} -> {rating_to}{banded}: {_plural(judgements, 'judgement')}"


@_words(Say.DECISION_NO_LONGER_APPLIES)
def _decision_no_longer_applies(*, banded_to: str | None, rating_from: str | None) -> str:
    return (
        f"the banded rating becomes {banded_to}, so the panel's decision ({rating_from}) "
        "no longer applies"
    )


@_words(Say.WHILE_DECISIONS_STAND)
def _while_decisions_stand(
    *, found: bool, direction: str, to: str | None, judgements: int | None, reason: str
) -> str:
    if found:
        assert judgements is not None
        text = f"{direction} to {to}: {_plural(judgements, 'differing judgement')}"
    else:
        text = reason
    return f"while the panel's decisions stand: {text}"


@_words(Say.CHANGES_NONE)
def _changes_none(*, title: str, state: str, reason: str) -> str:
    return f"{title}: {state} ({reason})"


@_words(Say.WHAT_WOULD_CHANGE_RATING)
def _what_would_change_rating(*, rating: str) -> str:
    return f"what would change the rating ({rating})"


@_words(Say.WHAT_WOULD_MOVE_OVERALL)
def _what_would_move_overall() -> str:
    return "what would move the overall rating"


@_words(Say.BANDED_CHANGE_NONE)
def _banded_change_none(*, direction: str) -> str:
    edge = _edge_word(direction)
    return (
        f"{direction}: none (already the {edge} band, or no number of judgements reaches "
        "another band)"
    )


@_words(Say.BANDED_STEP)
def _banded_step(
    *,
    key_question: str,
    cases: int,
    answer_from: str,
    answer_to: str,
    percent_after: int,
    band_after: str,
) -> str:
    return (
        f"{key_question}: {_plural(cases, 'case')} from {answer_from} to {answer_to} -> "
        f"{percent_after}% ({band_after})"
    )


@_words(Say.WHAT_WOULD_CHANGE_BANDED)
def _what_would_change_banded(*, banded: str | None) -> str:
    return f"what would change the banded rating ({banded}), before the panel's decision"


# ------------------------------------------------------------------------------ how sure, samples


@_words(Say.HOW_SURE)
def _how_sure(*, sure: Certainty) -> str:
    return f"how sure: {_sure_text(sure)}"


@_words(Say.SAMPLE_DOMAIN)
def _sample_domain(*, domain: DomainSample, policy: SamplingPolicy) -> str:
    return _sample_words(domain, policy)


@_words(Say.SAMPLE_TOO_SMALL)
def _sample_too_small() -> str:
    return "the sample is smaller than the policy asks for"


@_words(Say.SAMPLING_POLICY)
def _sampling_policy(*, confidence: int, margin: Any, split: tuple[tuple[str, int], ...]) -> str:
    shares = "; split " + ", ".join(f"domain {d} {p}%" for d, p in split) if split else ""
    return f"sampling policy: {confidence}% confidence, margin of error {margin}{shares}"


# ------------------------------------------------------------------------------ discretion


@_words(Say.DISCRETION)
def _discretion(*, state: str, applied: bool) -> str:
    return f"professional discretion: {state}" + (", applied" if applied else "")


@_words(Say.DISCRETION_CHECK)
def _discretion_check(*, check: Check) -> str:
    # Worded by the messages registry: the same words make a finding while rating.
    return messages.check(check)


@_words(Say.PANEL_DECISION)
def _panel_decision(
    *,
    banded: str | None,
    rating: str | None,
    report_line: int | None,
    data_line: str | None,
    reason: str,
) -> str:
    return f"panel decision: {banded} -> {rating}{_lines(report_line, data_line)}: {reason}"


@_words(Say.APPLIED_BY_OVERRIDE)
def _applied_by_override(*, kind: str) -> str:
    return f"applied by override: the policy does not make this {kind} eligible"


# ------------------------------------------------------------------------------ standards, overall


@_words(Say.DECIDED_BY_MEAN)
def _decided_by_mean(
    *,
    decided_by: str,
    banded: str | None,
    shares: tuple[tuple[str, float], ...],
    mean: float,
) -> str:
    figures = ", ".join(f"{k} {_pct(share)}%" for k, share in shares)
    return f"{decided_by}: {banded} (the mean of {figures} is {_pct(mean)}%)"


@_words(Say.DECIDED_BY_TABLE)
def _decided_by_table(*, decided_by: str, row: str) -> str:
    return f"{decided_by}: {row}"


@_words(Say.DECIDED_BY_KEY_QUESTIONS)
def _decided_by_key_questions(
    *, decided_by: str, banded: str | None, lows: tuple[tuple[str, int | None], ...]
) -> str:
    listed = ", ".join(f"{k} at {p}%" for k, p in lows)
    return f"{decided_by}: {banded} ({listed})"


@_words(Say.STANDARD)
def _standard(
    *,
    id: str,
    name: str,
    rating: str | None,
    banded: str | None,
    show_banded: bool,
    score: int | None,
    undetermined: StandardUndetermined | None,
) -> str:
    shown = f" (banded {banded})" if show_banded else ""
    scored = f", score {score}" if score is not None else ""
    words = _rating_or_not(rating)
    u = undetermined
    if u is not None:
        if rating is None:
            words, shown = f"undetermined ({range_words(u.rating)})", ""
            scored = f", score {u.score_low}..{u.score_high}" if u.score_low is not None else ""
        else:
            shown = f" (banded undetermined: {range_words(u.banded)})"
    return f"{id} {name}: {words}{shown}{scored}"


@_words(Say.INSPECTOR_SCORES)
def _inspector_scores(
    *,
    report_line: int | None,
    data_line: str | None,
    scores: tuple[tuple[str, int], ...],
    total: int,
    most: int,
    rounding: str,
    percent: int | None,
    rating: str | None,
) -> str:
    listed = ", ".join(f"{item} {n}" for item, n in scores)
    return (
        f"the inspector's scores{_lines(report_line, data_line)}: {listed}; {total} of {most} = "
        f"{_pct(100 * total / most)}%, {rounding} to {percent}%: {rating}"
    )


@_words(Say.LEAD_INSPECTOR_RATING)
def _lead_inspector_rating(
    *, rating: str | None, report_line: int | None, data_line: str | None
) -> str:
    return f"the lead inspector's rating: {rating}{_lines(report_line, data_line)}"


@_words(Say.EVIDENCE)
def _evidence(*, evidence: str) -> str:
    return f"evidence: {evidence}"


@_words(Say.CHARACTERISTICS)
def _characteristics(*, rating: str | None) -> str:
    return f"published characteristics of {rating}"


@_words(Say.OVERALL)
def _overall(
    *,
    service: str,
    rating: str | None,
    score: int | None,
    max: int,
    undetermined: Any,
    framework: str,
) -> str:
    scored = f" (score {score}/{max})" if score is not None else ""
    words = _rating_or_not(rating)
    u = undetermined
    if u is not None:
        scored = f" (score {u.score_low}..{u.score_high}/{max}, undetermined)"
        if rating is None:
            words = f"undetermined ({range_words(u.rating)})"
    return f"{service}: overall {words}{scored} under {framework}"


@_words(Say.SUM_UNDETERMINED)
def _sum_undetermined(
    *,
    parts: tuple[int | tuple[int | None, int | None] | None, ...],
    low: int | None,
    high: int | None,
    max: int,
) -> str:
    shown = [f"{p[0]}..{p[1]}" if isinstance(p, tuple) else str(p) for p in parts]
    return f"sum of the {len(shown)} standard scores: {' + '.join(shown)} = {low}..{high} of {max}"


@_words(Say.OVERALL_UNDETERMINED)
def _overall_undetermined(*, standards: tuple[str, ...], rating: Range) -> str:
    return (
        f"undetermined: standard{'s' if len(standards) > 1 else ''} "
        f"{', '.join(standards)} cannot be decided from this data; the overall "
        f"rating could be {range_words(rating)}"
    )


@_words(Say.OVERALL_UNDETERMINED_WARNING)
def _overall_undetermined_warning() -> str:
    return "this data cannot decide the overall score under this version"


@_words(Say.SUM)
def _sum(*, scores: tuple[int | None, ...], total: int, max: int) -> str:
    sums = " + ".join(str(sc) for sc in scores)
    return f"sum of the {len(scores)} standard scores: {sums} = {total} of {max}"


@_words(Say.NOT_SCORED)
def _not_scored(*, standards: tuple[str, ...]) -> str:
    return f"not scored: {', '.join(standards)} (rated, but not added to the overall score)"


@_words(Say.OVERALL_TABLE)
def _overall_table(*, row: str) -> str:
    return f"the overall decision table: {row}"


@_words(Say.LIMITED_BY)
def _limited_by(*, rule: str) -> str:
    return f"limited by {rule}"


@_words(Say.OVERALL_NOT_RATED)
def _overall_not_rated(*, standards: tuple[str, ...]) -> str:
    return f"not rated: {', '.join(standards)} have no rating"


@_words(Say.NO_OVERALL_RATING)
def _no_overall_rating() -> str:
    return "no overall rating"


# ------------------------------------------------------------------------------ prompts


@_words(Say.PROMPT_PUBLISHED)
def _prompt_published(*, percent: int | None) -> str:
    return f"published figure {percent}%"


@_words(Say.PROMPT_COUNTED)
def _prompt_counted(
    *,
    yes: int | None,
    relevant: int,
    percent: int | None,
    na: int | None,
    counts: bool,
    report_line: int | None,
    data_line: str | None,
) -> str:
    shown = f" ({percent}%)" if percent is not None else ""
    also = f", {na} n/a" if na else ""
    source = f"published counts{_lines(report_line, data_line)}" if counts else "case judgements"
    return f"{yes} of {_plural(relevant, 'relevant case')} answered yes{shown}{also}, from {source}"


@_words(Say.FEEDS)
def _feeds(
    *,
    key_question: str,
    percent: int | None,
    band: str | None,
    lowest: bool,
    standard: str,
    banded: str | None,
    lowest_ids: tuple[str, ...],
    name: str,
    rating: str | None,
) -> str:
    figure = f"{percent}%, {band}" if band else "no band"
    sets = (
        f"one of the lowest, so it sets {standard}'s band ({banded})"
        if lowest
        else f"not the lowest in {standard} ({', '.join(lowest_ids) or 'none'} set its band)"
    )
    return (
        f"feeds {key_question} ({figure}): {sets}; {standard} {name} is rated "
        f"{_rating_or_not(rating)}"
    )


@_words(Say.PROMPT)
def _prompt(*, id: str, text: str) -> str:
    return f"{id} {text}"


@_words(Say.PROMPTS_DO_NOT_RATE)
def _prompts_do_not_rate(*, prompt: str, key_question: str) -> str:
    return (
        f"prompts do not rate: {prompt} is evidence for key question {key_question}, and only "
        f"the answers to {key_question} itself are counted"
    )


@_words(Say.CITATION)
def _citation(*, cited: str | None) -> str:
    return f"published in {cited}" if cited else "cites no source"


@_words(Say.WHERE_APPLICABLE)
def _where_applicable() -> str:
    return "where applicable: a case may answer it n/a, and is then left out"


@_words(Say.NO_FIGURES)
def _no_figures() -> str:
    return "no figures: the data gives no answers or counts for it"


@_words(Say.ANSWERED_IN)
def _answered_in(*, cases: int) -> str:
    return f"answered in {_plural(cases, 'case')}"


# ------------------------------------------------------------------------------ cases


@_words(Say.CASE_RECORD)
def _case_record(*, id: str, values: tuple[str, ...], inspector: str | None) -> str:
    by = f": judged by {inspector}" if inspector else ": inspector not recorded"
    label = f" ({', '.join(values)})" if values else ""
    return f"case {id}{label}{by}"


@_words(Say.CASE_WHERE)
def _case_where(*, path: str, where: str | None) -> str:
    # Where the data says it is: "data line 128", or a workbook's "Cases row 6".
    return f"{path}" + (f", {where}" if where else "")


@_words(Say.CASE_FACTS)
def _case_facts(*, domain: tuple[tuple[str, str], ...], facts: tuple[tuple[str, str], ...]) -> str:
    given = ", ".join(f"{k} {v}" for k, v in facts) or (
        "no attributes given (the framework's defaults apply)"
    )
    first = ", ".join(f"{k} {v}" for k, v in domain)
    return f"facts: {first}; {given}" if first else f"facts: {given}"


@_words(Say.CASE_NOTE)
def _case_note(*, note: str) -> str:
    return f"note: {note}"


@_words(Say.KEY_QUESTION_DOES_NOT_APPLY)
def _key_question_does_not_apply(*, id: str, reason: str) -> str:
    return f"{id}: {reason}"


@_words(Say.KEY_QUESTIONS_DO_NOT_APPLY)
def _key_questions_do_not_apply(*, count: int) -> str:
    return f"{_plural(count, 'key question')} of its domain do not apply"


@_words(Say.REASON_GIVEN)
def _reason_given(*, reason: str) -> str:
    return f"reason given: {reason}"


@_words(Say.PROMPT_ANSWER)
def _prompt_answer(*, id: str, answer: str) -> str:
    return f"prompt {id}: {answer}"


@_words(Say.CASE_ANSWER)
def _case_answer(
    *,
    key_question: str,
    text: str,
    answer: str | None,
    counted: bool,
    percent: int | None,
    band: str | None,
    sets: bool,
    standard: str,
    name: str,
    rating: str | None,
) -> str:
    if counted:
        fed = f"{key_question} is at {percent}%, {band}" if percent is not None else key_question
        sets_band = f", and sets {standard}'s band" if sets else ""
        what = f"counted ({fed}{sets_band}); {standard} {name}: {_rating_or_not(rating)}"
    else:
        what = "n/a: left out of the relevant cases"
    return f"{key_question} {text}: {answer} — {what}"


# ------------------------------------------------------------------------------ a result's notes


@_words(Say.NOTE_BANDED_UNDETERMINED)
def _note_banded_undetermined(*, key_questions: tuple[str, ...], possible: Range) -> str:
    return (
        f"banded rating undetermined: {', '.join(key_questions)} cannot be worked out from this "
        f"data (it could be {range_words(possible)}); the panel's decision sets the rating"
    )


@_words(Say.NOTE_UNDETERMINED)
def _note_undetermined(*, key_questions: tuple[str, ...], possible: Range) -> str:
    return (
        f"undetermined: {', '.join(key_questions)} cannot be worked out from this data; the "
        f"rating could be {range_words(possible)}"
    )


@_words(Say.NOTE_DOES_NOT_DEPEND)
def _note_does_not_depend(*, key_questions: tuple[str, ...]) -> str:
    return (
        f"{', '.join(key_questions)} cannot be worked out from this data, but the rating does "
        f"not depend on {'it' if len(key_questions) == 1 else 'them'}"
    )


@_words(Say.NOTE_NOT_ELIGIBLE_UNDER)
def _note_not_eligible_under(*, framework: str) -> str:
    return f"discretion applied, but {framework} would not make this standard eligible"


_NOT_RATED: Final = {
    "no judgement": "not rated: no inspector judgement given",
    "no relevant cases": "not rated: no key question has relevant cases",
}


@_words(Say.NOTE_NOT_RATED)
def _note_not_rated(*, unrated: str) -> str:
    return _NOT_RATED[unrated]


@_words(Say.NOTE_BY_OVERRIDE)
def _note_by_override() -> str:
    return "discretion applied by override: the policy does not make this standard eligible"


@_words(Say.ELIGIBLE_BECAUSE)
def _eligible_because(*, reasons: tuple[str, ...]) -> str:
    return "Eligible because " + "; ".join(reasons) + "."


@_words(Say.ELIGIBLE_BY_OVERRIDE)
def _eligible_by_override() -> str:
    return "By override: not eligible under the policy."


@_words(Say.ELIGIBILITY_NOT_DECIDED)
def _eligibility_not_decided() -> str:
    return "Eligibility could not be decided from the data."


@_words(Say.SETTLED_UNDER)
def _settled_under(*, id: str, name: str, note: str, framework: str) -> str:
    return f"{id} {name}: {note} under {framework}"


# ------------------------------------------------------------------------------ the handbook


def _and_list(words: Sequence[str], last: str = "and") -> str:
    """``a, b and c`` (the handbook's lists)."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {last} " + words[-1]


@_words(Say.HANDBOOK_PERCENTAGE)
def _handbook_percentage() -> str:
    return (
        "A key question's percentage is the number of yes answers divided by the number "
        "of relevant cases (the cases it applies to, apart from any answered “not "
        "applicable”), times 100."
    )


_ROUNDING: Final = {
    "half up": "to the nearest whole number, a half going up",
    "half even": "to the nearest whole number, a half going to the even number",
    "down": "down to a whole number",
    "up": "up to a whole number",
}


@_words(Say.HANDBOOK_ROUNDING)
def _handbook_rounding(*, mode: str, examples: tuple[tuple[float, int], ...]) -> str:
    shown = ", ".join(f"{x:g}% counts as {n}%" for x, n in examples)
    return f"It is rounded {_ROUNDING[mode]}, before it is banded: {shown}."


@_words(Say.HANDBOOK_DOMAIN_RULE)
def _handbook_domain_rule(
    *,
    id: str,
    name: str,
    form_words: str | None,
    unscored: tuple[str, ...],
    none_scored: bool,
) -> str:
    rule = form_words if form_words is not None else "each as its own rule says (see the standard)"
    if none_scored:
        rule += ", and are not added to the overall score"
    elif unscored:
        rule += f" ({_and_list(unscored)} not added to the overall score)"
    return f"Domain {id} ({name}): its standards are rated {rule}."


@_words(Say.HANDBOOK_DISCRETION)
def _handbook_discretion(*, domains: tuple[str, ...]) -> str:
    where = f"domain {domains[0]}" if len(domains) == 1 else f"domains {_and_list(domains)}"
    return (
        f"For a standard in {where}, the ratings panel may use professional discretion "
        "to give a rating other than the one the bands give, when any of these holds:"
    )


@_words(Say.HANDBOOK_DISCRETION_TRIGGER)
def _handbook_discretion_trigger(
    *, key_question: bool, condition: str, description: str | None
) -> str:
    return (
        ("for a key question: " if key_question else "")
        + condition
        + (f" (described as “{description}”)" if description else "")
    )


def _limits(limits: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    if not limits:
        return ""
    return (
        " Then, in order, the rating is no higher than "
        + "; ".join(f"{rating} when {' and '.join(when)}" for rating, when in limits)
        + "."
    )


@_words(Say.HANDBOOK_OVERALL_TABLE)
def _handbook_overall_table(
    *, rows: tuple[tuple[bool, str], ...], limits: tuple[tuple[str, tuple[str, ...]], ...]
) -> str:
    shown = " ".join(
        f"{'Otherwise' if not when else f'Row {i}:'} {text}."
        for i, (when, text) in enumerate(rows, 1)
    )
    return (
        "The overall rating comes from a decision table over the standards' ratings: the "
        f"first row that holds gives it. {shown}" + _limits(limits)
    )


@_words(Say.HANDBOOK_OVERALL_SCORE)
def _handbook_overall_score(
    *,
    every: bool,
    scored: int,
    counts: tuple[tuple[str, int], ...],
    low: int,
    high: int,
    lowest: int,
    top: int,
    limits: tuple[tuple[str, tuple[str, ...]], ...],
) -> str:
    per_domain = _and_list([f"{n} in domain {d}" for d, n in counts])
    return (
        f"Each standard's rating gives it a score. The overall score adds up the scores "
        f"of {'all ' if every else ''}{scored} standards ({per_domain}), so it runs from {low} "
        f"({scored} × {lowest}) to {high} ({scored} × {top}); its band gives the overall "
        "rating." + _limits(limits)
    )


# ------------------------------------------------------------------------------ the handbook: who it applies to
# A condition in plain words, from the one fold over conditions.

_OPS: Final = {
    "<": "less than",
    "<=": "at most",
    ">": "more than",
    ">=": "at least",
}


# How an order comparison reads, by the kind of value compared (a measure reads as a number).
_ORDER_WORDS: Final[dict[str, dict[str, str]]] = {
    "number": _OPS,
    "ordered": {"<": "lower than", "<=": "{} or lower", ">": "higher than", ">=": "{} or higher"},
    "date": {"<": "before", "<=": "on or before", ">": "after", ">=": "on or after"},
}
_FLIPPED: Final = {"<": ">=", "<=": ">", ">": "<=", ">=": "<"}


def _test(t: Test, attributes: Mapping[str, Attribute], negated: bool) -> str:
    name = t.name
    values = [str(v.value) for v in t.values]
    attr = attributes.get(name)
    subject = name.replace("_", " ")
    if name in MEASURES:
        measure = MEASURES[name].split(",")[0]
        subject = measure if measure.startswith("the ") else "the number of " + measure
    if t.op == "is":
        meaning = attr.description if attr is not None and attr.description else None
        if meaning:
            return f"it is not the case that {meaning}" if negated else meaning
        return f"{subject} is {'no' if negated else 'yes'}"
    if t.op in ("in", "not in"):
        inside = (t.op == "in") != negated
        if inside:
            return f"{subject} is {_and_list(values, 'or')}"
        if len(values) == 1:
            return f"{subject} is not {values[0]}"
        return f"{subject} is none of {_and_list(values, 'or')}"
    value = values[0]
    if t.op in ("=", "!="):
        equal = (t.op == "=") != negated
        return f"{subject} is {value}" if equal else f"{subject} is not {value}"
    op = _FLIPPED[t.op] if negated else t.op
    kind = attr.kind if attr is not None and attr.kind in _ORDER_WORDS else "number"
    words = _ORDER_WORDS[kind][op]
    return (
        f"{subject} is {words.format(value)}" if "{}" in words else f"{subject} is {words} {value}"
    )


@record
class _Words:
    """A condition in words, and its negation, from the one fold over conditions: ``not``
    is pushed down to the tests, so it reads as it means (De Morgan)."""

    holds: str
    fails: str
    joined: bool = False  # made of several parts: bracketed inside another condition


def _join(parts: list[_Words], texts: list[str], word: str) -> str:
    inner = [f"({t})" if p.joined else t for p, t in zip(parts, texts, strict=True)]
    out = _and_list(inner, word)
    return f"either {out}" if word == "or" and len(inner) > 1 else out


def _all(parts: list[_Words]) -> _Words:
    return _Words(
        holds=_join(parts, [p.holds for p in parts], "and"),
        fails=_join(parts, [p.fails for p in parts], "or"),
        joined=len(parts) > 1,
    )


def _any(parts: list[_Words]) -> _Words:
    return _Words(
        holds=_join(parts, [p.holds for p in parts], "or"),
        fails=_join(parts, [p.fails for p in parts], "and"),
        joined=len(parts) > 1,
    )


_PLAIN_WORDS: Final[Logic[_Words]] = Logic(
    all=_all,
    any=_any,
    not_=lambda w: _Words(holds=w.fails, fails=w.holds, joined=w.joined),
)


def condition_words(cond: Condition, attributes: Mapping[str, Attribute]) -> str:
    """A condition in plain words: ``there are factors related to keeping other people safe
    and rosh is not low``. Attributes with a description are said by it; an order reads by
    its kind (``rosh is medium or higher``, ``disposal date is on or after 2020-06-01``)."""

    def test(t: Test) -> _Words:
        return _Words(holds=_test(t, attributes, False), fails=_test(t, attributes, True))

    return evaluate(cond, test, _PLAIN_WORDS).holds


def _attributes(attributes: tuple[Attribute, ...]) -> dict[str, Attribute]:
    return {a.name: a for a in attributes}


@_words(Say.CASE_REASON)
def _case_reason(*, why: Why) -> str:
    from ratingbook.framework.trace import reason_words

    return reason_words(why)


@_words(Say.CONDITION_WORDS)
def _condition_words(*, condition: Condition, attributes: tuple[Attribute, ...]) -> str:
    return condition_words(condition, _attributes(attributes))


@_words(Say.HANDBOOK_COVERS)
def _handbook_covers(*, condition: Condition | None, attributes: tuple[Attribute, ...]) -> str:
    if condition is None:
        return "Every case."
    return f"Cases where {condition_words(condition, _attributes(attributes))}."


@_words(Say.HANDBOOK_APPLIES)
def _handbook_applies(
    *, domain: Condition | None, own: Condition | None, attributes: tuple[Attribute, ...]
) -> str:
    named = _attributes(attributes)
    parts = [condition_words(c, named) for c in (domain, own) if c is not None]
    if not parts:
        return "Every case."
    if len(parts) == 1 and own is None:
        return f"Every case of the domain: cases where {parts[0]}."
    return "Cases where " + ", and where ".join(parts) + "."


@_words(Say.HANDBOOK_RATED_BY)
def _handbook_rated_by(*, form_words: str, rows: tuple[tuple[bool, str], ...], scored: bool) -> str:
    """How a standard is rated: its rule form's own words (and a table's rows), and whether
    it counts towards the overall score."""
    text = form_words
    if rows:
        text += " " + " ".join(
            f"{'Otherwise' if not when else f'Row {i}:'} {row}."
            for i, (when, row) in enumerate(rows, 1)
        )
    if not scored:
        text += " It is not added to the overall score."
    return text


@_words(Say.HANDBOOK_IN_FORCE)
def _handbook_in_force(*, start: str | None, until: str | None) -> str:
    if start and until:
        return f"from {start} until {until}"
    if start:
        return f"from {start}"
    return "not yet in force (no effective date)"


def _kind_words(a: Attribute) -> str:
    """What values an attribute takes, in words: ``low, medium, high or very high, lowest
    first``, ``a whole number from 0 to 120``."""
    match a.kind:
        case "flag":
            return "yes or no"
        case "text":
            return _and_list(list(a.values), "or") if a.values else "free text"
        case "enum":
            return _and_list(list(a.values), "or")
        case "ordered":
            return f"{_and_list(list(a.values), 'or')}, lowest first"
        case "number":
            if a.low is None:
                return "a whole number"
            return f"a whole number from {a.low} to {a.high}"
        case "date":
            return "a date, written like 2020-06-01"
        case _:
            assert_never(a.kind)


@_words(Say.HANDBOOK_FACT)
def _handbook_fact(*, attribute: Attribute) -> str:
    """What a case fact records and the values it takes (and its default)."""
    a = attribute
    meaning = a.description or a.name.replace("_", " ")
    default = f"; {a.default} when a case does not say" if a.default is not None else ""
    return f"{meaning} ({_kind_words(a)}{default})"


NOT_APPLICABLE: Final = "Inspectors may answer “not applicable” for a case."


# ------------------------------------------------------------------------------ comparing versions
# Why compare says a rating moves between two versions, or cannot be decided from the data.


@_words(Say.COMPARE_OVERALL_RATING)
def _compare_overall_rating() -> str:
    return "Overall rating"


@_words(Say.COMPARE_OVERALL_SCORE)
def _compare_overall_score() -> str:
    return "Overall score"


@_words(Say.COMPARE_STANDARD_REMOVED)
def _compare_standard_removed() -> str:
    return "standard removed in the candidate"


@_words(Say.COMPARE_STANDARD_ADDED)
def _compare_standard_added() -> str:
    return "standard added in the candidate"


@_words(Say.COMPARE_NOT_IN_CANDIDATE)
def _compare_not_in_candidate(*, id: str) -> str:
    return f"{id} is not in the candidate"


@_words(Say.COMPARE_KEY_QUESTION_UNDETERMINED)
def _compare_key_question_undetermined(*, id: str, framework: str) -> str:
    return f"{id} is undetermined under {framework}"


def _compare_band_rule(rule: str | None, where: str | None) -> str:
    """A band rule and where it is written, or that there is no band."""
    return "no band" if rule is None else f"{rule} ({where})"


@_words(Say.COMPARE_BAND)
def _compare_band(
    *,
    id: str,
    base_percent: int | None,
    candidate_percent: int | None,
    rounding: str,
    base_rule: str | None,
    base_where: str | None,
    candidate_rule: str | None,
    candidate_where: str | None,
) -> str:
    """``2.2.1 at 60% → 67% (round half up): Good 65..79 (yot.framework:12) → ...``."""
    figure = (
        f"{base_percent}%"
        if base_percent == candidate_percent
        else f"{base_percent}% → {candidate_percent}% ({rounding})"
    )
    old = _compare_band_rule(base_rule, base_where)
    new = _compare_band_rule(candidate_rule, candidate_where)
    return f"{id} at {figure}: {old} → {new}"


@_words(Say.COMPARE_RELEVANT)
def _compare_relevant(
    *, id: str, base: int, candidate: int, base_applies: str, candidate_applies: str
) -> str:
    return (
        f"{id} relevant cases {base} → {candidate} "
        f"(applies to: {base_applies} → {candidate_applies})"
    )


@_words(Say.COMPARE_RULE)
def _compare_rule(*, base: str, candidate: str, where: str) -> str:
    return f"rule {base} → {candidate} ({where})"


@_words(Say.COMPARE_LOWEST)
def _compare_lowest(*, key_questions: tuple[str, ...]) -> str:
    return f"lowest key question now {', '.join(key_questions)}"


@_words(Say.COMPARE_PANEL_DECISION)
def _compare_panel_decision(*, rating: str | None) -> str:
    return f"the panel's decision ({rating}) applies under both versions"


@_words(Say.COMPARE_ELIGIBILITY)
def _compare_eligibility(*, base: bool | None, candidate: bool | None) -> str:
    return f"discretion eligibility {base} → {candidate}"


@_words(Say.COMPARE_SCORE_OF)
def _compare_score_of(*, rating: str | None, base: int | None, candidate: int | None) -> str:
    return f"score of {rating} {base} → {candidate}"


@_words(Say.COMPARE_RULES_CHANGED)
def _compare_rules_changed() -> str:
    return "the rules that rate this standard changed"


@_words(Say.COMPARE_RATING_MOVED)
def _compare_rating_moved(*, item: str, base: str | None, candidate: str | None) -> str:
    return f"{item} {base} → {candidate}"


@_words(Say.COMPARE_CANDIDATE_BAND)
def _compare_candidate_band(*, rule: str | None, where: str | None) -> str:
    return f"candidate {'no overall band' if rule is None else f'{rule} ({where})'}"


@_words(Say.COMPARE_SCORE)
def _compare_score(
    *, base: int | None, base_max: int, candidate: int | None, candidate_max: int
) -> str:
    return f"score {base}/{base_max} → {candidate}/{candidate_max}"


@_words(Say.COMPARE_SETTLED_BY)
def _compare_settled_by(*, settle: str) -> str:
    return f"it would be settled by {settle}"


@_words(Say.COMPARE_STANDARD_UNDETERMINED)
def _compare_standard_undetermined(*, key_questions: tuple[str, ...], framework: str) -> str:
    return f"{', '.join(key_questions)} cannot be worked out from this data under {framework}"


@_words(Say.COMPARE_OVERALL_UNDETERMINED)
def _compare_overall_undetermined(
    *, low: int | None, high: int | None, max: int, standards: tuple[str, ...], framework: str
) -> str:
    which = (
        f"standard {standards[0]} is"
        if len(standards) == 1
        else f"standards {', '.join(standards)} are"
    )
    return f"score {low}..{high} of {max}: {which} undetermined under {framework}"


# What ``ratingbook compare``'s views and renderers say around the reasons.

COMPARE_BANDED: Final = " (banded, before discretion)"
"""After a standard's name where its banded rating moves (or is undetermined)."""


def compare_undetermined(*, possible: str) -> str:
    """A result the data cannot decide, on its version's side: ``undetermined (Good to
    Outstanding)``."""
    return f"undetermined ({possible})"


def compare_summary(
    *,
    inspections: int,
    affected: int,
    ratings_up: int,
    ratings_down: int,
    other_changes: int,
    errors: int,
    undetermined: int,
    undetermined_results: int,
) -> str:
    """A comparison's summary line: how many inspections moved, and how, and how many could
    not be rated or have results the data cannot decide."""
    return (
        f"{affected} of {_plural(inspections, 'inspection')} affected: "
        f"{_plural(ratings_up, 'rating')} up, {ratings_down} down, "
        f"{_plural(other_changes, 'other change')}"
        + (f", {errors} could not be rated" if errors else "")
        + (
            f"; {undetermined} with undetermined results "
            f"({_plural(undetermined_results, 'result')} this data cannot decide)"
            if undetermined
            else ""
        )
    )


COMPARE_COULD_NOT_RATE: Final = "could not be rated"
"""Beside an inspection a version could not rate (its error follows)."""
COMPARE_NO_CHANGE: Final = "no change"
"""Beside an inspection rated alike under both versions."""
COMPARE_UNDETERMINED_NO_MOVES: Final = (
    "Undetermined: no rating moves, but some results cannot be decided from this data."
)
"""Markdown's line for an inspection nothing moves in but the data cannot decide some of."""


def compare_because(*, reason: str) -> str:
    """One reason a rating moves, below the move: ``because 2.2.1 at 67%: ...``."""
    return f"because {reason}"


# What ``ratingbook diff`` and ``diff --summary`` say around the changes.

DIFF_SECTION_TITLES: Final = {
    "rules": "Rating rules changed",
    "applicability": "Applicability changed",
    "reworded": "Wording changed",
    "added": "Items added",
    "removed": "Items removed",
    "metadata": "Version details",
}
"""Each kind of change's heading, by the kind's code (``diff.SECTIONS``), in their order."""
DIFF_WHOLE_VERSION: Final = "the version as a whole"
"""Where ``--summary`` counts the changes that are to no item (a rule, an attribute)."""
DIFF_REWORDINGS: Final = "Recurring rewordings"
DIFF_NO_DIFFERENCES: Final = "no differences"
DIFF_BY_DOMAIN: Final = "By domain"
DIFF_ITEMS: Final = "Items"


def diff_changes(*, total: int) -> str:
    """How many changes a diff has: ``12 changes`` (as a heading's count, always plural)."""
    return f"{total} changes"


# ------------------------------------------------------------------------------ expectations, certainty
# The expectation traces, why a rating is more or less certain, and the discretion findings.


_UNDECIDED_KIND: Final = {"key_question": "key question", "standard": "standard"}


@_words(Say.CERTAINTY_UNDECIDED)
def _certainty_undecided(*, kind: str) -> str:
    return f"this data cannot decide the {_UNDECIDED_KIND[kind]} under this version"


@_words(Say.CERTAINTY_PERCENT_ONLY)
def _certainty_percent_only() -> str:
    return "the data gives percentages, not case counts, so the sample behind them is not known"


@_words(Say.CERTAINTY_NO_RELEVANT_CASES)
def _certainty_no_relevant_cases() -> str:
    return "no relevant cases"


@_words(Say.CERTAINTY_NO_JUDGEMENT)
def _certainty_no_judgement() -> str:
    return "no judgement"


@_words(Say.CERTAINTY_OF_STANDARD)
def _certainty_of_standard(*, standard: str, reason: str) -> str:
    """Why the overall rating's chances cannot be worked out: one standard's reason."""
    return f"standard {standard}: {reason}"


# Why the data cannot decide a key question under another version, and what would settle it.


def _cases_where(applies: str) -> str:
    """``all cases``, or ``cases where harm_factors``."""
    return applies if applies == "all cases" else f"cases where {applies}"


def _exact(value: Fraction) -> str:
    """``64.5``: an exact percentage as a short decimal."""
    return f"{float(value):.2f}".rstrip("0").rstrip(".")


@_words(Say.UNDETERMINED_ROUNDING)
def _undetermined_rounding(
    *,
    key_question: str,
    percent: int,
    origin: str,
    theirs: str,
    low: Fraction,
    high: Fraction,
    version: str,
    mine: str,
    rounded_low: int,
    rounded_high: int,
) -> str:
    return (
        f"the data gives {key_question} as {percent}%, rounded under {origin} ({theirs}): it "
        f"stands for any exact figure from {_exact(low)}% to {_exact(high)}%, which {version} "
        f"rounds {mine} to {rounded_low}% to {rounded_high}% (different bands)"
    )


@_words(Say.UNDETERMINED_EXACT_SHARE)
def _undetermined_exact_share(
    *,
    key_question: str,
    percent: int,
    origin: str,
    theirs: str,
    low: Fraction,
    high: Fraction,
    version: str,
    standard: str,
) -> str:
    return (
        f"the data gives {key_question} as {percent}%, rounded under {origin} ({theirs}): it "
        f"stands for any exact figure from {_exact(low)}% to {_exact(high)}%, and {version} "
        f"rates standard {standard} from its key questions' exact percentages"
    )


@_words(Say.SETTLE_COUNTS)
def _settle_counts(*, key_question: str) -> str:
    return (
        f"the counts behind {key_question} (relevant cases and yes answers), or its exact "
        "percentage"
    )


@_words(Say.UNDETERMINED_NO_FIGURES)
def _undetermined_no_figures(*, key_question: str, origin: str | None) -> str:
    why = (
        "the data gives figures for the other key questions of its standard"
        if origin is None
        else f"{origin}, the version the data was recorded under, has no such key question"
    )
    return f"the data has no figures for {key_question} ({why})"


@_words(Say.SETTLE_FIGURES)
def _settle_figures(*, key_question: str) -> str:
    return f"figures for {key_question}: counts, or case answers"


_ADMITS: Final = {"narrower": "fewer cases", "wider": "more cases", "different": "different cases"}


@_words(Say.UNDETERMINED_CONDITION)
def _undetermined_condition(
    *, version: str, key_question: str, applies: str, origin: str, theirs: str, relation: str
) -> str:
    return (
        f"under {version}, {key_question} applies to {_cases_where(applies)}; the data's figures "
        f"were counted under {origin}, where it applies to {_cases_where(theirs)}. The change "
        f"admits {_ADMITS[relation]}, and counts hold no cases to select again"
    )


@_words(Say.SETTLE_CASE_DATA)
def _settle_case_data(*, names: tuple[str, ...], version: str) -> str:
    facts = _and_list(names) if names else "the facts the condition tests"
    return f"case-level data that records {facts} for each case, or counts taken under {version}'s condition"


@_words(Say.UNDETERMINED_UNASKED)
def _undetermined_unasked(
    *, cases: int, shown: tuple[str, ...], version: str, key_question: str, origin: str
) -> str:
    return (
        f"{_plural(cases, 'case')} that {version} applies {key_question} to "
        f"({messages.some_of(shown, cases)}) {'have' if cases != 1 else 'has'} no answer: "
        f"{origin}, the version the data was recorded under, did not ask it of them"
    )


@_words(Say.SETTLE_ANSWERS)
def _settle_answers(*, key_question: str) -> str:
    return f"answers to {key_question} for those cases"


@_words(Say.UNDETERMINED_UNRECORDED)
def _undetermined_unrecorded(
    *,
    lacking: tuple[tuple[str, int], ...],
    version: str,
    key_question: str,
    applies: str,
    origin: str,
) -> str:
    parts = "; ".join(
        f"{_plural(n, 'case')} do{'es' if n == 1 else ''} not record {name}" for name, n in lacking
    )
    return (
        f"{parts}, which {version}'s condition for {key_question} tests (it applies to "
        f"{_cases_where(applies)}); the data was recorded under {origin}"
    )


@_words(Say.SETTLE_RECORDED)
def _settle_recorded(*, names: tuple[str, ...]) -> str:
    return f"{_and_list(names)} recorded for every case"


# What would move a rating: why no number of differing judgements is given.


@_words(Say.WHATIF_UNDECIDED)
def _whatif_undecided(*, items: tuple[str, ...], overall: bool) -> str:
    if overall:
        return (
            f"this data cannot decide {', '.join(items)} under this version, so neither what "
            "would move the overall rating"
        )
    return (
        f"{', '.join(items) or 'its rating'} cannot be worked out from this data, so neither "
        "can what would move it"
    )


@_words(Say.WHATIF_STANDARD_NOT_RATED)
def _whatif_standard_not_rated() -> str:
    return "the standard is not rated"


@_words(Say.WHATIF_PERCENT_ONLY)
def _whatif_percent_only(*, standards: tuple[str, ...]) -> str:
    if standards:
        return (
            f"standards {', '.join(standards)} give percentages, not case counts, so the cases "
            "behind them are not known"
        )
    return "the data gives percentages, not case counts, so the cases behind them are not known"


@_words(Say.WHATIF_AT_EDGE)
def _whatif_at_edge(*, direction: str) -> str:
    return f"already the {_edge_word(direction)} rating"


@_words(Say.WHATIF_PANEL_STANDS)
def _whatif_panel_stands(
    *, direction: str, banded: str, banded_at_edge: bool, decision: str
) -> str:
    why = (
        f"its banded rating ({banded}) is already the {_edge_word(direction)}"
        if banded_at_edge
        else f"no number of judgements moves its banded rating ({banded}) {direction}"
    )
    return (
        f"{why}, and the panel's decision ({decision}) stands while the banded rating is unchanged"
    )


@_words(Say.WHATIF_UNREACHABLE)
def _whatif_unreachable(*, direction: str, overall: bool) -> str:
    return (
        f"no number of differing judgements reaches a {'higher' if direction == 'up' else 'lower'}"
        f" {'overall rating' if overall else 'rating'}"
    )


@_words(Say.WHATIF_NO_OVERALL)
def _whatif_no_overall(*, missing: tuple[str, ...]) -> str:
    return "there is no overall rating: " + (
        f"standards {', '.join(missing)} are not rated" if missing else "the score is in no band"
    )


@_words(Say.POPULATION_BELOW_READ)
def _population_below_read(*, domain: str, population: int, read: int) -> str:
    return (
        f"the data gives domain {domain} an eligible population of {population}, fewer than "
        f"the {read} cases read: give under population the number of cases the sample was "
        "drawn from"
    )


# An expectation's trace: how the version got the figure an expectation is compared with.
_ITEM_KIND: Final = {"standard": "standard", "key_question": "key question"}


@_words(Say.TRACE_NOT_WORKED_OUT)
def _trace_not_worked_out(*, key_questions: tuple[str, ...]) -> str:
    return f"{', '.join(key_questions)} cannot be worked out from this data"


@_words(Say.TRACE_JUDGED)
def _trace_judged(*, id: str, rating: str | None, where: str) -> str:
    return f"{id}: inspector judgement {rating or 'not given'} ({where})"


@_words(Say.TRACE_STANDARD)
def _trace_standard(
    *,
    id: str,
    rule: str,
    where: str,
    lowest: tuple[tuple[str, int | None, str, str], ...],
    discretion: bool,
    decided: str | None,
) -> str:
    """A standard's rule, the lowest key questions' bands that set it, and the panel's
    decision where one was applied."""
    parts = [f"{id}: {rule} ({where})"]
    parts += [
        f"lowest {k} {percent}% -> {band} ({band_where})" for k, percent, band, band_where in lowest
    ]
    if discretion:
        parts.append(f"discretion applied: {decided}")
    return "; ".join(parts)


@_words(Say.TRACE_KEY_QUESTION)
def _trace_key_question(
    *,
    id: str,
    yes: int | None,
    relevant: int | None,
    exact: float | None,
    published: bool,
    rounding: str,
    percent: int | None,
    band: tuple[str, str] | None,
) -> str:
    """A key question's count (or published figure), its rounding, and the band it falls in."""
    source = (
        f"{yes}/{relevant} = {exact:.2f}%"
        if relevant
        else "published percentage"
        if published
        else "no relevant cases"
    )
    banded = "" if band is None else f" -> {band[0]} ({band[1]})"
    return f"{id}: {source}, {rounding} -> {percent}%{banded}"


@_words(Say.TRACE_OVERALL)
def _trace_overall(*, score: int | None, rule: str, where: str) -> str:
    return f"sum of standard scores {score} -> {rule} ({where})"


@_words(Say.TRACE_OVERALL_UNDETERMINED)
def _trace_overall_undetermined(*, low: int, high: int, standards: tuple[str, ...]) -> str:
    return f"undetermined: score {low}..{high}, standards {', '.join(standards)} undetermined"


@_words(Say.TRACE_OVERALL_NOT_RATED)
def _trace_overall_not_rated(*, missing: tuple[str, ...]) -> str:
    return f"not rated: {', '.join(missing)} not rated"


@_words(Say.TRACE_NO_SUCH_ITEM)
def _trace_no_such_item(*, kind: str, framework: str, id: str) -> str:
    return f"{framework} has no {_ITEM_KIND[kind]} {id}"


@_words(Say.TRACE_EXPECTS_REFUSAL)
def _trace_expects_refusal(*, index: int) -> str:
    return f"tests[{index}] expects the data to be refused"


@_words(Say.TRACE_ERROR_MUST_CONTAIN)
def _trace_error_must_contain() -> str:
    return "the error message must contain the text"


# What an expectation's mismatch shows as expected, or got, where that is not a figure.


@_words(Say.EXPECTED_ITEM)
def _expected_item(*, kind: str) -> str:
    return f"a {_ITEM_KIND[kind]}"


@_words(Say.NO_SUCH_ITEM)
def _no_such_item(*, kind: str) -> str:
    return f"no such {_ITEM_KIND[kind]}"


@_words(Say.DETERMINED)
def _determined(*, rating: str | None) -> str:
    return f"determined ({rating})"


@_words(Say.RATED_INSTEAD)
def _rated_instead(*, rating: str | None) -> str:
    """What a test that expects the data to be refused got: a rating."""
    return f"rated: overall {rating or 'not rated'}"


# ------------------------------------------------------------------------------ the views' labels
# The labels the views and explain's statuses use, and the renderers' legends.

# A line's status where it is not a rating or a band (explain's Node.status).


@_words(Say.STATUS_NO_BAND)
def _status_no_band() -> str:
    return NO_BAND


@_words(Say.STATUS_NOT_INSPECTED)
def _status_not_inspected() -> str:
    return NOT_INSPECTED


@_words(Say.STATUS_NOT_RATED)
def _status_not_rated() -> str:
    return NOT_RATED


@_words(Say.STATUS_ELIGIBILITY)
def _status_eligibility(*, eligible: bool | None) -> str:
    match eligible:
        case True:
            return "eligible"
        case False:
            return "not eligible"
        case None:
            return "eligibility unknown"


@_words(Say.STATUS_NOT_IN_POLICY)
def _status_not_in_policy() -> str:
    return "not covered by the discretion policy"


# Words every view shares: a rating that is not there, an audit header's run and roles, who
# judged the cases.

NOT_RATED: Final = "not rated"
NOT_GIVEN: Final = "not given"
BASED_ON: Final = "based on"


def audit_run(*, version: str, fieldwork: str, lead_inspector: str | None) -> str:
    """``ratingbook 0.1.0 · fieldwork 2021-03-15 · lead inspector Jo Bloggs``."""
    lead = f" · lead inspector {lead_inspector}" if lead_inspector else ""
    return f"ratingbook {version} · fieldwork {fieldwork}{lead}"


def provenance(
    *, judged_by: tuple[tuple[str, int], ...], unnamed: int, reasons: int, notes: int
) -> str:
    """Who judged the cases (and how many), how many answers carry a reason, how many case
    notes there are."""
    parts = []
    if judged_by:
        judged = ", ".join(f"{name} ({_plural(n, 'case')})" for name, n in judged_by)
        if unnamed:
            judged += f", not recorded ({_plural(unnamed, 'case')})"
        parts.append(f"cases judged by {judged}")
    if reasons:
        parts.append(f"{_plural(reasons, 'answer')} with a reason")
    if notes:
        parts.append(f"{_plural(notes, 'case note')}")
    return "; ".join(parts) + " (explain a case id to see them)"


# The ratings table, its notes and the key-question charts (views/ratings.py).

OVERALL_LABEL: Final = "Overall rating"
OVERALL_SET_BY: Final = "sum of scores"
OVERALL_TABLE: Final = "decision table"
NOT_SCORED: Final = "not scored"
JUDGED_SET_BY: Final = "inspector judgement"
PERCENT_ONLY: Final = "not known (percentages only)"
OPEN_ONLY: Final = "not known (undetermined under this version)"
UNDETERMINED_PERCENTAGES: Final = "undetermined (percentages only)"
NO_RELEVANT_CASES: Final = "no relevant cases"
NOT_INSPECTED: Final = "not inspected"
NO_BAND: Final = "no band"


def item_scores(*, total: int, most: int, percent: int | None) -> str:
    """What set a judged standard scored item by item: ``item scores 7/9 = 78%``."""
    return f"item scores {total}/{most} = {percent}%"


def set_by_open(*, set_by: str, open: tuple[str, ...]) -> str:
    """What set a band, with the key questions the data cannot decide but that cannot change it."""
    return f"{set_by} ({', '.join(open)} undetermined, cannot change it)"


def move_found(
    *,
    arrow: str,
    to: str | None,
    judgements: int | None,
    where: str,
    aside: tuple[str, ...],
    overall: bool,
) -> str:
    """``↓ Inadequate: 1 (2.1.2)``, with the panel's decisions the move sets aside."""
    setting = ""
    if aside:
        setting = "; sets aside the panel's decision" + (
            f" on {', '.join(aside)}" if overall else ""
        )
    return f"{arrow} {to}: {judgements} ({where}{setting})"


def move_none(*, arrow: str) -> str:
    """No number of judgements moves the rating this way."""
    return f"{arrow} none"


def while_decisions_stand(*, move: str) -> str:
    """The fewest judgements that move a rating while every panel decision stands."""
    return f"{move} while the panel's decisions stand"


def move_note(*, direction: str, aside: tuple[str, ...], stands: bool | None, stand: str) -> str:
    """A move that sets panel decisions aside; ``stands``: whether any number of judgements
    moves the rating while they stand (``stand`` says how many), None where not worked out."""
    text = f"{direction}: sets aside the panel's decision on {', '.join(aside)}"
    if stands is not None:
        text += "; while it stands, " + (stand if stands else "no number of judgements will do")
    return text


def score_phrase(*, score: str) -> str:
    """The overall score in a sentence: ``score 23/36``."""
    return f"score {score}"


def score_undetermined(*, low: int | None, high: int | None, max: int) -> str:
    """An overall score the data cannot decide: ``20 to 24 of 36, undetermined``."""
    return f"{low} to {high} of {max}, undetermined"


def not_scored_of(*, max: int) -> str:
    """An overall score not worked out, as a standard has no rating: ``not scored (of 36)``."""
    return f"not scored (of {max})"


def overall_set_by(*, table: bool, limits: tuple[str, ...]) -> str:
    """What set the overall rating (the sum of the scores, or the decision table), then the
    limits that lowered it, in the framework's words (``limit overall`` said ``limited``)."""
    words = OVERALL_TABLE if table else OVERALL_SET_BY
    if limits:
        words += ", then " + "; ".join(rule.replace("limit overall", "limited") for rule in limits)
    return words


def figure_text(*, percent: int | None, yes: int | None, relevant: int | None) -> str:
    """``67% (2/3 yes)`` from case counts, ``64% (published figure)`` from a percentage."""
    if relevant is not None and yes is not None:
        return f"{percent}% ({yes}/{relevant} yes)"
    return f"{percent}% (published figure)"


def chart_hover_no_cases(*, id: str, text: str) -> str:
    """A key question with no relevant cases, in full (a chart row's hover)."""
    return f"{id} {text}: {NO_RELEVANT_CASES}, {NO_BAND}"


def chart_label(
    *, figure: str, band: str | None, interval: tuple[float, float] | None, sets_band: bool
) -> str:
    """Beside a key question's bar: its figure, band, interval and whether it sets the band."""
    return (
        f"{figure} {band}"
        + ("" if interval is None else f" · 95% {interval[0]:.0f}–{interval[1]:.0f}%")
        + (" · sets the band" if sets_band else "")
    )


def _interval_words(interval: tuple[float, float] | None) -> str:
    return "" if interval is None else f", 95% interval {interval[0]:.0f}-{interval[1]:.0f}%"


def chart_summary(*, figure: str, band: str | None, interval: tuple[float, float] | None) -> str:
    """A key question in a chart's description: ``67% (2/3 yes), Good``."""
    return f"{figure}, {band}{_interval_words(interval)}"


def chart_hover(
    *,
    id: str,
    text: str,
    percent: int | None,
    yes: int | None,
    relevant: int | None,
    band: str | None,
    interval: tuple[float, float] | None,
    sets_band: bool,
) -> str:
    """A key question in full, shown on hovering its chart row."""
    if relevant is not None and yes is not None:
        counted = f"{yes} of {relevant} relevant cases answered yes: {percent}%"
    else:
        counted = f"published figure {percent}%"
    sets = "; sets the standard's band" if sets_band else ""
    return f"{id} {text}: {counted}, {band}{_interval_words(interval)}{sets}"


# A standard's key-question and prompt tables, the case grid (views/casework.py).

NOT_RELEVANT: Final = "not relevant"
BASIS_PERCENTAGES: Final = (
    "From the published percentages: the numbers of cases are not in the data."
)
BASIS_COUNTS: Final = "From the published counts of relevant cases and of cases answered yes."
NO_CASES_IN_DATA: Final = (
    "The cases are not in the data: it gives the published figures for each key question "
    "(counts of relevant cases and of cases answered yes, or percentages), so no case can "
    "be named, nor its answers shown."
)


def basis_cases(*, most: int) -> str:
    """Where a standard's figures come from when the data gives its cases."""
    return (
        f"From the case judgements in the data: up to {_plural(most, 'relevant case')} "
        "a key question."
    )


def one_case_command(*, data: str) -> str:
    """The command that shows one case's answers (``data`` quoted for a shell)."""
    return f"ratingbook explain {data} CASE-ID"


def every_case_command(*, data: str) -> str:
    """The command that gives every case's answer to every key question."""
    return f"ratingbook rate {data} --format json"


# The reports of test, test --coverage, frameworks and check (views/reports.py).

FAILURES_TITLE: Final = "FAILURES"
SHORT_SUMMARY_TITLE: Final = "short test summary"
COVERAGE_TITLE: Final = "coverage"
FRAMEWORKS_TITLE: Final = "Shipped framework versions"
FRAMEWORKS_TITLE_REPOSITORY: Final = "Framework versions, shipped and this repository's"
FRAMEWORKS_COLUMNS: Final = ("id", "title", "effective from", "until", "based on", "file")

# Each kind of rule test --coverage counts (coverage.KINDS), in the plural.
_COVERAGE_NAMES: Final = {
    "band edge": "band edges",
    "applicability": "applicability conditions",
    "discretion trigger": "discretion triggers",
    "table row": "decision table rows",
    "overall band": "overall bands",
    "limit": "limits (lowering the rating, and not)",
}


def failed_line(*, nodeid: str, what: str | None) -> str:
    """A failed expectation in the short summary: its first mismatch, or why it has none."""
    return f"FAILED {nodeid} - " + (what if what is not None else "could not be rated")


def run_time(*, seconds: float) -> str:
    """``in 0.42s``."""
    return f"in {seconds:.2f}s"


def run_summary(*, passed: int, failed: int) -> str:
    """``3 passed, 1 failed``."""
    return f"{passed} passed, {failed} failed"


def coverage_heading(*, version: str, done: int, total: int, complete: bool) -> str:
    """``yot-2020: 30 of 30 exercised (all)``."""
    return f"{version}: {done} of {total} exercised" + (" (all)" if complete else "")


def coverage_count(*, kind: str, done: int, of: int) -> str:
    """``band edges: 6 of 6``."""
    return f"{_COVERAGE_NAMES[kind]}: {done} of {of}"


def not_exercised(*, kind: str, label: str, where: str) -> str:
    """A rule no expectation exercises, and where it is written."""
    return f"not exercised: {kind} {label}  {where}"


def checked_summary(
    *, id: str, domains: int, standards: int, key_questions: int, prompts: int, warnings: int
) -> str:
    """What a framework file that passed its check holds."""
    extra = f", {_plural(warnings, 'warning')}" if warnings else ""
    return (
        f"{id}: {domains} domains, {standards} standards, {key_questions} key questions, "
        f"{prompts} prompts{extra}"
    )


def checked_errors(*, errors: int, warnings: int) -> str:
    """``2 errors, 0 warnings``."""
    return f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}"


def collected(*, expectations: int) -> str:
    """``collected 12 expectations``."""
    return f"collected {_plural(expectations, 'expectation')}"


# sample-size: its refusals and its lines (views/sampling.py).


def no_sampling_policy(*, framework: str) -> str:
    """A version without a sampling policy asked for sample sizes."""
    return (
        f"{framework} states no sampling policy; add a 'sampling confidence C margin M' "
        "statement to the version (docs/dsl.md)"
    )


def population_not_sampled(
    *, domains: tuple[str, ...], framework: str, sampled: tuple[str, ...]
) -> str:
    """``--population`` names a domain not rated from case samples."""
    return (
        f"--population names domain {', '.join(domains)}, which {framework} does not rate "
        f"from case samples (those are: {', '.join(sampled)})"
    )


def no_population(*, domains: tuple[str, ...]) -> str:
    """A sampled domain given no eligible population."""
    return (
        f"no eligible population for domain {', '.join(domains)}: give --population N for "
        "every sampled domain, or DOMAIN=N for each"
    )


def sample_plan_policy(*, framework: str, confidence: int, margin: int) -> str:
    """The sampling policy sample-size applies."""
    return (
        f"{framework}: samples set to achieve a confidence level of {confidence}% "
        f"with a margin of error of {margin} points"
    )


def sample_plan_domain(
    *,
    domain: str,
    name: str,
    population: int | None,
    needed: int | None,
    confidence: int | None,
    margin: int,
    share: object,
) -> str:
    """A sampled domain's population and sample; ``confidence`` where the policy's
    confidence and margin sized it, None where it is a share of the combined sample."""
    how = (
        f"{confidence}% confidence, margin of error {margin}"
        if confidence is not None
        else f"{share}% of the combined sample"
    )
    return f"domain {domain} ({name}): eligible population {population}; sample {needed} ({how})"


def sample_plan_total(*, cases: int) -> str:
    """``total: 54 cases``."""
    return f"total: {cases} cases"


def sample_plan_strata(*, strata: tuple[str, ...]) -> str:
    """The facts a stratified sample keeps in proportion."""
    return "stratified so that the sample's ratios match the eligible population's for: " + (
        ", ".join(strata)
    )


def sample_plan_formula(*, n0: float, z: float, confidence: int, margin: int) -> str:
    """The formula the sizes come from, with its figures."""
    return (
        f"formula: n0 = z² x 0.25 / e² = {n0:.1f} (z = {z:.4f} for {confidence}%, "
        f"e = {margin / 100:g}); n = n0 / (1 + (n0 - 1) / N), rounded up"
    )


# The handbook's headings, labels and captions (views/handbook.py).

HANDBOOK_RATINGS_TITLE: Final = "Ratings explained"
HANDBOOK_FACTS_TITLE: Final = "Case facts"
HANDBOOK_PUBLISHED: Final = "Published"
HANDBOOK_APPLIES_TO: Final = "Applies to"
HANDBOOK_RELEVANCE: Final = "Relevance, as published"
HANDBOOK_NOT_APPLICABLE: Final = "Not applicable"
HANDBOOK_PROMPTS: Final = "Prompts"
HANDBOOK_STANDARD: Final = "Standard"
HANDBOOK_HOW_RATED: Final = "How it is rated"
HANDBOOK_COVERS_LABEL: Final = "Covers"
HANDBOOK_FACTS_INTRO: Final = (
    "Who each key question applies to is decided from these facts about a case."
)
HANDBOOK_FACTS_CAPTION: Final = "Facts recorded about each case"
HANDBOOK_FACTS_HEADERS: Final = ("fact", "what it records")
HANDBOOK_KEY_QUESTIONS: Final = "Key questions"
HANDBOOK_BANDS_CAPTION: Final = "The band of a key question's percentage"
HANDBOOK_BANDS_HEADERS: Final = ("percentage", "rating", "published label")
HANDBOOK_STANDARDS: Final = "Standards"
HANDBOOK_SCORES: Final = "Scores and the overall rating"
HANDBOOK_SCORES_CAPTION: Final = "The score each rating gives a standard"
HANDBOOK_SCORES_HEADERS: Final = ("rating", "score")
HANDBOOK_OVERALL_HEADERS: Final = ("overall score", "overall rating")
HANDBOOK_DISCRETION_TITLE: Final = "Professional discretion"
HANDBOOK_VERSION: Final = "Version"
HANDBOOK_IN_FORCE_LABEL: Final = "In force"
HANDBOOK_STATUS: Final = "Status"
HANDBOOK_DRAFT: Final = "draft: not in force, and not yet published"
HANDBOOK_BASED_ON: Final = "Based on"


def handbook_prompt(*, id: str, text: str, not_applicable: bool) -> str:
    """A prompt under its key question, and whether it may be answered not applicable."""
    return f"{id} {text}" + (" (may be answered “not applicable”)" if not_applicable else "")


def handbook_domain(*, id: str, name: str) -> str:
    """``Domain 2 Court disposals``."""
    return f"Domain {id} {name}"


def handbook_standard(*, id: str, name: str) -> str:
    """``Standard 2.1 Planning``."""
    return f"Standard {id} {name}"


def handbook_looks_like(*, rating: str) -> str:
    """The heading over a rating's published characteristics."""
    return f"What “{rating}” looks like"


def handbook_bands(*, low: int, high: int) -> str:
    """How every key question is banded, and the percentages the bands cover."""
    return (
        "Every key question is banded the same way: its rounded percentage falls in "
        f"one of these bands, which together cover {low}% to {high}%."
    )


def handbook_percent_range(*, low: int, high: int) -> str:
    """``65% to 79%``."""
    return f"{low}% to {high}%"


def handbook_score_range(*, low: int, high: int) -> str:
    """``20 to 24``."""
    return f"{low} to {high}"


def handbook_overall_caption(*, low: int, high: int) -> str:
    """The caption of the overall rating's table."""
    return f"The overall rating from the overall score ({low} to {high})"


def handbook_source(*, source: str) -> str:
    """``Source HMIP-2020`` (the source's id as cited)."""
    return f"Source {source}"


def handbook_source_title(*, title: str, when: str | None) -> str:
    """A source's title, and when it was published."""
    return title + (f", published {when}" if when else "")


def handbook_generated(*, id: str) -> str:
    """The handbook's footer: what it was made from."""
    return (
        f"Generated by ratingbook from the rules of {id}: the figures in “Ratings explained” are "
        "worked out from the rules themselves."
    )


# The renderers' labels and legends: words with figures the renderer marks up for its format
# (bold, code), passed in already marked up and escaped; the words themselves need no escaping.

PROVENANCE: Final = "Provenance"
PROFESSIONAL_DISCRETION: Final = "Professional discretion"
UNDETERMINED: Final = "undetermined"
UNDETERMINED_INTRO: Final = (
    "Undetermined: this data cannot decide these key questions under this version:"
)
HEADING_OVERALL: Final = "Overall"
COLUMN_PROMPT: Final = "Prompt"
COLUMN_NA: Final = "n/a"
ONLY_LIMITING_OPTION: Final = "--only limiting"


def set_by_words(*, set_by: str) -> str:
    """``set by 2.1.2: 67% (2/3)``."""
    return f"set by {set_by}"


def banded_words(*, banded: str) -> str:
    """``banded Inadequate``."""
    return f"banded {banded}"


def would_move_words(*, move: str) -> str:
    """``would move: ↓ Inadequate: 1 (2.1.2)``."""
    return f"would move: {move}"


def how_sure_words(*, sure: str) -> str:
    """``how sure: Good 65%``."""
    return f"how sure: {sure}"


def see_the_standard(*, meaning: str) -> str:
    """A mark's meaning, where the standard's explanation below says more."""
    return f"{meaning} (see the standard below)"


def discretion_moved(*, by_override: bool, banded: str, rating: str) -> str:
    """The panel's decision, before its reason (text)."""
    how = " by override (not eligible under the policy)" if by_override else ""
    return f"professional discretion{how}: banded {banded} → {rating}. "


def discretion_item(
    *, id: str, by_override: bool, banded: str, rating: str, basis: str, reason: str
) -> str:
    """The panel's decision in a list of them (Markdown)."""
    how = " by override" if by_override else ""
    return f"{id}{how}: banded {banded}, rated {rating}. {basis} Panel: {reason}"


def could_be(*, possible: str, reason: str) -> str:
    """What an undetermined key question could be, and why it is undetermined."""
    return f", could be {possible}: {reason}. "


def settled_by_sentence(*, settle: str) -> str:
    """The data that would settle an undetermined key question."""
    return f"It would be settled by {settle}."


def undetermined_item(*, id: str, possible: str, reason: str, settle: str) -> str:
    """An undetermined key question in a list of them (Markdown)."""
    return f"{id} could be {possible}: {reason}. {settled_by_sentence(settle=settle)}"


def showing_only(*, only: str, option: str) -> str:
    """What ``--only`` kept (``option`` marked up as its format shows an option)."""
    return f"Showing {only} ({option})."


def rated_under(*, framework: str, title: str) -> str:
    """``Rated under yot-2020 (Youth offending services).``"""
    return f"Rated under {framework} ({title})."


def rated_from(*, framework: str, data: str) -> str:
    """``Rated under yot-2020 from inspection.yaml.``"""
    return f"Rated under {framework} from {data}."


def rated_under_file(*, framework: str, title: str, file: str) -> str:
    """The version a report was rated under, and its framework file (HTML's header)."""
    return f"Rated under {framework} ({title}), framework file {file}"


def inspection_data(*, data: str) -> str:
    """The inspection data a report was rated from (HTML's header)."""
    return f"Inspection data {data}"


def report_title(*, service: str, framework: str) -> str:
    """The HTML report's title."""
    return f"{service}: ratings under {framework}"


def why_title(*, service: str) -> str:
    """An explanation's title."""
    return f"Why: {service}"


def explaining(*, item: str) -> str:
    """What an explanation page explains."""
    return f"Explaining {item}"


def prompts_caption(*, id: str, name: str) -> str:
    """The caption of a key question's prompt table."""
    return f"Prompts of {id} {name}"


def warnings_inside(*, count: int) -> str:
    """How many lines beneath a folded line carry a warning."""
    return f"{_plural(count, 'warning')} inside"


# The test and check reports' words around their figures, and the handbook's contents.

EXPECTED: Final = "expected"
GOT: Final = "got"
TRACE: Final = "trace"
CHECK_OK: Final = "ok"
CHECK_FAILED: Final = "failed"
HEADING_CONTENTS: Final = "Contents"
NOT_RATED_AT_ALL: Final = "could not be rated"


def test_mismatch(*, what: str, expected: str, got: str) -> str:
    """A failed expectation in one line (a JUnit failure's message): its first mismatch."""
    return f"{what}: {EXPECTED} {expected}, {GOT} {got}"


# A version's contents (``ratingbook show``): its facts, counts and section titles.

CONTENTS_ITEMS_TITLE: Final = "Items"
CONTENTS_RULES_TITLE: Final = "Rules and declarations"
_CONTENTS_NOT_SET: Final = "not set"
CONTENTS_FILE: Final = "file"
CONTENTS_SHOWING: Final = "showing"
CONTENTS_EFFECTIVE_FROM: Final = "effective from"
CONTENTS_NO_BASE: Final = "no other version: every item and rule is new in it"


def contents_dates(*, effective_from: str | None, until: str | None) -> str:
    """When a version is in force: ``2020-06-01 until 2021-03-31``, or ``not set``."""
    dates = effective_from or _CONTENTS_NOT_SET
    return f"{dates} until {until}" if until else dates


def contents_counts(*, counts: Sequence[tuple[str, int]]) -> str:
    """How many entries are shown, by status: ``12 shown: 3 new, 9 changed``."""
    total = sum(n for _, n in counts)
    if not total:
        return "nothing shown"
    return f"{total} shown: " + ", ".join(f"{n} {status}" for status, n in counts if n)
