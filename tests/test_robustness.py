"""Hostile and careless input: every case ends in a clean message and its exit status.

Each test is one way a user (or a spreadsheet export, or a script) can hand ratingbook
something it cannot use. The command must refuse it with a message that names the file (and
the line and column where there is one) and exit 2, never print a traceback, never hang and
never grow without bound. docs/robustness.md lists the limits these tests hold.

The exit statuses a real process shows (74, 130, 141, 70 from the interpreter's view) are
tested in tests/cli/test_failures.py.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from ratingbook.framework.errors import DiagnosticsError
from ratingbook.framework.loading import files
from tests.conftest import budget

RunCli = Callable[..., tuple[int, str, str]]

HEAD = "format: ratingbook/inspection-v1\nservice: X\nframework: yot-2020\n"


def rate(run_cli: RunCli, tmp_path: Path, text: str | bytes, *args: str) -> tuple[int, str]:
    path = tmp_path / "data.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    code, _, err = run_cli("rate", str(path), *args, cwd=tmp_path)
    return code, err


def refused(run_cli: RunCli, tmp_path: Path, text: str | bytes) -> str:
    code, err = rate(run_cli, tmp_path, text)
    assert code == 2, err
    assert "Traceback" not in err
    return err


# ---------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("counts", "message"),
    [
        ("{relevant: 3.0, yes: 5.0}", 'counts."2.1.1": yes (5) is more than relevant (3)'),
        ("{relevant: 3.5, yes: 2}", "expected a whole number, got 3.5"),
        ("{relevant: 10000000, yes: 2}", "10000000 is out of range (maximum 1000000)"),
        ("{relevant: 1" + "0" * 30 + ", yes: 2}", "a huge number is out of range"),
        ("{relevant: 1" + "0" * 400 + ", yes: 2}", "a huge number is out of range"),
        ("{relevant: 1" + "0" * 5000 + ", yes: 2}", "a number of more than 4,300 digits"),
        ("{percent: .nan}", "expected a whole number, got nan"),
        ("{percent: .inf}", "expected a whole number, got inf"),
        ("{percent: 64.5}", "expected a whole number, got 64.5"),
        ("{percent: 101}", "101 is out of range (maximum 100)"),
        ("{relevant: -1, yes: 0}", "-1 is out of range (minimum 0)"),
        ("{relevant: 3, yes: 2, percent: 67}", "not both"),
    ],
)
def test_counts_are_whole_numbers_in_range(
    run_cli: RunCli, tmp_path: Path, counts: str, message: str
) -> None:
    err = refused(run_cli, tmp_path, f'{HEAD}counts:\n  "2.1.1": {counts}\n')
    assert "data.yaml:5:" in err
    assert message in err


# The other key questions of standard 2.1: a standard the counts cover needs all of them.
REST_OF_21 = '  "2.1.2": {relevant: 3, yes: 3}\n  "2.1.3": {relevant: 3, yes: 3}\n'


def test_counts_written_as_floats_are_whole_numbers(run_cli: RunCli, tmp_path: Path) -> None:
    """3.0 is 3 (spreadsheet exports write counts so): rated as 2 of 3, 67%."""
    code, err = rate(
        run_cli, tmp_path, f"{HEAD}counts:\n{REST_OF_21}" + '  "2.1.1": {relevant: 3.0, yes: 2.0}\n'
    )
    assert code == 0, err
    _, out, _ = run_cli("rate", "--format", "json", str(tmp_path / "data.yaml"))
    assert '"percent": 67' in out


def test_a_float_count_in_a_corpus_does_not_abort_compare(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(f'{HEAD}counts:\n  "2.1.1": {{relevant: 3.0, yes: 5.0}}\n')
    (tmp_path / "b.yaml").write_text(
        f"{HEAD}counts:\n{REST_OF_21}" + '  "2.1.1": {relevant: 3, yes: 2}\n'
    )
    code, out, err = run_cli(
        "compare", "--base", "yot-2018", "--candidate", "yot-2020", str(tmp_path)
    )
    assert code == 2
    assert "yes (5) is more than relevant (3)" in out + err
    assert "1 inspection could not be rated" in err


# ---------------------------------------------------------------------------- dates


@pytest.mark.parametrize("date", ["2020-02-30", "2020-13-45", '"2020-02-30"', "'2021-02-29'"])
def test_impossible_dates_are_refused_at_their_place(
    run_cli: RunCli, tmp_path: Path, date: str
) -> None:
    err = refused(run_cli, tmp_path, f"{HEAD}fieldwork: {date}\n")
    assert "data.yaml:4:12: error:" in err
    assert err.count("error:") == 1  # reported once, however YAML typed it


def test_an_impossible_date_in_an_expectations_file(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "e.yaml"
    path.write_text(
        "format: ratingbook/expectations-v1\ntests:\n  - name: x\n    inspection:\n"
        "      {format: ratingbook/inspection-v1, service: X, fieldwork: 2020-02-30}\n"
        "    expect: {}\n"
    )
    code, out, err = run_cli("test", str(path))
    assert code == 2
    assert "e.yaml:5:65: error: fieldwork: '2020-02-30' is not a date in the calendar" in out


# ---------------------------------------------------------------------------- YAML structure


BOMB = HEAD + "".join(
    f"{b}: &{b} [{', '.join([f'*{a}'] * 9) if a else ', '.join(['x'] * 9)}]\n"
    for a, b in zip(["", *"abcdefgh"], "abcdefghi", strict=True)
)


def test_an_alias_bomb_is_refused_before_it_is_expanded(run_cli: RunCli, tmp_path: Path) -> None:
    assert len(BOMB) < 600
    err = refused(run_cli, tmp_path, BOMB)
    assert "YAML aliases (*name) here make the document more than 100,000 values larger" in err


def test_an_alias_bomb_in_an_expectations_file(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "e.yaml"
    path.write_text(BOMB.replace("ratingbook/inspection-v1", "ratingbook/expectations-v1"))
    code, _, err = run_cli("test", str(path))
    assert code == 2
    assert "YAML aliases" in err


def test_a_few_aliases_as_pyyaml_writes_them_are_read(run_cli: RunCli, tmp_path: Path) -> None:
    """PyYAML's dump writes a value shared by two cases once, with an anchor: that is data."""
    text = (
        HEAD
        + "cases:\n"
        + "  - {id: C1, disposal: court, attributes: &a {safety_factors: false}, answers: {}}\n"
        + "  - {id: C2, disposal: court, attributes: *a, answers: {}}\n"
    )
    code, err = rate(run_cli, tmp_path, text)
    assert "Traceback" not in err
    assert code in (0, 2)
    assert "YAML aliases" not in err


@pytest.mark.parametrize("suffix", ["yaml", "json"])
def test_deep_nesting_is_refused(run_cli: RunCli, tmp_path: Path, suffix: str) -> None:
    deep = "[" * 5000 + "]" * 5000
    text = (
        f'{{"format": "ratingbook/inspection-v1", "service": "X", "note": {deep}}}'
        if suffix == "json"
        else f"{HEAD}note: {deep}\n"
    )
    path = tmp_path / f"deep.{suffix}"
    path.write_text(text)
    code, _, err = run_cli("rate", str(path))
    assert code == 2
    assert "nested more than 64 lists and mappings deep" in err


def test_the_excerpt_of_a_huge_line_is_short(run_cli: RunCli, tmp_path: Path) -> None:
    err = refused(run_cli, tmp_path, f"{HEAD}service: {{a: {'x' * 2_000_000}}}\n")
    assert len(err) < 2_000
    assert "..." in err


def test_a_huge_value_is_quoted_short(run_cli: RunCli, tmp_path: Path) -> None:
    err = refused(run_cli, tmp_path, f"{HEAD}note: [{'x' * 1_000_000}]\n")
    assert len(err) < 2_000


# ---------------------------------------------------------------------------- text


def test_a_nul_byte_is_refused_with_its_position(run_cli: RunCli, tmp_path: Path) -> None:
    err = refused(run_cli, tmp_path, HEAD.encode() + b"note: a\x00b\n")
    assert "data.yaml:4:8: error: control character U+0000" in err


def test_an_escape_character_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    err = refused(run_cli, tmp_path, HEAD + "note: \x1b[31mred\n")
    assert "data.yaml:4:7: error: control character U+001B" in err


def test_the_characters_refused_are_exactly_those_yaml_does_not_allow() -> None:
    # YAML 1.1's printable characters (its spec, 5.1) are what a file may hold: the reading
    # layer refuses exactly the others. Every code point is tried, surrogates included.
    others = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
    every = "".join(map(chr, range(0x110000)))
    refused = {m.start() for m in files.CONTROL.finditer(every)}
    assert refused == {m.start() for m in others.finditer(every)}
    assert 0 in refused and 0x85 not in refused and 0xFFFE in refused and 0x10FFFF not in refused


def test_the_quick_look_at_the_bytes_misses_no_refused_character() -> None:
    # decode searches the text only where its bytes may hold a refused character: each one
    # (every code point CONTROL refuses that UTF-8 can hold) must be seen in any text.
    every = "".join(map(chr, range(0x110000)))
    refused = [m.start() for m in files.CONTROL.finditer(every)]
    for code in refused:
        if 0xD800 <= code <= 0xDFFF:
            continue  # a surrogate is not UTF-8: the bytes are refused before
        data = f"caf\u00e9 {chr(code)} \u2019".encode()
        assert files._may_hold_control(data), hex(code)
        with pytest.raises(DiagnosticsError) as refusal:
            files.decode(data, "x.txt")
        assert f"U+{code:04X}" in refusal.value.diagnostics[0].message
    assert not files._may_hold_control("caf\u00e9 \u2019 \t\r\n \U0010ffff".encode())


def test_latin1_in_a_file_is_refused_with_its_position(run_cli: RunCli, tmp_path: Path) -> None:
    err = refused(run_cli, tmp_path, HEAD.encode() + b"note: caf\xe9\n")
    assert "data.yaml:4:10: error: not UTF-8 text (byte 0xe9" in err


def test_latin1_on_standard_input_is_refused(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real process's stdin carries bytes; run_cli's ``input`` is text, so the bytes are
    put under standard input as the reading layer reads it."""
    import io
    import sys

    latin1 = io.TextIOWrapper(io.BytesIO(HEAD.encode() + b"note: caf\xe9\n"), encoding="utf-8")
    original = files._stdin_bytes

    def with_latin1(limit: int) -> bytes:
        monkeypatch.setattr(sys, "stdin", latin1)
        return original(limit)

    monkeypatch.setattr(files, "_stdin_bytes", with_latin1)
    code, _, err = run_cli("rate", "-")
    assert code == 2
    assert "<stdin>:4:10: error: not UTF-8 text" in err


def test_a_byte_order_mark_is_accepted(run_cli: RunCli, tmp_path: Path) -> None:
    code, err = rate(run_cli, tmp_path, b"\xef\xbb\xbf" + HEAD.encode())
    assert code == 0, err


def test_a_file_over_the_size_limit(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # --max-bytes sets the variable for the process (and its workers): put it back after.
    monkeypatch.setenv(files.MAX_BYTES_ENV, "")
    path = tmp_path / "data.yaml"
    path.write_text(HEAD)
    code, _, err = run_cli("rate", str(path), env={files.MAX_BYTES_ENV: "20"})
    assert code == 2
    assert "larger than the limit of 20 bytes" in err and "--max-bytes" in err
    code, _, err = run_cli("--max-bytes", "20", "rate", str(path), env={files.MAX_BYTES_ENV: None})
    assert code == 2 and "limit of 20 bytes" in err
    code, _, _ = run_cli("--max-bytes", "1000", "rate", str(path), env={files.MAX_BYTES_ENV: "20"})
    assert code == 0


def test_standard_input_over_the_size_limit(run_cli: RunCli) -> None:
    code, _, err = run_cli("rate", "-", input=HEAD * 10, env={files.MAX_BYTES_ENV: "50"})
    assert code == 2
    assert "<stdin>: larger than the limit of 50 bytes" in err


def test_a_bad_size_limit_in_the_environment(run_cli: RunCli) -> None:
    code, _, err = run_cli("rate", "-", input=HEAD, env={files.MAX_BYTES_ENV: "lots"})
    assert code == 2
    assert "RATINGBOOK_MAX_BYTES='lots': expected a positive whole number of bytes" in err


# ---------------------------------------------------------------------------- files that are not files


def test_a_fifo_is_refused_not_waited_on(run_cli: RunCli, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    code, _, err = run_cli("rate", str(fifo))
    assert code == 2
    assert "is a pipe (FIFO), not a regular file" in err


def test_a_device_is_refused_not_read(run_cli: RunCli) -> None:
    code, _, err = run_cli("rate", "/dev/zero")
    assert code == 2
    assert "/dev/zero: is a device, not a regular file" in err


def deny(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """Opening ``target`` fails as for a file without read permission (the tests may run as
    root, whom permissions do not stop)."""
    real_open = os.open

    def fake_open(path: object, *args: object, **kwargs: object) -> int:
        if Path(str(path)).resolve() == target.resolve():
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", fake_open)


def test_an_unreadable_inspection(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "data.yaml"
    path.write_text(HEAD)
    deny(monkeypatch, path)
    code, _, err = run_cli("rate", str(path))
    assert code == 2
    assert "data.yaml: cannot be read (Permission denied)" in err


def test_an_unreadable_inspection_in_a_corpus(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.yaml").write_text(HEAD)
    (tmp_path / "b.yaml").write_text(HEAD)
    deny(monkeypatch, tmp_path / "b.yaml")
    code, out, err = run_cli(
        "compare", "--base", "yot-2018", "--candidate", "yot-2020", str(tmp_path)
    )
    assert code == 2
    assert "b.yaml: cannot be read (Permission denied)" in out + err
    assert "1 could not be rated" in out


def test_an_unreadable_expectations_file_is_not_called_something_else(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "e.yaml"
    path.write_text("format: ratingbook/expectations-v1\ntests: []\n")
    deny(monkeypatch, path)
    code, _, err = run_cli("test", str(path))
    assert code == 2
    assert "e.yaml: cannot be read (Permission denied)" in err
    assert "not an expectations file" not in err


def test_an_unreadable_framework(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "x.framework"
    path.write_text(Path("standards/yot/2018.framework").read_text(encoding="utf-8"))
    deny(monkeypatch, path)
    code, _, err = run_cli("check", str(path))
    assert code == 2
    assert "x.framework: cannot be read (Permission denied)" in err


# ---------------------------------------------------------------------------- expectation values


@pytest.mark.parametrize(
    ("expect", "message"),
    [
        (
            "{overall: {score: 1.5}}",
            "overall.score: expected a whole number from 0 to 1000000, got 1.5",
        ),
        ("{overall: {score: .nan}}", "expected a whole number"),
        ("{overall: {rating: 3}}", "overall.rating: expected a rating name, got 3"),
        ("{standards: [1]}", "expect.standards: expected a mapping from ids"),
        ('{standards: {"2.1": {discretion_eligible: maybe}}}', "expected true or false"),
        ('{key_questions: {"2.1.1": {percent: 101}}}', "from 0 to 100, got 101"),
        ("{overall: {rating: Great}}", "'Great' is not a rating of yot-2018"),
    ],
)
def test_expectation_values_are_validated(
    run_cli: RunCli, tmp_path: Path, expect: str, message: str
) -> None:
    path = tmp_path / "e.yaml"
    path.write_text(
        "format: ratingbook/expectations-v1\ntests:\n  - name: x\n    framework: yot-2018\n"
        f"    inspection: {Path('standards/yot/inspections/derby-2018.yaml').resolve()}\n"
        f"    expect: {expect}\n"
    )
    code, out, err = run_cli("test", str(path))
    assert code == 2, out + err
    assert message in out + err


# ---------------------------------------------------------------------------- widths


@pytest.mark.parametrize("width", ["0", "-5", "19", "wide"])
def test_a_nonsensical_width_is_refused(run_cli: RunCli, width: str) -> None:
    code, out, err = run_cli("--width", width, "frameworks")
    assert code == 2
    assert "Invalid value for '--width'" in err
    assert out == ""


@pytest.mark.parametrize("columns", ["0", "-5", "wide", "5"])
def test_a_nonsensical_columns_is_ignored(run_cli: RunCli, columns: str) -> None:
    code, out, _ = run_cli(
        "rate", "standards/yot/inspections/derby-2018.yaml", env={"COLUMNS": columns}
    )
    assert code == 0
    assert "Governance and leadership" in out


# ---------------------------------------------------------------------------- failures of ratingbook itself


def test_an_interrupt_ends_with_130(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    from ratingbook.framework import api

    def interrupted(path: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(api, "load_inspection", interrupted)
    code, _, err = run_cli("rate", "standards/yot/inspections/derby-2018.yaml")
    assert code == 130
    assert err.strip() == "interrupted"


def test_a_bug_is_one_line_and_status_70(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    from ratingbook.framework import api

    def broken(path: str) -> None:
        raise ZeroDivisionError("made up for this test")

    monkeypatch.setattr(api, "load_inspection", broken)
    code, _, err = run_cli(
        "rate", "standards/yot/inspections/derby-2018.yaml", env={"RATINGBOOK_DEBUG": None}
    )
    assert code == 70
    assert err.count("\n") == 1
    assert "internal error (ZeroDivisionError); this is a bug" in err
    details = Path(err.split("the details are in ")[1].strip())
    try:
        assert "made up for this test" in details.read_text(encoding="utf-8")
        assert "Traceback" in details.read_text(encoding="utf-8")
    finally:
        details.unlink()


def test_a_folder_of_expectations_reports_a_file_it_cannot_load(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """The other files still run; the file is an invalid outcome and the status is 2."""
    good = Path("standards/yot/inspections/derby-2018.yaml").resolve()
    (tmp_path / "good.yaml").write_text(
        "format: ratingbook/expectations-v1\ntests:\n  - name: derby\n    framework: yot-2018\n"
        f"    inspection: {good}\n    expect: {{overall: {{rating: Good}}}}\n"
    )
    (tmp_path / "stray.yaml").write_text("a: 1\n")
    (tmp_path / "latin.yaml").write_bytes(b"format: ratingbook/expectations-v1\n# caf\xe9\n")
    code, out, err = run_cli("test", str(tmp_path))
    assert code == 2
    assert "1 passed, 2 failed" in out
    assert "stray.yaml: expected 'format: ratingbook/expectations-v1' at the top" in out
    assert "latin.yaml:2:6: error: not UTF-8 text" in out
    assert "2 expectations could not be run" in err


def test_an_installed_copy_is_named_by_its_id_and_its_path_in_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shipped version read from an installed copy is 'yot-2020 standards/yot/2020.framework'
    from any folder, never its install path; the id tells it from a checkout's file of the
    same name, which is the user's file and named by its own path."""
    import shutil

    from ratingbook.framework import registry

    installed = tmp_path / "site-packages" / "ratingbook" / "standards"
    shutil.copytree("standards/yot", installed / "yot")
    checkout = Path("standards/yot/2020.framework").resolve()
    monkeypatch.setattr(registry, "standards_root", lambda: installed)
    registry.shipped.cache_clear()
    registry._shipped_by_file.cache_clear()
    try:
        copy = installed / "yot" / "2020.framework"
        assert registry.display_path(copy) == "yot-2020 standards/yot/2020.framework"
        assert registry.display_path(checkout) == "standards/yot/2020.framework"
        monkeypatch.chdir(tmp_path)
        assert registry.display_path(copy) == "yot-2020 standards/yot/2020.framework"
        assert registry.display_path(checkout) == str(checkout)  # outside: as given
    finally:
        monkeypatch.undo()
        registry.shipped.cache_clear()
        registry._shipped_by_file.cache_clear()
    assert registry.display_path(checkout) == "yot-2020 standards/yot/2020.framework"


def test_a_framework_based_on_itself_says_so(run_cli: RunCli, tmp_path: Path) -> None:
    text = Path("standards/yot/2020.framework").read_text(encoding="utf-8")
    assert "  based on yot 2018\n" in text
    path = tmp_path / "2020.framework"
    path.write_text(text.replace("  based on yot 2018\n", "  based on yot 2020\n"))
    code, out, err = run_cli("check", str(path))
    assert code == 1
    assert "a version cannot be based on itself" in out + err
    assert "no file for it beside this one" not in out + err


def test_deep_block_nesting_is_refused_at_its_place(run_cli: RunCli, tmp_path: Path) -> None:
    """300 mappings nested by indentation: within libyaml's own limit, past ratingbook's."""
    deep = "".join(f"{'  ' * i}k:\n" for i in range(300)) + "  " * 300 + "v\n"
    err = refused(
        run_cli,
        tmp_path,
        f"{HEAD}note:\n" + "".join("  " + line for line in deep.splitlines(keepends=True)),
    )
    assert "nested more than 64 lists and mappings deep" in err
    assert "data.yaml:" in err


# ---------------------------------------------------------------------------- counts near the limit


def _reach_by_every_count(
    plan: object, relevant: int, yes: int
) -> dict[int, tuple[int, int, int, str]]:
    """What would move, worked out the plain way: every yes count tried in turn."""
    found: dict[int, tuple[int, int, int, str]] = {}
    for y in range(relevant + 1):
        p = plan.round(y, relevant)  # type: ignore[attr-defined]
        band = plan.band_names[p] if 0 <= p <= 100 else None  # type: ignore[attr-defined]
        if band is None:
            continue
        s = plan.score[band]  # type: ignore[attr-defined]
        cost = abs(y - yes)
        if s not in found or cost < found[s][1]:
            found[s] = (y, cost, p, band)
    return found


@given(relevant=st.integers(1, 400), data=st.data())
@settings(max_examples=budget(60), deadline=None)
def test_what_would_move_by_bisection_is_what_every_count_gives(
    relevant: int, data: st.DataObject
) -> None:
    from ratingbook.framework.loading.frameworks import load_framework
    from ratingbook.framework.plan import compile_framework
    from ratingbook.framework.rules.moves import reach

    plan = compile_framework(load_framework("yot-2020"))
    yes = data.draw(st.integers(0, relevant))
    got = reach(plan.scale, relevant, yes)
    assert {s: (r.yes, r.cost, r.percent, r.band) for s, r in got.items()} == (
        _reach_by_every_count(plan, relevant, yes)
    )


def test_counts_at_the_limit_are_explained_quickly(run_cli: RunCli, tmp_path: Path) -> None:
    """A million relevant cases (the largest count accepted): explained as a small count is,
    without a step per case (what would move) or an exact sum past all patience (how sure)."""
    n = 1_000_000
    counts = "".join(
        f'  "2.1.{i}": {{relevant: {n}, yes: {yes}}}\n' for i, yes in ((1, 649_999), (2, n), (3, 0))
    )
    path = tmp_path / "data.yaml"
    path.write_text(f"{HEAD}counts:\n{counts}")
    code, out, err = run_cli("explain", str(path), "2.1")
    assert code == 0, err
    assert "2.1.1" in out


# ---------------------------------------------------------------------------- folders and workers

EXAMPLE = Path("standards/yot/examples/example-2020.yaml")


def _corpus(folder: Path, names: list[str]) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


def test_an_unreadable_folder_at_any_depth_is_reported(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _corpus(tmp_path, ["a.yaml", "deep/er/b.yaml", "deep/er/locked/c.yaml"])
    locked = (tmp_path / "deep/er/locked").resolve()
    real_scandir = os.scandir

    def fake_scandir(path: object = ".") -> object:
        if Path(str(path)).resolve() == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", fake_scandir)
    deny(monkeypatch, locked)
    code, out, err = run_cli("rate", str(tmp_path), "--jobs", "1")
    assert code == 2
    assert f"{tmp_path}/deep/er/locked: a folder that cannot be read (Permission denied)" in err
    assert "1 of 3 inspections could not be rated" in err
    assert out.count("Exampleshire") == 2


def test_a_folders_files_are_found_whatever_the_case_of_their_suffix(
    run_cli: RunCli, tmp_path: Path
) -> None:
    _corpus(tmp_path, ["a.YAML", "b.Json", "c.YML", "d.yaml"])
    (tmp_path / "b.Json").write_text(
        json.dumps(yaml.safe_load(EXAMPLE.read_text(encoding="utf-8")), default=str),
        encoding="utf-8",
    )
    code, out, err = run_cli("rate", str(tmp_path), "--format", "json", "--jobs", "1")
    assert code == 0, err
    assert [Path(r["inspection"]).name for r in json.loads(out)] == [
        "a.YAML",
        "b.Json",
        "c.YML",
        "d.yaml",
    ]


def test_links_to_folders_are_followed_once(run_cli: RunCli, tmp_path: Path) -> None:
    _corpus(tmp_path, ["real/a.yaml"])
    (tmp_path / "real" / "again").symlink_to("..", target_is_directory=True)  # a loop
    (tmp_path / "linked").symlink_to("real", target_is_directory=True)
    code, out, err = run_cli("rate", str(tmp_path), "--format", "json", "--jobs", "1")
    assert code == 0, err
    assert len(json.loads(out)) == 1


@pytest.mark.parametrize("command", ["rate", "compare"])
def test_a_number_of_5000_digits_in_one_file_stops_no_other(
    run_cli: RunCli, tmp_path: Path, command: str
) -> None:
    _corpus(tmp_path, ["a.yaml", "c.yaml", "d.yaml"])
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    text = json.dumps(data, default=str, indent=1)
    text = text.replace('"cases": [', '"population": {"2": 1' + "0" * 5000 + '},\n"cases": [', 1)
    (tmp_path / "b.json").write_text(text, encoding="utf-8")
    line = text[: text.index('"population"')].count("\n") + 1
    if command == "rate":
        code, out, err = run_cli("rate", str(tmp_path), "--format", "json", "--jobs", "2")
        assert len(json.loads(out)) == 3  # a whole list, the bad file left out
    else:
        args = ("compare", "--base", "yot-2020", "--candidate", "yot-2018", str(tmp_path))
        code, out, err = run_cli(*args, "--format", "json", "--jobs", "2")
        assert len(json.loads(out)["inspections"]) == 4
    assert code == 2
    assert f"b.json:{line}:22: error: a number of more than 4,300 digits" in out + err


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs worker processes started by fork")
def test_a_worker_that_dies_is_reported_with_its_file_and_the_run_finishes(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import signal

    from ratingbook.framework.loading import readers

    _corpus(tmp_path, ["a.yaml", "b.yaml", "kill-me.yaml", "d.yaml", "e.yaml", "f.yaml"])
    real_load = readers.load

    def load(which: object) -> object:
        if Path(str(getattr(which, "path", which))).name == "kill-me.yaml":  # as for an OOM
            os.kill(os.getpid(), signal.SIGKILL)
        return real_load(which)  # type: ignore[arg-type]

    monkeypatch.setattr(readers, "load", load)  # the workers are forked: they see it too
    code, out, err = run_cli("rate", str(tmp_path), "--format", "json", "--jobs", "2")
    assert code == 2, err
    assert err.count("error:") == 2, err
    assert "kill-me.yaml: the worker process rating it stopped (killed by SIGKILL)" in err
    assert len(json.loads(out)) == 5
    args = ("compare", "--base", "yot-2020", "--candidate", "yot-2018", str(tmp_path))
    code, out, err = run_cli(*args, "--jobs", "2")
    assert code == 2
    assert "kill-me.yaml: the worker process rating it stopped (killed by SIGKILL)" in out + err


@pytest.mark.parametrize(
    "args",
    [
        ("rate", ""),
        ("rate", " "),
        ("rate", EXAMPLE.as_posix(), "--framework", ""),
        ("explain", ""),
        ("compare", "--base", "yot-2020", "--candidate", "", EXAMPLE.as_posix()),
        ("check", ""),
        ("fmt", ""),
        ("test", ""),
    ],
)
def test_an_empty_path_is_refused(run_cli: RunCli, args: tuple[str, ...]) -> None:
    code, out, err = run_cli(*args)
    assert code == 2, out + err
    assert "empty" in err


# ---------------------------------------------------------------------------- what a plain value means

CASE = "cases:\n  - id: C1\n    disposal: court\n"


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ('counts:\n  "2.1.1": {relevant: 010, yes: 2}\n', "5:23", "leading zero"),
        ('counts:\n  "2.1.1": {relevant: 0x1F, yes: 2}\n', "5:23", "hexadecimal or octal"),
        ('counts:\n  "2.1.1": {relevant: 0o17, yes: 2}\n', "5:23", "hexadecimal or octal"),
        ('counts:\n  "2.1.1": {relevant: 1:30, yes: 2}\n', "5:23", "expected a whole number"),
        ('counts:\n  "2.1.1": {relevant: 1_000, yes: 2}\n', "5:23", "expected a whole number"),
        ('counts:\n  "2.1.1": {relevant: 0b11, yes: 2}\n', "5:23", "expected a whole number"),
        (CASE + '    answers: {"2.1.1": on}\n', "7:24", "write yes or no"),
        (CASE + '    answers: {"2.1.1": OFF}\n', "7:24", "write yes or no"),
        (CASE + "    attributes: {safety_factors: on}\n", "7:34", "write yes or no"),
        (CASE + '    answers: !!omap {"2.1.1": yes}\n', "7:14", "a YAML tag (!!omap) on a mapping"),
        ("cases: !tally\n  - {id: C1, disposal: court}\n", "4:8", "a YAML tag (!tally) on a list"),
        (CASE + '    answers: {"2.1.1": !!bool "yes"}\n', "7:24", "a YAML tag (!!bool) on a value"),
        ("fieldwork: 2020-06-01T23:30:00+01:00\n", "4:12", "is a date and a time"),
        ("fieldwork: 2020-06-01 10:00\n", "4:12", "is a date and a time"),
        ('fieldwork: "2020-06-01\\n"\n', "4:12", "is not a date like 2020-08-24"),
        ('counts:\n  "2.1.1\\n": {relevant: 3, yes: 2}\n', "5:3", "is not a key question"),
    ],
)
def test_values_never_silently_become_other_figures(
    run_cli: RunCli, tmp_path: Path, text: str, where: str, message: str
) -> None:
    err = refused(run_cli, tmp_path, HEAD + text)
    assert f"data.yaml:{where}: error:" in err and message in err, err
    assert err.count(" error: ") == 1, err  # said once, not again as a value of the wrong kind


@pytest.fixture(scope="module")
def rated_with_answer(
    run_cli: RunCli, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str], object]:
    """The example's overall rating and its standards' with 2.1.1's answer written so, each
    way of writing it rated once for the module (each test compares its answer with the plain
    yes and no: rating those again in every test was three quarters of the module's rates)."""
    folder = tmp_path_factory.mktemp("answers")
    found: dict[str, object] = {}

    def ratings(written: str) -> object:
        if written not in found:
            text = EXAMPLE.read_text(encoding="utf-8")
            path = folder / f"{len(found)}.yaml"
            path.write_text(text.replace('      "2.1.1": yes\n', f'      "2.1.1": {written}\n', 1))
            code, out, err = run_cli("rate", str(path), "--format", "json")
            assert code == 0, err
            data = json.loads(out)
            found[written] = data["overall"], data["standards"]
        return found[written]

    return ratings


@pytest.mark.parametrize(
    "answer", ["yes", "Yes", "YES", "true", "True", "TRUE", '"yes"', "no", "No", "FALSE"]
)
def test_answers_written_yes_no_true_or_false_mean_what_they_always_did(
    rated_with_answer: Callable[[str], object], answer: str
) -> None:
    meant = "no" if answer.strip('"').lower() in ("no", "false") else "yes"
    ratings = rated_with_answer
    assert ratings(answer) == ratings(meant)
    assert ratings("yes") != ratings("no")  # the answer is one the figures show


def test_an_expectations_file_reads_values_by_the_same_rules(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path = tmp_path / "e.yaml"
    path.write_text(
        "format: ratingbook/expectations-v1\ntests:\n  - name: x\n"
        f"    inspection: {Path.cwd() / EXAMPLE}\n"
        '    expect: {key_questions: {"2.1.1": {relevant: 010}}}\n',
        encoding="utf-8",
    )
    code, out, err = run_cli("test", str(path))
    assert code == 2
    assert "e.yaml:5:50: error: 010 is written with a leading zero" in err


@pytest.mark.parametrize("given", ["5", "[a.yaml]", "true", '""', "null"])
def test_an_expectation_whose_inspection_is_no_file_is_a_located_error(
    run_cli: RunCli, tmp_path: Path, given: str
) -> None:
    path = tmp_path / "e.yaml"
    path.write_text(
        "format: ratingbook/expectations-v1\ntests:\n"
        f"  - name: x\n    inspection: {given}\n    expect: {{}}\n"
        f"  - name: y\n    inspection: {Path.cwd() / EXAMPLE}\n    expect: {{}}\n",
        encoding="utf-8",
    )
    code, out, err = run_cli("test", str(path))
    assert code == 2
    assert "e.yaml:4:17: error: tests[0].inspection is" in out
    assert "1 passed, 1 failed" in out  # the other test still ran


def test_a_missing_inspection_in_an_expectations_file_exits_2(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path = tmp_path / "e.yaml"
    path.write_text(
        "format: ratingbook/expectations-v1\ntests:\n"
        "  - name: x\n    inspection: not-there.yaml\n    expect: {}\n",
        encoding="utf-8",
    )
    code, out, err = run_cli("test", str(path))
    assert code == 2
    assert "not-there.yaml: no such inspection file" in out
    assert "1 expectation could not be run" in err


# Text as ratingbook's files may hold it: no control characters (the reading layer refuses
# them) and no line separators but the line feed (YAML folds them in quoted text).
TEXT = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\x85")
)


@settings(max_examples=budget(60), deadline=None, derandomize=True)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(TEXT.filter(bool), inner, max_size=4)
        ),
        max_leaves=12,
    )
)
def test_what_pyyaml_writes_reads_back_the_same(value: object) -> None:
    """Files written by PyYAML (which quotes any text YAML 1.1 would read otherwise) read back
    as written: the rules refuse only what a writer would not write plainly."""
    from ratingbook.dsl.span import Source
    from ratingbook.framework.loading.yaml_guard import load_yaml

    text = yaml.safe_dump({"v": value}, allow_unicode=True)
    assert load_yaml(Source("x.yaml", text)) == {"v": value}


# ---------------------------------------------------------------------------- bounded problems


def test_problems_past_the_cap_are_counted_not_kept(run_cli: RunCli, tmp_path: Path) -> None:
    """A file with a thousand bad cases: the first 200 problems are kept (50 shown), the other
    cases are only counted, and the summary says how many and why."""
    data = {"format": "ratingbook/inspection-v1", "service": "X", "cases": [{}] * 1000}
    path = tmp_path / "data.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run_cli("rate", str(path), cwd=tmp_path)
    assert code == 2, err
    assert err.count(": error: ") == 50
    assert "... and 150 more" in err
    assert "200 problems in the inspection data, and 800 more cases that do not follow" in err


def test_rating_problems_past_the_cap_are_counted_not_kept(run_cli: RunCli, tmp_path: Path) -> None:
    from ratingbook.dsl.diagnostics import MAX_KEPT
    from ratingbook.framework.evaluate.problems import Problems
    from ratingbook.framework.loading.inspections import load_inspection

    cases = "".join(f"  - {{id: C{i}, disposal: court}}\n" for i in range(300))
    path = tmp_path / "data.yaml"
    path.write_text(HEAD + "cases:\n" + cases, encoding="utf-8")
    code, _, err = run_cli("rate", str(path), cwd=tmp_path)
    assert code == 2, err
    # five key questions apply to each case: 1,500 problems, 200 kept, 50 of them shown
    assert "... and 1450 more" in err and "1500 problems with the inspection data" in err
    problems = Problems(load_inspection(str(path)))
    for i in range(MAX_KEPT + 7):
        problems.error("x", "cases", i)
        problems.warn("y", "cases", i)
    assert len(problems.diagnostics()) == 2 * MAX_KEPT  # kept, the rest counted
    assert problems.errors == MAX_KEPT + 7 and problems.more_errors == 7
    assert problems.findings()[-1].message.startswith("... and 7 more warnings")
    message = problems.failure("x").format_message()
    assert message.endswith("207 problems with the inspection data under x"), message


def test_a_syntax_error_in_a_large_file_is_not_read_again(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the limit, the fast reader's own message is given, saying why it is brief
    (PyYAML's reader took a minute and 1.7 GB to word it for a file of 23 MB)."""
    from ratingbook.framework.loading import inspections

    monkeypatch.setattr(inspections, "RETELL_LIMIT", 100)
    cases = "".join(f"  - {{id: C{i}, disposal: court}}\n" for i in range(5))
    err = refused(run_cli, tmp_path, HEAD + "cases:\n" + cases + "  - {id: [broken\n")
    assert "data.yaml:11:1: error: malformed YAML: did not find expected" in err, err
    assert "too large to read again" in err


# ---------------------------------------------------------------------------- what escapes write

ESCAPED = [
    ('service: "X\\u001b]0;pwned\\u0007"\n', "data.yaml:4:10:", "control character U+001B"),
    ('service: "X\\e[31mGood"\n', "data.yaml:4:10:", "control character U+001B"),
    ('service: "X\\x9b"\n', "data.yaml:4:10:", "control character U+009B"),
    ('service: "C\\ud800"\n', "data.yaml:4:10:", "lone surrogate U+D800"),
    ('cases:\n  - {id: "C\\udfff", disposal: court}\n', "data.yaml:5:10:", "lone surrogate"),
    ('cases:\n  - {id: C1, "C\\u0000": 1}\n', "data.yaml:5:14:", "control character U+0000"),
]


@pytest.mark.parametrize(("text", "where", "message"), ESCAPED)
def test_what_an_escape_writes_is_refused_at_its_place(
    run_cli: RunCli, tmp_path: Path, text: str, where: str, message: str
) -> None:
    """An escape can write what the text itself may not hold: a control character (which
    would reach the terminal, Markdown and HTML as it is) or a lone surrogate (which no output
    can write: it ended the run with exit 70)."""
    err = refused(run_cli, tmp_path, HEAD + text)
    assert f"{where} error: " in err and message in err, err
    assert "\x1b" not in err and "\x00" not in err


@pytest.mark.parametrize("escape", ["\\u001b]0;pwned\\u0007", "\\ud800", "\\u009b"])
def test_what_an_escape_writes_in_json_is_refused_at_its_place(
    run_cli: RunCli, tmp_path: Path, escape: str
) -> None:
    path = tmp_path / "data.json"
    path.write_text(
        '{"format": "ratingbook/inspection-v1", "service": "X",\n'
        f' "cases": [{{"id": "C{escape}", "disposal": "court"}}]}}\n',
        encoding="utf-8",
    )
    code, out, err = run_cli("rate", str(path), "--format", "json", cwd=tmp_path)
    assert code == 2 and out == "", err
    assert "data.json:2:19: error: a " in err and "written as an escape" in err, err


def test_an_escape_in_an_expectations_file_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "e.yaml"
    path.write_text(
        'format: ratingbook/expectations-v1\ntests:\n  - name: "x\\u001b[2J"\n'
        f"    inspection: {Path.cwd() / EXAMPLE}\n    expect: {{}}\n",
        encoding="utf-8",
    )
    code, out, err = run_cli("test", str(path))
    assert code == 2
    assert "e.yaml:3:11: error: a control character U+001B" in out + err
    assert "\x1b" not in out + err


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_a_population_past_what_a_float_holds(run_cli: RunCli, tmp_path: Path, fmt: str) -> None:
    """A population of 10^309 is a whole number the schema accepts: the sample it needs is
    worked out as for an unlimited one (the float division ended the run with exit 70)."""
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "fieldwork: 2021-03-15", f'fieldwork: 2021-03-15\npopulation: {{"2": 1{"0" * 309}}}'
    )
    path = tmp_path / "data.yaml"
    path.write_text(text, encoding="utf-8")
    code, out, err = run_cli("explain", str(path), "--format", fmt, cwd=tmp_path)
    assert code == 0, err


# ---------------------------------------------------------------------------- framework text


def _framework(tmp_path: Path, tiny: Callable[..., str], old: str, new: str) -> Path:
    text = tiny()
    assert old in text
    path = tmp_path / "v.framework"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        ("band 80..100 Outstanding", "band 80..1" + "0" * 5000 + " Outstanding", "16:10"),
        (
            "disposal = court\n",
            "disposal = court and boundary_distance <= 1" + "0" * 4400 + "\n",
            "26:68",
        ),
    ],
)
def test_a_number_of_more_than_4300_digits_in_a_framework(
    run_cli: RunCli, tmp_path: Path, tiny: Callable[..., str], old: str, new: str, where: str
) -> None:
    path = _framework(tmp_path, tiny, old, new)
    code, out, err = run_cli("check", str(path))
    assert code == 1, err  # check's findings
    assert f"v.framework:{where}: error: a number of " in err, err
    assert "no figure of a framework is longer than 4,300" in err


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("rating Good score 2", "rating Good score 2\nratingz" + "x" * 1_000_000),
        ("rating Good score 2", "rating G" + "o" * 1_000_000 + "d score 2"),
    ],
)
def test_a_message_quotes_at_most_100_characters_of_a_token(
    run_cli: RunCli, tmp_path: Path, tiny: Callable[..., str], old: str, new: str
) -> None:
    """A megabyte token gave a megabyte message; now any run of more than 200 characters
    without a space is cut to 100 and '...', in messages and notes alike."""
    from ratingbook.dsl.diagnostics import MAX_WORD

    path = _framework(tmp_path, tiny, old, new)
    code, out, err = run_cli("check", str(path))
    assert code == 1
    assert "v.framework:" in err and len(out + err) < 5000, len(out + err)
    for line in (out + err).splitlines():
        assert all(len(word) <= MAX_WORD for word in line.split()), line[:300]


def test_a_line_separator_inside_a_quoted_text_is_part_of_it(
    run_cli: RunCli, tmp_path: Path, tiny: Callable[..., str]
) -> None:
    path = _framework(tmp_path, tiny, '"The document"', '"The\u2028docu\u2029ment\x85"')
    before = path.read_bytes()
    code, out, err = run_cli("check", str(path))
    assert code == 0, out + err
    code, out, err = run_cli("fmt", str(path))
    assert code == 0, out + err
    assert path.read_bytes() == before  # already formatted: the text stays whole


def test_fmt_leaves_a_text_that_says_lines_5_9_as_written(
    run_cli: RunCli, tmp_path: Path, tiny: Callable[..., str]
) -> None:
    path = _framework(tmp_path, tiny, '"The document"', '"The document, lines 5 - 9"')
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("from doc line 1", "from doc lines 1 - 2").replace(
            "from doc line 3", "from doc lines 3- 4"
        ),
        encoding="utf-8",
    )
    code, out, err = run_cli("fmt", str(path))
    assert code == 0, out + err
    formatted = path.read_text(encoding="utf-8")
    assert '"The document, lines 5 - 9"' in formatted  # a text, not a citation
    assert "from doc lines 1-2" in formatted and "from doc lines 3-4" in formatted


# ---------------------------------------------------------------------------- real permissions

_AS_NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def _nobodys_environment(home: Path) -> dict[str, str]:
    """This environment for a process run as 'nobody', with no cache and its own home.

    Without the session's folder of compiled modules (PYTHONPYCACHEPREFIX: made by root for
    root only), where 'nobody' could read none and so compiled every module it imported, the
    installed ones too (about 0.3 s of CPU a run, against 0.1 s); it reads those compiled
    beside their sources, and writes none (PYTHONDONTWRITEBYTECODE), so nothing lands in the
    checkout. Nothing the test checks depends on it: a module runs the same compiled or not.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPYCACHEPREFIX"}
    return {**env, "PYTHONDONTWRITEBYTECODE": "1", "RATINGBOOK_NO_CACHE": "1", "HOME": str(home)}


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0 or shutil.which("setpriv") is None,
    reason="runs ratingbook as another user: needs root and setpriv",
)
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["rate", "locked/sub/d.yaml"], "locked/sub/d.yaml: cannot be read (Permission denied)"),
        (["fmt", "."], ".: a folder that cannot be read; nothing in it was formatted"),
    ],
)
def test_a_path_under_a_folder_that_cannot_be_searched(
    tiny: Callable[..., str], args: list[str], message: str
) -> None:
    """With real permissions, as a user who may not search the folder (root may read
    anything, so the command runs as 'nobody'): a located refusal, exit 2, no traceback."""
    folder = Path(tempfile.mkdtemp(prefix="ratingbook-perm-"))
    try:
        (folder / "locked" / "sub").mkdir(parents=True)
        (folder / "locked" / "sub" / "d.yaml").write_text(HEAD, encoding="utf-8")
        (folder / "locked" / "sub" / "v.framework").write_text(tiny(), encoding="utf-8")
        folder.chmod(0o711)  # searchable, not listable
        (folder / "locked").chmod(0o700)  # neither, for anyone but root
        done = subprocess.run(
            [*_AS_NOBODY, sys.executable, "-m", "ratingbook", *args],
            cwd=folder,
            capture_output=True,
            text=True,
            env=_nobodys_environment(folder),
            timeout=120,
            check=False,
        )
    finally:
        shutil.rmtree(folder)
    assert done.returncode == 2, done.stdout + done.stderr
    assert message in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


# ---------------------------------------------------------------------------- writing and chains


@pytest.mark.parametrize("check", [False, True])
def test_fmt_over_a_folder_goes_on_past_a_file_that_does_not_parse(
    run_cli: RunCli, tmp_path: Path, tiny: Callable[..., str], check: bool
) -> None:
    (tmp_path / "a.framework").write_text('framework x\n  garbage "\n', encoding="utf-8")
    messy = tiny().replace("rating Good score 2", "rating  Good   score 2")
    (tmp_path / "b.framework").write_text(messy, encoding="utf-8")
    (tmp_path / "c.framework").write_text(tiny(), encoding="utf-8")
    code, out, err = run_cli("fmt", *(["--check"] if check else []), str(tmp_path))
    assert code == 2, out + err
    assert "a.framework: does not parse" in err
    assert ("would reformat" if check else "reformatted") in out + err
    assert "b.framework" in out + err
    assert "1 already formatted; 1 could not be formatted (see above)" in err
    fixed = (tmp_path / "b.framework").read_text(encoding="utf-8")
    assert (fixed == messy) is check  # the file after the bad one was formatted


def test_new_on_a_full_disk_leaves_nothing_and_a_second_try_works(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It left an empty file, and the second try said 'already exists'."""
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    target = tmp_path / "2021.framework"
    code, out, err = run_cli("new", "yot-2021", "--based-on", "yot-2020", "-o", str(target))
    assert code == 2, out + err
    assert "cannot be written (No space left on device); nothing was written" in err
    assert list(tmp_path.iterdir()) == []  # no file, no temporary file
    monkeypatch.setattr(os, "fsync", real_fsync)
    code, out, err = run_cli("new", "yot-2021", "--based-on", "yot-2020", "-o", str(target))
    assert code == 0, err
    code, out, err = run_cli("new", "yot-2021", "--based-on", "yot-2020", "-o", str(target))
    assert code == 2 and "already exists; nothing was written" in err


@pytest.mark.parametrize(
    "args",
    [
        ["new", "yot-2021", "--based-on", "yot-2020", "-o", "loop"],
        ["publish", "yot-2020", "-o", "loop"],
    ],
)
def test_a_loop_of_links_as_the_output(run_cli: RunCli, tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "loop").symlink_to("other")
    (tmp_path / "other").symlink_to("loop")
    code, out, err = run_cli(*args, cwd=tmp_path)
    assert code == 2, out + err
    assert "loop: " in err and ("loop of symbolic links" in err or "already exists" in err), err


@pytest.mark.parametrize("command", ["check", "rate"])
def test_a_based_on_chain_deeper_than_32_is_refused(
    run_cli: RunCli, tmp_path: Path, tiny: Callable[..., str], command: str
) -> None:
    # A framework repository keeps the versions, so that each base is found by its id.
    (tmp_path / "ratingbook.toml").write_text('versions = ["."]\n', encoding="utf-8")
    (tmp_path / "1.framework").write_text(tiny(), encoding="utf-8")
    for v in range(2, 41):
        (tmp_path / f"{v}.framework").write_text(
            f'framework tiny {v} "T"\n  effective from {2020 + v}-01-01\n  based on tiny {v - 1}\n',
            encoding="utf-8",
        )
    args = ["--framework", str(tmp_path / "40.framework")]
    if command == "rate":
        data = tmp_path / "d.yaml"
        data.write_text("format: ratingbook/inspection-v1\nservice: X\n", encoding="utf-8")
        code, out, err = run_cli("rate", str(data), *args, cwd=tmp_path)
    else:
        code, out, err = run_cli("check", args[1], cwd=tmp_path)
    assert code == (1 if command == "check" else 2), out + err
    assert "versions are based on one another more than 32 deep" in out + err


# ---------------------------------------------------------------------------- case ids


@pytest.mark.parametrize(
    ("second", "shown"),
    [
        ('"C1 "', "'C1 '"),
        ('" C1"', "' C1'"),
        ('"C\\u200b1"', "'C\\u200b1'"),
        ('"C1\\u2060"', "'C1\\u2060'"),
        ('"\\uff231"', "'Ｃ1'"),
    ],
)
def test_case_ids_that_differ_only_in_how_they_are_written_are_one_id(
    run_cli: RunCli, tmp_path: Path, second: str, shown: str
) -> None:
    """They were counted as two cases: a reader sees the same id twice."""
    text = (
        HEAD + f"cases:\n  - {{id: C1, disposal: court}}\n  - {{id: {second}, disposal: court}}\n"
    )
    err = refused(run_cli, tmp_path, text)
    assert f"data.yaml:6:10: error: cases[1].id: case {shown} is case 'C1' (cases[0])" in err, err


def test_case_ids_in_another_unicode_form_are_one_id(run_cli: RunCli, tmp_path: Path) -> None:
    text = (
        HEAD + 'cases:\n  - {id: "Andr\\u00e9", disposal: court}\n'
        '  - {id: "Andre\\u0301", disposal: court}\n'
    )
    err = refused(run_cli, tmp_path, text)
    assert "data.yaml:6:10: error: cases[1].id: case 'Andre\u0301' is case 'André'" in err, err


def test_no_discretion_message_ends_in_an_empty_list() -> None:
    """'none of the policy's conditions holds: )' was said when no rule could be tested."""
    from ratingbook.framework.evaluate.discretion import none_holds
    from ratingbook.framework.result import Discretion

    said = none_holds(Discretion(in_policy=True, eligible=False, measures={}))
    assert said == "no condition of the policy could be tested"


@pytest.mark.parametrize("second", ['"C1 "', "C\u200b1", "\uff231"])
def test_case_ids_of_a_long_table_are_compared_as_a_reader_sees_them(
    run_cli: RunCli, tmp_path: Path, second: str
) -> None:
    (tmp_path / "t.csv").write_text(
        f"inspection,case,item,answer,disposal\nx,C1,2.1.1,yes,court\nx,{second},2.1.2,yes,court\n",
        encoding="utf-8",
    )
    (tmp_path / "t.inspections.csv").write_text(
        "inspection,key,item,field,value\nx,service,,,X\nx,framework,,,yot-2020\n",
        encoding="utf-8",
    )
    code, _, err = run_cli("rate", str(tmp_path / "t.csv"), cwd=tmp_path)
    assert code == 2, err
    assert "t.csv:3:3: error: case " in err and "is case 'C1' (line 2) written another way" in err


def test_a_loop_of_links_as_a_cited_source_or_a_base(
    run_cli: RunCli, tmp_path: Path, tiny: Callable[..., str]
) -> None:
    """A cited document that is a loop of links is a warning at the source that names it;
    a base version's file that is one is named in the refusal of the version based on it."""
    cited = tiny().replace(
        'source doc "The document"\n', 'source doc "The document"\n  file "doc.txt"\n'
    )
    (tmp_path / "v.framework").write_text(cited, encoding="utf-8")
    (tmp_path / "doc.txt").symlink_to("doc.txt")
    code, out, err = run_cli("check", str(tmp_path / "v.framework"))
    assert code == 0, out + err
    assert "source doc names the file 'doc.txt', which cannot be read [bad-citation]" in out + err
    (tmp_path / "ratingbook.toml").write_text('versions = ["."]\n', encoding="utf-8")
    (tmp_path / "2.framework").write_text(
        'framework tiny 2 "T"\n  effective from 2021-01-01\n  based on tiny 1\n', encoding="utf-8"
    )
    (tmp_path / "1.framework").symlink_to("1.framework")
    (tmp_path / "v.framework").unlink()
    code, out, err = run_cli("check", str(tmp_path / "2.framework"), cwd=tmp_path)
    assert code in (1, 2), out + err
    assert "1.framework" in out + err and "Traceback" not in out + err
    # in a framework repository, the loop is a file no version could be read from
    assert "1.framework: no version read from it" in out + err, out + err
