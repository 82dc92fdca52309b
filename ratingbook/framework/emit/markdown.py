"""Markdown: what a pull request, an issue or a wiki shows (``render/markdown.py`` and its
siblings)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, assert_never

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

KINDS: Final = KINDS_OF["markdown"]


def emit(
    view: Document, stream: Stream, *, console: Console | None, errors: Console | None
) -> None:
    """Write ``view`` as Markdown."""
    match view:
        case Ratings():
            from ratingbook.framework.render import markdown
            from ratingbook.framework.views.ratings import ratings_view

            stream.write(markdown.render_ratings(ratings_view(view.result)) + "\n")
        case RatingsList():
            for emitted in view.emitted:
                stream.write(emitted)
        case Explained():
            from ratingbook.framework.render import markdown
            from ratingbook.framework.views.explanation import explanation_view

            shown = explanation_view(
                view.explanation, snippets=view.snippets, repeat_snippets=False
            )
            for line in markdown.explanation_lines(shown):  # written as each is made
                stream.write(line)
                stream.write("\n")
        case Changes():
            from ratingbook.framework.render import diffs
            from ratingbook.framework.views.common import versions_audit
            from ratingbook.framework.views.diff import diff_summary_view, diff_view

            audit = versions_audit(view.versions)
            if view.summary:
                stream.write(diffs.markdown_diff_summary(diff_summary_view(view.diff), audit=audit))
            else:
                stream.write(diffs.markdown_diff(diff_view(view.diff), audit=audit))
        case Listing():
            from ratingbook.framework.render import contents
            from ratingbook.framework.views.common import versions_audit
            from ratingbook.framework.views.contents import contents_view

            audit = versions_audit(view.versions)
            stream.write(contents.markdown_contents(contents_view(view.contents), audit=audit))
        case ComparisonRun():
            _compare(view, stream)
        case Handbook():
            from ratingbook.framework.render import handbook

            stream.write(handbook.render_handbook_markdown(view.view))
        case SamplePlan() | ShippedVersions() | CheckedFiles() | ExpectationRun():
            raise AssertionError(f"{view.KIND} has no Markdown form")  # not in KINDS
        case _:
            assert_never(view)


def _compare(view: ComparisonRun, stream: Stream) -> None:
    """The summary comes first: the sections wait in a temporary file until it is known."""
    from ratingbook.framework.render import diffs
    from ratingbook.framework.render.json_stream import spool_file
    from ratingbook.framework.views.comparison import (
        comparison_audit,
        inspection_view,
        summary_line,
    )

    with spool_file() as spool:
        for i in view.each():
            spool.write(diffs.markdown_inspection(inspection_view(i)))
        assert view.tally is not None
        stream.write(
            diffs.markdown_comparison_head(
                view.base.id,
                view.candidate.id,
                summary_line(view.tally),
                comparison_audit(view.base, view.candidate),
            )
        )
        spool.seek(0)
        while chunk := spool.read(1 << 16):
            stream.write(chunk)
    stream.write("\n")
