"""An unnamed medium as the channel of a statement when the parser hangs it on the reporting
verb's object ("a annoncé sa démission à la radio publique", "en lisant une déclaration à la
télévision nationale"), and its name without a time hung on it (nlp/unnamed_media.py).
Invented sentences."""
from source_texts import cited




def test_a_channel_hung_on_the_object_of_the_statement():
    found = cited("Le maire de Brest a annoncé sa démission à la radio publique.",
                     "Le maire de Brest a annoncé sa démission en lisant une déclaration à la télévision régionale.")
    assert [[name for name, _, _ in f] for f in found] == [["radio publique"], ["télévision régionale"]]
    assert all(not named for f in found for _, _, named in f)


def test_a_time_hung_on_the_unnamed_medium_is_no_part_of_its_name():
    found = cited("Le maire de Brest s'est exprimé à la télévision mardi soir.")
    assert [name for name, _, _ in found[0]] == ["télévision"]


def test_a_media_noun_that_introduces_a_title_is_not_a_second_unnamed_source():
    found = cited("Le quotidien Le Soir a révélé l'affaire du port mardi.")
    assert [(name, named) for name, _, named in found[0]] == [("Le Soir", True)]


def test_the_object_the_parser_hangs_on_the_channel_is_no_part_of_its_name():
    """"a annoncé à la télévision sa démission": the parser hangs the verb's object on the channel
    noun (a modifier with no preposition of its own); the medium is "télévision" alone."""
    found = cited("Le maire de Brest a annoncé à la télévision sa démission.")
    assert [[name for name, _, _ in f] for f in found] == [["télévision"]]
