"""ratingbook's engine: the checked model, evaluation, explanations, renderers and the CLI.

This package knows ratings, not text; it reads frameworks through ``dsl``.
"""

from __future__ import annotations

from ratingbook.framework.evaluate import evaluate
from ratingbook.framework.inspection import Inspection, load_inspection
from ratingbook.framework.loading import load_framework
from ratingbook.framework.model import Framework
from ratingbook.framework.result import Result

__all__ = ["Framework", "Inspection", "Result", "evaluate", "load_framework", "load_inspection"]
