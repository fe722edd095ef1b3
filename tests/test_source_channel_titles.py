"""Unlisted media known by the channel that only a medium completes ("dans les colonnes de X"), a
medium that states a clause ("X a montré que"), and a medium asked to act, which is no channel.
The sentences and titles are invented."""


def cited(analyze, text, lang="fr"):
    return [s.name for s in analyze(text, lang=lang, published="2024-03-05").sources if s.named]


def test_an_unlisted_title_in_whose_columns_a_person_speaks_is_a_medium(analyze):
    text = "Le ministre Paul Martin a affirmé dans les colonnes de Gazeta Nordica que la réforme passerait."
    assert cited(analyze, text) == ["Gazeta Nordica"]


def test_an_interview_given_to_an_unlisted_title_cites_it(analyze):
    text = "Dans un entretien accordé à Nordposten, la ministre Claire Dubois a estimé que la loi était inutile."
    assert cited(analyze, text) == ["Nordposten"]


def test_an_interview_given_to_a_person_cites_no_medium(analyze):
    text = "Dans un entretien accordé à Jean Dupont, la ministre Claire Dubois a estimé que la loi était inutile."
    assert cited(analyze, text) == []


def test_a_medium_asked_to_withdraw_something_is_no_channel(analyze):
    text = "Le ministre Paul Martin a demandé à la BBC de retirer son reportage."
    assert cited(analyze, text) == []


def test_a_medium_that_shows_a_clause_is_its_source(analyze):
    # "montrer" is no speech verb, but a medium governing a clause states what follows
    text = "Le Monde a montré que le ministre Paul Martin avait menti aux députés."
    assert cited(analyze, text) == ["Le Monde"]


def test_a_medium_spoken_to_before_a_purpose_infinitive_is_a_channel(analyze):
    # review: "pour justifier" after the medium is the speaker's purpose, no request to the medium
    text = "« Nous partons », a déclaré le ministre Paul Martin à l'AFP pour justifier sa décision."
    assert cited(analyze, text) == ["AFP"]


def test_columns_antennas_and_meetings_that_are_no_media(analyze):
    # review: troops in columns, a branch office, a meeting at a ministry, a listed body's antenna
    for text in ("Des colonnes de Wagnerov ont été vues près du fleuve, a affirmé le ministre Paul Martin.",
                 "Selon le responsable de l'antenne de Médecins sans frontières à Gaza, la situation est grave.",
                 "Lors d'un entretien au Quai d'Orsay, le ministre Paul Martin a déclaré : « Nous partirons ».",
                 "Des propos tenus à l'antenne de la Croix-Rouge ont été critiqués, a affirmé le porte-parole."):
        assert cited(analyze, text) == [], text
