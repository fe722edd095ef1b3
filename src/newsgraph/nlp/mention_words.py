"""The pack's words the speaker-mention rules test, by role, read once per pack: shared by the
cleaning of a mention (speaker_mentions.py) and its reading off the cue (cue_readings.py).
"""
from __future__ import annotations

from functools import cache

from ..lang import LanguagePack
from .lexicon import function_words, pronoun_forms
from .syntax import labels, time_words as _time_words


class MentionWords:
    """The pack's words the cleaning rules test, by role."""

    def __init__(self, pack: LanguagePack):
        self.time = _time_words(pack)
        self.openers = pack.words("connectors") | function_words(pack, "clause_opener")
        self.genitive = function_words(pack, "genitive")
        self.relatives = pronoun_forms(pack, kind="relative")
        self.trailers = function_words(pack, "mention_trailer")
        self.agent = function_words(pack, "agent_preposition")
        self.questioned = pack.words("questioned_participles")
        self.clausal_modifier = labels(pack, "clausal_modifier")
        self.capital_prepositions = function_words(pack, "capital_preposition")
        self.gerund = function_words(pack, "gerund")
        self.finite_auxiliary = function_words(pack, "finite_auxiliary")
        self.determiners = function_words(pack, "determiner")
        self.possessive = function_words(pack, "possessive_determiner")
        self.pronouns = pronoun_forms(pack)
        self.inverted = pronoun_forms(pack, person="3", inverted="yes")
        self.subjects = labels(pack, "subject")
        self.passive_subjects = labels(pack, "passive_subject")
        self.passive_auxiliary = labels(pack, "passive_auxiliary")
        self.tense_auxiliary = labels(pack, "tense_auxiliary")
        self.agent_labels = labels(pack, "agent")
        self.expletive_labels = labels(pack, "expletive_subject")
        self.expletives = function_words(pack, "expletive_subject")
        # auxiliaries of "have" ("a", "avait"): alone, they make a compound tense active
        self.have = frozenset(row["form"].lower() for row in pack.table("tense_auxiliaries", ("form", "verb", "tense"))
                              if row["verb"] == "have")
        self.object_clitics = pack.words("object_clitics")
        self.obliques = labels(pack, "oblique")
        self.case = labels(pack, "case_marker")
        self.relative_clause = labels(pack, "relative_clause", "clausal_modifier")
        self.conjunct = labels(pack, "conjunct")
        self.content_clause = labels(pack, "clausal_complement")
        self.governed = labels(pack, "adverbial_clause", "open_complement", "conjunct", "clausal_modifier")
        self.complementizers = function_words(pack, "complementizer")
        self.participle_adjunct = labels(pack, "clausal_modifier", "adverbial_clause", "root", "adjective_modifier")


@cache
def mention_words(pack: LanguagePack) -> MentionWords:
    return MentionWords(pack)

