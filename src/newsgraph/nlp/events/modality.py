"""Modality and circumstances of an event: negated, hypothetical or future, and when it happens.

The flags read the predicate and the verbs that govern it in its clause (docs/events.md,
"Evidence, time, source and flags"); the date is the nearest date of the dates component
attached to the predicate's clause.
"""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from ..context import pack_of
from ..tense import is_conditional, is_future_form
from ..textutil import text_of
from .article_view import ArticleView
from .governors import governs_through_marker
from .lexicon import EventLexicon
from .noun_roles import travel_purpose
from .predicates import PredicateTable
from .subjects import subject_of

# "3 juillet 2012. - …": a date right before a dash is a wire dateline, not the event's date
DATELINE_TAIL = re.compile(r"^\s*\.?\s*[-–—]")


def governors(token: Token, table: PredicateTable, lex: EventLexicon) -> list[Token]:
    """The token and the verbs that govern it in the same clause: xcomp chains ("va livrer",
    "devrait se rendre"), through the first of coordinated infinitives ("ne veut pas signer ni
    négocier": "négocier" is governed as "signer" is), and the light verb of a noun ("n'a pas
    signé d'accord"), and the journey a meeting is for ("ne s'est pas rendu à Berlin pour des
    entretiens avec X")."""
    labels = lex.labels
    chain = [token]
    current = token
    for _ in range(4):
        head = current.head
        if head == current:
            break
        lemma = head.lemma_.lower()
        if current.dep_ in labels.open_complement or \
                (current.dep_ in labels.conjunct and head.dep_ in labels.open_complement) or \
                ((current.dep_ in labels.object or current.dep_ in labels.subjects) and
                 lemma in table.support_verbs) or \
                (current.dep_ in labels.subjects and lemma in lex.scheduling_verbs) or \
                governs_through_marker(head, current, table, lex) or travel_purpose(current, table, lex):
            current = head
            chain.append(current)
        else:
            break
    return chain


def flags(token: Token, found_date, article: ArticleView, table: PredicateTable,
          stopped: bool = False) -> tuple[bool, bool, bool]:
    """(negated, hypothetical, future) of the predicate `token`, given the date found for it;
    `stopped`: a stop verb made the predicate a sanction ("a annulé sa visite"), so the cancelling
    verb is the event, not its negation."""
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
        # "n'a pas encore reconnu": the parser hangs the negation on the adverb after it
        adverbs = {g.lower_ for c in children if c.pos_ == "ADV" for g in c.children if g.pos_ == "ADV"}
        if lowers & lex.negation_particles and (lowers | adverbs) & lex.negations:
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
        if node != token and lemma in lex.cancel_verbs and not stopped:
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


def conditional_act(token: Token, table: PredicateTable, lex: EventLexicon) -> bool:
    """Whether an act is announced for the future or the conditional under a condition of its own
    ("son pays frappera / frapperait ses voisins s'il le juge nécessaire"): a hostile act so
    announced is a threat."""
    labels = lex.labels
    for node in governors(token, table, lex):
        ahead = is_conditional(node, pack_of(node.doc)) or "Fut" in node.morph.get("Tense") or future_form(node, lex)
        if node.pos_ not in ("VERB", "AUX") or not ahead:
            continue
        # the clause is an adverbial one, or a modifier when the tagger read its verb as a noun
        # ("s'il le juge nécessaire": "juge" a noun)
        for clause in node.children:
            if clause.dep_ not in labels.subjects and clause.dep_ not in labels.object and \
                    any(c.lower_ in lex.condition_markers and c.dep_ in labels.marker for c in clause.children):
                return True
    return False


def vowed_act(token: Token, article: ArticleView, table: PredicateTable, lex: EventLexicon) -> bool:
    """Whether an act is announced for the future by those who will do it, in their own quoted
    words ("« Nous frapperons le Hamas »", "« nous continuerons à frapper X »"): a hostile act a
    speaker vows is a threat (PLOVER THREATEN), not yet the act. The act's clause is a future (by
    tag or form) and its subject a first-person pronoun, inside a quote."""
    if not any(q.start <= token.idx < q.end for q in article.quotes):
        return False
    chain = governors(token, table, lex)
    if not any(node.pos_ in ("VERB", "AUX") and ("Fut" in node.morph.get("Tense") or future_form(node, lex))
               for node in chain):
        return False
    subject = next((s for node in chain for s in [subject_of(node, lex)] if s is not None), None)
    return subject is not None and subject.lower_ in lex.first_person


def future_form(token: Token, lex: EventLexicon) -> bool:
    """A future the tagger missed ("livrerons" read as present): the language's one future-tense
    test (nlp/tense.py), helped by the lemma."""
    return token.pos_ in ("VERB", "AUX") and is_future_form(token.lower_, pack_of(token.doc),
                                                           lemma=token.lemma_.lower())


def date_bounds(found_date) -> tuple[date | None, date | None]:
    """The first and last day a date of the dates component covers (None when open or unknown)."""
    return found_date.first, found_date.last


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
