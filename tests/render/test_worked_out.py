"""A ratings row's "how sure" and "what would move it" are worked out once per result: each
layout that draws the row (the wide summary, the narrow one) reads the same values, which are
what working them out afresh gives; another result has its own."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from ratingbook.framework import api
from ratingbook.framework.emit import emit
from ratingbook.framework.emit.documents import Explained
from ratingbook.framework.result import Result
from ratingbook.framework.views import ratings

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = "standards/yot/examples/example-2020.yaml"
WM = "standards/yot/inspections/windsor-maidenhead-2020.yaml"


def _result(path: str) -> Result:
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(REPO)
        return api.evaluate(api.load_framework("yot-2020"), api.load_inspection(path))


def _explained(result: Result, fmt: str) -> str:
    buffer = io.StringIO()
    explained = Explained(explanation=api.explain(result, None), only=None, depth=None)
    emit(explained, fmt, buffer)
    return buffer.getvalue()


def _counting(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    calls: Counter[str] = Counter()
    for name in ("sure", "moves", "overall_moves", "_overall_sure"):
        real = getattr(ratings, name)

        def counted(*args: Any, _real: Any = real, _name: str = name) -> Any:
            key = _name if len(args) == 1 else f"{_name} {args[1].id}"
            calls[key] += 1
            return _real(*args)

        monkeypatch.setattr(ratings, name, counted)
    return calls


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_each_rows_values_are_worked_out_once(monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    result = _result(EXAMPLE)
    calls = _counting(monkeypatch)
    _explained(result, fmt)
    assert calls, "the summary reads how sure each rating is"
    assert max(calls.values()) == 1, calls


def test_the_kept_values_are_those_worked_out_afresh() -> None:
    for path in (EXAMPLE, WM, EXAMPLE):
        result = _result(path)
        view = ratings.ratings_view(result)
        rows = [row for domain in view.domains for row in domain.items]
        assert view.overall.sure == ratings._overall_sure(result)
        assert view.overall.moves == ratings.overall_moves(result)
        for row in rows:
            assert row.source is not None
            assert row.sure == ratings.sure(*row.source)
            assert row.moves == ratings.moves(*row.source)
