"""News sources the article cites: media and agencies as origin or channel of information.

A media mention is a source when its context says so: an attribution marker
("selon l'agence Reuters"), the channel of a statement ("a déclaré à l'AFP",
"sur Europe 1", "dans un entretien au Monde"), a speech verb it is the subject of
("a rapporté CNN", "Le Figaro annonce") or a dispatch credit ("(AFP)"). Mentions as
an employer or a topic ("le journaliste de France 2") are not. Unnamed media
("selon les médias iraniens", "selon un reportage") are sources with named=False.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..model import Quote, Source
from .actors import ActorIndex
from .context import pack_of
from .lexicon import media_nouns, speech_verb
from .textutil import fold_same_length, text_of

CHANNEL_NOUNS = {"entretien", "interview", "antenne", "plateau", "micro", "émission", "déclaration",
                 "déclarations", "propos", "colonnes", "page", "pages", "communiqué", "reportage"}
GENERIC_MEDIA = re.compile(
    r"\b(?P<cue>selon|d['’]après|de source)\s+(?P<np>(?:les|des|un|une|le|la|l['’]|plusieurs|certains|certaines)\s*"
    r"(?:médias?|presse|journaux|reportages?|documentaires?|sources? de presse|agences? de presse|chaînes? de télévision)"
    r"(?:\s+(?!et\b)[a-zéèêàâîïôûç\-]+){0,3})",
    re.I)
# participles whose "par X" agent is the medium a statement went through
PASSIVE_CHANNELS = {"citer", "cité", "interroger", "interrogé", "interviewer", "interviewé", "joindre", "joint",
                    "contacter", "contacté", "rapporter", "rapporté", "relayer", "relayé", "sollicité"}
CREDIT = re.compile(r"\((?P<name>[A-Za-z][\w\-]*(?:\s*/\s*[A-Za-z][\w\-]*)*)\)")
# lower-case wire credits that are not in the media list under these short forms
AGENCY_CREDITS = {"ats", "afp", "ap", "reuters", "belga", "nxp", "apa", "dpa", "ansa", "efe"}


def find_sources(doc: Doc, index: ActorIndex, quotes: list[Quote] = ()) -> list[Source]:
    text = text_of(doc)
    found: list[Source] = []
    # a medium (or a description of one: "indique le quotidien") speaking a quote is a source
    for quote in quotes:
        speaker = quote.speaker
        actor = index.actors.get(speaker.actor) if speaker.actor else None
        if actor is None or actor.kind != "media" or speaker.start is None or quote.continuation:
            continue
        start, end = speaker.start, speaker.end
        cue = quote.cue
        if cue is not None and (0 <= cue.start - end <= 25 or 0 <= start - cue.end <= 3):
            start, end = min(start, cue.start), max(end, cue.end)
        if not any(s.start < end and start < s.end for s in found):
            mention = index.at(speaker.start, speaker.end, ("media",))
            found.append(Source(_display_name(mention.text, actor.name) if mention else actor.name, actor.id,
                                start, end))
    for mention in index.mentions:
        if mention.kind != "media" or any(s.start <= mention.start < s.end for s in found):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        actor = index.actors[mention.actor_id]
        cue_start = _cited_from(doc, span.start, span.end)
        if cue_start is not None:
            found.append(Source(_display_name(mention.text, actor.name), actor.id, min(cue_start, mention.start),
                                max(mention.end, span.end_char)))
            continue
        verb_end = _speaks(doc, span.start, span.end)
        if verb_end is not None:
            found.append(Source(_display_name(mention.text, actor.name), actor.id, min(mention.start, verb_end[0]),
                                max(mention.end, verb_end[1])))
    for match in GENERIC_MEDIA.finditer(text):
        if any(s.start <= match.start() < s.end or match.start() <= s.start < match.end() for s in found):
            continue
        np = match.group("np").rstrip()
        found.append(Source(np, None, match.start(), match.start("np") + len(np), named=False))
    for match in CREDIT.finditer(text):
        # a dispatch credit: "(AFP)", "(ats/nxp)" — a known agency alone in brackets
        names = [n.strip() for n in match.group("name").split("/")]
        if any(s.start < match.end() and match.start() < s.end for s in found):
            continue
        actor = _media_actor(names[0], index)
        if actor is not None or names[0].lower() in AGENCY_CREDITS:
            found.append(Source(match.group("name"), actor.id if actor else None, match.start(), match.end()))
    found.sort(key=lambda s: s.start)
    return found


def _display_name(written: str, canonical: str) -> str:
    """The medium's name as the press writes it: "AFP" rather than "Agence France-Presse",
    but "Le Figaro" rather than the bare "Figaro" the entity recogniser keeps."""
    if fold_same_length(canonical).endswith(fold_same_length(written)):
        return canonical
    return written


def _media_actor(name: str, index: ActorIndex):
    for actor in index.actors.values():
        if actor.kind == "media" and (actor.name.lower() == name.lower() or
                                      any(index_text.lower() == name.lower() for index_text in
                                          [m.text for m in index.mentions if m.actor_id == actor.id])):
            return actor
    return None


def _cited_from(doc: Doc, start: int, end: int) -> int | None:
    """Start char of the marker or channel that cites the medium at tokens [start, end)."""
    nouns = media_nouns(pack_of(doc))
    i = start - 1
    # walk back over the medium's own description: "l'agence de presse", "le quotidien français"
    while i >= 0 and i > start - 6 and (doc[i].pos_ in ("DET", "ADJ") or doc[i].lemma_.lower() in nouns or
                                         doc[i].lower_ in ("de", "presse", "d'", "télévision", "information")):
        i -= 1
    if i < 0:
        return None
    token = doc[i]
    low = token.lower_
    if low == "selon" or (low == "après" and i > 0 and doc[i - 1].lower_ in ("d'", "d’")):
        return doc[i - 1].idx if low == "après" else token.idx
    if low in ("source",) and i > 0 and doc[i - 1].lower_ == "de":
        return doc[i - 1].idx
    if low in ("de", "d'", "d’", "du") and i > 0 and doc[i - 1].lower_ in CHANNEL_NOUNS | {"documentaire", "enquête"}:
        # "le documentaire d'Al Jazeera", "une interview du Monde"
        k = i - 1
        while k > 0 and doc[k - 1].pos_ in ("DET", "ADJ"):
            k -= 1
        return doc[k].idx
    if low == "par" and i > 0 and doc[i - 1].lemma_.lower() in PASSIVE_CHANNELS:
        return doc[i - 1].idx  # "cité par l'agence TASS", "interrogé par France 24"
    if low in ("à", "au", "aux", "sur", "dans"):
        # channel: a speech verb or an interview noun just before ("a déclaré à l'AFP")
        j = i - 1
        while j >= 0 and j > i - 5 and doc[j].text not in (".", "»", "«") :
            if speech_verb(doc[j]) is not None and doc[j].pos_ in ("VERB", "AUX"):
                return doc[j].idx
            if doc[j].lower_ in CHANNEL_NOUNS:
                k = j - 1
                while k >= 0 and doc[k].pos_ in ("DET",) or (k >= 0 and doc[k].lower_ in ("dans", "lors", "de", "d'")):
                    k -= 1
                return doc[k + 1].idx
            j -= 1
        if low == "sur":  # "sur Europe 1" after a statement in the same sentence
            sent = token.sent
            if any(speech_verb(t) is not None and t.pos_ == "VERB" for t in sent) or \
                    any(ch in sent.text for ch in "«»\""):
                return token.idx
    return None


def _speaks(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The medium is the subject of a speech verb: "Le Figaro annonce", "a rapporté CNN"."""
    nouns = media_nouns(pack_of(doc))
    for token in doc[start:end]:
        # "L'agence Reuters confirme": the medium is in apposition to the subject noun
        if token.dep_ in ("appos", "flat:name", "nmod") and token.head.lemma_.lower() in nouns and \
                not start <= token.head.i < end:
            token = token.head
        head = token.head
        if token.dep_ in ("nsubj", "nsubj:pass") and speech_verb(head) is not None:
            return (min(doc[start].idx, head.idx), max(doc[end - 1].idx + len(doc[end - 1].text), head.idx + len(head.text)))
    if start > 0:
        prev = doc[start - 1]
        if speech_verb(prev) is not None and prev.pos_ == "VERB" and start >= 2 and doc[start - 2].text not in (",",) \
                or (start >= 2 and prev.pos_ == "DET" and speech_verb(doc[start - 2]) is not None):
            verb = prev if speech_verb(prev) is not None else doc[start - 2]
            return verb.idx, doc[end - 1].idx + len(doc[end - 1].text)
    return None
