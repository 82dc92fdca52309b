"""Fuzzing: hostile and careless documents through the real entry points.

Property: whatever the input, a command ends in success, findings or a clean refusal, with a
documented exit status (0, 1, 2 or 3), and never with a traceback. The in-process runs
(conftest's ``run_cli``) set ``RATINGBOOK_DEBUG``, so an internal error (status 70 in a real
process) raises here and fails the test with its traceback; a real-process sample checks the
same for a whole folder of hostile files under a memory limit and a timeout.

The documents are built from the shipped ones and then damaged, at two levels:

- **values**: a value anywhere in the document replaced by a float, NaN, an infinity, a huge
  or negative number, an impossible date, a string, a list, a deeply nested list, null, a
  flag; an unknown id or key added;
- **text**: the YAML or JSON text with a line deleted, duplicated (duplicate keys) or swapped,
  truncated, a control character or a latin-1 byte inserted, an alias bomb added, a byte
  order mark put first.

Framework text (the tiny test framework and the shipped versions) is damaged the same way at
the level of lines and tokens, and checked and formatted.

Profiles (docs/robustness.md): the short one runs in the normal ``python -m pytest`` (a few
seconds); the long one runs with ``RATINGBOOK_FUZZ=long python -m pytest tests/test_fuzz.py``.
``RATINGBOOK_FUZZ_EXAMPLES=N`` sets the examples per test for either.
"""

from __future__ import annotations

import copy
import functools
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import LONG, budget, subprocess_env, tiny_framework
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

RunCli = Callable[..., tuple[int, str, str]]

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = int(os.environ.get("RATINGBOOK_FUZZ_EXAMPLES", "0")) or budget(12, long=1500)
DOCUMENTED = {0, 1, 2, 3}

FUZZ = settings(
    max_examples=EXAMPLES,
    # Each input must finish quickly: a hang or a blow-up shows as a deadline failure.
    deadline=timedelta(seconds=10),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=not LONG,
    database=None,
)

SHIPPED_DATA = [
    REPO / "standards/yot/inspections/windsor-maidenhead-2020.yaml",
    REPO / "standards/yot/inspections/derby-2018.yaml",
]


# libyaml's safe loader where PyYAML has it: the same documents as yaml.safe_load, read when
# every pytest worker collects this module, several times faster.
SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _small_example() -> dict[str, Any]:
    """The made-up example with a few of its cases: the shape of case data, quickly rated."""
    text = (REPO / "standards/yot/examples/example-2020.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=SAFE_LOADER)
    data["cases"] = data["cases"][:3] + data["cases"][30:32]
    return dict(data)


def _plain(doc: Any) -> Any:
    """A document as JSON can hold it (dates as text)."""
    return json.loads(json.dumps(doc, default=str))


BASES: list[dict[str, Any]] = [
    _plain(yaml.load(p.read_text(encoding="utf-8"), Loader=SAFE_LOADER)) for p in SHIPPED_DATA
] + [_plain(_small_example())]

# ---------------------------------------------------------------------------- hostile values

HOSTILE_VALUES: list[Any] = [
    3.0,
    3.5,
    float("nan"),
    float("inf"),
    -float("inf"),
    -1,
    0,
    10**7,
    10**30,
    10**400,
    "",
    "x" * 10_000,
    "2020-02-30",
    "2020-13-45",
    "Great",
    "2.9.9",
    None,
    True,
    False,
    [],
    {},
    [1, [2, [3]]],
    {"relevant": 3.0, "yes": 5.0},
    {"percent": float("nan")},
    {"rating": "Great", "reason": ""},
]


def hostile_value(rnd: random.Random) -> Any:
    """One of HOSTILE_VALUES, a copy: a document may be changed after (keys added)."""
    return copy.deepcopy(rnd.choice(HOSTILE_VALUES))


def _deep(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a document: mapping keys and list indexes."""
    found = [path]
    if isinstance(value, dict):
        for k, v in value.items():
            found += _paths(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _paths(v, (*path, i))
    return found


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = doc
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = value
    return doc


def damage_values(doc: Any, rnd: random.Random) -> Any:
    """A copy of a document with a few values replaced, keys added or ids made unknown."""
    doc = _plain(doc)  # a deep copy
    for _ in range(rnd.randint(1, 3)):
        places = _paths(doc)
        where = rnd.choice(places)
        kind = rnd.random()
        if kind < 0.6:
            doc = _set(doc, where, hostile_value(rnd))
        elif kind < 0.7:
            doc = _set(doc, where, _deep(rnd.choice([10, 70, 200])))
        else:
            target = doc
            for part in where:
                target = target[part]
            if isinstance(target, dict):
                key = rnd.choice(["9.9.9", "2.1.1.z", "unknown", "1.1", "", "relevant"])
                target[key] = hostile_value(rnd)
    return doc


# ---------------------------------------------------------------------------- hostile text

BOMB = "".join(
    f"b{i}: &b{i} [{', '.join([f'*b{i - 1}'] * 9) if i else ', '.join(['x'] * 9)}]\n"
    for i in range(9)
)


def dump(doc: Any, rnd: random.Random) -> tuple[str, str]:
    """A document as YAML or JSON text, and its file suffix."""
    if rnd.random() < 0.3:
        return json.dumps(doc, indent=rnd.choice([None, 2, "\t"])), ".json"
    return yaml.safe_dump(
        doc, sort_keys=False, allow_unicode=True, width=rnd.choice([80, 10**6])
    ), ".yaml"


def damage_text(text: str, rnd: random.Random) -> bytes:
    """The text with lines deleted, duplicated or swapped, bytes inserted, or truncated."""
    lines = text.splitlines(keepends=True) or [""]
    for _ in range(rnd.randint(0, 2)):
        i = rnd.randrange(len(lines))
        kind = rnd.random()
        if kind < 0.25:
            del lines[i]
            lines = lines or [""]
        elif kind < 0.5:
            lines.insert(i, lines[i])  # a key given twice
        elif kind < 0.65:
            j = rnd.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif kind < 0.8:
            at = rnd.randint(0, len(lines[i]))
            stray = rnd.choice(
                ["\x00", "\x1b", "\x7f", "\ufffe", '"', "'", "[", "{", "&a ", "*a", ": "]
            )
            lines[i] = lines[i][:at] + stray + lines[i][at:]
        elif kind < 0.9:
            lines.insert(i, BOMB)
        else:  # nesting far past any limit, as text (PyYAML could not even write it)
            lines.insert(i, "deep: " + "[" * 3000 + "]" * 3000 + "\n")
    out = "".join(lines)
    if rnd.random() < 0.1:
        out = out[: rnd.randint(0, len(out))]
    data = out.encode("utf-8")
    kind = rnd.random()
    if kind < 0.05:
        data = out.encode("latin-1", "replace") + b"caf\xe9\n"
    elif kind < 0.1:
        data = b"\xef\xbb\xbf" + data
    return data


def hostile_inspection(rnd: random.Random) -> tuple[bytes, str]:
    doc = rnd.choice(BASES)
    if rnd.random() < 0.85:
        doc = damage_values(doc, rnd)
    text, suffix = dump(doc, rnd)
    return damage_text(text, rnd), suffix


def hostile_expectations(rnd: random.Random) -> bytes:
    inline = damage_values(_small_example(), rnd) if rnd.random() < 0.5 else None
    expect = {
        "overall": {"rating": "Good", "score": 19},
        "standards": {"2.1": {"rating": "Good", "discretion_eligible": False}},
        "key_questions": {"2.1.1": {"percent": 67, "band": "Good", "relevant": 3, "yes": 2}},
    }
    doc = {
        "format": "ratingbook/expectations-v1",
        "tests": [
            {
                "name": "fuzzed",
                "framework": "yot-2020",
                "inspection": inline or str(SHIPPED_DATA[0]),
                "expect": damage_values(expect, rnd),
            }
        ],
    }
    if rnd.random() < 0.5:
        doc = damage_values(doc, rnd)
    text = yaml.safe_dump(doc, sort_keys=False)
    return damage_text(text, rnd)


FRAMEWORK_TOKENS = ["0", "-1", "101", "99999999999999999999", '"', "..", "where", "band", "@", "\t"]


# Valid programs to damage: the tiny test framework (quick to check) and the shipped versions
# (2020 is written as changes to 2018, which it finds among the shipped ones).
FRAMEWORK_BASES = [
    tiny_framework(),
    (REPO / "standards/yot/2018.framework").read_text(encoding="utf-8"),
    (REPO / "standards/yot/2020.framework").read_text(encoding="utf-8"),
]


def hostile_framework(rnd: random.Random) -> bytes:
    text = FRAMEWORK_BASES[0] if rnd.random() < 0.7 else rnd.choice(FRAMEWORK_BASES[1:])
    lines = text.splitlines(keepends=True)
    for _ in range(rnd.randint(1, 3)):
        i = rnd.randrange(len(lines))
        words = lines[i].split(" ")
        kind = rnd.random()
        if kind < 0.4 and len(words) > 1:
            j = rnd.randrange(len(words))
            words[j] = rnd.choice(FRAMEWORK_TOKENS)
            lines[i] = " ".join(words)
            if not lines[i].endswith("\n"):
                lines[i] += "\n"
        elif kind < 0.55 and len(words) > 1:
            del words[rnd.randrange(len(words))]
            lines[i] = " ".join(words)
        elif kind < 0.7:
            # Tabs for spaces, or a tab at the end of the line (a tab after a citation once
            # crashed the checker).
            if rnd.random() < 0.5:
                lines[i] = lines[i].replace(" ", "\t", rnd.randint(1, 3))
            else:
                lines[i] = lines[i].rstrip("\n") + "\t\n"
        else:
            return damage_text("".join(lines), rnd)
    return "".join(lines).encode("utf-8")


# ---------------------------------------------------------------------------- long tables

HOSTILE_CELLS = [
    "",
    " ",
    "Yes ",
    "n/a",
    "=cmd|' /C calc'!A0",
    "'=x",
    "@SUM(A1)",
    "-1",
    "+3",
    "1e400",
    "010",
    "1,5",
    "3.5",
    "9" * 5000,
    "x" * 10_000,
    '"',
    'a"b',
    "a\nb",
    "\x00",
    "\x1b",
    "é",
    "2.9.9",
    "2.1.1",
    "C01",
    "yes",
]


@functools.cache
def _table_bases() -> tuple[str, str]:
    """A small long table and its inspections file: two inspections with cases, reasons and
    notes, and one of published counts (exported by ratingbook itself)."""
    from ratingbook.framework.loading.export import export

    with tempfile.TemporaryDirectory() as folder:
        small = Path(folder) / "small.yaml"
        small.write_text(yaml.safe_dump(_small_example(), sort_keys=False), encoding="utf-8")
        done = export(
            [
                str(small),
                str(REPO / "docs/examples/provenance.yaml"),
                str(REPO / "standards/yot/inspections/derby-2018.yaml"),
            ],
            Path(folder) / "t.csv",
        )
        return done.table.read_text("utf-8"), done.side.read_text("utf-8")


def damage_table(text: str, rnd: random.Random) -> bytes:
    """A CSV text with cells replaced by hostile ones, rows deleted, repeated, swapped,
    shortened or lengthened, header cells renamed, blank lines; then its bytes damaged."""
    import csv
    import io

    rows = list(csv.reader(io.StringIO(text, newline="")))
    for _ in range(rnd.randint(1, 4)):
        if not rows:
            break
        i = rnd.randrange(len(rows))
        kind = rnd.random()
        if kind < 0.45 and rows[i]:
            rows[i][rnd.randrange(len(rows[i]))] = rnd.choice(HOSTILE_CELLS)
        elif kind < 0.55:
            del rows[i]
        elif kind < 0.65:
            rows.insert(i, list(rows[i]))  # the same answer twice
        elif kind < 0.72:
            j = rnd.randrange(len(rows))
            rows[i], rows[j] = rows[j], rows[i]
        elif kind < 0.8 and rows[i]:
            rows[i] = rows[i][:-1]  # ragged
        elif kind < 0.88:
            rows[i] = [*rows[i], rnd.choice(HOSTILE_CELLS)]
        else:
            rows.insert(i, [])
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator=rnd.choice(["\n", "\r\n"])).writerows(rows)
    data = out.getvalue()
    if rnd.random() < 0.3:
        return damage_text(data, rnd)
    return data.encode("utf-8")


@pytest.fixture(scope="module")
def table_bases() -> tuple[str, str]:
    return _table_bases()  # made before the first example, outside its deadline


@FUZZ
@given(rnd=st.randoms(use_true_random=False))
def test_any_long_table_is_rated_or_refused_cleanly(
    run_cli: RunCli, table_bases: tuple[str, str], rnd: random.Random
) -> None:
    table, facts = table_bases
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.csv"
        damaged = rnd.random()
        path.write_bytes(damage_table(table, rnd) if damaged < 0.7 else table.encode())
        side = Path(folder) / "t.inspections.csv"
        side.write_bytes(damage_table(facts, rnd) if damaged > 0.5 else facts.encode())
        command = rnd.choice(
            [
                ["rate", str(path)],
                ["rate", "--format", "json", str(path)],
                ["explain", f"{path}#provenance", "C01"],
                ["compare", "--base", "yot-2018", "--candidate", "yot-2020", str(path)],
                ["export", str(path), "-o", str(Path(folder) / "again.csv")],
            ]
        )
        code, _, err = (
            run_cli(*command, "--jobs", "1")
            if command[0] in ("rate", "compare")
            else run_cli(*command)
        )
        clean(code, err)


def damage_bytes(data: bytes, rnd: random.Random) -> bytes:
    """Bytes flipped, cut short, or the footer's magic alone kept."""
    out = bytearray(data)
    kind = rnd.random()
    if kind < 0.6:
        for _ in range(rnd.randint(1, 20)):
            out[rnd.randrange(len(out))] = rnd.randrange(256)
    elif kind < 0.9:
        out = out[: rnd.randrange(len(out))]
    else:
        out = out[:4] + out[-8:]
    return bytes(out)


@FUZZ
@given(rnd=st.randoms(use_true_random=False))
def test_any_parquet_table_is_rated_or_refused_cleanly(
    run_cli: RunCli, table_bases: tuple[str, str], rnd: random.Random
) -> None:
    pytest.importorskip("pyarrow", reason="pyarrow is not installed (the parquet extra)")
    import csv
    import io

    from ratingbook.framework.loading.parquet_table import table_bytes

    def parquet(text: str) -> bytes:
        if rnd.random() < 0.5:
            text = damage_table(text, rnd).decode("utf-8", "replace")
        found = list(csv.reader(io.StringIO(text, newline=""))) or [["inspection"]]
        width = max(map(len, found))
        rows = [row + [""] * (width - len(row)) for row in found]  # Parquet is never ragged
        data = table_bytes(rows[0], rows[1:])
        return damage_bytes(data, rnd) if rnd.random() < 0.3 else data

    table, facts = table_bases
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.parquet"
        path.write_bytes(parquet(table))
        (Path(folder) / "t.inspections.parquet").write_bytes(parquet(facts))
        command = rnd.choice(
            [["rate", "--jobs", "1", str(path)], ["explain", f"{path}#provenance"]]
        )
        code, _, err = run_cli(*command)
        clean(code, err)


# ---------------------------------------------------------------------------- the property


def clean(code: int, err: str) -> None:
    assert code in DOCUMENTED, (code, err[-2000:])
    assert "Traceback" not in err, err[-2000:]


@FUZZ
@given(rnd=st.randoms(use_true_random=False))
def test_any_inspection_is_rated_or_refused_cleanly(run_cli: RunCli, rnd: random.Random) -> None:
    data, suffix = hostile_inspection(rnd)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzzed{suffix}"
        path.write_bytes(data)
        command = rnd.choice([["rate"], ["rate", "--format", "json"], ["explain"]])
        code, _, err = run_cli(*command, str(path), cwd=folder)
        clean(code, err)


@FUZZ
@given(rnd=st.randoms(use_true_random=False))
def test_any_expectations_file_runs_or_is_refused_cleanly(
    run_cli: RunCli, rnd: random.Random
) -> None:
    data = hostile_expectations(rnd)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed.yaml"
        path.write_bytes(data)
        code, _, err = run_cli("test", str(path), cwd=folder)
        clean(code, err)


@FUZZ
@given(rnd=st.randoms(use_true_random=False))
def test_any_framework_text_is_checked_cleanly(run_cli: RunCli, rnd: random.Random) -> None:
    data = hostile_framework(rnd)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed.framework"
        path.write_bytes(data)
        command = rnd.choice([["check"], ["fmt", "--check"], ["fmt"]])
        code, _, err = run_cli(*command, str(path), cwd=folder)
        clean(code, err)


# ---------------------------------------------------------------------------- a real process

MEMORY_LIMIT = 2 * 1024**3  # bytes of address space for the sample process


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@pytest.mark.real_process
def test_a_folder_of_hostile_files_in_a_real_process(tmp_path: Path) -> None:
    """A corpus of damaged files, rated and compared by real processes under a memory limit
    and a timeout: every file is reported, none crashes the run, the status is 2."""
    count = 40 if LONG else 12
    for i in range(count):
        data, suffix = hostile_inspection(random.Random(i))
        (tmp_path / f"f{i:03}{suffix}").write_bytes(data)
    for args in (
        ["rate", "--format", "json", str(tmp_path)],
        ["compare", "--base", "yot-2018", "--candidate", "yot-2020", str(tmp_path)],
    ):
        proc = subprocess.run(
            [sys.executable, "-m", "ratingbook", *args],
            capture_output=True,
            cwd=REPO,
            env=subprocess_env({"RATINGBOOK_DEBUG": None}),
            timeout=300,
            preexec_fn=_limited,  # noqa: PLW1509 (only sets a resource limit)
        )
        err = proc.stderr.decode("utf-8", "replace")
        assert proc.returncode in DOCUMENTED, (args, proc.returncode, err[-3000:])
        assert "Traceback" not in err and "this is a bug" not in err, err[-3000:]
