"""From what the user typed (an id like ``yot-2020`` or a path) to a checked Framework.

This is where framework files are read: a version's own file, the versions it is based on
(a file beside it, else a shipped version) and the source documents they cite. The checking
stage (:mod:`ratingbook.framework.checker`) is given their texts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ratingbook.dsl.diagnostics import Diagnostic
from ratingbook.dsl.span import Source
from ratingbook.framework import codes, registry
from ratingbook.framework.checker import CheckResult
from ratingbook.framework.errors import DiagnosticsError, InputError
from ratingbook.framework.inspection import Inspection
from ratingbook.framework.loading import cache
from ratingbook.framework.loading import files as reading
from ratingbook.framework.loading.cache import Cache
from ratingbook.framework.model import Framework

if TYPE_CHECKING:
    from ratingbook.dsl import ast
    from ratingbook.dsl.parser import ParsedFile
    from ratingbook.dsl.span import Span
    from ratingbook.framework.checker.citations import SourceDocument
    from ratingbook.framework.checker.dates import Dated

# Frameworks loaded by this process, by the path shown for them and their file, with the
# digest of every file each was read from: used again only while all are unchanged.
_loaded: dict[tuple[str, str], tuple[dict[str, str | None], Framework]] = {}


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


# ---------------------------------------------------------------------------- reading files


class _Reader:
    """Reads the files of one check, each once, and keeps the digest of everything it looked at
    (None for a file that was not there or could not be read), for the cache."""

    def __init__(self, store: Cache | None) -> None:
        self.store = store
        self.digests: dict[str, str | None] = {}
        self._texts: dict[str, str] = {}

    def _bytes(self, path: Path, display: str, what: str) -> bytes:
        """A file's bytes, read by the one reading layer (size limit, regular files only)."""
        where = str(path.resolve())
        try:
            data = reading.read_bytes(path, display, what=what)
        except InputError:
            self.digests[where] = None
            raise
        self.digests[where] = cache.digest(data)
        return data

    def absent(self, path: Path) -> None:
        """Note that a file looked for was not there."""
        self.digests[str(path.resolve())] = None

    def digest(self, path: Path) -> str | None:
        """The digest of a file already read."""
        return self.digests.get(str(path.resolve()))

    def framework_text(self, path: Path, display: str) -> str:
        """A framework file's text; InputError when it cannot be read or is not UTF-8."""
        where = str(path.resolve())
        if where in self._texts:
            return self._texts[where]
        # Not UTF-8, or a control character: refused at its line and column.
        text = reading.decode(self._bytes(path, display, "a framework file"), display)
        # As a file opened as text reads it: every line break is "\n".
        self._texts[where] = text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def document(self, path: Path) -> SourceDocument | None:
        """A source document, or None when it cannot be read as UTF-8 text."""
        from ratingbook.framework.checker.citations import SourceDocument

        try:
            data = self._bytes(path, str(path), "a source document")
            return SourceDocument.from_text(data.decode("utf-8"))
        except (InputError, UnicodeDecodeError):
            return None


def _parse(reader: _Reader, path: Path, display: str) -> ParsedFile:
    """A framework file parsed, or its statements from the cache when its content is unchanged."""
    from ratingbook.dsl import parser  # only what is not in the cache is parsed

    text = reader.framework_text(path, display)
    store = reader.store
    if store is None:
        return parser.parse_text(text, display)
    name = cache.key("parsed", display, str(reader.digest(path)))
    kept = store.parsed(name)
    if kept is not None:
        return parser.ParsedFile(Source(display, text), kept[0], kept[1])
    parsed = parser.parse_text(text, display)
    store.keep_parsed(name, parsed.ast, parsed.diagnostics)
    return parsed


def _find_base(reader: _Reader, family: str, version: str, beside: Path) -> tuple[Path, str] | None:
    """A base version: a file beside the derived one, else a shipped version."""
    local = beside.parent / f"{version}.framework"
    if not local.is_file():
        reader.absent(local)
    elif local.resolve() != beside.resolve():
        display = registry.display_path(local)
        entry = registry.header(reader.framework_text(local, display), local)
        if entry is not None and entry.family == family and entry.version == version:
            return local, display
    shipped = registry.find(f"{family}-{version}")
    if shipped is not None:
        return shipped.path, shipped.display
    return None


@dataclass(frozen=True, slots=True, kw_only=True)
class _Chain:
    """A version's file and the versions under it, parsed, with where each was read from."""

    files: list[ParsedFile]
    paths: dict[str, Path]
    missing_base: str | None = None


def _read_chain(reader: _Reader, path: Path, display: str) -> _Chain:
    """Parse a file and follow ``based on`` down to a version based on none, or to a problem."""
    files: list[ParsedFile] = []
    paths: dict[str, Path] = {}
    seen: list[Path] = []
    while True:
        parsed = _parse(reader, path, display)
        files.append(parsed)
        paths[display] = path
        header = parsed.ast.header
        if not parsed.ok or header is None or header.based_on is None:
            return _Chain(files=files, paths=paths)
        family, version = header.based_on
        if (family, version) == (header.family, header.version):
            missing = f"a version cannot be based on itself; name the version {version} builds on"
            return _Chain(files=files, paths=paths, missing_base=missing)
        found = _find_base(reader, family, version, path)
        seen.append(path.resolve())
        if found is None or found[0].resolve() in seen[:-1]:
            why = "it is not shipped and there is no file for it beside this one"
            if found is not None:
                why = "the versions are based on each other in a circle"
            missing = f"{why}; {registry.suggest(f'{family}-{version}')}"
            return _Chain(files=files, paths=paths, missing_base=missing)
        path, display = found


def _read_documents(reader: _Reader, chain: _Chain) -> dict[str, SourceDocument | None]:
    """The text of every document a ``source`` of the chain names, relative to its file."""
    from ratingbook.dsl import ast
    from ratingbook.framework.checker.citations import document_key

    documents: dict[str, SourceDocument | None] = {}
    for parsed in chain.files:
        display = parsed.source.path
        for statement in parsed.ast.statements:
            if isinstance(statement, ast.SourceDecl) and statement.file is not None:
                key = document_key(display, statement.file)
                if key not in documents:
                    documents[key] = reader.document(chain.paths[display].parent / statement.file)
    return documents


def check_path(path: str | Path, display: str | None = None) -> CheckResult:
    """Read, merge with any base version, and check one ``.framework`` file.

    A framework that checked without errors before, from files that are all unchanged, is
    taken from the cache (:mod:`.cache`) with its warnings.
    """
    return _check(path, display)[0]


def _check(
    path: str | Path, display: str | None = None
) -> tuple[CheckResult, dict[str, str | None]]:
    """The check, and the digest of every file it read (None for one that was not there)."""
    p = Path(path)
    shown = display or registry.display_path(p)
    reader = _Reader(Cache.from_environment())
    reader.framework_text(p, shown)  # an unreadable file is an error, cached or not
    store = reader.store
    name = None
    if store is not None:
        name = cache.key("framework", shown, str(p.resolve()), str(reader.digest(p)))
        kept = store.checked(name)
        if kept is not None:
            framework, diagnostics, files = kept
            sources = {k: Source(k, v) for k, v in framework.texts.items()}
            found = CheckResult(framework=framework, diagnostics=diagnostics, sources=sources)
            return _with_dates_of_others(found, p, shown, None, reader), files
    chain = _read_chain(reader, p, shown)
    from ratingbook.framework import checker  # the checks load only for what is not cached

    result = checker.check(
        chain.files, _read_documents(reader, chain), missing_base=chain.missing_base
    )
    header = chain.files[0].ast.header
    if header is not None and header.draft and _is_shipped(p):
        result = _refuse_shipped_draft(result, header)
    if store is not None and name is not None and result.ok and result.framework is not None:
        store.keep_checked(name, reader.digests, result.framework, result.diagnostics)
    return _with_dates_of_others(result, p, shown, header, reader), reader.digests


def _others(path: Path, shown: str) -> list[Dated]:
    """The versions a file's dates must not clash with: the shipped ones, and those in the
    same folder (the folder a methodologist keeps a family's versions in). A draft has no
    dates, so it clashes with none (one that has them is refused when it is checked)."""
    from ratingbook.framework.checker.dates import Dated

    found = [
        Dated(
            family=e.family,
            version=e.version,
            effective_from=e.effective_from,
            effective_until=e.effective_until,
            path=e.display,
            shipped=True,
        )
        for e in registry.shipped()
        if e.path.resolve() != path.resolve()
    ]
    if _is_shipped(path):
        return found
    for sibling in sorted(path.parent.glob("*.framework")):
        if sibling.resolve() == path.resolve() or not sibling.is_file():
            continue
        try:
            text = reading.decode(reading.read_bytes(sibling, str(sibling)), str(sibling))
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        except (InputError, DiagnosticsError):
            continue  # a file that cannot be read is reported when it is checked itself
        entry = registry.header(text, sibling)
        if entry is None:
            continue
        found.append(
            Dated(
                family=entry.family,
                version=entry.version,
                effective_from=entry.effective_from,
                effective_until=entry.effective_until,
                path=entry.display,
            )
        )
    return found


def _with_dates_of_others(
    result: CheckResult,
    path: Path,
    shown: str,
    header: ast.FrameworkDecl | None,
    reader: _Reader,
) -> CheckResult:
    """The result, with an error for each day on which the version and another of its family
    would both be in force. Checked on every load, as other files can change without this one
    changing."""
    from ratingbook.framework.checker.dates import Dated, in_force_twice

    fw = result.framework
    if fw is not None:
        me = Dated(
            family=fw.family,
            version=fw.version,
            effective_from=fw.effective_from,
            effective_until=fw.effective_until,
            path=shown,
            draft=fw.draft,
        )
    elif header is not None:
        me = Dated(
            family=header.family,
            version=header.version,
            effective_from=header.effective_from,
            effective_until=header.effective_until,
            path=shown,
            draft=header.draft,
        )
    else:
        return result
    if not me.valid:
        return result

    def where() -> Span | None:
        decl = header
        if decl is None:
            from ratingbook.dsl.parser import parse_header

            decl = parse_header(reader.framework_text(path, shown), shown)
        return None if decl is None else decl.effective_span or decl.span

    clashes = in_force_twice(me, _others(path, shown), where)
    if not clashes:
        return result
    return CheckResult(
        framework=None, diagnostics=[*result.diagnostics, *clashes], sources=result.sources
    )


def _is_shipped(path: Path) -> bool:
    """Whether a file lies among the shipped versions (``standards/``)."""
    return path.resolve().is_relative_to(registry.standards_root().resolve())


def _refuse_shipped_draft(result: CheckResult, header: ast.FrameworkDecl) -> CheckResult:
    """A draft among the shipped versions is an error: what ships is published and in force."""
    problem = Diagnostic.error(
        codes.DRAFT,
        f"{header.family}-{header.version} is a draft, and a draft is never shipped: "
        "a file under standards/ is a published version",
        header.draft_span or header.span,
        "to adopt it, remove 'draft', give it 'effective from DATE' and cite its wording; "
        "otherwise keep the draft outside standards/",
    )
    return CheckResult(
        framework=None, diagnostics=[*result.diagnostics, problem], sources=result.sources
    )


# ---------------------------------------------------------------------------- the public entry


def check(ref: str) -> CheckResult:
    """Check a framework named by id or path, whatever it holds (see ``CheckResult.ok``)."""
    return check_path(resolve(ref))


def load_framework(ref: str) -> Framework:
    """Load and check a framework; raise with its diagnostics if it has errors."""
    path = resolve(ref)
    key = (registry.display_path(path), str(path.resolve()))
    known = _loaded.get(key)
    if known is not None and all(cache.file_digest(p) == d for p, d in known[0].items()):
        return known[1]
    result, files = _check(path)
    if result.framework is None:
        errors = [d for d in result.diagnostics if d.is_error]
        raise DiagnosticsError(
            errors,
            result.sources,
            f"{registry.display_path(path)}: the framework has errors; fix them first",
        )
    _loaded[key] = (files, result.framework)
    return result.framework


def load_base(ref: str) -> Framework | None:
    """The version a framework (by id or path) is based on, found as its check finds it (a
    file beside it, else a shipped version); None for a version based on none."""
    path = resolve(ref)
    reader = _Reader(None)
    display = registry.display_path(path)
    entry = registry.header(reader.framework_text(path, display), path)
    if entry is None or entry.based_on is None:
        return None
    family, _, version = entry.based_on.partition("-")
    found = _find_base(reader, family, version, path)
    return None if found is None else load_framework(str(found[0]))


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
            raise DiagnosticsError([problem], {inspection.text.path: inspection.text}) from err
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


def recorded_under(inspection: Inspection) -> Framework | None:
    """The version the data names (or, naming none, the one in force on its fieldwork date);
    None when there is none to be found. Rating under another version uses it to tell what
    the data cannot give."""
    try:
        return framework_for(inspection, None)
    except (InputError, DiagnosticsError):
        return None
