"""A plural role before names it coordinates: "les ministres des Affaires étrangères X et Y", "les
présidents X, Y et Z". Each of them holds the role, in the singular ("ministre des Affaires
étrangères"), so that a later description ("la cheffe de la diplomatie", "le ministre") can take
one of them up by its words, their gender or their state.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .context import gazetteer_of
from .roles import RoleFound, in_role, is_plural, role_before


def _capitalised(token) -> bool:
    # (whatever its tag: the tagger reads a rare name as anything, "Kayikwamba" as a verb)
    return token.text[:1].isupper() and token.pos_ not in ("DET", "ADP", "PRON", "SCONJ", "PUNCT")


def _in_names(token, particles) -> bool:
    """A word of a coordination of names: a capitalised word, a particle inside a name (between
    two capitalised words: "Staffan de Mistura", not "et de Mohamed"), a comma or a conjunction
    followed by a name ("X et Y", not "X et donc")."""
    doc, i = token.doc, token.i
    following = i + 1 < len(doc) and _capitalised(doc[i + 1])
    if token.lower_ in particles and not _capitalised(token):
        return i > 0 and _capitalised(doc[i - 1]) and following
    return _capitalised(token) or (token.text in (",", "-") or token.pos_ == "CCONJ") and following


def shared_role(doc: Doc, anchor: int, end: int) -> RoleFound | None:
    """The plural role before the coordination of names that holds the name at [anchor, end)."""
    particles = gazetteer_of(doc).name_parts.particles
    j, coordinated = anchor - 1, False
    while j >= 0 and _in_names(doc[j], particles) and not doc[anchor].is_sent_start and not doc[j + 1].is_sent_start:
        coordinated |= doc[j].pos_ == "CCONJ"
        j -= 1
    k = end
    while k < len(doc) and _in_names(doc[k], particles) and not doc[k].is_sent_start:
        coordinated |= doc[k].pos_ == "CCONJ"
        k += 1
    # names after a preposition are its complement ("des opposants au mandat de X et Y"), not in
    # apposition to the role
    if not coordinated or j < 0 or doc[j].text in (",", "-") or doc[j + 1].pos_ == "CCONJ" or \
            doc[j].pos_ == "ADP":
        return None
    found = role_before(doc, j + 1, plural=True)
    if found is None:
        return None
    words, opening = [], True
    for token in doc[found.start:found.end]:
        opening = opening and token.pos_ not in ("ADP", "DET")  # (the complement keeps its number)
        single = opening and is_plural(token) and (in_role(doc, token.i) or token.pos_ == "ADJ")
        words.append((_singular(token) if single else token.text) + token.whitespace_)
    return RoleFound("".join(words).strip(), found.start, found.end, found.quality)


def _singular(token) -> str:
    """A plural word of the role in the singular, keeping its gender: the lemma is masculine
    ("respectives" gives "respectif"), so a plural in -s loses its -s ("épouses respectives":
    "épouse respective"), another plural ("nationaux") takes the lemma."""
    text = token.text
    return text[:-1] if text.endswith("s") and len(text) > 2 else token.lemma_
