"""The audit header in Markdown, for renderers that do not load Rich (the text form is
:func:`ratingbook.framework.render.layout.audit_text`)."""

from __future__ import annotations

from collections.abc import Sequence


def audit_markdown(lines: Sequence[str]) -> str:
    """An audit header in Markdown: one line each, paths and hashes in code."""
    return "<br>\n".join(f"`{line}`" for line in lines)
