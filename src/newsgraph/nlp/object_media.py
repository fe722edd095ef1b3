"""A medium written right after a verb (nlp/sources.py): the channel of a statement ("told CNN",
"a rapporté Le Soir"), or the verb's object? It is the object when the verb's clause is
coordinated to one before (their shared subject speaks), when the verb asks it to act (an
infinitive follows), and when it only modifies the object noun after it ("rejects New York Times
request"), unless that noun is one of its works ("cited a New York Times report").
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..lang import LanguagePack
from .context import pack_of
from .lexicon import media_nouns
from .syntax import labels
from .textutil import fold_same_length


def _modified_object(doc: Doc, start: int, end: int, verb):
    """The verb's object noun after the medium at tokens [start, end) that the medium modifies, or None."""
    root = next((t for t in doc[start:end] if not start <= t.head.i < end), None)
    head = root.head if root is not None else None
    if head is not None and head.i >= end and head.head.i == verb.i and head.pos_ == "NOUN":
        return head
    return None


def modifies_object(doc: Doc, start: int, end: int, verb, works: frozenset[str]) -> bool:
    """Does the medium at tokens [start, end) only modify the verb's object after it, a noun that is
    none of the medium's `works` (folded)? The object is what the verb acts on; "cited a New York
    Times report" keeps the medium's work, and the medium with it."""
    if any(c.dep_ in labels(pack_of(doc), "clausal_complement") for c in verb.children):
        return False  # "told New York Times reporters that …": a statement made through the medium
    head = _modified_object(doc, start, end, verb)
    return head is not None and fold_same_length(head.lemma_.lower()) not in works


def modifies_work(doc: Doc, start: int, end: int, verb, works: frozenset[str]) -> bool:
    """Does the medium modify the verb's object, one of its `works` ("cited a New York Times
    report")? The verb's subject cites that work, and the medium with it."""
    head = _modified_object(doc, start, end, verb)
    return head is not None and fold_same_length(head.lemma_.lower()) in works


def asks_to_act(verb, end: int, hosts=()) -> bool:
    """Does the verb before a medium (ending at token `end`), one whose object does its infinitive
    (pack list `event_object_control_verbs`), take an infinitive after it ("has asked NBC's Lester
    Holt to fact-check …", "a prié Le Soir de retirer …")? The medium, or whom it employs, is asked
    to act: no channel of a statement ("a déclaré à l'AFP pour justifier" keeps its channel)."""
    pack = pack_of(verb.doc)
    if verb.lemma_.lower() not in pack.words("event_object_control_verbs"):
        return False
    # the infinitive has its own marker before it ("to", "de"): "would pass" is no request, nor is
    # "would not resign" (a negation is no marker)
    adverbials = labels(pack, "adverbial_modifier")
    # (the parser may hang the infinitive on the medium's phrase instead, `hosts`: "a demandé à un
    # journaliste de Reuters de quitter la salle" hangs "quitter" on "journaliste")
    return any(c.pos_ in ("VERB", "AUX") and "Inf" in c.morph.get("VerbForm") and c.i >= end and
               any(m.i < c.i and m.pos_ in ("PART", "ADP") and m.dep_ not in adverbials for m in c.children)
               for host in (verb, *hosts) for c in host.children)


def coordinated(verb, pack: LanguagePack) -> bool:
    """A verb with a coordinator before it ("…, puis a critiqué X", "et a dénoncé X"): a clause
    coordinated to an earlier one, whose subject it shares; what follows it is its object. A
    coordinator fixed to a subordinator ("ainsi que le rapporte Le Monde", read as "ainsi" + fixed
    "que") opens a comparative clause, whose subject is inverted after its verb."""
    fixed = labels(pack, "fixed")
    return any(c.dep_ in labels(pack, "coordinator") and c.i < verb.i and
               not any(f.dep_ in fixed and f.pos_ == "SCONJ" for f in c.children) for c in verb.children)


def closes_media_list(doc: Doc, end: int) -> bool:
    """Does a coordinated list of media follow the medium that ends at token `end` and close the
    incise ("…, rapportent Le Monde et Libération.", "…, affirment les quotidiens Le Monde et Le
    Figaro.")? Then the medium is the first inverted subject of the speech verb before it, as a
    medium alone before the full stop is (the later ones are cited as its conjuncts). Only
    coordinators, commas, articles, adjectives, media nouns and proper nouns may stand between
    (tagger), and a coordinator must."""
    nouns = media_nouns(pack_of(doc))
    k, joined = end, False
    while k < len(doc) and (doc[k].pos_ in ("CCONJ", "DET", "ADJ", "PROPN") or doc[k].text == "," or
                            doc[k].lemma_.lower() in nouns):
        joined = joined or doc[k].pos_ == "CCONJ"
        k += 1
    return joined and k > end + 1 and (k == len(doc) or doc[k].is_punct and doc[k].text not in ("(", "«", "“", ","))
