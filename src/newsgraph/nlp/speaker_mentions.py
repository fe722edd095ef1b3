"""The speaker mention of a quote, made a well-formed noun phrase before it is resolved.

The finders (quotes.py, reports.py) return the speaker as a char span read off the parse, and the
md parser often glues other words to it: a time word or a place before the name ("lundi la
ministre", "à la tribune le président"), a connector ("Mais le premier ministre"), the channel or
a date after it ("le chef du gouvernement sur le réseau social Twitter", "Le Canard enchaîné de
ce 22 mars"), or a run-on clause ("la coordination … et fait"). `clean_mention` trims these.
Reading a mention again from the cue itself is cue_readings.py's job.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .context import pack_of
from .glued import is_invisible
from .lexicon import speech_verb
from .mention_words import MentionWords, mention_words
from .roles import in_role
from .syntax import labels
from .textutil import expanded_span, text_of

# a bracketed aside inside a mention
ASIDE = re.compile(r"\([^()]*\)")
# a mention longer than this is a clause the parser took for a noun phrase
MAX_MENTION_TOKENS = 24


def _is_time(words: MentionWords, token: Token) -> bool:
    """A day, a month, a part of the day, or a day's number or a year ("22 mars", "2016")."""
    if token.lower_ in words.time:
        return True
    if token.is_digit and len(token.text) == 4:
        return True
    doc = token.doc
    return token.is_digit and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in words.time


def _starts_noun_phrase(token: Token, words: MentionWords) -> bool:
    return token.lower_ in words.determiners or token.pos_ in ("PROPN", "DET") or \
        (token.text[:1].isupper() and token.is_alpha)


def _is_preposition(token: Token, words: MentionWords) -> bool:
    """A preposition, or the capital of one written without its accent that the tagger does not
    read as one ("A Berne" for "À Berne"; never the verb "A-t-il")."""
    return token.pos_ == "ADP" or token.text[:1].isupper() and token.lower_ in words.capital_prepositions and \
        token.pos_ not in ("AUX", "VERB")


def clean_mention(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The speaker mention trimmed to a noun phrase: no leading connector, adverb, time word or
    prepositional phrase; nothing after a finite verb, a relative pronoun, a channel or place
    preposition, a date or a comma."""
    span = expanded_span(doc, start, end)
    if span is None or not len(span):
        return start, end
    words = mention_words(pack_of(doc))
    tokens = list(span)
    # -- the left edge
    i = 0
    while i < len(tokens) - 1:
        token = tokens[i]
        if token.is_punct or token.is_space or is_invisible(token.text) or token.lower_ in words.openers or \
                _is_time(words, token) \
                or token.pos_ in ("ADV", "CCONJ", "SCONJ") and token.lower_ not in words.pronouns:
            i += 1
            continue
        if _is_preposition(token, words) and token.lower_ not in words.determiners:
            # a leading prepositional phrase ("à la tribune le président"): skipped only when a
            # noun phrase starts after it
            k = i + 1
            while k < len(tokens) and (tokens[k].pos_ in ("DET", "ADJ", "NOUN", "NUM", "PROPN") or tokens[k].ent_type_
                                       or _is_time(words, tokens[k])) and not (k > i + 1 and tokens[k].pos_ == "DET"):
                k += 1
            if i + 1 < k < len(tokens) and _starts_noun_phrase(tokens[k], words):
                i = k
                continue
            if i + 1 < k < len(tokens) - 1 and tokens[k].text == "," and _starts_noun_phrase(tokens[k + 1], words):
                i = k + 1  # a fronted place set off by its comma: "A Berne, le ministère"
                continue
            i += 1  # the whole mention is a prepositional phrase: keep its noun phrase
            continue
        if token.lower_ in words.determiners and i + 1 < len(tokens) and _is_time(words, tokens[i + 1]):
            i += 2  # "ce mercredi le ministre"
            continue
        break
    tokens = tokens[i:]
    # -- the right edge: the first token that cannot be part of the noun phrase ends it
    cut = len(tokens)
    for k, token in enumerate(tokens):
        if k == 0:
            continue
        low = token.lower_
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if token.text in (",", ";", ":", "(", "«", "»", "\"", "“", "”", ".") or "\n" in token.text:
            cut = k
            break
        if low in words.trailers or low in words.relatives:
            cut = k
            break
        if token.pos_ in ("AUX",) or token.pos_ == "VERB" and "Part" not in token.morph.get("VerbForm"):
            cut = k
            break
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None  # (past the mention's end too)
        if token.pos_ in ("NOUN", "ADJ") and following is not None and following.lower_ in words.complementizers \
                and following.pos_ == "SCONJ" and speech_verb(token) is not None \
                and not any(left.pos_ == "DET" for left in token.lefts):
            cut = k  # "Ce père de famille juge que": the speech verb the parser took for a noun
            # (a noun with its own determiner is one: "dans le communiqué que …")
            break
        if token.pos_ == "CCONJ" and nxt is not None and nxt.pos_ in ("VERB", "AUX", "ADV"):
            cut = k  # a run-on clause: "la coordination … et fait"
            break
        if token.pos_ == "DET" and token.text.islower() and tokens[k - 1].pos_ == "PROPN" and \
                tokens[0].pos_ == "PROPN" and all(t.pos_ == "PROPN" for t in tokens[:k]):
            cut = k  # a name, then its description with the comma left out: "X le vice-président de Y"
            break
        if _is_time(words, token) and token.pos_ != "PROPN" and not token.text[:1].isupper():
            cut = k
            while cut > 1 and (tokens[cut - 1].lower_ in words.determiners | words.genitive):
                cut -= 1  # "de ce 22 mars", "ce mercredi"
            break
        if token.pos_ == "ADP" and low not in words.genitive and low not in words.determiners and \
                not token.text[:1].isupper():
            cut = k  # the channel or the place: "sur le réseau social", "à la tribune", "devant"
            break
        if token.pos_ == "ADV" and not (nxt is not None and nxt.pos_ == "ADJ") and \
                not (token.text[:1].isupper() and (tokens[k - 1].pos_ == "PROPN" or token.ent_type_ == "PER")):
            cut = k  # "-t-elle ainsi", "le ministre aussi" (not a surname tagged as an adverb, after a
            # name or a civility title: "M. Macron")
            break
    if cut < len(tokens) and cut > 1 and tokens[cut].pos_ == "ADP" and tokens[cut - 1].pos_ == "VERB" and \
            "Part" in tokens[cut - 1].morph.get("VerbForm"):
        cut -= 1  # "les résultats tombés dans la nuit": a participle cut from its complement qualifies nothing
    tokens = tokens[:cut]
    while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].is_space or is_invisible(tokens[-1].text)
                               or tokens[-1].lower_ in words.genitive
                               or tokens[-1].pos_ in ("ADP", "CCONJ", "DET")):
        tokens = tokens[:-1]
    if not tokens:
        return start, end
    new_start = max(start, tokens[0].idx)
    new_end = min(end, tokens[-1].idx + len(tokens[-1].text))
    return (new_start, new_end) if new_end > new_start else (start, end)


def complemented_role_start(doc: Doc, start: int, end: int) -> int:
    """Where a mention that is only the complement of a role noun ("Finances", a finder having
    stopped at the noun before a marker: "le ministre des Finances, pour qui …") starts with that
    role's noun phrase; `start` for any other mention."""
    span = expanded_span(doc, start, end)
    if span is None or not len(span):
        return start
    noun = span.root
    head = noun.head
    if noun.dep_ not in labels(pack_of(doc), "nominal_modifier") or not head.i < span.start or \
            head.pos_ != "NOUN" or not in_role(doc, head.i):
        return start
    genitive = mention_words(pack_of(doc)).genitive
    between = doc[head.i + 1:span.start]
    if not len(between) or not all(t.head.i == noun.i and (t.lower_ in genitive or t.pos_ == "DET") for t in between):
        return start  # only "des", "de la" between the role and its complement
    first = head
    while first.i > 0 and doc[first.i - 1].head.i == head.i and doc[first.i - 1].pos_ in ("DET", "ADJ"):
        first = doc[first.i - 1]
    return first.idx


def looks_broken(doc: Doc, start: int, end: int) -> bool:
    """A mention that is no noun phrase at all: it holds a clause or a colon."""
    # an aside in brackets is no part of the phrase ("le média X (NDLR : proche du pouvoir)")
    text = ASIDE.sub("", text_of(doc)[start:end])
    if ":" in text or "«" in text or "»" in text:
        return True
    span = expanded_span(doc, start, end)
    if span is None:
        return False
    if len(span) > MAX_MENTION_TOKENS:
        return True
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not t.ent_type_ for t in span[1:])


def names_nobody(doc: Doc, start: int, end: int) -> bool:
    """A finder's mention with no noun, name, pronoun or number in it ("« … » poursuivant par
    « … »": the preposition after the cue) designates nobody; the speaker is read as for a cue
    with no mention."""
    span = expanded_span(doc, start, end)
    # a Doc without parts of speech (a bare tokenizer) tells nothing
    if span is not None and len(span) == 1 and span[0].lower_ in mention_words(pack_of(doc)).possessive:
        return False  # a marker's possessor ("À ses yeux"): whom it takes up speaks
    return span is not None and len(span) > 0 and all(t.pos_ for t in span) and \
        not any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "X", "ADJ") or t.text[:1].isupper() for t in span)
