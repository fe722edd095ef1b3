"""One exception hierarchy for newsgraph; callers catch NewsgraphError.

Every user-facing error carries a short code (E0xx) so messages are searchable.
"""
from __future__ import annotations


class NewsgraphError(Exception):
    """Base class of every error newsgraph raises on purpose."""

    code = "E000"

    def __str__(self) -> str:  # "E012 file.jsonl:3: line is not valid JSON"
        return f"{self.code} {super().__str__()}"


class InputError(NewsgraphError):
    """A bad input record: unreadable, empty, binary, invalid UTF-8 or malformed JSON."""

    code = "E010"

    def __init__(self, origin: str, reason: str, code: str | None = None):
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason
        if code:
            self.code = code


class ModelError(NewsgraphError):
    """The spaCy model cannot be loaded."""

    code = "E020"


class StoreError(NewsgraphError):
    """The DuckDB store cannot be opened or written."""

    code = "E030"


class UsageError(NewsgraphError):
    """A command-line option or API argument that cannot be honoured."""

    code = "E040"


class PackError(NewsgraphError):
    """A language pack file is missing or malformed (file and line in the message)."""

    code = "E070"
