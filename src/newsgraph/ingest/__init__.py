"""Readers that turn files and streams into Article records (ingest stage).

Every reader yields either an `Article` or an `InputError` for a bad record, so the
caller can report the error (file, line, reason), skip the record and keep going.
Inputs are streamed: a JSON Lines file is read line by line, a WARC archive record by record,
any other file up to the reading limit (`limits.MAX_INPUT_BYTES`), so memory never depends on an
input's size.
"""
from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from ..errors import InputError
from ..limits import MAX_INPUT_BYTES
from ..model import Article
from .html import read_html
from .jsonl import read_jsonl, read_jsonl_stream
from .text import decode_bytes, read_text
from .warc import is_warc_name, read_warc

SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl",
            ".ndjson": "jsonl", ".warc": "warc", ".warc.gz": "warc"}
SNIFF_BYTES = 2048

__all__ = ["expand_paths", "read_paths", "read_path", "read_fetched", "read_bytes", "decode_bytes", "SUFFIXES",
           "kind_of_name"]


def kind_of_name(path: str) -> str | None:
    """The reader a file name asks for ("text", "html", "jsonl", "warc"), None for another name."""
    if is_warc_name(path):  # the one double suffix: archive.warc.gz
        return "warc"
    return SUFFIXES.get(os.path.splitext(path)[1].lower())


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Files, folders (recursively, known suffixes only) and globs, in a stable order.

    A path that exists is taken as it is, even with `[`, `*` or `?` in its name. Neither
    folders nor `**` globs follow symbolic links to folders, so a link loop ends. A file
    reached twice (two patterns, a link) is read once.
    """
    seen: set[str] = set()
    for path in paths:
        if path == "-":
            yield path
            continue
        if os.path.isdir(path):
            found = sorted(
                os.path.join(root, name)
                for root, _, names in os.walk(path) for name in names
                if kind_of_name(name)
            )
            if not found:
                yield InputError(path, "folder holds no .txt, .html, .jsonl or .warc(.gz) file", "E011")
        elif os.path.lexists(path) or not _is_pattern(path):
            found = [path]
        else:
            found = _glob(path)
            if not found:
                yield InputError(path, "no file matches this pattern", "E011")
        for name in found:
            key = os.path.realpath(name)
            if key not in seen:
                seen.add(key)
                yield name


def _is_pattern(path: str) -> bool:
    return any(ch in path for ch in "*?[")


def _glob(pattern: str) -> list[str]:
    # wcmatch's globstar does not walk into symbolic links to folders (the standard library's
    # does, and a link to a parent folder then yields the same files forever)
    from wcmatch import glob as wcglob
    return sorted(p for p in wcglob.glob(pattern, flags=wcglob.GLOBSTAR) if not os.path.isdir(p))


def read_bytes(data: bytes, origin: str, kind: str, *, published: str | None = None,
               lang: str | None = None) -> Iterator[Article | InputError]:
    """Parse raw bytes of one input of the given kind ('text', 'html' or 'jsonl')."""
    if kind == "jsonl":
        yield from read_jsonl(data, origin, published=published, lang=lang)
        return
    reader = read_html if kind == "html" else read_text
    try:
        yield reader(data, origin, published=published, lang=lang)
    except InputError as error:
        yield error


def sniff_kind(path: str, data: bytes) -> str:
    """The reader for a path: by suffix, else by content (for stdin and odd names)."""
    kind = kind_of_name(path)
    if kind and kind != "warc":
        return kind
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    return "text"


def read_stream(stream: BinaryIO, origin: str, *, name: str = "", published: str | None = None,
                lang: str | None = None) -> Iterator[Article | InputError]:
    """Every article of one open binary stream (a file or standard input), streamed."""
    head = stream.read(SNIFF_BYTES)
    kind = sniff_kind(name, head)
    if kind == "jsonl":
        yield from read_jsonl_stream(_Rewound(head, stream), origin, published=published, lang=lang)
        return
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        # refused before reading on: `analyze /dev/zero` must end at once
        yield InputError(origin, "binary content (NUL bytes), not text", "E014")
        return
    data = head + stream.read(MAX_INPUT_BYTES + 1 - len(head))
    if len(data) > MAX_INPUT_BYTES:
        yield InputError(origin, f"larger than {MAX_INPUT_BYTES >> 20} MB, the reading limit: "
                                 "split it (a JSON Lines file is read line by line, with no limit)", "E074")
        return
    yield from read_bytes(data, origin, kind, published=published, lang=lang)


def read_path(path: str, *, published: str | None = None, lang: str | None = None,
              stdin=None) -> Iterator[Article | InputError]:
    """Every article of one file ('-' reads standard input, or `stdin` when given)."""
    if path == "-":
        stream = getattr(stdin, "buffer", stdin)
        if stream is None or getattr(stream, "closed", False):
            yield InputError("<stdin>", "standard input is closed: give a file, or pipe text into -", "E012")
            return
        try:
            yield from read_stream(stream, "<stdin>", published=published, lang=lang)
        except (OSError, ValueError) as error:  # a closed or unreadable descriptor
            yield InputError("<stdin>", f"cannot read standard input: {getattr(error, 'strerror', None) or error}",
                             "E012")
        return
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        yield InputError(path, "no such file", "E012")
        return
    except IsADirectoryError:
        yield InputError(path, "is a directory", "E012")
        return
    except OSError as error:
        yield InputError(path, f"cannot read: {error.strerror or error}", "E012")
        return
    with handle:
        try:
            if is_warc_name(path):
                yield from read_warc(handle, path, published=published, lang=lang)
                return
            yield from read_stream(handle, path, name=path, published=published, lang=lang)
        except OSError as error:
            yield InputError(path, f"cannot read: {error.strerror or error}", "E012")


def read_fetched(data: bytes, origin: str, *, published: str | None = None,
                 lang: str | None = None) -> Iterator[Article | InputError]:
    """Every article of a file fetched whole into memory (on Spark, from a Hadoop file system:
    `hdfs://`, `s3a://`), read by the reader its name asks for, as `read_path` reads a file."""
    handle = io.BytesIO(data)
    if is_warc_name(origin):
        yield from read_warc(handle, origin, published=published, lang=lang)
    else:
        yield from read_stream(handle, origin, name=origin, published=published, lang=lang)


def read_paths(paths: Iterable[str], *, published: str | None = None, lang: str | None = None,
               stdin=None) -> Iterator[Article | InputError]:
    """Every article found in the given paths ('-' reads standard input), streamed."""
    for path in expand_paths(paths):
        if isinstance(path, InputError):
            yield path
        else:
            yield from read_path(path, published=published, lang=lang, stdin=stdin)


class _Rewound:
    """A binary stream whose first bytes were already read (to sniff its kind), served first."""

    def __init__(self, head: bytes, stream: BinaryIO):
        self.head, self.stream = head, stream

    def readline(self, limit: int = -1) -> bytes:
        if self.head:
            cut = self.head.find(b"\n") + 1 or len(self.head)
            if 0 <= limit < cut:
                cut = limit
            line, self.head = self.head[:cut], self.head[cut:]
            if line.endswith(b"\n") or (0 <= limit <= len(line)):
                return line
            return line + self.stream.readline(-1 if limit < 0 else limit - len(line))
        return self.stream.readline(limit)

    def read(self, size: int = -1) -> bytes:
        if size < 0:
            head, self.head = self.head, b""
            return head + self.stream.read()
        part, self.head = self.head[:size], self.head[size:]
        if len(part) < size:
            part += self.stream.read(size - len(part))
        return part
