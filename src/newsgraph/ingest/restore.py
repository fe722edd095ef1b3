"""The way back from the mended text (mend.py) to the text as given: every offset of an analysed
record moved through mend's map, so each fact's evidence indexes the article's own text, exactly.
Split from mend.py by job: there, the text mended and its map; here, the map read back.
"""
from __future__ import annotations

import dataclasses
from typing import Any

from ..textfold import INVISIBLE_CHARS as _INVISIBLE
from .mend import MARKUP, MISDECODED


def restore(record: Any, back: list[int], given: str, read: str) -> None:
    """Move every offset of an analysed record (an Article, with its quotes, sources, dates,
    events and actors' mentions) from the mended text `read` back to the text as `given`, in
    place; a record's text that was the mended stretch becomes the stretch as given."""
    _restore(record, back, given, read, set())


def restore_span(back: list[int] | None, start: int, end: int, given: str | None = None,
                 read: str | None = None) -> tuple[int, int]:
    """One span of the mended text as offsets into the text as given (`back` None: unchanged);
    with both texts, a span that ends on a character read for a longer stretch ("&raquo;",
    "Ã©") ends after the whole stretch."""
    if back is None:
        return start, end
    new_start = _start(back, start)
    return new_start, max(_end(back, end, given, read), new_start)


def _start(back: list[int], offset: int) -> int:
    return back[min(max(offset, 0), len(back) - 1)]


def _end(back: list[int], offset: int, given: str | None = None, read: str | None = None) -> int:
    # the end of the span's last character as given, so nothing taken out after it comes back
    # in (a space put in maps where the next character is: it is no character of the span); a
    # character read for a longer stretch ends where the stretch does (its blanks and invisible
    # characters after it left out)
    last = min(offset, len(back) - 1) - 1
    while last > 0 and back[last] == back[last + 1]:
        last -= 1
    if last < 0:
        return 0
    end = back[last] + 1
    if given is not None and read is not None and last < len(read) and end < back[last + 1] \
            and given[back[last]] != read[last] and not read[last].isspace():
        stretch = MARKUP.match(given, back[last]) or MISDECODED.match(given, back[last])
        end = stretch.end() if stretch and stretch.end() <= back[last + 1] else back[last + 1]
        while end > back[last] + 1 and (given[end - 1].isspace() or given[end - 1] in _INVISIBLE):
            end -= 1
    return end


def _restore(value: Any, back: list[int], given: str, read: str, seen: set[int]) -> None:
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, list):
        for item in value:
            _restore(item, back, given, read, seen)
    elif isinstance(value, dict):
        _restore_fields(value, value.get, value.__setitem__, back, given, read)
        for item in value.values():
            if isinstance(item, (list, dict)) or dataclasses.is_dataclass(item):
                _restore(item, back, given, read, seen)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        _restore_fields(value, lambda name: getattr(value, name, None),
                        lambda name, item: setattr(value, name, item), back, given, read)
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            if field.name == "mentions" and isinstance(item, list):
                for pair in item:
                    pair[0], pair[1] = _start(back, pair[0]), _end(back, pair[1], given, read)
            elif field.name != "text" and (isinstance(item, (list, dict)) or dataclasses.is_dataclass(item)):
                _restore(item, back, given, read, seen)


def _restore_fields(value, get, put, back: list[int], given: str, read: str) -> None:
    start, end = get("start"), get("end")
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
        return
    new_start, new_end = restore_span(back, start, end, given, read)
    text = get("text")
    if isinstance(text, str) and text == read[start:end]:
        put("text", given[new_start:new_end])
    put("start", new_start)
    put("end", new_end)
