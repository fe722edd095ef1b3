"""Where a reported clause ends before another cue: a participial adjunct or a speech infinitive
going on from it ("…, ajoutant que …", "…, avant d'ajouter que …"), and a closing incise ("…,
rapporte l'agence."). Helpers of reports.py; inside(): the quotation that holds a position.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .context import pack_of
from .lexicon import function_words, speech_verb
from .marker_phrases import marker_at
from .quotemarks import QuotedSpan, opening_between
from .syntax import inverted_pronouns, labels, token_from


def before_participle_cue(doc: Doc, first: Token, end: int, quoted: list[QuotedSpan]) -> int:
    """Cut a clause before a participial adjunct that reports on its own ("a précisé que …, ajoutant
    que …", "…, en soulignant que …"): the adjunct's words are a second quote with its own cue. Not
    inside a quotation (the speaker's own words)."""
    pack = pack_of(doc)
    gerund = function_words(pack, "gerund")
    sequence = function_words(pack, "sequence_preposition")
    purpose = function_words(pack, "purpose_preposition")
    for token in doc[first.i + 1:]:
        if token.idx >= end:
            break
        if token.text != "," or token.i + 2 >= len(doc):
            continue
        # an adverb may come first: "…, tout en reconnaissant que …", "…, peu avant d'ajouter que …"
        j = token.i + 1
        while j < token.i + 3 and j + 1 < len(doc) and doc[j].pos_ == "ADV" and doc[j + 1].pos_ != "PUNCT":
            j += 1
        verb = doc[j + 1] if doc[j].lower_ in gerund and j + 1 < len(doc) else doc[j]
        adjunct = verb.pos_ == "VERB" and "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")
        if doc[j].lower_ in sequence | purpose:
            # "…, avant d'ajouter que …", "…, après avoir rappelé que …": an infinitive going on (cues.py)
            verb = sequel_verb(doc, j + 1)
            adjunct = verb is not None and (doc[j].lower_ in sequence or "Inf" in verb.morph.get("VerbForm")) \
                and _reports(verb, quoted)  # not "…, pour répondre aux inquiétudes", "…, après avoir annoncé sa démission"
        if adjunct and speech_verb(verb) is not None and inside(quoted, token.idx) is None:
            return token.idx
    return end


def _reports(verb: Token, quoted: list[QuotedSpan]) -> bool:
    """Does an infinitive report words of its own: a clause ("ajouter que …") or a quotation
    ("dénoncer « … »") in its phrase?"""
    clauses = labels(pack_of(verb.doc), "clausal_complement")
    end = verb.right_edge.idx + len(verb.right_edge.text)
    return any(c.dep_ in clauses for c in verb.children) or any(verb.idx < q.start < end for q in quoted)


def sequel_verb(doc: Doc, i: int) -> Token | None:
    """The infinitive (simple or compound) after a sequence preposition at i - 1, if one follows."""
    genitive = function_words(pack_of(doc), "genitive")
    while i < len(doc) and (doc[i].lower_ in genitive or doc[i].pos_ == "AUX"):
        i += 1
    if i < len(doc) and doc[i].pos_ == "VERB" and {"Inf", "Part"} & set(doc[i].morph.get("VerbForm")):
        return doc[i]
    return None


def before_trailing_incise(doc: Doc, start: int, end: int) -> int:
    """Cut a clause before a closing incise: "…, rapporte l'agence Anadolu." belongs to the cue."""
    last = token_from(doc, end - 1)
    if last is None:
        return end
    pack = pack_of(doc)
    clitics = function_words(pack, "euphonic") | inverted_pronouns(pack)
    i = last.i
    while i > 0 and doc[i].idx > start:
        if doc[i].text == ",":
            j = i + 1
            while j < len(doc) and (doc[j].pos_ == "AUX" or doc[j].lower_ in clitics):
                j += 1
            if j < len(doc) and speech_verb(doc[j]) is not None and doc[j].idx < end and \
                    not any(t.pos_ in ("VERB", "AUX") for t in doc[j + 1:last.i + 1]):
                return doc[i].idx
            return end
        i -= 1
    return end


def before_trailing_marker(doc: Doc, start: int, end: int, quoted: list[QuotedSpan]) -> int:
    """Cut a clause before an attribution marker that closes its sentence ("… le droit de riposter,
    selon l'agence TASS."): the marker attributes the whole sentence, cue and all, to its own
    speaker (a report of its own, nlp/marker_reports.py find_marker_reports), not more of the words."""
    last = token_from(doc, end - 1)
    if last is None:
        return end
    for comma in reversed(doc[:last.i]):
        if comma.idx <= start:
            return end
        if comma.text != "," or inside(quoted, comma.idx) is not None:
            continue
        found = marker_at(doc, comma.i + 1) if comma.i + 1 < len(doc) else None
        if found is not None and found[0].after and \
                not any(t.pos_ in ("VERB", "AUX") or t.text in ",;:" for t in doc[found[1]:last.i + 1]):
            return comma.idx
        return end
    return end


def inside(spans: list[QuotedSpan], position: int) -> QuotedSpan | None:
    """The top-level quotation whose words hold a position."""
    for q in opening_between(spans, 0, position):
        if q.depth == 0 and q.start <= position < q.end:
            return q
    return None
