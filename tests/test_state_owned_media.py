"""A public medium named by its kind, a word of public ownership and the state that owns it ("la
radio nationale du Niger", "l'agence de presse d'État du Laos") describes the state's medium
without naming it: an unnamed source (GUIDELINES §3), where a proper noun in the phrase otherwise
leaves it to the named path (nlp/unnamed_media.py). Invented sentences, full pipeline."""
from source_texts import cited


def test_a_public_medium_owned_by_a_named_state_is_an_unnamed_source():
    found = cited("Crue\n\nD'après la radio nationale du Bénin, le fleuve a débordé jeudi.",
                  "Crue\n\nLe ministre a assuré à la télévision publique de la Mongolie que les digues tenaient.",
                  "Crue\n\nL'agence de presse d'État du Laos a affirmé que trois villages avaient été évacués.")
    assert [[(name, named) for name, _, named in f] for f in found] == [
        [("radio nationale du Bénin", False)], [("télévision publique de la Mongolie", False)],
        [("agence de presse d'État du Laos", False)]]


def test_without_a_word_of_public_ownership_the_state_is_no_owner():
    # where a paper is read, or a city that names a station: nothing cited as an unnamed medium
    found = cited("Crue\n\nSelon un journal du Bénin, le fleuve a débordé jeudi.",
                  "Crue\n\nSelon la radio de Cotonou, le fleuve a débordé jeudi.")
    assert [[(name, named) for name, _, named in f if not named] for f in found] == [[], []]

