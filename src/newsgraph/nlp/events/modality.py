"""Modality and circumstances of an event: negated, hypothetical or future, and when it happens.

The flags read the predicate and the verbs that govern it in its clause (docs/events.md,
"Evidence, time, source and flags"); the date is the nearest date of the dates component
attached to the predicate's clause.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

from spacy.tokens import Span, Token

from ..textutil import text_of
from .arguments import ArticleView
from .lexicon import EventLexicon
from .predicates import PredicateTable

# "3 juillet 2012. - …": a date right before a dash is a wire dateline, not the event's date
DATELINE_TAIL = re.compile(r"^\s*\.?\s*[-–—]")
# the calendar part of a normalised date value ("2023-09-14", "2023-09", "2023", a range's start);
# weeks ("2023-W37") are left out
CALENDAR_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d-]*W)")


def governors(token: Token, table: PredicateTable, lex: EventLexicon) -> list[Token]:
    """The token and the verbs that govern it in the same clause: xcomp chains ("va livrer",
    "devrait se rendre") and the light verb of a noun ("n'a pas signé d'accord")."""
    labels = lex.labels
    chain = [token]
    current = token
    for _ in range(4):
        head = current.head
        if head == current:
            break
        lemma = head.lemma_.lower()
        if current.dep_ in labels.open_complement or \
                ((current.dep_ in labels.object or current.dep_ in labels.subjects) and
                 lemma in table.support_verbs) or \
                (current.dep_ in labels.subjects and lemma in lex.scheduling_verbs):
            current = head
            chain.append(current)
        else:
            break
    return chain


def flags(token: Token, found_date, article: ArticleView, table: PredicateTable) -> tuple[bool, bool, bool]:
    """(negated, hypothetical, future) of the predicate `token`, given the date found for it."""
    lex = article.lex
    labels = lex.labels
    chain = governors(token, table, lex)
    nodes = list(chain)
    for node in chain:
        nodes += [c for c in node.children if c.dep_ in labels.auxiliaries]
    negated = hypothetical = future = False
    for node in chain:
        children = list(node.children)
        lowers = {c.lower_ for c in children}
        if lowers & lex.negation_particles and lowers & lex.negations:
            negated = True
        if node.pos_ == "NOUN" and any(c.lower_ in lex.negative_determiners for c in children):
            negated = True
        if any(c.lower_ in lex.condition_markers and c.dep_ in labels.marker for c in children):
            hypothetical = True
    for node in nodes:
        lemma = node.lemma_.lower()
        if "Cnd" in node.morph.get("Mood"):
            if lemma in lex.conditional_futures:
                future = True  # "devrait se rendre"
            else:
                hypothetical = True
        if "Fut" in node.morph.get("Tense") or future_form(node, lex):
            future = True
        if node != token and lemma in lex.hypothetical_governors:
            hypothetical = True
        if node != token and lemma in lex.cancel_verbs:
            negated = True  # "la visite a été annulée"
        if node != token and lemma in lex.future_governors:
            future = True
        if node != token and lemma in lex.near_futures and "Pres" in node.morph.get("Tense"):
            future = True  # "va livrer"
    if any(t.lower_ in lex.future_words for t in token.children) or \
            any(t.lower_ in lex.future_words for t in token.head.children if token.head != token):
        future = True
    if found_date is not None:
        text = found_date.text.lower()
        if any(w in text for w in lex.future_words) or after_publication(found_date, article.published):
            future = True
    return negated, hypothetical, future


def future_form(token: Token, lex: EventLexicon) -> bool:
    """A future the tagger missed ("livrerons" read as present): infinitive + future ending.

    The event rules' one future-tense test; nlp/tense.py's `is_future_form` (the dates
    component's) is to replace its body when both are on main.
    """
    if token.pos_ not in ("VERB", "AUX"):
        return False
    form, lemma = token.lower_, token.lemma_.lower()
    if form in lex.irregular_futures:
        return True
    for ending, replacement in lex.future_stems:
        if lemma.endswith(ending):
            stem = lemma[:-len(ending)] + replacement
            return form.startswith(stem) and form[len(stem):] in lex.future_endings
    return False


def date_bounds(found_date) -> tuple[date | None, date | None]:
    """The first and last day a date of the dates component covers (None when open or unknown).

    The one place that reads a date's calendar extent: the dates component is getting typed
    `first`/`last` attributes, and then this is `return found_date.first, found_date.last`.
    Until then, the extent is read from the normalised value ("2023-09", "2023-09-14/2023-09-20").
    """
    start, _, end = (found_date.value or "").partition("/")
    first = _extent(start)[0]
    last = _extent(end)[1] if end else _extent(start)[1]
    return first, last


def _extent(value: str) -> tuple[date | None, date | None]:
    match = CALENDAR_VALUE.match(value)
    if match is None:
        return None, None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day is not None:
            return date(year, month, day), date(year, month, day)
        if month is not None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None, None


def after_publication(found_date, published: str | None) -> bool:
    """Whether a date starts after the publication day ("le 14 septembre" in an article of
    the 6th, "en 2024" in 2023)."""
    first, _ = date_bounds(found_date)
    if first is None or not published:
        return False
    return first > date.fromisoformat(published)


def event_date(token: Token, sent: Span, article: ArticleView, taken: list[tuple[int, int]],
               table: PredicateTable):
    """The nearest date of the sentence attached to the predicate's clause (a date of the dates
    component), or None."""
    doc, labels = article.doc, article.lex.labels
    tops = governors(token, table, article.lex)
    best = None
    for found in article.dates:
        if found.start < sent.start_char or found.end > sent.end_char:
            continue
        if DATELINE_TAIL.match(text_of(doc)[found.end:found.end + 4]) and found.start - sent.start_char < 40:
            continue  # "3 juillet 2012. - …": the dateline, not the event's date
        if any(s < found.end and found.start < e for s, e in taken):
            continue
        span = doc.char_span(found.start, found.end, alignment_mode="expand")
        if span is None:
            continue
        root, attached = span.root, False
        for ancestor in [root, *root.ancestors]:
            if ancestor in tops:
                attached = True
                break
            if ancestor.dep_ in labels.embedded_clauses and ancestor not in tops:
                break
        if not attached:
            continue
        distance = abs(root.i - token.i)
        if best is None or distance < best[0]:
            best = (distance, found)
    return None if best is None else best[1]
