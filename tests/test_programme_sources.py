"""A channel cited through one of its programmes ("au journal de 20 heures de France 2"), and a
medium whose headline verb the tagger reads as a noun before a colon ("Le Monde titre :")
(nlp/sources.py). Invented sentences."""
from source_texts import cited


def _sources(*texts: str) -> list[list[tuple[str, str]]]:
    return [[(name, evidence) for name, evidence, _ in found] for found in cited(*texts)]


def test_a_programme_with_its_time_or_adjective_cites_its_channel():
    found = _sources("Le maire de Brest a annoncé sa démission au journal de 20 heures de France 2, mardi soir.",
                     "Le maire de Brest a parlé au JT de 13h de TF1.",
                     "Le maire de Brest s'est exprimé dans la matinale de France Inter.")
    assert found == [[("France 2", "journal de 20 heures de France 2")], [("TF1", "JT de 13h de TF1")],
                     [("France Inter", "la matinale de France Inter")]]


def test_a_headline_verb_read_as_a_noun_before_a_colon():
    found = _sources("Le Monde titre : « Le port de Brest ferme ses portes ».",
                     "Le quotidien Le Soir titre : « Brest sans port ».")
    assert found == [[("Le Monde", "Le Monde titre")], [("Le Soir", "Le quotidien Le Soir titre")]]


def test_a_programme_named_by_a_foreign_or_quoted_title_cites_its_channel():
    found = _sources("Le sénateur a affirmé dimanche dans l'émission Meet the Press de NBC que l'accord était mort.",
                     "La ministre a assuré dans l'émission « Quotidien » de TMC que la loi passerait.")
    assert found == [[("NBC", "l'émission Meet the Press de NBC")], [("TMC", "l'émission « Quotidien » de TMC")]]


def test_a_newscast_named_by_its_hour_cites_its_channel():
    # (lang/fr/pack.toml newscast_hour) after an article or a contraction; "à 20h" is a time
    found = _sources("La conseillère d'État a confirmé sa candidature au 19h30 de la RTS.",
                     "Le maire de Brest a détaillé son plan dans le 13H de TF1.",
                     "Le maire de Brest a donné rendez-vous à 20h devant la mairie de Quimper.")
    assert found == [[("RTS", "19h30 de la RTS")], [("TF1", "le 13H de TF1")], []]


def test_a_programme_whose_title_runs_on_in_lower_case_cites_its_channel():
    found = _sources("« Nous ne céderons pas », a indiqué la ministre à l'émission Tout le monde en parle de "
                     "Radio-Canada.")
    assert found == [[("Radio-Canada", "l'émission Tout le monde en parle de Radio-Canada")]]
