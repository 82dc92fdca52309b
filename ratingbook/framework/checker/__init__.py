"""The checking stage: parsed framework files in, the checked model or diagnostics out.

:func:`check` takes a version's own file and the chain of versions it is based on, already
parsed, and the texts of the source documents they cite. It merges each version onto its base
(:mod:`.versions`) and runs the checks, one module per family:

- :mod:`.items`: domains, standards, key questions and prompts, their ids and parents;
- :mod:`.rules`: ratings and scores, bands, the overall scale and bands, discretion;
- :mod:`.conditions`: attributes, and the conditions that test them (compiled into
  :mod:`ratingbook.framework.conditions` records);
- :mod:`.citations`: citations, and quotations found in the documents' texts.

Reading files, finding base versions and caching results belong to
:mod:`ratingbook.framework.loading.frameworks`; nothing here opens a file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from typing import TYPE_CHECKING

from ratingbook._lazy import lazy_names
from ratingbook._record import record
from ratingbook.dsl.diagnostics import Diagnostic
from ratingbook.dsl.span import Source
from ratingbook.framework.model import Framework

if TYPE_CHECKING:
    from ratingbook.framework.checker.conditions import compile_condition
    from ratingbook.framework.checker.documents import SourceDocument, document_key
    from ratingbook.framework.checker.stage import check

__all__ = [
    "CheckResult",
    "SourceDocument",
    "check",
    "compile_condition",
    "document_key",
]

# The stage and its parts are imported when first used: a framework taken from the cache
# needs CheckResult, not the checks.
_WHERE = {
    "SourceDocument": "ratingbook.framework.checker.documents",
    "document_key": "ratingbook.framework.checker.documents",
    "compile_condition": "ratingbook.framework.checker.conditions",
    "check": "ratingbook.framework.checker.stage",
}

__getattr__ = lazy_names(__name__, _WHERE)


@record
class CheckResult:
    """A checked framework (when there are no errors), every diagnostic, and the texts they cite."""

    framework: Framework | None
    diagnostics: list[Diagnostic]
    sources: Mapping[str, Source] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Whether the framework can be used: it was built, and nothing found is an error."""
        return self.framework is not None and not any(d.is_error for d in self.diagnostics)
