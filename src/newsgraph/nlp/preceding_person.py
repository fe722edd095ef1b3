"""A definite description of a person that echoes nobody's role: the person just told about.

News writes a person by name, then by another of their titles in the next sentence, as a
pronoun would take them up ("… depuis l'arrivée au pouvoir du capitaine X. Le chef de la junte
a …", "… a reçu son homologue mauritanien, Y. […] Le chef de la délégation mauritanienne a
salué …"). When neither a role the article or the gazetteer gives nor the current speaker fits
(descriptions.py tried them), the description goes back sentence by sentence, a few at most, to
the latest one that names persons outside quoted words (an indirect report's people count): the subject of that sentence if it is
one of them and fits, else the only one of them that fits. A person fits unless their gender,
their state (against a demonym of the description: "le chef de la délégation mauritanienne" is
not the Senegalese minister) or an office of the same title with another complement
(office_titles.contradicted) rules them out; an office with its own complement ("le ministre des
Transports") is not someone the article gives another such office, unless the description only
says who heads or speaks for a body ("le chef de la junte", "le porte-parole du gouvernement":
body_head_nouns.txt), and a role that only says one speaks for or heads a body of the state is no
other office ("X, porte-parole du gouvernement … le ministre de la Communication"). Someone named in the
description's own sentence before it stands in an adjunct or is someone else ("Face à X, le
ministre a dit"), and a description that brings someone in ("le patron d'une fabrique", or a noun
an indefinite introduced earlier) is nobody named: then nobody.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import pack_of
from .lexicon import folded_words
from .office_titles import complement_words, contradicted, is_role_label, role_head
from .speaker_words import content_words, head_word
from .syntax import labels
from .textutil import fold_same_length

if TYPE_CHECKING:
    from .descriptions import Descriptions

# how many sentences back a description may reach for the person it takes up
SENTENCES = 3


def preceding_person(d: "Descriptions", description: str, start: int, gender: str | None) -> str | None:
    r = d.r
    doc = r.doc
    here = doc.char_span(start, start + 1, alignment_mode="expand")
    if here is None or not len(here):
        return None
    sent = here[0].sent
    persons = [m for m in r.index.mentions if m.kind == "person"]
    if any(sent.start_char <= m.start < start for m in persons) or _introduces(d, description, start) or \
            _names_someone(d, description, start):
        return None
    subjects = labels(d.pack, "subject", "passive_subject")
    apposed = labels(d.pack, "apposition")
    k, seen = sent.start - 1, 0
    while k >= 0 and seen < SENTENCES:
        previous = doc[k].sent
        seen += 1
        named = [m for m in persons if previous.start_char <= m.start < previous.end_char and
                 not r.in_quoted_words(m.start, m.end)]
        if named and not any(_fits_person(d, m.actor_id, description, gender) for m in named):
            # everyone named there is of the other gender or of another state than the description
            # says ("le médiateur britannique" after a Yemeni president): the sentence before may
            # name the one it takes up
            k = previous.start - 1
            continue
        if named:
            fitting = {m.actor_id for m in named if _fits(d, m.actor_id, description, gender)}
            for mention in named:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if mention.actor_id in fitting and span is not None and \
                        (_subject(span.root, subjects, apposed) or _names_subject(span, subjects)):
                    return mention.actor_id
            # not the subject: the only one that fits, when gender or state rule out every other
            # (an office is weaker evidence: it may be worded otherwise), and a full name or a
            # known gender says the recogniser's person is one, not a place ("proche de Hilla")
            others = {m.actor_id for m in named} - fitting
            only = fitting.pop() if len(fitting) == 1 else None
            if only is None or not _surely_person(d, only) or \
                    any(_fits_person(d, other, description, gender) for other in others):
                return None
            return only
        k = previous.start - 1
    return None


def _subject(root, subjects, apposed) -> bool:
    """Is the name the subject, or set in apposition to it ("Le chef du DFAE, X, s'est entretenu
    avec Y": X acts, Y is a complement)? The parse may read such an apposition as a conjunct
    after the comma, with no conjunction to join it."""
    if root.dep_ in subjects:
        return True
    if root.head.dep_ not in subjects or root.head.i > root.i:
        return False
    pack = pack_of(root.doc)
    return root.dep_ in apposed or root.dep_ in labels(pack, "conjunct") and root.i > 0 and \
        root.doc[root.i - 1].text == "," and not any(c.dep_ in labels(pack, "coordinator") for c in root.children)


def _names_subject(span, subjects) -> bool:
    """Is a proper noun of the name hung with no preposition on a subject noun before it ("Le
    ministre des Finances X a signé": the recogniser's span may open on the complement, the parser
    hangs X on "ministre")? Such a name is the subject's, as an apposition is; "le conseiller de X"
    hangs X through "de", a complement: someone else."""
    case = labels(pack_of(span.doc), "case_marker")
    return any(t.pos_ == "PROPN" and t.head.dep_ in subjects and t.head.i < span.start and t.head.pos_ == "NOUN"
               and not any(c.dep_ in case for c in t.children) for t in span)


def _fits_person(d: "Descriptions", actor_id: str, description: str, gender: str | None) -> bool:
    """Do the person's gender and state (against a demonym of the description) allow it?"""
    r = d.r
    if not r.index.agrees(actor_id, gender):
        return False
    countries = {d.gazetteer.demonym(w) for w in content_words(d.words, description)} - {None}
    country = r.index.actors[actor_id].country
    return not (countries and country and country not in countries)


def _fits(d: "Descriptions", actor_id: str, description: str, gender: str | None) -> bool:
    """Does nothing known of a person (gender, state, roles) rule the description out?"""
    if not _fits_person(d, actor_id, description, gender):
        return False
    wanted = content_words(d.words, description)
    roles = d._roles(actor_id)
    if contradicted(d.words, description, wanted, roles):
        return False
    head = head_word(d.words, description)
    if head in d.words.body_heads:
        return True  # ("le chef de la junte" may hold any other office)
    # an office the gazetteer gives them all that year, sharing no word with the description, is
    # someone else's ("le candidat" is not the minister in office)
    offices = [x.role for x in d._known_roles(actor_id) if d.year not in (x.start, x.end)]
    if offices and not any(wanted & content_words(d.words, role) for role in offices):
        return False
    # an office with its complement ("le ministre des Transports") is not the one of someone the
    # article gives another office with its own ("secrétaire général de la CGT", "chef du PQ");
    # speaking for or heading a body of the state is no such office ("X, porte-parole du
    # gouvernement … le ministre de la Communication"): one of its members may do it
    return not complement_words(d.words, description, head) or \
        not any(head_word(d.words, role) != head and complement_words(d.words, role, head_word(d.words, role))
                and not _fronts_state_body(d, role) for role in roles)


def _fronts_state_body(d: "Descriptions", role: str) -> bool:
    """Does a role only say that one heads or speaks for a body of the state ("porte-parole du
    gouvernement", "porte-parole de la présidence": body_head_nouns.txt, role_state_bodies.txt)?"""
    head = head_word(d.words, role)
    return head in d.words.body_heads and \
        bool(complement_words(d.words, role, head) & folded_words(d.pack, "role_state_bodies"))


def _introduces(d: "Descriptions", description: str, start: int) -> bool:
    """Does the description bring in someone new: an indefinite in its complement ("le patron
    d'une manufacture"), or its head noun already introduced someone unnamed by an indefinite
    ("un officier de police … Selon l'officier de police")?"""
    words = re.findall(r"[\w]+'?", fold_same_length(description.lower()).replace("’", "'"))
    return any(w in d.words.indefinite_determiners for w in words[1:]) or \
        d._introduced_before(head_word(d.words, description), start)


def _surely_person(d: "Descriptions", actor_id: str) -> bool:
    actor = d.r.index.actors[actor_id]
    return len(actor.name.split()) > 1 or d.r.index.gender.get(actor_id) is not None or bool(actor.role)


def _names_someone(d: "Descriptions", description: str, start: int) -> bool:
    """Does a capitalised word follow the role before any complement ("le Premier ministre Paul
    Marchal")? A name the recogniser missed: someone else, named there. An organisation the index
    knows there is the holder's party or body, no name ("le ministre N-VA", "l'élu UDC"): the
    description still takes up someone named before."""
    role = role_head(d.words, description)
    folded = fold_same_length(description.lower())
    cut = folded.find(role) + len(role) if role and role in folded else 0
    bodies = [m for m in d.r.index.mentions if m.kind == "organization" and
              start + cut <= m.start and m.end <= start + len(description)]
    for word in re.finditer(r"\S+", description[cut:]):
        low = fold_same_length(word.group().lower()).replace("’", "'")
        if low in d.words.genitives or low.split("'")[0] + "'" in d.words.genitives:
            return False
        at = start + cut + word.start()
        if word.group()[:1].isupper() and not is_role_label(word.group()) and \
                not any(m.start <= at < m.end for m in bodies):
            return True
    return False
