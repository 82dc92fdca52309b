"""The plain writer (render/plain.py) against its oracle, Rich: the ratings page drawn both
ways with no colour is the same characters at every width, for the shipped inspections and
for ratings views with generated names (wide characters, combining marks, emoji, very long
words, empty strings, square brackets, tabs); every code point it takes for one cell is one
cell in ``rich.cells``; and ``rate`` into a pipe loads no Rich module and writes the golden
file."""

from __future__ import annotations

import io
from dataclasses import replace
from functools import cache

import rich.cells
import rich.control
from hypothesis import given, settings
from hypothesis import strategies as st

from ratingbook.framework.api import evaluate, framework_for, load_inspection
from ratingbook.framework.render import plain
from ratingbook.framework.render.pages import ratings_page
from ratingbook.framework.render.text import render_ratings
from ratingbook.framework.render.theme import ConsoleSettings, console_over
from ratingbook.framework.views.ratings import RatingsView, ratings_view
from tests.conftest import GOLDEN, REPO, budget

EXAMPLE = "standards/yot/examples/example-2020.yaml"
INSPECTIONS = sorted((REPO / "standards" / "yot" / "inspections").glob("*.yaml"))


def rich_text(view: RatingsView, width: int) -> str:
    """What Rich prints for ``view`` at ``width`` with no colour, trailing spaces kept."""
    buffer = io.StringIO()
    settings = ConsoleSettings(
        width=width, color_system=None, terminal=False, no_color=True, trim=False
    )
    console_over(buffer, settings).print(render_ratings(view), crop=False)
    return buffer.getvalue()


@cache
def view_of(path: str) -> RatingsView:
    inspection = load_inspection(str(REPO / path))
    return ratings_view(evaluate(framework_for(inspection, None), inspection))


def test_every_one_cell_code_point_is_one_cell_in_rich() -> None:
    wrong = [hex(ord(c)) for c in sorted(plain.ONE_CELL) if rich.cells.cell_len(c) != 1]
    assert not wrong
    # ... and a run of them is measured, cut and folded as Rich does it, one cell a character
    run = "".join(sorted(plain.ONE_CELL))
    assert rich.cells.cell_len(run) == len(run)
    assert rich.cells.chop_cells(run, 7) == plain.chop_cells(run, 7)
    assert rich.cells.set_cell_size(run, 300) == plain.set_cell_size(run, 300)


def test_the_stripped_control_codes_are_rich_s() -> None:
    everything = "".join(map(chr, range(32)))
    assert everything.translate(plain._STRIPPED) == rich.control.strip_control_codes(everything)


def test_shipped_inspections_at_any_width() -> None:
    # Every width from 60 to 80 (the wide table takes over from the narrow one at 68 for the
    # example, 73 for the first inspection), and every 13th from 20 to 250; the generated views
    # below cover the widths between.
    for path in [EXAMPLE, str(INSPECTIONS[0].relative_to(REPO))]:
        view = view_of(path)
        for width in sorted({*range(60, 81), *range(20, 251, 13)}):
            assert plain.write(ratings_page(view), width) == rich_text(view, width), (path, width)


# Names as a service, a framework or a user can give them.
_ALPHABET = st.sampled_from(
    [*"abcdefghij ABC-/()[]:.,;'", "  ", "\t", "\n", "·", "◇", "é", "ß", "ω", "—", "…"]
    + ["漢", "字", "ｗ", "e\u0301", "\u0300", "👍", "👨\u200d👩\u200d👧", "\u2764\ufe0f", "\u200b"]
    + ["[bold]", "[/]", ":smile:", "x" * 40, "\u00ad", "\x07", "\r"]
)
NAMES = st.lists(_ALPHABET, max_size=12).map("".join)


def generated(data: st.DataObject) -> RatingsView:
    """A shipped inspection's view with generated names (drawn one by one, so that a
    failing example shows the names, not the view)."""
    draw = data.draw
    shipped = [EXAMPLE, *(str(p.relative_to(REPO)) for p in INSPECTIONS[:2])]
    view = view_of(draw(st.sampled_from(shipped)))
    domains = []
    for domain in view.domains:
        items = tuple(
            replace(
                row,
                name=draw(NAMES),
                set_by=draw(NAMES),
                id=draw(st.one_of(st.just(row.id), NAMES)),
            )
            for row in domain.items
        )
        domains.append(replace(domain, name=draw(NAMES), items=items))
    return replace(
        view,
        service=draw(NAMES),
        framework_id=draw(NAMES),
        domains=tuple(domains),
        provenance=draw(st.one_of(st.just(view.provenance), NAMES)),
    )


@settings(max_examples=budget(40), deadline=None)
@given(st.data(), st.integers(min_value=20, max_value=250))
def test_generated_views_at_any_width(data: st.DataObject, width: int) -> None:
    view = generated(data)
    assert plain.write(ratings_page(view), width) == rich_text(view, width)


def test_rate_into_a_pipe_loads_no_rich(run_subprocess) -> None:  # type: ignore[no-untyped-def]
    # PYTHONPROFILEIMPORTTIME is -X importtime: every module imported, on the error stream.
    code, out, err = run_subprocess(
        "--width", "100", "rate", EXAMPLE, env={"PYTHONPROFILEIMPORTTIME": "1"}
    )
    assert code == 0
    assert out == (GOLDEN / "rate" / "example.txt").read_text(encoding="utf-8")
    loaded = [line.rsplit("|", 1)[-1].strip() for line in err.splitlines() if "|" in line]
    assert "ratingbook.framework.render.plain" in loaded
    assert not [name for name in loaded if name == "rich" or name.startswith("rich.")]
