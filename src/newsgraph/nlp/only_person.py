"""A bare definite description of a person in an article that names one person only: "Selon
une étude, … a expliqué X, professeur à l'université de Caen. […] Selon le même chercheur, …",
"résume l'universitaire". The description may stand paragraphs away from the name and echo none
of the words of the role the article gives ("universitaire" for "professeur à l'université"):
with nobody else to take up, it is that person, unless their gender or an office of the same
title with another complement contradicts it (office_titles.contradicted)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .office_titles import contradicted
from .speaker_words import content_words

if TYPE_CHECKING:
    from .descriptions import Descriptions


def only_person(d: "Descriptions", description: str, position: int, gender: str | None) -> str | None:
    """The one person the article names before `position` outside reported words, if the
    description does not contradict them."""
    r = d.r
    found = {m.actor_id for m in r.index.persons_before(position) if not r.in_reported(m.start, m.end)}
    # a person named only inside quoted words is still someone else the description may mean
    named = {m.actor_id for m in r.index.persons_before(position)}
    if len(found) != 1 or named != found:
        return None
    actor_id = found.pop()
    if not r.index.agrees(actor_id, gender):
        return None
    wanted = content_words(d.words, description)
    if contradicted(d.words, description, wanted, d._roles(actor_id)):
        return None
    # an office the gazetteer gives them all that year, sharing no word with the description, is
    # someone else's description ("le candidat" is not the minister of the Economy in office)
    offices = [x.role for x in d._known_roles(actor_id) if d.year not in (x.start, x.end)]
    if offices and not any(wanted & content_words(d.words, role) for role in offices):
        return None
    return actor_id
