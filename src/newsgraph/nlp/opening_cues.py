"""Cues written before a quotation's opening mark: a speech verb and a colon ("X a déclaré : « … »"),
a marker ("Selon X, « … »"), a name label ("Barack Obama : « … »"), or the paragraph before a
block quotation ('The Times reports:' / '"…"')."""
from __future__ import annotations

from spacy.tokens import Doc

from .colon_labels import named_label, prefix_end
from .context import pack_of
from .lexicon import function_words, is_actor_like, speech_verb
from .paragraphs import paragraph_of
from .quotemarks import QUOTE_CHARS, QuotedSpan
from .syntax import (after_as, cue_start, labels, is_negated, is_speech_act, np_after, sentence_bounds,
                     speaker_of_verb, subject_of, token_from)
from .marker_phrases import marker_at, plausible_marker_speaker, speaker_np_end
from .textutil import text_of


def _speech_verbs(words) -> list:
    return [t for t in words if speech_verb(t) is not None and t.pos_ == "VERB"
            and not is_negated(t) and is_speech_act(t)]


def _cue_in_paragraph_before(doc: Doc, q: QuotedSpan):
    """A quotation that opens its paragraph after a paragraph ending in a speech verb and a colon:
    'The Times reports:' / '"In an illustration of …"' (a block quotation). Read only when the words
    fill their paragraph (a quotation followed by its own incise is attributed there)."""
    text = text_of(doc)
    paragraphs = doc._.paragraphs or []
    k = paragraph_of(paragraphs, q.open_at)
    if k == 0 or k >= len(paragraphs) or paragraphs[k][0] != q.open_at or \
            text[q.outer_end:paragraphs[k][1]].strip(" \u00a0.!?…"):
        return None
    p_start, p_end = paragraphs[k - 1]
    last = text[p_start:p_end].rstrip()
    if last.endswith(",") and last[-2:-1].isalnum():
        # the colon's weaker sibling at a block quotation: 'Governor Lopez said,' / '"…"'
        return _cue_ending_paragraph(doc, p_start + len(last) - 2)
    if not last.endswith(":"):
        return _cue_ending_paragraph(doc, p_start + len(last) - 1) if last[-1:].isalnum() else None
    colon_tok = token_from(doc, p_start + len(last) - 1)
    if colon_tok is None:
        return None
    verbs = _speech_verbs(doc[colon_tok.sent.start:colon_tok.i])
    if not verbs:
        # another verb whose subject is someone and whose object is a statement ('Sanders made the
        # following comment:', 'The senator issued a statement:'), not any gesture ('walked to the
        # podium and looked at the crowd:')
        pack = pack_of(doc)
        statements = pack.words("channel_nouns") | pack.words("document_nouns")
        objects = pack.label("object")
        others = [t for t in doc[colon_tok.sent.start:colon_tok.i] if t.pos_ == "VERB" and any(
            c.dep_ in objects and (c.lower_ in statements or c.lemma_.lower() in statements) for c in t.children)]
        subject = subject_of(others[0]) if others else None
        if subject is None or not is_actor_like(subject):
            return None
        return ((cue_start(others[0]), others[0].idx + len(others[0].text)),
                (subject.start_char, subject.end_char), None, "weak")
    verb = verbs[-1]
    subject = speaker_of_verb(verb)
    if subject is None:
        return None
    return ((cue_start(verb), verb.idx + len(verb.text)), (subject.start_char, subject.end_char),
            speech_verb(verb), "strong")


def _cue_ending_paragraph(doc: Doc, last_char: int):
    """A paragraph that breaks off after its speech verb, the colon lost ('Governor Lopez said in a
    statement' / '"The state will not …"'): the verb reports nothing in its own paragraph (no clause
    or infinitive of its own), so the quotation that fills the next paragraph is what it reports."""
    last = token_from(doc, last_char)
    if last is None:
        return None
    verbs = _speech_verbs(doc[last.sent.start:last.i + 1])
    if not verbs:
        return None
    verb = verbs[-1]
    pack = pack_of(doc)
    reporting = labels(pack, "clausal_complement", "open_complement", "marker")
    subject = speaker_of_verb(verb)
    if subject is None or any(c.dep_ in reporting for c in verb.children):
        return None
    return ((cue_start(verb), verb.idx + len(verb.text)), (subject.start_char, subject.end_char),
            speech_verb(verb), "strong")


def cue_before(doc: Doc, q: QuotedSpan):
    """A cue before the opening mark: (cue, speaker, verb, strength) or None.

    strong: "X a déclaré : « … »", "Selon X, « … »", "comme le rappelle X, « … »";
    name:   "Barack Obama : « … »" (only a colon links a short naming prefix to the words);
    weak:   another verb before a colon ("la population se sent lâchée : « … »").
    """
    text = text_of(doc)
    sent, s_start, _ = sentence_bounds(doc, q.open_at)
    s_start = prefix_end(doc, s_start, q.open_at)
    pre = text[s_start:q.open_at]
    if not pre.strip():
        return _cue_in_paragraph_before(doc, q)
    stripped = pre.rstrip()
    first = token_from(doc, s_start)
    if stripped.endswith(":"):
        colon_tok = token_from(doc, s_start + len(stripped) - 1)
        verbs = _speech_verbs(doc[first.i:colon_tok.i])
        if verbs:
            verb = verbs[-1]
            subject = speaker_of_verb(verb) if verb.pos_ != "NOUN" else None
            return ((cue_start(verb), verb.idx + len(verb.text)),
                    (subject.start_char, subject.end_char) if subject is not None else None,
                    speech_verb(verb), "strong")
        if (named := named_label(doc, first.i, colon_tok.i)) is not None:
            return None, named, None, "name"
        prefix = doc[first.i:colon_tok.i]
        others = [t for t in prefix if t.pos_ == "VERB"]
        if others:
            verb = others[0]
            subject = subject_of(verb)
            if subject is not None and is_actor_like(subject):
                return ((cue_start(verb), verb.idx + len(verb.text)),
                        (subject.start_char, subject.end_char), None, "weak")
        return None
    if stripped.endswith(","):
        i = first.i
        openers = function_words(pack_of(doc), "clause_opener")
        while i < sent.end and doc[i].lower_ in openers:
            i += 1
        marker = marker_at(doc, i)
        if marker is not None:
            end = speaker_np_end(doc, marker[1], sent.end)
            if end > marker[1] and (not marker[0].ambiguous or plausible_marker_speaker(doc[marker[1]:end])):
                return ((doc[i].idx, doc[marker[1] - 1].idx + len(doc[marker[1] - 1].text)),
                        (doc[marker[1]].idx, doc[end - 1].idx + len(doc[end - 1].text)), None, "strong")
        if after_as(doc, i):
            for t in doc[i:sent.end]:
                info = speech_verb(t)
                if info is not None:
                    subject = np_after(doc, t.i + 1, sent.end)
                    return ((doc[i].idx, t.idx + len(t.text)),
                            (subject.start_char, subject.end_char) if subject is not None else None, info, "strong")
        # "As a phone rang, the announcer said, “…”", "he told reporters on Monday, “…”": a speech
        # verb and its subject before the comma that opens the words, with at most a few words of
        # its own (an object, a time) between
        comma = token_from(doc, s_start + len(stripped) - 1)
        verb = next((t for t in reversed(doc[max(first.i, comma.i - 5):comma.i]) if t.pos_ == "VERB"), None)
        if verb is not None and any(t.is_punct or not verb.is_ancestor(t)
                                    for t in doc[verb.i + 1:comma.i]):
            verb = None
        # not an incise between two pieces of one quotation ('"A," Scott said, "B"'): those join
        incise = any(c in QUOTE_CHARS for c in pre)
        if verb is not None and not incise and verb.pos_ == "VERB" and speech_verb(verb) is not None and \
                not is_negated(verb) and is_speech_act(verb):
            subject = speaker_of_verb(verb)
            if subject is not None:
                return ((cue_start(verb), verb.idx + len(verb.text)), (subject.start_char, subject.end_char),
                        speech_verb(verb), "strong")
    return None
