""""L'agence officielle" + a demonym is the state's news agency, an unnamed medium (nlp/unnamed_media.py,
pack media_nouns "agence officielle"); "agence" alone also names public bodies, so the adjective must
follow the noun and nothing but adjectives after it. Invented sentences, full pipeline."""
from source_texts import cited


def test_the_official_agency_with_its_demonym_is_an_unnamed_medium():
    found = cited("Tir de missile\n\nL'agence officielle birmane a affirmé que le barrage avait tenu.",
                  "Tir de missile\n\nLe barrage a tenu, selon l'agence officielle laotienne.")
    assert [[(name, named) for name, _, named in f] for f in found] == [
        [("agence officielle birmane", False)], [("agence officielle laotienne", False)]]


def test_public_bodies_called_official_agencies_are_no_media():
    found = cited("Chômage\n\nL'agence officielle de statistiques a annoncé une hausse du chômage.",
                  "Lancement\n\nL'agence spatiale officielle a annoncé le lancement d'un satellite.",
                  "Grippe\n\nL'agence officielle chargée de la santé a annoncé trois nouveaux cas.")
    assert found == [[], [], []]


def test_media_as_the_subject_of_a_passive_are_spoken_of():
    # (a file of unnamed media forms: the passive subject is whom the verb is done to, as for a named one)
    found = cited("Propagande\n\nLes médias étrangers ont été accusés par le gouvernement de propagande.")
    assert found == [[]]
