"""The shipped versions compiled with the package (ratingbook/compiled): equal to a fresh
compile, used only for the exact content they were made from, and a run that starts from them
prints what a run that parses and checks prints."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from ratingbook.dsl import parser
from ratingbook.framework import checker, registry
from ratingbook.framework.checker import CheckResult
from ratingbook.framework.loading import cache, compiled, frameworks
from ratingbook.framework.loading.frameworks import check_path, load_framework

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = "standards/yot/examples/example-2020.yaml"
RunSubprocess = Callable[..., tuple[int, str, str]]


def _forget(monkeypatch: pytest.MonkeyPatch) -> None:
    """What this process already knows of a content is asked again."""
    monkeypatch.setattr(frameworks, "_facts", {})
    monkeypatch.setattr(frameworks, "_loaded", {})
    monkeypatch.setattr(registry, "_headers", {})


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The files parsed and the checks run (a compiled entry spares both)."""
    seen: dict[str, list[str]] = {"parsed": [], "checked": []}
    parse, check = parser.parse_text, checker.check

    def parsing(text: str, path: str = "<text>") -> object:
        seen["parsed"].append(path)
        return parse(text, path)

    def checking(*args: object, **kwargs: object) -> CheckResult:
        seen["checked"].append("check")
        return check(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parser, "parse_text", parsing)
    monkeypatch.setattr(checker, "check", checking)
    return seen


@pytest.fixture
def with_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache of the test's own, with the compiled entries read (the suite leaves
    them unread elsewhere)."""
    where = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV_DIR, str(where))
    monkeypatch.delenv(cache.ENV_OFF, raising=False)
    monkeypatch.delenv(cache.ENV_NO_COMPILED, raising=False)
    _forget(monkeypatch)
    return where


def test_the_compiled_entries_are_a_fresh_compile_of_the_shipped_versions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(cache.ENV_OFF, "1")
    _forget(monkeypatch)
    fresh = compiled.build()
    assert fresh == compiled.held(), (
        "ratingbook/compiled is not what the shipped versions compile to now: "
        "run python tools/compile_shipped.py and commit the folder"
    )
    # Every shipped version: its header, its facts and its checked framework.
    kinds = [rel.partition("/")[0] for rel in fresh]
    shipped = len(registry.shipped())
    assert (kinds.count("headers"), kinds.count("facts"), kinds.count("frameworks")) == (
        shipped,
        shipped,
        shipped,
    )


def test_a_cold_cache_takes_a_shipped_version_from_its_compiled_entries(
    with_compiled: Path, counted: dict[str, list[str]]
) -> None:
    result = check_path(REPO / "standards" / "yot" / "2020.framework")
    assert result.ok and result.framework is not None
    assert counted == {"parsed": [], "checked": []}
    assert not with_compiled.exists(), "nothing is written for what is compiled"


def test_what_the_compiled_entries_give_is_what_the_check_gives(
    with_compiled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.framework.test_cache import same

    path = REPO / "standards" / "yot" / "2020.framework"
    from_compiled = check_path(path)
    monkeypatch.setenv(cache.ENV_OFF, "1")
    _forget(monkeypatch)
    same(from_compiled, check_path(path))


def test_a_shipped_version_edited_in_any_way_is_parsed_and_checked(
    with_compiled: Path,
    counted: dict[str, list[str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A copy of yot-2020 with a comment added (its base still the shipped yot-2018, which
    comes from its compiled entries): only the edited file is parsed and checked."""
    copy = tmp_path / "standards"
    shutil.copytree(REPO / "standards", copy)
    edited = copy / "yot" / "2020.framework"
    edited.write_text(edited.read_text(encoding="utf-8") + "# a comment\n", encoding="utf-8")
    monkeypatch.setattr(registry, "standards_root", lambda: copy)
    registry.shipped.cache_clear()
    registry._shipped_by_file.cache_clear()
    try:
        result = check_path(edited)
        assert result.ok
        assert len(counted["checked"]) == 1
        assert len(counted["parsed"]) >= 1
    finally:
        registry.shipped.cache_clear()
        registry._shipped_by_file.cache_clear()


def test_entries_compiled_by_another_version_of_ratingbook_are_not_used(
    with_compiled: Path, counted: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "__version__", "0.0.0-another")
    load_framework("yot-2020")
    assert counted["checked"] == ["check"]


def test_no_compiled_leaves_them_unread(
    with_compiled: Path, counted: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.ENV_NO_COMPILED, "1")
    load_framework("yot-2020")
    assert counted["checked"] == ["check"]


def test_no_cache_leaves_them_unread(
    with_compiled: Path, counted: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.ENV_OFF, "1")
    load_framework("yot-2020")
    assert counted["checked"] == ["check"]


@pytest.mark.parametrize(
    "args",
    [
        ("rate", EXAMPLE),
        ("check", "yot-2018", "yot-2020"),
        ("show", "yot-2018", "--format", "json"),
    ],
)
def test_a_run_from_the_compiled_entries_prints_what_a_run_without_any_cache_prints(
    run_subprocess: RunSubprocess, tmp_path: Path, args: tuple[str, ...]
) -> None:
    started = run_subprocess(
        *args, env={cache.ENV_DIR: str(tmp_path / "empty"), cache.ENV_NO_COMPILED: None}
    )
    fresh = run_subprocess(*args, env={cache.ENV_OFF: "1", cache.ENV_NO_COMPILED: None})
    assert started == fresh
    assert started[0] == 0, started[2]


def test_a_cold_rate_of_a_shipped_version_loads_neither_the_parser_nor_the_checks(
    run_subprocess: RunSubprocess, tmp_path: Path
) -> None:
    import subprocess
    import sys

    from tests.conftest import subprocess_env

    code = (
        "import sys\n"
        "from ratingbook.framework import api\n"
        f"inspection = api.load_inspection({EXAMPLE!r})\n"
        "api.evaluate(api.framework_for(inspection, None), inspection)\n"
        "print(sorted(m for m in ('pyparsing', 'ratingbook.dsl.parser',"
        " 'ratingbook.framework.checker.rules') if m in sys.modules))\n"
    )
    env = subprocess_env({cache.ENV_DIR: str(tmp_path / "empty"), cache.ENV_NO_COMPILED: None})
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
