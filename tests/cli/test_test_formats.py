"""``ratingbook test --format junit|json``: JUnit XML valid against the schema CI servers
accept (the Jenkins xUnit plugin's junit-10.xsd, which pytest validates its own reports
against), and JSON as docs/expectations.md describes it, both telling the same run as text."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import run_cli

REPO = Path(__file__).resolve().parents[2]
XSD = REPO / "tests" / "data" / "junit" / "junit-10.xsd"
PUBLISHED = "standards/yot/expectations/published.yaml"
WM = "standards/yot/inspections/windsor-maidenhead-2020.yaml"


def _expectations(tmp_path: Path) -> Path:
    """A file with a passing expectation, a failing one, one that cannot be rated and a
    name XML must escape."""
    path = tmp_path / "mixed.yaml"
    path.write_text(
        "format: ratingbook/expectations-v1\n"
        "tests:\n"
        "  - name: overall as published\n"
        "    framework: yot-2020\n"
        f"    inspection: {REPO / WM}\n"
        "    expect:\n"
        "      overall: {rating: Good}\n"
        "  - name: \"a wrong <rating> & a 'quoted' name\"\n"
        "    framework: yot-2020\n"
        f"    inspection: {REPO / WM}\n"
        "    expect:\n"
        "      overall: {rating: Inadequate}\n"
        "      standards: {'2.2': {rating: Outstanding}}\n"
        "  - name: no such data\n"
        "    framework: yot-2020\n"
        "    inspection: missing.yaml\n"
        "    expect:\n"
        "      overall: {rating: Good}\n",
        encoding="utf-8",
    )
    return path


def _schema():  # type: ignore[no-untyped-def]
    xmlschema = pytest.importorskip(
        "xmlschema", reason="xmlschema (the test extra) validates the JUnit XML"
    )
    return xmlschema.XMLSchema(str(XSD))


def test_junit_of_the_published_expectations_is_valid_and_counts_every_one() -> None:
    code, out, _ = run_cli("test", PUBLISHED, "--format", "junit")
    assert code == 0
    _schema().validate(out)
    root = ET.fromstring(out)
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    cases = suite.findall("testcase")
    assert suite.get("tests") == str(len(cases)) == root.get("tests")
    assert suite.get("failures") == "0" and suite.get("errors") == "0"
    assert {c.get("classname") for c in cases} == {"standards.yot.expectations.published"}
    names = {p.get("name"): p.get("value") for p in suite.iter("property")}
    assert names["expectations"].startswith(PUBLISHED + " ")
    assert "ratingbook" in names and any(n.startswith("framework yot-") for n in names)
    # The same run as text: every expectation named there is a test case here.
    _, text, _ = run_cli("test", PUBLISHED, "-v")
    for c in cases:
        assert f"{PUBLISHED}::{c.get('name')} PASSED" in text


def test_junit_reports_failures_and_errors_with_their_message(tmp_path: Path) -> None:
    path = _expectations(tmp_path)
    code, out, err = run_cli("test", str(path), "--format", "junit")
    # An expectation that cannot be run (its data is missing) makes it exit 2, as text does.
    assert code == 2, err
    _schema().validate(out)
    suite = ET.fromstring(out).find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("3", "2", "0")
    passed, wrong, missing = suite.findall("testcase")
    assert passed.find("failure") is None
    assert wrong.get("name") == "a wrong <rating> & a 'quoted' name"
    failure = wrong.find("failure")
    assert failure is not None and failure.get("type") is None
    assert failure.get("message") == "overall.rating: expected 'Inadequate', got 'Good'"
    assert "standards.\"2.2\".rating: expected 'Outstanding'" in (failure.text or "")
    error = missing.find("failure")
    # Missing data is the expectation's own fault (exit 2): "invalid", not "error".
    assert error is not None and error.get("type") == "invalid"
    assert "missing.yaml" in (error.get("message") or "")


def test_json_tells_the_same_run(tmp_path: Path) -> None:
    path = _expectations(tmp_path)
    code, out, _ = run_cli("test", str(path), "--format", "json")
    assert code == 2
    doc = json.loads(out)
    assert doc["format"] == "ratingbook/test-v1"
    assert doc["summary"] | {"seconds": 0} == {
        "tests": 3,
        "passed": 1,
        "failed": 1,
        "errors": 1,
        "seconds": 0,
    }
    (file,) = doc["files"]
    statuses = [(t["name"], t["status"]) for t in file["tests"]]
    assert statuses == [
        ("overall as published", "passed"),
        ("a wrong <rating> & a 'quoted' name", "failed"),
        ("no such data", "error"),
    ]
    assert [t["invalid"] for t in file["tests"]] == [False, False, True]
    wrong = file["tests"][1]
    assert wrong["framework"] == "yot-2020" and wrong["inspection"].endswith(
        "windsor-maidenhead-2020.yaml"
    )
    assert [m["what"] for m in wrong["mismatches"]] == ["overall.rating", 'standards."2.2".rating']
    assert wrong["mismatches"][0]["expected"] == "Inadequate"
    assert doc["audit"]["frameworks"][0]["id"] == "yot-2020"


def test_the_formats_test_offers_come_from_the_registry() -> None:
    from ratingbook.framework.emit import formats_for

    assert formats_for("test") == ("text", "json", "junit")
    code, out, _ = run_cli("test", "--help")
    assert code == 0
    assert "[text|json|junit]" in out


def test_coverage_is_in_every_format() -> None:
    _, out, _ = run_cli("test", PUBLISHED, "--format", "json", "--coverage")
    found = {c["version"]: c for c in json.loads(out)["coverage"]}
    _, text, _ = run_cli("test", PUBLISHED, "--coverage")
    for version, c in found.items():
        assert f"{version}: {c['exercised']} of {c['total']} exercised" in text
        assert c["exercised"] == sum(k["exercised"] for k in c["kinds"].values())
    _, xml, _ = run_cli("test", PUBLISHED, "--format", "junit", "--coverage")
    values = {p.get("name"): p.get("value") for p in ET.fromstring(xml).iter("property")}
    for version, c in found.items():
        assert values[f"coverage {version}"] == f"{c['exercised']} of {c['total']}"


def test_junit_shows_a_character_xml_cannot_hold_as_pytest_does() -> None:
    """Expectation files cannot hold control characters (they are refused when read), but
    a message may quote one from elsewhere: XML 1.0 cannot hold it, so it is shown as #xNN."""
    from ratingbook.framework.emit.junit import _x

    assert _x("a \x01 b\tc\ud800") == "a #x01 b\tc#xD800"
