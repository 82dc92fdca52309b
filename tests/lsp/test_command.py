"""``ratingbook lsp`` without its extra says which extra to install."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import run_cli


def test_lsp_without_pygls_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pygls", None)  # as if it were not installed
    status, out, err = run_cli("lsp")
    assert (status, out) == (2, "")
    assert err == (
        "error: the language server needs pygls, which is not installed; install ratingbook "
        "with its 'lsp' extra: python -m pip install 'ratingbook[lsp]'\n"
    )
