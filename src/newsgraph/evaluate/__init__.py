"""Score the pipeline against gold files (`eval/gold/*/`, the format of shared/gold).

One scoring function per layer (`scoring.py`), one matching rule per kind of thing
(`matching.py`), gold sets split once into a tuning and a check part (`gold.py`), and stored
floors that a CI gate checks (`floors.py`).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..model import Article
from .floors import check_floors, read_floors
from .gold import PARTS, GoldSet, gold_sets, read_gold, split, split_part
from .matching import match_spans, same_name, speaker_matches
from .scoring import Report, score_article, speaker_error

__all__ = ["GoldSet", "PARTS", "Report", "check_floors", "evaluate", "evaluate_sets", "gold_sets",
           "match_spans", "read_floors", "read_gold", "same_name", "score_article", "speaker_error",
           "speaker_matches", "split", "split_part"]


def _address(gold: dict[str, Any]) -> str | None:
    """The article's address: its `url`, or a `provenance` that is one (a scraped page's)."""
    for key in ("url", "provenance"):
        value = gold.get(key)
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            return value
    return None


def _articles(golds: list[dict[str, Any]]) -> list[Article]:
    from ..ingest.text import make_article
    articles = [make_article(g["text"], str(g.get("id", "gold")), id=g.get("id"), published=g.get("published"),
                             lang=g.get("lang"), url=_address(g)) for g in golds]
    # (the address, where a gold file gives one, names the article's own outlet, which is no source)
    # gold offsets index the gold text exactly: the analyzed text must be the gold text
    for g, a in zip(golds, articles):
        a.text = g["text"]
    return articles


def evaluate_sets(sets: Iterable[GoldSet],
                  analyze_fn: Callable[[Article], Article] | None = None) -> dict[str, Report]:
    """Analyze every gold text once (in one batch stream) and score each set apart."""
    from ..process import process
    sets = list(sets)
    golds = [g for s in sets for g in s.golds]
    articles = _articles(golds)
    analyzed = iter(process(articles) if analyze_fn is None else map(analyze_fn, articles))
    reports = {}
    for gold_set in sets:
        report = Report()
        for gold in gold_set.golds:
            score_article(gold, next(analyzed), report)
        reports[gold_set.name] = report
    return reports


def evaluate(golds: Iterable[dict[str, Any]], analyze_fn: Callable[[Article], Article] | None = None) -> Report:
    """Analyze each gold text (with its publication date) and score them together."""
    return evaluate_sets([GoldSet("gold", tuple(golds))], analyze_fn)["gold"]
