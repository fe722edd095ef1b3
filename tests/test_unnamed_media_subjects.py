"""Unnamed media as subjects (nlp/unnamed_media.py): a locution of saying reports whatever its
weight as a quote's cue ("ont fait état de"), and a speech verb the parser hangs on the media noun
as its modifier ("Un quotidien local rapporte que …", read as a noun phrase) is the noun's
predicate. Invented sentences, full pipeline."""
from source_texts import cited


def test_a_locution_of_saying_with_unnamed_media_as_subject():
    found = cited("Les médias locaux ont fait état de deux morts lors de l'effondrement du barrage.")
    assert [(name, named) for name, _, named in found[0]] == [("médias locaux", False)]


def test_a_finite_speech_verb_the_parser_hangs_on_the_media_noun():
    found = cited("Un quotidien local rapporte que le barrage a cédé dans la nuit.",
                  "Un journal qui rapporte que le barrage a cédé a été saisi.")
    assert [[(name, evidence) for name, evidence, _ in f] for f in found] == [
        [("quotidien local", "Un quotidien local rapporte")], []]


def test_an_unnamed_medium_after_a_marker_ends_at_the_comma():
    # the parser may hang the clause's subject on the media noun: the name stops at the comma
    found = cited("Selon des médias locaux, au moins douze mineurs ont été secourus dans la nuit.")
    assert [(name, written, named) for name, written, named in found[0]] == \
        [("médias locaux", "Selon des médias locaux", False)]


def test_a_work_of_an_unnamed_medium_cites_it():
    # what the press publishes speaks for it, as its revelations do
    found = cited("Selon un décompte de la presse locale, trois cents familles ont quitté le village.")
    assert [(name, named) for name, _, named in found[0]] == [("presse locale", False)]
