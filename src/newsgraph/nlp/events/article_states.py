"""The states an article is about, for the references that name none: the state of a wire
dateline ("KINSHASA (AFP) –"), the state the article names most (its topic, and the other party
besides given states), the state a dispatch's bare "le gouvernement" is, and the state its bodies
named without a state belong to. A country mention counts as an actor, never as a place or with a
stance prefix ("anti-américain")."""
from __future__ import annotations

import re

from ..actor_index import Mention
from ..context import pack_of
from ..dateline import find_dateline
from ..source_credits import credit_names
from ..textutil import text_of

AGENCY_CREDIT = re.compile(r"\(([^()]+)\)")  # "(Belga)" in a dateline


def lex_stance(article, mention: Mention) -> bool:
    return article.lex.has_stance(mention.text)


def dispatch_state(article) -> Mention | None:
    """The state a bare "le gouvernement" of a dispatch is: the dateline's, unless the text never
    names that state while it names another at least twice (a regional bureau's dispatch,
    "BANGKOK (AFP) – Le régime a … la Birmanie … la Birmanie"); else the state it names most."""
    home, topic = dateline_state(article), topic_state(article)
    if home is None or topic is None or topic.actor_id == home.actor_id:
        return home or topic
    named = [m.actor_id for m in article.index.mentions
             if m.kind == "country" and not m.as_place and not lex_stance(article, m)]
    return topic if home.actor_id not in named and named.count(topic.actor_id) >= 2 else home


def dateline_state(article) -> Mention | None:
    """The capital of a wire dateline ("KINSHASA (AFP) –"): a place, never an actor itself
    (actors.py), but the state whose government a bare "le gouvernement" of the dispatch is when the
    text before names no other."""
    match = find_dateline(text_of(article.doc), pack_of(article.doc), anywhere_in_head=True)
    if match is None or match.group("year"):
        return None
    return next((m for m in article.mentions_in(match.start(), match.end())
                 if m.kind == "country" and m.end <= match.end()), None)


def agency_state(article) -> str | None:
    """The state of the agency a wire dateline credits ("Lima (Belga) –": Belgium, "Berne (ats) –"),
    from the media list: the country whose politics the dispatch's parties and associations named
    without a state belong to, wherever it was filed."""
    match = find_dateline(text_of(article.doc), pack_of(article.doc), anywhere_in_head=True)
    credit = AGENCY_CREDIT.search(match.group(0)) if match is not None else None
    if credit is None:
        return None
    names = credit_names(pack_of(article.doc), credit.group(1))
    if not names:
        return None
    first = names[0]  # "(ats/afp)": the agency that filed it
    media = article.gaz.media(first) or article.gaz.media(first.upper())  # "(ats)" is ATS
    return media.country if media is not None and media.country else None


def article_state(article) -> str | None:
    """The state an article is about, for its bodies named without their state ("le Conseil de
    sécurité nationale a …"): with a wire dateline ("KHARTOUM (AFP) –"), the dispatch's state when
    no state is named more often (a tie with another is the dispatch's); without one, the state
    named most, at least twice and more than any other. None when the dateline's state is named
    less than another (the article may be about either)."""
    counts: dict[str, int] = {}
    for mention in article.index.mentions:
        if mention.kind == "country" and not mention.as_place and not lex_stance(article, mention):
            counts[mention.actor_id] = counts.get(mention.actor_id, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 2:
        return None
    dateline = dateline_state(article)
    if dateline is not None:
        home = dateline.actor_id if counts.get(dateline.actor_id) == ranked[0] else None
    else:
        home = next(a for a, n in counts.items() if n == ranked[0]) if ranked[1:2] != ranked[:1] else None
    return article.index.actors[home].country if home is not None else None


def topic_state(article, besides: frozenset[str] = frozenset()) -> Mention | None:
    """The state the article names most (as an actor, not a place); the first named on a tie. With
    `besides` (states' codes), the state it names most among the others: the article's other party."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for mention in article.index.mentions:
        if mention.kind == "country" and not mention.as_place and not lex_stance(article, mention) and \
                article.index.actors[mention.actor_id].country not in besides:
            counts[mention.actor_id] = counts.get(mention.actor_id, 0) + 1
            first.setdefault(mention.actor_id, mention)
    if not counts:
        return None
    best = max(counts, key=lambda a: (counts[a], -first[a].start))
    return first[best]
