"""The shipped made-up example rates without errors, and its ratings and figures are stable.

Its JSON (270 KB, mostly the case lists behind each figure) is not kept as a golden file.
Instead the tests spell out what a reader of it relies on (every rating, every key
question's figures, the document's shape) and check that the rest agrees with them (the
case lists add up to the figures, each rule points at the framework text it quotes); the
CLI's JSON must equal the in-process Result's, so nothing changes silently between them.
The format itself is pinned by the Windsor & Maidenhead golden (json/*-rate.json).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml

from ratingbook import evaluate, load_framework, load_inspection, to_json
from ratingbook.framework.model import Framework
from ratingbook.framework.views.phrases import worded

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = "standards/yot/examples/example-2020.yaml"

RunCli = Callable[..., tuple[int, str, str]]


@pytest.fixture(scope="module")
def cli_json(run_cli: RunCli) -> tuple[int, str, str]:
    return run_cli("rate", EXAMPLE, "--format", "json")


def test_the_example_rates_without_errors_or_warnings(cli_json: tuple[int, str, str]) -> None:
    code, out, err = cli_json
    assert code == 0, err
    assert err == ""
    data = json.loads(out)
    assert data["diagnostics"] == []
    assert data["framework"]["id"] == "yot-2020"


def test_the_example_ratings(cli_json: tuple[int, str, str]) -> None:
    """The ratings, spelt out, so that a golden-file update that moves one is seen in review."""
    data = json.loads(cli_json[1])
    ratings = {sid: (s["banded"], s["rating"], s["score"]) for sid, s in data["standards"].items()}
    assert ratings == {
        "1.1": ("Good", "Good", 2),
        "1.2": ("Good", "Good", 2),
        "1.3": ("Requires improvement", "Requires improvement", 1),
        "1.4": ("Outstanding", "Outstanding", 3),
        "2.1": ("Good", "Good", 2),
        "2.2": ("Requires improvement", "Requires improvement", 1),
        "2.3": ("Good", "Good", 2),
        "2.4": ("Inadequate", "Inadequate", 0),
        "3.1": ("Outstanding", "Outstanding", 3),
        "3.2": ("Good", "Good", 2),
        "3.3": ("Requires improvement", "Requires improvement", 1),
        "3.4": ("Outstanding", "Outstanding", 3),
    }
    assert {k: data["overall"][k] for k in ("rating", "score", "max")} == {
        "rating": "Good",
        "score": 22,
        "max": 36,
    }


# ---------------------------------------------------------------------------- the JSON in figures

# Every key question of domains 2 and 3: relevant, yes, no, percent, band.
KEY_QUESTIONS = {
    "2.1.1": (30, 26, 4, 87, "Outstanding"),
    "2.1.2": (30, 21, 9, 70, "Good"),
    "2.1.3": (30, 24, 6, 80, "Outstanding"),
    "2.2.1": (30, 25, 5, 83, "Outstanding"),
    "2.2.2": (22, 14, 8, 64, "Requires improvement"),
    "2.2.3": (17, 12, 5, 71, "Good"),
    "2.3.1": (30, 27, 3, 90, "Outstanding"),
    "2.3.2": (22, 17, 5, 77, "Good"),
    "2.3.3": (17, 11, 6, 65, "Good"),
    "2.4.1": (20, 16, 4, 80, "Outstanding"),
    "2.4.2": (13, 8, 5, 62, "Requires improvement"),
    "2.4.3": (9, 4, 5, 44, "Inadequate"),
    "3.1.1": (20, 18, 2, 90, "Outstanding"),
    "3.1.2": (20, 16, 4, 80, "Outstanding"),
    "3.1.3": (20, 17, 3, 85, "Outstanding"),
    "3.2.1": (20, 16, 4, 80, "Outstanding"),
    "3.2.2": (14, 11, 3, 79, "Good"),
    "3.2.3": (10, 8, 2, 80, "Outstanding"),
    "3.3.1": (20, 13, 7, 65, "Good"),
    "3.3.2": (14, 9, 5, 64, "Requires improvement"),
    "3.3.3": (10, 6, 4, 60, "Requires improvement"),
    "3.4.1": (20, 19, 1, 95, "Outstanding"),
    "3.4.2": (8, 7, 1, 88, "Outstanding"),
}
LOWEST = {
    "2.1": ["2.1.2"],
    "2.2": ["2.2.2"],
    "2.3": ["2.3.2", "2.3.3"],
    "2.4": ["2.4.3"],
    "3.1": ["3.1.1", "3.1.2", "3.1.3"],
    "3.2": ["3.2.2"],
    "3.3": ["3.3.2", "3.3.3"],
    "3.4": ["3.4.1", "3.4.2"],
}
SCORES = {"Outstanding": 3, "Good": 2, "Requires improvement": 1, "Inadequate": 0}


def _percent(yes: int, relevant: int) -> int:
    """Rounded half up, as the framework says (percentage rounded half up)."""
    return int(Fraction(100 * yes, relevant) + Fraction(1, 2))


def _band(data: dict[str, Any], percent: int) -> str:
    (rating,) = [b["rating"] for b in data["bands"] if b["low"] <= percent <= b["high"]]
    return str(rating)


def _key_questions(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        kq: k for s in data["standards"].values() for kq, k in s.get("key_questions", {}).items()
    }


def test_the_example_json_header_and_overall(cli_json: tuple[int, str, str]) -> None:
    data = json.loads(cli_json[1])
    assert (data["format"], data["inspection"], data["service"]) == (
        "ratingbook/result-v1",
        EXAMPLE,
        "Exampleshire Youth Justice Service (made-up example data)",
    )
    assert data["framework"] == {
        "id": "yot-2020",
        "family": "yot",
        "version": "2020",
        "title": "Inspection of youth offending services",
        "path": "yot-2020 standards/yot/2020.framework",
    }
    assert data["domains"] == {
        "1": "Organisational delivery",
        "2": "Court disposals",
        "3": "Out-of-court disposals",
    }
    assert data["bands"] == [
        {"low": 0, "high": 49, "rating": "Inadequate"},
        {"low": 50, "high": 64, "rating": "Requires improvement"},
        {"low": 65, "high": 79, "rating": "Good"},
        {"low": 80, "high": 100, "rating": "Outstanding"},
    ]
    assert data["overall"] == {
        "rating": "Good",
        "score": 22,
        "max": 36,
        "band_rule": {
            "rule": "overall 19..30 Good",
            "where": "yot-2018 standards/yot/2018.framework:77",
            "snippet": "overall 19..30 Good from wm_2020 line 902",
        },
    }
    assert data["overall"]["score"] == sum(s["score"] for s in data["standards"].values())


def test_the_example_json_key_question_figures(cli_json: tuple[int, str, str]) -> None:
    data = json.loads(cli_json[1])
    figures = {
        kq: (k["relevant"], k["yes"], k["no"], k["percent"], k["band"])
        for kq, k in _key_questions(data).items()
    }
    assert figures == KEY_QUESTIONS
    assert {sid: s["lowest"] for sid, s in data["standards"].items() if "lowest" in s} == LOWEST


def test_the_example_json_figures_agree_with_the_cases_behind_them(
    cli_json: tuple[int, str, str],
) -> None:
    """Each figure is what its case list adds up to, and each band what the band rules say."""
    data = json.loads(cli_json[1])
    cases = {c["id"] for c in load_inspection_data()["cases"]}
    assert len(cases) == 50
    for kq, k in _key_questions(data).items():
        counted, excluded = k["cases_counted"], k["cases_excluded"]
        assert k["basis"] == "cases", kq
        assert k["relevant"] == len(counted) == k["yes"] + k["no"], kq
        assert k["yes"] == sum(c["answer"] == "yes" for c in counted), kq
        assert all(c["answer"] in ("yes", "no") and c["reason"] for c in counted), kq
        assert all(c["reason"] for c in excluded), kq
        # Every case is either counted or left out, with a reason, and none twice.
        ids = [c["case"] for c in counted + excluded]
        assert sorted(ids) == sorted(cases), kq
        assert k["exact_percent"] == round(100 * k["yes"] / k["relevant"], 4), kq
        assert k["percent"] == _percent(k["yes"], k["relevant"]), kq
        assert k["band"] == _band(data, k["percent"]), kq
        low, high = k["interval_95"]["low"], k["interval_95"]["high"]
        assert low <= k["exact_percent"] <= high, kq
        for pid, prompt in k.get("prompts", {}).items():
            assert 0 <= prompt["yes"] <= prompt["relevant"], pid
    for sid, s in data["standards"].items():
        assert s["score"] == SCORES[s["rating"]], sid
        if s["rated_by"] == "inspector judgement":
            assert s["rating"] == s["banded"] == s["judgement"]["rating"], sid
            continue
        bands = {kq: k["band"] for kq, k in s["key_questions"].items()}
        lowest = min(SCORES[b] for b in bands.values())
        assert s["lowest"] == [kq for kq, b in bands.items() if SCORES[b] == lowest], sid
        assert SCORES[s["banded"]] == lowest, sid
        assert s["discretion"]["applied"] is False and s["rating"] == s["banded"], sid
        for way in ("up", "down"):
            change = s["what_would_change"][way]
            if change is None:
                continue
            for c in change["changes"]:
                k = s["key_questions"][c["key_question"]]
                step = c["cases"] if c["to"] == "yes" else -c["cases"]
                assert c["percent_after"] == _percent(k["yes"] + step, k["relevant"]), sid
                assert c["band_after"] == _band(data, c["percent_after"]), sid
            assert change["judgements"] == sum(c["cases"] for c in change["changes"]), sid


def test_the_example_json_rules_quote_the_framework(cli_json: tuple[int, str, str]) -> None:
    """Every rule reference (83 of them) points at the framework lines it quotes."""
    refs: list[dict[str, Any]] = []

    def walk(x: Any) -> None:
        if isinstance(x, dict):
            if {"where", "snippet"} <= set(x):
                refs.append(x)
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(json.loads(cli_json[1]))
    assert len(refs) == 83
    for ref in refs:
        path, line = ref["where"].rsplit(":", 1)
        assert path.startswith(("yot-2020 standards/", "yot-2018 standards/")), ref
        path = path.rpartition(" ")[2]  # a shipped version's path inside the package
        snippet = ref["snippet"].splitlines()
        text = (REPO / path).read_text(encoding="utf-8").splitlines()
        assert text[int(line) - 1 : int(line) - 1 + len(snippet)] == snippet, ref


def test_the_example_json_shape(cli_json: tuple[int, str, str]) -> None:
    """The keys at every level, as docs/result-format.md describes them."""
    data = json.loads(cli_json[1])
    rule = {"rule", "where", "snippet"}
    assert set(data) == {
        "format",
        "service",
        "inspection",
        "audit",
        "framework",
        "overall",
        "domains",
        "bands",
        "standards",
        "cases",
        "diagnostics",
    }
    assert set(data["audit"]) == {
        "ratingbook",
        "framework",
        "data",
        "fieldwork",
        "lead_inspector",
        "report",
    }
    assert len(data["cases"]) == 50
    assert set(data["cases"]["C01"]) == {"attributes", "inspector", "note", "reasons"}
    assert set(data["overall"]) == {"rating", "score", "max", "band_rule"}
    assert set(data["overall"]["band_rule"]) == rule
    for sid, s in data["standards"].items():
        assert set(s["rule"]) == rule, sid
        if sid.startswith("1."):
            assert set(s) == {"name", "rating", "banded", "score", "rated_by", "rule", "judgement"}
            assert set(s["judgement"]) == {"rating", "evidence", "characteristics"}
            continue
        assert set(s) == {
            "name",
            "rating",
            "banded",
            "score",
            "rated_by",
            "rule",
            "key_questions",
            "lowest",
            "discretion",
            "what_would_change",
        }, sid
        d = s["discretion"]
        assert set(d) == {"applied", "checks", "eligible", "in_policy", "measures", "reasons"}
        assert set(d["measures"]) == {
            "boundary_distance",
            "judgements_to_change",
            "lowest_percent",
            "sample_size",
        }
        for check in d["checks"]:
            assert set(check) == rule | {"description", "holds", "detail"}
        for change in s["what_would_change"].values():
            if change is not None:
                assert set(change) == {"judgements", "to", "changes"}
                for c in change["changes"]:
                    assert set(c) == {
                        "key_question",
                        "from",
                        "to",
                        "cases",
                        "percent_after",
                        "band_after",
                    }
        for kq, k in s["key_questions"].items():
            assert set(k) == {
                "relevant",
                "yes",
                "no",
                "percent",
                "band",
                "basis",
                "exact_percent",
                "applies",
                "band_rule",
                "rounding",
                "interval_95",
                "cases_counted",
                "cases_excluded",
                "prompts",
            }, kq
            assert set(k["band_rule"]) == set(k["rounding"]) == rule
            assert set(k["interval_95"]) == {
                "low",
                "high",
                "spans_band_boundary",
                "boundaries_inside",
            }
            for c in k["cases_counted"] + k["cases_excluded"]:
                assert set(c) == {"case", "answer", "reason"}
            for prompt in k["prompts"].values():
                assert set(prompt) == {"relevant", "yes", "not_applicable", "percent", "basis"}


def load_inspection_data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((REPO / EXAMPLE).read_text(encoding="utf-8"))
    return data


def test_the_cli_json_is_the_result_json(
    cli_json: tuple[int, str, str], yot_2020: Framework
) -> None:
    """The renderer only reads the Result: rating in-process gives the same document."""
    result = evaluate(yot_2020, load_inspection(str(REPO / EXAMPLE)))
    in_process = json.loads(json.dumps(worded(to_json(result)), ensure_ascii=False))
    from_cli = json.loads(cli_json[1])
    in_process["inspection"] = from_cli["inspection"]
    in_process["audit"]["data"]["path"] = from_cli["audit"]["data"]["path"]
    assert in_process == from_cli


def test_the_example_agrees_with_its_generator() -> None:
    """tools/make_example_inspection.py computes the ratings on its own; the file is not stale."""
    proc = subprocess.run(
        [sys.executable, str(REPO / "tools" / "make_example_inspection.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    generator = dict(re.findall(r"^standard (\d\.\d): (.+?) \(", proc.stdout, re.M))
    result = evaluate(load_framework("yot-2020"), load_inspection(str(REPO / EXAMPLE)))
    assert generator == {s.id: s.rating for s in result.standards}
    overall = re.search(r"^overall: (.+), score (\d+)/36$", proc.stdout, re.M)
    assert overall is not None
    assert (overall.group(1), int(overall.group(2))) == (
        result.overall.rating,
        result.overall.score,
    )
