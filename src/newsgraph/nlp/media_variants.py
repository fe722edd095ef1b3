"""Listed media under a near spelling: the press misspells even the agencies it cites ("l'agence
Spunik" for Sputnik, "l'agence Reuter", "l'Associated press").

Two variants, both over the media list (data/media.tsv), so no misspelling is listed one by one:
- a name one edit away from exactly one listed name or alias of MIN_LETTERS letters or more (a
  letter dropped, added or changed, or two letters swapped: rapidfuzz's optimal string alignment
  distance), read only where a media noun introduces a title;
- an agency's name of several words written with its later words in lower case: an agency's name
  is a proper name throughout ("Associated Press"), where an outlet's may be a common phrase
  ("La presse locale" is no "La Presse").
Accents, case, hyphens and apostrophes are folded before either (textfold.fold). And the other
way: a title after a media noun that a listed body opens is no medium ("la chaîne Telegram Rybar").
"""
from __future__ import annotations

from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..gazetteer import Gazetteer
from ..textfold import fold

# a shorter name one letter away from another word is too often that word ("Havas", "Fitch")
MIN_LETTERS = 6


def _letters(key: str) -> str | None:
    """The folded key's letters without its spaces, or None when it holds anything else (a
    digit: "France 2" is not "France 3"; an apostrophe or a dot)."""
    squashed = key.replace(" ", "")
    return squashed if squashed.isalpha() else None


@lru_cache(maxsize=4)
def _listed_forms(gazetteer: Gazetteer) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Each listed name's and alias's folded form long enough to be told from a word one edit
    away, and beside it the media (id, name) it names."""
    pairs = [(key, (outlet.id, outlet.name))
             for outlet in gazetteer.media_outlets for key in map(fold, (outlet.name, *outlet.aliases))
             if (letters := _letters(key)) is not None and len(letters) >= MIN_LETTERS]
    return tuple(key for key, _ in pairs), tuple(medium for _, medium in pairs)


def near_listed(gazetteer: Gazetteer, written: str) -> tuple[str, str] | None:
    """The (id, name) of the one listed medium whose name or alias is at most one edit away from
    the written title, or None (none, several, or a title too short to tell)."""
    key = fold(written)
    letters = _letters(key)
    if letters is None or len(letters) < MIN_LETTERS:
        return None
    keys, media = _listed_forms(gazetteer)
    found = {media[index] for _, _, index in
             process.extract(key, keys, scorer=OSA.distance, score_cutoff=1, limit=None)}
    return next(iter(found)) if len({medium for medium, _ in found}) == 1 else None


def agency_cased_loosely(gazetteer: Gazetteer, name: str, written: str) -> bool:
    """Is the written title the listed name (or an alias) of several words of the agency `name`,
    its first word capitalised as listed and only later words in another case ("Associated press")?"""
    entry = gazetteer.media(name)
    if entry is None or entry.kind != "agency" or " " not in written.strip():
        return False
    first = written.split()[0]
    return first[:1].isupper() and any(
        form.split()[0] == first and fold(form) == fold(written) for form in (entry.name, *entry.aliases))


def listed_body_opens(gazetteer: Gazetteer, title: str) -> bool:
    """Does a body the organisation list knows open a title written after a media noun ("la chaîne
    Telegram Rybar", "sa chaîne YouTube": a platform; GUIDELINES §3 counts no social network)?"""
    first = title.split()[0] if title.split() else ""
    return gazetteer.media(title) is None and \
        (gazetteer.organization(title) is not None or gazetteer.organization(first) is not None)
