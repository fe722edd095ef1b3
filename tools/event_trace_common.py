"""What the event trace tools share: the gold articles of the tuning parts only (`gold_sets(d,
"tuning")` keeps every check part out), analysed as `newsgraph eval` does, and the pairs of sides the
scorer would credit an article's predicted events with."""
from __future__ import annotations


def tuning_articles(directories: list[str]):
    """(set name, gold record, analysed Article) for each tuning-part gold of the folders."""
    from newsgraph.evaluate import _articles, gold_sets
    from newsgraph.process import process

    golds = [(s.name, g) for d in directories for s in gold_sets(d, "tuning") for g in s.golds]
    for (name, gold), article in zip(golds, process(_articles([g for _, g in golds]))):
        yield name, gold, article


def predicted_sides(article) -> list[tuple[object, str | None, str | None]]:
    """(event, actor side, recipient side) of each event that is not negated and has a recipient,
    its sides named as the scorer matches them (`evaluate.matching.event_side`)."""
    from newsgraph.evaluate.matching import event_side

    return [(e, event_side(article, actor_id=e.actor.actor, name=e.actor.name),
             event_side(article, actor_id=e.recipient.actor, name=e.recipient.name))
            for e in article.events if not e.negated and e.recipient is not None]
