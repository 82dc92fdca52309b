"""``ratingbook init DIR``: a methodology team's framework repository, ready to work in.

What it writes ([workspace.md](../../docs/workspace.md)):

- ``ratingbook.toml``: this folder is a framework repository; where its parts live;
- ``versions/VERSION.framework``: a first draft based on a shipped version (as ``new`` writes
  drafts);
- ``inspections/``: the shipped made-up example inspection and the shipped published
  inspections of the base's family, to rate and compare the draft on;
- ``expectations/draft.yaml``: the example's ratings under the draft as written, so that
  ``ratingbook test`` says when a change moves one;
- ``sources/``: where the documents the versions cite are kept, with the published reports
  the shipped inspections were transcribed from and their licence notice (the inspections
  name their report as ``../sources/FILE``);
- ``.github/workflows/ratingbook.yml``: CI running check, fmt --diff and test, and posting
  ``compare --format markdown`` on a pull request;
- ``.pre-commit-config.yaml``: the hooks of ratingbook's ``.pre-commit-hooks.yaml``;
- ``README.md``, in the team's words, and ``.gitignore``.

Every file is checked as ``ratingbook`` will read it before ``init`` says it is done, and an
existing folder with anything in it is never written into.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from ratingbook._record import record
from ratingbook.framework import registry
from ratingbook.framework.errors import DiagnosticsError, InputError
from ratingbook.framework.loading.drafts import draft_text
from ratingbook.framework.loading.frameworks import check_path, load_framework
from ratingbook.framework.loading.project import PROJECT_FILE


@record
class Hook:
    """A pre-commit hook ratingbook publishes (``.pre-commit-hooks.yaml``)."""

    id: str
    name: str
    entry: str
    files: str
    pass_filenames: bool
    description: str


HOOKS: Final = (
    Hook(
        id="ratingbook-check",
        name="ratingbook check",
        entry="ratingbook check",
        # A change to a base, a cited document or the project file can break any version.
        files=r"(\.framework|\.txt|ratingbook\.toml|pyproject\.toml)$",
        pass_filenames=False,
        description="Check every version of the framework repository.",
    ),
    Hook(
        id="ratingbook-fmt",
        name="ratingbook fmt --diff",
        entry="ratingbook fmt --diff",
        files=r"\.framework$",
        pass_filenames=True,
        description="Refuse a framework file that is not laid out as ratingbook fmt lays it out, "
        "showing the change to make.",
    ),
    Hook(
        id="ratingbook-test",
        name="ratingbook test",
        entry="ratingbook test",
        files=r"(\.framework|\.ya?ml|\.json|\.csv|\.parquet|\.txt|\.toml)$",
        pass_filenames=False,
        description="Run every expectation file of the framework repository.",
    ),
)

_ID: Final = re.compile(r"([a-z][a-z0-9_]*)-([A-Za-z0-9][A-Za-z0-9_.-]*)")
EXAMPLE: Final = "yot/examples/example-2020.yaml"


@record
class Made:
    """A framework repository written: where, its draft and the draft's base."""

    root: Path
    draft: Path
    draft_id: str
    based_on: str
    files: tuple[Path, ...]


def default_base() -> registry.Entry:
    """The shipped version a new repository's draft starts from: the latest in force."""
    dated = [e for e in registry.shipped() if e.effective_from]
    return max(dated, key=lambda e: e.effective_from or "")


def next_id(base: registry.Entry) -> str:
    """The id of a draft after ``base``: the next year for a year (yot-2020: yot-2021)."""
    if base.version.isdigit():
        return f"{base.family}-{int(base.version) + 1}"
    return f"{base.family}-{base.version}-draft"


# The copied example's first lines: the shipped file's header names the generator that made
# it, which a team's repository does not have.
_EXAMPLE_HEADER: Final = """\
# MADE-UP EXAMPLE DATA. This is not a real inspection and describes no real service: every
# case, attribute, answer and rating below was invented to show the case-level inspection
# format. `ratingbook init` copied it from the example ratingbook ships; rate it, edit it, or
# replace it with your own inspections."""


def repository_example(text: str) -> str:
    """The shipped example as a new repository's copy: the same data, its header saying where
    it came from instead of how to generate it again."""
    head, gap, rest = text.partition("\n#\n")
    if not gap or not head.startswith("# MADE-UP EXAMPLE DATA"):
        return text
    return _EXAMPLE_HEADER + gap + rest


def init_repository(root: Path, based_on: str | None = None, draft_id: str | None = None) -> Made:
    """Write a framework repository into ``root`` (absent, or an empty folder).

    Raises:
        InputError: ``root`` has something in it, the base is not a shipped version, or the
            draft id is not a version id or is a shipped version's.
    """
    base = registry.find(based_on) if based_on else default_base()
    shipped_ids = [e.id for e in registry.shipped()]
    if base is None or base.local:
        raise InputError(
            f"{based_on}: a new repository's first draft starts from a shipped version "
            f"(shipped: {', '.join(shipped_ids)}); name one with --based-on"
        )
    new_id = draft_id or next_id(base)
    m = _ID.fullmatch(new_id)
    if m is None:
        raise InputError(f"'{new_id}' is not a version id: write FAMILY-VERSION, e.g. yot-2021")
    if new_id in shipped_ids:
        raise InputError(
            f"{new_id} is a shipped version's id: give the draft a new version (--draft)"
        )
    family, version = m.group(1), m.group(2)
    if root.exists() and not root.is_dir():
        raise InputError(f"{root}: is a file; name a new folder for the repository")
    try:
        if root.is_dir() and any(root.iterdir()):
            raise InputError(
                f"{root}: already has files in it; nothing was written (name a new or empty "
                "folder; to make an existing folder a framework repository, add a "
                "ratingbook.toml as docs/workspace.md shows)"
            )
    except OSError as err:
        raise InputError(f"{root}: cannot be read ({err.strerror})") from err
    framework = load_framework(base.id)
    example = repository_example((registry.standards_root() / EXAMPLE).read_text(encoding="utf-8"))
    files = {
        PROJECT_FILE: project_text(),
        f"versions/{version}.framework": draft_text(
            family, version, base.family, base.version, framework.title
        ).replace("(started with `ratingbook new`)", "(started with `ratingbook init`)"),
        "inspections/example-2020.yaml": example,
        **published(base.family, "inspections", "*.yaml"),
        "sources/README.md": SOURCES_README,
        **published(base.family, "sources", "*"),
        "expectations/draft.yaml": expectations_text(new_id, base.id),
        ".github/workflows/ratingbook.yml": WORKFLOW,
        ".pre-commit-config.yaml": pre_commit_config(),
        "README.md": readme_text(root.name, new_id, base.id, f"versions/{version}.framework"),
        ".gitignore": ".venv/\n__pycache__/\n",
    }
    written: list[Path] = []
    try:
        for name, text in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "x", encoding="utf-8", newline="\n") as f:
                f.write(text)
            written.append(path)
    except OSError as err:
        raise InputError(f"{root}: cannot be written ({err.strerror})") from err
    draft = root / "versions" / f"{version}.framework"
    _check_made(root, draft)
    return Made(
        root=root,
        draft=draft,
        draft_id=new_id,
        based_on=base.id,
        files=tuple(written),
    )


def published(family: str, folder: str, pattern: str) -> dict[str, str]:
    """The shipped files of ``family``'s ``folder`` (its published inspections, or the
    reports they were transcribed from and their licence notice), by the name each has in a
    new repository: copied as they are, so that an inspection's ``../sources/FILE`` names its
    report there too, and its digest is the shipped one's."""
    shipped = registry.standards_root() / family / folder
    if not shipped.is_dir():
        return {}
    return {
        f"{folder}/{p.name}": p.read_text(encoding="utf-8")
        for p in sorted(shipped.glob(pattern))
        if p.is_file()
    }


def _check_made(root: Path, draft: Path) -> None:
    """What was written reads back as a repository whose draft checks (else: a bug)."""
    known = registry.known(start=root)
    assert known.project is not None, "the repository just written has a project file"
    result = check_path(draft)  # its base is found from its folder, as in the repository
    if not result.ok:
        raise DiagnosticsError(
            [d for d in result.diagnostics if d.is_error],
            result.sources,
            f"{draft}: the new draft does not check; please report this",
        )


def project_text() -> str:
    """The project file of a new repository: every setting, with what it is for."""
    return """\
# This folder is a framework repository: ratingbook, run anywhere inside it, finds the
# versions kept here by their ids beside the shipped ones (docs/workspace.md).
#
# Where each part lives, relative to this file:
versions = ["versions"]          # the team's framework versions (.framework files)
sources = "sources"              # the published documents the versions cite
inspections = ["inspections"]    # inspection data to rate and compare versions on
expectations = ["expectations"]  # expectation files: what `ratingbook test` runs
# Shipped versions that a version kept here stands in for (its id is the shipped one's):
replaces = []
"""


def expectations_text(draft_id: str, base_id: str) -> str:
    """An expectation file pinning the example inspection's ratings under the draft, as the
    draft is written (its base in full): a change that moves a rating then fails the test."""
    from ratingbook.framework.evaluate import evaluate
    from ratingbook.framework.loading.inspections import load_inspection_text

    path = registry.standards_root() / EXAMPLE
    inspection = load_inspection_text(path.read_text(encoding="utf-8"), str(path))
    result = evaluate(load_framework(base_id), inspection)
    lines = [
        f"# What {draft_id} must give the made-up example inspection. As started, the draft is",
        f"# {base_id} in full, so these are {base_id}'s ratings. When a change to the draft",
        "# moves one, `ratingbook test` fails and names it: if the move is intended, write the",
        "# new rating here (that is the record of what the change does); if not, fix the draft.",
        "format: ratingbook/expectations-v1",
        "tests:",
        f'  - name: "The example inspection under {draft_id}"',
        f"    framework: {draft_id}",
        "    inspection: ../inspections/example-2020.yaml",
        "    expect:",
        f"      overall: {{rating: {_yaml(result.overall.rating)}, score: {result.overall.score}}}",
        "      standards:",
    ]
    for s in result.standards:
        if s.rating is not None:
            lines.append(f'        "{s.id}": {{rating: {_yaml(s.rating)}}}')
    return "\n".join(lines) + "\n"


def _yaml(value: str | None) -> str:
    return "null" if value is None else value if value.replace(" ", "").isalpha() else f'"{value}"'


def pre_commit_config() -> str:
    """The repository's pre-commit configuration: ratingbook's published hooks."""
    lines = [
        "# pre-commit runs ratingbook's checks before each commit (docs/workspace.md):",
        "#   .venv/bin/pip install pre-commit && .venv/bin/pre-commit install",
        "# These are the hooks ratingbook publishes (its .pre-commit-hooks.yaml), run with the",
        "# ratingbook installed where you work (language: system), so they need no network.",
        "repos:",
        "  - repo: local",
        "    hooks:",
    ]
    for hook in HOOKS:
        lines += [
            f"      - id: {hook.id}",
            f"        name: {hook.name}",
            f"        entry: {hook.entry}",
            "        language: system",
            f"        files: '{hook.files}'",
            f"        pass_filenames: {'true' if hook.pass_filenames else 'false'}",
        ]
    return "\n".join(lines) + "\n"


def hooks_yaml() -> str:
    """``.pre-commit-hooks.yaml`` as ratingbook's repository publishes it."""
    lines = [
        "# ratingbook's hooks for pre-commit (https://pre-commit.com): check, fmt --diff and",
        "# test, for a framework repository (docs/workspace.md). Written from",
        "# framework/loading/scaffold.py (HOOKS); tests/test_workspace.py keeps them the same.",
    ]
    for hook in HOOKS:
        lines += [
            f"- id: {hook.id}",
            f"  name: {hook.name}",
            f"  description: {hook.description}",
            f"  entry: {hook.entry}",
            "  language: python",
            f"  files: '{hook.files}'",
            f"  pass_filenames: {'true' if hook.pass_filenames else 'false'}",
        ]
    return "\n".join(lines) + "\n"


SOURCES_README: Final = """\
# Sources

The published documents your versions quote, as plain UTF-8 text, one file each (for example
the inspection reports and guidance the wording comes from). To start with, this folder holds
the published reports that the inspections in `inspections/` were transcribed from (each
inspection names its report as `../sources/FILE`); `NOTICE.md` gives their licence. A version
names a document in a `source` line, by its path from the version's file:

    source wm_2020 "Windsor and Maidenhead inspection report, 2020" file "../sources/wm-2020.txt"

and each item then cites the line it was published at (`from wm_2020 line 504`);
`ratingbook check` makes sure the quoted wording is there.
"""

WORKFLOW: Final = """\
# ratingbook's checks on every push and pull request (docs/workspace.md, "CI").
# On a pull request it also posts, as a comment, what each changed version does to the
# ratings of the inspections under inspections/ (ratingbook compare --format markdown).
name: ratingbook
on:
  push:
  pull_request:
permissions:
  contents: read
  pull-requests: write
env:
  # Where ratingbook is installed from: a release, or your organisation's copy
  # (e.g. "ratingbook @ git+https://github.com/ORGANISATION/ratingbook@v0.1.0").
  RATINGBOOK: ratingbook
jobs:
  ratingbook:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Install ratingbook
        run: python -m pip install "$RATINGBOOK"
      - name: Check every version
        # Each finding shown on its line of the pull request's files (and in the run's log).
        run: ratingbook check --format github
      - name: Check the layout of every version
        # What to change, as a diff, where a version is not laid out as fmt lays it out.
        run: ratingbook fmt --diff
      - name: Run the expectations
        run: ratingbook test
      - name: Post what the changed versions do to ratings
        if: github.event_name == 'pull_request'
        env:
          GH_TOKEN: ${{ github.token }}
          BASE_REF: ${{ github.base_ref }}
          PR: ${{ github.event.pull_request.number }}
        run: |
          git fetch --no-tags origin "$BASE_REF"
          : > comparison.md
          for f in $(git diff --name-only "origin/$BASE_REF...HEAD" -- '*.framework'); do
            [ -f "$f" ] || continue
            base=$(sed -n 's/^ *based on \\([^ ]*\\) \\([^ ]*\\) *$/\\1-\\2/p' "$f" | head -n 1)
            [ -n "$base" ] || continue
            status=0
            ratingbook compare --base "$base" --candidate "$f" inspections/ --format markdown \\
              >> comparison.md || status=$?
            # 1: ratings move (what the comment is for); 3: some the data cannot decide
            [ "$status" = 0 ] || [ "$status" = 1 ] || [ "$status" = 3 ] || exit "$status"
          done
          [ -s comparison.md ] || echo "No version changed, so no rating moves." > comparison.md
          gh pr comment "$PR" --body-file comparison.md
"""


def readme_text(name: str, draft_id: str, base_id: str, draft: str) -> str:
    """The repository's README, in a methodologist's words."""
    return f"""\
# {name}

Our inspection framework, written as ratingbook versions: the wording, which cases each key
question applies to, and the rules that turn case judgements into ratings. ratingbook checks
what we write, shows what a change does to every rating, and keeps the ratings we expect
from changing by accident.

## What is where

- `versions/`: our versions. `{draft}` is our first draft, {draft_id}. It starts as
  {base_id} (shipped with ratingbook) in full; we write only what changes.
- `sources/`: the published documents our wording quotes, one text file each.
- `inspections/`: inspection data to try our versions on (to start with, the published
  inspections and the made-up example shipped with ratingbook).
- `expectations/`: the ratings we expect. `ratingbook test` fails if a change moves one.
- `ratingbook.toml`: tells ratingbook that this folder is a framework repository.

Inside this folder ratingbook knows our versions by their ids, as it knows the shipped ones:
`ratingbook show {draft_id}`, `ratingbook rate inspections/example-2020.yaml --framework
{draft_id}`.

## Setting up (once)

With Python 3.11 or later:

```sh
python3 -m venv .venv && .venv/bin/pip install ratingbook
```

Then start each session with `. .venv/bin/activate` (or write `.venv/bin/ratingbook`).

## The working cycle

1. Write the change in `{draft}` (the comments at its top show how).
2. `ratingbook check`: every version, with each problem's place and how to fix it.
3. `ratingbook fmt`: lays the files out the standard way.
4. `ratingbook diff {base_id} {draft_id}`: what the draft changes, item by item.
5. `ratingbook compare --base {base_id} --candidate {draft_id} inspections/`: which ratings
   move, and why.
6. `ratingbook test`: the expected ratings still hold. When a move is intended, write the
   new rating in `expectations/draft.yaml`: that is our record of what the change does.

When we propose a change (a pull request), CI runs steps 2, 3 and 6 and posts what step 5
shows as a comment. `pre-commit install` (after `.venv/bin/pip install pre-commit`) runs
steps 2, 3 and 6 before each commit.
"""
