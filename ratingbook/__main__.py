"""``python -m ratingbook``: the command line."""

from ratingbook.framework.cli import main

main()
