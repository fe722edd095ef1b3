"""Speech verbs the tagger reads as adjectives or nouns ("Le maire déplore que …": "déplore" as an
adjective; "X juge la visite « utile »": "juge" as a noun): the surface tells that they are verbs
heading a report. Split from cues.py, which decides whether such a word is a cue, by job: here
only the readings of the words around it."""
from __future__ import annotations

from spacy.tokens import Token

from .context import pack_of
from .lexicon import SpeechVerb, function_words, has_frame
from .quotemarks import QUOTE_CHARS
from .speaker_words import speaker_words
from .syntax import connectors, subject_labels
from .textutil import fold_same_length, text_of

# how many words after a noun-tagged verb its quoted object may open ("juge la décision du
# gouvernement « … »")
QUOTED_OBJECT_REACH = 8


def adjective_read_verb(verb: Token) -> bool:
    """Is an adjective a present verb the tagger misread ("Le maire déplore que …": "déplore"
    tagged as an adjective with the subject as its own)? Not a participle, right after its subject
    noun or heading the sentence with one, and followed by a complementizer, past a connector."""
    doc = verb.doc
    pack = pack_of(doc)
    if "Part" in verb.morph.get("VerbForm") or verb.i == 0 or doc[verb.i - 1].pos_ in ("DET", "ADP"):
        return False
    subject = doc[verb.i - 1].pos_ in ("NOUN", "PROPN") or (
        verb.dep_ in pack.label("root") and any(c.dep_ in subject_labels(pack) for c in verb.children))
    k = past_connector(verb)
    return subject and k < len(doc) and doc[k].lower_ in function_words(pack, "complementizer")


def past_connector(verb: Token) -> int:
    """The index of the word after a verb and the adverb or journalist's connector right after it
    ("juge toutefois", "juge pour sa part": pack list `connectors`), or of the word right after it."""
    doc = verb.doc
    k = verb.i + 1
    if k < len(doc) and doc[k].pos_ == "ADV":
        return k + 1 if k + 1 < len(doc) else k
    after = verb.idx + len(verb.text_with_ws)
    match = connectors(pack_of(doc)).match(text_of(doc)[after:after + 40])
    if match is None:
        return k
    while k < len(doc) - 1 and doc[k].idx < after + match.end():
        k += 1
    return k


def verbless_object(verb: Token, info: SpeechVerb) -> bool:
    """ "X, avocate du syndicat, juge la procédure « … »": a speech verb of the quoted-object frame,
    read as a noun in apposition after a comma, with an object after it (a determiner), in a
    sentence where the tagger found no verb at all: it is the sentence's verb."""
    doc = verb.doc
    sent = verb.sent
    return doc[verb.i - 1].text == "," and verb.text[:1].islower() and doc[verb.i + 1].pos_ == "DET" and \
        has_frame(info, pack_of(doc), "quoted_object") and \
        not any(t.pos_ in ("VERB", "AUX") for t in sent)


def subject_then_quoted_object(verb: Token, info: SpeechVerb) -> bool:
    """ "X juge la visite « utile »", "un taux qu'il juge « illégal »", "X y juge l'accord « … »": a
    speech verb of the quoted-object frame the tagger read as a noun, right after what ends its
    subject (a name, a noun or an adjective with no article between, or a subject pronoun, past the
    pronouns it governs) and before its object or the quotation, which opens within a few words. A
    noun does not follow its own subject or a subject pronoun without an article: it is the verb."""
    doc = verb.doc
    pack = pack_of(doc)
    if not verb.text[:1].islower() or not has_frame(info, pack, "quoted_object") or verb.i + 1 >= len(doc):
        return False
    clitics = speaker_words(pack).subject_clitics
    k = verb.i - 1
    while k > 0 and doc[k].pos_ == "PRON" and fold_same_length(doc[k].lower_) not in clitics:
        k -= 1  # "y juge", "l'estime": the verb's own pronouns
    before = doc[k]
    subject = fold_same_length(before.lower_) in clitics or \
        before.pos_ in ("NOUN", "PROPN", "ADJ") and k == verb.i - 1 or before.pos_ == "PROPN"
    after = doc[verb.i + 1]
    window = doc[verb.i + 1:min(verb.sent.end, verb.i + QUOTED_OBJECT_REACH)]
    return subject and (after.pos_ == "DET" or after.text in QUOTE_CHARS) and \
        any(t.text in QUOTE_CHARS for t in window)
