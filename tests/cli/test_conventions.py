"""Command-line conventions: global options anywhere, NO_COLOR and FORCE_COLOR, no trailing
spaces in a pipe, examples in every ``--help``, narrow terminals, words in the plural."""

from __future__ import annotations

import re
import shlex
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from ratingbook.framework.cli import cli
from ratingbook.framework.render.theme import color_wanted, trim_line, trim_lines

RunCli = Callable[..., tuple[int, str, str]]

WM = "standards/yot/inspections/windsor-maidenhead-2020.yaml"
EXAMPLE = "standards/yot/examples/example-2020.yaml"
ESCAPE = "\x1b["
REPO = Path(__file__).resolve().parents[2]

# One run of every command that prints text, as a person types it.
TEXT_RUNS: dict[str, list[str]] = {
    "frameworks": ["frameworks"],
    "check": ["check", "yot-2020"],
    "rate": ["rate", WM],
    "rate-corpus": ["rate", "standards/yot/inspections/", "--jobs", "1"],
    "explain": ["explain", WM, "2.2"],
    "diff": ["diff", "yot-2018", "yot-2020"],
    "compare": [
        "compare",
        "--base",
        "yot-2018",
        "--candidate",
        "yot-2020",
        "standards/yot/inspections/",
        "--jobs",
        "1",
    ],
    "test": ["test", "standards/yot/", "-v"],
    "fmt": ["fmt", "--check", "standards/yot/2020.framework"],
}


# ---------------------------------------------------------------------------- global options


@pytest.mark.parametrize("name", sorted(TEXT_RUNS))
def test_global_options_work_after_the_command_name(run_cli: RunCli, name: str) -> None:
    args = TEXT_RUNS[name]
    before = run_cli("--width", "70", "--no-color", *args)
    after = run_cli(*args, "--width", "70", "--no-color")
    assert after[0] == before[0], after[2]
    assert re.sub(r"in \d+\.\d+s", "", after[1]) == re.sub(r"in \d+\.\d+s", "", before[1])


# A line of the audit header naming a file with its hash is never wrapped, at any width.
AUDIT_FILE = re.compile(r"^\S.* sha256:(?:[0-9a-f]{12}|unknown)$")


def wrapped(out: str) -> list[str]:
    """The lines of an output that are laid out at the width: all but the audit header's
    file lines."""
    return [line for line in out.splitlines() if not AUDIT_FILE.match(line)]


def test_a_width_after_the_command_wins_over_one_before(run_cli: RunCli) -> None:
    _, narrow, _ = run_cli("--width", "200", "rate", WM, "--width", "60")
    assert max(map(len, wrapped(narrow))) <= 60


# ---------------------------------------------------------------------------- colour


@pytest.mark.parametrize(
    ("flag", "env", "wanted"),
    [
        (False, {}, None),
        (False, {"NO_COLOR": "1"}, False),
        (False, {"NO_COLOR": ""}, None),  # no-color.org: set and not empty
        (False, {"FORCE_COLOR": "1"}, True),
        (False, {"FORCE_COLOR": "0"}, True),  # force-color.org: any value but empty
        (False, {"FORCE_COLOR": ""}, None),
        (False, {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),
        (True, {"FORCE_COLOR": "1"}, False),
    ],
)
def test_colour_follows_the_option_then_no_color_then_force_color(
    flag: bool, env: dict[str, str], wanted: bool | None
) -> None:
    assert color_wanted(flag, env) is wanted


# In this process: its streams are pipes, as a real process's are here. tests/cli/test_terminal.py
# runs the same choices (neither variable, FORCE_COLOR, both, the option) in real processes, on
# pipes and on terminals, and holds a real process's colour on each stream to what they say.
@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        (["rate", WM], {"NO_COLOR": None, "FORCE_COLOR": None}, False),  # a pipe: no colour
        (["rate", WM], {"NO_COLOR": None, "FORCE_COLOR": "1"}, True),
        (["rate", WM], {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),
        (["rate", WM, "--no-color"], {"NO_COLOR": None, "FORCE_COLOR": "1"}, False),
        (["explain", WM, "2.2"], {"NO_COLOR": None, "FORCE_COLOR": "1"}, True),
    ],
)
def test_no_color_and_force_color_in_a_pipe(
    run_cli: RunCli, args: list[str], env: dict[str, str | None], coloured: bool
) -> None:
    code, out, err = run_cli(*args, env=env)
    assert code == 0, err
    assert (ESCAPE in out) is coloured
    # Coloured or not, a pipe gets no padding at the ends of lines.
    assert not [line for line in out.splitlines() if trim_line(line) != line]


# ---------------------------------------------------------------------------- trailing spaces


@pytest.mark.parametrize("name", sorted(TEXT_RUNS))
def test_piped_text_has_no_trailing_spaces(run_cli: RunCli, name: str) -> None:
    for width in ("60", "100"):
        _, out, err = run_cli("--width", width, *TEXT_RUNS[name])
        padded = [line for line in (out + err).splitlines() if line != line.rstrip()]
        assert not padded, padded[:3]


def test_trimming_keeps_style_codes_and_inner_spaces() -> None:
    assert trim_line("a  b   \x1b[0m  ") == "a  b\x1b[0m"
    assert trim_line("\x1b[1m  x \x1b[0m") == "\x1b[1m  x\x1b[0m"
    assert trim_lines("a \nb  \n") == "a\nb\n"


def test_the_api_report_has_no_trailing_spaces() -> None:
    from ratingbook import evaluate, load_framework, load_inspection
    from ratingbook.framework.api import report

    result = evaluate(load_framework("yot-2020"), load_inspection(WM))
    text = report(result, width=100)
    assert all(line == line.rstrip() for line in text.splitlines())


# ---------------------------------------------------------------------------- help


def _examples(help_text: str) -> list[str]:
    _, _, tail = help_text.partition("Examples:")
    return [line.strip() for line in tail.splitlines() if line.strip().startswith("ratingbook")]


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_help_shows_examples_that_run(run_cli: RunCli, command: str, tmp_path: Path) -> None:
    code, out, _ = run_cli(command, "--help")
    assert code == 0
    before = _checkout_state()
    examples = _examples(out)
    assert examples, f"ratingbook {command} --help shows no examples"
    for example in examples:
        words = shlex.split(example)
        assert words[:2] == ["ratingbook", command], example
        if any(w in ("|", ">") for w in words) or not all(
            Path(w).exists() for w in words[2:] if "/" in w or w.endswith((".yaml", ".framework"))
        ):
            continue  # writes a file, reads a pipe, or names the reader's own file
        status, _, err = run_cli(*words[1:], cwd=_beside_the_checkout(tmp_path))
        assert status in (0, 1), f"{example}: {err}"
        assert "Traceback" not in err
    assert _checkout_state() == before, f"ratingbook {command}'s examples wrote into the checkout"


def _checkout_state() -> str:
    """What git sees changed or added in the checkout (empty outside a git checkout)."""
    try:
        return subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=all"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return ""


def _beside_the_checkout(tmp_path: Path) -> Path:
    """A folder that holds links to the checkout's top-level folders: an example reads the
    shipped files by the paths it shows, and anything it writes lands here, not in the
    checkout."""
    for entry in REPO.iterdir():
        link = tmp_path / entry.name
        if entry.is_dir() and not entry.name.startswith(".") and not link.exists():
            link.symlink_to(entry, target_is_directory=True)
    return tmp_path


def test_the_top_level_help_names_the_conventions(run_cli: RunCli) -> None:
    _, out, _ = run_cli("--help")
    assert "NO_COLOR" in out and "FORCE_COLOR" in out
    assert "before or after the command" in out


# ---------------------------------------------------------------------------- narrow terminals


@pytest.mark.parametrize("width", [40, 60, 80, 100])
def test_a_narrow_ratings_table_wraps_instead_of_dropping_columns(
    run_cli: RunCli, width: int
) -> None:
    code, out, _ = run_cli("--width", str(width), "rate", WM)
    assert code == 0
    assert max(len(line) for line in wrapped(out)) <= width
    flat = " ".join(out.split())
    # Every figure of every column is there, whatever the width: 2.2's score, banded
    # rating, what set it, and the mark.
    for shown in ("Requires improvement", "Inadequate", "2.2.1: 33% (1/3)", "23/36", "◆", "◇"):
        assert shown in flat, (width, shown)
    assert "inspector judgement" in flat


def _short_hash(path: str) -> str:
    import hashlib

    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]


@pytest.mark.parametrize("width", [20, 40, 60, 200])
@pytest.mark.parametrize("command", ["rate", "explain", "diff", "show", "compare", "test"])
def test_the_audit_header_keeps_each_path_beside_its_hash_at_any_width(
    run_cli: RunCli, width: int, command: str
) -> None:
    """One line per file: its role, version, path and hash, whole at every width."""
    args = {
        "rate": ["rate", WM],
        "explain": ["explain", WM, "2.2"],
        "diff": ["diff", "yot-2018", "yot-2020", "--summary"],
        "show": ["show", "yot-2020", "--standard", "2.2"],
        "compare": ["compare", "--base", "yot-2018", "--candidate", "yot-2020", WM],
        "test": ["test", "standards/yot/expectations/published.yaml"],
    }[command]
    _, out, _ = run_cli("--width", str(width), "--no-color", *args)
    files = [line for line in out.splitlines() if AUDIT_FILE.match(line)]
    own, base = (
        f"yot-{v} standards/yot/{v}.framework sha256:{_short_hash(f'standards/yot/{v}.framework')}"
        for v in ("2020", "2018")
    )
    assert any(line.endswith(f" {own}") for line in files), out
    assert f"based on {base}" in files
    # No file's hash lands on a line of its own, nor beside another file's path.
    for line in out.splitlines():
        assert not re.match(r"^\s*sha256:", line), line
        assert line.count("sha256:") <= 1, line


@pytest.mark.parametrize("width", [40, 60])
def test_a_narrow_frameworks_table_folds_rather_than_cuts(run_cli: RunCli, width: int) -> None:
    _, out, _ = run_cli("--width", str(width), "frameworks")
    assert "…" not in out


# ---------------------------------------------------------------------------- wording


def test_counts_are_in_the_plural_only_when_more_than_one(run_cli: RunCli) -> None:
    outputs = [
        run_cli("explain", EXAMPLE)[1],
        run_cli("explain", WM)[1],
        run_cli(*TEXT_RUNS["compare"])[1],
        run_cli("compare", "--base", "yot-2020", "--candidate", "yot-2020", WM)[1],
    ]
    for out in outputs:
        assert not re.search(r"(?<![\d.])1 (cases|judgements|points|inspections|ratings)\b", out)
        assert "(s)" not in out
    assert "1 of 1 inspection affected" not in outputs[3]  # 0 of 1 here
    assert "0 of 1 inspection affected: 0 ratings up" in outputs[3]


def test_the_overall_rating_is_named_once_in_a_comparison(run_cli: RunCli) -> None:
    _, out, _ = run_cli(
        "compare",
        "--base",
        "yot-2020",
        "--candidate",
        "docs/examples/good-from-70.framework",
        "standards/yot/inspections/",
    )
    assert "Overall rating: Good → Requires improvement" in out
    assert "overall Overall" not in out


def test_the_markdown_table_keeps_the_discretion_marks(run_cli: RunCli) -> None:
    _, out, _ = run_cli("rate", WM, "--format", "markdown")
    assert "| Requires improvement ◆ |" in out
    assert "| Good ◇ |" in out


@pytest.mark.parametrize("width", [40, 60, 80, 100])
def test_a_narrow_summary_wraps_instead_of_dropping_columns(run_cli: RunCli, width: int) -> None:
    code, out, _ = run_cli("--width", str(width), "explain", EXAMPLE, "--depth", "1")
    assert code == 0
    assert max(len(line) for line in wrapped(out)) <= width
    words = set(out.split())
    # What set 2.2, what would move it and how sure it is, whatever the width (a wide table
    # wraps each cell in its column, so the words are checked, not the phrases).
    for shown in ("(14/22)", "(2.2.2)", "43-80%"):
        assert shown in words, (width, shown)
    assert "How sure" in out or "how sure:" in out
