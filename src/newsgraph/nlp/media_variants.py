"""Listed media under a near spelling: the press misspells even the agencies it cites ("l'agence
Spunik" for Sputnik, "l'agence Reuter", "l'Associated press").

Two variants, both over the media list (data/media.tsv), so no misspelling is listed one by one:
- a name one letter away from exactly one listed name or alias of MIN_LETTERS letters or more (a
  letter dropped, added or changed, by the symmetric-deletion trick: two words one edit apart
  share a form with at most one letter deleted), read only where a media noun introduces a title;
- an agency's name of several words written with its later words in lower case: an agency's name
  is a proper name throughout ("Associated Press"), where an outlet's may be a common phrase
  ("La presse locale" is no "La Presse").
Accents, case, hyphens and apostrophes are folded before either (textfold.fold).
"""
from __future__ import annotations

from functools import lru_cache

from ..gazetteer import Gazetteer
from ..textfold import fold

# a shorter name one letter away from another word is too often that word ("Havas", "Fitch")
MIN_LETTERS = 6


def _letters(key: str) -> str | None:
    """The folded key's letters without its spaces, or None when it holds anything else (a
    digit: "France 2" is not "France 3"; an apostrophe or a dot)."""
    squashed = key.replace(" ", "")
    return squashed if squashed.isalpha() else None


def _deletions(key: str) -> set[str]:
    """The key and every form of it with one character deleted."""
    return {key} | {key[:i] + key[i + 1:] for i in range(len(key))}


@lru_cache(maxsize=4)
def _near_forms(gazetteer: Gazetteer) -> dict[str, frozenset[tuple[str, str]]]:
    """Each listed name's and alias's one-deletion forms, to the media (id, name) they come from."""
    near: dict[str, set[tuple[str, str]]] = {}
    for outlet in gazetteer.media_outlets:
        for form in (outlet.name, *outlet.aliases):
            key = fold(form)
            letters = _letters(key)
            if letters is None or len(letters) < MIN_LETTERS:
                continue
            for variant in _deletions(key):
                near.setdefault(variant, set()).add((outlet.id, outlet.name))
    return {variant: frozenset(found) for variant, found in near.items()}


def near_listed(gazetteer: Gazetteer, written: str) -> tuple[str, str] | None:
    """The (id, name) of the one listed medium whose name or alias is at most one letter away
    from the written title, or None (none, several, or a title too short to tell)."""
    key = fold(written)
    letters = _letters(key)
    if letters is None or len(letters) < MIN_LETTERS:
        return None
    near = _near_forms(gazetteer)
    found = {entry for variant in _deletions(key) for entry in near.get(variant, ())}
    # (two deletions at different places share a form too: "telegram" and "telerama" are two
    # edits apart, which the check of the listed forms found rules out)
    found = {(medium, name) for medium, name in found
             if any(_one_edit(key, fold(form)) for form in _forms(gazetteer, medium))}
    return next(iter(found)) if len({medium for medium, _ in found}) == 1 else None


def _forms(gazetteer: Gazetteer, medium_id: str) -> tuple[str, ...]:
    entry = next((m for m in gazetteer.media_outlets if m.id == medium_id), None)
    return (entry.name, *entry.aliases) if entry is not None else ()


def _one_edit(a: str, b: str) -> bool:
    """Are the two strings equal but for one letter dropped, added, changed, or two swapped?"""
    if abs(len(a) - len(b)) > 1:
        return False
    head = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    if len(a) == len(b):
        return a[head + 1:] == b[head + 1:] or a[head:head + 2] == b[head:head + 2][::-1] and a[head + 2:] == b[head + 2:]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[head + 1:] == shorter[head:]


def agency_cased_loosely(gazetteer: Gazetteer, name: str, written: str) -> bool:
    """Is the written title the listed name (or an alias) of several words of the agency `name`,
    its first word capitalised as listed and only later words in another case ("Associated press")?"""
    entry = gazetteer.media(name)
    if entry is None or entry.kind != "agency" or " " not in written.strip():
        return False
    first = written.split()[0]
    return first[:1].isupper() and any(
        form.split()[0] == first and fold(form) == fold(written) for form in (entry.name, *entry.aliases))
