"""Whose a possessed role is: "son avocat X" is the lawyer of someone the sentence named before.

roles.py marks a role read after a possessive of one possessor with no complement of its own
("son avocat", "sa femme", "son Président"); the role alone ("avocat") says less than the
article does (GUIDELINES: a relational role "avocat de X", "femme de X" counts). The possessor is
the nearest person or organisation named before the possessive in the same sentence, other than
the person described; the role takes it as its complement ("avocat de Penelope Fillon",
"Président du Sénat du Burundi"). With no such mention a role noun stays as written ("avocat")
and a relational noun is no role ("frère" of nobody).
"""
from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Span

from .actor_lexicon import actor_lexicon
from .context import pack_of
from .lexicon import function_words
from .roles import RoleFound
from .textutil import fold_same_length


class _Holder(Protocol):
    name: str
    mentions: list[tuple[int, int, str]]
    role: RoleFound | None


def owned_role(doc: Doc, role: RoleFound, own: _Holder, clusters: list[_Holder],
               orgs: dict[int, Span]) -> RoleFound | None:
    """One mention's possessed role with its possessor ("avocat de Y"); the role as written when
    it names no possessor and is an office ("avocat"), None for a relation of nobody ("frère").
    Resolved per mention, before the mentions' roles are ranked, so a relation whose possessor the
    sentence does not name never displaces the role another mention gave."""
    if role.possessed is None:
        return role
    # a relation (wife, brother) is a person's; an office may be an organisation's ("son président")
    owner = _owner(doc, role.possessed, own, clusters, None if role.relational else orgs)
    if owner:
        return RoleFound(f"{role.text} {owner}", role.start, role.end, role.quality)
    return None if role.relational else role


def _owner(doc: Doc, possessive: int, own: _Holder, clusters: list[_Holder],
           orgs: dict[int, Span] | None) -> str | None:
    """"de X" for the nearest person, or organisation unless `orgs` is None, named before the
    possessive in its sentence."""
    at = doc[possessive].idx
    floor = doc[possessive].sent.start_char
    best: tuple[int, str] | None = None
    for cluster in clusters:
        if cluster is own:
            continue
        for start, end, _ in cluster.mentions:
            if floor <= start and end <= at and (best is None or end > best[0]):
                best = (end, _of(doc, cluster.name))
    # an organisation's office, not an event's or a competition's (the map holds MISC names too)
    for span in (s for s in orgs.values() if s.label_ == "ORG") if orgs is not None else ():
        end = span.end_char
        if floor <= span.start_char and end <= at and (best is None or end > best[0]):
            det = doc[span.start - 1] if span.start > 0 else None
            best = (end, _of(doc, span.text, det))
    return best[1] if best is not None else None


def _of(doc: Doc, name: str, det=None) -> str:
    """The genitive before a name: "de X", "d'X", "du Sénat", "de l'Ordre"."""
    pack = pack_of(doc)
    lex = actor_lexicon(pack)
    link = min(function_words(pack, "possessor_genitive"))
    if det is not None and det.pos_ == "DET" and det.lower_ in lex.definite:
        if det.lower_ in lex.elided_definite:
            return f"{link} {det.lower_}{name}"  # "président de l'Ordre", not "de L'Ordre" opening a sentence
        contracted = next((form for form, article in lex.contracted_article.items()
                           if article == det.lower_ and form in lex.of), None)
        return f"{contracted} {name}" if contracted else f"{link} {det.lower_} {name}"
    if fold_same_length(name[:1].lower()) in lex.elides_before:
        return f"{lex.of_elided}{name}"
    return f"{link} {name}"
