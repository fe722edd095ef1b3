"""Words a colon opens after a pronoun that takes up a noun for its owner ("La mesure a suscité
des réactions, comme celle de X, un économiste : « … »"): the pronoun stands for X's reaction,
so the words are X's, not those of the sentence's subject (the measure)."""
from __future__ import annotations

from spacy.tokens import Span

from .context import pack_of
from .lexicon import function_words
from .syntax import labels


def owner_before_colon(prefix: Span) -> Span | None:
    """The person, as a noun phrase, that the last owner pronoun of `prefix` (the tokens before
    the colon) is completed by: "celle de X" → X. None when there is no such pronoun or its
    complement names nobody."""
    pack = pack_of(prefix.doc)
    owners = function_words(pack, "owner_pronoun")
    case = labels(pack, "case_marker")
    genitive = function_words(pack, "genitive")
    for pronoun in reversed(prefix):
        if pronoun.pos_ != "PRON" or pronoun.lemma_.lower() not in owners:
            continue
        for child in pronoun.children:
            if child.i <= pronoun.i or child.ent_type_ != "PER" or \
                    not any(g.dep_ in case and g.lower_ in genitive for g in child.children):
                continue
            last = child.i
            while last + 1 < prefix.end and prefix.doc[last + 1].head.i == child.i and \
                    prefix.doc[last + 1].ent_type_ == "PER":
                last += 1  # the name's other parts ("Paul Durand")
            return prefix.doc[child.i:last + 1]
        return None
    return None
