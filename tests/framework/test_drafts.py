"""Drafts, changing one clause of an inherited item, and clearing an inherited clause.

A draft is written as a real methodology-team draft would be: a file beside nothing, based on
the shipped yot-2020, changing a few things.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ratingbook.dsl import Diagnostic, Severity
from ratingbook.framework import registry
from ratingbook.framework.checker import CheckResult
from ratingbook.framework.loading.frameworks import check_path
from ratingbook.framework.model import Framework, KeyQuestion

DRAFT = (
    'framework yot 2021 "Inspection of youth offending services"\n  draft\n  based on yot 2020\n'
)
ADOPTED = (
    'framework yot 2021 "Inspection of youth offending services"\n'
    "  effective from 2021-06-01\n  based on yot 2020\n"
)


def check(tmp_path: Path, text: str, name: str = "2021.framework") -> CheckResult:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return check_path(path)


def place(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return text.count("\n", 0, start) + 1, start - (text.rfind("\n", 0, start) + 1) + 1


def at(d: Diagnostic) -> tuple[int, int]:
    assert d.span is not None
    return d.span.line, d.span.col


def only(result: CheckResult, code: str) -> Diagnostic:
    found = [d for d in result.diagnostics if d.code == code]
    assert len(found) == 1, [d.headline() for d in result.diagnostics]
    return found[0]


def framework(result: CheckResult) -> Framework:
    assert result.ok, [d.headline() for d in result.diagnostics]
    assert result.framework is not None
    return result.framework


def kq(fw: Framework, kq_id: str) -> KeyQuestion:
    return next(k for k in fw.key_questions() if k.id == kq_id)


# ---------------------------------------------------------------------------- drafts


def test_a_draft_with_nothing_changed_checks_clean_and_is_its_base(
    tmp_path: Path, yot_2020: Framework
) -> None:
    result = check(tmp_path, DRAFT)
    assert result.diagnostics == []
    fw = framework(result)
    assert (fw.id, fw.draft, fw.effective_from, fw.based_on) == ("yot-2021", True, None, "yot-2020")
    assert [k.text for k in fw.key_questions()] == [k.text for k in yot_2020.key_questions()]
    assert not yot_2020.draft


def test_new_wording_in_a_draft_needs_no_citation(tmp_path: Path) -> None:
    text = DRAFT + (
        'key question 2.1.4 "Does assessment consider the child\'s education?"\n'
        'prompt 2.1.4.a "Is the school consulted?"\n'
        "  where applicable\n"
    )
    fw = framework(check(tmp_path, text))
    new = kq(fw, "2.1.4")
    assert new.text.cite is None
    assert [p.id for p in new.prompts] == ["2.1.4.a"]


def test_inherited_wording_keeps_its_citation_in_a_draft(tmp_path: Path) -> None:
    fw = framework(check(tmp_path, DRAFT + 'key question 2.1.4 "New?"\n  no prompts "new"\n'))
    old = kq(fw, "2.1.3")
    assert old.text.cite is not None
    assert (old.text.cite.source, old.text.cite.first) == ("wm_2020", 460)


def test_the_same_wording_in_an_adopted_version_must_be_cited(tmp_path: Path) -> None:
    text = ADOPTED + 'key question 2.1.4 "New?"\n  no prompts "new"\n'
    d = only(check(tmp_path, text), "missing-citation")
    assert d.severity is Severity.ERROR
    assert at(d) == place(text, '"New?"')


def test_a_draft_with_an_effective_date_is_refused(tmp_path: Path) -> None:
    text = DRAFT.replace("  draft\n", "  draft\n  effective from 2021-06-01\n")
    result = check(tmp_path, text)
    d = only(result, "draft")
    assert d.severity is Severity.ERROR and not result.ok
    assert d.message == (
        "yot-2021 is a draft, so it is in force on no date: remove 'effective from' "
        "(or, to adopt the version, remove 'draft')"
    )
    assert at(d) == place(text, "effective from")


def test_an_adopted_version_based_on_a_draft_is_refused(tmp_path: Path) -> None:
    (tmp_path / "ratingbook.toml").write_text('versions = ["."]\n', encoding="utf-8")
    (tmp_path / "2021.framework").write_text(DRAFT, encoding="utf-8")
    text = 'framework yot 2022 "T"\n  effective from 2022-06-01\n  based on yot 2021\n'
    result = check(tmp_path, text, "2022.framework")
    d = only(result, "draft")
    assert "based on yot 2021, which is a draft" in d.message
    assert at(d) == place(text, "based on")
    assert not result.ok


def test_a_draft_based_on_a_draft_needs_no_citations_in_either(tmp_path: Path) -> None:
    (tmp_path / "ratingbook.toml").write_text('versions = ["."]\n', encoding="utf-8")
    (tmp_path / "2021.framework").write_text(
        DRAFT + 'key question 2.1.4 "New?"\n  no prompts "new"\n', encoding="utf-8"
    )
    text = 'framework yot 2022 "T"\n  draft\n  based on yot 2021\nkey question 2.1.5 "Newer?"\n'
    text += '  no prompts "new"\n'
    fw = framework(check(tmp_path, text, "2022.framework"))
    assert [k.id for k in fw.key_questions() if k.id.startswith("2.1.")][-2:] == ["2.1.4", "2.1.5"]


def test_a_draft_among_the_shipped_versions_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tiny: object
) -> None:
    root = tmp_path / "standards"
    (root / "tiny").mkdir(parents=True)
    text = tiny(header='framework tiny 9 "A tiny framework"\n  draft\n')  # type: ignore[operator]
    path = root / "tiny" / "9.framework"
    path.write_text(text, encoding="utf-8")
    outside = check(tmp_path, text, "9.framework")
    assert outside.ok, "the same draft outside standards/ is fine"
    monkeypatch.setattr(registry, "standards_root", lambda: root)
    registry.shipped.cache_clear()
    try:
        assert [e.id for e in registry.shipped()] == ["tiny-9"]
        result = check_path(path)
    finally:
        registry.shipped.cache_clear()
    d = only(result, "draft")
    assert d.message == (
        "tiny-9 is a draft, and a draft is never shipped: a file under standards/ is a "
        "published version"
    )
    assert at(d) == place(text, "draft")
    assert not result.ok and result.framework is None


def test_no_shipped_version_is_a_draft() -> None:
    for entry in registry.shipped():
        result = check_path(entry.path)
        assert result.ok and result.framework is not None and not result.framework.draft


# ---------------------------------------------------------------------------- change and clear


def test_change_one_clause_keeps_the_wording_and_citation(
    tmp_path: Path, yot_2020: Framework
) -> None:
    text = (
        DRAFT + "change key question 2.2.3\n  applies to cases where harm_factors and rosh != low\n"
    )
    fw = framework(check(tmp_path, text))
    changed, before = kq(fw, "2.2.3"), kq(yot_2020, "2.2.3")
    assert changed.text == before.text and changed.text.cite == before.text.cite
    assert changed.relevance == before.relevance
    assert changed.prompts == before.prompts
    assert changed.condition is not None and changed.condition != before.condition
    assert changed.condition_span is not None
    assert changed.condition_span.path.endswith("2021.framework")


def test_change_relevance_and_where_applicable(tmp_path: Path, yot_2020: Framework) -> None:
    text = DRAFT + (
        "change key question 2.2.2\n"
        '  relevance "Only where there are factors related to keeping the child safe."\n'
        "change prompt 2.1.1.a\n  where applicable\n"
        "change prompt 2.1.1.d\n  clear where applicable\n"
    )
    fw = framework(check(tmp_path, text))
    changed = kq(fw, "2.2.2")
    assert changed.relevance is not None and changed.relevance.text.startswith("Only where")
    assert changed.condition == kq(yot_2020, "2.2.2").condition
    prompts = {p.id: p for p in kq(fw, "2.1.1").prompts}
    assert prompts["2.1.1.a"].where_applicable and not prompts["2.1.1.d"].where_applicable
    assert prompts["2.1.1.a"].text == next(
        p.text for p in kq(yot_2020, "2.1.1").prompts if p.id == "2.1.1.a"
    )


def test_change_a_characteristic_replaces_that_rating_only(tmp_path: Path) -> None:
    text = DRAFT + 'change standard 1.1\n  characteristic Good "Leaders lead well."\n'
    fw = framework(check(tmp_path, text))
    std = next(s for s in fw.standards() if s.id == "1.1")
    by_rating = {c.rating: c.text.text for c in std.characteristics}
    assert by_rating["Good"] == "Leaders lead well."
    assert set(by_rating) == {"Outstanding", "Good", "Requires improvement", "Inadequate"}
    cleared = framework(check(tmp_path, DRAFT + "change standard 1.1\n  clear characteristics\n"))
    assert next(s for s in cleared.standards() if s.id == "1.1").characteristics == ()


def test_change_with_wording_rewords_and_keeps_the_clauses(
    tmp_path: Path, yot_2020: Framework
) -> None:
    text = DRAFT + 'change key question 2.2.3 "Does planning keep other people safe?"\n'
    fw = framework(check(tmp_path, text))
    changed = kq(fw, "2.2.3")
    assert changed.text.text == "Does planning keep other people safe?"
    assert changed.condition == kq(yot_2020, "2.2.3").condition
    assert changed.relevance == kq(yot_2020, "2.2.3").relevance


def test_clear_no_prompts_brings_back_the_warning(tmp_path: Path) -> None:
    kept = DRAFT + 'change key question 2.1.3\n  no prompts "under review"\n'
    assert check(tmp_path, kept).diagnostics == []
    text = kept + "change key question 2.1.3\n  clear no prompts\nremove prompt 2.1.3.a\n"
    text += "remove prompt 2.1.3.b\nremove prompt 2.1.3.c\n"
    d = only(check(tmp_path, text), "no-prompts")
    assert d.message == (
        "key question 2.1.3 has no prompts, once the 'no prompts' that covered it is cleared here"
    )
    assert d.span is not None and d.span.line == text.count("\n", 0, text.index("clear no")) + 1


def test_clear_applies_to_is_applies_to_all_cases(tmp_path: Path) -> None:
    fw = framework(check(tmp_path, DRAFT + "change key question 2.2.3\n  clear applies to\n"))
    assert kq(fw, "2.2.3").condition is None


def test_change_of_an_item_the_base_lacks_is_refused(tmp_path: Path) -> None:
    text = DRAFT + "change key question 2.1.9\n  where applicable\n"
    result = check(tmp_path, text)
    d = only(result, "bad-change")
    assert d.severity is Severity.ERROR and not result.ok
    assert d.message == "cannot change key question 2.1.9: yot-2020 has no such item"
    assert d.notes == ('to add it, write it whole: key question 2.1.9 "WORDING"',)
    assert at(d) == place(text, "2.1.9")


def test_clearing_a_clause_the_item_lacks_warns_at_the_clear(tmp_path: Path) -> None:
    text = DRAFT + "change key question 2.1.1\n  clear relevance\n"
    result = check(tmp_path, text)
    d = only(result, "bad-change")
    assert d.severity is Severity.WARNING and result.ok
    assert d.message == "key question 2.1.1 has no 'relevance' to clear"
    assert at(d) == place(text, "clear relevance")


def test_restating_without_wording_points_at_change(tmp_path: Path) -> None:
    text = DRAFT + "key question 2.2.3\n  applies to cases where harm_factors and rosh != low\n"
    d = only(check(tmp_path, text), "syntax")
    assert d.message == (
        "expected quoted text, found 'applies'; to change a clause of an inherited key question "
        "without restating its wording, write 'change key question 2.2.3'"
    )
    assert at(d) == place(text, "applies")


def test_the_docs_show_the_draft_that_new_writes() -> None:
    from ratingbook.framework.loading.drafts import draft_text

    shown = Path("docs/examples/draft-2021.framework").read_text(encoding="utf-8")
    written = draft_text("yot", "2021", "yot", "2020", "Inspection of youth offending services")
    assert shown == written


@pytest.mark.parametrize(
    ("statement", "code", "word"),
    [
        ("change key question 1.1.1\n  where applicable\n", "bad-change", "change"),
        ("remove prompt 1.1.1.a\n", "bad-remove", "remove"),
    ],
)
def test_change_or_remove_in_a_version_based_on_none_is_refused(
    tmp_path: Path, tiny: object, statement: str, code: str, word: str
) -> None:
    text = tiny(extra=statement)  # type: ignore[operator]
    result = check(tmp_path, text, "t.framework")
    d = only(result, code)
    assert d.message == (
        f"'{word}' edits an item of the version this one is based on, but this version is "
        "based on none"
    )
    assert at(d) == place(text, statement.split("\n")[0])
    assert not result.ok


def test_a_clause_changed_onto_the_wrong_kind_is_refused_where_it_was_written(
    tmp_path: Path,
) -> None:
    text = DRAFT + "change standard 2.2\n  where applicable\n"
    result = check(tmp_path, text)
    d = only(result, "bad-condition")
    assert (
        d.message == "'where applicable' belongs on a key question or a prompt, not on a standard"
    )
    assert d.span is not None and d.span.path.endswith("2021.framework")
    assert at(d) == place(text, "where applicable")
