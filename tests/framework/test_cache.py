"""The on-disk cache of checked frameworks: hits, every kind of miss, damage, and no unpickling."""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ratingbook.dsl import Diagnostic, Severity, Span, parse_text, parser
from ratingbook.dsl.codes import SYNTAX
from ratingbook.framework import checker, registry
from ratingbook.framework.checker import CheckResult
from ratingbook.framework.loading import cache, codec, frameworks
from ratingbook.framework.loading.frameworks import check_path
from ratingbook.framework.model import Framework, SourceTexts
from tests.conftest import budget
from tests.framework import cache_entries
from tests.framework.cache_entries import rewrite_payload

REPO = Path(__file__).resolve().parents[2]

Tiny = Callable[..., str]

# Items whose quotations are really in doc.txt.
ITEMS = (
    'domain 1 "Cases"\n'
    "  applies to cases where disposal = court\n"
    "  rated by lowest key question band\n"
    'standard 1.1 "First"\n'
    'key question 1.1.1 "one" from doc line 1\n'
    'prompt 1.1.1.a "two" from doc line 2\n'
    'standard 1.2 "Second"\n'
    'key question 1.2.1 "three" from doc line 3\n'
    "  no prompts\n"
)
DERIVED = (
    'framework tiny 2 "Revised"\n  based on tiny 1\nkey question 1.2.1 "three" from doc line 3\n'
)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of the test's own."""
    where = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV_DIR, str(where))
    monkeypatch.delenv(cache.ENV_OFF, raising=False)
    # What this process already knows of a content is not asked of the cache again.
    monkeypatch.setattr(frameworks, "_facts", {})
    monkeypatch.setattr(frameworks, "_loaded", {})
    monkeypatch.setattr(registry, "_headers", {})
    return where


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the checking stage ran (a hit does not run it)."""
    calls: list[int] = []
    real = checker.check

    def counting(*args: object, **kwargs: object) -> CheckResult:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(checker, "check", counting)
    return calls


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files parsed (a file whose statements are cached is not parsed again)."""
    parsed: list[str] = []
    real = parser.parse_text

    def counting(text: str, path: str = "<text>") -> object:
        parsed.append(path)
        return real(text, path)

    monkeypatch.setattr(parser, "parse_text", counting)
    return parsed


@pytest.fixture
def versions(tmp_path: Path, tiny: Tiny) -> Path:
    """tiny 2 based on tiny 1 (a version of the same framework repository), which cites
    doc.txt."""
    folder = tmp_path / "fw"
    folder.mkdir()
    (tmp_path / "ratingbook.toml").write_text('versions = ["fw"]\n', encoding="utf-8")
    (folder / "doc.txt").write_text("one\ntwo\nthree\n", encoding="utf-8")
    base = tiny(sources='source doc "The document" file "doc.txt"\n', items=ITEMS)
    (folder / "1.framework").write_text(base, encoding="utf-8")
    (folder / "2.framework").write_text(DERIVED, encoding="utf-8")
    return folder / "2.framework"


def entries(where: Path, kind: str = "frameworks") -> list[Path]:
    return cache_entries.entries(where, kind)


# ---------------------------------------------------------------------------- equality


def every_field(value: object) -> Iterator[tuple[str, object]]:
    """Every field of a model, spans and texts included (which ``==`` leaves out)."""
    if isinstance(value, SourceTexts):
        yield "texts", dict(value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.init:
                for path, leaf in every_field(getattr(value, f.name)):
                    yield f"{f.name}.{path}", leaf
    elif isinstance(value, tuple | list):
        for i, item in enumerate(value):
            for path, leaf in every_field(item):
                yield f"{i}.{path}", leaf
    else:
        yield "", value


def same(a: CheckResult, b: CheckResult) -> None:
    assert a.framework is not None and b.framework is not None
    assert a.framework == b.framework
    assert list(every_field(a.framework)) == list(every_field(b.framework))
    assert a.diagnostics == b.diagnostics
    assert dict(a.sources) == dict(b.sources)


# ---------------------------------------------------------------------------- hits


def test_a_second_check_is_a_hit_and_gives_the_same_result(
    store: Path, versions: Path, checks: list[int]
) -> None:
    first = check_path(versions)
    second = check_path(versions)
    assert len(checks) == 1
    same(first, second)
    assert len(entries(store)) == 1


def test_a_shipped_version_round_trips_equal_with_its_snippets(
    store: Path, checks: list[int]
) -> None:
    path = REPO / "standards" / "yot" / "2020.framework"
    fresh = check_path(path)
    kept = check_path(path)
    assert len(checks) == 1
    same(fresh, kept)
    assert fresh.framework is not None and kept.framework is not None
    for a, b in zip(fresh.framework.key_questions(), kept.framework.key_questions(), strict=True):
        assert a.span == b.span
        assert kept.framework.snippet(b.span) == fresh.framework.snippet(a.span) != ""
    assert kept.framework.texts == fresh.framework.texts


def test_warnings_are_kept_with_the_framework(store: Path, tmp_path: Path, tiny: Tiny) -> None:
    path = tmp_path / "w.framework"
    path.write_text(tiny(extra='key question 1.2.2 "X?" from doc line 1\n'), encoding="utf-8")
    first = check_path(path)
    assert [d.code for d in first.diagnostics] == ["no-prompts"]
    second = check_path(path)
    assert second.diagnostics == first.diagnostics
    assert second.diagnostics[0].notes == first.diagnostics[0].notes
    assert second.diagnostics[0].code.description == first.diagnostics[0].code.description


def test_an_entry_holds_no_name_of_a_file(store: Path, versions: Path) -> None:
    """Entries are named by content and keep placeholder names: no path of this run is in any."""
    check_path(versions)
    found = [p for kind in cache.KINDS for p in entries(store, kind)]
    assert {p.parent.name for p in found} == {"frameworks", "parsed", "facts", "headers"}
    for entry in found:
        text = entry.read_text(encoding="utf-8")
        assert str(versions.parent) not in text and ".framework" not in text, entry


def test_an_edited_version_parses_only_itself(
    store: Path, versions: Path, parses: list[str]
) -> None:
    check_path(versions)
    assert len(parses) == 2
    parses.clear()
    versions.write_text(DERIVED + "# edited\n", encoding="utf-8")
    result = check_path(versions)
    assert result.ok
    assert len(parses) == 1


# ---------------------------------------------------------------------------- misses


def test_a_changed_file_is_a_miss(store: Path, versions: Path, checks: list[int]) -> None:
    check_path(versions)
    versions.write_text(DERIVED.replace('"Revised"', '"Revised again"'), encoding="utf-8")
    result = check_path(versions)
    assert len(checks) == 2
    assert result.framework is not None and result.framework.title == "Revised again"


def test_a_changed_base_is_a_miss(store: Path, versions: Path, checks: list[int]) -> None:
    check_path(versions)
    base = versions.parent / "1.framework"
    base.write_text(
        base.read_text(encoding="utf-8").replace('"First"', '"First, renamed"'), encoding="utf-8"
    )
    result = check_path(versions)
    assert len(checks) == 2
    assert result.framework is not None
    assert result.framework.standard("1.1") is not None
    assert result.framework.standard("1.1").name == "First, renamed"  # type: ignore[union-attr]


def test_a_changed_document_is_a_miss(store: Path, versions: Path, checks: list[int]) -> None:
    check_path(versions)
    (versions.parent / "doc.txt").write_text("one\ntwo\n", encoding="utf-8")
    result = check_path(versions)
    assert len(checks) == 2
    assert [d.message for d in result.diagnostics] == [
        "doc has 2 lines; line 3 is past its end",
        "based on tiny 1, which has errors (shown above)",
    ]


def test_a_document_that_goes_missing_is_a_miss(
    store: Path, versions: Path, checks: list[int]
) -> None:
    check_path(versions)
    (versions.parent / "doc.txt").unlink()
    result = check_path(versions)
    assert len(checks) == 2
    assert {d.code for d in result.diagnostics} == {"bad-citation"}


def test_a_base_the_project_file_brings_in_is_a_miss(
    store: Path, tmp_path: Path, tiny: Tiny, checks: list[int]
) -> None:
    """Based on yot 2020: the shipped one, also with a 2020.framework beside the proposal
    (a base is found by id, never by a file's name: a hit); the local one, a miss, once the
    project file says it replaces yot-2020."""
    proposal = tmp_path / "p.framework"
    proposal.write_text(
        'framework yot 2020-p "A proposal"\n  based on yot 2020\n', encoding="utf-8"
    )
    assert check_path(proposal).ok
    (tmp_path / "2020.framework").write_text(
        tiny(header='framework yot 2020 "A local 2020"\n'), encoding="utf-8"
    )
    assert check_path(proposal).ok
    assert len(checks) == 1
    (tmp_path / "ratingbook.toml").write_text(
        'versions = ["."]\nreplaces = ["yot-2020"]\n', encoding="utf-8"
    )
    result = check_path(proposal)
    assert len(checks) == 2
    assert result.framework is not None
    assert [s.id for s in result.framework.standards()] == ["1.1", "1.2"]


def test_another_version_of_ratingbook_is_a_miss(
    store: Path, versions: Path, checks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    check_path(versions)
    monkeypatch.setattr(cache, "code_digest", lambda: "another version")
    check_path(versions)
    assert len(checks) == 2


def test_the_same_files_named_another_way_are_one_entry_shown_by_the_new_names(
    store: Path, versions: Path, checks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries depend on content, never on names; messages show each path as every output
    names a file: relative to the working folder, however it was given."""
    monkeypatch.chdir(versions.parent)
    first = check_path(versions)
    (versions.parent / "link.framework").symlink_to("2.framework")
    for name in ("2.framework", "./2.framework", str(versions), "../fw/2.framework"):
        result = check_path(Path(name))
        assert result.framework is not None and result.framework.path == "2.framework"
        assert set(result.framework.texts) == {"2.framework", "1.framework"}
    result = check_path(Path("link.framework"))
    assert result.framework is not None and result.framework.path == "link.framework"
    assert len(checks) == 1
    assert len(entries(store)) == 1
    same(first, check_path(versions))


def test_a_framework_with_errors_is_not_kept(
    store: Path, tmp_path: Path, tiny: Tiny, checks: list[int]
) -> None:
    path = tmp_path / "bad.framework"
    path.write_text(tiny(ratings=""), encoding="utf-8")
    assert not check_path(path).ok
    assert not check_path(path).ok
    assert len(checks) == 2
    assert entries(store) == []


def test_an_unreadable_file_is_an_error_whatever_the_cache_holds(
    store: Path, versions: Path
) -> None:
    from ratingbook.framework.errors import DiagnosticsError

    check_path(versions)
    versions.write_bytes(b"framework \xff\n")
    with pytest.raises(DiagnosticsError) as err:
        check_path(versions)
    assert ":1:11: error: not UTF-8 text (byte 0xff" in err.value.format_message()


# ---------------------------------------------------------------------------- damage


@pytest.mark.parametrize(
    "damage",
    [
        lambda e: e.write_bytes(e.read_bytes()[: len(e.read_bytes()) // 2]),
        lambda e: e.write_bytes(b""),
        lambda e: e.write_bytes(b"\x80\x81 not json\n\x00"),
        lambda e: e.write_bytes(e.read_bytes().replace(b"Revised", b"Revisex")),
        lambda e: rewrite_payload(e, pickle.dumps(("a", "pickle"))),
        lambda e: rewrite_payload(e, b'[{"$": "os.system", "command": "true"}, []]'),
        lambda e: rewrite_payload(e, b'[{"family": "tiny"}, []]'),
        lambda e: rewrite_payload(e, b'["a framework", []]'),
        lambda e: rewrite_payload(
            e, e.read_bytes().split(b"\n", 1)[1].replace(b'"model.Domain"', b'"model.Domian"')
        ),
        lambda e: rewrite_payload(
            e, e.read_bytes().split(b"\n", 1)[1].replace(b'"family"', b'"familly"')
        ),
        lambda e: e.unlink() or e.mkdir(),
    ],
    ids=[
        "truncated",
        "empty",
        "garbage",
        "changed-byte",
        "pickle",
        "unknown-type",
        "untagged-object",
        "wrong-type",
        "misspelt-type",
        "unknown-field",
        "a-folder",
    ],
)
def test_a_damaged_entry_is_a_miss_never_an_error(
    store: Path, versions: Path, checks: list[int], damage: Callable[[Path], object]
) -> None:
    fresh = check_path(versions)
    (entry,) = entries(store)
    damage(entry)
    again = check_path(versions)
    assert len(checks) == 2
    same(fresh, again)


def test_an_unwritable_cache_folder_is_skipped(
    tmp_path: Path, versions: Path, monkeypatch: pytest.MonkeyPatch, checks: list[int]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(cache.ENV_DIR, str(blocker / "cache"))
    assert check_path(versions).ok
    assert check_path(versions).ok
    assert len(checks) == 2


def test_no_cache_turns_it_off(
    store: Path, versions: Path, monkeypatch: pytest.MonkeyPatch, checks: list[int]
) -> None:
    monkeypatch.setenv(cache.ENV_OFF, "1")
    check_path(versions)
    check_path(versions)
    assert len(checks) == 2
    assert not store.exists()


def test_entries_are_written_whole_under_concurrent_use(store: Path, versions: Path) -> None:
    fresh = check_path(versions)
    assert fresh.framework is not None
    kept = cache.Cache(store)
    (entry,) = entries(store)
    name = entry.stem
    body = kept.checked_text(name)
    assert body is not None
    problems: list[str] = []

    def write() -> None:
        for _ in range(20):
            kept.keep_checked_text(name, body)

    def read() -> None:
        for _ in range(20):
            got = kept.checked_text(name)
            if got != body:
                problems.append("a reader saw a partial entry")

    threads = [threading.Thread(target=f) for f in (write, write, read, read)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert problems == []
    assert [p.name for p in (store / "frameworks").iterdir()] == [entry.name], "no temporary left"


# ---------------------------------------------------------------------------- where


def test_where_the_cache_is(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(cache.ENV_OFF, raising=False)
    monkeypatch.setenv(cache.ENV_DIR, str(tmp_path / "given"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.folder() == tmp_path / "given"
    monkeypatch.delenv(cache.ENV_DIR)
    assert cache.folder() == tmp_path / "xdg" / "ratingbook"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.folder() == tmp_path / "home" / ".cache" / "ratingbook"
    monkeypatch.setenv(cache.ENV_OFF, "1")
    assert cache.folder() is None
    monkeypatch.setenv(cache.ENV_OFF, "0")
    assert cache.folder() == tmp_path / "home" / ".cache" / "ratingbook"


def test_the_tests_use_a_cache_folder_of_their_own() -> None:
    where = os.environ.get(cache.ENV_DIR, "")
    assert "ratingbook-test-cache-" in where


# ---------------------------------------------------------------------------- the codec


def test_the_codec_round_trips_a_parsed_file_and_diagnostics(yot_2020: Framework) -> None:
    text = (REPO / "standards" / "yot" / "2018.framework").read_text(encoding="utf-8")
    tree = parse_text(text, "standards/yot/2018.framework").ast
    assert codec.loads(codec.dumps(tree)) == tree
    assert list(every_field(codec.loads(codec.dumps(tree)))) == list(every_field(tree))
    d = Diagnostic.error(SYNTAX, "m", Span("p", 1, 2, 3, 4), "a note")
    assert codec.loads(codec.dumps([d])) == (d,)
    assert codec.loads(codec.dumps(yot_2020)) == yot_2020


def test_a_text_read_again_is_the_value_read_before_and_a_refused_one_is_refused_again(
    yot_2020: Framework,
) -> None:
    text = codec.dumps((yot_2020, ()))
    first = codec.loads(text)
    assert codec.loads(text) is first  # kept, not built again
    assert first == codec._decoded.__wrapped__(text)  # what a fresh reading builds
    # Everything kept is immutable: a record cannot be changed, a list came back a tuple.
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(first[0], dataclasses.fields(first[0])[0].name, "changed")
    assert isinstance(first[1], tuple)
    for _ in range(2):
        with pytest.raises(codec.DecodeError):
            codec.loads('{"$": "builtins.eval", "source": "1"}')
    # Only the last few texts are kept: a process reading many versions holds a few.
    for n in range(codec.KEPT + 1):
        codec.loads(codec.dumps((Diagnostic.error(SYNTAX, f"m{n}", None),)))
    assert codec.loads(text) is not first and codec.loads(text) == first


@pytest.mark.parametrize(
    "text",
    [
        '{"$": "subprocess.Popen", "args": ["true"]}',
        '{"$": "builtins.eval", "source": "1"}',
        '{"args": ["true"]}',
        '{"$": "Code", "name": "no-such-code"}',
        '{"$": "Severity", "value": "panic"}',
        '{"$": "Span", "path": "p", "line": 1}',
        '{"$": "SourceTexts", "texts": [["p", 1]]}',
        '{"$": "model.Framework", "__class__": "x"}',
        "[" * 100000 + "]" * 100000,
        "not json",
    ],
)
def test_the_codec_builds_nothing_but_registered_records(text: str) -> None:
    with pytest.raises(codec.DecodeError):
        codec.loads(text)


def test_the_codec_refuses_to_write_other_types() -> None:
    with pytest.raises(codec.EncodeError):
        codec.dumps(Severity)
    with pytest.raises(codec.EncodeError):
        codec.dumps({"a": 1})


# ---------------------------------------------------------------------------- what a hit saves


def test_a_warm_cache_rates_without_loading_the_parser(store: Path) -> None:
    """Versions listed and checked from the cache: the grammar and pyparsing stay unloaded."""
    code = (
        "import sys\n"
        "from ratingbook.framework.loading.frameworks import load_framework\n"
        "load_framework('yot-2020')\n"
        "print(sorted(m for m in ('pyparsing', 'ratingbook.dsl.parser') if m in sys.modules))\n"
    )
    env = {**os.environ, cache.ENV_DIR: str(store)}

    def run() -> str:
        proc = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env
        )
        assert proc.returncode == 0, proc.stderr
        return proc.stdout.strip()

    assert run() == "['pyparsing', 'ratingbook.dsl.parser']"
    assert run() == "[]"


# ---------------------------------------------------------------------------- size and clearing


def _entry(kept: cache.Cache, name: str, size: int, used: int) -> Path:
    """An entry of about ``size`` bytes, last used at ``used`` (seconds since the epoch)."""
    kept.keep_text("parsed", name, '"' + "x" * size + '"')
    path = kept.root / "parsed" / f"{name}.json"
    os.utime(path, (used, used))
    return path


def test_the_cache_keeps_within_its_limit_removing_the_least_recently_used(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = cache.Cache(store)
    now = 1_000_000_000  # long ago: reading an entry marks it used now
    old, middle, recent = (_entry(kept, n, 1000, now + i) for i, n in enumerate("abc"))
    assert kept.info().entries == 3
    # Reading an entry is using it: it becomes the most recent.
    assert kept.text("parsed", "a") is not None
    assert old.stat().st_mtime > recent.stat().st_mtime
    monkeypatch.setenv(cache.ENV_LIMIT, "3500")  # room for three entries of about 1,100 bytes
    kept.keep_text("parsed", "d", '"' + "x" * 1000 + '"')  # a write prunes: b goes
    assert not middle.exists()
    assert old.exists() and recent.exists()
    info = kept.info()
    assert info.entries == 3 and info.size <= 3500 and info.limit == 3500


def test_after_every_write_the_cache_holds_what_least_recently_used_keeps(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The brute force: after each write, the entries on disk are exactly what removing the
    least recently used until the rest fit leaves, and they fit; whether or not the write
    counted the folder again."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=budget(40), deadline=None)
    @given(
        limit=st.integers(0, 6000),
        sizes=st.lists(st.integers(0, 1500), min_size=1, max_size=14),
    )
    def holds(limit: int, sizes: list[int]) -> None:
        kept = cache.Cache(tmp_path_factory.mktemp("lru"))
        monkeypatch.setenv(cache.ENV_LIMIT, str(limit))
        want: list[tuple[str, int]] = []  # (name, bytes on disk), least recently used first
        for i, size in enumerate(sizes):
            name = f"e{i:02}"
            kept.keep_text("parsed", name, '"' + "x" * size + '"')
            path = kept.root / "parsed" / f"{name}.json"
            if path.exists():  # written now, so the most recent; older ones were set apart
                os.utime(path, (1_000_000_000 + i, 1_000_000_000 + i))
                want.append((name, path.stat().st_size))
            else:  # too large to fit even alone: removed at once
                want.append(
                    (
                        name,
                        len(json.dumps({"format": cache.FORMAT, "payload": "0" * 64}))
                        + 1
                        + size
                        + 2,
                    )
                )
            while sum(b for _, b in want) > limit:
                want.pop(0)
            on_disk = sorted(p.stem for p in (kept.root / "parsed").glob("*.json"))
            assert on_disk == sorted(n for n, _ in want)
            assert kept.info().size <= limit

    holds()


def test_a_run_that_writes_many_entries_counts_the_folder_rarely(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counting the whole folder after every write made a cold run over many framework files
    quadratic: with room to spare, writes are counted as they are made."""
    kept = cache.Cache(store)
    scans = []
    files = cache.Cache._files

    def counted(self: cache.Cache, *kinds: tuple[str, ...]) -> list[tuple[float, int, Path]]:
        scans.append(1)
        return files(self, *kinds)

    monkeypatch.setattr(cache.Cache, "_files", counted)
    for i in range(300):
        kept.keep_text("parsed", f"n{i}", '"' + "x" * 1000 + '"')
    assert len(scans) == 1
    assert cache.Cache(store).info().entries == 300


def test_a_limit_that_is_not_a_number_is_refused_by_the_command(
    run_cli: Callable[..., tuple[int, str, str]], store: Path
) -> None:
    code, _, err = run_cli("cache", "info", env={cache.ENV_LIMIT: "lots"})
    assert code == 2 and "RATINGBOOK_CACHE_MAX_BYTES='lots'" in err


def test_a_run_leaves_the_cache_within_its_limit(
    store: Path, versions: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.ENV_LIMIT, "0")
    assert check_path(versions).ok
    assert cache.Cache(store).info().entries == 0
    assert check_path(versions).ok  # nothing kept, nothing lost


def test_cache_info_and_clear(
    run_cli: Callable[..., tuple[int, str, str]], store: Path, versions: Path
) -> None:
    env = {cache.ENV_DIR: str(store), cache.ENV_OFF: None}
    mine = store / "notes.txt"  # the folder is the user's: only entries are removed
    store.mkdir()
    mine.write_text("keep me", encoding="utf-8")
    check_path(versions)
    count = cache.Cache(store).info().entries
    code, out, _ = run_cli("cache", "info", env=env)
    assert code == 0
    assert f"folder   {store}\n" in out and f"entries  {count}\n" in out
    assert "limit    67,108,864 bytes (64.0 MiB)" in out
    code, out, _ = run_cli("cache", "clear", env=env)
    assert code == 0 and out == f"removed {count} entries from {store}\n"
    assert cache.Cache(store).info().entries == 0 and mine.exists()
    assert sorted(p.name for p in store.iterdir()) == ["notes.txt"]
    code, out, _ = run_cli("cache", "info", env={cache.ENV_OFF: "1"})
    assert code == 0 and "turned off" in out
