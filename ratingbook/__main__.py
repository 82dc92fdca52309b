"""``python -m ratingbook`` and the ``ratingbook`` command: the command line.

This module imports nothing of ratingbook's own before it is ready for Ctrl-C, so an
interrupt while the command is still starting ends it with status 130 and one line, not a
traceback (:func:`ratingbook.framework.cli.main` handles everything after start-up).
"""

from __future__ import annotations

import sys
from typing import NoReturn

INTERRUPTED = 130


def main() -> NoReturn:
    try:
        from ratingbook.framework.cli import main as run
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(INTERRUPTED)
    run()


if __name__ == "__main__":
    main()
