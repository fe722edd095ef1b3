"""A known office holder's role from the article's description of the office.

An article may name a person without any role next to the name and describe them elsewhere by
their office alone ("… avant que le président de la République ait annoncé …", "la spontanéité
du président élu américain"). When the gazetteer says the person holds an office of that head
noun in the article's year, and no other person of the article holds or is given one, the
description can be nobody else's: it is the person's role as the article writes it.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from ..gazetteer import Gazetteer
from .actor_index import ActorIndex
from .actor_lexicon import actor_lexicon
from .context import gazetteer_of, pack_of
from .lexicon import state_nouns
from .roles import is_plural, role_len, role_phrase_end, title_entity
from .textutil import fold_same_length, tokens_tagged


def add_office_descriptions(doc: Doc, index: ActorIndex, gaz: Gazetteer, year: int | None) -> None:
    if year is None:
        return
    persons = [a for a in index.actors.values() if a.kind == "person"]
    holders: dict[str, set[str]] = {}
    for actor in persons:
        for term in gaz.roles_of(actor.id, year):
            holders.setdefault(_head(term.role), set()).add(actor.id)
        if actor.role:
            holders.setdefault(_head(actor.role), set()).add(actor.id)
    best: dict[str, str] = {}
    for start, end in _descriptions(doc):
        owners = holders.get(fold_same_length(doc[start].lower_), set()) | \
            holders.get(fold_same_length(doc[start].lemma_.lower()), set())
        countries = {gaz.demonym(t.lower_) for t in doc[start:end]} - {None}
        if countries:  # "le président élu américain": only a holder of that country
            owners = {o for o in owners if index.actors[o].country in countries}
        words = set(fold_same_length(doc[start:end].text.lower()).split())
        # a holder the article already describes otherwise ("le président sortant américain X")
        # is not the one of "le président élu américain"
        owners = {o for o in owners if not index.actors[o].role or
                  words <= set(fold_same_length(index.actors[o].role.lower()).split())}
        if len(owners) != 1:
            continue
        actor = index.actors[next(iter(owners))]
        if actor.role:
            continue
        text = " ".join(doc[start:end].text.split())
        if len(text.split()) > len(best.get(actor.id, "").split()):
            best[actor.id] = text  # the fullest description ("président de la République" over "président")
    for actor_id, text in best.items():
        index.actors[actor_id].role = text


def _head(role: str) -> str:
    return fold_same_length(role.split()[0].lower()) if role.split() else ""


def _descriptions(doc: Doc):
    """(start, end) of each definite description by a role noun that no name follows or precedes
    in apposition: "le président de la République ait annoncé", not "le président X", "X, le président"."""
    lex = actor_lexicon(pack_of(doc))
    for token in tokens_tagged(doc, ("NOUN",)):
        i = token.i
        n = role_len(doc, i)
        if not n or i == 0 or is_plural(token):
            continue
        det = doc[i - 1]
        if det.lower_ not in lex.definite and det.lower_ not in lex.contractions:
            continue
        if i > 1 and doc[i - 2].ent_type_ == "PER" or i > 2 and doc[i - 2].text == "," and doc[i - 3].ent_type_ == "PER":
            continue  # "X, le président" is an apposition roles.py reads
        k = i + n
        if k < len(doc) and doc[k].pos_ == "VERB" and doc[k].morph.get("VerbForm") == ["Part"]:
            k += 1  # "le président élu américain": the participle qualifies the office
        end = role_phrase_end(doc, k, token.sent.end)
        # an office's complement is a genitive or a dative ("du gouvernement", "délégué aux Sports");
        # another preposition opens an adjunct of the sentence ("dans la lutte contre …")
        end = next((m for m in range(k, end) if doc[m].pos_ == "ADP" and doc[m].lower_ not in lex.of and
                    doc[m].lower_ not in lex.contractions and doc[m].lower_ not in lex.prepositions), end)
        # an adverb ends the noun phrase: "avant que le président de la République ne salue"
        end = next((m for m in range(k, end) if doc[m].pos_ in ("ADV", "PART")), end)
        if not _state_complement(doc, i + n, end):
            continue  # "le président du club de football": another body's office, not the state's
        if i + n < len(doc) and doc[i + n].pos_ == "PROPN" or \
                any(t.ent_type_ == "PER" and not title_entity(doc, t.i) for t in doc[i:min(end + 3, len(doc))]):
            continue  # a name in or right after the description: its own role, read elsewhere
        yield i, end



def _state_complement(doc: Doc, start: int, end: int) -> bool:
    """The description's words after its head name only a state: its demonym, a state's name or
    the head of one ("de la République", "du gouvernement", "du Sénat"). The gazetteer's terms are
    state offices, so a complement naming anything else ("du club de football", "de l'Économie")
    is an office the gazetteer does not know the holder for."""
    pack = pack_of(doc)
    gaz = gazetteer_of(doc)
    allowed = _state_words(pack)
    for token in doc[start:end]:
        if token.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        word = fold_same_length(token.lower_)
        if word in allowed or fold_same_length(token.lemma_.lower()) in allowed or \
                gaz.demonym(token.lower_) or gaz.country(token.text):
            continue
        return False
    return True


@cache
def _state_words(pack) -> frozenset[str]:
    return frozenset(fold_same_length(w) for w in
                     pack.words("state_name_heads") | pack.words("state_body_heads") | state_nouns(pack))
