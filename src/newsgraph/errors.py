"""One exception hierarchy for newsgraph; callers catch NewsgraphError.

Every user-facing error carries a short code (E0xx) so messages are searchable:

    NewsgraphError            E000
    ├── InputError            E010–E019  a bad input record (file, line): skipped, the rest kept
    │                         E031       an id already stored with a different text
    │                         E074       an input larger than the reading limit
    │                         E080       a WARC record that cannot be read (the next one is read)
    │                         E081       a Parquet folder that is not a newsgraph export
    ├── ModelError            E020       the spaCy model cannot be loaded
    ├── StoreError            E030       the DuckDB store cannot be opened, read or written
    ├── UsageError            E040       an option or API argument that cannot be honoured
    │                         E041       a language no pipeline supports
    ├── (E050–E051 evaluation gold and floors files, E060–E061 actor files: InputError)
    ├── PackError             E070       a language pack file is missing or malformed
    └── AnalysisError         E071       the analysis of one article failed (the others go on)
                              E072       the analysis of one article ran over its time budget
                              E073       a text longer than the analysis limit
                              E075       the worker process analysing one article died
"""
from __future__ import annotations


class NewsgraphError(Exception):
    """Base class of every error newsgraph raises on purpose."""

    code = "E000"

    def __str__(self) -> str:  # "E012 file.jsonl:3: line is not valid JSON"
        return f"{self.code} {super().__str__()}"

    def __reduce__(self):
        # errors cross process boundaries (analysis workers): pickle the message and the
        # attributes, whatever the subclass's __init__ takes
        return _rebuild_error, (type(self), self.args, dict(self.__dict__))


def _rebuild_error(cls: type, args: tuple, state: dict) -> NewsgraphError:
    error = Exception.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class InputError(NewsgraphError):
    """A bad input record: unreadable, empty, binary, undecodable, too large or malformed JSON."""

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

    def __init__(self, message: str, code: str | None = None):
        super().__init__(message)
        if code:
            self.code = code


class PackError(NewsgraphError):
    """A language pack file is missing or malformed (file and line in the message)."""

    code = "E070"


class AnalysisError(NewsgraphError):
    """The analysis of one article failed: "E071 batch.jsonl:3 a1b2: reason".

    Raised for one article only; `process()` records it on that article and goes on with the
    others, so one pathological text never takes a batch down.
    """

    code = "E071"

    def __init__(self, origin: str | None, article_id: str | None, reason: str, code: str | None = None):
        where = " ".join(part for part in (origin, article_id) if part) or "<article>"
        super().__init__(f"{where}: {reason}")
        self.origin = origin
        self.article_id = article_id
        self.reason = reason
        if code:
            self.code = code
