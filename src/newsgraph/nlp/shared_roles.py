"""A plural role before names it coordinates: "les ministres des Affaires étrangères X et Y", "les
présidents X, Y et Z". Each of them holds the role, in the singular ("ministre des Affaires
étrangères"), so that a later description ("la cheffe de la diplomatie", "le ministre") can take
one of them up by its words, their gender or their state.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .context import gazetteer_of
from .roles import RoleFound, in_role, is_plural, role_before


def _in_names(token, particles) -> bool:
    """A word of a coordination of names: a capitalised word, a particle, a comma or a conjunction."""
    # (whatever its tag: the tagger reads a rare name as anything, "Kayikwamba" as a verb)
    return token.text[:1].isupper() and token.pos_ not in ("DET", "ADP", "PRON", "SCONJ", "PUNCT") or \
        token.text in (",", "-") or token.pos_ == "CCONJ" or token.lower_ in particles


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
    if not coordinated or j < 0 or doc[j].text in (",", "-") or doc[j + 1].pos_ == "CCONJ":
        return None
    found = role_before(doc, j + 1, plural=True)
    if found is None:
        return None
    words, opening = [], True
    for token in doc[found.start:found.end]:
        opening = opening and token.pos_ not in ("ADP", "DET")  # (the complement keeps its number)
        single = opening and is_plural(token) and (in_role(doc, token.i) or token.pos_ == "ADJ")
        words.append((token.lemma_ if single else token.text) + token.whitespace_)
    return RoleFound("".join(words).strip(), found.start, found.end, found.quality)
