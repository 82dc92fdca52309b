"""``ratingbook._record.record`` makes the class ``dataclasses.dataclass`` makes.

Hypothesis writes class bodies (fields with and without defaults, default factories,
``compare``, ``repr``, ``hash`` and ``init`` flags, a ClassVar, methods of the class's own,
``__post_init__``, keyword-only or not) and each is made twice, by ``record`` and by
``@dataclass(frozen=True, slots=True, kw_only=...)``; everything a program can see of the two
classes and their instances must be the same: the fields, the signature, the docstring,
``__match_args__`` and ``__slots__``, a bad call's error, repr (a record inside itself too),
equality and hashes among instances, pickling, ``replace`` and ``asdict``, and what assigning
or deleting an attribute raises, on the class and on a subclass without slots.
"""

from __future__ import annotations

import dataclasses
import inspect
import math
import pickle
import sys
from dataclasses import FrozenInstanceError
from pathlib import Path
from types import CodeType
from typing import Any, ClassVar

from conftest import budget, tool
from hypothesis import given, settings
from hypothesis import strategies as st

from ratingbook import _record
from ratingbook._record import record

_ = ClassVar  # the string annotation 'ClassVar[int]' names it in this module
MODULE = sys.modules[__name__]

NAMES = ("a", "b", "c", "self", "other", "name", "value")
TYPES = ("int", "str", "tuple[int, ...]", "object", "float | None")
VALUES = st.one_of(
    st.integers(-3, 3),
    st.sampled_from(["", "x", "y"]),
    st.tuples(st.integers(0, 2)),
    st.just(math.nan),
    st.none(),
)


@st.composite
def bodies(draw: Any) -> tuple[dict[str, Any], bool]:
    """A class body (its namespace) and whether its fields are keyword-only."""
    kw_only = draw(st.booleans())
    names = draw(st.lists(st.sampled_from(NAMES), unique=True, max_size=5))
    annotations: dict[str, str] = {}
    body: dict[str, Any] = {"__module__": __name__, "__qualname__": "R"}
    body["__doc__"] = draw(st.sampled_from(["A record.", "Two\n\nlines."]))
    for name in names:
        annotations[name] = draw(st.sampled_from(TYPES))
        kind = draw(st.sampled_from(["none", "value", "factory", "field"]))
        if kind == "value":
            body[name] = draw(VALUES)
        elif kind == "factory":
            body[name] = dataclasses.field(default_factory=draw(st.sampled_from([tuple, str])))
        elif kind == "field":
            options: dict[str, Any] = {
                "compare": draw(st.booleans()),
                "repr": draw(st.booleans()),
                "hash": draw(st.sampled_from([None, True, False])),
            }
            default = draw(st.sampled_from(["none", "value", "factory"]))
            if default == "value":
                options["default"] = draw(VALUES)
            elif default == "factory":
                options["default_factory"] = tuple
            if default != "none" and draw(st.booleans()):
                options["init"] = False
            body[name] = dataclasses.field(**options)
    if draw(st.booleans()):
        annotations["KIND"] = "ClassVar[int]"
        body["KIND"] = 7
    body["__annotations__"] = annotations
    for method in draw(st.lists(st.sampled_from(["eq", "hash", "repr", "post"]), unique=True)):
        if method == "eq":
            body["__eq__"] = lambda self, other: isinstance(other, type(self))
        elif method == "hash":
            body["__hash__"] = lambda self: 5
        elif method == "repr":
            body["__repr__"] = lambda self: "mine"
        else:
            body["__post_init__"] = lambda self: None
    return body, kw_only


def _copy(body: dict[str, Any]) -> dict[str, Any]:
    """The same body again: dataclasses changes the fields it is given."""
    out = {}
    for key, value in body.items():
        if isinstance(value, dataclasses.Field):
            options = {
                k: getattr(value, k) for k in ("init", "repr", "hash", "compare", "metadata")
            }
            if value.default is not dataclasses.MISSING:
                options["default"] = value.default
            if value.default_factory is not dataclasses.MISSING:
                options["default_factory"] = value.default_factory
            value = dataclasses.field(**options)
        elif key == "__annotations__":
            value = dict(value)
        out[key] = value
    return out


def _both(body: dict[str, Any], kw_only: bool) -> tuple[Any, Any]:
    """The class as ``record`` makes it and as ``dataclasses`` makes it (or the two errors)."""

    def make(decorate: Any) -> Any:
        try:
            return decorate(type("R", (), _copy(body)))
        except (TypeError, ValueError) as error:
            return type(error), str(error)

    ours = make(record if kw_only else record(kw_only=False))
    theirs = make(dataclasses.dataclass(frozen=True, slots=True, kw_only=kw_only))
    return ours, theirs


def _field(f: dataclasses.Field[Any]) -> tuple[Any, ...]:
    keys = ("name", "type", "default", "default_factory", "init", "repr", "hash", "compare")
    return tuple(repr(getattr(f, k)) for k in (*keys, "kw_only", "metadata"))


def _outcome(call: Any) -> Any:
    try:
        return "ok", call()
    except (TypeError, AttributeError, FrozenInstanceError) as error:
        return type(error), str(error)


def _arguments(cls: Any, values: list[Any]) -> tuple[list[Any], dict[str, Any]]:
    """Arguments for every parameter, positional where it may be."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter, value in zip(inspect.signature(cls).parameters.values(), values, strict=False):
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = value
        else:
            args.append(value)
    return args, kwargs


def _pickled(x: Any) -> Any:
    """``x`` pickled and read back (its class found as this module's ``R`` meanwhile)."""
    MODULE.R = type(x)  # type: ignore[attr-defined]
    try:
        return pickle.loads(pickle.dumps(x))
    finally:
        del MODULE.R  # type: ignore[attr-defined]


@settings(max_examples=budget(100, long=300), deadline=None)
@given(bodies(), st.lists(st.lists(VALUES, min_size=7, max_size=7), min_size=1, max_size=3))
def test_record_makes_the_class_dataclass_makes(
    spec: tuple[dict[str, Any], bool], values: list[list[Any]]
) -> None:
    body, kw_only = spec
    ours, theirs = _both(body, kw_only)
    if isinstance(theirs, tuple):  # a class dataclasses refuses: the same refusal
        assert ours == theirs
        return
    assert dataclasses.is_dataclass(ours)
    assert list(map(_field, dataclasses.fields(ours))) == list(
        map(_field, dataclasses.fields(theirs))
    )
    assert repr(ours.__dataclass_params__) == repr(theirs.__dataclass_params__)
    assert str(inspect.signature(ours)) == str(inspect.signature(theirs))
    assert ours.__init__.__annotations__ == theirs.__init__.__annotations__
    for name in ("__doc__", "__match_args__", "__slots__", "__qualname__", "KIND"):
        assert getattr(ours, name, None) == getattr(theirs, name, None), name
    for method in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"):
        if isinstance(getattr(theirs, method), type(test_record_makes_the_class_dataclass_makes)):
            assert getattr(ours, method).__qualname__ == getattr(theirs, method).__qualname__
    assert (ours.__hash__ is None) == (theirs.__hash__ is None)

    made = []
    for row in values:
        args, kwargs = _arguments(theirs, row)
        one = _outcome(lambda: ours(*args, **kwargs))  # noqa: B023
        other = _outcome(lambda: theirs(*args, **kwargs))  # noqa: B023
        assert one[0] == other[0]
        if one[0] != "ok":
            assert one == other
            continue
        made.append((one[1], other[1]))
    assert _outcome(lambda: ours(1, 2, 3, 4, 5, 6, 7, 8)) == _outcome(
        lambda: theirs(1, 2, 3, 4, 5, 6, 7, 8)
    )
    assert _outcome(lambda: ours(zz=1)) == _outcome(lambda: theirs(zz=1))

    for x, y in made:
        assert repr(x) == repr(y)
        if theirs.__hash__ is not None:
            assert hash(x) == hash(y)
        assert repr(_pickled(x)) == repr(_pickled(y)) == repr(x)
        assert dataclasses.asdict(x).keys() == dataclasses.asdict(y).keys()
        assert repr(dataclasses.astuple(x)) == repr(dataclasses.astuple(y))
        for f in dataclasses.fields(theirs):
            assert _outcome(lambda: setattr(x, f.name, 1)) == _outcome(  # noqa: B023
                lambda: setattr(y, f.name, 1)  # noqa: B023
            )
            assert _outcome(lambda: delattr(x, f.name)) == _outcome(  # noqa: B023
                lambda: delattr(y, f.name)  # noqa: B023
            )
            if f.init:
                changed = {f.name: "z"}
                assert repr(_outcome(lambda: dataclasses.replace(x, **changed))) == repr(  # noqa: B023
                    _outcome(lambda: dataclasses.replace(y, **changed))  # noqa: B023
                )
        assert _outcome(lambda: setattr(x, "zz", 1)) == _outcome(lambda: setattr(y, "zz", 1))  # noqa: B023
    for x, y in made:
        for u, v in made:
            assert (x == u) == (y == v)
            assert (x != u) == (y != v)
        assert (x == 3) == (y == 3)


@settings(max_examples=budget(100), deadline=None)
@given(bodies(), st.lists(VALUES, min_size=7, max_size=7))
def test_a_subclass_without_slots_behaves_alike(
    spec: tuple[dict[str, Any], bool], row: list[Any]
) -> None:
    """A plain subclass has a __dict__: a name that is not a field may be set on it."""
    body, kw_only = spec
    ours, theirs = _both(body, kw_only)
    if isinstance(theirs, tuple):
        return
    sub_ours = type("S", (ours,), {"__module__": __name__})
    sub_theirs = type("S", (theirs,), {"__module__": __name__})
    args, kwargs = _arguments(theirs, row)
    one, other = (
        _outcome(lambda: sub_ours(*args, **kwargs)),
        _outcome(lambda: sub_theirs(*args, **kwargs)),
    )
    assert one[0] == other[0]
    if one[0] != "ok":
        return
    x, y = one[1], other[1]
    assert repr(x) == repr(y)
    for name in ("zz", *(f.name for f in dataclasses.fields(theirs))):
        assert _outcome(lambda: setattr(x, name, 1)) == _outcome(lambda: setattr(y, name, 1))  # noqa: B023
    assert (x == ours(*args, **kwargs)) == (y == theirs(*args, **kwargs))


def test_a_record_inside_itself_is_shown_as_dataclasses_shows_it() -> None:
    body = {"__module__": __name__, "__qualname__": "R", "__doc__": "A record."}
    body["__annotations__"] = {"items": "list[object]"}
    ours = record(type("R", (), _copy(body)))
    theirs = dataclasses.dataclass(frozen=True, slots=True, kw_only=True)(
        type("R", (), _copy(body))
    )
    x, y = ours(items=[]), theirs(items=[])
    x.items.append(x)
    y.items.append(y)
    assert repr(x) == repr(y) == "R(items=[...])"


def test_a_subclass_of_a_record_and_a_class_without_a_docstring_are_dataclasses_own() -> None:
    """Made by dataclasses itself, with the same options: a frozen dataclass may subclass a
    record, whose parameters say it is frozen."""
    base = record(
        type("B", (), {"__module__": __name__, "__doc__": "B.", "__annotations__": {"a": "int"}})
    )
    sub = record(
        type(
            "S", (base,), {"__module__": __name__, "__doc__": "S.", "__annotations__": {"b": "int"}}
        )
    )
    plain = record(type("P", (), {"__module__": __name__, "__annotations__": {"a": "int"}}))
    assert [f.name for f in dataclasses.fields(sub(a=1, b=2))] == ["a", "b"]
    assert repr(sub(a=1, b=2)) == "S(a=1, b=2)"
    assert plain.__doc__ == "P(*, a: 'int') -> None".replace(" -> None", "")
    other = dataclasses.dataclass(frozen=True)(
        type("D", (base,), {"__module__": __name__, "__annotations__": {"c": "int"}})
    )
    assert repr(other(a=1, c=3)) == "D(a=1, c=3)"


def test_init_is_compiled_where_it_is_first_looked_up() -> None:
    """Whether the first look is an instance being made (of the record or of a subclass), the
    class's attribute or its signature, the same __init__ is found, then kept in the class."""
    body = {"__module__": __name__, "__qualname__": "R", "__doc__": "A record."}
    body["__annotations__"] = {"a": "int", "b": "str"}
    body["b"] = "x"
    theirs = dataclasses.dataclass(frozen=True, slots=True, kw_only=True)(
        type("R", (), _copy(body))
    )
    looks = (
        lambda cls: cls(a=1),
        lambda cls: type("S", (cls,), {})(a=1),
        lambda cls: cls.__init__,
        lambda cls: inspect.signature(cls),
        lambda cls: _outcome(lambda: cls(1)),
    )
    for look in looks:
        ours = record(type("R", (), _copy(body)))
        assert type(ours.__dict__["__init__"]).__name__ == "_Init"
        look(ours)
        init = ours.__dict__["__init__"]
        assert inspect.isfunction(init)
        assert init.__qualname__ == "R.__init__"
        assert init.__globals__ is theirs.__init__.__globals__
        assert str(inspect.signature(ours)) == str(inspect.signature(theirs))
        assert repr(ours(a=2)) == repr(theirs(a=2)) == "R(a=2, b='x')"
        assert ours.__dict__["__init__"] is init


# ---------------------------------------------------------------- the compiled __init__ methods

REPO = Path(__file__).resolve().parents[1]


def _shape(code: CodeType) -> tuple[Any, ...]:
    """Everything a code object holds, its nested code objects' too."""
    return (
        code.co_filename,
        code.co_name,
        code.co_qualname,
        code.co_firstlineno,
        code.co_linetable,
        code.co_exceptiontable,
        code.co_code,
        code.co_names,
        code.co_varnames,
        code.co_freevars,
        code.co_cellvars,
        code.co_argcount,
        code.co_kwonlyargcount,
        code.co_flags,
        tuple(_shape(c) if isinstance(c, CodeType) else c for c in code.co_consts),
    )


def test_every_compiled_init_is_what_compiling_its_text_gives() -> None:
    """The code taken from ratingbook._record_inits is, to its file name and line numbers,
    the code compiling the text gives, as _record compiles a text not listed there."""
    from ratingbook._record_inits import INITS

    assert INITS
    for text in INITS:
        shipped = _record._shipped(text)
        assert shipped is not None
        (compiled,) = (
            c
            for c in compile(text, "<string>", "exec", dont_inherit=True).co_consts
            if isinstance(c, CodeType)
        )
        assert _shape(shipped) == _shape(compiled)


def test_the_compiled_inits_list_every_record_ratingbook_defines() -> None:
    """ratingbook/_record_inits.py is what tools/compile_records.py writes now: after a
    record's fields change, run it (the record works meanwhile, compiling its __init__)."""
    compile_records = tool("compile_records")
    written = (REPO / "ratingbook" / "_record_inits.py").read_text(encoding="utf-8")
    assert written == compile_records.render(compile_records.texts()), (
        "run python tools/compile_records.py"
    )


def test_a_record_of_ratingbook_and_one_made_here_get_the_same_init() -> None:
    """One __init__ taken compiled and one compiled here, from the same text: the same code,
    the same globals (the record's module), the same behaviour."""
    from ratingbook.framework.model import Citation

    body = {"__module__": Citation.__module__, "__qualname__": "Citation", "__doc__": "Here."}
    body["__annotations__"] = dict(Citation.__annotations__)
    for f in dataclasses.fields(Citation):
        if f.default is not dataclasses.MISSING:
            body[f.name] = f.default
    here = record(type("Citation", (), body))
    text, _ = _record.source(dataclasses.fields(Citation), False)
    assert _record._shipped(text) is not None
    saved, _record._SHIPPED = _record._SHIPPED, {}
    try:
        compiled_here = here.__init__
    finally:
        _record._SHIPPED = saved
    assert _shape(compiled_here.__code__) == _shape(Citation.__init__.__code__)
    assert compiled_here.__globals__ is Citation.__init__.__globals__
    assert compiled_here.__annotations__ == Citation.__init__.__annotations__
