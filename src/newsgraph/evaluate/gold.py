"""Gold sets: reading the files, and the fixed tuning/check split of each development set.

The split rule is written here once and never changes: the articles of a gold folder are
sorted by id, and the second of every three (positions 1, 4, 7, … counting from 0) goes to
the **check** part, the rest to the **tuning** part (two thirds). Errors are read on the tuning
part only; the check part says whether a change generalises. The offset was chosen, before any
error was read, so that quote types, events and sources fall into both parts in proportion
(on dev-2016-2018: 123 of 365 quotes, 50 of 168 events and 9 of 40 sources in check).

A folder whose split was fixed another way when it was made (the invented press sets of
`eval/press/`, split odd/even by their authors before any error was read) declares it in a
`PARTS.tsv` file (id, part); that declaration then replaces the rule, so that errors already read
stay on the tuning side.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

from ..errors import InputError

PARTS = ("tuning", "check")
PARTS_FILE = "PARTS.tsv"
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


def split(golds: list[dict[str, Any]], declared: dict[str, str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """The tuning and check parts of a gold set: the folder's declared parts, else the fixed rule."""
    parts: dict[str, list[dict[str, Any]]] = {part: [] for part in PARTS}
    for position, gold in enumerate(sorted(golds, key=lambda g: str(g["id"]))):
        parts[declared[str(gold["id"])] if declared else split_part(position)].append(gold)
    return parts


def declared_parts(directory: str, golds: list[dict[str, Any]]) -> dict[str, str] | None:
    """The parts a folder's PARTS.tsv declares (id -> part), or None when it has none. Every
    article must be declared once, in a known part: a half-declared split would be no split."""
    path = os.path.join(directory, PARTS_FILE)
    if not os.path.isfile(path):
        return None
    declared: dict[str, str] = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 2 or fields[1] not in PARTS:
                raise InputError(f"{path}:{number}", "expected: id<TAB>tuning|check", "E050")
            declared[fields[0]] = fields[1]
    missing = sorted(str(g["id"]) for g in golds if str(g["id"]) not in declared)
    if missing:
        raise InputError(path, f"no part declared for {', '.join(missing[:5])}", "E050")
    return declared


def gold_sets(directory: str, part: str | None = None) -> list[GoldSet]:
    """The sets to score for a gold folder: its tuning and check parts when it declares them or is
    large enough to be split (or the one `part` asked for: "tuning", "check" or "all"), else the
    whole folder."""
    golds = read_gold(directory)
    name = os.path.basename(os.path.normpath(directory))
    if part not in (None, "all", *PARTS):
        raise InputError(directory, f"unknown part {part!r}: use tuning, check or all", "E050")
    declared = None if os.path.isfile(directory) else declared_parts(directory, golds)
    if part == "all" or os.path.isfile(directory) or (
            part is None and declared is None and len(golds) < MIN_SPLIT_ARTICLES):
        return [GoldSet(name, tuple(golds))]
    parts = split(golds, declared)
    wanted = PARTS if part is None else (part,)
    # a declared split may put every article on one side (a set already fixed against in full)
    return [GoldSet(f"{name}/{p}", tuple(parts[p])) for p in wanted if parts[p] or part == p]
