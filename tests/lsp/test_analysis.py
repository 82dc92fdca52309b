"""A check's analysis says whether it read the whole chain of versions: completion, hover,
definitions and references fall back from one that did not (tests/lsp/test_completion.py and
tests/lsp/test_features.py hold them through a real client)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ratingbook.framework.lsp.analysis import analyse
from tests.lsp.conftest import DRAFT_2021


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (DRAFT_2021, True),
        (DRAFT_2021 + "\nchange key question ", False),  # the text does not parse
        (DRAFT_2021.replace("based on yot 2020", "based on yot 2099"), False),  # no such base
    ],
    ids=["read whole", "does not parse", "base missing"],
)
def test_a_check_says_whether_it_read_the_whole_chain(
    tmp_path: Path, text: str, whole: bool
) -> None:
    """What the server falls back from: a check whose reading stopped short of the last base,
    whose index then holds nothing the version inherits."""
    assert "based on yot 2020" in DRAFT_2021
    analysis = analyse(tmp_path / "2021.framework", text, "2021.framework")
    assert analysis.whole is whole
    assert analysis.index is not None
    assert (("item", "1.1.1") in analysis.index.symbols) is whole
