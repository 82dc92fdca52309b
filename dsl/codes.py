"""One registry of diagnostic codes. Every diagnostic names one of these."""

from __future__ import annotations

CODES: dict[str, str] = {
    # text layer
    "syntax": "the text does not follow the framework language",
    "unknown-statement": "a line starts with a word that is not a statement keyword",
    # checker: structure and references
    "no-header": "the file does not start with a 'framework' statement",
    "duplicate-id": "two items, sources, attributes, ratings or bands declare the same id",
    "malformed-id": "an id does not have the shape its kind needs (2, 2.1, 2.1.1, 2.1.1.a)",
    "missing-parent": "an item's parent (the id without its last part) is not declared",
    "unknown-ref": "a name refers to a source, attribute, value, rating, measure or item that is not declared",
    "missing-citation": "published wording is given without naming the document it comes from",
    "bad-citation": "a citation's line numbers are out of order or out of the document",
    "quote-not-found": "a quotation was not found in the source document it cites",
    "bad-condition": "an applicability or discretion condition compares values of the wrong kind",
    "rating-rule": "a standard has no rating rule, or a rule that cannot be applied to it",
    # checker: arithmetic
    "band-gap": "the key-question bands leave some percentages without a band",
    "band-overlap": "two bands claim the same percentage",
    "band-range": "a band runs outside 0..100 or its low end is above its high end",
    "band-order": "bands do not rise with the ratings they give",
    "score": "rating scores are missing, repeated or out of order",
    "overall-scale": "the overall scale does not equal scored standards x top score",
    "overall-gap": "the overall bands leave some scores without a rating",
    "overall-overlap": "two overall bands claim the same score",
    "overall-range": "an overall band runs outside the overall scale",
    "discretion": "a discretion rule names unknown domains or measures",
    # versions
    "missing-base": "a version is based on a version that cannot be found",
    "bad-remove": "a 'remove' names an item the base version does not have",
    "whitespace-only": "restated wording differs from the base version only in whitespace",
    # warnings
    "no-prompts": "a key question has no prompts",
    "no-key-questions": "a standard has no key questions",
}
