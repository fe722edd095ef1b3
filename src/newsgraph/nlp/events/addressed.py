"""The one a quote is said to: the dative of a verb of saying in the quote's cue ("« … », a-t-il dit
aux soldats polonais", "a déclaré au président russe que …"). The guidelines annotate what is said
to a foreign actor as a statement aimed at it (GUIDELINES §7.1), whatever the words name: the
addressee is a side of the quote's verbal event, next to the actors its words name (quote_targets.py).
The verbs are the pack's event_addressed_speech.txt; a medium spoken to ("a déclaré à la BBC") is
a channel, which the event filter never takes as a side.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .arguments import Resolver
from .article_view import Arg, ArticleView, QuoteView
from .predicates import PredicateTable, has_marker, lemmas_of
from .quote_acts import CUE_TYPED, STANCE_TYPES, STATED_TYPED, quote_type

ADDRESSED_TYPED = "said to the addressee"  # how the `why` of an addressee's event starts


def addressee(article: ArticleView, quote: QuoteView) -> Arg | None:
    """The actor a verb of saying in the quote's cue is addressed to ("dit à X"), outside the quote's
    words; None for a place, a stance ("anti-américain") or nothing resolved."""
    if quote.cue_start is None or quote.continuation or not article.lex.addressed_speech:
        return None  # a continuation shares its first part's cue: one statement to the addressee
    doc, lex = article.doc, article.lex
    cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    for verb in cue or ():
        if verb.pos_ != "VERB":
            continue
        for child in _meant_for(verb, lex):  # "a averti, à l'adresse de Washington"
            arg = Resolver(article, child.sent).one(child, deep=True)
            if arg is not None and not arg.place and not arg.stance:
                return _spoken_to(arg, f"{verb.text} … {child.text!r}")
        if not _speaks_to(verb, lex):
            continue
        for child in _datives(verb, lex):
            if quote.start <= child.idx < quote.end:
                continue
            named = article.by_token.get(child.i)
            if named is not None and named.kind == "country":
                continue  # one speaks to people: "à Malte" is where, not to whom
            arg = Resolver(article, child.sent).one(child, deep=True)
            if arg is None or arg.place or arg.stance:
                continue
            return _spoken_to(arg, f"{verb.text} {child.text!r}")
    return None


def asked(article: ArticleView, quote: QuoteView, cue: Token) -> Arg | None:
    """The one a cue verb of the object-control list asks, urges or blames, named before the quote's
    words as the verb's object or "à" complement ("L'ONG a appelé Kigali à garantir « un procès
    équitable »", "a demandé au Royaume-Uni de « respecter » ses engagements"): the one the quote's
    act is aimed at, outside its words (event_object_control_verbs.txt); None for a place, a stance
    or nothing resolved."""
    lex = article.lex
    if quote.continuation or cue.pos_ != "VERB" or not any(lemma in lex.object_control for lemma in lemmas_of(cue, lex)):
        return None
    labels = lex.labels
    for child in cue.children:
        if child.idx >= quote.start or child.pos_ not in ("NOUN", "PROPN"):
            continue  # the one asked is named before the words asked of them
        if not (child.dep_ in labels.object or (child.dep_ in labels.indirect_object or child.dep_ in labels.oblique)
                and has_marker(child, lex.dative, lex)):
            continue
        arg = Resolver(article, child.sent).one(child, deep=True)
        if arg is not None and not arg.place and not arg.stance:
            return _spoken_to(arg, f"{cue.text} {child.text!r}")
    return None


def _datives(verb: Token, lex) -> list[Token]:
    """The "à" complements of a verb of saying, and of its subject when the subject follows the verb
    (an incise: "a déclaré le président colombien au président équatorien", where the parser hangs
    the addressee on the subject's noun)."""
    labels = lex.labels
    found = [c for c in verb.children if (c.dep_ in labels.indirect_object or c.dep_ in labels.oblique)
             and has_marker(c, lex.dative, lex)]
    for subject in (c for c in verb.children if c.dep_ in labels.subjects and c.i > verb.i and c.pos_ != "PRON"):
        found += [c for c in subject.children if c.dep_ in labels.nominal_modifier and c.i > subject.i
                  and has_marker(c, lex.dative, lex)]
    return found


def _meant_for(verb: Token, lex) -> list[Token]:
    """The complements of "à l'adresse de X", "à l'intention de X" on a verb (address_nouns)."""
    labels = lex.labels
    found = []
    for child in verb.children:
        if child.pos_ == "NOUN" and child.lemma_.lower() in lex.address_nouns and has_marker(child, lex.dative, lex) \
                and (child.dep_ in labels.oblique or child.dep_ in labels.indirect_object):
            found += [c for c in child.children if c.dep_ in labels.nominal_modifier and
                      has_marker(c, lex.genitive, lex)]
    return found


def _speaks_to(verb: Token, lex) -> bool:
    """Whether a verb is one of saying to someone: its lemma listed, with its reflexive clitic when
    it has one ("s'adresser", not "se dire")."""
    entries = lex.addressed_speech
    reflexive = any(c.lower_ in lex.reflexives and c.dep_ in lex.labels.clitic_roles for c in verb.children)
    for lemma in lemmas_of(verb, lex):
        if reflexive and any(f"{r}{lemma}" in entries or f"{r} {lemma}" in entries for r in lex.reflexives):
            return True
        if not reflexive and lemma in entries:
            return True
    return False


def _spoken_to(arg: Arg, words: str) -> Arg:
    """The addressee as an argument: a lower confidence than a verb's own object, and how it was read."""
    return replace(arg, confidence=min(arg.confidence, 0.5), how=f"{ADDRESSED_TYPED}: {words} ({arg.how})")


def addressed_type(article: ArticleView, quote: QuoteView, table: PredicateTable) -> tuple[str, str | None, str] | None:
    """(type, mode, why) of what is said to the addressee: the cue's verbal type ("a averti X que"),
    else a stated position. Not the stance of the words: what they blame or threaten may be a third
    party left unnamed ("« … face à l'agression », a-t-il dit aux soldats alliés"); but words that
    threaten, demand or blame are no position stated in friendship either ("« nous allons vous
    écraser », a-t-il dit aux soldats polonais" is no SUPPORT): no event then (None)."""
    typed = quote_type(article, quote, table)
    if typed is not None and typed[2].startswith(CUE_TYPED):
        return typed[0], typed[1], f"{ADDRESSED_TYPED}, {typed[2]}"
    if typed is not None and typed[:2] != STANCE_TYPES["friendly"]:
        return None
    return (*STANCE_TYPES["friendly"], f"{ADDRESSED_TYPED}, {STATED_TYPED}")
