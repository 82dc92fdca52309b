"""Text: what a person reads in a terminal, laid out by Rich (``render/text.py`` and its
siblings) on the console the command gives, whose width and colours it keeps.

A rating or an explanation with no colour to draw (render/settings.py's ``plain``: a file, a
pipe, ``--no-color``) is drawn by the plain writer (render/plain.py) instead, the same
characters without loading Rich: a command hands its :class:`Consoles`, and a console is made
only when Rich draws."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Protocol, assert_never

from ratingbook.framework.emit import KINDS_OF
from ratingbook.framework.emit.documents import (
    Changes,
    CheckedFiles,
    ComparisonRun,
    Document,
    ExpectationRun,
    Explained,
    Handbook,
    Listing,
    Ratings,
    RatingsList,
    SamplePlan,
    ShippedVersions,
)

if TYPE_CHECKING:
    from rich.console import Console

    from ratingbook.framework.emit import Stream
    from ratingbook.framework.render.settings import ConsoleSettings

KINDS: Final = KINDS_OF["text"]
CONSOLE: Final = True  # laid out on a Rich console: its width and colours


class Consoles(Protocol):
    """Where a command's text goes: the settings of its console, known before it is made,
    and its consoles (standard output, the error stream), made when first asked for."""

    def settings(self) -> ConsoleSettings: ...

    @property
    def out(self) -> Console: ...

    @property
    def err(self) -> Console: ...


class ConsolesOver:
    """Consoles with these settings writing to ``stream``, made when first asked for (the
    error stream is the same console): what another process's command would print."""

    def __init__(self, stream: Stream, settings: ConsoleSettings) -> None:
        self.stream, self._settings = stream, settings
        self._console: Console | None = None

    def settings(self) -> ConsoleSettings:
        return self._settings

    @property
    def out(self) -> Console:
        if self._console is None:
            from ratingbook.framework.render.theme import console_over

            self._console = console_over(self.stream, self._settings)
        return self._console

    @property
    def err(self) -> Console:
        return self.out

    def flush(self) -> None:
        """Write out the last line a console holds."""
        if self._console is not None:
            self._console.file.flush()


def _program_settings() -> ConsoleSettings:
    """Plain text 100 columns wide, no colour, no trailing spaces: what a program gets."""
    from ratingbook.framework.render.settings import ConsoleSettings

    return ConsoleSettings(width=100, color_system=None, terminal=False, no_color=True)


def plain_console(stream: Stream) -> Console:
    """A console printing as :func:`_program_settings` say."""
    from ratingbook.framework.render.theme import console_over

    return console_over(stream, _program_settings())


def emit(
    view: Document,
    stream: Stream,
    *,
    console: Console | None,
    errors: Console | None,
    consoles: Consoles | None = None,
) -> None:
    """Write ``view`` as text on ``console`` (made over ``stream`` when not given), or on
    ``consoles`` when given: a rating or an explanation with no colour is drawn by the plain
    writer on ``stream``, anything else on the consoles, made then."""
    if consoles is not None:
        if isinstance(view, Ratings | Explained) and _plain(view, stream, consoles.settings()):
            return
        console, errors = consoles.out, consoles.err
    if console is None and isinstance(view, Ratings | Explained):
        # What plain_console would print, drawn without making it.
        if _plain(view, stream, _program_settings()):
            return
    out = console if console is not None else plain_console(stream)
    if isinstance(view, Ratings | Explained):
        from ratingbook.framework.render.theme import settings_of

        # Any console with no colour draws a rating or an explanation as the plain writer does.
        if _plain(view, out.file, settings_of(out)):
            return
    _emit(view, stream, out, errors)
    if console is None:
        out.file.flush()  # the last line, held until it ends


def _plain(view: Ratings | Explained, stream: Stream, settings: ConsoleSettings) -> bool:
    """Draw ``view`` with the plain writer on ``stream`` if ``settings`` say so (render/
    settings.py's ``plain``): whether it did."""
    from ratingbook.framework.render.settings import plain, trim_line, trim_lines

    if not plain(settings):
        return False
    from ratingbook.framework.render import pages
    from ratingbook.framework.render import plain as writer

    if isinstance(view, Ratings):
        from ratingbook.framework.views.ratings import ratings_view

        text = writer.write(pages.ratings_page(ratings_view(view.result)), settings.width)
        stream.write(trim_lines(text) if settings.trim else text)
        return True
    from ratingbook.framework.views.explanation import explanation_view

    shown = explanation_view(view.explanation, snippets=view.snippets, repeat_snippets=False)
    # Written as its lines are worked out, a batch of lines at a time, never held whole.
    flush = getattr(stream, "flush", None) or (lambda: None)
    batch: list[str] = []
    for line in writer.lines(pages.explanation_page(shown), settings.width):
        batch.append(trim_line(line) if settings.trim else line)
        if len(batch) >= writer.BATCH:
            stream.write("\n".join(batch) + "\n")
            flush()  # as Rich flushes after each batch it prints
            batch = []
    if batch:
        stream.write("\n".join(batch) + "\n")
    flush()
    return True


def _emit(view: Document, stream: Stream, out: Console, errors: Console | None) -> None:
    match view:
        case Ratings():
            from ratingbook.framework.render import text
            from ratingbook.framework.views.ratings import ratings_view

            out.print(text.render_ratings(ratings_view(view.result)), crop=False)
        case RatingsList():
            for emitted in view.emitted:
                stream.write(emitted)
        case Explained():
            from ratingbook.framework.render import text
            from ratingbook.framework.views.explanation import explanation_view

            shown = explanation_view(
                view.explanation, snippets=view.snippets, repeat_snippets=False
            )
            # Drawn and written as its lines are worked out, never held whole.
            text.print_as_made(out, text.streamed_explanation(shown))
        case Changes():
            from ratingbook.framework.render import diffs
            from ratingbook.framework.views.common import versions_audit
            from ratingbook.framework.views.diff import diff_summary_view, diff_view

            audit = versions_audit(view.versions)
            if view.summary:
                out.print(
                    diffs.render_diff_summary(diff_summary_view(view.diff), audit=audit),
                    crop=False,
                )
            else:
                marked = out.color_system is None  # no colour: a pipe, a log, --no-color
                out.print(
                    diffs.render_diff(diff_view(view.diff), marked=marked, audit=audit),
                    crop=False,
                )
        case Listing():
            from ratingbook.framework.render import contents
            from ratingbook.framework.views.common import versions_audit
            from ratingbook.framework.views.contents import contents_view

            out.print(
                contents.render_contents(
                    contents_view(view.contents), audit=versions_audit(view.versions)
                ),
                crop=False,
            )
        case SamplePlan():
            from ratingbook.framework.views.common import versions_audit

            stream.write("\n".join([*versions_audit(view.versions), *view.plan.lines]) + "\n")
        case ShippedVersions():
            from ratingbook.framework.render import reports
            from ratingbook.framework.views.reports import frameworks_view

            listed = frameworks_view(view.entries, repository=view.repository)
            out.print(reports.render_frameworks(listed))
        case CheckedFiles():
            _check(view, out, errors if errors is not None else out)
        case ComparisonRun():
            _compare(view, out)
        case ExpectationRun():
            _test(view, out, stream)
        case Handbook():
            raise AssertionError("a handbook has no text form")  # not in KINDS
        case _:
            assert_never(view)


def _check(view: CheckedFiles, out: Console, errors: Console) -> None:
    """Each file as it is checked: its findings on the error stream, then one status line
    (on the error stream too when it failed)."""
    from ratingbook.framework.render import reports
    from ratingbook.framework.views.reports import checked_file

    for path, result in view.files:
        checked = checked_file(path, result, strict=view.strict)
        if checked.diagnostics:
            errors.print(reports.render_check_diagnostics(checked), soft_wrap=True)
        console = out if checked.ok else errors
        console.print(reports.render_check_status(checked), soft_wrap=True)


def _compare(view: ComparisonRun, out: Console) -> None:
    """The head, each inspection as it is compared, then the summary."""
    from rich.console import Group

    from ratingbook.framework.render import diffs
    from ratingbook.framework.views.comparison import (
        comparison_audit,
        inspection_view,
        summary_line,
    )

    out.print(
        diffs.comparison_head(
            view.base.id, view.candidate.id, comparison_audit(view.base, view.candidate)
        ),
        crop=False,
    )
    for i in view.each():
        out.print(Group(*diffs.comparison_inspection(inspection_view(i))), crop=False)
    assert view.tally is not None
    out.print(diffs.comparison_summary(summary_line(view.tally)))


def _test(view: ExpectationRun, out: Console, stream: Stream) -> None:
    """pytest's layout; names and traces are printed whole, never cut at the width. The
    last line is the plain summary CI tools read."""
    from ratingbook.framework.render import reports
    from ratingbook.framework.views.reports import expectations_audit, expectations_report
    from ratingbook.framework.views.testrun import test_run_view

    run = test_run_view(view.outcomes, view.seconds)
    report = expectations_report(run, verbose=view.verbose)
    out.print(reports.render_expectations(report, audit=expectations_audit(run)), crop=False)
    if view.coverage is not None:
        from ratingbook.framework.views.reports import coverage_view

        out.print(reports.render_coverage(coverage_view(view.coverage)), crop=False)
    stream.write(report.summary + "\n")
