"""``ratingbook show``'s analysis: every item and rule of a version as merged, each clause
with the file and line that set it and its status against the base version."""

from __future__ import annotations

from pathlib import Path

import pytest

import ratingbook
from ratingbook import to_json
from ratingbook.framework.contents import Contents, Entry, select
from ratingbook.framework.errors import InputError

REPO = Path(__file__).resolve().parents[2]
CANDIDATE = "tests/data/diff/candidate-2021.framework"

# What the line a clause points at must hold: the clause's own keyword.
KEYWORD = {
    "name": "",
    "wording": "",
    "intro": "intro",
    "statement": "statement",
    "applies to": "applies to",
    "relevance": "relevance",
    "where applicable": "where applicable",
    "rated by": "rated by",
    "no prompts": "no prompts",
    "says": "says",
    "declared": "attribute",
    "meaning": "attribute",
    "score": "rating",
    "rounded": "percentage",
    "band": "",
    "in domains": "discretion",
    "eligible when": "eligible when",
}


def contents_of(version: str) -> Contents:
    """The contents, with paths shown as from the checkout (as the command line shows them)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(REPO)
        return ratingbook.contents(version)


@pytest.fixture(scope="module")
def candidate() -> Contents:
    return contents_of(CANDIDATE)


def entry(c: Contents, label: str) -> Entry:
    return next(e for e in (*c.items, *c.rules) if e.label == label)


def clauses(e: Entry) -> dict[str, tuple[str, str, str | None]]:
    return {x.what: (x.value, x.status, x.where) for x in e.clauses}


def test_a_new_key_question_and_every_clause_it_sets(candidate: Contents) -> None:
    kq = entry(candidate, "key question 2.1.4")
    assert (kq.status, kq.where) == ("new", f"{CANDIDATE}:11")
    assert clauses(kq) == {
        "wording": (
            "Does assessment sufficiently analyse how to keep other people safe?",
            "new",
            f"{CANDIDATE}:11",
        ),
        "applies to": ("cases where harm_factors and rosh != low", "new", f"{CANDIDATE}:12"),
        "relevance": (
            "This question is only relevant in cases where there are factors related to "
            "keeping other people safe.",
            "new",
            f"{CANDIDATE}:13",
        ),
        "no prompts": ("none are published yet", "new", f"{CANDIDATE}:14"),
    }


def test_a_restated_item_shows_which_clauses_changed_and_which_are_inherited(
    candidate: Contents,
) -> None:
    kq = entry(candidate, "key question 2.2.3")
    assert kq.status == "changed"
    found = clauses(kq)
    assert found["wording"][1:] == ("restated", f"{CANDIDATE}:16")
    assert found["applies to"] == (
        "cases where harm_factors and rosh != low",
        "changed",
        f"{CANDIDATE}:17",
    )
    assert found["relevance"][1:] == ("inherited", "yot-2020 standards/yot/2020.framework:138")
    std = entry(candidate, "standard 2.2")
    assert (std.status, clauses(std)["statement"][1]) == ("changed", "changed")
    assert clauses(std)["rated by"][1:] == (
        "inherited",
        "yot-2018 standards/yot/2018.framework:255",
    )
    assert entry(candidate, "key question 2.2.1").status == "inherited"
    assert entry(candidate, "prompt 2.2.1.a").status == "inherited"
    assert not [e for e in candidate.items if e.id == "2.2.3.e"]  # removed


def test_rules_restated_as_a_section_are_restated_or_changed_one_by_one(
    candidate: Contents,
) -> None:
    assert entry(candidate, "band Good").status == "changed"
    assert entry(candidate, "band Requires improvement").status == "changed"
    # The same band given again (without its citation): restated, not changed.
    assert entry(candidate, "band Inadequate").status == "restated"
    assert entry(candidate, "rating Good").status == "inherited"
    assert clauses(entry(candidate, "overall scale"))["scale"][0] == (
        "0..36 (12 standards scored 0..3)"
    )
    assert candidate.counts() == {"new": 1, "changed": 4, "restated": 2, "inherited": 161}


def test_the_published_versions() -> None:
    first = contents_of("yot-2018")
    assert {e.status for e in (*first.items, *first.rules)} == {"new"}
    second = contents_of("yot-2020")
    assert second.based_on == "yot-2018"
    assert entry(second, "prompt 2.1.1.a").status == "new"
    assert entry(second, "key question 2.2.1").status == "changed"
    # Same words cited from the 2020 report instead of the 2018 one: restated.
    assert entry(second, "key question 2.1.3").status == "restated"
    assert entry(second, "band Good").status == "inherited"


@pytest.mark.parametrize("version", ["yot-2018", "yot-2020", CANDIDATE])
def test_every_clause_points_at_the_line_that_says_it(version: str) -> None:
    c = contents_of(version)
    lines: dict[str, list[str]] = {}
    checked = 0
    for e in (*c.items, *c.rules):
        for x in e.clauses:
            if x.where is None:
                assert x.what in ("applies to", "scale"), (e.label, x)
                continue
            path, _, line = x.where.rpartition(":")
            path = path.rpartition(" ")[2]  # a shipped version: "yot-2020 standards/..."
            if path not in lines:
                lines[path] = (REPO / path).read_text(encoding="utf-8").splitlines()
            text = lines[path][int(line) - 1].lstrip()
            keyword = "characteristic" if x.what.startswith("characteristic") else KEYWORD[x.what]
            assert keyword in text, (e.label, x)
            if x.what in ("name", "wording"):
                assert text.startswith(e.kind) and f" {e.id} " in text, (e.label, x)
            checked += 1
    assert checked > 100


def test_filters(candidate: Contents) -> None:
    one = select(candidate, domain="3")
    assert {e.domain for e in one.items} == {"3"} and one.rules == ()
    assert one.selection == "domain 3"
    std = select(candidate, standard="2.2")
    assert [e.id for e in std.items][:3] == ["2", "2.2", "2.2.1"]
    assert all(e.id in ("2", "2.2") or e.id.startswith("2.2.") for e in std.items)
    rules = select(candidate, rules_only=True)
    assert not [e for e in rules.items if e.kind == "prompt"]
    assert all(x.rule for e in (*rules.items, *rules.rules) for x in e.clauses)
    assert entry(rules, "key question 2.2.3").status == "changed"
    # Its wording changed, its rules did not: inherited, where only rules are shown.
    assert entry(select(candidate, rules_only=True), "standard 2.2").status == "inherited"
    with pytest.raises(InputError, match="has no domain 7; its domains are 1, 2, 3"):
        select(candidate, domain="7")
    with pytest.raises(InputError, match="has no standard 2.9"):
        select(candidate, standard="2.9")


def test_the_json_document(candidate: Contents) -> None:
    doc = to_json(candidate)
    assert doc["format"] == "ratingbook/show-v1"
    assert doc["based_on"] == {"id": "yot-2020", "path": "yot-2020 standards/yot/2020.framework"}
    assert doc["counts"] == candidate.counts()
    assert len(doc["items"]) == len(candidate.items)
    assert doc["items"][0]["clauses"][0].keys() == {
        "what",
        "value",
        "cite",
        "where",
        "status",
        "rule",
    }


def test_a_clause_changed_in_place_is_changed_at_its_own_line() -> None:
    draft = "docs/examples/draft-2021-changes.framework"
    c = contents_of(draft)
    kq = entry(c, "key question 2.2.3")
    assert (kq.status, kq.where) == ("changed", f"{draft}:14")
    found = clauses(kq)
    assert found["applies to"] == (
        "cases where harm_factors and rosh != low",
        "changed",
        f"{draft}:14",
    )
    # Its wording is not restated: it is inherited, where it was written.
    assert found["wording"][1:] == ("inherited", "yot-2020 standards/yot/2020.framework:134")
    # A clause taken away changes the item, and is no longer listed.
    cleared = entry(c, "key question 3.4.2")
    assert cleared.status == "changed" and "relevance" not in clauses(cleared)
    assert clauses(cleared)["applies to"][1] == "changed"
    reworded = entry(c, "prompt 2.3.1.g")
    assert clauses(reworded)["wording"][1:] == ("changed", f"{draft}:17")
