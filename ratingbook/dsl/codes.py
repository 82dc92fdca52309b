"""Diagnostic codes. Every diagnostic names one; each layer declares its own as constants.

A code is a string (it is printed and written to JSON as its name) that also carries the
one-line description listed in ``docs/diagnostics.md``. Code constants are typed, so a
misspelt code is a name error, not a silent new code.
"""

from __future__ import annotations


class Code(str):
    """A diagnostic code: its name (the string itself) and what it means."""

    description: str

    def __new__(cls, name: str, description: str) -> Code:
        self = super().__new__(cls, name)
        self.description = description
        return self

    def __reduce__(self) -> tuple[type[Code], tuple[str, str]]:
        # A str subclass pickles as its string alone; the description must travel too (the
        # language server's checks run in a process of their own and send diagnostics back).
        return (Code, (str(self), self.description))


# The text layer's codes: the checker's and the data loader's live in ratingbook.framework.codes.
SYNTAX = Code("syntax", "the text does not follow the framework language")
UNKNOWN_STATEMENT = Code(
    "unknown-statement", "a line starts with a word that is not a statement keyword"
)

TEXT_CODES: tuple[Code, ...] = (SYNTAX, UNKNOWN_STATEMENT)
