"""JSON: every document as data, in the layouts docs/result-format.md, docs/explain-format.md
and the other formats' pages give, written as ``json.dumps(..., indent=2)`` would write it
(``render/json_stream.py``), a list of inspections or cases as each comes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, assert_never

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
    from rich.console import Console

    from ratingbook.framework.emit import Stream

KINDS: Final = KINDS_OF["json"]


def _audited(doc: dict[str, Any], audit: dict[str, object]) -> dict[str, Any]:
    """A JSON document with its audit header after its format name."""
    head = {k: doc[k] for k in ("format",) if k in doc}
    return {**head, "audit": audit, **{k: v for k, v in doc.items() if k not in head}}


def emit(
    view: Document, stream: Stream, *, console: Console | None, errors: Console | None
) -> None:
    """Write ``view`` as one JSON document and a line end."""
    from ratingbook.framework.render.json_stream import dumps

    match view:
        case Ratings():
            from ratingbook.framework.emit.records import result_record
            from ratingbook.framework.render.json_stream import write_json

            write_json(result_record(view.result), stream.write)
            stream.write("\n")
        case RatingsList():
            from ratingbook.framework.render.json_stream import write_list

            write_list(view.emitted, stream.write)
            stream.write("\n")
        case Explained():
            from ratingbook.framework.emit.records import explanation_record
            from ratingbook.framework.render.json_stream import write_json

            write_json(explanation_record(view.explanation), stream.write)
            stream.write("\n")
        case Changes():
            from ratingbook.framework.emit.records import (
                diff_json,
                diff_summary_json,
                versions_audit_json,
            )

            d = view.diff
            doc = diff_summary_json(d) if view.summary else diff_json(d)
            stream.write(dumps(_audited(doc, versions_audit_json(view.versions))) + "\n")
        case Listing():
            from ratingbook.framework.emit.records import contents_json, versions_audit_json

            found = _audited(contents_json(view.contents), versions_audit_json(view.versions))
            stream.write(dumps(found) + "\n")
        case SamplePlan():
            from ratingbook.framework.emit.records import sample_plan_json, versions_audit_json

            plan = _audited(sample_plan_json(view.plan), versions_audit_json(view.versions))
            stream.write(dumps(plan) + "\n")
        case ShippedVersions():
            from ratingbook.framework.emit.records import versions_json

            stream.write(dumps(versions_json(view.entries)) + "\n")
        case CheckedFiles():
            from ratingbook.framework.emit.records import CHECK_FORMAT, checked_json

            records = [checked_json(p, r, strict=view.strict) for p, r in view.files]
            failed = sum(not r["ok"] for r in records)
            checked = {"format": CHECK_FORMAT, "ok": not failed, "files": records}
            stream.write(dumps(checked) + "\n")
        case ComparisonRun():
            _compare(view, stream)
        case ExpectationRun():
            from ratingbook.framework.emit.records import coverage_json, test_run_json
            from ratingbook.framework.views.testrun import test_run_view

            run = test_run_json(test_run_view(view.outcomes, view.seconds))
            if view.coverage is not None:
                run["coverage"] = [coverage_json(c) for c in view.coverage]
            stream.write(dumps(run) + "\n")
        case Handbook():
            raise AssertionError("a handbook has no JSON form")  # not in KINDS
        case _:
            assert_never(view)


def _compare(view: ComparisonRun, stream: Stream) -> None:
    """The summary comes before the inspections: they wait in a temporary file (in memory
    while small) until it is known."""
    from ratingbook.framework.emit.records import (
        inspection_comparison_json,
        tally_json,
        versions_audit_json,
    )
    from ratingbook.framework.render.json_stream import Spool

    spool = Spool()
    for i in view.each():
        spool.add(inspection_comparison_json(i))
    base, candidate = view.base, view.candidate
    assert view.tally is not None
    head = {
        "format": "ratingbook/compare-v1",
        "base": {"id": base.id, "path": base.path},
        "candidate": {"id": candidate.id, "path": candidate.path},
        "audit": versions_audit_json((("base", base), ("candidate", candidate))),
        "summary": tally_json(view.tally),
    }
    spool.write_document(head, "inspections", stream.write)
    stream.write("\n")
