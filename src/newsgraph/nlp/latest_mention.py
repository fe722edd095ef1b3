"""Which mention of a continuation's speaker the continuation shows.

A continuation (quoted words with no cue of their own) takes the speaker of an earlier report,
but where the text names that speaker again between the two ("Jones said … . Later Jones went
further. “…”", "… she said. He pressed her, and she refused. “…”"), PolNeAR marks as the
source the nearest subject that stands for the speaker, not the earlier report's. The speaker
stays the one inherited; only the mention moves, to the latest subject before the words that
resolves to the same actor and is the subject of its sentence's main verb, in the quotation's
paragraph or the one before it, outside any reported words. (French gold names speakers, not mentions: the pack setting leaves it out.)
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .context import pack_of
from .resolved_speaker import ResolvedSpeaker
from .syntax import noun_phrase, subject_labels

if TYPE_CHECKING:
    from .reports import FoundQuote
    from .speakers import SpeakerResolver

# how many paragraphs before the quotation's own a later mention may stand in
PARAGRAPHS_BACK = 1


def latest_mention(r: "SpeakerResolver", quote: "FoundQuote", inherited: ResolvedSpeaker) -> ResolvedSpeaker:
    """The inherited speaker, shown at its latest subject mention between the earlier report's
    mention and the continuation (the inherited speaker itself when there is none)."""
    doc = r.doc
    if not pack_of(doc).setting("continuation_latest_mention", False) or inherited.actor is None or \
            inherited.end is None or inherited.end >= quote.start:
        return inherited
    window = doc.char_span(inherited.end, quote.start, alignment_mode="contract")
    if window is None:
        return inherited
    first_paragraph = r.paragraph_of(quote.start) - PARAGRAPHS_BACK
    subjects = subject_labels(pack_of(doc))
    for token in reversed(window):
        # only the subject of a sentence's main verb takes the speaker up again: one in a clause
        # below ("…,” she said of the vote, in which she was sure …") is no new mention of the speaker
        if token.dep_ not in subjects or token.head.i != token.sent.root.i or \
                r.paragraph_of(token.idx) < first_paragraph:
            continue
        if token.pos_ == "PRON":
            start, end = token.idx, token.idx + len(token.text)
        elif token.pos_ in ("PROPN", "NOUN"):
            phrase = noun_phrase(token)
            start, end = phrase.start_char, phrase.end_char
        else:
            continue
        if start < inherited.end or r.in_reported(start, end):
            continue
        found = r.resolve(start, end, start)
        if found.actor == inherited.actor and found.start is not None:
            return ResolvedSpeaker(inherited.actor, inherited.name, found.start, found.end)
    return inherited
