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


# ---------------------------------------------------------------------------- fmt --diff


def _patched(folder: Path, diff: str) -> None:
    """Apply a unified diff as a user would, with ``patch -p0`` run where fmt was run."""
    import shutil
    import subprocess

    if shutil.which("patch") is None:
        pytest.skip("needs the patch program, to apply the diff as a user would")
    done = subprocess.run(
        ["patch", "-p0", "--quiet"], input=diff, text=True, cwd=folder, capture_output=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    "text",
    [
        UNFORMATTED,
        UNFORMATTED.replace("    effective", "\teffective"),  # a tab stays a tab in the diff
        UNFORMATTED.removesuffix("\n"),  # no line end at the end of the file
    ],
    ids=["spaces", "tab", "no-final-line-end"],
)
def test_diff_changes_nothing_and_patch_applies_it_as_fmt_would(
    run_cli: RunCli, tmp_path: Path, text: str
) -> None:
    """``--diff`` writes nothing, exits 1, and prints the change as a unified diff naming the
    file as given: applied with ``patch -p0``, the file is what ``fmt`` itself writes."""
    draft = tmp_path / "tiny.framework"
    draft.write_bytes(text.encode("utf-8"))
    before = draft.stat()
    code, out, err = run_cli("fmt", "--diff", "tiny.framework", cwd=tmp_path)
    assert code == 1
    assert err == "error: 1 file would be reformatted, 0 already formatted\n"
    assert draft.read_bytes() == text.encode("utf-8")
    assert draft.stat().st_mtime_ns == before.st_mtime_ns
    assert out.startswith("--- tiny.framework\n+++ tiny.framework\n@@ ")
    _patched(tmp_path, out)
    assert draft.read_text(encoding="utf-8") == FORMATTED
    assert run_cli("fmt", "--check", "tiny.framework", cwd=tmp_path)[0] == 0


def test_diff_of_formatted_files_is_empty(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "tiny.framework").write_text(FORMATTED, encoding="utf-8")
    code, out, err = run_cli("fmt", "--diff", "tiny.framework", cwd=tmp_path)
    assert (code, out, err) == (0, "", "0 reformatted, 1 already formatted\n")


def test_diff_is_coloured_only_where_colour_is_wanted(run_cli: RunCli, draft: Path) -> None:
    """On a pipe the diff is plain (patch reads it); FORCE_COLOR colours the added and
    removed lines, each line still whole."""
    _, plain, _ = run_cli("fmt", "--diff", str(draft))
    assert "\x1b[" not in plain
    _, coloured, _ = run_cli(
        "fmt", "--diff", str(draft), env={"FORCE_COLOR": "1", "NO_COLOR": None}
    )
    assert "\x1b[31m-    effective from 2020-01-01\x1b[0m\n" in coloured
    assert "\x1b[32m+  effective from 2020-01-01\x1b[0m\n" in coloured
