"""A description takes up the subject of the sentence before it, also when the name is set in
apposition to that subject ("Le chef du département, X, s'est entretenu avec Y"), which the parse
may read as a conjunct after the comma (preceding_person._subject): X acts, Y is a complement.
Invented sentences."""

TEXT = ("Accords bilatéraux : Berne et Bruxelles rouvrent le chantier\n\n"
        "Le gouvernement suisse a donné lundi son feu vert à de nouveaux pourparlers avec l'Union "
        "européenne. Le chef du Département fédéral des finances (DFF), Marc Keller, s’est entretenu dans "
        "la foulée par téléphone avec le vice-président de la Commission européenne, Jan Novak.\n\n"
        "« Nous ne partons pas de rien », a résumé le ministre devant la presse.")


def test_description_takes_up_the_name_apposed_to_the_subject(analyze, speakers_of):
    article = analyze(TEXT, published="2024-03-19", lang="fr")
    assert speakers_of(article, "partons pas de rien") == ["Marc Keller"]
