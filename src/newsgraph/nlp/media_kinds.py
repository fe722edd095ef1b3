"""Whether a media noun can describe a listed medium: "la télévision d'État" does not take up the
news agency named before it, nor "l'agence" a paper (pack `media_noun_kinds`, the medium's `kind`
in data/media.tsv). A noun the pack does not list, or a medium the gazetteer does not list,
fits anything.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .context import gazetteer_of, pack_of
from .textutil import fold_same_length


def fits_medium(doc: Doc, noun: str, actor_id: str) -> bool:
    """May a description headed by `noun` designate the medium `actor_id`?"""
    pack = pack_of(doc)
    folded = fold_same_length(noun.lower())
    kinds = next((row["kinds"].split() for row in pack.table("media_noun_kinds", ("noun", "kinds"))
                  if fold_same_length(row["noun"].lower()) == folded), None)
    if not kinds:
        return True
    entry = next((m for m in gazetteer_of(doc).media_outlets if m.id == actor_id), None)
    return entry is None or entry.kind in kinds
