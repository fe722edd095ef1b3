"""Repairs of the parser's common misreadings of who acts, read on the text: the inverted subject
of a verb in an incise ("« … », a accusé Kiev", parsed as an object), the subject the parser made
the root of the sentence or the noun it modifies ("L'armée israélienne a bombardé …", the verb a
modifier of "armée")."""
from __future__ import annotations

from spacy.tokens import Token

from ..context import pack_of
from ..syntax import colon_between
from ..tense import is_future_form
from .lexicon import EventLexicon


def after_relative(verb: Token, lex: EventLexicon) -> Token | None:
    """The noun a relative clause between commas modifies, when the parser hung the main verb after
    the closing comma on the relative's verb or on that noun ("La Russie, qui a envahi l'Ukraine,
    menace la Moldavie": "menace" under "envahi"; "L'Iran, qui soutient X, a condamné Y": "condamné"
    a parataxis of "Iran", "Y" no inverted subject): that noun is the main verb's subject."""
    labels = lex.labels
    head, doc = verb.head, verb.doc
    if verb.dep_ not in labels.unspecified and verb.dep_ not in labels.parataxis or head == verb or head.i > verb.i \
            or any(c.dep_ in labels.subjects for c in verb.children) or \
            not ("Ind" in verb.morph.get("Mood") or any(c.dep_ in labels.tense_auxiliary for c in verb.children)) \
            or not _after_comma(min([verb.i] + [c.i for c in verb.children if c.dep_ in labels.auxiliaries]), doc):
        return None
    if head.dep_ in labels.relative_clause:
        relative, noun = head, head.head
    else:
        relative, noun = next((c for c in head.children if c.dep_ in labels.relative_clause and c.i < verb.i), None), head
    if relative is None or noun.pos_ not in ("NOUN", "PROPN") or any(t.is_quote for t in doc[noun.i:verb.i]) or \
            not _after_comma(relative.left_edge.i, doc):
        return None
    # a subject relative ("qui"): "le pays que la Russie a envahi, …" has a subject of its own
    return noun if any(c.dep_ in labels.subjects and "Rel" in c.morph.get("PronType") for c in relative.children) \
        else None


def _after_comma(i: int, doc) -> bool:
    """Whether the word at i is a comma or follows one (the parser hangs the comma either side)."""
    return doc[i].text == "," or i > 0 and doc[i - 1].text == ","


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
    if not (quoted or after_clause) or not quoted and after_relative(token, lex) is not None:
        return None
    if any(c.dep_ in labels.subjects and (c.i > token.i or not quoted) for c in token.children):
        return None
    objects = [c for c in token.children if c.dep_ in labels.object and c.i > token.i and
               c.pos_ in ("NOUN", "PROPN")]
    return min(objects, key=lambda c: c.i) if objects else None


def hung_subject(verb: Token, lex: EventLexicon) -> Token | None:
    """The subject of a conjugated verb the parser hung on the noun before it, as that noun's
    modifier or conjunct ("L'armée israélienne a de nouveau bombardé …" parsed as "armée" with "a
    bombardé" its modifier; "Des délégations russe et ukrainienne se sont retrouvées …" with the
    verb a conjunct of "délégations"): a clause whose verb is conjugated has a subject, and a verb
    with none of its own after the noun it hangs on has that noun. The noun, when the verb has no
    subject (nor is a relative clause: "les sanctions que l'UE a imposées") and is conjugated in
    one of two ways the parse leaves no doubt about:
    - the noun is the sentence's root (a sentence has a verb for root) and the verb, its modifier
      or conjunct, is finite (by its tag, or a future by its form) or has a finite tense auxiliary
      ("a", "se sont"; not "ayant", "d'avoir");
    - the verb is a past participle modifying the noun with an auxiliary of its own between them,
      not "être" (a participle conjugated with "avoir" is active; with "être" it may be a passive
      or an unaccusative verb's, left to the parse; "les groupes soutenus par X" has none)."""
    labels = lex.labels
    noun = verb.head
    if noun == verb or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i:
        return None
    if any(c.dep_ in labels.subjects or c.dep_ in labels.passive_subject or "Rel" in c.morph.get("PronType")
           for c in verb.children):
        return None
    if not (_hung_on_root(verb, noun, lex) or _active_participle(verb, noun, lex)):
        return None
    colon = colon_between(noun, verb)
    if colon is not None:
        # "Loi Magnitski : Moscou réplique et interdit …", the verb a conjunct of the root "Loi": the
        # noun is the headline's topic before the colon, the phrase right after it is the subject
        return _phrase_after(colon, verb)
    return noun


def _phrase_after(colon: int, verb: Token) -> Token | None:
    """The head of the noun phrase that opens the words between a colon and a verb: climbing from
    the word after the colon while its head stays between them ("le Maroc" -> "Maroc")."""
    if colon + 1 >= verb.i:
        return None
    node = verb.doc[colon + 1]
    while node.head != node and colon < node.head.i < verb.i:
        node = node.head
    return node if node.pos_ in ("NOUN", "PROPN", "PRON") else None


def _hung_on_root(verb: Token, noun: Token, lex: EventLexicon) -> bool:
    """A finite verb (or one with a finite tense auxiliary) hung on the root noun as its modifier or
    conjunct."""
    labels = lex.labels
    if verb.pos_ not in ("VERB", "AUX") or noun.dep_ not in labels.root or \
            not (verb.dep_ in labels.clausal_modifier or verb.dep_ in labels.conjunct):
        return False
    return "Fin" in verb.morph.get("VerbForm") or misread_future(verb) or any(
        c.dep_ in labels.tense_auxiliary and "Fin" in c.morph.get("VerbForm") for c in verb.children)


def misread_future(verb: Token) -> bool:
    """A simple future the tagger read as a past participle ("La France financera …" tagged like
    "financé", hung on "France" as its modifier): finite and active, by its form (the language's
    one future test, nlp/tense.py), whatever its tag says."""
    return "Part" in verb.morph.get("VerbForm") and \
        is_future_form(verb.lower_, pack_of(verb.doc), lemma=verb.lemma_.lower())


def _active_participle(participle: Token, noun: Token, lex: EventLexicon) -> bool:
    """A past participle modifying the noun, with an auxiliary between them that is not "être"."""
    labels = lex.labels
    if participle.dep_ not in labels.clausal_modifier or "Part" not in participle.morph.get("VerbForm"):
        return False
    auxiliaries = [c for c in participle.children if c.dep_ in labels.auxiliaries and noun.i < c.i < participle.i]
    return bool(auxiliaries) and not any(
        c.lemma_ in lex.passive_auxiliaries or c.dep_ in labels.passive_auxiliary for c in auxiliaries)
