"""A plural description that takes up a group already speaking under another word: "Selon les
trois magistrats, … « … », ont souligné les juges." The group has no actor in the index (it is
no one name), so the description would stay as written and count as a second speaker; it is the
group quoted just before when its head noun is the same office or one the pack gives as a
synonym of it (role_synonyms.tsv: "juge" = "magistrat")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .resolved_speaker import ResolvedSpeaker
from .speaker_words import first_word, is_plural
from .textutil import fold_same_length

if TYPE_CHECKING:
    from .speakers import SpeakerResolver


def _head_lemma(tokens) -> str:
    for token in tokens:
        if token.pos_ in ("NOUN", "PROPN"):
            return fold_same_length(token.lemma_.lower())
    return ""


def group_taken_up(r: "SpeakerResolver", text: str, start: int, end: int, position: int) -> ResolvedSpeaker | None:
    """The group quoted in this paragraph or the one before whose designation a plural definite
    description echoes by its office, under the group's own designation."""
    words = r.words
    span = r.doc.char_span(start, end, alignment_mode="expand")
    if span is None or first_word(text) not in words.definite or not is_plural(words, span):
        return None
    head = _head_lemma(span)
    if head not in words.roles:
        return None
    # the latest quote attributed before, in this paragraph or the one before (a group's
    # designation is no turn a pronoun takes up: read the attributions themselves)
    done = [(q, s) for q, s in r.done if q.start < position]
    if not done:
        return None
    quote, speaker = max(done, key=lambda item: item[0].start)
    if r.paragraph_of(position) - r.paragraph_of(quote.start) > 1 or speaker.actor or speaker.start is None:
        return None
    earlier = r.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if earlier is None or not is_plural(words, earlier) or earlier.text == span.text:
        return None
    other = _head_lemma(earlier)
    if other != head and other not in words.synonyms.get(head, ()):
        return None
    return ResolvedSpeaker(None, speaker.name, start, end)
