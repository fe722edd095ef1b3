"""Repairs of the parser's common misreadings of who acts, read on the text: the inverted subject
of a verb in an incise ("« … », a accusé Kiev", parsed as an object), the subject the parser made
the root of the sentence ("L'armée israélienne a bombardé …", the verb a modifier of "armée")."""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import EventLexicon


def inverted_subject(token: Token, lex: EventLexicon) -> Token | None:
    """The subject of a verb in an incise, after it ("« … », a accusé Kiev", "« … », a averti le
    ministre"): the parser reads the inverted subject as an object. A verb right after a closing
    quotation mark (past its auxiliaries and a comma), or right after a comma and hung on the
    clause before it (parataxis), with no subject of its own (one inside the quotation is a
    misreading): its nearest nominal object after it."""
    labels = lex.labels
    if token.pos_ not in ("VERB", "AUX"):
        return None
    first = min([token.i] + [c.i for c in token.children if c.dep_ in labels.auxiliaries and c.i < token.i])
    doc, edge = token.doc, first
    while edge > 0 and doc[edge - 1].pos_ == "PUNCT" and first - edge < 3:
        edge -= 1
    if edge == first:
        return None
    # a closing quotation mark ends an incise's quote; an opening one ("Theresa May, « félicite
    # chaleureusement » Emmanuel Macron") starts a quoted fragment of the sentence, whose subject
    # stands before it and whose object is no inverted subject
    quoted = any(doc[i].is_quote and doc[i].is_right_punct for i in range(edge, first))
    after_clause = token.dep_ in labels.parataxis and token.head.i < token.i or \
        token.dep_ in labels.root and any(c.i < token.i and (c.dep_ in labels.clausal_complement or
                                                              c.dep_ in labels.parataxis) for c in token.children)
    if not (quoted or after_clause):
        return None
    if any(c.dep_ in labels.subjects and (c.i > token.i or not quoted) for c in token.children):
        return None
    objects = [c for c in token.children if c.dep_ in labels.object and c.i > token.i and
               c.pos_ in ("NOUN", "PROPN")]
    return min(objects, key=lambda c: c.i) if objects else None


def root_noun_subject(token: Token, lex: EventLexicon) -> Token | None:
    """The subject of a finite verb the parser hung on the noun before it as a modifier or a
    conjunct, that noun made the root of the sentence ("L'armée israélienne a de nouveau bombardé
    …", "Des délégations russe et ukrainienne se sont retrouvées …"): a sentence has a verb for
    root, so the root noun with a conjugated verb after it and no subject of its own is that
    verb's subject. The verb is conjugated itself or has a conjugated tense auxiliary ("a", "se
    sont"; not "ayant", "d'avoir")."""
    labels = lex.labels
    head = token.head
    if token.pos_ not in ("VERB", "AUX") or head == token or head.dep_ not in labels.root or \
            head.pos_ not in ("NOUN", "PROPN") or head.i > token.i or \
            not (token.dep_ in labels.clausal_modifier or token.dep_ in labels.conjunct):
        return None
    if any(c.dep_ in labels.subjects or c.dep_ in labels.passive_subject for c in token.children):
        return None
    finite = "Fin" in token.morph.get("VerbForm") or any(
        c.dep_ in labels.tense_auxiliary and "Fin" in c.morph.get("VerbForm") for c in token.children)
    return head if finite else None


def modified_subject(participle: Token, lex: EventLexicon) -> Token | None:
    """The subject of a past participle the parser hung on the noun before it as a modifier though
    the participle has a tense auxiliary of its own ("L'armée israélienne a bombardé …" parsed as
    "armée" (root) with "a bombardé" its modifier): a participle conjugated with "avoir" is active,
    and the noun it hangs on, before its auxiliary, is its subject (not a passive's surface subject:
    "les groupes soutenus par X" has no auxiliary)."""
    labels = lex.labels
    noun = participle.head
    if participle.dep_ not in labels.clausal_modifier or noun == participle or noun.i > participle.i or \
            noun.pos_ not in ("NOUN", "PROPN") or "Part" not in participle.morph.get("VerbForm"):
        return None
    auxiliaries = [c for c in participle.children if c.dep_ in labels.auxiliaries and noun.i < c.i < participle.i]
    if not auxiliaries or any(c.lemma_ in lex.passive_auxiliaries or c.dep_ in labels.passive_auxiliary
                              for c in auxiliaries):
        return None  # "être" may make it passive, or an unaccusative verb's: leave those to the parse
    if any(c.dep_ in labels.subjects or "Rel" in c.morph.get("PronType") for c in participle.children):
        return None  # a relative clause ("les sanctions que l'UE a imposées") has a subject of its own
    return noun

