"""A description repeated from an earlier quote's speaker ("La coalition a confirmé … La coalition a
annoncé"): the same words designate the same speaker, even when another one ("les Nations unies")
spoke in between. Moved out of descriptions.py, which is near its size limit."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .resolved_speaker import UNSPECIFIED, ResolvedSpeaker
from .speaker_words import head_word

if TYPE_CHECKING:
    from .speakers import SpeakerResolver

# how far back (chars) an earlier speaker's description is taken up
REACH = 3000


def repeated_description(r: "SpeakerResolver", head: str, start: int, end: int) -> ResolvedSpeaker | None:
    """The speaker of the latest earlier quote whose speaker was written with the same head noun."""
    for turn in reversed(r.turns):
        if turn.position >= start:
            continue
        if start - turn.position > REACH:
            return None
        speaker = turn.speaker
        if not speaker.name or speaker.name == UNSPECIFIED:
            continue
        if speaker.start is not None and head_word(r.words, r.text[speaker.start:speaker.end]) == head:
            return r.speaker(speaker.actor, start, end) if speaker.actor else ResolvedSpeaker(None, speaker.name, start, end)
    return None
