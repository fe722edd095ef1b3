"""The pack's words and the small text tests the speaker resolver shares with its helpers
(descriptions.py, antecedents.py): pronoun features, determiners, head nouns, agreement."""
from __future__ import annotations

import re
from functools import cache

from ..lang import LanguagePack
from .context import pack_of
from .lexicon import (feminine_role, folded_words, function_words, media_nouns, pronoun_forms, role_nouns, speaker_nouns,
                      state_nouns, word_alternation)
from .textutil import fold_same_length

WORD = re.compile(r"[\w\-]+")
# a one-word periphrasis of this many offices (by head noun) or more is a general noun
GENERAL_NOUN_OFFICES = 3


def _folded(forms) -> frozenset[str]:
    return frozenset(fold_same_length(f) for f in forms)


class SpeakerWords:
    """The pack's words the resolver compares, accent-folded like the text it reads."""

    def __init__(self, pack: LanguagePack):
        # ("l'intéressé" takes up a person as "il" does: the same chain of candidates)
        self.masculine = _folded(pronoun_forms(pack, person="3", gender="m", number="s",
                                               kind=("personal", "disjunctive", "anaphoric")))
        self.feminine = _folded(pronoun_forms(pack, person="3", gender="f", number="s", kind=("personal", "anaphoric")))
        self.plural = _folded(pronoun_forms(pack, person="3", number="p", kind=("personal", "disjunctive", "anaphoric")))
        self.anaphoric = _folded(pronoun_forms(pack, person="3", kind="anaphoric"))  # a person, never a body
        self.formers = _folded(pronoun_forms(pack, person="3", kind="former"))  # "le premier (… le second)"
        self.feminine_forms = _folded(pronoun_forms(pack, person="3", gender="f"))
        self.demonstratives = _folded(pronoun_forms(pack, person="3", kind="demonstrative"))
        self.plural_demonstratives = _folded(pronoun_forms(pack, person="3", number="p", kind="demonstrative"))
        self.relatives = _folded(pronoun_forms(pack, kind="relative"))
        self.impersonal = _folded(pronoun_forms(pack, kind="impersonal"))
        self.subject_clitics = _folded(pronoun_forms(pack, person="3", kind="personal", inverted=""))
        self.stop = _folded(pack.words("name_stopwords"))
        self.head_modifiers = folded_words(pack, "head_modifiers")
        self.documents = folded_words(pack, "document_nouns")
        self.organisations = folded_words(pack, "organisation_nouns")
        self.affiliations = folded_words(pack, "affiliation_nouns")
        # "l'homme", "la quinquagénaire": the sex each says ("" when either)
        self.person_nouns = {fold_same_length(row["form"].lower()): row["gender"]
                             for row in pack.table("person_nouns", ("form", "gender"))}
        # the level of government a word places an office at ("fédéral", "québécois"), and the names
        # whose words say another level or none ("Bloc québécois", "Assemblée nationale")
        rows = pack.table("government_levels", ("form", "level"))
        levels = {" ".join(re.findall(r"[\w\-]+", fold_same_length(row["form"].lower()))): row["level"] for row in rows}
        # the region a regional adjective names ("vaudois", "vaudoise": Vaud)
        self.regions = {fold_same_length(row["form"].lower()): fold_same_length(row.cells.get("region", "").lower())
                        for row in rows if row.cells.get("region")}
        self.levels = {form: level for form, level in levels.items() if " " not in form}
        self.level_names = tuple(sorted(((form, level) for form, level in levels.items() if " " in form),
                                        key=lambda row: -len(row[0])))
        determiners = pack.table("determiners", ("form", "kind", "gender"))
        self.demonstrative_determiners = _folded(row["form"] for row in determiners if row["kind"] == "demonstrative")
        self.indefinite_determiners = _folded(row["form"] for row in determiners if row["kind"] == "indefinite")
        self.counterparts = folded_words(pack, "counterpart_nouns")
        self.office_bodies = folded_words(pack, "office_bodies")  # "le président de la commission"
        self.body_heads = folded_words(pack, "body_head_nouns")  # "le chef de la junte": any office holder may be it
        self.works = folded_words(pack, "media_works")
        self.roles = _folded(role_nouns(pack))
        self.shortened_qualifiers = folded_words(pack, "shortened_title_qualifiers")  # "général" of "directeur général"
        self.state = _folded(state_nouns(pack))
        self.media = _folded(media_nouns(pack))
        self.media_compounds = tuple(sorted((n.replace("’", "'") for n in self.media if " " in n), key=len, reverse=True))
        self.speaker_heads = _folded(speaker_nouns(pack))
        self.feminine_determiners = function_words(pack, "feminine_determiner")
        self.masculine_determiners = function_words(pack, "masculine_determiner")
        self.vowel_epicene = function_words(pack, "vowel_epicene_determiner")
        self.definite = _folded(function_words(pack, "definite_determiner"))
        self.plural_determiners = _folded(function_words(pack, "plural_determiner"))
        self.epicene = tuple(pack.entries("epicene_endings"))
        self.possessive = _folded(function_words(pack, "possessive_determiner"))
        self.plural_possessive = _folded(function_words(pack, "plural_possessor"))
        self.comparisons = _folded(function_words(pack, "as"))
        self.complementizers = function_words(pack, "complementizer")
        self.genitives = _folded(w for w in function_words(pack, "genitive") if " " not in w)
        self.synonyms: dict[str, tuple[str, ...]] = {}
        rows = [(fold_same_length(row["form"].lower()), fold_same_length(row["office"].lower()))
                for row in pack.table("role_synonyms", ("form", "office"))]
        heads: dict[str, set[str]] = {}
        for form, office in rows:
            heads.setdefault(form, set()).add(office.split()[0] if office.split() else office)
        # a general noun, one word for several offices ("dirigeant": a king, a president or a
        # prime minister; "magistrat"), says less than each: "le roi" echoes no one the gazetteer
        # calls "dirigeant", so such a row is read forwards only
        general = {form for form, found in heads.items() if " " not in form and len(found) >= GENERAL_NOUN_OFFICES}
        # the offices a periphrasis of one office names, read from a role that is one ("patron de
        # la diplomatie somalienne" holds "ministre des affaires étrangères")
        self.periphrasis_offices: dict[str, tuple[str, ...]] = {}
        for form, office in rows:
            self.synonyms[form] = self.synonyms.get(form, ()) + (office,)
            if form not in general:
                self.synonyms[office] = self.synonyms.get(office, ()) + (form,)
                self.periphrasis_offices[form] = self.periphrasis_offices.get(form, ()) + (office,)
        # the periphrases of an office that role_nouns does not list ("le souverain", "le grand
        # argentier"): they head a description of the office's holder (descriptions.py)
        self.periphrases = frozenset(self.synonyms) - self.roles
        fold = fold_same_length
        self.trailing = re.compile(r"(?:\s+(?:" + word_alternation(pack, "mention_trailer") + r"))+\s*$|\s+$")
        self.genitive_alternation = fold(word_alternation(pack, "genitive"))
        self.complement = re.compile(r"(?:^|\s)(?:" + fold(word_alternation(pack, "genitive")) + r")$")
        self.author = re.compile(
            r"^\s*(?:" + word_alternation(pack, "determiner") + r")?\s*\w+(?:\s+\w+)?\s+(?:"
            + word_alternation(pack, "genitive") + r")\s*(.+)$", re.I)
        # "Ansar Eddine, une organisation islamique": a name in apposition before the noun
        self.apposition = re.compile(r",\s*(?:" + fold(word_alternation(pack, "determiner")) + r")?\s*(?:\w+\s+)?")
        # a verb or a relative between a noun and a name: the name is not what the noun introduced
        clause = function_words(pack, "finite_auxiliary") | pronoun_forms(pack, kind="relative")
        self.clause_between = re.compile(
            r"[.;:!?«»\"]|\b(?:" + "|".join(re.escape(fold(w)) for w in sorted(clause, key=lambda w: (-len(w), w)))
            + r")\b")


@cache
def speaker_words(pack: LanguagePack) -> SpeakerWords:
    return SpeakerWords(pack)


def content_words(words: SpeakerWords, text: str) -> set[str]:
    return {w for w in WORD.findall(fold_same_length(text.lower())) if w not in words.stop and len(w) > 1}


def head_word(words: SpeakerWords, text: str) -> str:
    """The head noun of a description: its first word that is not a determiner or a prenominal adjective."""
    return _head(words, fold_same_length(text.strip().lower()))[0]


def _head(words: SpeakerWords, folded: str) -> tuple[str, int]:
    """The head noun of a folded description and where it starts ("", -1 when none)."""
    for match in re.finditer(r"[\w]+(?:-[\w]+)*'?", folded):
        word = match.group()
        bare = word.rstrip("'")
        if bare not in words.head_modifiers and bare not in words.possessive and \
                not (word.endswith("'") and len(bare) <= 2):
            return bare, match.start()
    return "", -1


def heads_with(words: SpeakerWords, text: str, nouns) -> bool:
    """Does the description open, after its determiners and prenominal adjectives, with one of
    `nouns` (folded, of one word or several: "le site d'information", "un communiqué de presse")?
    Compared from the head word's own start, not where its letters first occur in the text."""
    folded = fold_same_length(text.strip().lower()).replace("’", "'")
    _, at = _head(words, folded)
    return at >= 0 and any(folded.startswith(noun, at) and _word_ends(folded, at + len(noun)) for noun in nouns)


def _word_ends(folded: str, end: int) -> bool:
    """Does a word end at `end`, or its plural mark right after ("site d'information" ends in "site
    d'informations", not in "site d'informationnel"; "communique" not in "communiquer")?"""
    if end < len(folded) and folded[end] in "sx":
        end += 1
    return end >= len(folded) or not folded[end].isalnum()


def heads_media_compound(words: SpeakerWords, text: str) -> bool:
    """Does the description open, after its determiners, with a media noun of several words ("le site
    d'information")? Its head is then a medium's, whatever else the first noun may be (a document)."""
    return heads_with(words, text, words.media_compounds)


def first_word(text: str) -> str:
    match = re.match(r"\s*([\w]+'?|[\w]+)", fold_same_length(text.lower()))
    return match.group(1) if match else ""


def is_name(text: str, head: str) -> bool:
    """ "L'Association des leaders religieux du Mali" names an organisation; "l'association" describes one."""
    for word in re.findall(r"[\w\-]+", text):
        if fold_same_length(word.lower()) == head:
            return word[:1].isupper() and not word.isupper()
    return False


def description_gender(words: SpeakerWords, tokens) -> str | None:
    """The grammatical gender a noun phrase shows by its determiner or its head noun."""
    for token in tokens:
        low = token.lower_
        if low in words.feminine_determiners:
            return "f"
        if low in words.masculine_determiners and not (low in words.vowel_epicene and _opens_with_vowel(token)):
            return "m"
        if token.pos_ in ("NOUN", "PROPN"):
            if feminine_role(pack_of(token.doc), token.text):
                return "f"  # "l'ambassadrice": the tagger often reads it masculine after an elided article
            if token.lower_.endswith(words.epicene):
                return None  # "l'édile", "l'artiste": the tagger's gender is a guess, the noun has none
            gender = token.morph.get("Gender")
            return "f" if gender == ["Fem"] else "m" if gender == ["Masc"] else None
    return None


def _opens_with_vowel(determiner) -> bool:
    """Does the word after this determiner open with a vowel ("son avocate")?"""
    following = determiner.nbor(1).text if determiner.i + 1 < len(determiner.doc) else ""
    return fold_same_length(following[:1].lower()) in "aeiouy" and following[:1].isalpha()


def is_national(words: SpeakerWords, text: str, state: str | None) -> bool:
    """ "Le Français", "la Congolaise": a definite article and a capitalised demonym noun (of
    `state`) alone name one person of that state, not the state ("les Français" are its people)."""
    found = re.findall(r"[\w\-]+'?|[\w\-]+", text)
    first = fold_same_length(found[0].lower()) if found else ""
    return len(found) == 2 and state is not None and first in words.definite and \
        first not in words.plural_determiners and found[1][:1].isupper()


def is_plural(words: SpeakerWords, tokens) -> bool:
    """Does a noun phrase designate several, by its determiner or its head noun's number? (A
    coordination, "X et Y", is not read here: its head is its first noun.)"""
    tokens = list(tokens)
    if tokens and fold_same_length(tokens[0].lower_) in words.plural_determiners:
        return True
    if tokens and tokens[0].pos_ == "DET" and tokens[0].morph.get("Number") == ["Sing"]:
        return False  # "le Français": the determiner shows the number an invariant noun hides
    for token in tokens:
        if token.pos_ in ("NOUN", "PROPN"):
            return token.morph.get("Number") == ["Plur"]
    return False
