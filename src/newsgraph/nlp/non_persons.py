"""Spans the NER calls persons that name no person: a particle ("Boson de Higgs"), a foundation,
a law, a deity, a unit ("degrés Celsius"), an aircraft model, a people ("les Songhoï").

Each cue is cheap and reads the span, the words around it or the gazetteer; none is a list of
the spans to reject. The person rules ask `non_person` before they make a person of a span.
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from ..gazetteer import Gazetteer
from ..textfold import fold
from .actor_lexicon import ActorLexicon
from .roles import role_len
from .textutil import entities_of

__all__ = ["entity_labels", "non_person"]

ORGANIZATION = "organization"  # an organisation's name: hand it to the organisation rules
THING = "thing"                # no actor at all


def entity_labels(doc: Doc) -> dict[str, Counter]:
    """How the NER labelled each surface form in the article ({"Hilla": {"LOC": 2, "PER": 1}})."""
    labels: dict[str, Counter] = {}
    for ent in entities_of(doc):
        labels.setdefault(ent.text, Counter())[ent.label_] += 1
    return labels


def non_person(span: Span, gaz: Gazetteer, lex: ActorLexicon, labels: dict[str, Counter]) -> str | None:
    """ORGANIZATION or THING when a PER span names no person, None when it may name one."""
    doc = span.doc
    parts = gaz.name_parts
    words = [t.text for t in span]
    key = fold(span.text)
    if key in parts.not_persons or fold(words[0]) in parts.not_persons:
        return THING  # a deity, an eponymous unit or disease (data/not_persons.tsv)
    if any(ch.isdigit() for ch in span.text):
        return THING  # "MD-83", "PH1": models and catalogue names carry digits, names do not
    if not any(ch.isupper() for ch in span.text.split()[-1]):
        return THING  # a name ends with a capitalised word ("Geun-hye", "al-Assad"): "Zizeeria maha", "Roe v."
    if len(span) > 1 and any(w[:1].isupper() and fold(w) in parts.organisation_words for w in words):
        return ORGANIZATION  # "Gordon and Betty Moore Foundation", "Groupe Bel"
    others = labels.get(span.text, Counter())
    if others and others["PER"] < sum(n for label, n in others.items() if label != "PER"):
        return ORGANIZATION if others.most_common(1)[0][0] == "ORG" else THING
    if len(span) == 1 and _after_article(doc, span, lex):
        return THING  # "le Frère", "les Songhoï", "du Vidéotex": a name takes no article ("des Patrice Bernier" may)
    if _after_number(doc, span.start):
        return THING  # "1 200 degrés Celsius", "3 Boeing"
    first = span[0]
    rest = [t for t in span if t.lower_ not in parts.particles or t.i == span.end - 1]
    if rest and role_len(doc, rest[0].i) >= len(rest):
        return THING  # "Le Président", "Le Frère": a description, no name
    if len(span) == 1 and first.is_sent_start and first.pos_ == "VERB":
        return THING  # a participle opening a sentence: "Submergée par l'émotion, …"
    if _common_noun_of(doc, span, lex):
        return THING  # "Boson de Higgs" where the article also writes "le boson"
    return None


def _after_article(doc: Doc, span: Span, lex: ActorLexicon) -> bool:
    """The word before the name is an article (or an article contracted with "de" or "à") and the
    name does not open with a title or a role ("l'ayatollah Khomeini" is a person)."""
    if span.start == 0 or role_len(doc, span.start) or span[0].lower_.rstrip(".") in lex.title_keys:
        return False
    before = doc[span.start - 1]
    if before.text[:1].isupper():
        return False  # "Le Drian", "La Fontaine": at a sentence start an article and a particle look alike
    if before.pos_ == "DET":
        return before.morph.get("Poss") != ["Yes"]  # "son rival Ahmad Chafiq" has a noun between
    return before.lower_ in lex.contractions and before.lower_ not in lex.of_bare


def _after_number(doc: Doc, start: int) -> bool:
    """A number right before the name, or before the one noun before it (a unit or a count)."""
    if start == 0:
        return False
    def number(token) -> bool:  # "premier" is like_num too: only digits or a tagged numeral
        return token.text[:1].isdigit() or token.pos_ == "NUM"

    before = doc[start - 1]
    if number(before):  # "France 2 Gilles Jacquier": the number ends a channel's name
        return not (start >= 2 and doc[start - 2].text[:1].isupper())
    return before.pos_ == "NOUN" and start >= 2 and number(doc[start - 2])


def _common_noun_of(doc: Doc, span: Span, lex: ActorLexicon) -> bool:
    """"Boson de Higgs": a first word the tagger calls a common noun, followed by "de", which the
    article also writes in lower case: a term named after someone, not a person."""
    first = span[0]
    if len(span) < 3 or first.pos_ != "NOUN" or not any(t.lower_ in lex.of for t in span[1:-1]):
        return False
    lower = first.lower_
    return any(t.text == lower for t in doc if t.i < span.start or t.i >= span.end)
