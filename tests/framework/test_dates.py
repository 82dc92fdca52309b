"""A version's dates: in the calendar, 'until' after 'from', a start no earlier than its base's,
and no day on which two versions of a family are in force (shipped, or in the folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ratingbook.dsl import Severity
from ratingbook.dsl.span import Span
from ratingbook.framework.checker import CheckResult
from ratingbook.framework.checker.dates import Dated, in_force_twice
from ratingbook.framework.loading.frameworks import check_path, load_framework


def header(version: str, dates: str = "", based_on: str = "yot 2020") -> str:
    effective = f"  effective from {dates}\n" if dates else ""
    return f'framework yot {version} "Inspection"\n{effective}  based on {based_on}\n'


def check(folder: Path, text: str, name: str = "new.framework") -> CheckResult:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return check_path(path)


def found(result: CheckResult, code: str) -> list[str]:
    return [d.message for d in result.diagnostics if d.code == code]


def line_of(result: CheckResult, code: str) -> list[int]:
    return [d.span.line for d in result.diagnostics if d.code == code and d.span is not None]


# ---------------------------------------------------------------------------- own dates


@pytest.mark.parametrize(
    ("dates", "message"),
    [
        (
            "2021-06-01 until 2021-05-31",
            "yot-2021 is in force until 2021-05-31, before it comes into force on 2021-06-01: "
            "it would be in force on no day",
        ),
        (
            "2022-01-01 until 2021-12-31",
            "yot-2021 is in force until 2021-12-31, before it comes into force on 2022-01-01: "
            "it would be in force on no day",
        ),
        ("2021-02-30", "effective from 2021-02-30 is not a date in the calendar"),
        ("2021-06-01 until 2021-13-01", "effective until 2021-13-01 is not a date in the calendar"),
    ],
)
def test_until_before_from_or_a_date_not_in_the_calendar(
    tmp_path: Path, dates: str, message: str
) -> None:
    result = check(tmp_path, header("2021", dates))
    assert found(result, "dates") == [message]
    assert line_of(result, "dates") == [2]
    assert not result.ok


@pytest.mark.parametrize("dates", ["2021-06-01 until 2021-06-01", "2021-06-01 until 2022-05-31"])
def test_until_on_or_after_from_is_accepted(tmp_path: Path, dates: str) -> None:
    assert check(tmp_path, header("2021", dates)).diagnostics == []


# ---------------------------------------------------------------------------- base after


@pytest.mark.parametrize(
    ("version", "start", "base", "base_start"),
    [
        ("2021", "2020-05-01", "yot 2020", "2020-06-01"),
        ("2017", "2017-01-01", "yot 2018", "2018-06-01"),
    ],
)
def test_a_base_that_comes_into_force_after_the_version_built_on_it(
    tmp_path: Path, version: str, start: str, base: str, base_start: str
) -> None:
    result = check(tmp_path, header(version, start, base))
    base_id = base.replace(" ", "-")
    assert found(result, "dates") == [
        f"yot-{version} comes into force on {start}, but the version it is based on, "
        f"{base_id}, only comes into force on {base_start}: a version builds on one that is "
        "already in force"
    ]
    assert line_of(result, "dates") == [3]  # the 'based on' line


def test_a_base_already_in_force_is_accepted(tmp_path: Path) -> None:
    assert check(tmp_path, header("2021", "2021-06-01")).diagnostics == []


# ---------------------------------------------------------------------------- in force twice


def test_the_same_start_as_a_shipped_version(tmp_path: Path) -> None:
    result = check(tmp_path, header("2021", "2020-06-01"))
    (d,) = [d for d in result.diagnostics if d.code == "in-force-twice"]
    assert d.severity is Severity.ERROR and not result.ok
    assert d.message == (
        "yot-2021 and yot-2020 standards/yot/2020.framework both come into force on "
        "2020-06-01: an inspection from that day would be rated under one of them without a word"
    )
    assert d.notes == (
        "give yot-2021 another 'effective from' date (or mark it 'draft' until it is adopted)",
    )
    assert d.span is not None and (Path(d.span.path).name, d.span.line) == ("new.framework", 2)


def test_a_start_inside_a_shipped_versions_until(tmp_path: Path) -> None:
    result = check(tmp_path, header("2019", "2019-06-01", "yot 2018"))
    assert found(result, "in-force-twice") == [
        "yot-2019 comes into force on 2019-06-01, but yot-2018 standards/yot/2018.framework "
        "is in force until 2020-05-31: both would be in force from 2019-06-01 to 2020-05-31, "
        "and inspections on those days would be rated under yot-2019 without a word"
    ]
    assert [d.notes for d in result.diagnostics] == [
        ("start yot-2019 on 2020-06-01, the day after yot-2018 ends",)
    ]


def test_an_until_that_runs_into_a_version_in_the_same_folder(tmp_path: Path) -> None:
    (tmp_path / "2023.framework").write_text(header("2023", "2022-06-01"), encoding="utf-8")
    result = check(tmp_path, header("2022", "2021-01-01 until 2022-12-31"), "2022.framework")
    assert found(result, "in-force-twice") == [
        "yot-2022 is in force until 2022-12-31, but yot-2023 ("
        + str(tmp_path / "2023.framework")
        + ") comes into force on 2022-06-01: both would be in force from 2022-06-01 to "
        "2022-12-31, and inspections on those days would be rated under yot-2023 without a word"
    ]
    (d,) = result.diagnostics
    assert d.notes[0].startswith("end yot-2022 on 2022-05-31, the day before yot-2023")
    assert d.notes[0].endswith(f"or change the dates of yot-2023 in {tmp_path / '2023.framework'}")
    # and the other file is told too, at its own line
    other = check_path(tmp_path / "2023.framework")
    assert found(other, "in-force-twice")[0].startswith(
        "yot-2023 comes into force on 2022-06-01, but yot-2022"
    )


def test_a_version_of_the_folder_is_named_as_outputs_name_it_only_where_it_clashes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every version beside the one checked is read at every check; the one that clashes is
    # named as every output names a file (here relative to the working folder), the others
    # not at all: an unreadable neighbour, a neighbour of another family and one that takes
    # over in turn change nothing.
    (tmp_path / "2023.framework").write_text(header("2023", "2022-06-01"), encoding="utf-8")
    (tmp_path / "2025.framework").write_text(header("2025", "2025-01-01"), encoding="utf-8")
    (tmp_path / "other.framework").write_text(
        'framework other 1 "Another family"\n  effective from 2022-06-01\n', encoding="utf-8"
    )
    (tmp_path / "broken.framework").write_bytes(b"\xff\xfe not text")
    monkeypatch.chdir(tmp_path)
    result = check(tmp_path, header("2022", "2021-01-01 until 2022-12-31"), "2022.framework")
    (message,) = found(result, "in-force-twice")
    assert message.startswith(
        "yot-2022 is in force until 2022-12-31, but yot-2023 (2023.framework) comes into force"
    )
    assert (
        result.diagnostics[0].notes[0].endswith("or change the dates of yot-2023 in 2023.framework")
    )


def test_versions_that_take_over_from_each_other_are_accepted(tmp_path: Path) -> None:
    # No 'until': a version is in force until the next one comes into force.
    (tmp_path / "2023.framework").write_text(header("2023", "2022-06-01"), encoding="utf-8")
    assert check(tmp_path, header("2022", "2021-01-01"), "2022.framework").diagnostics == []
    ended = header("2022", "2021-01-01 until 2022-05-31")
    assert check(tmp_path, ended, "2022.framework").diagnostics == []
    # A draft has no dates, and clashes with none.
    draft = 'framework yot 2024 "Inspection"\n  draft\n  based on yot 2020\n'
    assert check(tmp_path, draft, "2024.framework").diagnostics == []


def test_a_clash_appearing_later_is_found_though_the_file_is_cached(tmp_path: Path) -> None:
    path = tmp_path / "2022.framework"
    path.write_text(header("2022", "2021-01-01 until 2022-12-31"), encoding="utf-8")
    assert load_framework(str(path)).version == "2022"
    (tmp_path / "2023.framework").write_text(header("2023", "2022-06-01"), encoding="utf-8")
    assert found(check_path(path), "in-force-twice")


def test_two_shipped_versions_in_force_on_the_same_day_are_reported() -> None:
    """The shipped versions are checked against each other the same way (here: a 2018 whose
    'until' ran into 2020's time)."""
    shipped_2018 = Dated(
        family="yot",
        version="2018",
        effective_from="2018-06-01",
        effective_until="2020-06-30",
        path="standards/yot/2018.framework",
        shipped=True,
    )
    shipped_2020 = Dated(
        family="yot",
        version="2020",
        effective_from="2020-06-01",
        effective_until=None,
        path="standards/yot/2020.framework",
        shipped=True,
    )
    at = Span("standards/yot/2018.framework", 14, 3, 14, 40)
    (d,) = in_force_twice(shipped_2018, [shipped_2020], lambda: at)
    assert d.span == at
    assert d.message.startswith("yot-2018 is in force until 2020-06-30, but yot-2020")
    assert in_force_twice(shipped_2020, [shipped_2018], lambda: at)[0].message.startswith(
        "yot-2020 comes into force on 2020-06-01, but yot-2018"
    )
    # as shipped, they do not clash
    ended = Dated(
        family="yot",
        version="2018",
        effective_from="2018-06-01",
        effective_until="2020-05-31",
        path="standards/yot/2018.framework",
        shipped=True,
    )
    assert in_force_twice(ended, [shipped_2020], lambda: at) == []
    assert in_force_twice(shipped_2020, [ended], lambda: at) == []
