"""From what the user typed (an id like ``yot-2020`` or a path) to a checked Framework."""

from __future__ import annotations

from pathlib import Path

from ratingbook.dsl import Diagnostic
from ratingbook.framework import codes, registry
from ratingbook.framework.checker import CheckResult, check_path
from ratingbook.framework.errors import DiagnosticsError, InputError
from ratingbook.framework.inspection import Inspection
from ratingbook.framework.model import Framework

_cache: dict[tuple[str, float], Framework] = {}


def resolve(ref: str) -> Path:
    """A framework argument: a path to a ``.framework`` file, or a shipped version's id."""
    entry = registry.find(ref)
    if entry is not None:
        return entry.path
    p = Path(ref)
    if p.exists():
        if p.is_dir():
            raise InputError(f"{ref}: is a directory; name a .framework file or a version id")
        return p
    if ref.endswith(".framework") or "/" in ref:
        raise InputError(f"{ref}: no such framework file")
    raise InputError(f"unknown framework '{ref}'; {registry.suggest(ref)}")


def check(ref: str) -> CheckResult:
    return check_path(resolve(ref))


def load_framework(ref: str) -> Framework:
    """Load and check a framework; raise with its diagnostics if it has errors."""
    path = resolve(ref)
    key = (str(path.resolve()), path.stat().st_mtime)
    if key in _cache:
        return _cache[key]
    result = check_path(path)
    if result.framework is None:
        errors = [d for d in result.diagnostics if d.is_error]
        raise DiagnosticsError(
            errors,
            result.sources,
            f"{registry.display_path(path)}: the framework has errors; fix them first",
        )
    _cache[key] = result.framework
    return result.framework


def framework_for(inspection: Inspection, override: str | None) -> Framework:
    """The framework to rate an inspection under: the option, the data's own, or the one in force."""
    if override:
        return load_framework(override)
    if inspection.framework:
        ref = inspection.framework
        if (
            ref.endswith(".framework")
            and inspection.path not in ("<stdin>",)
            and not Path(ref).is_absolute()
        ):
            beside = Path(inspection.path).parent / ref
            if beside.exists():
                ref = str(beside)  # a path in a data file is relative to that file
        try:
            return load_framework(ref)
        except DiagnosticsError:
            raise
        except InputError as err:
            # Point at the line of the data that names the framework, and say how to override.
            problem = Diagnostic.error(
                codes.INPUT_DATA,
                f"{err.message}; fix 'framework:' here or rate with --framework",
                inspection.span("framework"),
            )
            raise DiagnosticsError([problem], {inspection.path: inspection.text}) from err
    if inspection.fieldwork:
        entry = registry.in_force(inspection.fieldwork)
        if entry is None:
            raise InputError(
                f"{inspection.path}: no shipped framework was in force on {inspection.fieldwork}; "
                f"name one with --framework ({registry.suggest('')})"
            )
        return load_framework(entry.id)
    raise InputError(
        f"{inspection.path}: the data names no framework and no fieldwork date; "
        "add 'framework: yot-2020' or use --framework"
    )
