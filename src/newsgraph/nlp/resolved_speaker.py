"""The result of speaker resolution, in a module of its own: the resolver (speakers.py) makes it
and its helpers (descriptions.py, antecedents.py) make it too, so neither imports the other."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ResolvedSpeaker:
    """Who speaks a quote: an actor of the index (or None) and the name to show, with the mention's
    char span when the text names the speaker there."""
    actor: str | None
    name: str | None
    start: int | None = None
    end: int | None = None


NOBODY = ResolvedSpeaker(None, None, None, None)
UNSPECIFIED = "unspecified"
