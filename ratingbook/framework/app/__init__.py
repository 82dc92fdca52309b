"""The application layer: running a task over files, above both the analyses and loading.

An analysis is a function of loaded data (:mod:`..compare`, :mod:`..expectations`,
:mod:`..coverage`); loading finds and reads files (:mod:`..loading`). What needs both, finding
the files of a corpus, reading each and handing it to an analysis, lives here:

- :mod:`.corpus`: a corpus of inspections compared under two versions, on every core;
- :mod:`.expectations`: expectation files found, read and run (``ratingbook test``).
"""
