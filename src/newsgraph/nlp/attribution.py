"""Quotes with resolved speakers: joins finding (quotes.py) and resolving (speakers.py).

The component writes `AttributedQuote` results on the Doc; `extract.py` turns them into records.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from .actors import ActorIndex
from .context import pack_of
from .lexicon import function_words
from .quotes import find_quotes, paired_marks
from .reports import FoundQuote
from .speakers import ResolvedSpeaker, resolve_speakers
from .textutil import fold_same_length

# a quote whose speaker stays unnamed is less certain: its confidence is scaled by this
UNNAMED_SPEAKER_FACTOR = 0.6


@dataclass(frozen=True, slots=True)
class AttributedQuote:
    """A quotation found in the text and the speaker it was resolved to."""
    found: FoundQuote
    speaker: ResolvedSpeaker

    @property
    def start(self) -> int:
        return self.found.start

    @property
    def end(self) -> int:
        return self.found.end

    @property
    def confidence(self) -> float:
        return self.found.confidence if self.speaker.name else self.found.confidence * UNNAMED_SPEAKER_FACTOR


def attribute_quotes(doc: Doc, index: ActorIndex) -> list[AttributedQuote]:
    """Every quotation of the Doc with its speaker, in text order."""
    marks = paired_marks(doc)  # (the finders and the resolver read the same pairs)
    found = find_quotes(doc, marks)
    speakers = resolve_speakers(doc, index, found, marks=marks)
    return [AttributedQuote(item, speaker) for item, speaker in zip(found, speakers)
            if not _outlet_saw(doc, index, item, speaker)]


def _outlet_saw(doc: Doc, index: ActorIndex, found: FoundQuote, speaker: ResolvedSpeaker) -> bool:
    """Is the report what a medium's own reporters saw ("…, a constaté Actualite.cd", "…, a constaté
    un journaliste de l'AFP": a verb of `witnessing_verbs.txt` whose speaker is a medium or its
    staff)? That is newsgathering, no words said (the medium stays a source, sources.py)."""
    pack = pack_of(doc)
    if found.verb is None or found.verb.lemma.lower() not in pack.words("witnessing_verbs"):
        return False
    actor = index.actors.get(speaker.actor) if speaker.actor else None
    if actor is not None:
        return actor.kind == "media"
    staff = {fold_same_length(w) for w in function_words(pack, "media_staff")}
    words = fold_same_length((speaker.name or "").lower()).replace("'", "' ").replace("’", "' ").split()
    return any(w in staff for w in words[:3])  # "un journaliste de l'AFP", "notre rédaction"
