"""One evaluation run over several gold sets, with floors: what `newsgraph eval` and `make eval` show.

Each gold folder large enough to be split is scored as its tuning and check parts, side by side
with the smaller sets; dates tables (one per language) can be scored in the same run. The CLI only
renders this.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from . import evaluate_sets
from .floors import DATES_SET, check_floors, read_floors
from .gold import GoldSet, gold_sets
from .scoring import Report


@dataclass
class EvalRun:
    reports: dict[str, Report]
    metrics: dict[str, dict[str, float]]          # set name -> metric -> value
    floors: dict[str, dict[str, float]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    def rows(self, sets: list[str] | None = None) -> list[str]:
        """Metric names in display order: every metric any of the sets has."""
        names: list[str] = []
        for name in sets or list(self.metrics):
            names += [n for n in self.metrics[name] if n not in names]
        return names

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"sets": {name: {"articles": self.reports[name].articles if name in self.reports else None,
                                               "metrics": values}
                                        for name, values in self.metrics.items()},
                               "failures": self.failures}
        if errors:
            out["errors"] = {name: report.errors for name, report in self.reports.items()}
        return out


def dates_set_name(path: str) -> str:
    """The set name of a dates table: "dates" for the French one (dates_fr.tsv), "dates-<lang>" for another."""
    from .dates import table_language
    lang = table_language(path)
    return DATES_SET if lang == "fr" else f"{DATES_SET}-{lang}"


def run_evaluation(gold_dirs: list[str], *, part: str | None = None, floors_path: str | None = None,
                   dates_table: str | list[str] | None = None, warts: bool = False,
                   wart_kinds: tuple[str, ...] | None = None) -> EvalRun:
    """Score every gold folder (split into its parts unless `part` says otherwise) and the
    optional dates tables, and check the floors of every set the floors file names. With
    `warts`, each set is also scored on its text as a scraper damages it (evaluate/warts.py), with
    the kinds of damage `wart_kinds` names (default: warts.KINDS)."""
    floors = read_floors(floors_path) if floors_path else {}
    sets: list[GoldSet] = []
    for directory in gold_dirs:
        sets += gold_sets(directory, part)
    names = [s.name for s in sets]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:  # two folders with the same base name: qualify by their parent folder
        sets = [GoldSet(os.path.join(os.path.basename(os.path.dirname(os.path.normpath(d))), s.name)
                        if s.name in duplicates else s.name, s.golds)
                for d in gold_dirs for s in gold_sets(d, part)]
    if warts:
        from .warts import KINDS, SUFFIX, damaged
        kinds = tuple(wart_kinds or KINDS)
        sets += [GoldSet(s.name + SUFFIX, tuple(damaged(g, kinds) for g in s.golds)) for s in list(sets)]
    reports = evaluate_sets(sets)
    metrics = {name: report.metrics() for name, report in reports.items()}
    tables = [dates_table] if isinstance(dates_table, str) else list(dates_table or ())
    if tables:
        from .dates import score_date_table
    for table in tables:
        metrics[dates_set_name(table)] = {"date_table_accuracy": round(score_date_table(table)["accuracy"], 4)}
    failures = []
    for name, values in floors.items():
        if name not in metrics:
            continue  # floors of a set this run did not score
        failures += [f"{name} {line}" for line in check_floors(metrics[name], values)]
    return EvalRun(reports, metrics, floors, failures)
