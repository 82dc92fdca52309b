"""A rating's colour comes from its place on its framework's scale, not from its name: the
terminal's theme, the report's stylesheet and the handbook read one function
(views/tones.py), so a framework with three or five ratings, named as it likes, gets a
distinct colour for each, and the shipped names keep theirs."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pygments.token import Name, String

from ratingbook.framework.evaluate import evaluate
from ratingbook.framework.handbook import handbook
from ratingbook.framework.loading.frameworks import load_framework
from ratingbook.framework.loading.inspections import load_inspection_text
from ratingbook.framework.model import Framework
from ratingbook.framework.render import html, text
from ratingbook.framework.render.handbook import render_handbook_html
from ratingbook.framework.render.lexer import FrameworkLexer
from ratingbook.framework.render.palette import BAND_TONES, LABEL_TONES, rating_class
from ratingbook.framework.render.theme import RATING_TONES, ConsoleSettings, capture
from ratingbook.framework.result import Result
from ratingbook.framework.views.common import scale
from ratingbook.framework.views.handbook import handbook_view
from ratingbook.framework.views.ratings import ratings_view
from ratingbook.framework.views.tones import TONES, tone, tones

THREE = ("Strong", "Needs work", "Weak")
FIVE = ("Exemplary", "Strong", "Adequate", "Needs work", "Weak")
SHIPPED = ("Outstanding", "Good", "Requires improvement", "Inadequate")
COLOUR = ConsoleSettings(width=120, color_system="standard", terminal=True, no_color=False)


def _quoted(name: str) -> str:
    return f'"{name}"' if " " in name else name


def framework_text(tiny: Callable[..., str], names: tuple[str, ...]) -> str:
    """The tiny framework (two standards of one key question) with these ratings, best
    first: scores n-1 down to 0, the percentages and the overall scale shared evenly."""
    n = len(names)
    worst_first = list(reversed(names))
    ratings = "".join(f"rating {_quoted(r)} score {n - 1 - i}\n" for i, r in enumerate(names))
    edges = [round(100 * i / n) for i in range(n)] + [101]
    bands = "".join(
        f"band {edges[i]}..{edges[i + 1] - 1} {_quoted(r)}\n" for i, r in enumerate(worst_first)
    )
    top = 2 * (n - 1)  # two standards
    cuts = [round(top * i / n) for i in range(n)] + [top + 1]
    overall = "".join(
        f"overall {cuts[i]}..{cuts[i + 1] - 1} {_quoted(r)}\n" for i, r in enumerate(worst_first)
    )
    return str(tiny(ratings=ratings, bands=bands, overall=overall))


def rated(tmp_path: Path, tiny: Callable[..., str], names: tuple[str, ...]) -> Result:
    """The best rating on 1.1 (95%), the worst on 1.2 (5%): the overall is in between."""
    path = tmp_path / f"tones-{len(names)}.framework"
    path.write_text(framework_text(tiny, names), encoding="utf-8")
    framework: Framework = load_framework(str(path))
    data = (
        "format: ratingbook/inspection-v1\nservice: A service\nframework: tiny-1\n"
        'counts:\n  "1.1.1": {relevant: 20, "yes": 19}\n  "1.2.1": {relevant: 20, "yes": 1}\n'
    )
    return evaluate(framework, load_inspection_text(data, "made-up.yaml"))


# ---------------------------------------------------------------------------- the one function


@pytest.mark.parametrize("count", range(1, 9))
def test_the_best_takes_the_first_step_the_worst_the_last_in_order(count: int) -> None:
    steps = [tone(i, count) for i in range(count)]
    assert steps[0] == 0
    assert steps == sorted(steps)  # never brighter further down the scale
    if count > 1:
        assert steps[-1] == TONES - 1
    if count <= TONES:
        assert len(set(steps)) == count  # each its own colour


def test_the_shipped_four_keep_their_colours() -> None:
    assert dict(tones(SHIPPED)) == {
        "Outstanding": 0,
        "Good": 1,
        "Requires improvement": 3,
        "Inadequate": 4,
    }
    assert [RATING_TONES[s] for _, s in tones(SHIPPED)] == [
        "bold green",
        "green",
        "yellow",
        "bold red",
    ]


def test_the_scale_is_read_from_the_scores_best_first(
    tmp_path: Path, tiny: Callable[..., str], yot_2020: Framework
) -> None:
    assert scale(yot_2020) == SHIPPED
    assert scale(rated(tmp_path, tiny, FIVE).framework) == FIVE


# ---------------------------------------------------------------------------- text and HTML


def _codes_before(rendered: str, name: str) -> str:
    """The style codes a rating's name is drawn with in coloured text (its first showing)."""
    found = re.search(r"((?:\x1b\[[0-9;]*m)+)" + re.escape(name) + r" *\x1b\[", rendered)
    assert found is not None, f"{name!r} is not coloured in:\n{rendered}"
    return found.group(1)


@pytest.mark.parametrize("names", [THREE, FIVE], ids=["three", "five"])
def test_other_ratings_each_get_a_tone_by_position_in_text_and_html(
    tmp_path: Path, tiny: Callable[..., str], names: tuple[str, ...]
) -> None:
    result = rated(tmp_path, tiny, names)
    best, worst = names[0], names[-1]
    middle = names[len(names) // 2]
    assert [s.rating for s in result.standards] == [best, worst]
    assert result.overall.rating == middle
    view = ratings_view(result)

    # The terminal: each rating shown is drawn in its step's style, the three all differ.
    rendered = capture(COLOUR, text.render_ratings(view))
    codes = {name: _codes_before(rendered, name) for name in (best, middle, worst)}
    assert len(set(codes.values())) == 3, codes
    plain = capture(COLOUR, text.render_ratings(ratings_view(rated(tmp_path, tiny, SHIPPED))))
    assert codes[best] == _codes_before(plain, "Outstanding")  # the best is the best's colour
    assert codes[worst] == _codes_before(plain, "Inadequate")

    # The report: a rule per rating, in its step's colours, and every rating's band drawn.
    page = html.render_report(view)
    for name, step in tones(names):
        c = rating_class(name)
        back, ink = LABEL_TONES[step]
        assert f".{c} {{ background: {back}; color: {ink}; }}" in page
        assert f"svg .band.{c}, .swatch.{c} {{ fill: {BAND_TONES[step]};" in page
        assert f'class="swatch {c}"' in page
    labels = [
        re.findall(rf"\.{rating_class(n)} {{ background: (#[0-9a-f]{{6}});", page) for n in names
    ]
    assert len({b for found in labels for b in found}) == len(names)  # none shares a colour
    for name in (best, middle, worst):
        assert f'class="rating {rating_class(name)}"' in page

    # The handbook colours the ratings in its tables from the same steps.
    book = render_handbook_html(handbook_view(handbook(result.framework)))
    for name, step in tones(names):
        assert f".{rating_class(name)} {{ background: {LABEL_TONES[step][0]};" in book
        assert f'class="rating {rating_class(name)}">{name}<' in book


# ---------------------------------------------------------------------------- the lexer


def test_the_lexer_knows_the_ratings_a_file_declares(tiny: Callable[..., str]) -> None:
    source = framework_text(tiny, THREE) + 'limit overall to "Needs work" when x\n'
    tokens = list(FrameworkLexer().get_tokens(source))
    constants = {v for t, v in tokens if t is Name.Constant}
    assert {"Strong", '"Needs work"', "Weak"} <= constants
    # A quotation that is no rating's name stays a string.
    assert (String.Double, '"A tiny framework"') in tokens


def test_a_snippet_is_lexed_with_its_versions_ratings() -> None:
    line = 'eligible when banded = "Needs work"'
    bare = list(FrameworkLexer().get_tokens(line))
    given = list(FrameworkLexer(ratings=THREE).get_tokens(line))
    assert (String.Double, '"Needs work"') in bare
    assert (Name.Constant, '"Needs work"') in given
