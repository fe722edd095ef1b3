"""The phrase an attribution marker opens ("selon X", "d'après X", "pour X"), read on the parse
and on the surface: which marker starts at a token, where its speaker's noun phrase ends, where
that phrase ends inside a clause it splits, a title quoted inside it, and whether what follows an
ambiguous marker ("Pour X, …") names someone with a view. Moved out of syntax.py, which they kept
at its size limit; the quote finders, speaker mentions and source readers share them."""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from ..lang import LanguagePack
from .context import pack_of
from .lexicon import (Marker, attribution_markers, function_words, markers_by_first_word, media_nouns, pronoun_forms,
                      role_nouns)
from .syntax import labels, token_from
from .textutil import lower_forms

# what closes a sentence after a title that ends a closing marker's phrase
SENTENCE_END = frozenset(".!?…")


def _matches(doc: Doc, i: int, words: tuple[frozenset[str], ...]) -> bool:
    lowers = lower_forms(doc)
    return i + len(words) <= len(lowers) and all(lowers[i + k] in forms for k, forms in enumerate(words))


def marker_at(doc: Doc, i: int) -> tuple[Marker, int] | None:
    """The attribution marker starting at token i and the index of the token after it."""
    lowers = lower_forms(doc)
    for marker in markers_by_first_word(pack_of(doc)).get(lowers[i], ()):
        if not marker.speech or not _matches(doc, i, marker.tokens):
            continue
        after = i + len(marker.tokens)
        if marker.then and not (after < len(lowers) and lowers[after] in marker.then):
            continue
        return marker, after
    return None


def citing_marker_before(doc: Doc, i: int) -> int | None:
    """Index of the first token of a marker that cites a source and ends at token i ("selon", "d'après")."""
    for marker in attribution_markers(pack_of(doc)):
        first = i - len(marker.tokens) + 1
        if marker.cites and not marker.then and first >= 0 and _matches(doc, first, marker.tokens):
            return first
    return None


def speaker_np_end(doc: Doc, i: int, limit: int) -> int:
    """End token (exclusive) of the speaker NP after a marker: up to a comma or the sentence end."""
    j = i
    while j < limit and j - i < 20:
        if doc[j].text in ("«", '"') and (title := _title_end(doc, i, j, limit)) is not None:
            j = title  # "Selon le quotidien « Nikkei », …", "Selon « Le Temps », …": a medium's title
            continue
        if doc[j].text in (",", ".", ";", ":", "!", "?", "«", "»", '"'):
            break
        if doc[j].text == "(":  # "Pour l'ALN (Armée de Libération Nationale), …"
            close = next((k for k in range(j, min(limit, j + 12)) if doc[k].text == ")"), None)
            if close is None:
                return j
            j = close + 1
            continue
        # a finite verb: the marker opens no noun phrase ("Selon X a dit"); a participle, or an
        # infinitive inside a modifier of a noun before it, does not end it ("selon l'agence X
        # connue pour être …"; "Pour établir …" opens a purpose clause, not a speaker)
        form = doc[j].morph.get("VerbForm")
        named = "Inf" in form and any(t.pos_ in ("NOUN", "PROPN") for t in doc[i:j])
        if doc[j].pos_ in ("VERB", "AUX") and j > i and "Part" not in form and not named:
            return -1
        j += 1
    return j


def _title_end(doc: Doc, i: int, j: int, limit: int) -> int | None:
    """The token after a title in marks at token j that names the speaker of a marker whose phrase
    opened at token i: nothing but determiners, nouns and adjectives before it ("le quotidien
    économique « Nikkei »", "« Le Temps »"), a capital opening it, a few words with no verb, then a
    comma. A quotation after a preposition ("un rapport sur « … »") is a title inside a longer
    phrase (title_in_phrase_end), and one not followed by a comma opens the reported words. A noun
    before the title must be a medium's ("selon l'étude « Global Trends »" cites a study, and the
    study's noun is the speaker, as before)."""
    pack = pack_of(doc)
    # (a genitive inside the medium's description: "le site d'information marocain « Hespress »")
    genitive = function_words(pack, "genitive")
    if any(t.pos_ not in ("DET", "NOUN", "ADJ") and not (t.i > i and t.lower_ in genitive) for t in doc[i:j]) or \
            j + 1 >= limit or not doc[j + 1].text[:1].isupper():
        return None
    media = media_nouns(pack)
    nouns = [t for t in doc[i:j] if t.pos_ == "NOUN"]
    if nouns and not any(t.lower_ in media or t.lemma_.lower() in media for t in nouns):
        return None
    close = next((k for k in range(j + 2, min(limit, j + 7)) if doc[k].text in ("»", '"')), None)
    # then a comma, or the sentence's end when the marker closes it ("…, d'après le quotidien « X ».")
    ends = close is not None and (close + 1 == limit or doc[close + 1].text in SENTENCE_END and
                                  all(t.is_punct or t.is_space for t in doc[close + 1:limit]))
    if close is None or not ends and (close + 1 >= limit or doc[close + 1].text != ",") or \
            any(t.pos_ in ("VERB", "AUX") for t in doc[j + 1:close]):
        return None
    return close + 1


def titled_speaker(speaker: Span) -> Span:
    """The title in marks that ends a marker's phrase ("le quotidien « Nikkei »" → "Nikkei", see
    _title_end): the name of the medium that speaks; any other phrase as it is."""
    doc = speaker.doc
    if len(speaker) < 3 or speaker[-1].text not in ("»", '"'):
        return speaker
    opening = next((t.i for t in speaker if t.text in ("«", '"') and t.i < speaker.end - 1), None)
    if opening is None or _title_end(doc, speaker.start, opening, len(doc)) != speaker.end:
        return speaker
    return doc[opening + 1:speaker.end - 1]


def marker_phrase_end(doc: Doc, marker: int, start: int, end: int) -> int | None:
    """End token of the noun phrase that the marker at token `marker` governs inside a clause, when
    words after it in [start, end) hang on the clause rather than on that phrase ("aurait selon
    l'AFP | une centaine de morts", "a selon Le Devoir | refusé de …"): read on the parse, a second
    root in the span or the participle of a compound tense the marker splits. None when the span
    is one phrase ("… selon l'agence Reuters.")."""
    before = doc[marker - 1] if marker > 0 else None
    if before is not None and (before.pos_ == "AUX" or before.dep_ in labels(pack_of(doc), "auxiliary")):
        # "a selon Le Devoir refusé", "ont d'après l'AFP retrouvé": the marker splits a compound
        # tense, its phrase ends at the participle that goes on with the auxiliary
        verb = next((t.i for t in doc[start + 1:end] if t.pos_ in ("VERB", "AUX") and
                     "Part" in t.morph.get("VerbForm")), None)
        if verb is not None and all(t.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM") for t in doc[start:verb]):
            return verb
    roots = [t for t in doc[start:end] if (t.head.i == t.i or not start <= t.head.i < end) and
             not t.is_punct and not t.is_space]
    if len(roots) < 2:
        return None
    phrase = [t.i for t in roots[0].subtree if start <= t.i < roots[1].i]
    if not phrase or min(phrase) != start or any(doc[i].pos_ in ("VERB", "AUX") for i in phrase):
        return None  # ("selon l'agence X connue pour être …": what follows may go on with its modifier)
    cut = max(phrase) + 1
    while cut < end and (doc[cut].pos_ == "PROPN" or doc[cut].text[:1].isupper()):
        cut += 1  # a title the parser hung elsewhere is still the phrase's ("selon l'agence Tass")
    return cut if cut < end else None


def title_in_phrase_end(doc: Doc, np_end: int, limit: int, quoted) -> int:
    """ "Selon un rapport de l'INSEE sur « Les revenus des ménages », la crise …": a quotation right
    after a marker's noun phrase, closed and followed by a comma, is a title inside the phrase,
    not the reported words (those come after the comma, and open no incise). The phrase's end then
    moves to that comma; otherwise it stays where it was."""
    if np_end >= limit:
        return np_end
    opening = doc[np_end].idx
    quotation = next((q for q in quoted if q.depth == 0 and q.open_at == opening and q.closed), None)
    after = token_from(doc, quotation.outer_end) if quotation is not None else None
    if after is None or after.i >= limit - 1 or after.text != "," or doc[after.i + 1].pos_ in ("VERB", "AUX"):
        return np_end  # ("Selon X « … », a-t-il ajouté": an incise after the words, no clause)
    return after.i


def plausible_marker_speaker(span: Span) -> bool:
    """Does the span after an ambiguous marker ("Pour X, …") name someone with a view?"""
    pack = pack_of(span.doc)
    if len(span) == 1 and span[0].lower_ in pronoun_forms(pack, person="3", stressed="yes"):
        return True  # "Pour lui, c'est une erreur."
    # a body with a view: its head noun names an organisation, a government or an expert
    # ("Pour le gouvernement belge, …", "Pour l'organisation, …"), not people at large
    head = next((t for t in span if t.pos_ == "NOUN"), None)
    if head is not None and head.lemma_.lower() in _institution_nouns(pack) and len(span) <= 6:
        return True
    # someone by their office: "Pour le ministre, …", "Pour la présidente de la Commission, …"
    if head is not None and span[0].pos_ == "DET" and head.i == span.start + 1 and \
            (head.lemma_.lower() in role_nouns(pack) or head.lower_ in role_nouns(pack)):
        return True
    if not len(span) or span[0].lower_ in pack.words("marker_non_speakers") and \
            not any(t.ent_type_ in ("PER", "ORG") for t in span):
        return False
    if span[0].pos_ in ("VERB", "AUX") or "Inf" in span[0].morph.get("VerbForm"):
        return False
    if any(t.ent_type_ in ("PER", "ORG") for t in span):
        return True
    roles = role_nouns(pack)
    return any(t.lemma_.lower() in roles or t.lower_ in roles for t in span) or \
        any(t.pos_ == "PROPN" for t in span)


@cache
def _institution_nouns(pack: LanguagePack) -> frozenset[str]:
    return pack.words("organisation_nouns") | pack.words("leader_nouns") | pack.words("expertise_nouns")
