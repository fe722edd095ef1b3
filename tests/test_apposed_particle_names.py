"""A name with a particle ("X de Y", "X al-Y") in apposition to a role is a person even when the
recogniser calls it a place or an organisation (nlp/persons.py looks_like_person). Invented sentences."""


def test_particle_name_after_a_role_speaks(analyze, speakers_of):
    text = ("Pourparlers\n\n4 mars 2017. – Le document porte sur la gouvernance. "
            "Le chef de la délégation gouvernementale, Bachar al-Moualem, a affirmé que la sécurité "
            "était « la priorité absolue » de son pays.")
    article = analyze(text, published="2017-03-04", lang="fr")
    assert speakers_of(article, "la priorité absolue") == ["Bachar al-Moualem"]

