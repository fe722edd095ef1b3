"""An ordinal or another prenominal adjective before a role ("le second vice-président", "le très
influent conseiller") is no head noun: the description is a role, and the name in apposition is
who it describes (lang/fr/head_modifiers.txt). Invented sentences."""
from newsgraph.lang import load_pack
from newsgraph.nlp.speaker_words import head_word, speaker_words


def test_ordinals_and_prenominal_adjectives_are_skipped():
    words = speaker_words(load_pack("fr"))
    assert head_word(words, "le second vice-président du pays") == "vice-president"
    assert head_word(words, "le très influent conseiller spécial") == "conseiller"
    assert head_word(words, "le Premier ministre") == "premier"  # "premier ministre" is a role of its own


def test_ce_dernier_takes_up_the_named_second_vice_president(analyze):
    text = ("Sommet\n\n"
            "3 mai 2019. – C'est Joseph Butoro, second vice-président du Niger, qui représente le pays lors "
            "du sommet régional qui se déroule cette semaine à Madagascar. Ce dernier indique vouloir "
            "rencontrer d'autres pays africains et « échanger sur la situation actuelle ».")
    article = analyze(text, published="2019-05-03", lang="fr")
    [quote] = article.quotes
    assert quote.speaker.name == "Joseph Butoro"
