"""Long texts analysed window by window, with offsets that stay exact in the whole text.

A text longer than the window size is cut between paragraphs (a paragraph longer than a
window is cut after a sentence, else at a space), each window is analysed as its own text,
and the records of every window are shifted by the window's start and merged into one
article record. Facts that would link two windows (a pronoun whose antecedent is in the
previous window) are lost; no news article is long enough for this to matter, but a
pathological page can no longer exhaust a worker.
"""
from __future__ import annotations

import copy
import dataclasses
import re
from typing import Any

from .model import Article

_SENTENCE_END = re.compile(r"[.!?…»\"”]\s")


def split_windows(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) of the windows covering `text`, each at most `size` characters.

    Windows start and end on non-blank characters; the blank runs between them are analysed
    by no window (they hold nothing to extract).
    """
    windows, start, n = [], 0, len(text)
    while start < n:
        while start < n and text[start].isspace():
            start += 1
        if start >= n:
            break
        if n - start <= size:
            end = n
        else:
            limit = start + size
            end = text.rfind("\n\n", start + 1, limit)
            if end <= start:
                end = max((m.end() - 1 for m in _SENTENCE_END.finditer(text, start + size // 2, limit)),
                          default=-1)
            if end <= start:
                end = text.rfind(" ", start + 1, limit)
            if end <= start:
                end = limit  # one unbroken run of characters: cut it where the window ends
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        windows.append((start, stop))
        start = end
    return windows


def shift_offsets(record: Any, delta: int) -> Any:
    """A copy of a record (or list of records) whose character offsets are moved by `delta`.

    Every offset field is found by name, whatever record holds it: `start`/`end` on records
    and on dicts (Event.where/when), and an actor's `mentions` [[start, end], ...].
    """
    record = copy.deepcopy(record)
    _shift(record, delta)
    return record


def _shift(value: Any, delta: int) -> None:
    if isinstance(value, list):
        for item in value:
            _shift(item, delta)
    elif isinstance(value, dict):
        for key in ("start", "end"):
            if isinstance(value.get(key), int):
                value[key] += delta
        for item in value.values():
            if isinstance(item, (list, dict)) or dataclasses.is_dataclass(item):
                _shift(item, delta)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            if field.name in ("start", "end") and isinstance(item, int) and not isinstance(item, bool):
                setattr(value, field.name, item + delta)
            elif field.name == "mentions" and isinstance(item, list):
                for pair in item:
                    pair[0] += delta
                    pair[1] += delta
            elif isinstance(item, (list, dict)) or dataclasses.is_dataclass(item):
                _shift(item, delta)


def merge_window(article: Article, part: Article, offset: int) -> None:
    """Add the records of one window (analysed as `part`, starting at `offset`) to `article`."""
    part = shift_offsets(part, offset)
    by_id = {actor.id: actor for actor in article.actors}
    for actor in part.actors:
        known = by_id.get(actor.id)
        if known is None:
            article.actors.append(actor)
            by_id[actor.id] = actor
            continue
        known.mentions.extend(actor.mentions)
        for name in ("country", "role", "affiliation"):
            if getattr(known, name) is None:
                setattr(known, name, getattr(actor, name))
    article.quotes.extend(part.quotes)
    article.sources.extend(part.sources)
    article.dates.extend(part.dates)
    article.events.extend(part.events)
