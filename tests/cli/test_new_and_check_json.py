"""``ratingbook new`` and ``ratingbook check --format json``, run in-process (conftest's
``run_cli``), as the rest of the command line is: nothing here is what only a real process
shows (tests/cli/test_subprocess.py holds a real ``check`` to what ``run_cli`` prints)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

RunCli = Callable[..., tuple[int, str, str]]


def test_new_writes_a_draft_that_checks_clean(tmp_path: Path, run_cli: RunCli) -> None:
    code, out, err = run_cli("new", "yot-2021", "--based-on", "yot-2020", cwd=tmp_path)
    assert (code, err) == (0, "")
    assert out == (
        "wrote 2021.framework: a draft of yot-2021, based on yot-2020\n"
        "check it with: ratingbook check 2021.framework\n"
    )
    text = (tmp_path / "2021.framework").read_text(encoding="utf-8")
    assert "\nframework yot 2021 " in text and "\n  draft\n  based on yot 2020\n" in text
    code, out, err = run_cli("check", "--strict", "2021.framework", cwd=tmp_path)
    assert (code, err) == (0, "")
    assert out.startswith("2021.framework: ok (yot-2021: 3 domains, 12 standards")
    code, out, err = run_cli("fmt", "--check", "2021.framework", cwd=tmp_path)
    assert code == 0, err


def test_new_never_overwrites_a_file(tmp_path: Path, run_cli: RunCli) -> None:
    target = tmp_path / "mine.framework"
    target.write_text("# my work\n", encoding="utf-8")
    code, out, err = run_cli(
        "new", "yot-2021", "--based-on", "yot-2020", "-o", "mine.framework", cwd=tmp_path
    )
    assert code == 2 and out == ""
    assert err == (
        "error: mine.framework: already exists; nothing was written (name another file with -o)\n"
    )
    assert target.read_text(encoding="utf-8") == "# my work\n"
    assert "Traceback" not in err


def test_new_on_a_local_base_finds_it_by_id(tmp_path: Path, run_cli: RunCli) -> None:
    """In a framework repository, a draft may be based on another of its versions, named by
    file or id, and written anywhere in it; outside one, a base that is not shipped cannot
    be found by its id, so new refuses it, saying why."""
    code, _, err = run_cli("new", "yot-2021", "--based-on", "yot-2020", cwd=tmp_path)
    assert code == 0, err
    code, _, err = run_cli("new", "yot-2022", "--based-on", "2021.framework", cwd=tmp_path)
    assert code == 2 and "a draft finds its base by id, and yot-2021 is not a version known" in err
    assert not (tmp_path / "2022.framework").exists()
    (tmp_path / "ratingbook.toml").write_text('versions = ["."]\n', encoding="utf-8")
    code, out, err = run_cli("new", "yot-2022", "--based-on", "2021.framework", cwd=tmp_path)
    assert code == 0, err
    assert out.startswith("wrote 2022.framework: a draft of yot-2022, based on yot-2021\n")
    code, out, err = run_cli("check", "2022.framework", cwd=tmp_path)
    assert code == 0, out + err
    (tmp_path / "elsewhere").mkdir()
    code, _, err = run_cli(
        "new", "yot-2023", "--based-on", "yot-2021", "-o", "elsewhere/x.framework", cwd=tmp_path
    )
    assert code == 0, err
    code, out, err = run_cli("check", "elsewhere/x.framework", cwd=tmp_path)
    assert code == 0, out + err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["new", "2021", "--based-on", "yot-2020"], "'2021' is not a version id"),
        (["new", "yot-2021", "--based-on", "yot-2019"], "unknown framework 'yot-2019'"),
        (["new", "yot-2020", "--based-on", "yot-2020"], "is the base version itself"),
    ],
)
def test_new_refuses_bad_ids(
    tmp_path: Path, run_cli: RunCli, args: list[str], message: str
) -> None:
    code, out, err = run_cli(*args, cwd=tmp_path)
    assert code == 2 and out == "" and message in err
    assert list(tmp_path.iterdir()) == []


DRAFT = (
    'framework yot 2021 "T"\n'
    "  draft\n"
    "  based on yot 2020\n"
    'key question 2.1.4 "Is education considered?"\n'
    'prompt 2.1.3.d "Is the school consulted?"\n'
    'band 0..49 Inadequate\nband 50..70 "Requires improvement"\nband 65..79 Good\n'
    "band 80..100 Outstanding\n"
)


def test_check_json_gives_every_finding_with_its_place(tmp_path: Path, run_cli: RunCli) -> None:
    (tmp_path / "2021.framework").write_text(DRAFT, encoding="utf-8")
    code, out, err = run_cli("check", "--format", "json", "2021.framework", cwd=tmp_path)
    assert code == 1
    assert err == "error: 1 of 1 framework file failed the check\n"
    data = json.loads(out)
    assert data["format"] == "ratingbook/check-v1" and data["ok"] is False
    (checked,) = data["files"]
    assert {k: checked[k] for k in ("file", "framework", "ok", "errors", "warnings")} == {
        "file": "2021.framework",
        "framework": None,
        "ok": False,
        "errors": 1,
        "warnings": 2,
    }
    findings = checked["findings"]
    assert [(f["line"], f["column"], f["severity"], f["code"]) for f in findings] == [
        (4, 14, "warning", "no-prompts"),
        (5, 8, "warning", "wrong-parent"),
        (7, 1, "error", "band-overlap"),
    ]
    overlap = findings[2]
    assert overlap == {
        "file": "2021.framework",
        "line": 7,
        "column": 1,
        "end": {"line": 7, "column": 35},
        "severity": "error",
        "code": "band-overlap",
        "message": "band 50..70 overlaps 65..79",
        "hint": "each percentage falls in one band: make one end where the other begins, less one",
        "fix": None,
    }
    assert findings[1]["hint"] == (
        "if it belongs to key question 2.1.4, give it the next free id under 2.1.4 (2.1.4.x); "
        "if not, move it under key question 2.1.3"
    )


def test_check_json_of_clean_versions(run_cli: RunCli) -> None:
    code, out, err = run_cli("check", "--format", "json", "--strict", "yot-2018", "yot-2020")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["ok"] is True
    assert [(f["file"], f["framework"], f["findings"]) for f in data["files"]] == [
        ("yot-2018 standards/yot/2018.framework", "yot-2018", []),
        ("yot-2020 standards/yot/2020.framework", "yot-2020", []),
    ]


def test_new_never_writes_among_the_shipped_versions(run_cli: RunCli) -> None:
    target = Path("standards/yot/2021.framework")
    code, out, err = run_cli("new", "yot-2021", "--based-on", "yot-2020", "-o", str(target))
    assert code == 2 and out == ""
    assert "a draft is never kept among the shipped versions" in err
    assert not target.exists()
