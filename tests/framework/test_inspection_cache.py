"""Clean reads of inspection data kept in the cache: a hit is the read it stands for.

An entry is keyed by the content (and whether it is read as YAML or JSON), never by the
file's name; only a clean read is kept; a damaged entry is a miss; inspection data's entries
keep to their share of the cache; a warm ``rate`` never imports PyYAML.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ratingbook import evaluate, load_framework, to_json
from ratingbook.framework.errors import DiagnosticsError
from ratingbook.framework.explain import build
from ratingbook.framework.inspection import Inspection
from ratingbook.framework.loading import cache, inspections
from ratingbook.framework.loading.inspections import load_inspection, load_inspection_text
from ratingbook.framework.model import Framework
from tests.conftest import budget
from tests.framework import cache_entries
from tests.framework.cache_entries import rewrite_payload

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = "standards/yot/examples/example-2020.yaml"


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of the test's own."""
    where = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV_DIR, str(where))
    monkeypatch.delenv(cache.ENV_OFF, raising=False)
    return where


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts parsed by the common path (a hit parses nothing)."""
    parsed: list[str] = []
    real = inspections._quick

    def counting(text: str, display: str) -> Any:
        parsed.append(display)
        return real(text, display)

    monkeypatch.setattr(inspections, "_quick", counting)
    return parsed


def entries(where: Path) -> list[Path]:
    return cache_entries.entries(where, cache.INSPECTIONS)


# ---------------------------------------------------------------------------- generated data

IDS = st.sampled_from(["C", "case-", "Ç", "ｃ", "x y "])
WORDS = st.text(alphabet="abc Zé€-_/1", min_size=1, max_size=8)
# Mostly attributes yot-2020 knows, with values it takes (so that most examples rate); now
# and then a value of another kind, quoted digits or an unknown attribute, which the rating
# refuses at its line and column.
KNOWN = st.fixed_dictionaries(
    {},
    optional={
        "safety_factors": st.booleans(),
        "harm_factors": st.booleans(),
        "rosh": st.sampled_from(["low", "very high"]),
    },
)
OTHER = st.dictionaries(
    st.sampled_from(["rosh", "age", "day"]),
    st.one_of(
        WORDS,
        st.sampled_from(["12", "007", "2020-06-01", "yes"]),
        st.integers(min_value=-5, max_value=10**12),
        st.booleans(),
        st.floats(allow_nan=False, allow_infinity=True, width=32),
    ),
    max_size=2,
)
ATTRIBUTES = st.one_of(KNOWN, KNOWN, KNOWN, KNOWN, KNOWN, KNOWN, KNOWN, OTHER)
ANSWERS = st.sampled_from(["yes", "no", "n/a", True, False])
YES_NO = st.sampled_from(["yes", "no", True, False])


YOT_2020 = load_framework("yot-2020")
DOMAIN_KQS = {d.id: [k.id for s in d.standards for k in s.key_questions] for d in YOT_2020.domains}
PROMPTS = st.lists(
    st.sampled_from(["2.1.1.a", "2.1.2.b", "3.1.1.a", "2.2.1.c"]), max_size=2, unique=True
)


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    """Inspection data that loads cleanly, with something of every kind an entry holds."""
    prefix = draw(IDS)
    cases = []
    for i in range(draw(st.integers(min_value=0, max_value=6))):
        case: dict[str, Any] = {"id": i + 1 if draw(st.booleans()) else f"{prefix}{i + 1}"}
        disposal = draw(st.sampled_from(["court", "out-of-court"]))
        attributes = draw(ATTRIBUTES)
        if draw(st.booleans()):
            case["disposal"] = disposal  # the shorthand, at the top of the case
        else:
            attributes = {"disposal": disposal, **attributes}
        if disposal == "out-of-court":
            attributes.setdefault("disposal_type", "youth caution")
        if attributes:
            case["attributes"] = attributes
        # Every key question of the case's domain answered (so that most examples rate), now
        # and then with a reason, and a few prompts besides.
        answers: dict[str, Any] = {}
        for item in [*DOMAIN_KQS["2" if disposal == "court" else "3"], *draw(PROMPTS)]:
            answer = draw(ANSWERS if item.count(".") == 3 else YES_NO)
            answers[item] = (
                {"answer": answer, "reason": draw(WORDS)}
                if draw(st.integers(0, 9)) == 0
                else answer
            )
        case["answers"] = answers
        for key in ("note", "inspector"):
            if draw(st.booleans()):
                case[key] = draw(WORDS)
        cases.append(case)
    data: dict[str, Any] = {
        "format": "ratingbook/inspection-v1",
        "service": draw(WORDS),
        "framework": "yot-2020",
    }
    if draw(st.booleans()):
        data["fieldwork"] = "2021-03-15"
        data["population"] = {"2": draw(st.integers(min_value=0, max_value=400))}
    if draw(st.booleans()):
        data["judgements"] = {"1.1": "Good", "1.2": {"rating": "Outstanding", "evidence": "e"}}
    if draw(st.integers(0, 4)) == 4:  # refused (domain 1 is judged), at its place
        data["counts"] = {"1.1.1": {"relevant": 4, "yes": 3}, "1.2.1": {"percent": 75}}
    if draw(st.booleans()):
        data["discretion"] = {"2.1": {"rating": "Good", "reason": "r", "override": True}}
    if draw(st.integers(0, 4)) == 4:
        data["not_inspected"] = {"2.4.3": "no cases", "3.4.2": {"reason": "r", "line": 3}}
    data["cases"] = cases
    return data


def text_of(data: dict[str, Any], as_json: bool) -> str:
    if as_json:
        return json.dumps(data, ensure_ascii=False, indent=1)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def read(text: str, display: str, *, cached: bool) -> Inspection:
    with pytest.MonkeyPatch.context() as patch:
        if cached:
            patch.delenv(cache.ENV_OFF, raising=False)
        else:
            patch.setenv(cache.ENV_OFF, "1")
        return load_inspection_text(text, display)


def key_paths(inspection: Inspection) -> Iterator[tuple[str | int, ...]]:
    """Paths whose keys a rating's messages and explain place (the top two levels)."""
    yield ("cases",)
    for name in ("judgements", "counts", "discretion", "not_inspected", "population"):
        yield (name,)
        for key in getattr(inspection, name if name != "population" else "population"):
            yield (name, key)
    for i in range(len(inspection.cases)):
        yield ("cases", i)


def assert_same(fresh: Inspection, hit: Inspection, framework: Framework | None) -> None:
    """Everything an inspection offers, the same: fields, cases, index, places, and (given
    a framework) the rating and explanations it gives."""
    assert hit == fresh
    assert hit.path == fresh.path and hit.digest == fresh.digest
    assert list(hit.cases) == list(fresh.cases)
    assert [c.at_top for c in hit.cases] == [c.at_top for c in fresh.cases]
    assert [dict(c.answers) for c in hit.cases] == [dict(c.answers) for c in fresh.cases]
    for name in ("size", "_answers", "masks", "_attributes", "_named", "_distinct"):
        assert getattr(hit.table, name) == getattr(fresh.table, name), name
    assert hit.locator.source == fresh.locator.source
    # Where the top two levels are written, as noted while reading (before any re-reading).
    assert getattr(hit.locator, "shallow", None) == getattr(fresh.locator, "shallow", None)
    paths = list(key_paths(fresh))
    assert hit.locator.key_spans(paths) == fresh.locator.key_spans(paths)
    if framework is not None:
        assert rated(framework, hit) == rated(framework, fresh)


def rated(framework: Framework, inspection: Inspection) -> Any:
    """The rating and its explanations as JSON, or the problems that stop it as they are
    shown (each at its line and column)."""
    try:
        result = evaluate(framework, inspection)
    except DiagnosticsError as err:
        return err.format_message()
    out = [to_json(result)]
    for item in [None, *(c.id for c in inspection.cases[:2])]:
        out.append(to_json(build(result, item)))
    return out


@settings(
    max_examples=budget(12),
    deadline=None,
    derandomize=bool(os.environ.get("CI")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=documents(), as_json=st.booleans())
def test_a_cached_read_is_the_uncached_read_under_any_name(
    monkeypatch: pytest.MonkeyPatch, data: dict[str, Any], as_json: bool
) -> None:
    text = text_of(data, as_json)
    suffix = ".json" if as_json else ".yaml"
    with tempfile.TemporaryDirectory() as folder:
        monkeypatch.setenv(cache.ENV_DIR, folder)
        first = read(text, f"first{suffix}", cached=True)  # kept, under one name
        assert len(entries(Path(folder))) == 1
        hit = read(text, f"other/name{suffix}", cached=True)  # served, under another
        assert hit.path == f"other/name{suffix}"
        assert_same(read(text, f"other/name{suffix}", cached=False), hit, YOT_2020)
        assert_same(read(text, f"first{suffix}", cached=False), first, YOT_2020)


# ---------------------------------------------------------------------------- keys


def test_two_names_of_one_file_make_one_entry(
    store: Path, tmp_path: Path, reads: list[str], yot_2020: Framework
) -> None:
    text = (REPO / EXAMPLE).read_text(encoding="utf-8")
    one, two = tmp_path / "one.yaml", tmp_path / "sub" / "two.yml"
    two.parent.mkdir()
    one.write_text(text, encoding="utf-8")
    two.write_text(text, encoding="utf-8")
    a = load_inspection(str(one))
    b = load_inspection(str(two))
    assert len(reads) == 1 and len(entries(store)) == 1
    assert a.path.endswith("one.yaml") and b.path.endswith("two.yml")
    assert b.locator.key_span(("judgements",)) is not None
    assert str(b.locator.key_span(("judgements",))).startswith(b.path + ":")
    assert name_free(entries(store)[0], ("one.yaml", "two.yml", str(tmp_path)))
    # The same text read as JSON is another reading: another entry.
    (tmp_path / "three.json").write_text(
        json.dumps(yaml.safe_load(text), default=str), encoding="utf-8"
    )
    load_inspection(str(tmp_path / "three.json"))
    assert len(entries(store)) == 2


def name_free(entry: Path, names: tuple[str, ...]) -> bool:
    body = entry.read_text(encoding="utf-8")
    return not any(name in body for name in names)


def test_an_edited_file_is_a_miss(store: Path, tmp_path: Path, reads: list[str]) -> None:
    path = tmp_path / "i.yaml"
    text = (REPO / EXAMPLE).read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    load_inspection(str(path))
    path.write_text(text.replace("Exampleshire", "Otherhampton"), encoding="utf-8")
    assert load_inspection(str(path)).service.startswith("Otherhampton")
    assert len(reads) == 2 and len(entries(store)) == 2


def test_standard_input_is_kept_too(
    store: Path, monkeypatch: pytest.MonkeyPatch, reads: list[str]
) -> None:
    import io

    text = (REPO / EXAMPLE).read_text(encoding="utf-8")
    for _ in range(2):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
        got = load_inspection("-")
        assert got.path == "<stdin>"
    assert len(reads) == 1 and len(entries(store)) == 1


# ---------------------------------------------------------------------------- problems and damage

BAD = (
    "format: ratingbook/inspection-v1\nservice: S\ncases:\n  - id: 1\n    answers: {2.1.1: maybe}\n"
)


def test_a_file_with_problems_is_never_kept(store: Path, reads: list[str]) -> None:
    messages = []
    for cached in (True, True, False):
        with pytest.raises(DiagnosticsError) as err:
            read(BAD, "bad.yaml", cached=cached)
        messages.append(err.value.format_message())
    assert messages[0] == messages[1] == messages[2]
    assert "maybe" in messages[0]
    assert entries(store) == [] and len(reads) == 3


def payload(entry: Path) -> Any:
    return json.loads(entry.read_bytes().split(b"\n", 1)[1])


def _edited(entry: Path, edit: Callable[[Any], object]) -> None:
    body = payload(entry)
    edit(body)
    rewrite_payload(entry, json.dumps(body).encode())


@pytest.mark.parametrize(
    "damage",
    [
        lambda e: e.write_bytes(e.read_bytes()[: len(e.read_bytes()) // 2]),
        lambda e: e.write_bytes(b""),
        lambda e: e.write_bytes(b"\x80\x81 not json\n\x00"),
        lambda e: e.write_bytes(e.read_bytes().replace(b"Exampleshire", b"Examplesjire")),
        lambda e: rewrite_payload(e, b'{"$": "os.system", "command": "true"}'),
        lambda e: rewrite_payload(e, b"[1, 2, 3]"),
        lambda e: _edited(e, lambda p: p.update(n=p["n"] + 1)),
        lambda e: _edited(e, lambda p: p["answers"][0].__setitem__(1, "yn")),
        lambda e: _edited(e, lambda p: p["answers"][0].__setitem__(1, "?" * p["n"])),
        lambda e: _edited(e, lambda p: p["cases"][0].pop()),
        lambda e: _edited(e, lambda p: p.update(shallow={"keys": [[["a"], [1, 2]]]})),
        lambda e: e.unlink() or e.mkdir(),
    ],
    ids=[
        "truncated",
        "empty",
        "garbage",
        "changed-byte",
        "foreign-object",
        "not-a-read",
        "wrong-count",
        "short-column",
        "unknown-code",
        "short-case",
        "bad-place",
        "a-folder",
    ],
)
def test_a_damaged_entry_is_a_miss_never_an_error(
    store: Path, reads: list[str], damage: Callable[[Path], object]
) -> None:
    fresh = load_inspection(EXAMPLE)
    (entry,) = entries(store)
    damage(entry)
    again = load_inspection(EXAMPLE)
    # Read afresh (the entry was a miss), so both are fresh reads of one text: the same down
    # to their places (the rating they give is held to a hit's in the tests above).
    assert len(reads) == 2
    assert_same(fresh, again, None)


# ---------------------------------------------------------------------------- size


def test_inspection_data_keeps_to_its_share_and_never_removes_a_framework(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.ENV_LIMIT, "64000")
    kept = cache.Cache(store)
    kept.keep_text("frameworks", "f", '"' + "x" * 20_000 + '"')
    for i in range(40):
        kept.keep_text(cache.INSPECTIONS, f"i{i}", '"' + "y" * 2_000 + '"')
    assert (store / "frameworks" / "f.json").exists()
    sizes = [p.stat().st_size for p in entries(store)]
    assert sum(sizes) <= 64000 // cache.INSPECTIONS_SHARE
    assert (store / cache.INSPECTIONS / "i39.json").exists()  # the latest kept
    assert kept.info().entries == 1 + len(sizes)


def test_a_read_too_large_for_the_share_is_not_kept(
    store: Path, monkeypatch: pytest.MonkeyPatch, reads: list[str]
) -> None:
    monkeypatch.setenv(cache.ENV_LIMIT, str(16 * 17_000))  # an entry of the example is 17 kB
    load_inspection(EXAMPLE)
    assert entries(store) == []
    monkeypatch.setenv(cache.ENV_LIMIT, str(16 * 20_000))
    load_inspection(EXAMPLE)
    load_inspection(EXAMPLE)
    assert len(entries(store)) == 1 and len(reads) == 2


# ---------------------------------------------------------------------------- a real process


@pytest.mark.real_process
def test_a_warm_rate_does_not_import_yaml_and_prints_what_an_uncached_one_does(
    store: Path, run_subprocess: Callable[..., tuple[int, str, str]]
) -> None:
    load_inspection(EXAMPLE)  # warms the entry the process finds (the key holds no name)
    env = {cache.ENV_DIR: str(store), "PYTHONPROFILEIMPORTTIME": "1"}
    code, warm, err = run_subprocess("rate", EXAMPLE, env=env)
    assert code == 0, err
    imported = {line.rsplit("|", 1)[-1].strip() for line in err.splitlines() if "|" in line}
    assert "ratingbook.framework.loading.cache" in imported  # the lines were read
    assert not {m for m in imported if m == "yaml" or m.startswith("yaml.")}
    code, uncached, err = run_subprocess("rate", EXAMPLE, env={cache.ENV_OFF: "1"})
    assert code == 0, err
    assert warm == uncached
