"""The ``ratingbook`` command line. User errors become messages and exit codes, never tracebacks."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

import click
from rich.console import Console
from rich.text import Text

from ratingbook.framework import registry
from ratingbook.framework.errors import DiagnosticsError, FindingsFound, InputError, RatingbookError
from ratingbook.framework.evaluate import evaluate
from ratingbook.framework.loading.frameworks import check as check_framework
from ratingbook.framework.loading.frameworks import framework_for
from ratingbook.framework.loading.inspections import load_inspection
from ratingbook.framework.render.theme import make_console
from ratingbook.framework.result import Result

FORMATS = ["text", "json", "markdown"]
REPORT_FORMATS = [*FORMATS, "html"]


class _State:
    def __init__(self) -> None:
        self.out: Console = make_console()
        self.err: Console = make_console(stderr=True)


def _emit_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


def _show(
    state: _State,
    fmt: str,
    to_json: Callable[[], Any],
    markdown: Callable[[Any], str],
    text: Callable[[Any], Any],
    view: Callable[[], Any],
) -> None:
    """Print JSON, or the view as Markdown or a Rich renderable, as ``--format`` asks."""
    if fmt == "json":
        _emit_json(to_json())
    elif fmt == "markdown":
        click.echo(markdown(view()), nl=False)
    else:
        state.out.print(text(view()))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="ratingbook")
@click.option("--width", type=int, default=None, help="Terminal width for text output.")
@click.option("--no-color", is_flag=True, help="Plain text without colours.")
@click.pass_context
def cli(ctx: click.Context, width: int | None, no_color: bool) -> None:
    """Inspection standards frameworks as data: check them, rate inspections, explain ratings."""
    state = _State()
    color = False if no_color else None
    state.out = make_console(width=width, color=color)
    state.err = make_console(stderr=True, width=width, color=color)
    ctx.obj = state


# ---------------------------------------------------------------------------- frameworks


@cli.command()
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.pass_obj
def frameworks(state: _State, fmt: str) -> None:
    """List the shipped framework versions and their effective dates."""
    entries = registry.shipped()
    if fmt == "json":
        _emit_json(
            [
                {
                    "id": e.id,
                    "title": e.title,
                    "effective_from": e.effective_from,
                    "effective_until": e.effective_until,
                    "based_on": e.based_on,
                    "path": e.display,
                }
                for e in entries
            ]
        )
        return
    from ratingbook.framework.render import reports
    from ratingbook.framework.views.reports import frameworks_view

    state.out.print(reports.render_frameworks(frameworks_view(entries)))


# ---------------------------------------------------------------------------- check


@cli.command()
@click.argument("frameworks", nargs=-1, required=True, metavar="FRAMEWORK...")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.pass_obj
def check(state: _State, frameworks: Sequence[str], strict: bool) -> None:
    """Parse and check framework files (paths or version ids). Exit 1 on errors."""
    from ratingbook.framework.render import reports
    from ratingbook.framework.views.reports import checked_file

    failed = 0
    for ref in frameworks:
        result = check_framework(ref)
        checked = checked_file(registry.display_path(_path(ref)), result, strict=strict)
        if checked.diagnostics:
            state.err.print(reports.render_check_diagnostics(checked), soft_wrap=True)
        if not checked.ok:
            failed += 1
        console = state.out if checked.ok else state.err
        console.print(reports.render_check_status(checked), soft_wrap=True)
    if failed:
        raise FindingsFound(f"{failed} of {len(frameworks)} framework file(s) failed the check")


def _path(ref: str) -> Any:
    from ratingbook.framework.loading.frameworks import resolve

    return resolve(ref)


# ---------------------------------------------------------------------------- rate


def _rate_one(path: str, framework: str | None) -> Result:
    inspection = load_inspection(path)
    fw = framework_for(inspection, framework)
    return evaluate(fw, inspection)


def _for_each(
    paths: Sequence[str], framework: str | None, state: _State, show: Callable[[Result], None]
) -> None:
    """Rate each inspection; report bad ones and carry on; exit 2 at the end if any was bad."""
    bad = 0
    for path in paths:
        try:
            result = _rate_one(path, framework)
        except RatingbookError as err:
            if len(paths) == 1:
                raise
            bad += 1
            _print_error(state.err, err)
            continue
        show(result)
    if bad:
        raise InputError(f"{bad} of {len(paths)} inspection(s) could not be rated (see above)")


@cli.command()
@click.argument("inspections", nargs=-1, required=True, metavar="INSPECTION...")
@click.option(
    "--framework",
    "-f",
    metavar="ID|PATH",
    help="Rate under this version instead of the data's own.",
)
@click.option(
    "--format", "fmt", type=click.Choice(REPORT_FORMATS), default="text", show_default=True
)
@click.pass_obj
def rate(state: _State, inspections: Sequence[str], framework: str | None, fmt: str) -> None:
    """Rate inspections (YAML or JSON; '-' reads stdin)."""
    from ratingbook.framework.render import markdown, text
    from ratingbook.framework.views.ratings import ratings_view

    if fmt == "html" and len(inspections) > 1:
        raise click.UsageError(
            "--format html writes one self-contained report: give one inspection at a time"
        )

    results: list[Result] = []

    def show(result: Result) -> None:
        if fmt == "text":
            state.out.print(text.render_ratings(ratings_view(result)))
        elif fmt == "markdown":
            click.echo(markdown.render_ratings(ratings_view(result)))
        elif fmt == "html":
            from ratingbook.framework.render import html

            click.echo(html.render_report(ratings_view(result)), nl=False)
        else:
            results.append(result)

    try:
        _for_each(inspections, framework, state, show)
    finally:
        if fmt == "json" and results:
            _emit_json(
                results[0].to_json() if len(inspections) == 1 else [r.to_json() for r in results]
            )


# ---------------------------------------------------------------------------- explain


@cli.command()
@click.argument("inspection", metavar="INSPECTION")
@click.argument("item", required=False, metavar="[ID]")
@click.option(
    "--framework",
    "-f",
    metavar="ID|PATH",
    help="Explain under this version instead of the data's own.",
)
@click.option(
    "--depth",
    type=click.IntRange(min=0),
    default=None,
    help="Show only this many levels below the item.",
)
@click.option(
    "--format", "fmt", type=click.Choice(REPORT_FORMATS), default="text", show_default=True
)
@click.option(
    "--no-snippets", is_flag=True, help="Do not show the framework text of each deciding rule."
)
@click.pass_obj
def explain(
    state: _State,
    inspection: str,
    item: str | None,
    framework: str | None,
    depth: int | None,
    fmt: str,
    no_snippets: bool,
) -> None:
    """Why a rating is what it is: the overall rating, a standard (2.2) or a key question (2.2.1)."""
    from ratingbook.framework.explain import build
    from ratingbook.framework.render import markdown, text
    from ratingbook.framework.views.explanation import explanation_view

    explanation = build(_rate_one(inspection, framework), item, depth)
    if fmt == "json":
        _emit_json(explanation.to_json())
        return
    view = explanation_view(explanation, snippets=not no_snippets)
    if fmt == "markdown":
        click.echo(markdown.render_explanation(view), nl=False)
    elif fmt == "html":
        from ratingbook.framework.render import html

        click.echo(html.render_explanation(view), nl=False)
    else:
        state.out.print(text.render_explanation(view))


# ---------------------------------------------------------------------------- diff and compare


@cli.command("diff")
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.pass_obj
def diff_cmd(state: _State, old: str, new: str, fmt: str) -> None:
    """What NEW changes from OLD (ids or paths): items, wording, applicability, rules."""
    from ratingbook.framework.diff import diff
    from ratingbook.framework.loading.frameworks import load_framework
    from ratingbook.framework.render import diffs
    from ratingbook.framework.views.diff import diff_view

    d = diff(load_framework(old), load_framework(new))
    _show(state, fmt, d.to_json, diffs.markdown_diff, diffs.render_diff, lambda: diff_view(d))


@cli.command("compare")
@click.option(
    "--base", required=True, metavar="ID|PATH", help="The version in force (or any version)."
)
@click.option("--candidate", required=True, metavar="ID|PATH", help="The proposed version.")
@click.argument("corpus", nargs=-1, required=True, metavar="CORPUS...")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.pass_obj
def compare_cmd(state: _State, base: str, candidate: str, corpus: Sequence[str], fmt: str) -> None:
    """Re-rate inspections under two versions; exit 1 if any rating moves."""
    from ratingbook.framework.loading.corpus import compare
    from ratingbook.framework.loading.frameworks import load_framework
    from ratingbook.framework.render import diffs
    from ratingbook.framework.views.comparison import comparison_view

    c = compare(load_framework(base), load_framework(candidate), corpus)
    _show(
        state,
        fmt,
        c.to_json,
        diffs.markdown_comparison,
        diffs.render_comparison,
        lambda: comparison_view(c),
    )
    s = c.summary()
    if s["errors"]:
        raise InputError(
            f"{s['errors']} inspection(s) could not be rated under both versions (see above)"
        )
    if c.moved:
        raise FindingsFound(f"ratings moved in {s['affected']} of {s['inspections']} inspection(s)")


# ---------------------------------------------------------------------------- test


@cli.command("test")
@click.argument("paths", nargs=-1, required=True, metavar="EXPECTATIONS...")
@click.option("-v", "--verbose", is_flag=True, help="One line per expectation, passed or not.")
@click.pass_obj
def test_cmd(state: _State, paths: Sequence[str], verbose: bool) -> None:
    """Run expectation files (or every one under a folder); exit 1 on any failure."""
    from ratingbook.framework.expectations import run_all
    from ratingbook.framework.render import reports
    from ratingbook.framework.views.reports import expectations_report

    outcomes, seconds = run_all(paths)
    if not outcomes:
        raise InputError(f"no expectation files found in {', '.join(paths)}")
    report = expectations_report(outcomes, seconds, verbose=verbose)
    # Names and traces are printed whole, never cut at the width.
    state.out.print(reports.render_expectations(report), crop=False)
    # The last line is the plain summary CI tools read.
    click.echo(report.summary)
    if report.failed:
        raise FindingsFound(f"{report.failed} expectation(s) failed")


# ---------------------------------------------------------------------------- fmt


def _write_atomically(path: Path, text: str) -> None:
    """Write beside the file, then rename over it: a crash never leaves half a file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@cli.command()
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="FILE..."
)
@click.option(
    "--check",
    "check_only",
    is_flag=True,
    help="Change nothing; exit 1 if any file is not formatted.",
)
@click.pass_obj
def fmt(state: _State, files: Sequence[Path], check_only: bool) -> None:
    """Lay out framework files canonically (comments are kept where they are)."""
    from ratingbook.dsl.fmt import FormatError, format_source

    unformatted: list[Path] = []
    for path in files:
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        text = path.read_text(encoding="utf-8")
        try:
            formatted = format_source(text, str(path))
        except FormatError as err:
            raise InputError(str(err)) from err
        if formatted == text:
            continue
        unformatted.append(path)
        if check_only:
            state.err.print(f"would reformat {path}", soft_wrap=True)
        else:
            _write_atomically(path, formatted)
            state.out.print(f"reformatted {path}", soft_wrap=True)
    done = len(files) - len(unformatted)
    if check_only and unformatted:
        raise FindingsFound(
            f"{len(unformatted)} file(s) would be reformatted, {done} already formatted"
        )
    state.out.print(
        f"{len(unformatted) if not check_only else 0} reformatted, {done} already formatted",
        soft_wrap=True,
    )


# ---------------------------------------------------------------------------- entry point


def _print_error(console: Console, err: RatingbookError) -> None:
    # soft_wrap: diagnostics keep their lines whole so that the caret stays under its column.
    if isinstance(err, DiagnosticsError):
        console.print(Text(err.format_message()), soft_wrap=True)
    else:
        console.print(
            Text(err.format_message()),
            style="error" if err.exit_code == 2 else None,
            soft_wrap=True,
        )


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Run the CLI; user errors print a message and exit 1 or 2, with no traceback."""
    try:
        cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="ratingbook",
            standalone_mode=False,
        )
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as err:
        err.show()
        sys.exit(2 if err.exit_code == 2 else err.exit_code)
    except FindingsFound as err:
        # The command has already reported its findings; the reason goes to stderr.
        _print_error(make_console(stderr=True), err)
        sys.exit(err.exit_code)
    except RatingbookError as err:
        _print_error(make_console(stderr=True), err)
        sys.exit(err.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    sys.exit(0)
