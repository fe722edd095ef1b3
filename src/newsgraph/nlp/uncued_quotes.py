"""The speaker of a quotation that no cue attributes and that continues no quote near it.

English news often opens a paragraph with someone's words and names them only in a sentence
after, with no speech verb of its own: '"We will fix the road before winter." Dana Whitfield,
the mayor, made the promise at a rally.' Such a quotation used to be dropped (a continuation with
no quote to continue). Where the language pack says so, it takes the subject of a sentence after
it in its paragraph, when that subject is a proper name: the paragraph goes on about the person
whose words open it. Only names are read (a pronoun or a common noun there is as often someone
else), and only after the words, so text run together from an earlier paragraph is not read.
Only words standing as sentences of their own (direct): words embedded in a sentence with no cue
(mixed) may hang on a headline's "Smith:" or on the sentence around them.
Words that open their paragraph take that name even when a quote of one or two paragraphs
before would otherwise lend them its speaker: the name after them is nearer. Words inside a
paragraph keep continuing the last speaker ('"A," X said. "B." Y left.': B is X's).
"""
from __future__ import annotations

from spacy.tokens import Doc

from .context import pack_of
from .syntax import noun_phrase, subject_labels


def named_subject_after(doc: Doc, start: int, end: int, paragraph: tuple[int, int]) -> tuple[int, int] | None:
    """The char span of the nearest proper-name subject of a sentence's main verb after the
    quotation [start, end) and in its paragraph, or None."""
    span = doc.char_span(paragraph[0], paragraph[1], alignment_mode="expand")
    if span is None:
        return None
    subjects = subject_labels(pack_of(doc))
    for sent in span.sents:
        if sent.end_char <= end:
            continue
        subject = next((c for c in sent.root.children if c.dep_ in subjects), None)
        if subject is not None and subject.idx > end and subject.pos_ == "PROPN":
            phrase = noun_phrase(subject)
            return phrase.start_char, phrase.end_char
    return None
