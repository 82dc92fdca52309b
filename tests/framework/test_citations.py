"""Citations start on the line they cite, with no tolerance; a citation found elsewhere is
reported with the right line, and ``fmt --fix-citations`` rewrites it (and nothing else)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from ratingbook.dsl import Severity
from ratingbook.dsl.fmt import FormatError, fix_citations
from ratingbook.dsl.span import Span
from ratingbook.framework.checker import CheckResult
from ratingbook.framework.loading.frameworks import check_path

Tiny = Callable[..., str]
REPO = Path(__file__).resolve().parents[2]
WM_TEXT = REPO / "standards" / "yot" / "sources" / "windsor-maidenhead-2020.txt"
CHARS_TEXT = REPO / "standards" / "yot" / "sources" / "domain-one-characteristics-2018.txt"
SOURCES = (
    'source doc "The document"\n'
    'source wm "W&M" file "sources/wm.txt"\n'
    'source chars "Characteristics" file "sources/chars.txt"\n'
)
SAFE = "Does planning focus sufficiently on keeping the child safe?"  # wm line 504


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "sources").mkdir()
    shutil.copy(WM_TEXT, tmp_path / "sources" / "wm.txt")
    shutil.copy(CHARS_TEXT, tmp_path / "sources" / "chars.txt")
    return tmp_path


def check(folder: Path, text: str) -> CheckResult:
    path = folder / "t.framework"
    path.write_text(text, encoding="utf-8")
    return check_path(path)


def quoting(tiny: Tiny, wording: str, cite: str) -> str:
    return tiny(
        sources=SOURCES,
        extra=f'key question 1.2.2 "{wording}" {cite}\n  no prompts "none"\n',
    )


def quote_findings(result: CheckResult) -> list[str]:
    return [d.message for d in result.diagnostics if d.code == "quote-not-found"]


@pytest.mark.parametrize("off", [-3, -1, 1, 2, 3])
def test_a_quotation_a_few_lines_off_is_caught(folder: Path, tiny: Tiny, off: int) -> None:
    # The neighbouring row of a key-question table used to pass: up to 3 lines either way.
    text = quoting(tiny, SAFE, f"from wm line {504 + off}")
    result = check(folder, text)
    (d,) = [d for d in result.diagnostics if d.code == "quote-not-found"]
    assert d.severity is Severity.WARNING
    assert d.message == f"this text is not at wm line {504 + off}: it starts at line 504"
    assert d.fix == "from wm line 504"
    assert d.span is not None and d.span.path.endswith("t.framework")


def test_the_same_quotation_on_its_own_line_passes(folder: Path, tiny: Tiny) -> None:
    assert check(folder, quoting(tiny, SAFE, "from wm line 504")).diagnostics == []


def test_a_quotation_running_over_several_lines_starts_on_its_line(
    folder: Path, tiny: Tiny
) -> None:
    # chars line 51 is a paragraph split by a page break (NOTES.md N14): its quotation runs
    # on past the break, and is cited at the line where it starts.
    opening = (
        "The vision and strategy is communicated in a timely and transparent way across the "
        "YOT, with a clear proactive approach to embedding and monitoring new ways of working."
    )
    lines = CHARS_TEXT.read_text(encoding="utf-8").splitlines()
    assert lines[50].startswith(opening)
    paragraph = " ".join(line.strip() for line in lines[50:53] if line.strip())
    whole = paragraph.split(" Staff at all levels")[0]
    assert check(folder, quoting(tiny, whole, "from chars line 51")).diagnostics == []
    result = check(folder, quoting(tiny, whole, "from chars line 50"))
    assert quote_findings(result) == ["this text is not at chars line 50: it starts at line 51"]


def test_a_range_keeps_its_length_when_moved(folder: Path, tiny: Tiny) -> None:
    result = check(folder, quoting(tiny, SAFE, "from wm lines 506-508"))
    (d,) = [d for d in result.diagnostics if d.code == "quote-not-found"]
    assert d.fix == "from wm lines 504-506"


def test_a_quotation_found_twice_names_the_nearer_line(folder: Path, tiny: Tiny) -> None:
    # The same relevance footnote is printed at wm lines 520, 572 and 731 (among others).
    footnote = (
        "This question is only relevant in cases where there are factors related to keeping "
        "the child safe."
    )
    result = check(folder, quoting(tiny, footnote, "from wm line 570"))
    assert quote_findings(result) == ["this text is not at wm line 570: it starts at line 572"]


def test_opening_words_elsewhere_name_that_line(folder: Path, tiny: Tiny) -> None:
    wording = "Does planning focus sufficiently on keeping the moon safe?"
    result = check(folder, quoting(tiny, wording, "from wm line 300"))
    (d,) = [d for d in result.diagnostics if d.code == "quote-not-found"]
    assert d.message == (
        "this text is not at wm line 300; its opening words are at line 503, but the rest "
        "does not match the source there"
    )
    assert d.fix is None  # the wording is wrong too: nothing to rewrite mechanically


# ---------------------------------------------------------------------------- fmt --fix-citations


def test_fix_citations_rewrites_only_the_citations(
    folder: Path, tiny: Tiny, run_cli: Callable[..., tuple[int, str, str]]
) -> None:
    text = quoting(tiny, SAFE, "from wm line 505")
    path = folder / "t.framework"
    path.write_text(text, encoding="utf-8")
    status, out, _ = run_cli("fmt", "--fix-citations", str(path))
    assert status == 0
    assert "(1 citation fixed)" in out
    assert path.read_text(encoding="utf-8") == text.replace("line 505", "line 504")
    assert check_path(path).diagnostics == []
    # Plain fmt never touches a citation.
    path.write_text(text, encoding="utf-8")
    status, out, _ = run_cli("fmt", str(path))
    assert status == 0 and path.read_text(encoding="utf-8") == text


def test_fix_citations_with_check_changes_nothing(
    folder: Path, tiny: Tiny, run_cli: Callable[..., tuple[int, str, str]]
) -> None:
    text = quoting(tiny, SAFE, "from wm line 503")
    path = folder / "t.framework"
    path.write_text(text, encoding="utf-8")
    status, _, err = run_cli("fmt", "--check", "--fix-citations", str(path))
    assert status == 1
    assert "would reformat" in err and "(1 citation fixed)" in err
    assert path.read_text(encoding="utf-8") == text


def test_fix_citations_refuses_a_span_that_is_not_a_citation() -> None:
    text = 'framework t 1 "T"\nkey question 1.1.1 "Q?" from wm line 3\n'
    with pytest.raises(FormatError, match="is not a citation"):
        fix_citations(text, [(Span("x", 2, 1, 2, 13), "from wm line 4")], "x")
    fixed = fix_citations(text, [(Span("x", 2, 25, 2, 39), "from wm line 4")], "x")
    assert fixed == text.replace("line 3", "line 4")
