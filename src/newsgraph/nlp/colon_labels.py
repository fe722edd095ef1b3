"""A short naming label before a colon that opens a quotation: "Paul Martin : « … »", "Le
ministre, ce matin sur France Inter : « … »".

The label is a name or a definite speaker noun, then at most an adjunct of time or channel set
off by a comma; it holds no verb. Such a prefix is no headline topic (syntax.after_headline_topic
skips a short prefix before a colon with no finite auxiliary): it says who speaks. Nor is a short
clause whose speech verb has its subject before it ("Le maire Paul Morin déclare : « … »"): a
topic is a bare noun phrase ("Grève : « … »"), with no verb and no one speaking.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .context import pack_of
from .lexicon import function_words, is_actor_like, speaker_nouns, speech_verb
from .syntax import is_negated, is_speech_act, journalist_prefix_end, subject_of
from .textutil import fold_same_length, text_of

# a label's naming part runs over at most this many tokens, its adjunct over at most ADJUNCT
NAMING, ADJUNCT = 6, 8
_ADJUNCT_POS = {"ADV", "ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "SPACE"}


def named_label(doc: Doc, first: int, colon: int) -> tuple[int, int] | None:
    """The speaker mention (chars) of a naming label doc[first:colon] before a colon, or None."""
    tokens = doc[first:colon]
    if not len(tokens) or any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return None
    comma = next((t.i for t in tokens if t.text == ","), colon)
    naming, adjunct = doc[first:comma], doc[comma + 1:colon]
    if not 0 < len(naming) <= NAMING or len(adjunct) > ADJUNCT or \
            any(t.pos_ not in _ADJUNCT_POS for t in adjunct) or speech_verb(naming[-1]) is not None:
        return None  # ("Le Monde titre :": a speech verb the tagger read as a noun is a cue, sources.py's)
    names = [t for t in naming if t.ent_type_ in ("PER", "ORG")]
    if names and all(t.pos_ == "NOUN" for t in names) and naming[0].i == names[0].i:
        # a common noun capitalised as the line's first word, which the tagger reads as a noun and
        # the recogniser as a body: a headline topic ("Grève : « … »"), no one's name
        names = []
    if names:
        return names[0].idx, names[-1].idx + len(names[-1].text)
    pack = pack_of(doc)
    nouns = speaker_nouns(pack)
    root = naming.root
    definite = naming[0].lower_ in function_words(pack, "determiner")
    if comma < colon and definite and root.pos_ == "NOUN" and \
            (root.lower_ in nouns or fold_same_length(root.lemma_.lower()) in nouns or root.lemma_.lower() in nouns):
        return naming.start_char, naming.end_char  # ("Le ministre, ce matin sur France Inter :")
    return None


def prefix_end(doc: Doc, start: int, open_at: int) -> int:
    """Where the words before a quotation's opening mark start to count (journalist_prefix_end),
    keeping a naming label, or a speaker and the speech verb they say it with, before its colon,
    which the headline-topic skip would drop."""
    skipped = journalist_prefix_end(doc, start, open_at)
    text = text_of(doc)
    if skipped == start or text[skipped:open_at].strip():
        return skipped
    dated = pack_of(doc).pattern("dateline").match(text[start:open_at])
    kept = start + (dated.end() if dated else 0)
    colon = text.rfind(":", kept, open_at)
    first = doc.char_span(kept, colon, alignment_mode="expand") if colon > kept else None
    if first is None or not len(first) or \
            named_label(doc, first.start, first.end) is None and not said_by_subject(doc, first.start, first.end):
        return skipped
    return kept


def said_by_subject(doc: Doc, first: int, colon: int) -> bool:
    """Does doc[first:colon] hold a speech verb said by a subject written before it in the same
    words ("Le maire Paul Morin déclare", "La ministre a prévenu")? Such a clause reports."""
    for token in doc[first:colon]:
        if token.pos_ != "VERB" or speech_verb(token) is None or is_negated(token) or not is_speech_act(token):
            continue
        subject = subject_of(token)
        if subject is not None and first <= subject.start and subject.end <= token.i and is_actor_like(subject):
            return True
    return False
