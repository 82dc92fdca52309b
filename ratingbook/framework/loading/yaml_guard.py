"""What a YAML document may not do in ratingbook's files, checked before anything is built.

- **Aliases that expand too far.** An alias (``*name``) makes the value anchored as
  ``&name`` appear again, so a few hundred bytes can stand for billions of values (an "alias
  bomb"). PyYAML writes anchors and aliases for values shared in the data it dumps, so they
  are accepted, up to a budget: aliases may add at most as many values as the document has
  characters (and at least 100,000). The count is kept as the events stream by, so a bomb is
  refused at its first alias past the budget, before anything is expanded.
- **Nesting** deeper than :data:`MAX_DEPTH` mappings and lists is refused: inspection data
  nests five levels, an expectations file with its data inline eight.

The check reads libyaml's events only (no values are built), so a refused document costs no
more than its size. A document libyaml cannot parse is left for the reader to report. The
inspection loader asks for it only when the text holds a ``*`` (no alias without one) and
checks nesting itself as it reads.

PyYAML is imported by the functions that read YAML, not with this module: a read of
inspection data served from the cache (:mod:`.cache`) never loads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from ratingbook.dsl.diagnostics import Diagnostic
from ratingbook.dsl.span import Source, Span
from ratingbook.framework import codes
from ratingbook.framework.errors import DiagnosticsError

if TYPE_CHECKING:
    import yaml

MAX_DEPTH: Final = 64
"""The deepest nesting of mappings and lists accepted in a YAML or JSON file."""

MIN_ALIAS_BUDGET: Final = 100_000


def _refuse(source: Source, mark: Any, message: str) -> DiagnosticsError:
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    span = Span(source.path, line, col, line, col + 1)
    return DiagnosticsError(
        [Diagnostic.error(codes.INPUT_SYNTAX, message, span)],
        {source.path: source},
        f"{source.path}: not read",
    )


def alias_budget(text: str) -> int:
    """How many values aliases may add to a document: as many as it has characters, and at
    least :data:`MIN_ALIAS_BUDGET`."""
    return max(MIN_ALIAS_BUDGET, len(text))


def check_structure(source: Source) -> None:
    """Refuse aliases that expand too far and nesting deeper than :data:`MAX_DEPTH`.

    Raises:
        DiagnosticsError: at the alias that takes the document past its budget, or at the
            first list or mapping nested too deep.
    """
    import yaml

    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(source.text)
    budget = alias_budget(source.text)
    sizes: dict[str, int] = {}  # the values each anchored node stands for, expanded
    open_: list[list[Any]] = []  # per open list or mapping: its anchor and its size so far
    added = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.CollectionStartEvent):
                if len(open_) >= MAX_DEPTH:
                    raise _refuse(
                        source,
                        event.start_mark,
                        f"nested more than {MAX_DEPTH} lists and mappings deep",
                    )
                open_.append([event.anchor, 1])
                continue
            if isinstance(event, yaml.CollectionEndEvent):
                anchor, size = open_.pop()
            elif isinstance(event, yaml.ScalarEvent):
                anchor, size = event.anchor, 1
            elif isinstance(event, yaml.AliasEvent):
                anchor, size = None, sizes.get(event.anchor or "", 1)
                added += size
                if added > budget:
                    raise _refuse(
                        source,
                        event.start_mark,
                        f"YAML aliases (*name) here make the document more than {budget:,} "
                        "values larger than it is written; write the values out instead",
                    )
            else:
                continue
            if anchor is not None:
                sizes[anchor] = size
            if open_:
                open_[-1][1] += size
    except yaml.MarkedYAMLError as err:
        # libyaml refuses nesting past its own limit while scanning ahead, before the events
        # that would show it: said here, or PyYAML's own parser, which recurses, would try.
        if "nesting depth" in str(err.problem):
            raise _refuse(
                source, err.problem_mark, f"nested more than {MAX_DEPTH} lists and mappings deep"
            ) from err
        return  # malformed: the reader says where and why
    except yaml.YAMLError:
        return
    finally:
        loader.dispose()


def load_yaml(source: Source) -> Any:
    """A whole YAML document as plain data, after :func:`check_structure`, with its values
    read by ratingbook's rules (:mod:`.yaml_values`: numbers and flags that mean what they
    say, keys as written, no tags).

    Raises:
        DiagnosticsError: malformed YAML, or a value that is refused, at its line and column.
    """
    import yaml

    from ratingbook.framework.loading import yaml_values

    check_structure(source)
    loader: Any = yaml_values.Loader(source.text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        problem = err.problem or "malformed YAML"
        raise _refuse(source, mark, f"malformed YAML: {problem}") from err
    except yaml.YAMLError as err:
        raise _refuse(source, None, f"malformed YAML: {err}") from err
    finally:
        loader.dispose()
    if node is None:
        return None
    return _build(source, node, {})


def _build(source: Source, node: yaml.Node, built: dict[int, Any]) -> Any:
    """Plain data from a composed node; an anchored node met again (an alias, within the
    budget :func:`check_structure` allows) is the value already built."""
    import yaml

    from ratingbook.framework.loading import yaml_values

    if id(node) in built:
        return built[id(node)]
    if isinstance(node, yaml.ScalarNode):
        try:
            return yaml_values.scalar(node)
        except yaml_values.Refused as err:
            raise _refuse(source, node.start_mark, str(err)) from err
    problem = yaml_values.collection_problem(node)
    if problem is not None:
        raise _refuse(source, node.start_mark, problem)
    if isinstance(node, yaml.SequenceNode):
        items: list[Any] = []
        built[id(node)] = items
        items += [_build(source, item, built) for item in node.value]
        return items
    out: dict[str, Any] = {}
    built[id(node)] = out
    for key_node, value_node in node.value:
        key = yaml_values.key_text(key_node)
        if key is None:
            raise _refuse(
                source, key_node.start_mark, "a list or mapping used as a key: a key is a name"
            )
        problem = yaml_values.unshowable(key)
        if problem is not None:
            raise _refuse(source, key_node.start_mark, problem)
        out[key] = _build(source, value_node, built)
    return out


def span_of(source: Source, path: tuple[str | int, ...]) -> Span | None:
    """Where the value at ``path`` (mapping keys and list indexes) is written; None when the
    document cannot be read or has no such value."""
    import yaml

    from ratingbook.framework.loading import yaml_values

    loader: Any = yaml_values.Loader(source.text)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
    node = yaml_values.select(node, path)
    if node is None:
        return None
    start, end = node.start_mark, node.end_mark
    if end.line != start.line:
        end = start
    return Span(source.path, start.line + 1, start.column + 1, end.line + 1, end.column + 1)
