"""Write ratingbook/compiled/: the shipped versions' headers, facts and checked frameworks.

Run: python tools/compile_shipped.py

Run it after changing the shipped versions, their sources, or code that changes what the
check of a shipped version gives: tests/framework/test_compiled.py fails until the folder
equals a fresh compile. The entries are made with the cache turned off, so nothing is read
back from the folder being written (ratingbook/framework/loading/compiled.py).
"""

from __future__ import annotations

import os

os.environ["RATINGBOOK_NO_CACHE"] = "1"  # before ratingbook reads the environment

from ratingbook.framework.loading import compiled  # noqa: E402


def main() -> None:
    written, removed = compiled.write()
    print(f"ratingbook/compiled: {written} written, {removed} removed")


if __name__ == "__main__":
    main()
