"""The phrases registry: every code a record can say has its words, and every code is said.

The list of codes is the :class:`~ratingbook.framework.phrase.Say` enumeration itself, so a
code added without words, or words kept for a code nothing says any more, fails here.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from ratingbook.framework.phrase import Phrase, Say, quoted, said
from ratingbook.framework.views import phrases
from ratingbook.framework.views.phrases import PHRASES, say, say_json, worded

REPO = Path(__file__).resolve().parents[1]
REGISTRY = REPO / "ratingbook" / "framework" / "views" / "phrases.py"


def _sources() -> str:
    """Every module of the package but the registry itself."""
    return "\n".join(
        p.read_text(encoding="utf-8")
        for top in ("dsl", "framework")
        for p in sorted((REPO / "ratingbook" / top).rglob("*.py"))
        if p != REGISTRY
    )


def test_every_code_has_its_words() -> None:
    assert set(PHRASES) == set(Say)


def test_every_code_is_said_somewhere() -> None:
    """No dead phrases: each code is used by a record outside the registry."""
    source = _sources()
    used = set(re.findall(r"\bSay\.([A-Z_]+)\b", source))
    # ``quoted`` is how a record says Say.QUOTED.
    if re.search(r"\bquoted\(", source):
        used.add(Say.QUOTED.name)
    assert sorted(c.name for c in Say if c.name not in used) == []


def test_every_heading_and_fixed_prose_is_used() -> None:
    """No dead words: each heading, caption and label of the registry is read by a renderer."""
    source = _sources()
    constants = [
        name
        for name, value in vars(phrases).items()
        if not name.startswith("_")
        and (
            (name.isupper() and isinstance(value, str))
            or (inspect.isfunction(value) and value.__module__ == phrases.__name__)
        )
    ]
    assert constants
    # Each name is a word of the sources where some run of letters, digits and underscores is
    # exactly it (what \bNAME\b finds): the words are listed once, not searched for again for
    # each of a hundred names through every module's text.
    words = set(re.findall(r"\w+", source))
    assert [name for name in constants if name not in words] == []


def test_every_reason_a_standard_is_not_rated_has_its_words() -> None:
    """Derived from the result's own type: a new reason without words fails here."""
    from typing import get_args

    from ratingbook.framework.result import Unrated

    for unrated in get_args(Unrated):
        assert say(said(Say.NOTE_NOT_RATED, unrated=unrated)).startswith("not rated: ")


def test_each_template_takes_its_figures_by_name_only() -> None:
    """A template is a function of named figures, so a record names each figure it gives."""
    for code, template in PHRASES.items():
        params = inspect.signature(template).parameters.values()
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params), code


def test_a_phrase_in_a_phrase_is_worded_first() -> None:
    title = said(Say.WHAT_WOULD_MOVE_OVERALL)
    inner = said(Say.CHANGES_NONE, title=title, state="undetermined", reason="why")
    assert say(inner) == "what would move the overall rating: undetermined (why)"
    assert say(quoted("as written")) == "as written"


def test_json_gets_the_words_and_nothing_else() -> None:
    phrase = said(Say.CASES_COUNTED, cases=2, shared=None)
    assert say_json(phrase) == "counted: 2 cases"
    assert worded({"a": [phrase, 1, None]}) == {"a": ["counted: 2 cases", 1, None]}
    try:
        say_json(object())
    except TypeError:
        pass
    else:
        raise AssertionError("say_json words only phrases")


def test_phrases_are_values() -> None:
    a = said(Say.CASE_NOTE, note="n")
    assert a == said(Say.CASE_NOTE, note="n") and hash(a) == hash(said(Say.CASE_NOTE, note="n"))
    assert isinstance(a, Phrase) and a.figure("note") == "n" and a.figure("other") is None


def test_case_runs_join_runs_of_three_or_more() -> None:
    assert (
        phrases._case_runs(["C01", "C02", "C03", "C05", "C07", "C08"]) == "C01–C03, C05, C07, C08"
    )
