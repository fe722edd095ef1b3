"""A qualified description whose role title is only part of a person's longer title names
another office: "le ministre fédéral de la Santé" is not the "premier ministre" named before, nor
"le président de la commission" the "vice-président" (nlp/office_titles.py longer_title). Real
French model; the sentences are invented."""


PUBLISHED = "2022-04-12"


def test_a_minister_is_not_the_prime_minister(speaker_ids):
    text = ("Un titre sans rapport\n\nRegina, 12 avril 2022. La première ministre provinciale Sarah Tremblay a "
            "réclamé des fonds pour ses hôpitaux. « Nous manquons de lits », a-t-elle déclaré.\n\n"
            "À Ottawa, le ministre fédéral de la Santé a répondu que le dossier avançait.")
    found = speaker_ids(text, PUBLISHED)
    assert found["le dossier avançait"] != "person:sarah-tremblay"


def test_a_president_is_not_the_vice_president(speaker_ids):
    text = ("Un titre sans rapport\n\nLe vice-président du syndicat Marc Lefort a critiqué la réforme. "
            "« C'est un recul », a-t-il lancé.\n\n"
            "Le président national du parti a estimé que la réforme était nécessaire.")
    found = speaker_ids(text, PUBLISHED)
    assert found["la réforme était nécessaire"] != "person:marc-lefort"


def test_the_same_title_still_takes_up_its_holder(speaker_ids):
    text = ("Un titre sans rapport\n\nLe ministre fédéral de la Santé, Paul Girard, a visité l'hôpital. "
            "« Nous tiendrons parole », a-t-il promis.\n\n"
            "Le ministre fédéral de la Santé a ajouté que les lits seraient financés.")
    found = speaker_ids(text, PUBLISHED)
    assert found["les lits seraient financés"] == "person:paul-girard"


def test_a_deputy_is_not_the_holder_of_the_shorter_title(speaker_ids):
    text = ("Un titre sans rapport\n\nLe directeur général de la société, Paul Morin, a présenté les comptes "
            "mardi. « Nous sommes solides », a-t-il assuré.\n\n"
            "Le directeur général adjoint a précisé que les salaires seraient gelés.\n\n"
            "La secrétaire générale du syndicat, Anne Roux, a dénoncé le plan. La secrétaire générale adjointe "
            "a estimé que la grève était probable.")
    found = speaker_ids(text, PUBLISHED)
    assert found["les salaires seraient gelés"] != "person:paul-morin"
    assert found["la grève était probable"] != "person:anne-roux"
