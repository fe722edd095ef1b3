"""A medium's own piece as the channel of its staff's words: "Dans un éditorial, le directeur des
rédactions du journal précise que …" cites the journal through its editorial (GUIDELINES §3: the
medium through which a quote was given), where its staff speaking alone would only name their
employer ("le directeur du journal estime" cites nothing).

The piece is a noun of the pack's `media_works` ("éditorial", "chronique", "article") that a
preposition of documents (`document_channel_preposition`: "dans") opens, hung on the quote's cue
by the parse, with no complement of its own ("dans un éditorial du Monde" is cited elsewhere); the
speaker's mention names the medium (a title inside it) or describes it ("du journal": the latest
medium named before, as a definite description takes it up in unnamed_media.py).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .actors import ActorIndex
from .attribution import AttributedQuote
from .context import pack_of
from .lexicon import function_words, media_nouns
from .media_mentions import MediaMention, latest_medium, media_mentions
from .syntax import labels
from .textutil import text_of


def editorial_citations(doc: Doc, index: ActorIndex, quotes: list[AttributedQuote],
                        taken: list[tuple[int, int]]) -> list[tuple[str, str | None, int, int]]:
    """(name, actor id, start, end) of each medium cited through its own piece, outside `taken`."""
    out = []
    for quote in quotes:
        cue, speaker = quote.found.cue, (quote.speaker.start, quote.speaker.end)
        if cue is None or speaker[0] is None or speaker[1] is None:
            continue
        if any(s < speaker[1] and speaker[0] < e for s, e in taken):
            continue  # a medium speaking is cited as the speaker ("Dans un éditorial, Le Soir estime")
        piece = _piece_on_cue(doc, cue, speaker)
        if piece is None or any(s < piece[1] and piece[0] < e for s, e in taken):
            continue
        medium = _medium_of_speaker(doc, index, *speaker)
        if medium is None:
            continue
        out.append((medium.name, medium.actor, *piece))
        taken = [*taken, piece]
    return out


def _piece_on_cue(doc: Doc, cue: tuple[int, int], speaker: tuple[int, int]) -> tuple[int, int] | None:
    """The char span of "Dans un éditorial" hung on the cue's verb, or fronted before the speaker
    and hung on it (the parser makes "Dans un éditorial, la directrice …" a modifier of the
    subject), or None."""
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    subject = doc.char_span(*speaker, alignment_mode="expand")
    if span is None or subject is None:
        return None
    pack = pack_of(doc)
    works = pack.words("media_works")
    prepositions = function_words(pack, "document_channel_preposition")
    obliques = labels(pack, "oblique", "nominal_modifier")
    # fronted, the piece opens the sentence and a comma parts it from the speaker: the parser
    # hangs it anywhere ("Dans un éditorial, la directrice …" made a modifier of the subject)
    sent = subject.sent
    fronted = [t for t in doc[sent.start:subject.start] if t.i + 1 < len(doc) and doc[t.i + 1].text == "," and
               t.i + 2 == subject.start and t.left_edge.i == sent.start]
    for child in [c for verb in span for c in verb.children] + fronted:
        if child.dep_ not in obliques or child.lemma_.lower() not in works and child.lower_ not in works:
            continue
        cases = [c for c in child.children if c.dep_ in labels(pack, "case_marker") and c.i < child.i]
        if cases and cases[0].lower_ in prepositions and not _has_complement(child):
            return cases[0].idx, child.idx + len(child.text)
    return None


def _has_complement(token: Token) -> bool:
    """Does the piece have a complement or a clause of its own after it ("un éditorial du Monde",
    "un article publié par …")? Then it names its medium itself, or is someone else's."""
    return any(c.i > token.i and not c.is_punct for c in token.children)


def _medium_of_speaker(doc: Doc, index: ActorIndex, start: int, end: int) -> MediaMention | None:
    """The medium the speaker's mention names ("le rédacteur en chef du Soir") or describes by a
    media noun in it ("le directeur des rédactions du journal": the latest medium named before)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    nouns = media_nouns(pack_of(doc))
    if span is None or span.root.lemma_.lower() in nouns:
        return None  # (the medium's own description speaks for it: "le journal estime", cited so)
    # the mention may stop at its head ("le rédacteur"): its complements run on to the head's edge
    span = doc[span.start:max(span.end, span.root.right_edge.i + 1)]
    start, end = span.start_char, span.end_char
    named = media_mentions(doc, index)
    inside = [m for m in named if start <= m.start and m.end <= end]
    if inside:
        return inside[-1]
    if not any(t.lemma_.lower() in nouns and t.i > span.root.i for t in span):
        return None
    return latest_medium(named, start)
