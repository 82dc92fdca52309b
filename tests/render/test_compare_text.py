"""compare's text output keeps its indents where a line wraps, at every width.

Each inspection's block is its title (with its data file beside it, or on the next line
where it does not fit), then its moves, undetermined results and notes, indented. Nothing
after the title starts at the left margin; a move's wrapped lines lie further in than its
first line, and so do a reason's and a note's, so that a reader sees where each begins. The
golden files hold the exact layout at 100 columns; this holds the rule at every width, for
both kinds of block (ratings that moved, and results the data cannot decide).
"""

from __future__ import annotations

import re

import pytest
from conftest import run_cli

INSPECTIONS = "standards/yot/inspections/"
# Each candidate, and the exit status its comparison of the four published inspections ends
# with (1: ratings move; 3: results the data cannot decide).
RUNS = {
    "moved": (("--candidate", "docs/examples/good-from-70.framework"), 1),
    "undetermined": (("--candidate", "docs/examples/low-risk-excluded.framework"), 3),
}
# How the first line of a move or result, of a reason, and of a note starts.
FIRST_LINES = re.compile(r"^(  \S|      \S|    note: )")


def _blocks(text: str) -> list[list[str]]:
    """Each inspection's lines: the lines between two empty lines, after the first empty line
    (before it are the versions and the audit header) and before the last (the summary)."""
    paragraphs = text.split("\n\n")
    return [p.splitlines() for p in paragraphs[1:-1]]


@pytest.mark.parametrize("kind", sorted(RUNS))
@pytest.mark.parametrize("width", [40, 57, 80, 100, 140])
def test_wrapped_lines_keep_their_indent(kind: str, width: int) -> None:
    code, out, err = run_cli(
        *("--width", str(width), "--no-color", "compare", "--base", "yot-2020"),
        *(*RUNS[kind][0], INSPECTIONS, "--jobs", "1"),
    )
    assert code == RUNS[kind][1], err
    blocks = _blocks(out)
    assert len(blocks) == 4
    indented = 0
    for block in blocks:
        # The title at the left margin (wrapped there too at a narrow width), its data file
        # beside it or on a line of its own.
        head = next((i for i, line in enumerate(block) if line.startswith(" ")), len(block))
        title, rest = " ".join(block[:head]), block[head:]
        assert "sha256:" in title
        opened = None  # how far in the last line that begins a move, reason or note is
        for line in rest:
            assert line.startswith("  "), f"a wrapped line at the left margin: {line!r}"
            depth = len(line) - len(line.lstrip(" "))
            if FIRST_LINES.match(line):
                opened = depth
                continue
            # A wrapped line: further in than the line it continues.
            assert opened is not None and depth > opened, (title, line)
            indented += 1
    # Wrapping happened (the text is longer than the narrow widths), and was indented.
    if width <= 80:
        assert indented > 0
