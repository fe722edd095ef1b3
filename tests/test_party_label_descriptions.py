"""A party's acronym or a party the gazetteer lists after a role ("La députée PS estime", "le
conseiller national UDC juge", "l'élue Ecolo", "le député Vlaams Belang") qualifies the role: the description still takes up the person speaking, whose role the article
does not give, instead of being read as a name the index missed or as the party itself
(nlp/office_titles.py names_after_role). Real French model; the sentences are invented."""


PUBLISHED = "2023-05-03"


def test_a_role_and_a_party_acronym_take_up_the_speaker(speaker_ids):
    text = ("Un titre sans rapport\n\nSion, 3 mai 2023. « Nous devons agir vite », affirme Anne Moret devant la "
            "presse. La députée PS estime que les communes sont prêtes à aider.\n\n« Rien ne presse », tempère "
            "Paul Girard. Le conseiller national UDC juge que le projet coûte trop cher.")
    found = speaker_ids(text, PUBLISHED)
    assert found["les communes sont prêtes à aider"] == "person:anne-moret"
    assert found["le projet coûte trop cher"] == "person:paul-girard"


def test_a_capitalised_name_after_the_role_is_still_someone_else(speaker_ids):
    text = ("Un titre sans rapport\n\n« Nous devons agir vite », affirme Anne Moret devant la presse. "
            "La députée Julie Bernard estime que les communes sont prêtes à aider.")
    found = speaker_ids(text, PUBLISHED)
    assert found["les communes sont prêtes à aider"] != "person:anne-moret"


def test_a_listed_party_name_after_a_role_takes_up_the_speaker(speaker_ids):
    text = ("Un titre sans rapport\n\nNamur, 3 mai 2023. « Nous devons agir vite », affirme Anne Moret devant la "
            "presse. L'élue Ecolo estime que les communes sont prêtes à aider.\n\n« Rien ne presse », tempère "
            "Paul Girard. Le député Vlaams Belang juge que le projet coûte trop cher.")
    found = speaker_ids(text, PUBLISHED)
    assert found["les communes sont prêtes à aider"] == "person:anne-moret"
    assert found["le projet coûte trop cher"] == "person:paul-girard"


def test_a_party_name_in_apposition_is_the_role_of_the_named_person(analyze):
    # "élue" is a participle as well as a role noun: followed by a party, it is the role
    article = analyze("Un titre sans rapport\n\nNamur, 3 mai 2023. Anne Moret, élue Groen, a critiqué le projet. "
                      "« Nous devons agir vite », a-t-elle dit.\n\nL'élue Groen estime que les communes sont "
                      "prêtes à aider.", published=PUBLISHED)
    person = next(a for a in article.actors if a.id == "person:anne-moret")
    assert person.role == "élue Groen"
    assert not any(a.id == "person:groen" for a in article.actors)
    assert [q.speaker.actor for q in article.quotes if "communes" in q.text] == ["person:anne-moret"]
