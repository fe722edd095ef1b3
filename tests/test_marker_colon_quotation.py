"""A marker's clause ends at a colon that opens a quotation: "Pour X, le bilan est mauvais : « … »"
reports the clause before the colon as X's indirect words and the words in marks as X's direct
quote of the same marker, not one mixed span running on into the marks (invented sentences)."""
import pytest

SENTENCES = [
    ("Pour la députée Anne Morel, le compte n'y est pas : « Ce sont des promesses vides. »",
     "le compte n'y est pas", "Ce sont des promesses vides.", "Anne Morel"),
    ("Selon le syndicaliste Paul Garnier, la réforme échoue : « Personne ne veut de ce texte. »",
     "la réforme échoue", "Personne ne veut de ce texte.", "Paul Garnier"),
    # a speech verb inside the clause ("de poursuivre") is no cue of the words after the colon
    ("Selon le directeur du laboratoire, Michel Sorin, la machine va permettre de poursuivre les "
     "recherches pendant des années : « Nous avons du travail jusqu'en 2040 ! »",
     "la machine va permettre de poursuivre les recherches pendant des années",
     "Nous avons du travail jusqu'en 2040 !", "Michel Sorin"),
]


@pytest.mark.parametrize("sentence, clause, words, speaker", SENTENCES)
def test_colon_quotation_ends_the_marker_clause(reports, sentence, clause, words, speaker):
    found = reports(sentence)
    assert (clause, speaker, sentence.split()[0]) in found
    assert any(text == words and who == speaker for text, who, _ in found)
    assert not any("«" in text for text, _, _ in found)
