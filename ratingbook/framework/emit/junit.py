"""JUnit XML: a test run as a CI server's test report reads it, in the layout pytest's
``--junitxml`` writes (its default ``xunit2`` family) and valid against the Jenkins xUnit
plugin's ``junit-10.xsd``, which CI servers accept.

``<testsuites>`` holds one ``<testsuite>`` per expectation file, its ``<properties>`` the
audit header (the ratingbook version, each file's SHA-256), and a ``<testcase>`` per
expectation: ``classname`` is the file as pytest names a module (``standards.yot.expectations
.published``), ``name`` the expectation's name. An expectation whose figures differ has a
``<failure>`` whose ``message`` is the first mismatch and whose text is every mismatch with its
trace; one that could not be rated has a ``<failure type="error">`` (the schema has no
``<error>`` element, and the text report counts both as failed). Nothing is skipped: an
expectation either runs or is reported.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, assert_never

from ratingbook.framework.emit import KINDS_OF
from ratingbook.framework.emit.documents import (
    Changes,
    CheckedFiles,
    ComparisonRun,
    Document,
    ExpectationRun,
    Explained,
    Handbook,
    Listing,
    Ratings,
    RatingsList,
    SamplePlan,
    ShippedVersions,
)

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    from rich.console import Console

    from ratingbook.framework.emit import Stream
    from ratingbook.framework.views.testrun import CaseRecord, TestRunView

KINDS: Final = KINDS_OF["junit"]

# What XML 1.0 cannot hold (control characters other than tab and line ends, lone
# surrogates, U+FFFE/U+FFFF): shown as #xNN, as pytest shows them, so a name or message
# with one still makes a document every reader can parse.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _x(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"#x{ord(m.group()):02X}", text)


def _time(seconds: float) -> str:
    return f"{seconds:.3f}"


def emit(
    view: Document, stream: Stream, *, console: Console | None, errors: Console | None
) -> None:
    """Write a test run as one JUnit XML document."""
    match view:
        case ExpectationRun():
            from ratingbook.framework.views.testrun import test_run_view

            coverage = [
                (f"coverage {c.version}", f"{len(c.targets) - len(c.missing)} of {len(c.targets)}")
                for c in view.coverage or ()
            ]
            _write(test_run_view(view.outcomes, view.seconds), coverage, stream)
        case (
            Ratings()
            | RatingsList()
            | Explained()
            | Changes()
            | Listing()
            | SamplePlan()
            | ShippedVersions()
            | CheckedFiles()
            | ComparisonRun()
            | Handbook()
        ):
            raise AssertionError(f"{view.KIND} has no JUnit form")  # not in KINDS
        case _:
            assert_never(view)


def _classname(file: str) -> str:
    """An expectation file as pytest names a test module: its path, dotted, no suffix."""
    stem = re.sub(r"\.(ya?ml|json)$", "", file, flags=re.IGNORECASE)
    return stem.replace("\\", "/").strip("/").replace("/", ".")


def _case(c: CaseRecord, classname: str) -> Element:
    from xml.etree.ElementTree import Element, SubElement

    case = Element("testcase", classname=_x(classname), name=_x(c.name), time=_time(c.seconds))
    if c.status == "failed":
        text = "\n\n".join(
            f"{m.what}: expected {m.expected!r}, got {m.got!r}\n{m.trace}" for m in c.mismatches
        )
        failure = SubElement(case, "failure", message=_x(c.message or ""))
        failure.text = _x(text)
    elif c.status == "error":
        kind = "invalid" if c.invalid else "error"
        failure = SubElement(case, "failure", type=kind, message=_x(c.message or ""))
        failure.text = _x(c.error or "")
    return case


def _write(run: TestRunView, coverage: list[tuple[str, str]], stream: Stream) -> None:
    from xml.etree.ElementTree import Element, SubElement, indent, tostring

    root = Element(
        "testsuites",
        name="ratingbook test",
        tests=str(run.tests),
        failures=str(run.count("failed") + run.count("error")),
        errors="0",
        time=_time(run.seconds),
    )
    for suite in run.suites:
        element = SubElement(
            root,
            "testsuite",
            name=_x(suite.file),
            errors="0",
            failures=str(suite.count("failed") + suite.count("error")),
            skipped="0",
            tests=str(len(suite.cases)),
            time=_time(suite.seconds),
        )
        properties = SubElement(element, "properties")
        facts = [("ratingbook", run.ratingbook), ("expectations", f"{suite.file} {suite.sha256}")]
        facts += [
            (f"framework {version}", f"{f.path} {f.sha256}")
            for version, files in run.frameworks
            for f in files
        ]
        facts += [("data", f"{d.path} {d.sha256}") for d in run.data]
        facts += coverage  # --coverage: how many of each version's rules are exercised
        for name, value in facts:
            SubElement(properties, "property", name=_x(name), value=_x(value))
        classname = _classname(suite.file)
        for c in suite.cases:
            element.append(_case(c, classname))
    indent(root)
    stream.write('<?xml version="1.0" encoding="utf-8"?>\n')
    stream.write(tostring(root, encoding="unicode") + "\n")
