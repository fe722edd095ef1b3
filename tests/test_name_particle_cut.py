"""A surname with a capitalised particle ("De Luca", "Van Dijk") opening a sentence: the parse
reads the particle as a preposition and makes the rest the subject ("Luca"); the speaker is the
person whose name the mention cuts, not a fragment (nlp/speakers.py: _covering_name).
Invented sentences."""


def test_particle_surname_at_sentence_start_is_the_person(reports):
    found = reports("Le directeur sportif de l'équipe, Marco De Luca, a affirmé que certains joueurs partiraient. "
                    "L'équipe a terminé quatrième du championnat. De Luca estime aussi que l'équipe possède de "
                    "bonnes bases pour la saison prochaine.")
    assert [speaker for _, speaker, _ in found] == ["Marco De Luca", "Marco De Luca"]
