"""The registry reads each version's header with the parser: the ``framework`` statement alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from ratingbook.dsl import ast, parse_header, parse_text
from ratingbook.framework import registry

REPO = Path(__file__).resolve().parents[2]


def test_the_shipped_versions() -> None:
    assert [
        (e.id, e.title, e.effective_from, e.effective_until, e.based_on, e.file)
        for e in registry.shipped()
    ] == [
        (
            "yot-2018",
            "Inspection of youth offending services",
            "2018-06-01",
            "2020-05-31",
            None,
            "standards/yot/2018.framework",
        ),
        (
            "yot-2020",
            "Inspection of youth offending services",
            "2020-06-01",
            None,
            "yot-2018",
            "standards/yot/2020.framework",
        ),
    ]
    assert [e.display for e in registry.shipped()] == [
        "yot-2018 standards/yot/2018.framework",
        "yot-2020 standards/yot/2020.framework",
    ]


# ---------------------------------------------------------------------------- files as shown


def test_a_shipped_version_is_named_by_its_id_and_its_path_in_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From any folder, by any path that reaches it."""
    shipped = registry.find("yot-2020")
    assert shipped is not None
    assert registry.display_path(shipped.path) == "yot-2020 standards/yot/2020.framework"
    monkeypatch.chdir(tmp_path)
    assert registry.display_path(shipped.path) == "yot-2020 standards/yot/2020.framework"
    link = tmp_path / "linked.framework"
    link.symlink_to(shipped.path)
    assert registry.display_path(link) == "yot-2020 standards/yot/2020.framework"


def test_a_user_s_file_is_named_relative_to_the_working_folder_when_under_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "drafts").mkdir()
    draft = tmp_path / "drafts" / "2021.framework"
    draft.write_text("", encoding="utf-8")
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere.yaml"
    monkeypatch.chdir(tmp_path)
    for given in (
        "drafts/2021.framework",
        "./drafts/2021.framework",
        "drafts/../drafts/2021.framework",
        str(draft),
    ):
        assert registry.display_path(given) == "drafts/2021.framework", given
    # Outside it: as given, relative or absolute.
    assert registry.display_path(f"../{elsewhere.name}") == f"../{elsewhere.name}"
    assert registry.display_path(elsewhere) == str(elsewhere)
    # ".." through a link is not taken away by the text alone: it would name another file.
    (tmp_path / "real" / "sub").mkdir(parents=True)
    (tmp_path / "real" / "x.yaml").write_text("", encoding="utf-8")
    (tmp_path / "x.yaml").write_text("other", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "real" / "sub")
    assert registry.display_path("link/../x.yaml") == "link/../x.yaml"


@pytest.mark.parametrize("path", ["standards/yot/2018.framework", "standards/yot/2020.framework"])
def test_the_header_is_the_framework_statement_a_full_parse_gives(path: str) -> None:
    text = (REPO / path).read_text(encoding="utf-8")
    full = parse_text(text, path).ast.header
    assert full is not None
    assert parse_header(text, path) == full


def test_clauses_on_one_line_and_an_escaped_quote_in_the_title(tmp_path: Path) -> None:
    text = (
        'framework x 2 "The \\"new\\" rules" effective from 2020-01-01 until 2021-12-31 '
        "based on x 1\n"
    )
    entry = registry.header(text, tmp_path / "2.framework")
    assert entry is not None
    assert (entry.id, entry.title, entry.effective_from, entry.effective_until) == (
        "x-2",
        'The "new" rules',
        "2020-01-01",
        "2021-12-31",
    )
    assert entry.based_on == "x-1"


def test_comments_inside_the_header_and_errors_after_it(tmp_path: Path) -> None:
    text = (
        "# A proposal.\n"
        'framework x 2 "T"\n'
        "  # in force from\n"
        "  effective from 2020-01-01\n"
        "band 0..49 this does not parse\n"
        "based on y 9\n"
    )
    entry = registry.header(text, tmp_path / "2.framework")
    assert entry is not None
    assert (entry.effective_from, entry.based_on) == ("2020-01-01", None)


def test_clauses_of_other_statements_are_not_the_header_s(tmp_path: Path) -> None:
    """Only the framework statement is read: an 'effective from' elsewhere is not its date."""
    text = 'source a "A"\n  published 2019-01-01\nframework x 2 "T"\n'
    decl = parse_header(text, "x.framework")
    assert isinstance(decl, ast.FrameworkDecl)
    assert decl.effective_from is None


@pytest.mark.parametrize(
    "text",
    ['source a "A"\n', "framework x\n", "", '# framework x 1 "commented out"\n'],
    ids=["no-header", "header-does-not-parse", "empty", "commented-out"],
)
def test_no_header(tmp_path: Path, text: str) -> None:
    assert registry.header(text, tmp_path / "x.framework") is None


def test_a_local_base_is_found_by_its_parsed_header(tmp_path: Path, tiny, write) -> None:  # type: ignore[no-untyped-def]
    from ratingbook.framework.loading.frameworks import check

    # The base's header has its clauses on one line.
    (tmp_path / "ratingbook.toml").write_text('versions = ["."]\n', encoding="utf-8")
    base = tiny(header='framework tiny 1 "A tiny framework" effective from 2020-01-01\n')
    write(tmp_path, "1.framework", base)
    derived = write(tmp_path, "2.framework", 'framework tiny 2 "T"\n  based on tiny 1\n')
    result = check(str(derived))
    assert result.ok, [d.headline() for d in result.diagnostics]
    assert result.framework is not None and result.framework.based_on == "tiny-1"


def test_a_header_is_parsed_once_per_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ratingbook.dsl import parser
    from ratingbook.framework.loading import cache

    monkeypatch.setenv(cache.ENV_DIR, str(tmp_path / "cache"))
    monkeypatch.delenv(cache.ENV_OFF, raising=False)
    parsed: list[str] = []
    real = parser.parse_header

    def counting(text: str, path: str = "<text>") -> ast.FrameworkDecl | None:
        parsed.append(path)
        return real(text, path)

    monkeypatch.setattr(parser, "parse_header", counting)
    text = 'framework x 2 "T"\n  effective from 2020-01-01\n  based on x 1\n'
    first = registry.header(text, tmp_path / "2.framework")
    second = registry.header(text, tmp_path / "2.framework")
    assert first == second and first is not None and first.based_on == "x-1"
    assert len(parsed) == 1
    changed = registry.header(text.replace("2020", "2021"), tmp_path / "2.framework")
    assert changed is not None and changed.effective_from == "2021-01-01"
    assert len(parsed) == 2


def test_the_shipped_root_found_once_is_the_one_found_afresh(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """standards_root and its real path are worked out once per process (each load of a
    version asked for them several times): the same folder as working it out afresh, and the
    real path follows a root another one stands in for (as tests replace it)."""
    import os

    package = Path(registry.__file__).resolve().parents[1]
    afresh = package / "standards" if (package / "standards").is_dir() else REPO / "standards"
    assert registry.standards_root() == afresh
    assert registry.standards_root() is registry.standards_root()
    assert registry.real_standards_root() == os.path.realpath(afresh)
    linked = tmp_path / "linked"
    linked.symlink_to(afresh, target_is_directory=True)
    monkeypatch.setattr(registry, "standards_root", lambda: linked)
    assert registry.real_standards_root() == os.path.realpath(afresh)
    monkeypatch.setattr(registry, "standards_root", lambda: tmp_path)
    assert registry.real_standards_root() == os.path.realpath(tmp_path)
