"""A description of an office whose complement takes up a body by a noun ("le directeur des
rédactions du journal", "la porte-parole de l'organisation"): the body's name written in its place
("le directeur des rédactions du Figaro"), the fullest designation the article gives (GUIDELINES
§2.7), which also tells whose office it is when the holder was named before (descriptions.py)."""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..lang import LanguagePack
from .speaker_words import SpeakerWords
from .textutil import fold_same_length

if TYPE_CHECKING:
    from .descriptions import Descriptions


def named_complement(d: "Descriptions", text: str, start: int) -> str | None:
    """The description with its last noun ("du journal") replaced by the name of the body that noun
    takes up: the one an earlier mention of the noun introduced, the body speaking in the paragraph,
    or the latest one named. None when the description ends otherwise or no body is found."""
    r = d.r
    match = _complement_noun(d.pack, d.words).search(text)
    noun = fold_same_length(match.group(1).lower()) if match else ""
    kinds = d.groups.kinds_of(noun) if match else ()
    if not kinds:
        return None
    actor_id = d.groups.antecedent(noun, start, kinds)
    turn = r.current_speaker(start, paragraphs=0) if actor_id is None else None
    if turn is not None and turn.speaker.actor and r.index.actors[turn.speaker.actor].kind in kinds:
        actor_id = turn.speaker.actor
    actor_id = actor_id or d.groups.recent(start, kinds)
    if actor_id is None:
        return None
    name = r.index.actors[actor_id].name.split()
    if len(name) > 1 and fold_same_length(name[0].lower()) in d.words.definite:
        name = name[1:]  # "du journal" -> "du Figaro", not "du Le Figaro"
    return text[:match.start(1)] + " ".join(name)


@cache
def _complement_noun(pack: LanguagePack, words: SpeakerWords) -> re.Pattern:
    """A description's last words: a genitive with a definite article, contracted or not, and one
    noun ("du journal", "de la société", "de l'entreprise")."""
    rows = pack.table("contractions", ("form", "preposition", "article"))
    contracted = [row["form"] for row in rows if fold_same_length(row["article"]) in words.definite
                  and row["form"] in words.genitives]
    prepositions = {row["preposition"] for row in rows if row["form"] in words.genitives}
    articles = sorted(words.definite, key=len, reverse=True)
    alternatives = [re.escape(c) + r"\s+" for c in contracted] + \
        [re.escape(p) + r"\s+" + re.escape(a) + (r"\s*" if a.endswith(("'", "’")) else r"\s+")
         for p in prepositions for a in articles]
    return re.compile(r"(?:^|\s)(?:" + "|".join(alternatives) + r")([^\W\d_][\w\-]*)\s*$", re.I)
