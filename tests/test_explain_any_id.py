"""``explain`` of any id: a standard and a key question as before, a prompt (its wording,
citation, figures and what it feeds, never a rating) and a case (every judgement in it and
what each fed); an id that names nothing is an error that says what would."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

RunCli = Callable[..., tuple[int, str, str]]

WM = "standards/yot/inspections/windsor-maidenhead-2020.yaml"
EXAMPLE = "standards/yot/examples/example-2020.yaml"
PROV = "docs/examples/provenance.yaml"
REPO = Path(__file__).resolve().parents[1]


def flat(text: str) -> str:
    return " ".join(text.replace("│", " ").replace("├──", " ").replace("└──", " ").split())


def test_a_prompt_is_explained_not_its_key_question(run_cli: RunCli) -> None:
    code, out, _ = run_cli("explain", WM, "2.2.1.a", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["item"] == "2.2.1.a"
    root = data["tree"]
    assert root["kind"] == "prompt" and root["id"] == "2.2.1.a"
    assert root["label"].startswith("2.2.1.a Does planning set out the services most likely")
    kinds = [c["kind"] for c in root["children"]]
    assert kinds == ["note", "citation", "figure", "feeds"]
    note, citation, figure, feeds = root["children"]
    assert "prompts do not rate" in note["label"]
    assert citation["label"] == "published in wm_2020 line 512"
    assert citation["rule"]["where"].startswith("yot-2020 standards/yot/2020.framework:")
    assert figure["label"].startswith("0 of 3 relevant cases answered yes (0%), from published")
    assert "report line 512" in figure["label"]
    assert feeds["label"].startswith("feeds 2.2.1 (33%, Inadequate): one of the lowest")
    assert "2.2 Planning is rated Requires improvement" in feeds["label"]


def test_a_prompt_of_case_data_lists_each_case_answer(run_cli: RunCli) -> None:
    _, out, _ = run_cli("explain", EXAMPLE, "2.1.1.d", "--format", "json")
    root = json.loads(out)["tree"]
    cases = next(c for c in root["children"] if c["kind"] == "cases")
    answers = {name: g["status"] for g in cases["children"] for name in g["cases"]}
    assert answers["C01"] == "yes" and len(answers) == 30
    assert "n/a" in answers.values()  # a "Where applicable" prompt
    assert [g["status"] for g in cases["children"]] == sorted(
        set(answers.values()), key=["no", "yes", "n/a"].index
    )
    assert any(c["kind"] == "applies" and "n/a" in c["label"] for c in root["children"])


def test_a_case_shows_every_judgement_and_what_it_fed(run_cli: RunCli) -> None:
    code, out, _ = run_cli("explain", EXAMPLE, "C01", "--format", "json")
    assert code == 0
    root = json.loads(out)["tree"]
    assert (
        root["kind"] == "case_record"
        and root["label"] == "case C01 (court): inspector not recorded"
    )
    answers = [c for c in root["children"] if c["kind"] == "answer"]
    # C01 answers 2.1.1-2.1.3, 2.2.1, 2.2.2, 2.3.1, 2.3.2 and 2.4.2 in the data.
    assert [a["id"] for a in answers] == [
        "2.1.1",
        "2.1.2",
        "2.1.3",
        "2.2.1",
        "2.2.2",
        "2.3.1",
        "2.3.2",
        "2.4.2",
    ]
    first = answers[0]
    assert first["status"] == "yes" and "counted (2.1.1 is at" in first["label"]
    prompts = [p for p in first["children"] if p["kind"] == "prompt_answer"]
    assert [p["id"] for p in prompts] == [f"2.1.1.{x}" for x in "abcdefg"]
    assert prompts[0]["label"] == "prompt 2.1.1.a: no"
    missing = next(c for c in root["children"] if c["kind"] == "not_applicable")
    assert {c["id"] for c in missing["children"]} >= {"2.2.3", "2.4.1"}
    where = next(c for c in root["children"] if c["kind"] == "where")
    assert where["label"].startswith(f"{EXAMPLE}, data line ")


def test_a_case_names_the_key_question_that_sets_its_standard(run_cli: RunCli) -> None:
    _, out, _ = run_cli("explain", PROV, "C01", "--no-snippets")
    assert "2.1.2 is at 67%, Good, and sets 2.1's band" in flat(out)


@pytest.mark.parametrize(
    ("data", "item", "message"),
    [
        (
            WM,
            "C01",
            "nothing to explain as 'C01': standards/yot/inspections/windsor-maidenhead-2020.yaml "
            "gives counts, not cases (the cases are not in the data)",
        ),
        (EXAMPLE, "C1", "did you mean C01?"),
        (EXAMPLE, "C99", "a case id (C01, ...)"),
        (
            WM,
            "2.2.1.z",
            "key question 2.2.1 has prompts 2.2.1.a, 2.2.1.b, 2.2.1.c, 2.2.1.d, 2.2.1.e, 2.2.1.f; did you mean 2.2.1.f?",
        ),
        (WM, "2.9", "did you mean 2.4?"),
        (WM, "2.2.9", "standard 2.2 (Planning) has 2.2.1, 2.2.2, 2.2.3; did you mean 2.2.3?"),
        (WM, "9.9.9.a", "a prompt like 2.2.1.a"),
    ],
)
def test_an_id_that_names_nothing_is_an_error_that_says_what_would(
    run_cli: RunCli, data: str, item: str, message: str
) -> None:
    code, out, err = run_cli("explain", data, item)
    assert code == 2 and out == ""
    assert message in " ".join(err.split())
    assert "Traceback" not in err


def test_a_prompt_the_version_lacks_says_so(run_cli: RunCli) -> None:
    code, _, err = run_cli("explain", WM, "2.2.1.a", "--framework", "yot-2018")
    assert code == 2
    assert "key question 2.2.1 has no prompts in yot-2018" in " ".join(err.split())


@pytest.mark.parametrize(
    ("case_id", "shaped_as"),
    [("1", "a domain's id"), ("2.5", "a standard the version lacks"), ("2.1.1.z", "a prompt")],
)
def test_a_case_whose_id_is_shaped_like_an_items_is_still_that_case(
    run_cli: RunCli, tmp_path: Path, case_id: str, shaped_as: str
) -> None:
    # A case's id is the data's: one written as an item's is (shaped_as) is found where no
    # item has it, never refused as an item that does not exist.
    text = (REPO / EXAMPLE).read_text(encoding="utf-8")
    data = tmp_path / "cases.yaml"
    data.write_text(text.replace("  - id: C01\n", f"  - id: '{case_id}'\n", 1), "utf-8")
    code, out, err = run_cli("explain", str(data), case_id, "--format", "json")
    assert (code, err) == (0, ""), shaped_as
    root = json.loads(out)["tree"]
    assert root["kind"] == "case_record" and root["id"] == case_id


def test_an_item_keeps_its_id_when_a_case_has_it_too(run_cli: RunCli, tmp_path: Path) -> None:
    text = (REPO / EXAMPLE).read_text(encoding="utf-8")
    data = tmp_path / "cases.yaml"
    data.write_text(text.replace("  - id: C01\n", "  - id: '2.1'\n", 1), "utf-8")
    code, out, _ = run_cli("explain", str(data), "2.1", "--format", "json")
    assert code == 0 and json.loads(out)["tree"]["kind"] == "standard"
