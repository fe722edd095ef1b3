"""A description with a demonym ("le diplomate américain") is not someone of another state, even
the one speaking: it takes up the latest person of that state named within reach
(descriptions._salient_person). Invented sentences."""

INTRO = ("Le ministre suisse a reçu lundi John Miller, représentant spécial des États-Unis pour l'Iran, "
         "puis le vice-ministre iranien Ali Rezaei.\n\n")


def test_a_demonym_rules_out_the_speaker_of_another_state(reports):
    found = reports(INTRO + "Côté iranien, le ton est resté ferme. « Il n'y aura pas de négociation globale », "
                    "a averti Ali Rezaei.\n\n« Nous ne paierons pas de rançon », a répondu le diplomate américain.")
    assert [speaker for _, speaker, _ in found] == ["Ali Rezaei", "John Miller"]


def test_a_pronoun_after_the_description_goes_on_with_it(reports):
    found = reports(INTRO + "Côté iranien, le ton est resté ferme. Ali Rezaei a dénoncé les sanctions. "
                    "« Il n'y aura pas de négociation globale », a-t-il averti.\n\nLe diplomate américain a "
                    "répondu sur un ton mesuré. « Nous ne paierons pas de rançon », a-t-il lancé.")
    assert [speaker for _, speaker, _ in found] == ["Ali Rezaei", "John Miller"]


def test_a_nationality_noun_takes_up_the_compatriot_not_the_last_speaker(reports):
    found = reports("Le négociateur brésilien, Carlos Mendes, a ouvert la séance. « Nous voulons un accord "
                    "équilibré », a-t-il déclaré.\n\nLe ministre argentin du Commerce, Luis Ferrer, a répondu "
                    "avec prudence. « L'Argentine reste ouverte », a-t-il assuré. Le Brésilien, lui, a répété "
                    "que les quotas agricoles étaient « intenables ».")
    assert [speaker for _, speaker, _ in found][-1] == "Carlos Mendes"
