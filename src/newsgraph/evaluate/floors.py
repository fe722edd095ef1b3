"""Quality floors: the stored minimum of each metric per gold set, which a CI gate checks.

`eval/floors.json` maps a gold set name ("dev", "dev-2016-2018/check", "dates") to its floors
({"quote_f1_30": 0.9, ...}); keys starting with "_" are comments. A floor is only lowered on
purpose, in a commit that says why.
"""
from __future__ import annotations

import json
import os

from ..errors import InputError

# the floors of a dates table: "dates" for the French table, "dates-<lang>" for another language's
DATES_SET = "dates"


def read_floors(path: str) -> dict[str, dict[str, float]]:
    """The floors file, checked: {set name: {metric: number}}."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, json.JSONDecodeError) as error:
        raise InputError(path, f"unreadable floors file ({error})", "E051") from None
    example = '{"dev": {"quote_f1_30": 0.9}}'
    if not isinstance(data, dict):
        raise InputError(path, f"floors must be a JSON object of gold sets, e.g. {example}", "E051")
    floors: dict[str, dict[str, float]] = {}
    for name, values in data.items():
        if name.startswith("_"):
            continue
        if not isinstance(values, dict) or not all(
                isinstance(v, (int, float)) and not isinstance(v, bool)
                for k, v in values.items() if not k.startswith("_")):
            raise InputError(path, f"floors of {name!r} must be an object of numbers, e.g. {example}", "E051")
        floors[name] = {k: float(v) for k, v in values.items() if not k.startswith("_")}
    return floors


def check_floors(metrics: dict[str, float], floors: dict[str, float]) -> list[str]:
    """Metrics that fell below their stored floor (a missing metric counts as 0)."""
    return [f"{name}: {metrics.get(name, 0.0):.3f} < floor {floor:.3f}"
            for name, floor in floors.items() if metrics.get(name, 0.0) < floor]


def dates_tables_beside(floors: str | None) -> list[str]:
    """The floors file's own dates tables, one per dates set its floors name ("dates" is
    dates_fr.tsv, "dates-en" dates_en.tsv): the README's `newsgraph eval … --floors
    eval/floors.json` then checks every floor the file holds."""
    if not floors:
        return []
    tables = []
    for name in read_floors(floors):
        if name == DATES_SET or name.startswith(DATES_SET + "-"):
            lang = "fr" if name == DATES_SET else name[len(DATES_SET) + 1:]
            beside = os.path.join(os.path.dirname(os.path.abspath(floors)), f"dates_{lang}.tsv")
            tables += [beside] if os.path.isfile(beside) else []
    return tables
