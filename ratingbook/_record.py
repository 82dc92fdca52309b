"""``record``: ratingbook's frozen, slotted, keyword-only dataclasses, made cheaply.

``@record`` makes the class ``@dataclass(frozen=True, slots=True, kw_only=True)`` makes (and
``@record(kw_only=False)`` the one ``@dataclass(frozen=True, slots=True)`` makes): the same
fields (``dataclasses.fields``, ``replace``, ``asdict`` and ``is_dataclass`` see a dataclass),
``__match_args__``, ``__slots__``, ``__init__`` (written as ``dataclasses`` writes it, each
field stored through its slot), and a
``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``, ``__delattr__``, ``__getstate__`` and
``__setstate__`` that do exactly what the generated ones do.

Why: ``dataclasses`` writes each of those methods as source text and compiles it, six
compilations a class, and a ``rate`` of the example creates over a hundred record classes at
start-up, about half a millisecond each. Here only ``__init__`` is written as source (a call
of it is hot, and its signature is the fields'), only when it is first looked up, which making
an instance does, and its code is taken from ``ratingbook._record_inits`` (the source of every
record ratingbook defines, which Python keeps compiled; ``tools/compile_records.py`` writes
it) or else compiled here, to the same code; the other methods are closures over the field
names made in microseconds, and ``dataclasses`` itself still gathers the fields, sets
``__match_args__`` and makes the slotted class (``tests/test_record.py`` holds every method to
the generated one's behaviour, on classes hypothesis makes).

A class this module does not handle the cheap way (a dataclass among its bases, an ``InitVar``
field, no docstring, so that ``dataclasses`` would write one from the signature) is made by
``dataclasses`` itself, with the same options.
"""

from __future__ import annotations

import dataclasses
import sys
from _thread import get_ident
from collections.abc import Callable
from dataclasses import MISSING, Field, FrozenInstanceError, field, fields
from operator import attrgetter
from types import CodeType, FunctionType, MemberDescriptorType
from typing import Any, TypeVar, dataclass_transform, overload

_T = TypeVar("_T")

MADE: list[tuple[type, tuple[Field[Any], ...], bool]] = []
"""Every class made here with an ``__init__`` of its own, its fields and whether it has a
``__post_init__`` (``tools/compile_records.py`` writes their ``__init__`` methods' source)."""

# What the generated __init__ finds in its closure (dataclasses' own sentinel, so that a
# field's default factory shows as <factory> in the signature, as there).
_HAS_DEFAULT_FACTORY: Any = getattr(dataclasses, "_HAS_DEFAULT_FACTORY", object())


@overload
def record(cls: type[_T], /) -> type[_T]: ...
@overload
def record(*, kw_only: bool = True) -> Callable[[type[_T]], type[_T]]: ...


@dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(field, Field))
def record(cls: type[_T] | None = None, /, *, kw_only: bool = True) -> Any:
    """The class ``@dataclass(frozen=True, slots=True, kw_only=kw_only)`` makes."""

    def wrap(cls: type[_T]) -> type[_T]:
        return _make(cls, kw_only)

    return wrap if cls is None else wrap(cls)


def _plain(cls: type[_T], kw_only: bool) -> bool:
    """Whether ``dataclasses`` must make ``cls`` itself."""
    if not cls.__dict__.get("__doc__"):
        return True  # dataclasses writes the docstring from __init__'s signature
    if any(hasattr(base, "__dataclass_fields__") for base in cls.__mro__[1:]):
        return True  # the fields of the bases, their frozenness checked against this class's
    annotations = cls.__dict__.get("__annotations__", {})
    return any(not isinstance(a, str) or "InitVar" in a for a in annotations.values())


def _make(cls: type[_T], kw_only: bool) -> type[_T]:
    if _plain(cls, kw_only):
        return dataclasses.dataclass(cls, frozen=True, slots=True, kw_only=kw_only)
    explicit_hash = "__hash__" in cls.__dict__ and not (
        cls.__dict__["__hash__"] is None and "__eq__" in cls.__dict__
    )
    # dataclasses gathers the fields (ClassVar and KW_ONLY understood, defaults checked),
    # sets __match_args__ and makes the slotted class; every method is added below.
    made: Any = dataclasses.dataclass(
        cls, init=False, repr=False, eq=False, frozen=False, slots=True, kw_only=kw_only
    )
    params = made.__dataclass_params__
    params.init = params.repr = params.eq = params.frozen = True
    own = made.__dict__
    listed = fields(made)
    names = tuple(f.name for f in listed)

    def add(name: str, method: Any) -> None:
        if name not in own:
            method.__qualname__ = f"{made.__qualname__}.{name}"
            setattr(made, name, method)

    seen_default: Field[Any] | None = None
    for f in listed:
        if f.init and not f.kw_only:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = f
            elif seen_default is not None:
                # dataclasses' own words (Python 3.13 names the argument with the default)
                after = f" {seen_default.name!r}" if sys.version_info >= (3, 13) else ""
                raise TypeError(f"non-default argument {f.name!r} follows default argument{after}")
    if "__init__" not in own:
        made.__init__ = _Init(made, listed, hasattr(made, "__post_init__"))
        MADE.append((made, listed, hasattr(made, "__post_init__")))
    add("__repr__", _repr(tuple(f.name for f in listed if f.repr)))
    add("__eq__", _eq(tuple(f.name for f in listed if f.compare)))
    for method in _frozen(cls, names):
        if method.__name__ in own:
            raise TypeError(
                f"Cannot overwrite attribute {method.__name__} in class {made.__name__}"
            )
        add(method.__name__, method)
    if not explicit_hash:
        hashed = tuple(f.name for f in listed if (f.compare if f.hash is None else f.hash))
        made.__hash__ = _hash(hashed)
        made.__hash__.__qualname__ = f"{made.__qualname__}.__hash__"
    if "__getstate__" not in own:
        made.__getstate__ = _getstate
    if "__setstate__" not in own:
        made.__setstate__ = _setstate
    return made  # type: ignore[no-any-return]


class _Init:
    """A record's ``__init__`` until it is first looked up (to make an instance, or by
    ``inspect.signature``, ``help`` or ``Class.__init__``), when it is compiled and put in its
    place: a class that is never used never compiles one."""

    __slots__ = ("_cls", "_listed", "_post_init")

    def __init__(self, cls: Any, listed: tuple[Field[Any], ...], post_init: bool) -> None:
        self._cls, self._listed, self._post_init = cls, listed, post_init

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        made = _init(self._cls, self._listed, self._post_init)
        made.__qualname__ = f"{self._cls.__qualname__}.__init__"
        type.__setattr__(self._cls, "__init__", made)
        return made.__get__(instance, owner)


def _init(cls: Any, listed: tuple[Field[Any], ...], post_init: bool) -> Any:
    """``__init__``, the source ``dataclasses`` writes for a frozen, slotted class, compiled
    here or taken compiled from ``ratingbook._record_inits``."""
    module = sys.modules.get(cls.__module__)
    globals_ = module.__dict__ if module is not None else {}
    text, locals_ = source(listed, post_init, cls)
    code = _shipped(text)
    if code is not None:
        return FunctionType(code, globals_)(**locals_)
    made: dict[str, Any] = {}
    # Compiled without this module's `from __future__ import annotations`, as dataclasses
    # compiles it: the parameters' annotations are the fields' types, not the names above.
    exec(compile(text, "<string>", "exec", dont_inherit=True), globals_, made)
    return made["__create_fn__"](**locals_)


def source(
    listed: tuple[Field[Any], ...], post_init: bool, cls: Any = None
) -> tuple[str, dict[str, Any]]:
    """The text of the function that makes a record's ``__init__`` (as ``dataclasses`` writes
    it: the fields' names, types and defaults are its parameters), and what to call it with
    (for ``cls``; the text is the same for every class with these fields).

    Each field is set through its slot's own descriptor (``_set_NAME``, the slot's
    ``__set__``), where ``dataclasses`` writes ``object.__setattr__(self, 'NAME', NAME)``: the
    same store, which the frozen ``__setattr__`` does not see either, in half the time (a
    result's records are made by the thousand when a corpus is rated)."""
    locals_: dict[str, Any] = {f"_type_{f.name}": f.type for f in listed}
    locals_.update({"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY})
    self_name = "__dataclass_self__" if "self" in {f.name for f in listed} else "self"
    body = []
    for f in listed:
        default = f"_dflt_{f.name}"
        if f.default_factory is not MISSING:
            locals_[default] = f.default_factory
            value = (
                f"{default}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}"
                if f.init
                else f"{default}()"
            )
        elif f.init:
            if f.default is not MISSING:
                locals_[default] = f.default
            value = f.name
        elif f.default is not MISSING:
            locals_[default] = f.default
            value = default
        else:
            continue
        setter = f"_set_{f.name}"
        locals_[setter] = None if cls is None else _setter(cls, f.name)
        body.append(f"{setter}({self_name},{value})")
    if post_init:
        body.append(f"{self_name}.__post_init__()")

    def param(f: Field[Any]) -> str:
        if f.default is not MISSING:
            return f"{f.name}:_type_{f.name}=_dflt_{f.name}"
        if f.default_factory is not MISSING:
            return f"{f.name}:_type_{f.name}=_HAS_DEFAULT_FACTORY"
        return f"{f.name}:_type_{f.name}"

    taken = [f for f in listed if f.init]
    positional = [f for f in taken if not f.kw_only]
    keywords = [f for f in taken if f.kw_only]
    params = [self_name, *map(param, positional)]
    if keywords:
        params += ["*", *map(param, keywords)]
    locals_["_return_type"] = None
    lines = "\n".join(f"  {b}" for b in body or ["pass"])
    text = (
        f"def __create_fn__({', '.join(locals_)}):\n"
        f" def __init__({','.join(params)})->_return_type:\n{lines}\n"
        f" return __init__"
    )
    return text, locals_


def _setter(cls: Any, name: str) -> Callable[[Any, Any], None]:
    """What stores field ``name`` of an instance of ``cls`` past its frozen ``__setattr__``:
    the descriptor of the slot that holds it (the class's own, or a base's that ``dataclasses``
    did not declare again), else ``object.__setattr__``, as ``dataclasses`` stores it."""
    for klass in cls.__mro__:
        found = klass.__dict__.get(name)
        if found is not None:
            if isinstance(found, MemberDescriptorType):
                return found.__set__
            break

    def store_attribute(instance: Any, value: Any) -> None:
        object.__setattr__(instance, name, value)

    return store_attribute


_SHIPPED: dict[str, CodeType] | None = None


def _shipped(text: str) -> CodeType | None:
    """``text`` compiled, as ``compile`` gives it (file ``<string>``, from line 1), where
    ``ratingbook._record_inits`` holds it: Python keeps that module compiled between runs, so
    the records ratingbook defines compile nothing when they are first used."""
    global _SHIPPED
    if _SHIPPED is None:
        from ratingbook._record_inits import INITS

        _SHIPPED = INITS
    code = _SHIPPED.get(text)
    return None if code is None else _as_compiled(code, code.co_firstlineno)


def _as_compiled(code: CodeType, first: int) -> CodeType:
    """``code`` as if compiled from a text of its own: file ``<string>``, lines from 1."""
    consts = tuple(_as_compiled(c, first) if isinstance(c, CodeType) else c for c in code.co_consts)
    return code.replace(
        co_filename="<string>", co_firstlineno=code.co_firstlineno - first + 1, co_consts=consts
    )


def _values(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """A record's values of ``names``, as the tuple the generated methods build."""
    if not names:
        return lambda self: ()
    if len(names) == 1:
        (name,) = names
        return lambda self: (getattr(self, name),)
    return attrgetter(*names)


def _repr(names: tuple[str, ...]) -> Any:
    values = _values(names)
    running: set[tuple[int, int]] = set()

    def __repr__(self: Any) -> str:
        key = id(self), get_ident()
        if key in running:
            return "..."
        running.add(key)
        try:
            shown = ", ".join(f"{n}={v!r}" for n, v in zip(names, values(self), strict=True))
            return f"{self.__class__.__qualname__}({shown})"
        finally:
            running.discard(key)

    return __repr__


def _eq(names: tuple[str, ...]) -> Any:
    values = _values(names)

    def __eq__(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    return __eq__


def _hash(names: tuple[str, ...]) -> Any:
    values = _values(names)

    def __hash__(self: Any) -> int:
        return hash(values(self))

    return __hash__


def _frozen(cls: Any, names: tuple[str, ...]) -> tuple[Any, Any]:
    """``__setattr__`` and ``__delattr__`` as dataclasses writes them, over the class as it
    was before it was made again with slots (as there: so a name that is not a field cannot
    be set on a subclass's instance either, ``super`` refusing it)."""

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _getstate(self: Any) -> list[Any]:
    """What pickling a frozen slotted record keeps (its fields' values, as dataclasses keeps)."""
    return [getattr(self, f.name) for f in fields(self)]


def _setstate(self: Any, state: list[Any]) -> None:
    for f, value in zip(fields(self), state, strict=False):
        object.__setattr__(self, f.name, value)
