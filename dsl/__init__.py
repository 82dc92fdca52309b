"""The framework language: text in, AST and diagnostics out.

This package knows text, not ratings. It never imports ``framework``.
"""

from __future__ import annotations

from ratingbook.dsl.diagnostics import Diagnostic, Severity, render_diagnostics
from ratingbook.dsl.parser import ParsedFile, parse_file, parse_header, parse_text
from ratingbook.dsl.span import Source, Span

__all__ = [
    "Diagnostic",
    "ParsedFile",
    "Severity",
    "Source",
    "Span",
    "parse_file",
    "parse_header",
    "parse_text",
    "render_diagnostics",
]
