"""The rating layer's diagnostic codes: the checker's, and those about inspection data."""

from __future__ import annotations

from ratingbook.dsl.codes import TEXT_CODES, Code

# ---------------------------------------------------------------- checker: structure and references
NO_HEADER = Code("no-header", "the file does not start with a 'framework' statement")
DUPLICATE_ID = Code(
    "duplicate-id", "two items, sources, attributes, ratings or bands declare the same id"
)
MALFORMED_ID = Code(
    "malformed-id", "an id does not have the shape its kind needs (2, 2.1, 2.1.1, 2.1.1.a)"
)
MISSING_PARENT = Code(
    "missing-parent", "an item's parent (the id without its last part) is not declared"
)
UNKNOWN_REF = Code(
    "unknown-ref",
    "a name refers to a source, attribute, value, rating, measure or item that is not declared",
)
MISSING_CITATION = Code(
    "missing-citation", "published wording is given without naming the document it comes from"
)
BAD_CITATION = Code(
    "bad-citation", "a citation's line numbers are out of order or out of the document"
)
QUOTE_NOT_FOUND = Code(
    "quote-not-found",
    "a quotation was not found in the source document it cites, or does not start on the "
    "line its citation names",
)
BAD_CONDITION = Code(
    "bad-condition",
    "an applicability or discretion condition compares values of the wrong kind",
)
UNORDERED = Code(
    "unordered",
    "a condition orders (<, <=, >, >=) values of an attribute that have no order: "
    "a flag, a one-of or a text",
)
OUT_OF_RANGE = Code(
    "out-of-range",
    "a number is outside the range its attribute declares, or a declared range runs backwards",
)
BAD_DATE = Code("bad-date", "a date is not written YEAR-MONTH-DAY or is not in the calendar")
BAD_ATTRIBUTE = Code(
    "bad-attribute",
    "an attribute's default is not a value of its kind (a word for a number, a number for a date)",
)
WRONG_PARENT = Code(
    "wrong-parent",
    "an item is written under an item (or a 'change' of one) that its id does not belong to",
)
ID_GAP = Code("id-gap", "a new item's id skips one (2.1.1.c after 2.1.1.a, 2.1.5 after 2.1.3)")
RATING_RULE = Code(
    "rating-rule", "a standard has no rating rule, or a rule that cannot be applied to it"
)
RATING_TABLE = Code(
    "rating-table",
    "a decision table leaves some combination of ratings without a row, or has a row that can never be used",
)
RATING_LIMIT = Code("rating-limit", "a limit on the overall rating can never lower it")
NEVER_HOLDS = Code(
    "never-holds",
    "a condition can never hold, alone or within its domain's condition: no case would count",
)
ALWAYS_HOLDS = Code(
    "always-holds",
    "a warning: a condition always holds, alone or within its domain's condition: it leaves "
    "out no case",
)
CHANGES_NOTHING = Code(
    "changes-nothing",
    "a warning: a changed condition admits exactly the cases the inherited one did",
)
CHANGES_CASES = Code(
    "changes-cases",
    "a warning: an attribute restated with another default changes which cases the conditions "
    "that test it count, for every case that does not state it",
)
# ---------------------------------------------------------------- checker: arithmetic
BAND_GAP = Code("band-gap", "the key-question bands leave some percentages without a band")
BAND_OVERLAP = Code("band-overlap", "two bands claim the same percentage")
BAND_RANGE = Code("band-range", "a band runs outside 0..100 or its low end is above its high end")
BAND_ORDER = Code("band-order", "bands do not rise with the ratings they give")
SCORE = Code("score", "rating scores are missing, repeated or out of order")
OVERALL_SCALE = Code(
    "overall-scale",
    "the overall scale does not equal scored standards x top score, or a version changes it "
    "(a scored standard added or removed, the scores restated) while keeping its base's "
    "overall bands",
)
OVERALL_GAP = Code("overall-gap", "the overall bands leave some scores without a rating")
OVERALL_OVERLAP = Code("overall-overlap", "two overall bands claim the same score")
OVERALL_RANGE = Code("overall-range", "an overall band runs outside the overall scale")
UNREACHABLE = Code(
    "unreachable",
    "a declared rating that no key-question band gives while standards are rated by their "
    "bands, or an overall band no total of the standards' scores can reach",
)
DISCRETION = Code("discretion", "a discretion rule names unknown domains or measures")
SAMPLING = Code(
    "sampling",
    "a sampling policy's confidence, margin of error or split is out of range, or names an unknown domain",
)
# ---------------------------------------------------------------- versions
MISSING_BASE = Code("missing-base", "a version is based on a version that cannot be found")
BAD_REMOVE = Code(
    "bad-remove",
    "a 'remove' names an item the base version does not have, or the version is based on none",
)
WHITESPACE_ONLY = Code(
    "whitespace-only", "restated wording differs from the base version only in whitespace"
)
BAD_CHANGE = Code(
    "bad-change",
    "a 'change' names an item the base version does not have (or there is no base version), "
    "or clears what the item lacks",
)
REPLACES_WORDING = Code(
    "replaces-wording",
    "an item statement gives new, uncited wording for an id the base version already has",
)
DATES = Code(
    "dates",
    "a version's effective dates are not days of the calendar, it ends before it starts, or it "
    "comes into force before the version it is based on",
)
IN_FORCE_TWICE = Code(
    "in-force-twice",
    "two versions of a family would be in force on the same day (the shipped versions, and "
    "those in the folder of the file checked)",
)
DRAFT = Code(
    "draft", "a draft carries an effective date, is shipped, or is the base of an adopted version"
)
# ---------------------------------------------------------------- warnings
NO_PROMPTS = Code("no-prompts", "a key question has no prompts")
NO_KEY_QUESTIONS = Code(
    "no-key-questions",
    "a standard rated from its key questions has none (an error: every inspection would be "
    "left unrated), or a judged standard has none (a warning)",
)
SAME_WORDING = Code(
    "same-wording",
    "a warning: an item's wording is identical or near-identical to another's in the same "
    "domain (standards, key questions) or key question (prompts)",
)

CHECKER_CODES: tuple[Code, ...] = (
    NO_HEADER,
    DUPLICATE_ID,
    MALFORMED_ID,
    MISSING_PARENT,
    WRONG_PARENT,
    ID_GAP,
    UNKNOWN_REF,
    MISSING_CITATION,
    BAD_CITATION,
    QUOTE_NOT_FOUND,
    BAD_CONDITION,
    NEVER_HOLDS,
    ALWAYS_HOLDS,
    CHANGES_NOTHING,
    CHANGES_CASES,
    UNORDERED,
    OUT_OF_RANGE,
    BAD_DATE,
    BAD_ATTRIBUTE,
    RATING_RULE,
    RATING_TABLE,
    RATING_LIMIT,
    BAND_GAP,
    BAND_OVERLAP,
    BAND_RANGE,
    BAND_ORDER,
    SCORE,
    OVERALL_SCALE,
    OVERALL_GAP,
    OVERALL_OVERLAP,
    OVERALL_RANGE,
    UNREACHABLE,
    DISCRETION,
    SAMPLING,
    MISSING_BASE,
    BAD_REMOVE,
    WHITESPACE_ONLY,
    BAD_CHANGE,
    REPLACES_WORDING,
    DRAFT,
    DATES,
    IN_FORCE_TWICE,
    NO_PROMPTS,
    NO_KEY_QUESTIONS,
    SAME_WORDING,
)

# ---------------------------------------------------------------- inspection data
INPUT_TEXT = Code(
    "input-text",
    "a file cannot be read as text: not UTF-8, or a control character (NUL, ...) in it",
)
INPUT_SYNTAX = Code("input-syntax", "an inspection file is not well-formed YAML or JSON")
INPUT_SCHEMA = Code("input-schema", "an inspection file does not follow `ratingbook/inspection-v1`")
INPUT_DATA = Code(
    "input-data",
    "an inspection file disagrees with the framework (unknown ids, missing answers, ...)",
)
INPUT_UNUSED = Code(
    "input-unused",
    "a warning: the file holds data the version has no place for (prompt figures under a "
    "version without prompts), left out of the rating",
)
INPUT_TABLE = Code(
    "input-table",
    "a long table of inspections is not laid out as docs/long-table.md says: its columns, a "
    "row, or a cell that cannot be read",
)

INPUT_CODES: tuple[Code, ...] = (
    INPUT_TEXT,
    INPUT_SYNTAX,
    INPUT_SCHEMA,
    INPUT_DATA,
    INPUT_UNUSED,
    INPUT_TABLE,
)

ALL_CODES: tuple[Code, ...] = (*TEXT_CODES, *CHECKER_CODES, *INPUT_CODES)
