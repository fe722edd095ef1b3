"""A person the article describes but never names, taken up by a bare description when no named
person fits it: the latest unnamed speaker written with the same noun ("D'après un diplomate
européen, … juge ce diplomate"), else the unnamed person speaking in the paragraph ("un membre de
la délégation a estimé … Le diplomate assure"). For descriptions.py, which is near its size limit.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .office_titles import complement_words, role_head
from .repeated_descriptions import repeated_description
from .resolved_speaker import ResolvedSpeaker
from .roles import agent_noun
from .speaker_words import description_gender, first_word, is_plural

if TYPE_CHECKING:
    from .speakers import SpeakerResolver


def uncomplemented(r: "SpeakerResolver", text: str, head: str) -> bool:
    """Is a description definite or demonstrative with no complement ("le diplomate", "ce
    diplomate"; not "le diplomate de l'UE")?"""
    words = r.words
    return first_word(text) in words.definite | words.demonstrative_determiners and \
        not complement_words(words, text, head)


def repeated_unnamed(r: "SpeakerResolver", text: str, head: str, start: int, end: int) -> ResolvedSpeaker | None:
    """The latest unnamed speaker written with the same noun as an uncomplemented description,
    in its paragraph or the one before; None when the latest one has a name."""
    if not uncomplemented(r, text, head):
        return None
    repeated = repeated_description(r, head, start, end)
    if repeated is None or repeated.actor or repeated.start is None:
        return None
    # (in its paragraph or the one before: further on, the same noun may describe someone else)
    return repeated if r.paragraph_of(start) - r.paragraph_of(repeated.start) <= 1 else None


def unnamed_speaker(r: "SpeakerResolver", text: str, head: str, start: int, end: int, tokens) -> ResolvedSpeaker | None:
    """The unnamed person speaking in the description's paragraph, when their genders agree."""
    words = r.words
    if not uncomplemented(r, text, head):
        return None
    turn = r.current_speaker(start, paragraphs=0)
    said = turn.speaker if turn is not None else None
    # (a person described as one of a state's, "un membre de la délégation congolaise", may
    # speak for that state: still a person the article does not name)
    if said is None or said.start is None or said.actor and r.index.actors[said.actor].kind != "country":
        return None
    span = r.doc.char_span(said.start, said.end, alignment_mode="expand")
    if span is None or not len(span) or is_plural(words, list(span)) or \
            role_head(words, said.name) == "" and not agent_noun(span.root):
        return None  # (an organisation or a medium the index lacks is no person)
    theirs, ours = description_gender(words, list(span)), description_gender(words, tokens)
    return None if theirs and ours and theirs != ours else ResolvedSpeaker(said.actor, said.name, start, end)
