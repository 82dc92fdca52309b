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
"""

from __future__ import annotations

from typing import Any, Final

import yaml

from ratingbook.dsl.diagnostics import Diagnostic
from ratingbook.dsl.span import Source, Span
from ratingbook.framework import codes
from ratingbook.framework.errors import DiagnosticsError

MAX_DEPTH: Final = 64
"""The deepest nesting of mappings and lists accepted in a YAML or JSON file."""

MIN_ALIAS_BUDGET: Final = 100_000

_CSafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
    loader: Any = _CSafeLoader(source.text)
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
    """A whole YAML document as plain data, after :func:`check_structure`.

    Raises:
        DiagnosticsError: malformed YAML, or a value that cannot be read (a date that is not
            in the calendar, ...), at its line and column.
    """
    check_structure(source)
    try:
        return yaml.load(source.text, Loader=_CSafeLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        problem = err.problem or "malformed YAML"
        raise _refuse(source, mark, f"malformed YAML: {problem}") from err
    except yaml.YAMLError as err:
        raise _refuse(source, None, f"malformed YAML: {err}") from err
    except (ValueError, OverflowError) as err:  # a scalar that cannot be built
        raise _refuse(source, _bad_scalar(source), f"a value cannot be read: {err}") from err


def _bad_scalar(source: Source) -> Any:
    """The mark of the first scalar that cannot be built, if it can be found."""
    loader: Any = _CSafeLoader(source.text)
    try:
        node = loader.get_single_node()
        stack = [node] if node is not None else []
        while stack:
            node = stack.pop()
            if isinstance(node, yaml.ScalarNode):
                try:
                    loader.construct_object(node)
                except (ValueError, OverflowError, yaml.YAMLError):
                    return node.start_mark
            elif isinstance(node, yaml.SequenceNode):
                stack.extend(reversed(node.value))
            elif isinstance(node, yaml.MappingNode):
                for key, value in reversed(node.value):
                    stack.extend((value, key))
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
    return None
