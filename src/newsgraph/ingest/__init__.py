"""Readers that turn files and streams into Article records (ingest stage).

Every reader yields either an `Article` or an `InputError` for a bad record, so the
caller can report the error (file, line, reason), skip the record and keep going.
"""
from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator

from ..errors import InputError
from ..model import Article
from .html import read_html
from .jsonl import read_jsonl
from .text import decode_bytes, read_text

SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl",
            ".ndjson": "jsonl"}

__all__ = ["expand_paths", "read_paths", "read_bytes", "decode_bytes", "SUFFIXES"]


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Files, folders (recursively, known suffixes only) and globs, in a stable order."""
    for path in paths:
        if path == "-":
            yield path
        elif os.path.isdir(path):
            found = sorted(
                os.path.join(root, name)
                for root, _, names in os.walk(path) for name in names
                if os.path.splitext(name)[1].lower() in SUFFIXES
            )
            if not found:
                yield InputError(path, "folder holds no .txt, .html or .jsonl file", "E011")
            yield from found
        elif any(ch in path for ch in "*?["):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield InputError(path, "no file matches this pattern", "E011")
            yield from matches
        else:
            yield path


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
    kind = SUFFIXES.get(os.path.splitext(path)[1].lower())
    if kind:
        return kind
    head = data[:2048].lstrip().lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    return "text"


def read_paths(paths: Iterable[str], *, published: str | None = None, lang: str | None = None,
               stdin=None) -> Iterator[Article | InputError]:
    """Every article found in the given paths ('-' reads standard input)."""
    for path in expand_paths(paths):
        if isinstance(path, InputError):
            yield path
            continue
        try:
            if path == "-":
                data = (stdin.buffer if hasattr(stdin, "buffer") else stdin).read()
                origin = "<stdin>"
            else:
                with open(path, "rb") as handle:
                    data = handle.read()
                origin = path
        except FileNotFoundError:
            yield InputError(path, "no such file", "E012")
            continue
        except IsADirectoryError:
            yield InputError(path, "is a directory", "E012")
            continue
        except OSError as error:
            yield InputError(path, f"cannot read: {error.strerror or error}", "E012")
            continue
        yield from read_bytes(data, origin, sniff_kind(path, data), published=published, lang=lang)
