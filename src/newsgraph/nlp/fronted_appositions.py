"""A name set between commas inside a prepositional phrase that opens its sentence ("Devant son
homologue, X, le président a reconnu …"): it names that phrase's noun, not the clause's subject
nor someone the noun phrase after it describes, though the parser may read it as a second
subject of the verb. Read by roles.py (no role from the subject after it) and syntax.py (the
verb's subject is the later one). No word of a language is written here.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .context import pack_of


def apposed_in_fronted(doc: Doc, end: int) -> bool:
    """Does the name ending before token `end` stand between commas right after a prepositional
    phrase that opens the sentence with no verb and no other comma in it?"""
    if end <= 0 or end >= len(doc) or doc[end].text != ",":
        return False
    k = end - 1
    sent_start = doc[k].sent.start
    while k > sent_start and doc[k - 1].pos_ == "PROPN":
        k -= 1
    if doc[k].pos_ != "PROPN" or k - 1 <= sent_start or doc[k - 1].text != ",":
        return False
    fronted = doc[sent_start:k - 1]
    return fronted[0].dep_ in pack_of(doc).label("case_marker") and fronted[-1].pos_ in ("NOUN", "PROPN") and \
        not any(t.pos_ in ("VERB", "AUX") or t.text in ",;:" for t in fronted)
