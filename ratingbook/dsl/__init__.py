"""The framework language: text in, syntax and diagnostics out.

This package knows text, not ratings. It never imports ``ratingbook.framework``. The names
below are imported on first use, so that code needing only positions or diagnostics does not
load the parser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ratingbook._lazy import lazy_names

if TYPE_CHECKING:
    from ratingbook.dsl.diagnostics import Diagnostic, Severity, render_diagnostics
    from ratingbook.dsl.parser import ParsedFile, parse_header, parse_text
    from ratingbook.dsl.span import Source, Span

_WHERE = {
    "Diagnostic": "ratingbook.dsl.diagnostics",
    "Severity": "ratingbook.dsl.diagnostics",
    "render_diagnostics": "ratingbook.dsl.diagnostics",
    "ParsedFile": "ratingbook.dsl.parser",
    "parse_text": "ratingbook.dsl.parser",
    "parse_file": "ratingbook.dsl.parser",
    "parse_header": "ratingbook.dsl.parser",
    "Source": "ratingbook.dsl.span",
    "Span": "ratingbook.dsl.span",
}

__all__ = [
    "Diagnostic",
    "ParsedFile",
    "Severity",
    "Source",
    "Span",
    "parse_header",
    "parse_text",
    "render_diagnostics",
]

__getattr__ = lazy_names(__name__, _WHERE)
