"""A medium that proves or demonstrates something, as the subject of the verb with an object
("jusqu'à ce que le journal les prouve"), brings out the information: a source (GUIDELINES §3),
though the verb is no verb of saying (pack media_proving_verbs, read with media_citing_verbs by
nlp/unnamed_media.py relays). Invented sentences, full pipeline."""
from source_texts import cited


def test_a_medium_proving_the_facts_is_their_source():
    found = cited("Fraude\n\nLe maire avait nié ces faits, jusqu'à ce que Libération les prouve la semaine dernière.",
                  "Fraude\n\nLibération a démontré l'existence de comptes cachés du maire.")
    assert [[(name, text) for name, text, _ in f] for f in found] == [
        [("Libération", "Libération les prouve")], [("Libération", "Libération a démontré")]]


def test_someone_proving_before_a_medium_cites_nothing():
    assert cited("Fraude\n\nLe maire a prouvé sa bonne foi devant Libération.") == [[]]


def test_a_medium_proving_a_quality_of_its_own_cites_nothing():
    """Its own possession as the object: nothing brought out, the medium is no source (review s54)."""
    assert cited("Fraude\n\nLe journal Libération a prouvé son sérieux.",
                 "Fraude\n\nLe quotidien démontre son attachement à la liberté de la presse.") == [[], []]
