"""Nothing lost: how ``fmt`` (the command that rewrites its input) replaces a file, and that
no other command changes the files it reads."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

RunCli = Callable[..., tuple[int, str, str]]

UNFORMATTED = 'framework tiny 1 "T"\n    effective from 2020-01-01\nsource doc "D"\n'
FORMATTED = 'framework tiny 1 "T"\n  effective from 2020-01-01\nsource doc "D"\n'


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.framework"
    path.write_text(UNFORMATTED, encoding="utf-8")
    return path


def test_a_file_is_replaced_whole_keeping_its_mode(run_cli: RunCli, draft: Path) -> None:
    draft.chmod(0o640)
    code, out, _ = run_cli("fmt", str(draft))
    assert code == 0
    assert f"reformatted {draft}" in out
    assert draft.read_text(encoding="utf-8") == FORMATTED
    assert stat.S_IMODE(draft.stat().st_mode) == 0o640
    assert leftovers(draft.parent) == []


def test_a_symlink_is_followed_and_stays_a_link(
    run_cli: RunCli, draft: Path, tmp_path: Path
) -> None:
    link = tmp_path / "link.framework"
    link.symlink_to(draft)
    code, out, _ = run_cli("fmt", str(link))
    assert code == 0
    assert link.is_symlink()
    assert draft.read_text(encoding="utf-8") == FORMATTED  # the target was formatted
    assert "the link's target" in out


def test_a_read_only_file_is_refused_unless_forced(run_cli: RunCli, draft: Path) -> None:
    draft.chmod(0o444)
    code, _, err = run_cli("fmt", str(draft))
    assert code == 2
    assert "is read-only; it was not changed" in err and "--force" in err
    assert draft.read_text(encoding="utf-8") == UNFORMATTED
    code, _, _ = run_cli("fmt", "--force", str(draft))
    assert code == 0
    assert draft.read_text(encoding="utf-8") == FORMATTED
    assert stat.S_IMODE(draft.stat().st_mode) == 0o444  # still read-only


def test_a_hard_linked_file_is_refused_unless_forced(
    run_cli: RunCli, draft: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other-name.framework"
    os.link(draft, other)
    code, _, err = run_cli("fmt", str(draft))
    assert code == 2
    assert "has 1 other hard link(s)" in err
    assert draft.read_text(encoding="utf-8") == UNFORMATTED
    code, _, _ = run_cli("fmt", "--force", str(draft))
    assert code == 0
    assert draft.read_text(encoding="utf-8") == FORMATTED
    assert other.read_text(encoding="utf-8") == UNFORMATTED  # as --force says


def test_a_failed_write_leaves_the_file_and_no_temporary(
    run_cli: RunCli, draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    code, _, err = run_cli("fmt", str(draft))
    assert code == 2
    assert "cannot be written (No space left on device); it was not changed" in err
    assert draft.read_text(encoding="utf-8") == UNFORMATTED
    assert leftovers(draft.parent) == []


def test_an_interrupted_write_leaves_no_temporary(
    run_cli: RunCli, draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(src: object, dst: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    code, _, _ = run_cli("fmt", str(draft))
    assert code == 130
    assert draft.read_text(encoding="utf-8") == UNFORMATTED
    assert leftovers(draft.parent) == []


def test_a_folder_that_cannot_be_written(
    run_cli: RunCli, draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a read-only folder refuses (the tests may run as root, whom permissions do not stop)."""

    def read_only_folder(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", read_only_folder)
    code, _, err = run_cli("fmt", str(draft))
    assert code == 2
    assert f"its folder {draft.parent} does not allow it (Permission denied)" in err
    assert draft.read_text(encoding="utf-8") == UNFORMATTED


def test_a_folder_stands_for_its_framework_files(
    run_cli: RunCli, draft: Path, tmp_path: Path
) -> None:
    (tmp_path / "sub").mkdir()
    second = tmp_path / "sub" / "second.framework"
    second.write_text(UNFORMATTED, encoding="utf-8")
    code, out, _ = run_cli("fmt", str(tmp_path))
    assert code == 0
    assert "2 reformatted, 0 already formatted" in out
    assert second.read_text(encoding="utf-8") == FORMATTED


def test_an_empty_folder_is_said_so(run_cli: RunCli, tmp_path: Path) -> None:
    code, _, err = run_cli("fmt", str(tmp_path))
    assert code == 2
    assert "a folder with no .framework files in it" in err


def test_a_latin1_framework_is_refused_at_its_place(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "x.framework"
    path.write_bytes(b'framework tiny 1 "caf\xe9"\n')
    code, _, err = run_cli("fmt", str(path))
    assert code == 2
    assert "x.framework:1:22: error: not UTF-8 text (byte 0xe9" in err


# ---------------------------------------------------------------------------- no command changes its input


def test_no_command_but_fmt_changes_the_files_it_reads(run_cli: RunCli, tmp_path: Path) -> None:
    names = {
        "d.yaml": Path("standards/yot/inspections/derby-2018.yaml"),
        "w.yaml": Path("standards/yot/inspections/windsor-maidenhead-2020.yaml"),
        "v.framework": Path("standards/yot/2018.framework"),
    }
    for name, source in names.items():
        (tmp_path / name).write_bytes(source.read_bytes())
    expectations = tmp_path / "e.yaml"
    expectations.write_text(
        "format: ratingbook/expectations-v1\ntests:\n  - name: d\n    framework: yot-2018\n"
        "    inspection: d.yaml\n    expect: {overall: {rating: Good}}\n"
    )
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    for args in (
        ["rate", "d.yaml", "w.yaml"],
        ["explain", "d.yaml"],
        ["compare", "--base", "yot-2018", "--candidate", "yot-2020", "."],
        ["test", "e.yaml"],
        ["check", "v.framework"],
        ["fmt", "--check", "v.framework"],
    ):
        code, _, err = run_cli(*args, cwd=tmp_path)
        assert code in (0, 1), (args, err)
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    assert after == before
