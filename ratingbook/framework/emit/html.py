"""HTML: one self-contained page (``render/html.py``, ``render/handbook.py``)."""

from __future__ import annotations

from collections.abc import Iterable
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

KINDS: Final = KINDS_OF["html"]
ONE_DOCUMENT: Final = True  # a page is one inspection's report: never two in one output


def emit(
    view: Document, stream: Stream, *, console: Console | None, errors: Console | None
) -> None:
    """Write ``view`` as one HTML page."""
    match view:
        case Ratings():
            from ratingbook.framework.render import html
            from ratingbook.framework.views.ratings import ratings_view

            _lines(html.report_lines(ratings_view(view.result)), stream)
        case RatingsList():
            for emitted in view.emitted:
                stream.write(emitted)
        case Explained():
            from ratingbook.framework.render import html
            from ratingbook.framework.views.explanation import explanation_view

            # The report folds its lines, so each quotes its own rule.
            shown = explanation_view(view.explanation, snippets=view.snippets, repeat_snippets=True)
            if shown.summary is not None:
                # The whole inspection: the one HTML report, its trees cut as asked.
                from ratingbook.framework.views.ratings import ratings_view

                result = view.explanation.result
                shown_report = ratings_view(result, only=view.only, depth=view.depth)
                _lines(html.report_lines(shown_report), stream)
            else:
                _lines(html.explanation_lines(shown), stream)
        case Handbook():
            from ratingbook.framework.render import handbook

            stream.write(handbook.render_handbook_html(view.view))
        case (
            Changes()
            | Listing()
            | SamplePlan()
            | ShippedVersions()
            | CheckedFiles()
            | ComparisonRun()
            | ExpectationRun()
        ):
            raise AssertionError(f"{view.KIND} has no HTML form")  # not in KINDS
        case _:
            assert_never(view)


def _lines(lines: Iterable[str], stream: Stream) -> None:
    """Each line as it is made: the page is never held whole."""
    for line in lines:
        stream.write(line)
        stream.write("\n")
