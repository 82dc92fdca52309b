"""Expectation files: an inspection, a framework, and the results they must give.

```yaml
format: ratingbook/expectations-v1
tests:
  - name: "Derby 2018: published ratings"
    framework: yot-2018                    # an id, or a path relative to this file
    inspection: ../inspections/derby.yaml  # a path relative to this file, or the data inline
    expect:
      overall: {rating: Good, score: 19, max: 36}
      standards:
        "2.4": {rating: Good, banded: Requires improvement, score: 2, discretion_eligible: true}
      key_questions:
        "2.3.3": {percent: 65, band: Good, relevant: 20, yes: 13}
```

This module is the analysis: the records, the shape an expectations file must have (given
its data, already read), and what a result is compared with. Finding, reading and running the
files is :mod:`ratingbook.framework.app.expectations`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ratingbook.framework import messages
from ratingbook.framework.errors import InputError, RatingbookError
from ratingbook.framework.phrase import Phrase, Say, said
from ratingbook.framework.result import (
    KeyQuestionResult,
    Range,
    Result,
    StandardResult,
)

FORMAT = "ratingbook/expectations-v1"
_STANDARD_KEYS = {
    "rating",
    "banded",
    "score",
    "discretion_eligible",
    "discretion_applied",
    "undetermined",
}
_KQ_KEYS = {"percent", "band", "relevant", "yes", "undetermined"}
_OVERALL_KEYS = {"rating", "score", "max", "undetermined"}
# What an ``undetermined:`` mapping may pin: the range still possible.
_RANGE_KEYS = {"lowest", "highest", "unrated"}
_KQ_RANGE_KEYS = _RANGE_KEYS | {"percent_low", "percent_high"}
_RATING_RANGE_KEYS = _RANGE_KEYS | {"score_low", "score_high"}


@dataclass(frozen=True)
class Expectation:
    file: Path
    index: int
    name: str
    framework: str
    inspection: str | dict[str, Any]
    expect: dict[str, Any]
    sha256: str | None = None  # of the expectation file's text, for the run's audit header
    display: str | None = None  # how outputs name the file; None: as given

    @property
    def shown(self) -> str:
        """The expectation file as every output names it (relative to the working folder,
        as the reader that loaded it works out)."""
        return str(self.file) if self.display is None else self.display

    @property
    def nodeid(self) -> str:
        return f"{self.shown}::{self.name}"


@dataclass(frozen=True)
class Mismatch:
    what: str  # e.g. standards."2.4".rating
    expected: Any  # as the file gives it, or a phrase (``a standard``) the views word
    got: Any  # the version's figure, or a phrase (``no such standard``) the views word
    trace: Phrase  # how the version got it (the views word it)


@dataclass
class Outcome:
    expectation: Expectation
    mismatches: list[Mismatch] = field(default_factory=list)
    error: str | None = None
    invalid: bool = False  # the expectation itself is wrong (an input error, exit 2)
    result: Result | None = field(default=None, repr=False)  # what was rated, for coverage
    seconds: float = 0.0  # how long running it took (JUnit XML and JSON report it)

    @property
    def passed(self) -> bool:
        return not self.mismatches and self.error is None


def parse(data: Any, path: Path, shown: str, sha256: str) -> list[Expectation]:
    """The expectations of one file, from its data (already read), checked for shape.

    Raises:
        InputError: it is not an expectations file, or a test is malformed.
    """
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(messages.expectations_not_a_file(file=shown, format=FORMAT))
    tests = data.get("tests")
    if not isinstance(tests, list) or not tests:
        raise InputError(messages.expectations_no_tests(file=shown))
    out = []
    for i, t in enumerate(tests):
        where = f"{shown}: tests[{i}]"
        if not isinstance(t, dict):
            raise InputError(messages.expectations_test_not_a_mapping(where=where))
        missing = [k for k in ("name", "inspection", "expect") if k not in t]
        if missing:
            raise InputError(messages.expectations_missing(where=where, keys=missing))
        expect = t["expect"]
        _check_expect(expect, where)
        out.append(
            Expectation(
                path,
                i,
                str(t["name"]),
                str(t.get("framework") or ""),
                t["inspection"],
                expect,
                sha256,
                shown,
            )
        )
    return out


# What each expected value must be: a rating name (or null: not rated), a whole number in
# range (or null: no figure), or a flag. A value of the wrong kind is an input error (exit 2),
# never a failed expectation.
_RATING_KEYS = frozenset({"rating", "banded", "band"})
_FLAG_KEYS = frozenset({"discretion_eligible", "discretion_applied"})
_NUMBER_RANGES = {
    "score": 1_000_000,
    "max": 1_000_000,
    "relevant": 1_000_000,
    "yes": 1_000_000,
    "percent": 100,
}


def _check_value(where: str, key: str, value: Any, written: str | None = None) -> None:
    """``value`` must be what ``key`` holds; ``written`` is the key as the file names it where
    that differs (``score_low`` holds a score), so a message points at the key written."""
    at = f"{where}.{written or key}"
    if key == "undetermined":
        if not isinstance(value, (bool, dict)):
            raise InputError(messages.expectations_not_undetermined(where=at, got=value))
    elif key in _FLAG_KEYS:
        if not isinstance(value, bool):
            raise InputError(messages.expectations_not_a_flag(where=at, got=value))
    elif key in _RATING_KEYS:
        if value is not None and not isinstance(value, str):
            raise InputError(messages.expectations_not_a_rating(where=at, got=value))
    elif value is not None:
        top = _NUMBER_RANGES[key]
        whole = isinstance(value, int) and not isinstance(value, bool)
        if isinstance(value, float) and value.is_integer():
            whole = True
        if not whole or not 0 <= value <= top:
            raise InputError(messages.expectations_not_a_number(where=at, top=top, got=value))


def _fields(value: Any, where: str, allowed: set[str]) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise InputError(messages.expectations_not_fields(where=where, allowed=sorted(allowed)))
    for key, field_value in value.items():
        if key not in allowed:
            raise InputError(
                messages.expectations_unknown_key(where=where, key=key, allowed=sorted(allowed))
            )
        _check_value(where, str(key), field_value)
    return value


def _by_id(value: Any, where: str) -> dict[Any, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise InputError(messages.expectations_not_by_id(where=where))
    return value


def _check_expect(expect: Any, where: str) -> None:
    if not isinstance(expect, dict):
        raise InputError(messages.expectations_not_expect(where=where))
    unknown = set(map(str, expect)) - {"overall", "standards", "key_questions", "error"}
    if unknown:
        raise InputError(messages.expectations_unknown_parts(where=where, unknown=sorted(unknown)))
    if "error" in expect:
        if len(expect) > 1:
            others = sorted(map(str, set(expect) - {"error"}))
            raise InputError(messages.expectations_error_alone(where=where, others=others))
        if not isinstance(expect["error"], str) or not expect["error"]:
            raise InputError(messages.expectations_no_error_text(where=where))
        return
    overall = _fields(expect.get("overall"), f"{where}.expect.overall", _OVERALL_KEYS)
    _check_range(overall.get("undetermined"), f"{where}.expect.overall", _RATING_RANGE_KEYS)
    standards = _by_id(expect.get("standards"), f"{where}.expect.standards")
    for sid, fields in standards.items():
        at = f'{where}.expect.standards."{sid}"'
        _check_range(
            _fields(fields, at, _STANDARD_KEYS).get("undetermined"), at, _RATING_RANGE_KEYS
        )
    key_questions = _by_id(expect.get("key_questions"), f"{where}.expect.key_questions")
    for kid, fields in key_questions.items():
        at = f'{where}.expect.key_questions."{kid}"'
        _check_range(_fields(fields, at, _KQ_KEYS).get("undetermined"), at, _KQ_RANGE_KEYS)


def _check_range(value: Any, where: str, allowed: set[str]) -> None:
    """``undetermined:`` is true, false, or a mapping of what the range must be."""
    if not isinstance(value, dict):
        return
    for key, item in value.items():
        if key not in allowed:
            raise InputError(
                messages.expectations_unknown_key(
                    where=f"{where}.undetermined", key=key, allowed=sorted(allowed)
                )
            )
        at = f"{where}.undetermined.{key}"
        if key == "unrated" and not isinstance(item, bool):
            raise InputError(messages.expectations_not_a_flag(where=at, got=item))
        if key in ("lowest", "highest") and item is not None and not isinstance(item, str):
            raise InputError(messages.expectations_not_a_rating(where=at, got=item))
        if key.startswith(("score", "percent")):
            kind = "percent" if key[0] == "p" else "score"
            _check_value(f"{where}.undetermined", kind, item, written=key)


def unknown_ratings(e: Expectation, r: Result) -> list[str]:
    """Expected rating names the version does not have (``rating: Great``): input errors."""
    names = {level.name for level in r.framework.ratings}
    found: list[str] = []
    groups = [("overall", e.expect.get("overall") or {})]
    groups += [(f'standards."{k}"', v or {}) for k, v in (e.expect.get("standards") or {}).items()]
    groups += [
        (f'key_questions."{k}"', v or {}) for k, v in (e.expect.get("key_questions") or {}).items()
    ]
    for what, fields in list(groups):
        if isinstance(fields.get("undetermined"), dict):
            groups.append((f"{what}.undetermined", fields["undetermined"]))
    for what, fields in groups:
        for key, value in fields.items():
            if (
                key in _RATING_KEYS | {"lowest", "highest"}
                and isinstance(value, str)
                and value not in names
            ):
                found.append(
                    messages.expectations_unknown_rating(
                        what=f"{what}.{key}",
                        rating=value,
                        framework=r.framework_id,
                        ratings=sorted(names),
                    )
                )
    return found


def _std_trace(s: StandardResult) -> Phrase:
    if s.undetermined is not None:
        u = s.undetermined
        return said(
            Say.TRACE_UNDETERMINED,
            id=s.id,
            range=u.rating,
            band=False,
            reason=said(Say.TRACE_NOT_WORKED_OUT, key_questions=u.key_questions),
        )
    if s.judged is not None:
        return said(Say.TRACE_JUDGED, id=s.id, rating=s.judged.rating, where=s.rule.where)
    lowest = tuple(
        (k.id, k.percent, k.band_rule.text, k.band_rule.where)
        for k in s.key_questions
        if k.id in s.lowest and k.band_rule
    )
    d = s.discretion
    return said(
        Say.TRACE_STANDARD,
        id=s.id,
        rule=s.rule.text,
        where=s.rule.where,
        lowest=lowest,
        discretion=d is not None and d.applied,
        decided=None if d is None else d.rating,
    )


def _kq_trace(k: KeyQuestionResult) -> Phrase:
    if k.undetermined is not None:
        u = k.undetermined
        return said(Say.TRACE_UNDETERMINED, id=k.id, range=u.bands, band=True, reason=u.reason)
    return said(
        Say.TRACE_KEY_QUESTION,
        id=k.id,
        yes=k.yes,
        relevant=k.relevant,
        exact=k.exact,
        published=k.basis == "percent",
        rounding=k.rounding.text,
        percent=k.percent,
        band=None if k.band_rule is None else (k.band_rule.text, k.band_rule.where),
    )


def compare(e: Expectation, r: Result) -> list[Mismatch]:
    out: list[Mismatch] = []

    def check(what: str, expected: Any, got: Any, trace: Phrase) -> None:
        if expected != got:
            out.append(Mismatch(what, expected, got, trace))

    o = r.overall
    overall_trace = (
        said(Say.TRACE_OVERALL, score=o.score, rule=o.band_rule.text, where=o.band_rule.where)
        if o.band_rule
        else said(
            Say.TRACE_OVERALL_UNDETERMINED,
            low=o.undetermined.score_low,
            high=o.undetermined.score_high,
            standards=o.undetermined.standards,
        )
        if o.undetermined is not None
        else said(Say.TRACE_OVERALL_NOT_RATED, missing=tuple(o.missing))
    )
    for key, expected in (e.expect.get("overall") or {}).items():
        if key == "undetermined":
            ou = o.undetermined
            found_o = None
            if ou is not None:
                found_o = {
                    **_range(ou.rating),
                    "score_low": ou.score_low,
                    "score_high": ou.score_high,
                }
            _check_undetermined(check, "overall", expected, found_o, o.rating, overall_trace)
            continue
        check(f"overall.{key}", expected, getattr(o, key), overall_trace)
    for sid, fields in (e.expect.get("standards") or {}).items():
        s = r.standard(str(sid))
        if s is None:
            out.append(_no_such(f'standards."{sid}"', "standard", r.framework_id, str(sid)))
            continue
        got = {
            "rating": s.rating,
            "banded": s.banded,
            "score": s.score,
            "discretion_eligible": s.discretion.eligible if s.discretion else False,
            "discretion_applied": bool(s.discretion and s.discretion.applied),
        }
        for key, expected in (fields or {}).items():
            if key == "undetermined":
                u = s.undetermined
                found = None
                if u is not None:
                    found = {
                        **_range(u.rating),
                        "score_low": u.score_low,
                        "score_high": u.score_high,
                    }
                _check_undetermined(
                    check, f'standards."{sid}"', expected, found, s.rating, _std_trace(s)
                )
                continue
            check(f'standards."{sid}".{key}', expected, got[key], _std_trace(s))
    for kid, fields in (e.expect.get("key_questions") or {}).items():
        k = r.key_question(str(kid))
        if k is None:
            out.append(_no_such(f'key_questions."{kid}"', "key_question", r.framework_id, str(kid)))
            continue
        got_kq = {"percent": k.percent, "band": k.band, "relevant": k.relevant, "yes": k.yes}
        for key, expected in (fields or {}).items():
            if key == "undetermined":
                ku = k.undetermined
                found_kq = None
                if ku is not None:
                    found_kq = {
                        **_range(ku.bands),
                        "percent_low": ku.percent_low,
                        "percent_high": ku.percent_high,
                    }
                _check_undetermined(
                    check, f'key_questions."{kid}"', expected, found_kq, k.band, _kq_trace(k)
                )
                continue
            check(f'key_questions."{kid}".{key}', expected, got_kq[key], _kq_trace(k))
    return out


def _no_such(what: str, kind: str, framework: str, item: str) -> Mismatch:
    """An expectation for a standard or key question the version does not have."""
    return Mismatch(
        what,
        said(Say.EXPECTED_ITEM, kind=kind),
        said(Say.NO_SUCH_ITEM, kind=kind),
        said(Say.TRACE_NO_SUCH_ITEM, kind=kind, framework=framework, id=item),
    )


def _range(r: Range) -> dict[str, Any]:
    return {"lowest": r.lowest, "highest": r.highest, "unrated": r.unrated}


def _check_undetermined(
    check: Any,
    what: str,
    expected: Any,
    found: dict[str, Any] | None,
    decided: str | None,
    trace: Phrase,
) -> None:
    """``undetermined: true`` / ``false``, or the range: each key written must match."""
    if isinstance(expected, bool):
        got = found is not None
        check(f"{what}.undetermined", expected, got, trace)
        return
    if found is None:
        check(f"{what}.undetermined", expected, said(Say.DETERMINED, rating=decided), trace)
        return
    for key, value in expected.items():
        check(f"{what}.undetermined.{key}", value, found[key], trace)


def _refusal_trace(e: Expectation) -> Phrase:
    return said(Say.TRACE_EXPECTS_REFUSAL, index=e.index)


def outcome(e: Expectation, rated: Result | RatingbookError) -> Outcome:
    """What running an expectation gives, from the result its data was rated to (or the
    error that stopped reading or rating it)."""
    wanted = e.expect.get("error")
    if isinstance(rated, RatingbookError):
        message = rated.format_message()
        if isinstance(wanted, str):
            if rated.exit_code == 2 and wanted in message:
                return Outcome(e)
            return Outcome(
                e,
                [Mismatch("error", wanted, message, said(Say.TRACE_ERROR_MUST_CONTAIN))],
            )
        # Data that cannot be read or rated is bad input: the run goes on, and exits 2.
        return Outcome(e, error=message, invalid=rated.exit_code == 2)
    r = rated
    if isinstance(wanted, str):
        got = said(Say.RATED_INSTEAD, rating=r.overall.rating)
        return Outcome(e, [Mismatch("error", wanted, got, _refusal_trace(e))], result=r)
    bad = unknown_ratings(e, r)
    if bad:
        where = f"{e.shown}: tests[{e.index}]"
        return Outcome(e, error="\n".join(f"error: {where}.{b}" for b in bad), invalid=True)
    return Outcome(e, compare(e, r), result=r)
