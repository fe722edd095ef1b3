"""A party's acronym after a role ("La députée PS estime", "le conseiller national UDC juge")
qualifies the role: the description still takes up the person speaking, whose role the article
does not give, instead of being read as a name the index missed or as the party itself
(nlp/office_titles.py is_role_label). Real French model; the sentences are invented."""


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
