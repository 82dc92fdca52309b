"""Provenance: who judged each case and why, case notes, the lead inspector, the audit header
every output carries, and citations that say whose line they are."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from ratingbook import evaluate, load_framework, load_inspection, to_json
from ratingbook.framework.errors import DiagnosticsError
from ratingbook.framework.loading.inspections import load_inspection_text

RunCli = Callable[..., tuple[int, str, str]]

REPO = Path(__file__).resolve().parents[1]
PROV = "docs/examples/provenance.yaml"
WM = "standards/yot/inspections/windsor-maidenhead-2020.yaml"
EXAMPLE = "standards/yot/examples/example-2020.yaml"
DERBY = "standards/yot/inspections/derby-2018.yaml"
SCHEMA = json.loads(
    (REPO / "ratingbook/framework/schema/explain-v1.json").read_text(encoding="utf-8")
)
FORMATS = ("text", "markdown", "html", "json")

INSPECTOR = "A. Smith (made-up)"
REASON = "The assessment did not consider the victim's wishes (made-up)."
PROMPT_REASON = "The plan was not agreed with the child (made-up)."
NOTE = "Transferred from another service mid-order (made-up)."
LEAD = "Jo Bloggs (made-up)"


def sha256(path: str) -> str:
    return hashlib.sha256((REPO / path).read_bytes()).hexdigest()


# The shipped versions are named by their id and their path inside the package, wherever it
# is installed; a user's file by its path, with the version it declares beside it in headers.
SHIPPED = {"standards/yot/2020.framework": "yot-2020", "standards/yot/2018.framework": "yot-2018"}
YOT_2020 = [
    ("yot-2020", "standards/yot/2020.framework"),
    ("yot-2018", "standards/yot/2018.framework"),
]
YOT_2018 = [("yot-2018", "standards/yot/2018.framework")]


def shown_path(path: str) -> str:
    """A framework file as outputs name it: ``yot-2020 standards/yot/2020.framework``."""
    return f"{SHIPPED[path]} {path}" if path in SHIPPED else path


def json_files(files: list[tuple[str, str]]) -> list[dict[str, str]]:
    """A version's files as the JSON audit lists them."""
    return [{"id": v, "path": shown_path(p), "sha256": sha256(p)} for v, p in files]


def header_lines(label: str, files: list[tuple[str, str]]) -> list[str]:
    """A version's files as a header shows them, one line each."""
    return [
        f"{label if i == 0 else 'based on'} {v} {p} sha256:{sha256(p)[:12]}"
        for i, (v, p) in enumerate(files)
    ]


def plain(text: str) -> str:
    """Text with HTML entities and Markdown/HTML markup out of the way, spaces joined."""
    text = re.sub(r"<[^>]+>", "", text).replace("&#x27;", "'").replace("&amp;", "&")
    text = text.replace("&quot;", '"').replace("&#39;", "'").replace("`", "")
    return " ".join(text.replace("│", " ").split())


# ---------------------------------------------------------------------------- the data format


def test_the_fields_are_read() -> None:
    data = load_inspection(PROV)
    assert data.lead_inspector == LEAD
    c01 = data.case("C01")
    assert c01 is not None
    assert c01.inspector == INSPECTOR and c01.note == NOTE
    assert dict(c01.reasons) == {"2.1.2": REASON, "2.2.1.a": PROMPT_REASON}
    # An answer with a reason counts as the answer it gives.
    assert c01.answers["2.1.2"] == "no" and c01.answers["2.2.1.a"] == "no"
    assert data.case("C03") is not None and data.case("C03").inspector is None  # type: ignore[union-attr]
    assert data.digest == sha256(PROV)


BASE = "format: ratingbook/inspection-v1\nservice: S\nframework: yot-2020\n"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "cases:\n  - {id: C1, disposal: court, inspector: ''}\n",
            "cases[0].inspector: must not be empty",
        ),
        ("lead_inspector: 3\n", "lead_inspector: expected string, got 3"),
        (
            "cases:\n  - {id: C1, disposal: court, answers: {'2.1.1': {answer: maybe}}}\n",
            "cases[0].answers.\"2.1.1\".answer: 'maybe' is not allowed here: use one of yes, no, n/a",
        ),
        (
            "cases:\n  - {id: C1, disposal: court, answers: {'2.1.1': {answer: no, reasn: x}}}\n",
            "cases[0].answers.\"2.1.1\".reasn: unknown key 'reasn'; did you mean 'reason'?",
        ),
        (
            "cases:\n  - {id: C1, disposal: court, answers: {'2.1.1': {reason: x}}}\n",
            "cases[0].answers.\"2.1.1\": missing 'answer' (an answer with a reason is written "
            "{answer: no, reason: ...})",
        ),
        (
            "cases:\n  - {id: C1, disposal: court, answers: {'2.1.1': {answer: no, reason: ''}}}\n",
            'cases[0].answers."2.1.1".reason: must not be empty',
        ),
        (
            "cases:\n  - {id: C1, disposal: court, answers: {'2.1.1': maybe}}\n",
            "cases[0].answers.\"2.1.1\": 'maybe' is not allowed here: use one of yes, no, n/a",
        ),
    ],
)
def test_bad_provenance_is_reported_at_its_place(body: str, message: str) -> None:
    with pytest.raises(DiagnosticsError) as err:
        load_inspection_text(BASE + body, "bad.yaml")
    assert message in [d.message for d in err.value.diagnostics]
    assert all(d.span is not None and d.span.line >= 4 for d in err.value.diagnostics)


def test_the_short_and_long_answer_forms_rate_the_same() -> None:
    long = (REPO / PROV).read_text(encoding="utf-8")
    short = re.sub(r"\{answer: (\w+), reason: \"[^\"]*\"\}", r"\1", long)
    assert "reason:" not in short.split("counts:")[0]
    fw = load_framework("yot-2020")
    a = to_json(evaluate(fw, load_inspection_text(long, "long.yaml")))
    b = to_json(evaluate(fw, load_inspection_text(short, "short.yaml")))

    def without_reasons(x: object) -> object:
        if isinstance(x, dict):
            return {k: without_reasons(v) for k, v in x.items() if k != "answer_reason"}
        if isinstance(x, list):
            return [without_reasons(v) for v in x]
        return x

    for doc in (a, b):
        doc.pop("audit"), doc.pop("inspection"), doc.pop("cases")
    assert without_reasons(a) == without_reasons(b)
    assert a != b  # the reasons themselves are kept


# ---------------------------------------------------------------------------- every format shows it


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_case_explained_shows_inspector_reasons_and_note(run_cli: RunCli, fmt: str) -> None:
    code, out, err = run_cli("explain", PROV, "C01", "--format", fmt)
    assert code == 0, err
    shown = plain(out) if fmt != "json" else json.dumps(json.loads(out), ensure_ascii=False)
    for expected in (INSPECTOR, REASON, PROMPT_REASON, NOTE, LEAD):
        assert expected in shown, (fmt, expected)
    if fmt == "json":
        jsonschema.validate(json.loads(out), SCHEMA)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_key_question_explained_shows_the_reason_and_who_gave_it(
    run_cli: RunCli, fmt: str
) -> None:
    code, out, _ = run_cli("explain", PROV, "2.1.2", "--format", fmt)
    assert code == 0
    shown = plain(out)
    assert f"C01, judged by {INSPECTOR}: {REASON}" in (
        shown if fmt != "json" else plain(json.dumps(json.loads(out), ensure_ascii=False))
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_rate_shows_the_provenance_it_has(run_cli: RunCli, fmt: str) -> None:
    code, out, _ = run_cli("rate", PROV, "--format", fmt)
    assert code == 0
    if fmt == "json":
        data = json.loads(out)
        assert data["audit"]["lead_inspector"] == LEAD
        assert data["cases"]["C01"] == {
            "attributes": {"disposal": "court"},
            "inspector": INSPECTOR,
            "note": NOTE,
            "reasons": {"2.1.2": REASON, "2.2.1.a": PROMPT_REASON},
        }
        counted = data["standards"]["2.1"]["key_questions"]["2.1.2"]["cases_counted"]
        assert {"case": "C01", "answer": "no", "reason": "disposal is court"} | {
            "answer_reason": REASON,
            "inspector": INSPECTOR,
        } in counted
        return
    shown = plain(out)
    assert f"lead inspector {LEAD}" in shown
    assert (
        f"cases judged by {INSPECTOR} (1 case), B. Jones (made-up) (1 case), not recorded "
        "(1 case); 3 answers with a reason; 1 case note" in shown
    )
    if fmt == "html":  # the report's explanation trees carry every reason
        assert REASON in shown and PROMPT_REASON not in shown.split("Provenance")[0]


def test_data_without_provenance_says_nothing_of_it(run_cli: RunCli) -> None:
    _, out, _ = run_cli("rate", EXAMPLE)
    assert "Provenance" not in out and "lead inspector" not in out


# ---------------------------------------------------------------------------- the audit header

RUNS = {
    "rate": ("rate", WM),
    "rate-cases": ("rate", PROV),
    "explain": ("explain", WM),
    "explain-standard": ("explain", EXAMPLE, "2.2"),
    "explain-key-question": ("explain", WM, "2.2.1"),
    "explain-prompt": ("explain", WM, "2.2.1.a"),
    "explain-case": ("explain", PROV, "C01"),
    "explain-limiting": ("explain", EXAMPLE, "--only", "limiting"),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", sorted(RUNS))
def test_every_output_carries_the_audit_header(run_cli: RunCli, name: str, fmt: str) -> None:
    args = RUNS[name]
    code, out, err = run_cli(*args, "--format", fmt)
    assert code == 0, err
    data_file = args[1]
    import ratingbook

    version = ratingbook.__version__
    fieldwork = load_inspection(data_file).fieldwork
    if fmt == "json":
        audit = json.loads(out)["audit"]
        assert audit["ratingbook"] == version
        assert audit["framework"] == {"id": "yot-2020", "files": json_files(YOT_2020)}
        assert audit["data"] == {"path": data_file, "sha256": sha256(data_file)}
        assert audit["fieldwork"] == fieldwork
        return
    # One line per file, in that order, after the run's line.
    lines = [plain(line) for line in re.split(r"<br>\n?|\n", out)]
    run = f"ratingbook {version} · fieldwork {fieldwork}"
    first = next(i for i, line in enumerate(lines) if line.startswith(run))
    assert lines[first + 1 : first + 4] == [
        *header_lines("framework", YOT_2020),
        f"data {data_file} sha256:{sha256(data_file)[:12]}",
    ]
    if fmt == "html":  # the full hash is there to copy
        assert f'title="sha256 {sha256(data_file)}"' in out


def test_every_inspection_of_a_corpus_carries_its_own_header(run_cli: RunCli) -> None:
    _, out, _ = run_cli("rate", "standards/yot/inspections/", "--jobs", "1")
    for path in sorted(Path(REPO / "standards/yot/inspections").glob("*.yaml")):
        rel = str(path.relative_to(REPO))
        assert f"data {rel} sha256:{sha256(rel)[:12]}" in plain(out)
    _, out, _ = run_cli("rate", "standards/yot/inspections/", "--format", "json")
    assert all(r["audit"]["data"]["sha256"] for r in json.loads(out))


def test_the_header_hashes_standard_input_as_its_text(run_cli: RunCli) -> None:
    text = (REPO / PROV).read_text(encoding="utf-8")
    _, out, _ = run_cli("rate", "-", "--format", "json", input=text)
    data = json.loads(out)["audit"]["data"]
    assert data == {"path": "<stdin>", "sha256": hashlib.sha256(text.encode()).hexdigest()}


def test_the_header_is_the_same_on_every_run(run_cli: RunCli) -> None:
    first = run_cli("explain", PROV, "C01", "--format", "html")[1]
    assert run_cli("explain", PROV, "C01", "--format", "html")[1] == first


def test_a_changed_data_file_changes_its_hash(tmp_path: Path, run_cli: RunCli) -> None:
    copy = tmp_path / "p.yaml"
    copy.write_text((REPO / PROV).read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
    audit = json.loads(run_cli("rate", str(copy), "--format", "json")[1])["audit"]
    assert audit["data"]["sha256"] == hashlib.sha256(copy.read_bytes()).hexdigest()
    assert audit["data"]["sha256"] != sha256(PROV)


# ---------------------------------------------------------------------------- whose line


def test_citations_say_whose_line_they_are(run_cli: RunCli) -> None:
    lines = (REPO / WM).read_text(encoding="utf-8").splitlines()
    _, out, _ = run_cli("explain", WM, "2.2", "--no-snippets")
    flat = " ".join(out.replace("│", " ").split())
    found = re.search(r"published counts \(report line 503; data line (\d+)\)", flat)
    assert found is not None
    assert lines[int(found.group(1)) - 1].strip().startswith('"2.2.1": {relevant: 3, yes: 1')
    decision = re.search(r"Requires improvement \(report line 516; data line (\d+)\)", flat)
    assert decision is not None
    assert lines[int(decision.group(1)) - 1].strip() == '"2.2":'
    assert "data line 503" not in flat  # a line of the report is never called the data's
    _, out, _ = run_cli("explain", DERBY, "1.2", "--no-snippets")
    assert re.search(r"rating: Requires improvement \(report line 410; data line \d+\)", out)


def test_the_json_names_report_lines_as_such(run_cli: RunCli) -> None:
    data = json.loads(run_cli("rate", WM, "--format", "json")[1])
    kq = data["standards"]["2.2"]["key_questions"]["2.2.1"]
    assert kq["report_line"] == 503 and "data_line" not in kq
    assert data["standards"]["2.2"]["discretion"]["report_line"] == 516
    derby = json.loads(run_cli("rate", DERBY, "--format", "json")[1])
    assert derby["standards"]["1.2"]["judgement"]["report_line"] == 410


@pytest.mark.parametrize("fmt", ("text", "markdown", "json"))
def test_a_comparison_carries_the_audit_header(run_cli: RunCli, fmt: str) -> None:
    proposal = "docs/examples/good-from-70.framework"
    args = ("compare", "--base", "yot-2020", "--candidate", proposal, WM, DERBY)
    code, out, _ = run_cli(*args, "--format", fmt)
    assert code == 1  # ratings move
    import ratingbook

    candidate = [("yot-2020-good70", proposal), *YOT_2020]
    if fmt == "json":
        data = json.loads(out)
        assert data["audit"]["ratingbook"] == ratingbook.__version__
        assert data["audit"]["candidate"]["files"] == json_files(candidate)
        assert [i["sha256"] for i in data["inspections"]] == [sha256(WM), sha256(DERBY)]
        return
    shown = plain(out)
    assert f"ratingbook {ratingbook.__version__}" in shown
    lines = [plain(line) for line in re.split(r"<br>\n?|\n", out)]
    at = lines.index(header_lines("candidate", candidate)[0])
    assert lines[at : at + 3] == header_lines("candidate", candidate)
    for data_file in (WM, DERBY):
        assert f"{data_file} sha256:{sha256(data_file)[:12]}" in shown


# Commands that read framework versions and no inspection data: their header names the
# ratingbook version and every framework file read, with its hash.
VERSION_RUNS: dict[str, tuple[tuple[str, ...], dict[str, list[tuple[str, str]]]]] = {
    "diff": (("diff", "yot-2018", "yot-2020"), {"old": YOT_2018, "new": YOT_2020}),
    "diff --summary": (
        ("diff", "yot-2020", "docs/examples/good-from-70.framework", "--summary"),
        {
            "old": YOT_2020,
            "new": [("yot-2020-good70", "docs/examples/good-from-70.framework"), *YOT_2020],
        },
    ),
    "show": (("show", "yot-2020", "--standard", "2.2"), {"framework": YOT_2020}),
    "publish": (("publish", "yot-2018"), {"framework": YOT_2018}),
    "sample-size": (
        ("sample-size", "yot-2018", "--population", "100"),
        {"framework": YOT_2018},
    ),
}


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        (name, fmt)
        for name in sorted(VERSION_RUNS)
        for fmt in {"publish": ("html", "markdown"), "sample-size": ("text", "json")}.get(
            name, ("text", "markdown", "json")
        )
    ],
)
def test_outputs_made_from_versions_carry_the_audit_header(
    run_cli: RunCli, name: str, fmt: str
) -> None:
    args, files = VERSION_RUNS[name]
    code, out, err = run_cli(*args, "--format", fmt, "--width", "400")
    assert code == 0, err
    import ratingbook

    if fmt == "json":
        audit = json.loads(out)["audit"]
        assert audit["ratingbook"] == ratingbook.__version__
        for label, paths in files.items():
            assert audit[label]["files"] == json_files(paths)
        return
    lines = [plain(line) for line in re.split(r"<br>\n?|\n", out)]
    at = lines.index(f"ratingbook {ratingbook.__version__}")
    wanted = [line for label, paths in files.items() for line in header_lines(label, paths)]
    assert lines[at + 1 : at + 1 + len(wanted)] == wanted


def test_a_test_run_carries_the_audit_header(run_cli: RunCli) -> None:
    expectations = "standards/yot/expectations/published.yaml"
    code, out, err = run_cli("test", expectations)
    assert code == 0, err
    import ratingbook

    # A data file named relative to its expectation file is shown relative to the working
    # folder: standards/yot/inspections/..., not standards/yot/expectations/../inspections/...
    lines = out.splitlines()
    assert lines[0] == f"ratingbook {ratingbook.__version__}"
    at = lines.index(header_lines("framework", YOT_2020)[0])
    assert lines[at : at + 2] == header_lines("framework", YOT_2020)
    assert f"expectations {expectations} sha256:{sha256(expectations)[:12]}" in lines
    assert f"data {WM} sha256:{sha256(WM)[:12]}" in lines
    assert f"data {DERBY} sha256:{sha256(DERBY)[:12]}" in lines
