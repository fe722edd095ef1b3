"""A masculine possessive stands before a feminine noun that opens with a vowel ("son avocate",
"mon amie"): there the noun shows the gender, not the determiner (speaker_words.description_gender,
pack class vowel_epicene_determiner). Invented phrases, hand-parsed."""
from newsgraph.nlp.context import pack_of
from newsgraph.nlp.speaker_words import description_gender, speaker_words

from parsed_doc import parsed


def _gender(table):
    doc = parsed(table)
    return description_gender(speaker_words(pack_of(doc)), list(doc))


def test_son_before_a_feminine_noun_opening_with_a_vowel_is_feminine():
    assert _gender("""
        Son      DET   det    1
        avocate  NOUN  ROOT   1  morph=Gender=Fem|Number=Sing
    """) == "f"


def test_son_before_a_consonant_or_a_masculine_noun_stays_masculine():
    assert _gender("""
        Son      DET   det    1
        frère    NOUN  ROOT   1  morph=Gender=Masc|Number=Sing
    """) == "m"
    assert _gender("""
        Son      DET   det    1
        avocat   NOUN  ROOT   1  morph=Gender=Masc|Number=Sing
    """) == "m"
