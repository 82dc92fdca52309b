"""What a record says, as a code and its figures: the words are the views'.

Records (an explanation's lines, a result's notes) say what they mean as a :class:`Phrase`:
a :class:`Say` code and the figures it needs (counts, percentages, ids, ratings, the
framework's and the data's own text). :mod:`ratingbook.framework.views.phrases` keeps the
English of every code in one registry and turns a phrase into words for every renderer, as
mypy keeps its messages in one ``message_registry``. So the wording can change in one place,
every format agrees, and a record never decides how it reads.
"""

from __future__ import annotations

from enum import StrEnum, unique

from ratingbook._record import record


@unique
class Say(StrEnum):
    """Every thing a record can say; :mod:`~ratingbook.framework.views.phrases` words each."""

    # Text quoted as written: the framework's (a rule, a characteristic) or the data's.
    QUOTED = "quoted"

    # -------------------------------------------------------- an explanation: key questions
    KEY_QUESTION = "key_question"
    ANSWER_REASON = "answer_reason"
    ANSWERED_GROUP = "answered_group"
    CASES_COUNTED = "cases_counted"
    CASES_LEFT_OUT = "cases_left_out"
    LEFT_OUT_GROUP = "left_out_group"
    UNDETERMINED_COUNTS = "undetermined_counts"
    UNDETERMINED_PERCENT = "undetermined_percent"
    UNDETERMINED_CASES = "undetermined_cases"
    UNDETERMINED_KEY_QUESTION = "undetermined_key_question"
    UNDETERMINED_KEY_QUESTION_WARNING = "undetermined_key_question_warning"
    POSSIBLE = "possible"
    SETTLED_BY = "settled_by"
    APPLIES_TO = "applies_to"
    NOT_INSPECTED = "not_inspected"
    FIGURE_COUNTED = "figure_counted"
    FIGURE_PUBLISHED = "figure_published"
    FIGURE_NO_RELEVANT_CASES = "figure_no_relevant_cases"
    FALLS_IN = "falls_in"
    SAMPLE = "sample"
    PROMPTS = "prompts"
    PROMPT_FIGURES = "prompt_figures"

    # -------------------------------------------------------- an explanation: what would move
    STEP = "step"
    CHANGE_NONE = "change_none"
    CHANGE = "change"
    CHANGE_STANDARD = "change_standard"
    DECISION_NO_LONGER_APPLIES = "decision_no_longer_applies"
    WHILE_DECISIONS_STAND = "while_decisions_stand"
    CHANGES_NONE = "changes_none"
    WHAT_WOULD_CHANGE_RATING = "what_would_change_rating"
    WHAT_WOULD_MOVE_OVERALL = "what_would_move_overall"
    BANDED_CHANGE_NONE = "banded_change_none"
    BANDED_STEP = "banded_step"
    WHAT_WOULD_CHANGE_BANDED = "what_would_change_banded"

    # -------------------------------------------------------- an explanation: how sure, samples
    HOW_SURE = "how_sure"
    SAMPLE_DOMAIN = "sample_domain"
    SAMPLE_TOO_SMALL = "sample_too_small"
    SAMPLING_POLICY = "sampling_policy"

    # -------------------------------------------------------- an explanation: discretion
    DISCRETION = "discretion"
    DISCRETION_CHECK = "discretion_check"
    PANEL_DECISION = "panel_decision"
    APPLIED_BY_OVERRIDE = "applied_by_override"

    # -------------------------------------------------------- an explanation: standards, overall
    DECIDED_BY_MEAN = "decided_by_mean"
    DECIDED_BY_TABLE = "decided_by_table"
    DECIDED_BY_KEY_QUESTIONS = "decided_by_key_questions"
    STANDARD = "standard"
    INSPECTOR_SCORES = "inspector_scores"
    LEAD_INSPECTOR_RATING = "lead_inspector_rating"
    EVIDENCE = "evidence"
    CHARACTERISTICS = "characteristics"
    OVERALL = "overall"
    SUM_UNDETERMINED = "sum_undetermined"
    OVERALL_UNDETERMINED = "overall_undetermined"
    OVERALL_UNDETERMINED_WARNING = "overall_undetermined_warning"
    SUM = "sum"
    NOT_SCORED = "not_scored"
    OVERALL_TABLE = "overall_table"
    LIMITED_BY = "limited_by"
    OVERALL_NOT_RATED = "overall_not_rated"
    NO_OVERALL_RATING = "no_overall_rating"

    # -------------------------------------------------------- an explanation: prompts
    PROMPT_PUBLISHED = "prompt_published"
    PROMPT_COUNTED = "prompt_counted"
    FEEDS = "feeds"
    PROMPT = "prompt"
    PROMPTS_DO_NOT_RATE = "prompts_do_not_rate"
    CITATION = "citation"
    WHERE_APPLICABLE = "where_applicable"
    NO_FIGURES = "no_figures"
    ANSWERED_IN = "answered_in"

    # -------------------------------------------------------- an explanation: cases
    CASE_RECORD = "case_record"
    CASE_WHERE = "case_where"
    CASE_FACTS = "case_facts"
    CASE_NOTE = "case_note"
    KEY_QUESTION_DOES_NOT_APPLY = "key_question_does_not_apply"
    KEY_QUESTIONS_DO_NOT_APPLY = "key_questions_do_not_apply"
    REASON_GIVEN = "reason_given"
    PROMPT_ANSWER = "prompt_answer"
    CASE_ANSWER = "case_answer"

    # -------------------------------------------------------- a result: notes and discretion
    NOTE_BANDED_UNDETERMINED = "note_banded_undetermined"
    NOTE_UNDETERMINED = "note_undetermined"
    NOTE_DOES_NOT_DEPEND = "note_does_not_depend"
    NOTE_NOT_ELIGIBLE_UNDER = "note_not_eligible_under"
    NOTE_NOT_RATED = "note_not_rated"
    NOTE_BY_OVERRIDE = "note_by_override"
    ELIGIBLE_BECAUSE = "eligible_because"
    ELIGIBLE_BY_OVERRIDE = "eligible_by_override"
    ELIGIBILITY_NOT_DECIDED = "eligibility_not_decided"
    SETTLED_UNDER = "settled_under"

    # -------------------------------------------------------- a record's figures, as analyses carry them
    RANGE = "range"
    MODEL = "model"
    LIKELY_OTHERS = "likely_others"
    PRIOR_BASIS = "prior_basis"
    OUTCOME = "outcome"
    SCORE_SPAN = "score_span"
    TRACE_UNDETERMINED = "trace_undetermined"

    # -------------------------------------------------------- the handbook: ratings explained
    HANDBOOK_PERCENTAGE = "handbook_percentage"
    HANDBOOK_ROUNDING = "handbook_rounding"
    HANDBOOK_DOMAIN_RULE = "handbook_domain_rule"
    HANDBOOK_DISCRETION = "handbook_discretion"
    HANDBOOK_DISCRETION_TRIGGER = "handbook_discretion_trigger"
    HANDBOOK_OVERALL_TABLE = "handbook_overall_table"
    HANDBOOK_OVERALL_SCORE = "handbook_overall_score"
    HANDBOOK_COVERS = "handbook_covers"
    HANDBOOK_APPLIES = "handbook_applies"
    HANDBOOK_RATED_BY = "handbook_rated_by"
    HANDBOOK_IN_FORCE = "handbook_in_force"
    HANDBOOK_FACT = "handbook_fact"
    CONDITION_WORDS = "condition_words"
    CASE_REASON = "case_reason"

    # -------------------------------------------------------- comparing two versions
    # (codes for compare's reasons: why a rating moves, or why it is undetermined)
    COMPARE_OVERALL_RATING = "compare_overall_rating"
    COMPARE_OVERALL_SCORE = "compare_overall_score"
    COMPARE_STANDARD_REMOVED = "compare_standard_removed"
    COMPARE_STANDARD_ADDED = "compare_standard_added"
    COMPARE_NOT_IN_CANDIDATE = "compare_not_in_candidate"
    COMPARE_KEY_QUESTION_UNDETERMINED = "compare_key_question_undetermined"
    COMPARE_BAND = "compare_band"
    COMPARE_RELEVANT = "compare_relevant"
    COMPARE_RULE = "compare_rule"
    COMPARE_LOWEST = "compare_lowest"
    COMPARE_PANEL_DECISION = "compare_panel_decision"
    COMPARE_ELIGIBILITY = "compare_eligibility"
    COMPARE_SCORE_OF = "compare_score_of"
    COMPARE_RULES_CHANGED = "compare_rules_changed"
    COMPARE_RATING_MOVED = "compare_rating_moved"
    COMPARE_CANDIDATE_BAND = "compare_candidate_band"
    COMPARE_SCORE = "compare_score"
    COMPARE_SETTLED_BY = "compare_settled_by"
    COMPARE_STANDARD_UNDETERMINED = "compare_standard_undetermined"
    COMPARE_OVERALL_UNDETERMINED = "compare_overall_undetermined"

    # -------------------------------------------------------- expectations, certainty, discretion
    # (codes for the expectation traces, the certainty reasons and the discretion findings)
    CERTAINTY_UNDECIDED = "certainty_undecided"
    CERTAINTY_PERCENT_ONLY = "certainty_percent_only"
    CERTAINTY_NO_RELEVANT_CASES = "certainty_no_relevant_cases"
    CERTAINTY_NO_JUDGEMENT = "certainty_no_judgement"
    CERTAINTY_OF_STANDARD = "certainty_of_standard"
    POPULATION_BELOW_READ = "population_below_read"
    UNDETERMINED_ROUNDING = "undetermined_rounding"
    UNDETERMINED_EXACT_SHARE = "undetermined_exact_share"
    UNDETERMINED_NO_FIGURES = "undetermined_no_figures"
    UNDETERMINED_CONDITION = "undetermined_condition"
    UNDETERMINED_UNASKED = "undetermined_unasked"
    UNDETERMINED_UNRECORDED = "undetermined_unrecorded"
    SETTLE_COUNTS = "settle_counts"
    SETTLE_FIGURES = "settle_figures"
    SETTLE_CASE_DATA = "settle_case_data"
    SETTLE_ANSWERS = "settle_answers"
    SETTLE_RECORDED = "settle_recorded"
    WHATIF_UNDECIDED = "whatif_undecided"
    WHATIF_STANDARD_NOT_RATED = "whatif_standard_not_rated"
    WHATIF_PERCENT_ONLY = "whatif_percent_only"
    WHATIF_AT_EDGE = "whatif_at_edge"
    WHATIF_PANEL_STANDS = "whatif_panel_stands"
    WHATIF_UNREACHABLE = "whatif_unreachable"
    WHATIF_NO_OVERALL = "whatif_no_overall"
    TRACE_NOT_WORKED_OUT = "trace_not_worked_out"
    TRACE_JUDGED = "trace_judged"
    TRACE_STANDARD = "trace_standard"
    TRACE_KEY_QUESTION = "trace_key_question"
    TRACE_OVERALL = "trace_overall"
    TRACE_OVERALL_UNDETERMINED = "trace_overall_undetermined"
    TRACE_OVERALL_NOT_RATED = "trace_overall_not_rated"
    TRACE_NO_SUCH_ITEM = "trace_no_such_item"
    TRACE_EXPECTS_REFUSAL = "trace_expects_refusal"
    TRACE_ERROR_MUST_CONTAIN = "trace_error_must_contain"
    EXPECTED_ITEM = "expected_item"
    NO_SUCH_ITEM = "no_such_item"
    DETERMINED = "determined"
    RATED_INSTEAD = "rated_instead"

    # -------------------------------------------------------- the views' own labels
    # (codes for labels the views, explain's statuses and the renderers' legends use)
    STATUS_NO_BAND = "status_no_band"
    STATUS_NOT_INSPECTED = "status_not_inspected"
    STATUS_NOT_RATED = "status_not_rated"
    STATUS_ELIGIBILITY = "status_eligibility"
    STATUS_NOT_IN_POLICY = "status_not_in_policy"


Figure = object
"""A figure a phrase carries: a number, an id, a rating, quoted text, a nested phrase, or a
tuple of them (hashable, so phrases compare and hash as values)."""


@record(kw_only=False)
class Phrase:
    """What a record says: a code and its figures, by name. Not words: see
    :func:`ratingbook.framework.views.phrases.say`."""

    code: Say
    figures: tuple[tuple[str, Figure], ...] = ()

    def figure(self, name: str) -> Figure:
        """One figure by its name (None where the phrase does not carry it)."""
        return next((v for k, v in self.figures if k == name), None)


def said(code: Say, **figures: Figure) -> Phrase:
    """A phrase: ``said(Say.CASES_COUNTED, cases=3, shared=None)``."""
    return Phrase(code, tuple(figures.items()))


def quoted(text: str) -> Phrase:
    """Text quoted as written (the framework's or the data's own words)."""
    return Phrase(Say.QUOTED, (("text", text),))
