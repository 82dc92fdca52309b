"""The experiment of issue 15, as a table: realistic authoring mistakes, each seeded into a copy
of yot-2020, must each be caught by ``check --strict`` at the line of the copy that was edited,
with a message that says how to fix it.

A seed is a function of the copy's text that returns the mutated text and the text of the
line where the mistake was made (the finding must be on that line of the copy).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from ratingbook.framework.loading.frameworks import check_path

REPO = Path(__file__).resolve().parents[2]
YOT_2020 = (REPO / "standards/yot/2020.framework").read_text(encoding="utf-8")

Seed = Callable[[str], tuple[str, str]]


def after(anchor: str, added: str, marker: str | None = None) -> Seed:
    """Insert ``added`` after the line that starts with ``anchor``; the mistake is on the line
    of ``added`` that contains ``marker`` (its first line if none)."""

    def seed(text: str) -> tuple[str, str]:
        lines = text.split("\n")
        i = next(n for n, line in enumerate(lines) if line.startswith(anchor))
        lines[i + 1 : i + 1] = added.rstrip("\n").split("\n")
        at = next(line for line in added.split("\n") if marker is None or marker in line)
        return "\n".join(lines), at

    return seed


def at_end(added: str, marker: str | None = None) -> Seed:
    def seed(text: str) -> tuple[str, str]:
        at = next(line for line in added.split("\n") if marker is None or marker in line)
        return text + added, at

    return seed


def replace(old: str, new: str, marker: str | None = None) -> Seed:
    def seed(text: str) -> tuple[str, str]:
        assert old in text, old
        changed = text.replace(old, new, 1)
        line = next(line for line in changed.split("\n") if (marker or new.split("\n")[0]) in line)
        return changed, line

    return seed


BANDS = (
    'band 0..49 Inadequate "Minority" from wm_2020 line 878\n'
    'band 50..64 "Requires improvement" "Too few" from wm_2020 line 879\n'
    'band 65..79 Good "Reasonable majority" from wm_2020 line 880\n'
    'band 80..100 Outstanding "Large majority" from wm_2020 line 881\n'
)
DISCRETION = (
    "discretion in domains 2, 3\n"
    '  eligible when boundary_distance <= 5 "within five percentage points of the boundary"\n'
)
PASTED_2_1_1 = "Does assessment sufficiently analyse how to support the child's desistance?"

# (name, seed, the code that must be reported at the edited line)
MISTAKES: list[tuple[str, Seed, str]] = [
    (
        "a key question whose condition its domain makes impossible",
        after("key question 3.2.1 ", "  applies to cases where disposal != out-of-court"),
        "never-holds",
    ),
    (
        "a condition that contradicts itself",
        replace(
            "  applies to cases where harm_factors\n",
            "  applies to cases where harm_factors and not harm_factors\n",
        ),
        "never-holds",
    ),
    (
        "a condition that always holds",
        after(
            "key question 2.2.1 ", "  applies to cases where safety_factors or not safety_factors"
        ),
        "always-holds",
    ),
    (
        "a condition that repeats its domain's",
        after("key question 2.3.1 ", "  applies to cases where (disposal = court)"),
        "always-holds",
    ),
    (
        "a changed condition that changes nothing",
        at_end(
            "change key question 2.4.2\n  applies to cases where safety_changed and disposal = court\n",
            "applies",
        ),
        "changes-nothing",
    ),
    (
        "the Outstanding band deleted and Good widened to 65..100",
        at_end(BANDS.replace("65..79", "65..100").split("band 80..100")[0], "65..100"),
        "unreachable",
    ),
    (
        "a discretion threshold of 50 typed for 5",
        at_end(DISCRETION.replace("<= 5 ", "<= 50 "), "eligible"),
        "always-holds",
    ),
    (
        "a discretion threshold that can never hold",
        at_end(DISCRETION.replace("<= 5 ", "< 0 "), "eligible"),
        "never-holds",
    ),
    (
        "a discretion threshold wider than a band",
        at_end(DISCRETION.replace("<= 5 ", "<= 12 "), "eligible"),
        "always-holds",
    ),
    (
        "a new key question whose wording is pasted from another",
        at_end(f'key question 2.2.4 "{PASTED_2_1_1}" from wm_2020 line 458\n'),
        "same-wording",
    ),
    (
        "a planning question numbered 2.1.4 under 'change standard 2.2'",
        at_end(
            'change standard 2.2\n  says "Planning." from wm_2020 line 492\n'
            'key question 2.1.4 "Does planning consider education?" from wm_2020 line 503\n',
            "2.1.4",
        ),
        "wrong-parent",
    ),
    (
        "a prompt numbered for the key question before",
        after("key question 2.2.2 ", 'prompt 2.2.1.g "Is the plan shared?" from wm_2020 line 531'),
        "wrong-parent",
    ),
    (
        "a base that comes into force after the version built on it",
        replace("  effective from 2020-06-01\n", "  effective from 2017-06-01\n", "based on"),
        "dates",
    ),
    (
        "until before from",
        replace("  effective from 2020-06-01\n", "  effective from 2020-06-01 until 2020-05-01\n"),
        "dates",
    ),
    (
        "a date not in the calendar",
        replace("  effective from 2020-06-01\n", "  effective from 2020-06-31\n"),
        "dates",
    ),
    (
        "two versions in force on the same day",
        lambda text: replace("  effective from 2020-06-01\n", "  effective from 2020-03-01\n")(
            text.replace("framework yot 2020 ", "framework yot 2020b ", 1)
        ),
        "in-force-twice",
    ),
    (
        "a citation at the neighbouring row of a key-question table",
        replace(
            'safe?" from wm_2020 line 504',
            'safe?" from wm_2020 line 505',
        ),
        "quote-not-found",
    ),
    (
        "a quotation with a word changed",
        replace(
            "Does planning focus sufficiently on keeping the child safe?",
            "Does planning focus sufficiently on keeping the children safe?",
        ),
        "quote-not-found",
    ),
    (
        "every key question of a standard removed",
        at_end("remove key question 3.4.1\nremove key question 3.4.2\n", "3.4.2"),
        "no-key-questions",
    ),
    (
        "remove, then change",
        at_end(
            "remove key question 2.2.3\nchange key question 2.2.3\n  applies to cases where rosh != low\n",
            "change",
        ),
        "bad-change",
    ),
    (
        "a new id declared twice",
        at_end(
            'key question 2.1.4 "Does assessment consider education?" from wm_2020 line 503\n'
            'key question 2.1.4 "Does assessment consider housing?" from wm_2020 line 503\n',
            "housing",
        ),
        "duplicate-id",
    ),
    (
        "a thirteenth standard",
        at_end(
            'standard 3.5 "Resettlement" from wm_2020 line 798\n'
            'key question 3.5.1 "Is resettlement planned?" from wm_2020 line 808\n',
            "standard 3.5",
        ),
        "overall-scale",
    ),
    (
        "a standard removed, the overall bands kept",
        at_end("remove standard 3.4\n"),
        "overall-scale",
    ),
    (
        "a text value outside the attribute's vocabulary",
        at_end(
            "change key question 3.4.2\n"
            '  applies to cases where disposal_type = "youth conditonal caution"\n',
            "conditonal",
        ),
        "unknown-ref",
    ),
    (
        "an ordered condition that can never hold",
        at_end(
            "change key question 2.2.3\n  applies to cases where rosh >= high and rosh < medium\n",
            "rosh",
        ),
        "never-holds",
    ),
    (
        "a domain whose condition can never hold",
        replace(
            "  applies to cases where disposal = out-of-court\n",
            "  applies to cases where disposal = out-of-court and disposal = court\n",
        ),
        "never-holds",
    ),
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("seeded")


@pytest.mark.parametrize(("name", "seed", "code"), MISTAKES, ids=[m[0] for m in MISTAKES])
def test_each_seeded_mistake_is_caught_at_the_edited_line(
    folder: Path, name: str, seed: Seed, code: str
) -> None:
    text, edited = seed(YOT_2020)
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    path = folder / slug / "2020.framework"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    result = check_path(path)
    line = text.split("\n").index(edited) + 1
    hits = [d for d in result.diagnostics if d.code == code]
    assert hits, f"{name}: not caught; found {[d.headline() for d in result.diagnostics]}"
    at = {(Path(d.span.path).name, d.span.line) for d in hits if d.span is not None}
    assert ("2020.framework", line) in at, f"{name}: {[d.headline() for d in hits]}"
    # every finding is in the copy, never in the shipped base
    assert all(d.span is None or d.span.path == str(path) for d in result.diagnostics), [
        d.headline() for d in result.diagnostics
    ]
    # and says how to fix it
    d = next(d for d in hits if d.span is not None and d.span.line == line)
    assert d.notes or "give" in d.message or "remove" in d.message, d.headline()
    # check --strict fails: an error, or a warning made one
    assert result.diagnostics


def test_the_copy_itself_checks_clean(folder: Path) -> None:
    path = folder / "clean" / "2020.framework"
    path.parent.mkdir(exist_ok=True)
    path.write_text(YOT_2020, encoding="utf-8")
    assert check_path(path).diagnostics == []


def test_as_many_mistakes_as_the_experiment(folder: Path) -> None:
    assert len(MISTAKES) >= 22
