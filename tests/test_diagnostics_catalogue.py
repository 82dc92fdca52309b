"""docs/diagnostics.md shows every check with a mistake that triggers it and the same file put
right: each example is checked here, so the page cannot drift from what `check` says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ratingbook.dsl.codes import TEXT_CODES
from ratingbook.framework.codes import CHECKER_CODES
from ratingbook.framework.loading.frameworks import check_path

REPO = Path(__file__).resolve().parents[1]
PAGE = (REPO / "docs" / "diagnostics.md").read_text(encoding="utf-8")
CATALOGUE = PAGE.split("## Every check, with an example and its fix", 1)[1].split("\n## ", 1)[0]
SECTION = re.compile(r"^### `([a-z-]+)`\n(.*?)(?=^### |\Z)", re.M | re.S)
FRAMEWORK = re.compile(r"^```framework\n(.*?)^```$", re.M | re.S)
TEXT = re.compile(r"^```text\n(.*?)^```$", re.M | re.S)
DRAFT = 'framework yot 2021 "Inspection"\n  draft\n  based on yot 2020\n'

EXAMPLES = {code: body for code, body in SECTION.findall(CATALOGUE)}


def whole(block: str) -> str:
    """The example as a file: as shown if it has its framework line, else a draft's body."""
    if any(line.startswith("framework ") for line in block.split("\n")):
        return block
    return DRAFT + block


def test_every_check_has_an_example() -> None:
    assert sorted(EXAMPLES) == sorted(str(c) for c in (*TEXT_CODES, *CHECKER_CODES))


@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_the_example_gives_the_finding_and_the_fix_gives_none(tmp_path: Path, code: str) -> None:
    body = EXAMPLES[code]
    blocks = FRAMEWORK.findall(body)
    (shown,) = TEXT.findall(body)
    assert len(blocks) == 2, f"{code}: a mistake and its fix"
    mistake, fix = (whole(b) for b in blocks)
    path = tmp_path / "2021.framework"
    path.write_text(mistake, encoding="utf-8")
    found = check_path(path).diagnostics
    said = []
    for d in found:
        if d.code == code:
            said.append(f"{d.severity.value}: {d.message} [{d.code}]")
            said += [f"  note: {n}" for n in d.notes]
            # at a line of the example itself, never of the shipped version it is based on
            assert d.span is not None and d.span.path == str(path), d.headline()
    assert shown.rstrip("\n").split("\n") == said[: len(shown.rstrip("\n").split("\n"))]
    path.write_text(fix, encoding="utf-8")
    assert [d.headline() for d in check_path(path).diagnostics] == []
