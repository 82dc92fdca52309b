"""The ``ratingbook`` command line.

Each command reads its arguments, calls the Python API (:mod:`ratingbook.framework.api` and
the loading layer), hands what it gets to a view and a renderer, prints, and exits with the
documented status: 0 success, 1 findings, 2 a usage or input error. User errors are
exceptions that carry their status; only :func:`main` prints them and exits, never with a
traceback. A command imports what it needs when it runs, so ``ratingbook --help`` and a quick
``rate`` do not pay for the parser, jsonschema or the renderers they do not use.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NoReturn

import click
from click.decorators import FC

from ratingbook.framework.commandline import main as _main
from ratingbook.framework.commandline import options as declared
from ratingbook.framework.commandline import rate as rating
from ratingbook.framework.commandline import set_global_options
from ratingbook.framework.commandline.options import MAX_WIDTH, MIN_WIDTH
from ratingbook.framework.commandline.output import (
    _ASCII_SYMBOLS,
    Output,
    _AsciiFallback,
    _located,
    _print_error,
)
from ratingbook.framework.commandline.rate import _rated
from ratingbook.framework.commandline.running import (
    DEBUG_ENV,
    EXIT_BROKEN_PIPE,
    EXIT_BUG,
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_OUTPUT,
    UsageProblem,
    reported,
)
from ratingbook.framework.commandline.running import plural as _plural

if TYPE_CHECKING:
    from ratingbook.dsl.span import Span
    from ratingbook.framework.checker import CheckResult

__all__ = [  # what this module has always offered, now made in commandline/
    "DEBUG_ENV",
    "EXIT_BROKEN_PIPE",
    "EXIT_BUG",
    "EXIT_FINDINGS",
    "EXIT_INPUT",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_OUTPUT",
    "MAX_WIDTH",
    "MIN_WIDTH",
    "_ASCII_SYMBOLS",
    "Output",
    "_AsciiFallback",
    "_located",
    "_print_error",
    "_rated",
    "cli",
    "main",
]


def format_option(kind: str, default: str = "text", help: str | None = None) -> Callable[[FC], FC]:
    """``--format``, its choices what the format registry can emit for ``kind`` (a command),
    so that the help, shell completion and the emitters list the same formats."""
    from ratingbook.framework.emit import formats_for

    return click.option(
        "--format",
        "fmt",
        type=click.Choice(formats_for(kind)),
        default=default,
        show_default=True,
        help=help,
    )


def declared_option(option: declared.Option, **extra: Any) -> Callable[[FC], FC]:
    """A click option made from its declaration (commandline/options.py), which ``rate``'s
    fast parser reads too; ``extra`` adds what only click needs (completion, a callback)."""
    kwargs: dict[str, Any] = {"help": option.help, "metavar": option.metavar}
    if option.kind == "flag":
        kwargs["is_flag"] = True
    elif option.kind == "int":
        kwargs["type"] = click.IntRange(min=option.minimum, max=option.maximum)
        kwargs["default"] = None
    elif option.kind == "format":
        return format_option(option.command, option.default or "text", option.help)
    return click.option(*option.names, option.dest, **kwargs, **extra)


jobs_option = declared_option(declared.JOBS)


def examples(*lines: str) -> str:
    """A command's ``--help`` epilog: commands to copy, each kept on its own line."""
    return "Examples:\n\n\b\n" + "\n".join(f"  {line}" for line in lines)


WM = "standards/yot/inspections/windsor-maidenhead-2020.yaml"


class _NamedPath(click.ParamType[Any]):
    """A file or folder argument: an empty name is refused, never taken for the current
    folder (``fmt ""`` would rewrite every framework file below it)."""

    name = "path"

    def __init__(self, as_path: bool = False, dir_okay: bool = True) -> None:
        self.as_path = as_path
        self.dir_okay = dir_okay

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, Path):
            return value
        if not str(value).strip():
            self.fail(
                f"{str(value)!r} is an empty path: name a file or a folder ('.' for the current "
                "folder)",
                param,
                ctx,
            )
        if not self.dir_okay and os.path.isdir(value):
            self.fail(f"{value}: is a folder; name the file to write", param, ctx)
        return Path(value) if self.as_path else str(value)


PATH_TEXT = _NamedPath()
PATH = _NamedPath(as_path=True)
OUTPUT_FILE = _NamedPath(as_path=True, dir_okay=False)


def _set_width(ctx: click.Context, _: click.Parameter, value: int | None) -> None:
    if value is not None:
        ctx.find_object(Output).width = value  # type: ignore[union-attr]


def _set_no_color(ctx: click.Context, _: click.Parameter, value: bool) -> None:
    if value:
        ctx.find_object(Output).no_color = True  # type: ignore[union-attr]


def _set_no_pager(ctx: click.Context, _: click.Parameter, value: bool) -> None:
    if value:
        ctx.find_object(Output).no_pager = True  # type: ignore[union-attr]


_AFTER_COMMAND = {"width": _set_width, "no_color": _set_no_color, "no_pager": _set_no_pager}


def global_options(command: Any) -> Any:
    """The global options, accepted after the command name too (``rate X --no-color``):
    they set what the group's own options set."""
    for option in reversed(declared.GLOBAL_OPTIONS):
        if option.after_command:
            command = declared_option(
                option, expose_value=False, callback=_AFTER_COMMAND[option.dest]
            )(command)
    return command


# The commands whose output may be long enough to page, as git pages log and diff but not
# commit: check, fmt, new, export and cache print a few lines; lsp speaks a protocol.
PAGED = frozenset(
    {
        "frameworks",
        "sample-size",
        "rate",
        "explain",
        "diff",
        "show",
        "schema",
        "publish",
        "compare",
        "test",
    }
)


def _paged(callback: Any) -> Any:
    """A command's callback that runs with its output kept for the pager (Output.paging),
    once every option, --no-pager after the command name included, has been read."""

    def run(*args: Any, **kwargs: Any) -> Any:
        out = click.get_current_context().find_object(Output)
        if out is None:
            return callback(*args, **kwargs)
        with out.paging():
            return callback(*args, **kwargs)

    run.__doc__ = callback.__doc__
    return run


class _Group(click.Group):
    """The command group: each command takes the global options as its own too."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        global_options(cmd)
        if (name or cmd.name) in PAGED and cmd.callback is not None:
            cmd.callback = _paged(cmd.callback)
        super().add_command(cmd, name)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="ratingbook")
@declared_option(declared.WIDTH)
@declared_option(declared.NO_COLOR)
@declared_option(declared.NO_PAGER)
@declared_option(declared.MAX_BYTES)
@click.pass_context
def cli(
    ctx: click.Context,
    width: int | None,
    no_color: bool,
    no_pager: bool,
    max_bytes: int | None,
) -> None:
    """Inspection standards frameworks as data: check them, rate inspections, explain ratings.

    Global options go before or after the command name. Colour, on standard output and
    the error stream alike, follows NO_COLOR and FORCE_COLOR; text written to a file or a
    pipe is 120 columns wide unless --width or COLUMNS says otherwise. Output to a
    terminal goes through PAGER (less by default) unless --no-pager.
    """
    # main() hands in the Output it prints the final error with, so that one decision about
    # colour holds for every line on both streams.
    if not isinstance(ctx.obj, Output):
        ctx.obj = Output()
    set_global_options(ctx.obj, width, no_color, no_pager, max_bytes)


# ---------------------------------------------------------------------------- repository


def _repository(key: str, command: str) -> Any:
    """The framework repository the command runs in, for a command given no files.

    Raises:
        InputError: there is none (the command needs files named).
    """
    from ratingbook.framework.errors import InputError
    from ratingbook.framework.loading.project import find_project

    project = find_project()
    if project is None:
        what = {"versions": "FRAMEWORK files or version ids", "expectations": "EXPECTATIONS"}
        raise InputError(
            f"name {what.get(key, 'FILE|FOLDER')} to {command}, or run ratingbook {command} "
            "inside a framework repository (a folder with a ratingbook.toml: ratingbook init "
            "makes one; docs/workspace.md)"
        )
    return project


def _nothing_in_repository(key: str, what: str) -> Exception:
    from ratingbook.framework.errors import InputError
    from ratingbook.framework.loading.project import find_project

    project = find_project()
    assert project is not None
    return InputError(
        f"{project.line_of(key)}: there are no {what} in the repository's {key} folders; "
        f"add one, or name files on the command line"
    )


def _complete_versions(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
    """Shell completion of a version: the ids known here (shipped and the repository's)
    that fit, else file names."""
    from click.shell_completion import CompletionItem

    try:
        from ratingbook.framework import registry

        entries = registry.known().entries
    except Exception:  # completion never fails the shell: ids it cannot read are left out
        entries = ()
    items: list[Any] = [
        CompletionItem(e.id, help=e.title) for e in entries if e.id.startswith(incomplete)
    ]
    # Files only when no id fits: bash's script drops every word before a "file" item.
    return items or [CompletionItem(incomplete, type="file")]


SHIPPED_SCHEMAS = ("expectations", "project")


def _complete_schemas(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
    """Shell completion of ``schema``'s argument: the shipped schemas, then versions."""
    from click.shell_completion import CompletionItem

    words = [CompletionItem(w) for w in SHIPPED_SCHEMAS if w.startswith(incomplete)]
    versions = _complete_versions(ctx, param, incomplete)
    return [*words, *(v for v in versions if v.type != "file")] if words else versions


# ---------------------------------------------------------------------------- frameworks


@cli.command(epilog=examples("ratingbook frameworks", "ratingbook frameworks --format json"))
@format_option("frameworks")
@click.pass_obj
def frameworks(out: Output, fmt: str) -> None:
    """List the framework versions known by id and their effective dates: the shipped ones
    and, inside a framework repository, the repository's own."""
    from ratingbook.framework import registry
    from ratingbook.framework.emit.documents import ShippedVersions

    known = registry.known()
    out.emit(ShippedVersions(entries=known.entries, repository=known.project is not None), fmt)


# ---------------------------------------------------------------------------- sample-size


def _populations(values: Sequence[str]) -> tuple[int | None, dict[str, int]]:
    """``--population 120`` (every sampled domain) and ``--population 3=40`` (one domain)."""
    every: int | None = None
    by_domain: dict[str, int] = {}
    for v in values:
        domain, sep, number = v.rpartition("=")
        try:
            n = int(number)
        except ValueError:
            raise click.BadParameter(
                f"{v!r}: give a whole number of cases (120) or DOMAIN=N (3=40)",
                param_hint="--population",
            ) from None
        if n < 0:
            raise click.BadParameter(
                f"{v!r}: a population cannot be negative", param_hint="--population"
            )
        if sep:
            by_domain[domain.strip()] = n
        else:
            every = n
    return every, by_domain


@cli.command(
    "sample-size",
    epilog=examples(
        "ratingbook sample-size yot-2020 --population 120",
        "ratingbook sample-size yot-2018 --population 2=120 --population 3=40",
        "ratingbook sample-size yot-2020 --population 120 --format json",
    ),
)
@click.argument("version", metavar="VERSION", shell_complete=_complete_versions)
@click.option(
    "--population",
    "populations",
    multiple=True,
    required=True,
    metavar="N|DOMAIN=N",
    help="Eligible cases: N for every sampled domain, DOMAIN=N for one (repeat for each).",
)
@format_option("sample-size")
@click.pass_obj
def sample_size(out: Output, version: str, populations: Sequence[str], fmt: str) -> None:
    """Plan an inspection's case samples under a version's sampling policy: the cases each
    sampled domain needs for its eligible population (docs/cli.md gives the formula)."""
    from ratingbook.framework import api
    from ratingbook.framework.emit.documents import SamplePlan
    from ratingbook.framework.views.sampling import sample_plan_view

    every, by_domain = _populations(populations)
    framework = api.load_framework(version)
    view = sample_plan_view(framework, every, by_domain)
    out.emit(SamplePlan(plan=view, versions=(("framework", framework),)), fmt)


# ---------------------------------------------------------------------------- check


@cli.command(
    epilog=examples(
        "ratingbook check yot-2020",
        "ratingbook check standards/yot/2020.framework --strict",
        "ratingbook check docs/examples/draft-2021-changes.framework --format json",
    )
)
@click.argument(
    "frameworks",
    nargs=-1,
    type=PATH_TEXT,
    metavar="[FRAMEWORK...]",
    shell_complete=_complete_versions,
)
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@format_option(
    "check",
    help="json: every finding as a record (file, line, column, end, severity, code, ...); "
    "github: each finding as a GitHub Actions annotation on its line.",
)
@click.pass_obj
def check(out: Output, frameworks: Sequence[str], strict: bool, fmt: str) -> None:
    """Parse and check framework files (paths or version ids). Exit 1 on errors.

    With none named, inside a framework repository: every version of the repository."""
    from ratingbook.framework import registry
    from ratingbook.framework.emit.documents import CheckedFiles
    from ratingbook.framework.errors import FindingsFound
    from ratingbook.framework.loading.frameworks import check as check_framework
    from ratingbook.framework.loading.frameworks import resolve
    from ratingbook.framework.views.reports import passes

    if not frameworks:
        frameworks = [str(p) for p in _repository("versions", "check").version_files()]
        if not frameworks:
            raise _nothing_in_repository("versions", ".framework files")

    failed = 0

    def checked() -> Iterator[tuple[str, CheckResult]]:
        # Each file is checked as its report is written (text shows each as it is done).
        nonlocal failed
        for ref in frameworks:
            result = check_framework(ref)
            failed += not passes(result, strict=strict)
            yield registry.display_path(resolve(ref)), result

    out.emit(CheckedFiles(files=checked(), strict=strict), fmt)
    if failed:
        raise FindingsFound(
            f"{failed} of {_plural(len(frameworks), 'framework file')} failed the check"
        )


# ---------------------------------------------------------------------------- new


@cli.command(
    "new",
    epilog=examples(
        "ratingbook new yot-2021 --based-on yot-2020 -o drafts/2021.framework",
        "ratingbook new yot-2022 --based-on drafts/2021.framework -o drafts/2022.framework",
    ),
)
@click.argument("version_id", metavar="ID")
@click.option(
    "--based-on",
    "based_on",
    required=True,
    shell_complete=_complete_versions,
    metavar="VERSION",
    help="The version to start from: a shipped id (yot-2020) or a .framework file.",
)
@click.option(
    "-o",
    "--output",
    type=PATH,
    default=None,
    help="The file to write (default: VERSION.framework here, e.g. 2021.framework).",
)
@click.pass_obj
def new(out: Output, version_id: str, based_on: str, output: Path | None) -> None:
    """Start a new version: write a draft ID (e.g. yot-2021) based on VERSION.

    The draft is its base in full until changed; it checks clean. An existing file is never
    overwritten.
    """
    from ratingbook.framework.loading.drafts import new_draft
    from ratingbook.framework.registry import display_path

    draft = new_draft(version_id, based_on, output)
    shown = display_path(draft.path)
    out.out.print(
        f"wrote {shown}: a draft of {draft.id}, based on {draft.based_on}", soft_wrap=True
    )
    out.out.print(f"check it with: ratingbook check {shown}", soft_wrap=True)


# ---------------------------------------------------------------------------- init


@cli.command(
    "init",
    epilog=examples(
        "ratingbook init team-frameworks",
        "ratingbook init another --based-on yot-2018 --draft yot-2019a",
    ),
)
@click.argument("folder", type=PATH, metavar="DIR")
@click.option(
    "--based-on",
    "based_on",
    default=None,
    metavar="VERSION",
    shell_complete=_complete_versions,
    help="The shipped version the first draft starts from (default: the latest in force).",
)
@click.option(
    "--draft",
    "draft_id",
    default=None,
    metavar="ID",
    help="The first draft's id (default: the next version, e.g. yot-2021 after yot-2020).",
)
@click.pass_obj
def init(out: Output, folder: Path, based_on: str | None, draft_id: str | None) -> None:
    """Start a framework repository in DIR (new, or empty): a project file, a first draft,
    the example and published inspections with their reports, an expectation file, CI,
    pre-commit and a README (docs/workspace.md)."""
    from ratingbook.framework.loading.scaffold import init_repository
    from ratingbook.framework.registry import display_path

    made = init_repository(folder, based_on, draft_id)
    for path in made.files:
        out.out.print(f"wrote {display_path(path)}", soft_wrap=True, highlight=False)
    out.out.print(
        f"a framework repository with a draft of {made.draft_id}, based on {made.based_on}; "
        f"next: cd {display_path(made.root)} && ratingbook check && ratingbook test",
        soft_wrap=True,
        highlight=False,
    )


# ---------------------------------------------------------------------------- rate


@cli.command(
    epilog=examples(
        f"ratingbook rate {WM}",
        "ratingbook rate standards/yot/inspections/ --format json",
        f"ratingbook rate {WM} --format html > report.html",
        "cat inspection.yaml | ratingbook rate - --framework yot-2020",
    )
)
@click.argument(
    declared.RATE_ARGUMENT,
    nargs=-1,
    required=True,
    type=PATH_TEXT,
    metavar=declared.RATE_METAVAR,
)
@declared_option(declared.RATE_FRAMEWORK, shell_complete=_complete_versions)
@declared_option(declared.RATE_FORMAT)
@declared_option(declared.JOBS)
@click.pass_obj
def rate(
    out: Output, inspections: Sequence[str], framework: str | None, fmt: str, jobs: int | None
) -> None:
    """Rate inspections (YAML or JSON files, long tables, or folders of them; '-' reads stdin)."""
    # Seldom run: ratingbook.framework.commandline runs a well-formed rate without click.
    try:
        rating.rate(out, inspections, framework, fmt, jobs)
    except UsageProblem as problem:
        raise click.UsageError(str(problem)) from None


# ---------------------------------------------------------------------------- explain


@cli.command(
    epilog=examples(
        f"ratingbook explain {WM}",
        f"ratingbook explain {WM} 2.2",
        f"ratingbook explain {WM} 2.2.1 --format markdown",
        f"ratingbook explain {WM} --depth 2 --no-snippets",
        f"ratingbook explain {WM} --only limiting",
    )
)
@click.argument("inspection", type=PATH_TEXT, metavar="INSPECTION")
@click.argument("item", required=False, metavar="[ID]")
@click.option(
    "--framework",
    "-f",
    shell_complete=_complete_versions,
    metavar="ID|PATH",
    help="Explain under this version instead of the data's own.",
)
@click.option(
    "--depth",
    type=click.IntRange(min=0),
    default=None,
    help="Show only this many levels below the item.",
)
@format_option("explain")
@click.option(
    "--only",
    type=click.Choice(["limiting"]),
    default=None,
    help="Show only what pulled each rating down: the key questions in a standard's lowest "
    "band, their 'no' answers and the prompts with a 'no'.",
)
@click.option(
    "--no-snippets", is_flag=True, help="Do not show the framework text of each deciding rule."
)
@click.pass_obj
def explain(
    out: Output,
    inspection: str,
    item: str | None,
    framework: str | None,
    depth: int | None,
    fmt: str,
    only: str | None,
    no_snippets: bool,
) -> None:
    """Why a rating is what it is: the overall rating, a standard (2.2) or a key question (2.2.1)."""
    from ratingbook.framework import api
    from ratingbook.framework.emit.documents import Explained

    limiting: Literal["limiting"] | None = "limiting" if only == "limiting" else None
    explanation = api.explain(_rated(inspection, framework), item, depth=depth, only=limiting)
    out.emit(
        Explained(explanation=explanation, snippets=not no_snippets, only=limiting, depth=depth),
        fmt,
    )


# ---------------------------------------------------------------------------- diff and compare


@cli.command(
    "diff",
    epilog=examples(
        "ratingbook diff yot-2018 yot-2020",
        "ratingbook diff yot-2018 yot-2020 --summary",
        "ratingbook diff yot-2020 docs/examples/good-from-70.framework --format markdown",
    ),
)
@click.argument("old", metavar="OLD", shell_complete=_complete_versions)
@click.argument("new", metavar="NEW", shell_complete=_complete_versions)
@format_option("diff")
@click.option(
    "--summary",
    is_flag=True,
    help="Only the counts, per kind and per domain, and one line per item.",
)
@click.pass_obj
def diff_cmd(out: Output, old: str, new: str, fmt: str, summary: bool) -> None:
    """What NEW changes from OLD (ids or paths): rules, applicability, wording, items added
    and removed. Without colour, deleted and inserted words are marked [-old-]{+new+}."""
    from ratingbook.framework import api
    from ratingbook.framework.emit.documents import Changes

    versions = (("old", api.load_framework(old)), ("new", api.load_framework(new)))
    d = api.diff(versions[0][1], versions[1][1])
    out.emit(Changes(diff=d, versions=versions, summary=summary), fmt)


@cli.command(
    "show",
    epilog=examples(
        "ratingbook show yot-2020",
        "ratingbook show yot-2020 --standard 2.2",
        "ratingbook show my-draft.framework --rules-only",
        "ratingbook show yot-2020 --domain 2 --format json",
    ),
)
@click.argument("version", metavar="VERSION", shell_complete=_complete_versions)
@click.option("--domain", metavar="ID", help="Only this domain's items (2).")
@click.option("--standard", metavar="ID", help="Only this standard's items (2.2).")
@click.option(
    "--rules-only",
    is_flag=True,
    help="Only what decides ratings: applicability, rating rules, bands, scores, discretion.",
)
@format_option("show")
@click.pass_obj
def show(
    out: Output,
    version: str,
    domain: str | None,
    standard: str | None,
    rules_only: bool,
    fmt: str,
) -> None:
    """A version as merged (an id or a .framework file): every item and rule, each clause
    with the file and line that set it and whether it is new, changed, restated or inherited
    from the version it is based on."""
    from ratingbook.framework import api
    from ratingbook.framework.contents import select
    from ratingbook.framework.emit.documents import Listing

    if domain is not None and standard is not None:
        raise click.UsageError("give --domain or --standard, not both")
    framework = api.load_framework(version)
    versions = (("framework", framework),)
    found = select(api.contents(version), domain=domain, standard=standard, rules_only=rules_only)
    out.emit(Listing(contents=found, versions=versions), fmt)


@cli.command(
    "schema",
    epilog=examples(
        "ratingbook schema yot-2020 > yot-2020.schema.json",
        "ratingbook schema my-draft.framework -o my-draft.schema.json",
        "ratingbook schema expectations > expectations.schema.json",
        "ratingbook schema project",
    ),
)
@click.argument("version", metavar="expectations|project|VERSION", shell_complete=_complete_schemas)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the schema to this file (replaced whole) instead of standard output.",
)
@click.pass_obj
def schema(out: Output, version: str, output: Path | None) -> None:
    """A JSON Schema (draft 7), every property described, for editors and import tools:

    \b
    expectations  expectation files (what `ratingbook test` runs)
    project       the project file of a framework repository (ratingbook.toml)
    VERSION       a version's inspection data (an id or a .framework file): its key-question
                  and prompt ids, attributes with their types, lists, vocabularies, ranges
                  and dates, judged standards and ratings. ratingbook rate checks the same
                  and more.
    """
    from ratingbook.framework import api
    from ratingbook.framework.render.json_stream import dumps
    from ratingbook.framework.views.common import versions_audit

    if version in SHIPPED_SCHEMAS:
        from ratingbook._version import __version__

        found = api.shipped_schema(version)
        _write_schema(
            out, dumps({"$comment": f"made by ratingbook {__version__}", **found}) + "\n", output
        )
        return
    framework = api.load_framework(version)
    found = api.inspection_schema(version)
    audit = "; ".join(versions_audit((("framework", framework),)))
    # The audit header, where JSON Schema keeps remarks for people: validators ignore it.
    _write_schema(out, dumps({"$comment": f"made by {audit}", **found}) + "\n", output)


def _write_schema(out: Output, text: str, output: Path | None) -> None:
    if output is None:
        out.write(text)
        return
    from ratingbook.framework.loading.writing import replace_text

    replace_text(output, text, how_to_force="remove it first, or write elsewhere")
    out.err.print(f"wrote {output}", soft_wrap=True)


@cli.command(
    "workbook",
    epilog=examples(
        "ratingbook workbook yot-2020 -o exampleshire-2021.xlsx",
        "ratingbook workbook yot-2020 --from inspection.yaml -o inspection.xlsx",
    ),
)
@click.argument("version", metavar="VERSION")
@click.option(
    "-o",
    "--output",
    type=OUTPUT_FILE,
    required=True,
    help="The workbook to write (.xlsx; replaced whole).",
)
@click.option(
    "--from",
    "from_",
    type=PATH_TEXT,
    default=None,
    metavar="INSPECTION",
    help="Fill the workbook from this inspection (YAML, JSON, a table's inspection, or "
    "another workbook).",
)
@click.pass_obj
def workbook_cmd(out: Output, version: str, output: Path, from_: str | None) -> None:
    """The inspectors' recording workbook for a version (an id or a .framework file): a row
    per case with drop-downs from the attributes' types, a column per key question and
    prompt (greyed out, live, where it does not apply), the judged standards, the panel's
    decisions and the inspection's facts. Read it back with ratingbook import, or rate it
    directly."""
    from ratingbook.framework import api
    from ratingbook.framework.loading.workbook_write import build
    from ratingbook.framework.loading.writing import replace_files
    from ratingbook.framework.registry import display_path

    if output.suffix.lower() != ".xlsx":
        from ratingbook.framework.errors import InputError

        raise InputError(f"{output}: a workbook is written as .xlsx; name the file FILE.xlsx")
    framework = api.load_framework(version)
    document = None
    if from_ is not None:
        from ratingbook.framework.loading import readers

        document = readers.document(from_)
    framework_file = None
    from ratingbook.framework import registry

    if registry.find(version) is None:  # a draft: named by its file, beside the workbook
        import os

        framework_file = Path(os.path.relpath(framework.path, output.parent or ".")).as_posix()
    data = build(framework, document, framework_file=framework_file)
    replace_files([(output, data)], how_to_force="remove it first, or write elsewhere")
    cases = len((document or {}).get("cases") or ())
    filled = f", filled with {_plural(cases, 'case')} from {display_path(from_)}" if from_ else ""
    out.err.print(f"wrote {display_path(output)} ({framework.id}{filled})", soft_wrap=True)


@cli.command(
    "import",
    epilog=examples(
        "ratingbook import exampleshire-2021.xlsx -o exampleshire-2021.yaml",
        "ratingbook import exampleshire-2021.xlsx > exampleshire-2021.yaml",
    ),
)
@click.argument("file", metavar="FILE.xlsx", type=PATH_TEXT)
@click.option(
    "-o",
    "--output",
    type=OUTPUT_FILE,
    default=None,
    help="Write the inspection file here (replaced whole) instead of standard output.",
)
@click.pass_obj
def import_cmd(out: Output, file: str, output: Path | None) -> None:
    """Read a filled recording workbook back as an inspection file (YAML). Every problem is
    listed at once, each at its sheet and cell (Cases!H12), and nothing is written unless
    every cell reads cleanly. Says which version and instrument made the workbook."""
    from ratingbook.framework.loading import workbook

    imported = workbook.read_workbook(file)
    workbook.to_inspection(imported)  # the format's own rules, as rate reads it
    text = workbook.yaml_text(imported)
    cases = len(imported.document.get("cases") or ())
    said = f"{imported.display}: {imported.made.describe()}; {_plural(cases, 'case')}"
    for note in imported.notes:
        said += f"; {note}"
    if output is None:
        out.err.print(said, soft_wrap=True)
        out.write(text)
        return
    from ratingbook.framework.loading.writing import replace_text
    from ratingbook.framework.registry import display_path

    replace_text(output, text, how_to_force="remove it first, or write elsewhere")
    out.err.print(f"{said}; wrote {display_path(output)}", soft_wrap=True)


@cli.command(
    "publish",
    epilog=examples(
        "ratingbook publish yot-2020 > yot-2020.html",
        "ratingbook publish yot-2020 --format markdown -o ~/handbooks/yot-2020.md",
        "ratingbook publish my-draft.framework --format markdown",
    ),
)
@click.argument("version", metavar="VERSION", shell_complete=_complete_versions)
@format_option("publish", default="html")
@click.option(
    "-o",
    "--output",
    type=OUTPUT_FILE,
    default=None,
    help="Write the handbook to this file (replaced whole) instead of standard output.",
)
@click.pass_obj
def publish(out: Output, version: str, fmt: str, output: Path | None) -> None:
    """A version (an id or a .framework file) as a handbook for readers: its domains,
    standards, key questions and prompts, who each applies to in plain words, and how ratings
    are worked out, generated from the rules themselves. HTML is one self-contained page."""
    import io

    from ratingbook.framework import api
    from ratingbook.framework.emit import emit
    from ratingbook.framework.emit.documents import Handbook
    from ratingbook.framework.handbook import handbook
    from ratingbook.framework.views.common import versions_audit
    from ratingbook.framework.views.handbook import handbook_view

    framework = api.load_framework(version)
    view = handbook_view(handbook(framework), audit=versions_audit((("framework", framework),)))
    if output is None:
        out.emit(Handbook(view=view), fmt)
        return
    buffer = io.StringIO()
    emit(Handbook(view=view), fmt, buffer)
    page = buffer.getvalue()
    from ratingbook.framework.loading.writing import replace_text

    # Replaced whole, as fmt replaces a file (a link's target, the mode kept, no temporary
    # file left); a read-only or hard-linked handbook is refused.
    replace_text(output, page, how_to_force="remove it first, or write elsewhere")
    from ratingbook.framework.registry import display_path

    out.err.print(f"wrote {display_path(output)}", soft_wrap=True)


@cli.command(
    "export",
    epilog=examples(
        "ratingbook export standards/yot/inspections/ -o published.csv",
        "ratingbook export standards/yot/ -o corpus.parquet",
    ),
)
@click.argument("corpus", nargs=-1, required=True, type=PATH_TEXT, metavar="CORPUS...")
@click.option(
    "-o",
    "--output",
    type=OUTPUT_FILE,
    required=True,
    help="The table to write (.csv or .parquet); its inspections file is written beside it "
    "(table.inspections.csv).",
)
@click.pass_obj
def export_cmd(out: Output, corpus: Sequence[str], output: Path) -> None:
    """Write inspections (files, folders of them, or tables) as one long table: a row per case
    answer, and an inspections file beside it for each inspection's own facts. Nothing is
    written unless every inspection reads cleanly."""
    from ratingbook.framework.loading.export import export

    done = export(corpus, output)
    out.err.print(
        f"wrote {done.table} ({_plural(done.rows, 'row')}: {_plural(done.cases, 'case')} of "
        f"{_plural(done.inspections, 'inspection')}) and {done.side}",
        soft_wrap=True,
    )


@cli.command(
    "compare",
    epilog=examples(
        "ratingbook compare --base yot-2018 --candidate yot-2020 standards/yot/inspections/",
        "ratingbook compare --base yot-2020 --candidate docs/examples/good-from-70.framework standards/yot/inspections/ --format json",
    ),
)
@click.option(
    "--base",
    required=True,
    metavar="ID|PATH",
    help="The version in force (or any version).",
    shell_complete=_complete_versions,
)
@click.option(
    "--candidate",
    required=True,
    metavar="ID|PATH",
    help="The proposed version.",
    shell_complete=_complete_versions,
)
@click.argument("corpus", nargs=-1, required=True, type=PATH_TEXT, metavar="CORPUS...")
@format_option("compare")
@jobs_option
@click.pass_obj
def compare_cmd(
    out: Output,
    base: str,
    candidate: str,
    corpus: Sequence[str],
    fmt: str,
    jobs: int | None,
) -> None:
    """Re-rate inspections (files, or folders of them) under two versions; exit 1 if any
    rating moves, 3 if the data cannot decide some result."""
    from ratingbook.framework import api
    from ratingbook.framework.app.corpus import compare_each
    from ratingbook.framework.emit.documents import ComparisonRun
    from ratingbook.framework.errors import FindingsFound, InputError, Undetermined
    from ratingbook.framework.loading.corpus import expand, inspections

    versions = api.load_framework(base), api.load_framework(candidate)
    found = expand(inspections(corpus))
    with out.progress(len(found), "comparing") as advance:
        run = ComparisonRun(
            base=versions[0],
            candidate=versions[1],
            stream=_counted(compare_each(*versions, found, jobs=jobs), advance),
        )
        out.emit(run, fmt)
    tally = run.tally
    assert tally is not None
    if tally.errors:
        raise InputError(
            f"{_plural(tally.errors, 'inspection')} could not be rated under both versions (see above)"
        )
    if tally.undetermined:
        raise Undetermined(
            f"{_plural(tally.undetermined_results, 'result')} in "
            f"{_plural(tally.undetermined, 'inspection')} cannot be decided from the data "
            "(see above)" + (f"; ratings moved in {tally.affected}" if tally.moved else "")
        )
    if tally.moved:
        raise FindingsFound(
            f"ratings moved in {tally.affected} of {_plural(tally.inspections, 'inspection')}"
        )


def _counted(items: Iterator[Any], advance: Callable[[], None]) -> Iterator[Any]:
    """``items``, moving the progress line on as each one comes."""
    for item in items:
        advance()
        yield item


# ---------------------------------------------------------------------------- test


@cli.command(
    "test",
    epilog=examples(
        "ratingbook test standards/yot/",
        "ratingbook test standards/yot/expectations/published.yaml -v",
        "ratingbook test standards/yot/ --coverage",
    ),
)
@click.argument("paths", nargs=-1, type=PATH_TEXT, metavar="[EXPECTATIONS...]")
@click.option("-v", "--verbose", is_flag=True, help="One line per expectation, passed or not.")
@click.option(
    "--coverage",
    is_flag=True,
    help="Also report which band edges, applicability conditions, discretion triggers and "
    "overall bands of each version the passing expectations exercise.",
)
@format_option(
    "test",
    help="junit: JUnit XML for a CI server's test report (as pytest writes it); json: every "
    "expectation as a record (docs/expectations.md).",
)
@click.pass_obj
def test_cmd(out: Output, paths: Sequence[str], verbose: bool, coverage: bool, fmt: str) -> None:
    """Run expectation files (or every one under a folder); exit 1 on any failure.

    With none named, inside a framework repository: every expectation file of the repository."""
    from ratingbook.framework.app.expectations import discover, run_all
    from ratingbook.framework.emit.documents import ExpectationRun
    from ratingbook.framework.errors import FindingsFound, InputError

    if not paths:
        paths = [str(p) for p in _repository("expectations", "test").existing("expectations")]
        if not paths:
            raise _nothing_in_repository("expectations", "expectation files")

    with out.progress(len(discover(paths)), "testing") as advance:
        outcomes, seconds = run_all(paths, advance=advance)
    if not outcomes:
        raise InputError(f"no expectation files found in {', '.join(paths)}")
    found = None
    if coverage:
        from ratingbook.framework.coverage import coverage as exercised

        found = tuple(exercised(outcomes))
    out.emit(
        ExpectationRun(outcomes=outcomes, seconds=seconds, verbose=verbose, coverage=found), fmt
    )
    invalid = sum(o.invalid for o in outcomes)
    if invalid:
        raise InputError(
            f"{_plural(invalid, 'expectation')} could not be run (see above): fix "
            f"{'its' if invalid == 1 else 'their'} file or data first"
        )
    failed = sum(not o.passed for o in outcomes)
    if failed:
        raise FindingsFound(f"{_plural(failed, 'expectation')} failed")


# ---------------------------------------------------------------------------- fmt


@cli.command(
    epilog=examples(
        "ratingbook fmt --check standards/yot/2020.framework",
        "ratingbook fmt --diff standards/yot/2020.framework",
        "ratingbook fmt my-draft.framework",
    )
)
@click.argument("files", nargs=-1, type=PATH, metavar="[FILE|FOLDER...]")
@click.option(
    "--check",
    "check_only",
    is_flag=True,
    help="Change nothing; exit 1 if any file is not formatted.",
)
@click.option(
    "--diff",
    "show_diff",
    is_flag=True,
    help="Change nothing; print what would change, as a unified diff (patch -p0 applies "
    "it), and exit 1 if any file is not formatted.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Also rewrite read-only files and files with other hard links.",
)
@click.option(
    "--fix-citations",
    "fix_cites",
    is_flag=True,
    help="Also make each citation whose quotation starts on another line of its source "
    "name that line (what 'check' reports as quote-not-found with 'cite it as ...').",
)
@click.pass_obj
def fmt(
    out: Output,
    files: Sequence[Path],
    check_only: bool,
    show_diff: bool,
    force: bool,
    fix_cites: bool,
) -> None:
    """Lay out framework files canonically (comments are kept where they are); a folder
    stands for every .framework file under it, and none named, inside a framework repository,
    its versions. Each file is replaced whole (a link's target keeps the link), keeping its
    permissions; read-only and hard-linked files are left alone unless --force. Nothing but layout changes, unless --fix-citations: then also the line
    numbers of citations that 'check' finds at another line, and nothing else."""
    from ratingbook.dsl.fmt import FormatError, fix_citations, format_source
    from ratingbook.framework.errors import FindingsFound, InputError, RatingbookError
    from ratingbook.framework.loading import corpus
    from ratingbook.framework.loading import files as reading
    from ratingbook.framework.loading.writing import replace_text

    check_only = check_only or show_diff
    if not files:  # inside a framework repository: every version of it
        files = _repository("versions", "fmt").version_files()
        if not files:
            raise _nothing_in_repository("versions", ".framework files")
    named: list[Path] = []
    unlisted: list[Path] = []
    for path in files:
        if corpus.is_folder(path):
            found = corpus.files_under(path, ".framework")
            unlisted += [p for p, cannot in found if cannot]
            if not found:
                raise InputError(f"{path}: a folder with no .framework files in it")
            named += [p for p, cannot in found if not cannot]
        else:
            named.append(path)
    files = named
    unformatted: list[Path] = []
    # One file that cannot be formatted (it does not parse, it is read-only, ...) is reported
    # and the others are still formatted; the command then exits 2 and says how many.
    failed: list[RatingbookError] = [
        InputError(f"{p}: a folder that cannot be read; nothing in it was formatted")
        for p in unlisted
    ]
    for err in failed:
        out.error(err)
    for path in files:
        try:
            text = reading.read_text(path, str(path), what="a framework file")
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            fixes = _citation_fixes(path) if fix_cites else []
            try:
                formatted = format_source(fix_citations(text, fixes, str(path)), str(path))
            except FormatError as err:
                raise InputError(str(err)) from err
            if formatted == text:
                continue
            cited = f" ({_plural(len(fixes), 'citation')} fixed)" if fixes else ""
            if show_diff:
                unformatted.append(path)
                _print_diff(out, str(path), text, formatted)
            elif check_only:
                unformatted.append(path)
                out.err.print(f"would reformat {path}{cited}", soft_wrap=True)
            else:
                written = replace_text(path, formatted, force=force)
                unformatted.append(path)
                shown = f"{path} (the link's target, {written})" if written != path else str(path)
                out.out.print(f"reformatted {shown}{cited}", soft_wrap=True)
        except RatingbookError as err:
            if len(files) == 1 and not unlisted:
                raise
            failed.append(err)
            out.error(err)
    done = len(files) - len(unformatted) - len(failed) + len(unlisted)
    if check_only and unformatted and not failed:
        raise FindingsFound(
            f"{_plural(len(unformatted), 'file')} would be reformatted, {done} already formatted"
        )
    summary = f"{len(unformatted) if not check_only else 0} reformatted, {done} already formatted"
    if failed:
        if check_only:
            summary = f"{len(unformatted)} would be reformatted, {done} already formatted"
        raise InputError(f"{summary}; {len(failed)} could not be formatted (see above)")
    # With --diff, standard output is the diff alone (patch reads it); the count goes aside.
    (out.err if show_diff else out.out).print(summary, soft_wrap=True)


def _print_diff(out: Output, name: str, text: str, formatted: str) -> None:
    """What ``fmt`` would change in a file, as a unified diff naming it on both sides (as
    ruff's and black's ``--diff`` do, so ``patch -p0`` applies it from where it was run),
    three lines of context, every character as the file has it (a tab stays a tab); on a
    terminal, added lines green and removed lines red."""
    import difflib

    from rich.console import COLOR_SYSTEMS
    from rich.style import Style

    system = COLOR_SYSTEMS.get(out.out.color_system or "")
    styles = {"---": "bold", "+++": "bold", "@@": "cyan", "+": "green", "-": "red"}
    shown = []
    for line in difflib.unified_diff(
        text.splitlines(keepends=True), formatted.splitlines(keepends=True), name, name
    ):
        body = line.removesuffix("\n")
        style = next((v for k, v in styles.items() if body.startswith(k)), None)
        if system is not None and style is not None:
            body = Style.parse(style).render(body, color_system=system)
        # The last line of a file with no line end, marked as diff marks it.
        shown.append(body + ("\n" if line.endswith("\n") else "\n\\ No newline at end of file\n"))
    out.write("".join(shown))


def _citation_fixes(path: Path) -> list[tuple[Span, str]]:
    """The citations of a framework file that 'check' finds at another line, with the
    citation that names the right line; only those written in the file itself."""
    from ratingbook.framework import codes
    from ratingbook.framework.loading.frameworks import check_path

    display = str(path)
    result = check_path(path, display)
    fixes: list[tuple[Span, str]] = []
    for d in result.diagnostics:
        if d.code == codes.QUOTE_NOT_FOUND and d.fix is not None and d.span is not None:
            if d.span.path == display:
                fixes.append((d.span, d.fix))
    return fixes


# ---------------------------------------------------------------------------- cache


@cli.group(
    cls=_Group,
    name="cache",
    epilog=examples("ratingbook cache info", "ratingbook cache clear"),
)
def cache_group() -> None:
    """Show or empty the cache of checked frameworks (it only saves time: a run with it
    gives what a run without it gives)."""


def _cache_size(size: int) -> str:
    return f"{size:,} bytes ({size / (1024 * 1024):.1f} MiB)"


@cache_group.command(name="info", epilog=examples("ratingbook cache info"))
@click.pass_obj
def cache_info(out: Output) -> None:
    """Where the cache is, how many entries it holds, their size and its limit."""
    from ratingbook.framework.loading import cache

    store = cache.Cache.from_environment()
    if store is None:
        out.out.print(f"the cache is turned off ({cache.ENV_OFF} is set)", soft_wrap=True)
        return
    info = store.info()
    for line in (
        f"folder   {info.folder}",
        f"entries  {info.entries:,}",
        f"size     {_cache_size(info.size)}",
        f"limit    {_cache_size(info.limit)} (least recently used entries are removed past "
        f"it; set {cache.ENV_LIMIT} to change it)",
    ):
        out.out.print(line, soft_wrap=True, markup=False, highlight=False)


@cache_group.command(name="clear", epilog=examples("ratingbook cache clear"))
@click.pass_obj
def cache_clear(out: Output) -> None:
    """Remove every entry of the cache (only its own files; the folder itself stays)."""
    from ratingbook.framework.loading import cache

    store = cache.Cache.from_environment()
    if store is None:
        out.out.print(f"the cache is turned off ({cache.ENV_OFF} is set)", soft_wrap=True)
        return
    removed = store.clear()
    out.out.print(
        f"removed {removed} {'entry' if removed == 1 else 'entries'} from {store.root}",
        soft_wrap=True,
        markup=False,
        highlight=False,
    )


# ---------------------------------------------------------------------------- lsp


@cli.command(epilog=examples("ratingbook lsp"))
def lsp() -> None:
    """Run the language server for .framework files on standard input and output.

    An editor starts it (docs/editors.md): findings as you type, hover, go to definition,
    references, completion, formatting, the outline and quick fixes. Needs the 'lsp' extra:
    python -m pip install 'ratingbook[lsp]'.
    """
    from ratingbook.framework.errors import InputError

    try:
        import lsprotocol  # noqa: F401
        import pygls  # noqa: F401
    except ImportError as err:
        raise InputError(
            "the language server needs pygls, which is not installed; install ratingbook "
            "with its 'lsp' extra: python -m pip install 'ratingbook[lsp]'"
        ) from err
    from ratingbook.framework.lsp.server import serve

    serve()


# ---------------------------------------------------------------------------- entry point


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Run the CLI (``rate`` without click when its arguments allow: commandline/)."""
    _main(argv)


def show_rate_usage_error(argv: Sequence[str], message: str) -> int:
    """A usage error ``rate`` found once it looked at its inputs, shown as click shows it
    (with the command's usage line), for a ``rate`` run without click; the status 2."""
    with cli.make_context("ratingbook", list(argv), obj=Output()) as ctx:
        command = cli.get_command(ctx, "rate")
        assert command is not None
        with command.make_context("rate", ctx.args, parent=ctx) as sub:
            click.UsageError(message, sub).show()
    return EXIT_INPUT


def run_click(argv: Sequence[str] | None) -> int:
    """The command's exit status, click reading its arguments; user errors are printed
    here."""
    # The command's options (--no-color, --width) are read into this Output, which prints the
    # final error too: the error stream follows the same colour decision as every other line.
    output = Output()
    return reported(output, lambda: _click_main(argv, output))


def _click_main(argv: Sequence[str] | None, output: Output) -> int:
    try:
        cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="ratingbook",
            standalone_mode=False,
            obj=output,
        )
    except SystemExit:
        # click ends a command whose output pipe closed with exit(1), after wrapping the
        # streams to stay quiet: that is a closed pipe, not a finding.
        if type(sys.stdout).__name__.endswith("PacifyFlushWrapper"):
            raise BrokenPipeError from None
        raise
    except click.exceptions.Abort as err:  # click's form of Ctrl-C
        raise KeyboardInterrupt from err
    except click.exceptions.Exit as done:  # --help, --version
        return done.exit_code
    except click.ClickException as err:
        err.show()
        return EXIT_INPUT if err.exit_code == 2 else err.exit_code
    return EXIT_OK
