"""The options ``rate`` and the global options take, declared once, as data.

The click command line (``cli.py``) builds its options from these records, and the fast
parser (:mod:`ratingbook.framework.commandline.fast`) reads the same records, so the two
cannot disagree about a name, a short form, a range or the formats a command offers. Only
what both need is here; click's extras (shell completion, callbacks) are added in ``cli.py``.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

# --width outside this range is refused; a COLUMNS outside it is ignored (render/theme.py).
MIN_WIDTH = 20
MAX_WIDTH = 10_000


class Option(NamedTuple):
    """One option: its parameter name, its names on the command line and its value. (A
    named tuple, not a record: making one loads no compiled record code, which a command
    other than ``rate`` would not use.)"""

    dest: str  # the parameter's name (the keyword the command's function takes)
    names: tuple[str, ...]  # "--jobs", "-j"
    kind: Literal["flag", "text", "int", "format"]  # a format: one the command can emit
    minimum: int | None = None  # an int's range, both ends included
    maximum: int | None = None
    default: str | None = None
    metavar: str | None = None
    help: str | None = None
    after_command: bool = False  # a global option also accepted after the command's name
    command: str = ""  # a format's command, whose formats the format registry lists


WIDTH = Option(
    dest="width",
    names=("--width",),
    kind="int",
    minimum=MIN_WIDTH,
    maximum=MAX_WIDTH,
    help=f"Terminal width for text output ({MIN_WIDTH} to {MAX_WIDTH} columns).",
    after_command=True,
)
NO_COLOR = Option(
    dest="no_color",
    names=("--no-color",),
    kind="flag",
    help="Plain text without colours (as NO_COLOR=1 does).",
    after_command=True,
)
NO_PAGER = Option(
    dest="no_pager",
    names=("--no-pager",),
    kind="flag",
    help="Never send the output through a pager (PAGER), even to a terminal.",
    after_command=True,
)
MAX_BYTES = Option(
    dest="max_bytes",
    names=("--max-bytes",),
    kind="int",
    minimum=1,
    metavar="N",
    help="Read files of up to N bytes (default 268435456; also RATINGBOOK_MAX_BYTES).",
)

# The group's own options, in the order its --help lists them (--version and --help apart).
GLOBAL_OPTIONS = (WIDTH, NO_COLOR, NO_PAGER, MAX_BYTES)

JOBS = Option(
    dest="jobs",
    names=("--jobs", "-j"),
    kind="int",
    minimum=1,
    help="Processes to share the work (default: one per core).",
)

# rate's own options (its --format offers what the format registry emits for "rate").
RATE_FRAMEWORK = Option(
    dest="framework",
    names=("--framework", "-f"),
    kind="text",
    metavar="ID|PATH",
    help="Rate under this version instead of the data's own.",
)
RATE_FORMAT = Option(dest="fmt", names=("--format",), kind="format", default="text", command="rate")
RATE_OPTIONS = (RATE_FRAMEWORK, RATE_FORMAT, JOBS)

# rate's one argument: the inspections, one or more ('-' is standard input).
RATE_ARGUMENT = "inspections"
RATE_METAVAR = "INSPECTION..."
