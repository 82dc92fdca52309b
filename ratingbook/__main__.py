"""``python -m ratingbook`` and the ``ratingbook`` command: the command line.

This module imports nothing of ratingbook's own before it is ready for Ctrl-C, so an
interrupt while the command is still starting ends it with status 130 and one line, not a
traceback (:func:`ratingbook.framework.commandline.main` handles everything after start-up:
``rate`` without click when its arguments allow, every other command through click).

It also decides when the cycle collector runs, for the command's process only (a program
that imports ratingbook keeps its own collector as it set it):

- Off while the command starts. Starting makes a few hundred thousand objects that live as
  long as the process (modules, classes, functions, the command line's options), and the
  collector, left on, would walk them again and again: about a tenth of a short command's
  CPU time.
- Those objects are then frozen (``gc.freeze``: never walked again) and the collector is
  turned back on, once the command line has chosen how to read the arguments (and, for
  click, imported it and its commands), so the command's own work is collected as usual,
  however large it grows. Worker processes forked after this share the frozen objects' memory pages too, since a
  collection no longer writes to them.
- Frozen again as the command ends: the collection Python makes at exit would walk every
  object once more, to free memory the operating system is about to take back. Everything
  the command writes is flushed and closed before this (``commandline.running.run``).
"""

from __future__ import annotations

import gc
import sys
from typing import NoReturn

INTERRUPTED = 130


def main() -> NoReturn:
    gc.disable()
    try:
        from ratingbook.framework.commandline import main as run
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(INTERRUPTED)
    try:
        run(started=_started)
    finally:
        gc.freeze()


def _started() -> None:
    """What starting made is frozen and the collector turned back on, for the work."""
    gc.freeze()
    gc.enable()


if __name__ == "__main__":
    main()
