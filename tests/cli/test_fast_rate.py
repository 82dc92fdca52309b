"""``ratingbook rate`` read without click (ratingbook/framework/commandline/), held to click.

The fast parser reads the options declared in commandline/options.py, as click's ``rate``
does, and declines any argument list it does not read completely, which click then reads.
Click is the oracle: wherever the fast parser gives a request, click's reading of the same
list gives the same values (the command's arguments, and the width, colour, pager and size
limit the global options set); wherever click refuses a list, the fast parser declined it.
The runs through ``run_cli`` show that both routes end a ``rate`` the same way.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Sequence
from typing import Any

import click
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ratingbook.framework import cli
from ratingbook.framework.commandline import fast, options
from ratingbook.framework.commandline import rate as rating
from ratingbook.framework.commandline.fast import RateRequest, parse_rate
from ratingbook.framework.commandline.output import Output
from ratingbook.framework.emit import formats_for
from ratingbook.framework.loading import files
from tests.conftest import budget

RunCli = Callable[..., tuple[int, str, str]]

EXAMPLE = "standards/yot/examples/example-2020.yaml"
FOLDER = "standards/yot/inspections"


def click_reading(args: Sequence[str]) -> RateRequest | None:
    """What click's ``rate`` command hands the command's function for ``ratingbook ARGS``,
    or None where click does something else (refuses the list, shows help, another
    command). Nothing is rated: the command's function is replaced by one that notes its
    arguments."""
    seen: dict[str, Any] = {}

    def noted(
        out: Output, inspections: Sequence[str], framework: str | None, fmt: str, jobs: int | None
    ) -> None:
        seen["call"] = (out, tuple(inspections), framework, fmt, jobs)

    out = Output()
    with (
        pytest.MonkeyPatch.context() as mp,
        contextlib.redirect_stdout(io.StringIO()),
        contextlib.redirect_stderr(io.StringIO()),
    ):
        mp.setattr(rating, "rate", noted)
        mp.setattr(files, "set_max_bytes", lambda n: seen.__setitem__("max_bytes", n))
        mp.delenv(fast.COMPLETE_ENV, raising=False)
        try:
            cli.cli.main(args=list(args), prog_name="ratingbook", standalone_mode=False, obj=out)
        except click.ClickException:
            return None
    if "call" not in seen:
        return None
    called, inspections, framework, fmt, jobs = seen["call"]
    assert called is out
    return RateRequest(
        inspections=inspections,
        framework=framework,
        fmt=fmt,
        jobs=jobs,
        width=out.width,
        no_color=out.no_color,
        no_pager=out.no_pager,
        max_bytes=seen.get("max_bytes"),
    )


# Words an argument list is made of: every declared option name in each of the forms click
# takes (--opt V, --opt=V, -oV), values valid and not, and paths that look like options.
NAMES = sorted(
    {name for o in (*options.GLOBAL_OPTIONS, *options.RATE_OPTIONS) for name in o.names}
    | {"-h", "--help", "--version", "--", "-", "--frame", "-x", "--jobs=", "-fj", "-jf"}
)
VALUES = [
    *formats_for("rate"),
    "JSON",
    "yot-2020",
    "0",
    "1",
    "4",
    "19",
    "20",
    "100",
    "10000",
    "10001",
    "-1",
    "+2",
    " 3",
    "2_0",
    "",
    " ",
    "a.yaml",
    "-b.yaml",
    "--c.yaml",
    "x=y",
    "=json",
    "rate",
]


PATHS = ["a.yaml", "b dir/", "-", "x=y", "rate", "ü.json"]
# Every option in either place: click refuses rate's options and --max-bytes before the
# command's name, and --max-bytes after it.
DECLARED = [*options.GLOBAL_OPTIONS, *options.RATE_OPTIONS]


def good_values(option: options.Option) -> st.SearchStrategy[str]:
    if option.kind == "int":  # in range, and now and then just outside it
        low = option.minimum or 0
        high = option.maximum or low + 50
        edges = st.sampled_from([low - 1, low, high, high + 1])
        return st.one_of(st.integers(low, high), edges).map(str)
    if option.kind == "format":
        return st.sampled_from(formats_for(option.command))
    return st.sampled_from(["yot-2020", "my.framework"])


@st.composite
def option_words(draw: st.DrawFn, declared: list[options.Option]) -> list[str]:
    """One declared option in one of the forms click takes, its value valid or not, or now
    and then a word of the vocabulary above."""
    if draw(st.integers(0, 9)) == 0:
        return [draw(st.sampled_from([*NAMES, *VALUES]))]
    option = draw(st.sampled_from(declared))
    name = draw(st.sampled_from(option.names))
    if option.kind == "flag":
        return [name]
    value = draw(st.one_of(good_values(option), good_values(option), st.sampled_from(VALUES)))
    if name.startswith("--"):
        return draw(st.sampled_from([[name, value], [f"{name}={value}"]]))
    return draw(st.sampled_from([[name, value], [f"{name}{value}"]]))


@st.composite
def argument_lists(draw: st.DrawFn) -> list[str]:
    """Global options, a command's name (mostly rate), rate's options and inspections in any
    order, and now and then '--' and what follows it."""
    args = [w for ws in draw(st.lists(option_words(DECLARED), max_size=3)) for w in ws]
    args.append(draw(st.sampled_from(["rate"] * 8 + ["rat", "--", "-"])))
    after = draw(
        st.lists(
            st.one_of(option_words(DECLARED), st.sampled_from(PATHS).map(lambda p: [p])),
            max_size=6,
        )
    )
    args.extend(w for ws in after for w in ws)
    if draw(st.booleans()):
        args.append("--")
        args.extend(draw(st.lists(st.sampled_from([*PATHS, *VALUES, *NAMES]), max_size=3)))
    return args


@settings(
    max_examples=budget(100, long=400),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(argument_lists())
def test_where_the_fast_parser_reads_a_list_click_reads_the_same_values(
    args: list[str],
) -> None:
    mine = parse_rate(args)
    if mine is not None:
        assert click_reading(args) == mine, args


WELL_FORMED = [
    ["rate", EXAMPLE],
    ["rate", "-"],
    ["--width", "80", "--no-color", "rate", EXAMPLE, "--width=100", "--no-pager"],
    ["--max-bytes=5000", "--no-pager", "rate", "-fyot-2018", EXAMPLE, "-j", "2"],
    ["rate", "--format", "json", EXAMPLE, EXAMPLE, "--framework", "yot-2020", "-j3"],
    ["rate", "--format=markdown", "--", "-odd.yaml", "--", "x.yaml"],
    ["rate", "-f=yot-2020", EXAMPLE],  # click's value is "=yot-2020" too
]


@pytest.mark.parametrize("args", WELL_FORMED, ids=" ".join)
def test_well_formed_rate_lists_are_read_without_click(args: list[str]) -> None:
    mine = parse_rate(args)
    assert mine is not None
    assert click_reading(args) == mine


@pytest.mark.parametrize(
    "args",
    [
        ["rate"],  # click: Missing argument
        ["rate", ""],  # click: an empty path
        ["rate", EXAMPLE, "--jobs", "0"],
        ["rate", EXAMPLE, "--format", "yaml"],
        ["rate", EXAMPLE, "--max-bytes", "10"],  # a global option only before the command
        ["rate", EXAMPLE, "--help"],
        ["--version"],
        ["frameworks"],
        ["--", "rate", EXAMPLE],  # click takes it; left to click all the same
        ["rate", "--jobs", " 2", EXAMPLE],  # click takes it (int(" 2")); so does this
    ],
    ids=" ".join,
)
def test_anything_else_is_left_to_click(args: list[str]) -> None:
    assert parse_rate(args) is None


def test_shell_completion_is_left_to_click(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(fast.COMPLETE_ENV, "bash_complete")
    assert parse_rate(["rate", EXAMPLE]) is None


def test_click_reads_what_the_declarations_say() -> None:
    """rate's click command is built from the declarations the fast parser reads."""
    command = cli.cli.commands["rate"]
    by_name = {p.name: p for p in command.params}
    for option in (*options.RATE_OPTIONS, *(o for o in options.GLOBAL_OPTIONS if o.after_command)):
        param = by_name[option.dest]
        assert isinstance(param, click.Option)
        assert sorted(param.opts) == sorted(option.names)
    group = {p.name: p for p in cli.cli.params}
    assert all(o.dest in group for o in options.GLOBAL_OPTIONS)


# ---------------------------------------------------------------------------- both routes end alike

# "--jobs +1" is jobs=1 to click, and the fast parser leaves it to click: the same rate by
# the other route.
BY_CLICK = ["--jobs", "+1"]


def test_a_usage_error_found_while_rating_is_clicks(run_cli: RunCli) -> None:
    fast_route = run_cli("rate", FOLDER, "--format", "html")
    assert fast_route[0] == 2
    assert fast_route[2].startswith("Usage: ratingbook rate [OPTIONS] INSPECTION...\n")
    assert "Error: --format html writes one self-contained report" in fast_route[2]
    assert run_cli("rate", FOLDER, "--format", "html", *BY_CLICK) == fast_route


def test_ctrl_c_while_rating_ends_alike(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    from ratingbook.framework import api

    def interrupted(path: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(api, "load_inspection", interrupted)
    fast_route = run_cli("rate", EXAMPLE)
    assert fast_route == (130, "", "\ninterrupted\n")  # click's new line, then main's word
    assert run_cli("rate", EXAMPLE, *BY_CLICK) == fast_route


def test_a_rating_is_the_same_by_either_route(run_cli: RunCli) -> None:
    fast_route = run_cli("rate", EXAMPLE, "--format", "json")
    assert fast_route[0] == 0
    assert run_cli("rate", EXAMPLE, "--format", "json", *BY_CLICK) == fast_route
