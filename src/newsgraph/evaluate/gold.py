"""Gold sets: reading the files, and the fixed tuning/check split of each development set.

The split rule is written here once and never changes: the articles of a gold folder are
sorted by id, and the second of every three (positions 1, 4, 7, … counting from 0) goes to
the **check** part, the rest to the **tuning** part (two thirds). Errors are read on the tuning
part only; the check part says whether a change generalises. The offset was chosen, before any
error was read, so that quote types, events and sources fall into both parts in proportion
(on dev-2016-2018: 123 of 365 quotes, 50 of 168 events and 9 of 40 sources in check).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

from ..errors import InputError

PARTS = ("tuning", "check")
# Gold folders smaller than this are scored whole: a third of 15 articles says nothing.
MIN_SPLIT_ARTICLES = 30


@dataclass(frozen=True)
class GoldSet:
    """A named list of gold articles: a folder, or one part of it ("dev-2016-2018/check")."""

    name: str
    golds: tuple[dict[str, Any], ...]


def read_gold(directory: str) -> list[dict[str, Any]]:
    """Gold files of a folder (or one file), checked for the fields scoring needs."""
    if not os.path.exists(directory):
        raise InputError(directory, "no such gold file or folder", "E050")
    paths = [directory] if os.path.isfile(directory) else sorted(
        os.path.join(directory, n) for n in os.listdir(directory) if n.endswith(".json"))
    if not paths:
        raise InputError(directory, "no .json gold file here", "E050")
    golds = []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as handle:
                gold = json.load(handle)
        except (OSError, json.JSONDecodeError) as error:
            raise InputError(path, f"unreadable gold file ({error})", "E050") from None
        if not isinstance(gold, dict) or "text" not in gold or "quotes" not in gold:
            raise InputError(path, 'gold file lacks "text" or "quotes"', "E050")
        gold.setdefault("id", os.path.splitext(os.path.basename(path))[0])
        golds.append(gold)
    return golds


def is_check(name: str) -> bool:
    """Is a set name a check part ("dev-2016-2018/check", or its damaged copy "…/check+warts")?
    Its errors are never shown."""
    return "/check" in name


def split_part(position: int) -> str:
    """The part of the article at this position in id order (the fixed rule)."""
    return "check" if position % 3 == 1 else "tuning"


def split(golds: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The tuning and check parts of a gold set, by the fixed rule."""
    parts: dict[str, list[dict[str, Any]]] = {part: [] for part in PARTS}
    for position, gold in enumerate(sorted(golds, key=lambda g: str(g["id"]))):
        parts[split_part(position)].append(gold)
    return parts


def gold_sets(directory: str, part: str | None = None) -> list[GoldSet]:
    """The sets to score for a gold folder: its tuning and check parts when it is large enough
    to be split (or the one `part` asked for: "tuning", "check" or "all"), else the whole folder."""
    golds = read_gold(directory)
    name = os.path.basename(os.path.normpath(directory))
    if part not in (None, "all", *PARTS):
        raise InputError(directory, f"unknown part {part!r}: use tuning, check or all", "E050")
    if part == "all" or (part is None and len(golds) < MIN_SPLIT_ARTICLES) or os.path.isfile(directory):
        return [GoldSet(name, tuple(golds))]
    parts = split(golds)
    wanted = PARTS if part is None else (part,)
    return [GoldSet(f"{name}/{p}", tuple(parts[p])) for p in wanted]
