"""From what the user typed (an id like ``yot-2020`` or a path) to a checked Framework.

This is where framework files are read: a version's own file, the versions it is based on
(found by id among the shipped versions and those of the framework repository the command
runs in: :func:`registry.known`) and the source documents they cite. The checking
stage (:mod:`ratingbook.framework.checker`) is given their texts.

**Where a base and the documents are looked for.** A base by its id, through the registry,
never by the name of a file. A document in the folder of the file that cites it. A file
reached through a symbolic link is the file the link points to: the documents it cites are
looked for beside that file, not beside the link, so a link means the same thing wherever it
is. The link is still shown by the name it was given.

**How the cache stays right** (:mod:`.cache`). Every file is read afresh on every run, through
the one reading layer (size limit, regular files only): the version's own file, the project
file and the repository's versions each lookup of a base reads (the registry), each base and
each cited document. What the
check is given is then exactly: the text of each file of the chain, the text of each cited
document (or that it could not be read), why a base is missing, and whether the file lies
among the shipped versions. The cache keeps the check's result under a digest of exactly
those, so an entry is a memo of a function of what this run read, and a cached run cannot
differ from an uncached one.

**Names.** The check never sees the names the files were given: each file of the chain is
checked under a placeholder name (its place in the chain), and the names of this run are put
in afterwards, cached or not. So the same files named ten ways make one entry, and a run
with the cache and one without give the same bytes.
"""

from __future__ import annotations

import json
import os
from dataclasses import field, replace
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Final

from ratingbook._record import record
from ratingbook.dsl.diagnostics import Diagnostic
from ratingbook.dsl.span import Source
from ratingbook.framework import codes, registry
from ratingbook.framework.checker import CheckResult
from ratingbook.framework.errors import DiagnosticsError, InputError
from ratingbook.framework.inspection import Inspection
from ratingbook.framework.loading import cache, codec
from ratingbook.framework.loading import files as reading
from ratingbook.framework.loading.cache import Cache
from ratingbook.framework.model import Framework

if TYPE_CHECKING:
    from ratingbook.dsl import ast
    from ratingbook.dsl.parser import ParsedFile
    from ratingbook.dsl.span import Span
    from ratingbook.framework.checker.dates import Dated
    from ratingbook.framework.checker.documents import SourceDocument

MAX_CHAIN: Final = 32
"""The most versions a chain of ``based on`` may hold (a version and 31 under it)."""

# Frameworks made by this process, by the key of what they were checked from and the names
# shown for their files.
_loaded: dict[tuple[str, tuple[tuple[str, str], ...]], Framework] = {}
# What this process learnt of a file's content (pure functions of it), by its digest.
_facts: dict[str, Facts] = {}
# The cited documents this process has checked citations against, by the digest of their
# bytes: a document keeps the runs of its lines it has compared quotations with, so the next
# check (the language server's at each change, a version and the drafts based on it) finds
# them compared. A document is its text's lines, and the digest names the text.
_documents: dict[str, SourceDocument] = {}


def resolve(ref: str, start: Path | None = None) -> Path:
    """A framework argument: a path to a ``.framework`` file, or a version's id: shipped, or
    of the framework repository the command runs in (with ``start``, a folder: the one that
    folder lies in, as for a data or expectation file naming a version).

    Raises:
        InputError: the argument is empty, names a folder, or names nothing known.
    """
    if not ref.strip():
        raise InputError(
            f"{ref!r}: an empty framework name; name a .framework file or a version id "
            f"({registry.suggest('', start=start)})"
        )
    entry = registry.find(ref, start=start)
    if entry is not None:
        return entry.path
    p = Path(ref)
    try:
        info = os.stat(p)
    except (FileNotFoundError, NotADirectoryError):
        info = None
    except OSError as err:  # a folder on the way that cannot be searched, a link loop, ...
        raise InputError(f"{ref}: cannot be read ({err.strerror or err})") from err
    if info is not None:
        if p.is_dir():
            raise InputError(f"{ref}: is a directory; name a .framework file or a version id")
        return p
    if os.path.islink(p):
        raise InputError(f"{ref}: a symbolic link to a file that is not there; fix the link")
    if ref.endswith(".framework") or "/" in ref or os.sep in ref:
        raise InputError(f"{ref}: no such framework file")
    raise InputError(f"unknown framework '{ref}'; {registry.suggest(ref, start=start)}")


def _realpath(path: Path) -> str:
    """Where a path leads once every link is followed (never raises: a loop stays as it is)."""
    return os.path.realpath(path)


# ---------------------------------------------------------------------------- placeholder names

# Each file of a chain is checked as ``<D i>/<F i>``, so that a document it cites is keyed
# ``<D i>/sources/x.txt``. NUL can be in no name and in no framework text (the reading layer
# refuses it), so in the JSON form of a result these stand for nothing else.


def _dir_token(i: int) -> str:
    return f"\x00{i}d\x00"


def _file_token(i: int) -> str:
    return f"{_dir_token(i)}/\x00{i}f\x00"


def _escaped(text: str) -> str:
    """A string as it appears inside a JSON string of :mod:`.codec` (no quotes)."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


@record
class Name:
    """How one file of a chain is shown: the file, and the folder its documents are in."""

    file: str
    folder: str

    def prefix(self) -> str:
        """What ``folder / x`` starts with, as ``PurePath`` writes it."""
        if self.folder in ("", "."):
            return ""
        return self.folder if self.folder.endswith(("/", os.sep)) else self.folder + "/"


def _renamed(text: str, names: tuple[Name, ...]) -> str:
    """The JSON text of a result with each placeholder replaced by this run's name."""
    for i, name in enumerate(names):
        text = text.replace(_escaped(_file_token(i)), _escaped(name.file))
        text = text.replace(_escaped(_dir_token(i)) + "/", _escaped(name.prefix()))
        text = text.replace(_escaped(_dir_token(i)), _escaped(name.folder))
    return text


def placeholders_only(text: str, count: int) -> bool:
    """Whether every NUL in a result's JSON text is part of a placeholder (a cited document
    may hold NUL, and a message may quote it: such a result is not renamed)."""
    for i in range(count):
        text = text.replace(_escaped(_file_token(i)), "").replace(_escaped(_dir_token(i)), "")
    return "\\u0000" not in text


# ---------------------------------------------------------------------------- what a file says


@record
class Facts:
    """What the check's reading needs to know of a file's content, from its full parse."""

    ok: bool  # it parses without errors
    family: str | None
    version: str | None
    based_on: tuple[str, str] | None
    cites: tuple[str, ...]  # the files its sources name, in order, once each

    def encode(self) -> tuple[object, ...]:
        return (self.ok, self.family, self.version, self.based_on, self.cites)

    @classmethod
    def decode(cls, value: object) -> Facts | None:
        if not (isinstance(value, tuple) and len(value) == 5):
            return None
        ok, family, version, based_on, cites = value
        if not (
            isinstance(ok, bool)
            and (family is None or isinstance(family, str))
            and (version is None or isinstance(version, str))
            and (
                based_on is None
                or (
                    isinstance(based_on, tuple)
                    and len(based_on) == 2
                    and all(isinstance(v, str) for v in based_on)
                )
            )
            and isinstance(cites, tuple)
            and all(isinstance(c, str) for c in cites)
        ):
            return None
        return cls(ok=ok, family=family, version=version, based_on=based_on, cites=cites)

    @classmethod
    def of(cls, parsed: ParsedFile) -> Facts:
        from ratingbook.dsl import ast

        header = parsed.ast.header
        cites: dict[str, None] = {}
        for statement in parsed.ast.statements:
            if isinstance(statement, ast.SourceDecl) and statement.file is not None:
                cites[statement.file] = None
        return cls(
            ok=parsed.ok,
            family=None if header is None else header.family,
            version=None if header is None else header.version,
            based_on=None if header is None else header.based_on,
            cites=tuple(cites),
        )


def _parse(store: Cache | None, text: str, digest: str, at: int) -> ParsedFile:
    """A file parsed as the ``at``-th of a chain, or its statements from the cache."""
    from ratingbook.dsl import parser  # only what is not in the cache is parsed

    name = _file_token(at)
    if store is None:
        return parser.parse_text(text, name)
    key = cache.key("parsed", digest)
    kept = store.parsed_text(key)
    if kept is not None:
        found = _parsed_from(kept, at)
        if found is not None:
            return parser.ParsedFile(Source(name, text), found[0], found[1])
    parsed = parser.parse_text(text, name)
    try:
        body = codec.dumps((parsed.ast, parsed.diagnostics))
    except codec.EncodeError:
        return parsed
    if at != 0:
        body = body.replace(_escaped(_file_token(at)), _escaped(_file_token(0)))
        body = body.replace(_escaped(_dir_token(at)), _escaped(_dir_token(0)))
    if placeholders_only(body, 1):
        store.keep_parsed_text(key, body)
    return parsed


def _parsed_from(body: str, at: int) -> tuple[ast.FrameworkFile, tuple[Diagnostic, ...]] | None:
    from ratingbook.dsl import ast

    if at != 0:
        body = body.replace(_escaped(_file_token(0)), _escaped(_file_token(at)))
        body = body.replace(_escaped(_dir_token(0)), _escaped(_dir_token(at)))
    try:
        value = codec.loads(body)
    except codec.DecodeError:
        return None
    if (
        isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[0], ast.FrameworkFile)
        and isinstance(value[1], tuple)
        and all(isinstance(d, Diagnostic) for d in value[1])
    ):
        return value[0], value[1]
    return None


def _facts_of(
    store: Cache | None, text: str, digest: str, at: int
) -> tuple[Facts, ParsedFile | None]:
    """A file's facts (known to this process, kept in the cache, or from parsing it as the
    ``at``-th file of a chain), and the parse when it took one."""
    known = _facts.get(digest)
    if known is not None:
        return known, None
    found = None
    if store is not None:  # a shipped file's facts are compiled with the package
        found = Facts.decode(store.compiled_value("facts", cache.compiled_key("facts", digest)))
    parsed = None
    if found is None:
        key = cache.key("facts", digest)
        found = None if store is None else Facts.decode(store.value("facts", key))
        if found is None:
            parsed = _parse(store, text, digest, at)
            found = Facts.of(parsed)
            if store is not None:
                store.keep_value("facts", key, found.encode())
    _facts[digest] = found
    return found, parsed


# ---------------------------------------------------------------------------- reading a chain


@record
class ChainFile:
    """One file of a version's chain, as this run read it."""

    path: Path  # where it was read
    name: Name  # how it is shown
    folder: Path  # where its base and the documents it cites are looked for
    text: str
    digest: str
    facts: Facts
    parsed: ParsedFile | None = field(default=None, compare=False, repr=False)


@record
class Cited:
    """A document a file of the chain cites, as this run read it."""

    at: int  # the file of the chain that cites it
    file: str  # as the ``source`` writes it
    key: str  # by the file's placeholder name, as the check looks it up
    text: str | None  # None: it could not be read as UTF-8 text
    digest: str | None

    def document(self) -> SourceDocument | None:
        """The document as the check reads it: made only for a check, since a framework
        taken from the cache needs the document's digest, not its lines. Made once per
        content in a process (see :data:`_documents`)."""
        from ratingbook.framework.checker.documents import SourceDocument

        if self.text is None or self.digest is None:
            return None
        found = _documents.get(self.digest)
        if found is None:
            if len(_documents) >= 64:
                _documents.clear()
            found = _documents[self.digest] = SourceDocument.from_text(self.text)
        return found


@record
class Inputs:
    """Everything a check is given, read afresh: the chain's files, why its last base is
    missing (if it is), the cited documents and whether the version lies among the shipped
    ones. The check is a function of these alone, so their digest names its cache entry."""

    files: tuple[ChainFile, ...]
    missing_base: str | None
    documents: tuple[Cited, ...]
    shipped: bool

    @property
    def names(self) -> tuple[Name, ...]:
        return tuple(f.name for f in self.files)

    def _parts(self) -> list[str]:
        parts = [f"{len(self.files)}", *(f.digest for f in self.files)]
        parts += [repr(self.missing_base), repr(self.shipped)]
        for cited in self.documents:
            parts += [cited.key, repr(cited.digest)]
        return parts

    def key(self) -> str:
        """The name of the check's entry in the cache."""
        return cache.key("framework", *self._parts())

    def compiled_key(self) -> str:
        """The name of the check's compiled entry (a shipped version's, made with the package):
        the same inputs, under ratingbook's version instead of the code's digest."""
        return cache.compiled_key("framework", *self._parts())


def _display(path: Path) -> str:
    return registry.display_path(path)


def _folder(path: Path) -> Path:
    """Where a file's base and documents are looked for: beside it, a link followed first.

    For a link named by a relative path, the folder is named relative to the current folder,
    so that what is shown does not depend on where the files are kept.
    """
    if not os.path.islink(path):
        return path.parent
    real = Path(_realpath(path)).parent
    if path.is_absolute():
        return real
    try:
        return Path(os.path.relpath(real))
    except ValueError:  # another drive (Windows)
        return real


def _name(path: Path, display: str, folder: Path) -> Name:
    if folder == path.parent:
        shown = str(PurePath(display).parent)  # documents shown as the version is
    else:  # a link: its documents are in the folder of the file it points to
        shown = str(PurePath(_display(folder / "x")).parent)
    return Name(file=display, folder=shown)


def _limit(path: Path) -> int | None:
    """The size limit for a file: the one in force, but never below the default for the
    shipped versions and their sources, which are ratingbook's own (``--max-bytes`` guards
    against what is given to it, and must not make the shipped versions unreadable)."""
    if _is_shipped(path):
        return max(reading.max_bytes(), reading.DEFAULT_MAX_BYTES)
    return None


def _read(path: Path, display: str) -> tuple[str, str]:
    """A framework file's text (line breaks as "\\n") and the digest of its bytes."""
    data = reading.read_bytes(path, display, what="a framework file", limit=_limit(path))
    # Not UTF-8, or a control character: refused at its line and column.
    text = reading.decode(data, display)
    # As a file opened as text reads it: every line break is "\n".
    return text.replace("\r\n", "\n").replace("\r", "\n"), cache.digest(data)


def _find_base(family: str, version: str, of: ChainFile) -> tuple[Path, str, str, str] | None:
    """A base version, found by its id among the versions known where the file naming it
    lies (the shipped ones and those of the framework repository around it, else of the one
    the command runs in: :func:`registry.known`), never by the name of a file. Gives its
    path, display, text and digest; None when no version has the id."""
    entry = registry.find(f"{family}-{version}", start=of.folder)
    if entry is None:
        return None
    text, digest = _read(entry.path, entry.display)
    return entry.path, entry.display, text, digest


def _not_found(family: str, version: str, of: ChainFile) -> str:
    """Why a base is missing, and where the user's base may be: a file beside the version
    that declares it is no longer taken as it (a base is found by id), so say what to do."""
    where = (
        "no shipped version and no version of this framework repository has that id"
        if registry.known(start=of.folder).project is not None
        else "no shipped version has that id, and it is in no framework repository"
    )
    why = f"{where}; {registry.suggest(f'{family}-{version}', start=of.folder)}"
    beside = of.folder / f"{version}.framework"
    try:
        if not beside.is_file() or _realpath(beside) == _realpath(of.path):
            return why
        text, _ = _read(beside, _display(beside))
    except (OSError, InputError, DiagnosticsError):
        return why
    entry = registry.header(text, beside)
    if entry is None or (entry.family, entry.version) != (family, version):
        return why
    return (
        f"{why}. {entry.display} declares {family}-{version}, but a base is found by its id "
        "among the shipped versions and those of the framework repository the command runs "
        "in, never by the name of a file beside it: keep your versions in a framework "
        "repository (ratingbook init, or a ratingbook.toml naming their folder: "
        "docs/workspace.md) and run ratingbook there"
    )


def read_inputs(
    path: Path,
    display: str | None = None,
    *,
    store: Cache | None = None,
    unsaved: tuple[str, Facts] | None = None,
) -> Inputs:
    """Read a version's file, follow ``based on`` down the chain and read every cited document.

    ``unsaved`` is the version's own text as an editor holds it, and what it says, to take
    instead of the file's content (:func:`check_unsaved`).

    Raises:
        InputError: a file of the chain cannot be read.
        DiagnosticsError: a file of the chain is not UTF-8 text, or holds a control character.
    """
    shown = display or _display(path)
    if unsaved is None:
        text, digest = _read(path, shown)  # an unreadable file is an error, cached or not
    else:
        text, digest = unsaved[0], cache.digest(unsaved[0].encode("utf-8", "surrogatepass"))
    files: list[ChainFile] = []
    seen: set[str] = set()
    missing: str | None = None
    while True:
        folder = _folder(path)
        if unsaved is not None and not files:
            facts, parsed = unsaved[1], None
        else:
            facts, parsed = _facts_of(store, text, digest, len(files))
        here = ChainFile(
            path=path,
            name=_name(path, shown, folder),
            folder=folder,
            text=text,
            digest=digest,
            facts=facts,
            parsed=parsed,
        )
        files.append(here)
        seen.add(_realpath(path))
        if not facts.ok or facts.based_on is None:
            break
        family, version = facts.based_on
        if (family, version) == (facts.family, facts.version):
            missing = f"a version cannot be based on itself; name the version {version} builds on"
            break
        if len(files) >= MAX_CHAIN:
            missing = (
                f"versions are based on one another more than {MAX_CHAIN} deep; base this "
                "version on a shipped one, or on one nearer to it"
            )
            break
        found = _find_base(family, version, here)
        if found is None:
            missing = _not_found(family, version, here)
            break
        if _realpath(found[0]) in seen:
            missing = (
                "the versions are based on each other in a circle; "
                f"{registry.suggest(f'{family}-{version}', start=here.folder)}"
            )
            break
        path, shown, text, digest = found
    return Inputs(
        files=tuple(files),
        missing_base=missing,
        documents=_read_documents(files),
        shipped=_is_shipped(files[0].path),
    )


def _read_documents(files: list[ChainFile]) -> tuple[Cited, ...]:
    """Every document a ``source`` of the chain names, read relative to its file."""
    from ratingbook.framework.checker.documents import document_key

    documents: dict[str, Cited] = {}
    for at, chain_file in enumerate(files):
        for cited in chain_file.facts.cites:
            key = document_key(_file_token(at), cited)
            if key not in documents:
                text, digest = _document(chain_file.folder / cited)
                documents[key] = Cited(at=at, file=cited, key=key, text=text, digest=digest)
    return tuple(documents.values())


def _document(path: Path) -> tuple[str | None, str | None]:
    """A source document's text and digest, or (None, None) when it cannot be read as UTF-8
    text (the check says so where it is cited)."""
    try:
        data = reading.read_bytes(path, str(path), what="a source document", limit=_limit(path))
        return data.decode("utf-8"), cache.digest(data)
    except (InputError, UnicodeDecodeError):
        return None, None


def _is_shipped(path: Path) -> bool:
    """Whether a file lies among the shipped versions (``standards/``)."""
    return Path(_realpath(path)).is_relative_to(registry.real_standards_root())


# ---------------------------------------------------------------------------- checking


def check_path(path: str | Path, display: str | None = None) -> CheckResult:
    """Read, merge with any base version, and check one ``.framework`` file.

    A framework that checked without errors before, from the same texts, is taken from the
    cache (:mod:`.cache`) with its warnings.
    """
    store = Cache.from_environment()
    return check_inputs(read_inputs(Path(path), display, store=store), store)


def check_inputs(inputs: Inputs, store: Cache | None) -> CheckResult:
    """The check of what :func:`read_inputs` read (from the cache when it was made before),
    with the clash of its dates with the other versions, checked on every load: the other
    versions can change without this one changing."""
    return _with_dates_of_others(_checked(inputs, store), inputs)


def _checked(inputs: Inputs, store: Cache | None) -> CheckResult:
    """The check of what :func:`read_inputs` read, from the cache when it was made before
    (a shipped version's from its compiled entry)."""
    if store is not None:
        kept = store.compiled_text("frameworks", inputs.compiled_key())
        if kept is None:
            kept = store.checked_text(inputs.key())
        if kept is not None:
            found = _named_framework(kept, inputs.names)
            if found is not None:
                framework, diagnostics = found
                sources = {k: Source(k, v) for k, v in framework.texts.items()}
                return CheckResult(framework=framework, diagnostics=diagnostics, sources=sources)
    result = check_placeholders(inputs, store)
    if not result.ok or result.framework is None:
        return _named_failure(result, inputs)
    try:
        body = codec.dumps((result.framework, tuple(result.diagnostics)))
    except codec.EncodeError:  # not a form the codec writes: a bug, but the check stands
        return _check_named(inputs)
    if not placeholders_only(body, len(inputs.files)):
        return _check_named(inputs)
    if store is not None:
        store.keep_checked_text(inputs.key(), body)
    found = _named_framework(body, inputs.names)
    assert found is not None, "a result the codec wrote reads back"
    framework, diagnostics = found
    sources = {k: Source(k, v) for k, v in framework.texts.items()}
    return CheckResult(framework=framework, diagnostics=diagnostics, sources=sources)


def _named_framework(
    body: str, names: tuple[Name, ...]
) -> tuple[Framework, list[Diagnostic]] | None:
    try:
        value = codec.loads(_renamed(body, names))
    except codec.DecodeError:
        return None
    if not (
        isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[0], Framework)
        and isinstance(value[1], tuple)
        and all(isinstance(d, Diagnostic) for d in value[1])
    ):
        return None
    return value[0], list(value[1])


def check_placeholders(inputs: Inputs, store: Cache | None = None) -> CheckResult:
    """The check, each file under its placeholder name (what the cache keeps)."""
    files = [f.parsed or _parse(store, f.text, f.digest, at) for at, f in enumerate(inputs.files)]
    from ratingbook.framework import checker  # the checks load only for what is not cached

    documents = {cited.key: cited.document() for cited in inputs.documents}
    result = checker.check(files, documents, missing_base=inputs.missing_base)
    header = files[0].ast.header
    if header is not None and header.draft and inputs.shipped:
        result = _refuse_shipped_draft(result, header)
    return result


def _named_failure(result: CheckResult, inputs: Inputs) -> CheckResult:
    """A check with errors, each placeholder replaced by this run's name."""
    try:
        body = codec.dumps(tuple(result.diagnostics))
    except codec.EncodeError:
        return _check_named(inputs)
    if not placeholders_only(body, len(inputs.files)):
        return _check_named(inputs)
    diagnostics = codec.loads(_renamed(body, inputs.names))
    texts = {_file_token(at): f for at, f in enumerate(inputs.files)}
    sources = {
        texts[k].name.file: Source(texts[k].name.file, s.text)
        for k, s in result.sources.items()
        if k in texts
    }
    return CheckResult(framework=None, diagnostics=list(diagnostics), sources=sources)


def _check_named(inputs: Inputs) -> CheckResult:
    """The check under this run's names, for the rare result that cannot be renamed (never
    cached): a message quoting a document that holds NUL."""
    from ratingbook.dsl import parser
    from ratingbook.framework import checker
    from ratingbook.framework.checker.documents import document_key

    files = [parser.parse_text(f.text, f.name.file) for f in inputs.files]
    documents = {
        document_key(inputs.files[cited.at].name.file, cited.file): cited.document()
        for cited in inputs.documents
    }
    result = checker.check(files, documents, missing_base=inputs.missing_base)
    header = files[0].ast.header
    if header is not None and header.draft and inputs.shipped:
        result = _refuse_shipped_draft(result, header)
    return result


# ---------------------------------------------------------------------------- an editor's text

# Base versions parsed under the names this process shows them by, by name and digest: the
# language server checks a draft again at every change, and its bases are the same texts.
_named: dict[tuple[str, str], ParsedFile] = {}


@record
class Unsaved:
    """The check of a version's text as an editor holds it, and what the check read: the
    chain of files parsed under the names shown for them (the text first, then each base),
    where each was read from, and the documents they cite (by :func:`document_key` of those
    names)."""

    result: CheckResult
    files: tuple[ParsedFile, ...]
    paths: dict[str, Path]
    folders: dict[str, Path]  # where each file's documents are looked for (a link followed)
    documents: dict[str, SourceDocument | None]
    # Every file of the chain was read: none stopped the reading by not parsing, and no base
    # was missing (else ``files`` ends where the reading stopped).
    whole: bool


def check_unsaved(path: Path, text: str, display: str | None = None) -> Unsaved:
    """Check ``text`` as the content of the ``.framework`` file at ``path``, as ``check``
    checks the file: the text is read as the file would be (not UTF-8, a control character,
    over the size limit: refused at its place), its bases are found and read as for the file,
    and its dates are checked against the other versions'. Nothing is written and nothing of
    the text is kept: it is checked under this run's names, as :func:`_check_named` does.

    Raises:
        DiagnosticsError: the text, or a file of its chain, is not UTF-8 text or holds a
            control character.
        InputError: a file of the chain cannot be read, or the text is over the size limit.
    """
    from ratingbook.dsl import parser
    from ratingbook.framework import checker
    from ratingbook.framework.checker.documents import document_key

    shown = display or _display(path)
    data = text.encode("utf-8", "surrogatepass")
    limit = _limit(path) or reading.max_bytes()
    if len(data) > limit:
        raise InputError(
            f"{shown}: larger than the limit of {limit:,} bytes; if the file is meant to be "
            f"this large, raise the limit with --max-bytes or {reading.MAX_BYTES_ENV}"
        )
    held = reading.decode(data, shown).replace("\r\n", "\n").replace("\r", "\n")
    own = parser.parse_text(held, shown)
    inputs = read_inputs(path, shown, unsaved=(held, Facts.of(own)))
    files = [own]
    for f in inputs.files[1:]:
        key = (f.name.file, f.digest)
        if key not in _named:
            _named[key] = parser.parse_text(f.text, f.name.file)
        files.append(_named[key])
    documents = {
        document_key(inputs.files[cited.at].name.file, cited.file): cited.document()
        for cited in inputs.documents
    }
    result = checker.check(files, documents, missing_base=inputs.missing_base)
    header = own.ast.header
    if header is not None and header.draft and inputs.shipped:
        result = _refuse_shipped_draft(result, header)
    return Unsaved(
        result=_with_dates_of_others(result, inputs),
        files=tuple(files),
        paths={f.name.file: f.path for f in inputs.files},
        folders={f.name.file: f.folder for f in inputs.files},
        documents=documents,
        whole=inputs.missing_base is None and inputs.files[-1].facts.ok,
    )


def _dated(entry: registry.Entry, *, shipped: bool) -> Dated:
    """A version's dates as the checker compares them with the file being checked."""
    from ratingbook.framework.checker.dates import Dated

    return Dated(
        family=entry.family,
        version=entry.version,
        effective_from=entry.effective_from,
        effective_until=entry.effective_until,
        path=entry.display,
        shipped=shipped,
    )


def _others(inputs: Inputs) -> list[tuple[Dated, Path | None]]:
    """The versions a file's dates must not clash with: the shipped ones, and those in its
    folder (the folder a methodologist keeps a family's versions in; a link's file's folder).
    A draft has no dates, so it clashes with none (one that has them is refused when it is
    checked). A version of the folder comes with its file, which it does not name yet: this
    is done at every check (the language server's at each change), a folder may hold many
    versions, and naming a file as outputs do looks at the file system; only a version that
    clashes is shown (:func:`_with_dates_of_others`)."""
    own = inputs.files[0]
    me = _realpath(own.path)
    seen = {me}
    found: list[tuple[Dated, Path | None]] = []
    others = registry.known(start=own.folder).entries if not inputs.shipped else registry.shipped()
    for e in others:
        if _realpath(e.path) in seen:
            continue
        seen.add(_realpath(e.path))
        found.append((_dated(e, shipped=not e.local), None))
    if inputs.shipped:
        return found
    try:
        siblings = sorted(own.folder.glob("*.framework"))
    except OSError:  # a folder that cannot be listed: the file itself was read
        siblings = []
    for sibling in siblings:
        if _realpath(sibling) in seen or not sibling.is_file():
            continue
        try:  # named as given: what a file that cannot be read says is not shown
            text, _ = _read(sibling, str(sibling))
        except (InputError, DiagnosticsError):
            continue  # a file that cannot be read is reported when it is checked itself
        entry = registry.header(text, sibling, named=False)
        if entry is None:
            continue
        found.append((_dated(entry, shipped=False), sibling))
    return found


def _with_dates_of_others(result: CheckResult, inputs: Inputs) -> CheckResult:
    """The result, with an error for each day on which the version and another of its family
    would both be in force."""
    from ratingbook.framework.checker.dates import Dated, in_force_twice

    own = inputs.files[0]
    header: ast.FrameworkDecl | None = None

    def declared() -> ast.FrameworkDecl | None:
        nonlocal header
        if header is None:  # the grammar loads only when it is needed
            from ratingbook.dsl.parser import parse_header

            header = parse_header(own.text, own.name.file)
        return header

    fw = result.framework
    if fw is not None:
        me = Dated(
            family=fw.family,
            version=fw.version,
            effective_from=fw.effective_from,
            effective_until=fw.effective_until,
            path=own.name.file,
            draft=fw.draft,
        )
    else:
        decl = declared()
        if decl is None:
            return result
        me = Dated(
            family=decl.family,
            version=decl.version,
            effective_from=decl.effective_from,
            effective_until=decl.effective_until,
            path=own.name.file,
            draft=decl.draft,
        )
    if not me.valid:
        return result

    def where() -> Span | None:
        decl = declared()
        return None if decl is None else decl.effective_span or decl.span

    others = _others(inputs)
    if not in_force_twice(me, [dated for dated, _ in others], where):
        return result
    # Only now is each version of the folder named, as every output names a file.
    named = [
        dated if file is None else replace(dated, path=_display(file)) for dated, file in others
    ]
    clashes = in_force_twice(me, named, where)
    return CheckResult(
        framework=None, diagnostics=[*result.diagnostics, *clashes], sources=result.sources
    )


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


def load_framework(ref: str, start: Path | None = None) -> Framework:
    """Load and check a framework (an id or a path; ``start``: see :func:`resolve`); raise
    with its diagnostics if it has errors."""
    path = resolve(ref, start)
    store = Cache.from_environment()
    inputs = read_inputs(path, store=store)
    # Within one process the code is the same: the inputs' digest alone tells a check apart.
    known_as = (inputs.compiled_key(), tuple((n.file, n.folder) for n in inputs.names))
    known = _loaded.get(known_as)
    if known is not None:  # the check of the same texts, shown by the same names
        result = CheckResult(
            framework=known,
            diagnostics=[],
            sources={k: Source(k, v) for k, v in known.texts.items()},
        )
    else:
        result = _checked(inputs, store)
        if result.framework is not None:
            _loaded[known_as] = result.framework
    # The other versions can change without this one changing: their dates, every time.
    result = _with_dates_of_others(result, inputs)
    if result.framework is None:
        errors = [d for d in result.diagnostics if d.is_error]
        raise DiagnosticsError(
            errors,
            result.sources,
            f"{inputs.files[0].name.file}: the framework has errors; fix them first",
        )
    return result.framework


def load_base(ref: str) -> Framework | None:
    """The version a framework (by id or path) is based on, found as its check finds it (by
    id, through the registry); None for a version based on none."""
    path = resolve(ref)
    inputs = read_inputs(path, store=Cache.from_environment())
    if len(inputs.files) < 2:
        return None
    return load_framework(str(inputs.files[1].path))


def framework_for(inspection: Inspection, override: str | None) -> Framework:
    """The framework to rate an inspection under: the option, the data's own, or the one in force."""
    if override is not None:
        return load_framework(override)
    if inspection.framework:
        ref = inspection.framework
        if (
            ref.endswith(".framework")
            and inspection.path not in ("<stdin>",)
            and not Path(ref).is_absolute()
        ):
            beside = Path(inspection.path).parent / ref
            if os.path.lexists(beside):
                ref = str(beside)  # a path in a data file is relative to that file
        try:
            # A version the data names by id is looked for where the data lies.
            return load_framework(ref, _folder_of(inspection))
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
        entry = registry.in_force(inspection.fieldwork, start=_folder_of(inspection))
        if entry is None:
            raise InputError(
                f"{inspection.path}: no shipped framework was in force on {inspection.fieldwork}; "
                f"name one with --framework ({registry.suggest('', start=_folder_of(inspection))})"
            )
        return load_framework(str(entry.path))
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


def _folder_of(inspection: Inspection) -> Path | None:
    """The folder of the data's file (None for standard input or a text): where a version
    the data names by id is looked for (the framework repository it lies in)."""
    if inspection.path in ("<stdin>", "-") or inspection.path.startswith("<"):
        return None
    return Path(inspection.path.partition("#")[0]).parent
