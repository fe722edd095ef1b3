"""Office titles compared: the role noun a description is headed by, the level of government its
words place it at (government_levels.tsv), its complement, and whether a person's known roles rule
it out ("le ministre de la Santé" is not the minister of the Interior, "le directeur général
adjoint" not the "directeur général", "le ministre fédéral" not the "ministre québécois").
descriptions.py and only_person.py ask these questions of the descriptions they resolve."""
from __future__ import annotations

import re

from .speaker_words import SpeakerWords, content_words, head_word
from .textutil import fold_same_length


def is_role_label(word: str) -> bool:
    """Is a capitalised word after a role a party's or a body's acronym ("la magistrate PLR", "le
    député UDC"), which qualifies the role, rather than a name the index missed?"""
    return re.fullmatch(r"[^\W\d_]{2,6}", word) is not None and word.isupper()


def role_head(words: SpeakerWords, text: str) -> str:
    """The role noun a description is headed by, multi-word roles first ("premier ministre")."""
    folded = fold_same_length(text.lower())
    tokens = re.findall(r"[\w\-]+", folded)
    k = 0
    while k < len(tokens) and (tokens[k] in words.head_modifiers or tokens[k] in words.possessive):
        k += 1
    # the longest run of the first words that is a role: looked up run by run rather than
    # by testing every role of the lexicon against the text
    for n in range(len(tokens) - k, 0, -1):
        words_run = " ".join(tokens[k:k + n])
        if words_run in words.roles or words_run in words.periphrases:
            return words_run
    # a compound of roles ("le député-maire", "le président-candidat"): its first role speaks for it
    compound = tokens[k] if k < len(tokens) else ""
    return compound.split("-")[0] if "-" in compound and compound.split("-")[0] in words.roles else ""


def placement(words: SpeakerWords, text: str) -> tuple[set[str], set[str]]:
    """The levels of government the level words of a description or a role place it at ("fédéral",
    "cantonal"), and the regions its regional adjectives name ("vaudois", "flamand"); the words of
    a name the pack lists count as that name only ("député du Bloc québécois" sits in the federal
    parliament)."""
    rest = " ".join(re.findall(r"[\w\-]+", fold_same_length(text.lower())))
    levels, regions = set(), set()
    for name, level in words.level_names:
        pattern = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
        if re.search(pattern, rest):
            levels |= {level} if level else set()
            rest = re.sub(pattern, " ", rest)
    for word in content_words(words, rest):
        if word in words.regions:
            regions.add(words.regions[word])
        elif words.levels.get(word):
            levels.add(words.levels[word])
    return levels, regions


def other_level(words: SpeakerWords, description: str, role: str) -> bool:
    """Is a description placed at another level of government than a role, or in another region?
    A level word says the level ("la conseillère fédérale" is not the "conseillère d'État
    vaudoise"); a regional adjective alone says where the office is held, which a national office
    held for that region shares ("le député flamand" may be the "député fédéral" named before),
    an office of another region does not ("le ministre ontarien" for the "ministre québécois")."""
    levels, regions = placement(words, description)
    own_levels, own_regions = placement(words, role)
    own = own_levels | {words.levels[w] for w in words.regions if words.regions[w] in own_regions}
    if levels and own and not levels & own:
        return True
    return bool(regions and own_regions and not regions & own_regions)


def complement_words(words: SpeakerWords, description: str, head: str) -> set[str]:
    """The content words of the complement after a description's head noun ("la Santé" of "le
    ministre de la Santé"); adjectives ("le ministre tessinois") are none."""
    tokens = re.findall(r"[\w\-]+'?", fold_same_length(description.lower()).replace("’", "'"))
    if head not in tokens:
        return set()
    rest = tokens[tokens.index(head) + 1:]
    for k, word in enumerate(rest):
        if word in words.genitives:
            return content_words(words, " ".join(rest[k + 1:]))
    return set()


def longer_title(words: SpeakerWords, description: str, roles: list[str]) -> bool:
    """Does a qualified description ("le ministre fédéral de l'Immigration") name an office whose
    title is only part of a person's longer one ("premier ministre", "vice-président"), or one
    longer than theirs ("le directeur général adjoint" for a "directeur général"), or at another
    level of government or in another region ("fédéral" for a "ministre québécois":
    government_levels.tsv)? They are
    other offices, whatever words the two share."""
    if any(other_level(words, description, role) for role in roles):
        return True  # "le ministre fédéral" is not the "ministre québécois" named before
    title = role_head(words, description)
    if not title or not content_words(words, description) - set(re.findall(r"[\w]+", title)):
        return False  # a bare "le ministre" says too little to rule anyone out
    inside = re.compile(rf"(?<![\w]){re.escape(title)}(?![\w])")
    if any((own := role_head(words, role)) and own != title and inside.search(own) and
           not _complemented(words, own, title) and not _shortened(words, description, title, own, role)
           for role in roles):
        return True
    # a role noun right after the title makes a longer one ("le directeur général adjoint"):
    # the holder of the shorter title ("directeur général") is someone else
    folded = fold_same_length(description.lower())
    after = re.findall(r"[\w\-]+", folded[folded.find(title) + len(title):]) if title in folded else []
    extra = after[0] if after and after[0] in words.roles else None
    return extra is not None and any(extra not in content_words(words, role) for role in roles)


def _shortened(words: SpeakerWords, description: str, title: str, own: str, role: str) -> bool:
    """Is a description the person's title cut after its head, with the same complement ("le
    directeur de l'Agence" for the "directeur général de l'Agence")? The qualifier dropped is one
    the pack lists (shortened_title_qualifiers), no rank after it ("directeur général adjoint" is
    another office), and the complement names the body the role names: the same office, as the
    press shortens it ("le premier ministre" and "le vice-président" do not start with the title,
    so they stay other offices)."""
    if not own.startswith(title + " "):
        return False
    role_words = re.findall(r"[\w\-]+", fold_same_length(role.lower()))
    qualifiers = own[len(title):].split()
    after = role_words[len(title.split()) + len(qualifiers):] if role_words[:len(title.split())] == title.split() else []
    if any(q not in words.shortened_qualifiers for q in qualifiers) or (after and after[0] in words.roles):
        return False
    head = title.split()[0]
    complement = complement_words(words, description, head)
    return bool(complement) and complement <= complement_words(words, role, head)


def _complemented(words: SpeakerWords, own: str, title: str) -> bool:
    """Is a listed role the title with its complement ("ministre des affaires étrangères" for
    "ministre")? The same office, its complement said: no longer title."""
    rest = re.findall(r"[\w\-]+'?", own[len(title):].replace("’", "'")) if own.startswith(title + " ") else []
    return bool(rest) and (rest[0] in words.genitives or rest[0].split("'")[0] + "'" in words.genitives)


def contradicted(words: SpeakerWords, description: str, wanted: set[str], roles: list[str]) -> bool:
    """Do a person's known roles rule a description out? Only one of the same office with
    another complement does ("le ministre de la Santé" for the minister of the Interior): a
    person holds several functions ("le syndicaliste" may be a general secretary, "le ministre
    de la Communication" the government's spokesman), so a different head noun does not."""
    if longer_title(words, description, roles):
        return True
    head = head_word(words, description)
    complement = complement_words(words, description, head)
    if not roles or not complement or \
            any(wanted & content_words(words, role) - {head_word(words, role)} for role in roles):
        return False  # an office with no complement ("le jeune ministre") or sharing a word of it
    # a role with no complement of its own ("président", as "le président X" gave it) names no
    # other office: "le président de la République" may be the same one, not "le président de la
    # commission des Finances", an office of a body
    return any(head_word(words, role) == head and (complement_words(words, role, head) or
                                                   _office_of_body(words, description, head)) for role in roles)


def _office_of_body(words: SpeakerWords, description: str, head: str) -> bool:
    """Does the complement after a description's head noun name a body ("le président de la
    commission", "du conseil d'administration"; office_bodies.txt)?"""
    tokens = re.findall(r"[\w\-]+'?", fold_same_length(description.lower()).replace("’", "'"))
    rest = tokens[tokens.index(head) + 1:] if head in tokens else []
    if not rest or rest[0] not in words.genitives and rest[0].split("'")[0] + "'" not in words.genitives:
        return False
    first = next((w for w in rest[1:] if w.strip("'") not in words.stop and len(w.strip("'")) > 1), None)
    return first is not None and first.strip("'") in words.office_bodies
