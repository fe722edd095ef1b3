"""Speech verbs the tagger does not know as verbs: a rare or borrowed verb's past participle after
an auxiliary ("a tweeté", "avait twitté") read as a proper noun, a noun or a foreign word. The
lexicon knows the verb (lang/<code>/speech_verbs.tsv), and a compound tense shows it is one: it is
tagged a verb, and its auxiliary an auxiliary, so that the cue finders see the verb of saying.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from ..lang import LanguagePack
from .context import pack_of
from .lexicon import speech_verb

# what the tagger makes of a verb it does not know
MISREAD = frozenset({"PROPN", "NOUN", "X"})


@cache
def _auxiliaries(pack: LanguagePack) -> frozenset[str]:
    return frozenset(row["form"].lower() for row in pack.table("tense_auxiliaries", ("form", "verb", "tense")))


def retag_speech_participles(doc: Doc) -> None:
    """Tag as verbs the lower-case words after an auxiliary that the lexicon knows as speech
    verbs but the tagger took for names or nouns."""
    auxiliaries = _auxiliaries(pack_of(doc))
    changed = False
    for token in doc[1:]:
        if token.pos_ not in MISREAD or not token.text[:1].islower():
            continue
        before = doc[token.i - 1]
        if before.lower_ not in auxiliaries or speech_verb(token) is None:
            continue
        token.pos_ = "VERB"
        if before.pos_ != "AUX":
            before.pos_ = "AUX"
        changed = True
    if changed:
        doc.user_data.pop("ng_pos_ids", None)  # (textutil.pos_ids keeps the tags as first read)
