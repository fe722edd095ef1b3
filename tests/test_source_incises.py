"""A medium as the inverted subject of a closing incise followed by a participle ("…, affirme
Reuters citant un diplomate"), one whose speech verb another verb governs, and one the parser hangs
on its own description (nlp/sources.py). Invented sentences."""
from source_texts import cited


def _sources(*texts: str) -> list[list[tuple[str, str]]]:
    return [[(name, evidence) for name, evidence, _ in found] for found in cited(*texts)]


def test_a_closing_incise_whose_medium_a_participle_follows():
    found = _sources("Le port de Brest fermera en mai, affirme Reuters citant des sources portuaires.",
                     "Le port de Brest fermera en mai, rapporte l'agence Reuters citant un docker.",
                     "Le maire dénonce la fermeture, accuse Le Soir de mentir et s'en va.")
    assert found == [[("Reuters", "affirme Reuters")], [("Reuters", "rapporte l'agence Reuters")], []]


def test_a_closing_incise_whose_speech_verb_another_verb_governs():
    found = _sources("Le port de Brest fermera en mai, croit savoir Le Soir.",
                     "Le port de Brest fermera en mai, a fait savoir Le Soir.")
    assert found == [[("Le Soir", "croit savoir Le Soir")], [("Le Soir", "a fait savoir Le Soir")]]


def test_a_medium_the_parser_hangs_on_its_description_speaks_through_it():
    # the name read as an adjective of "agence", or hung on "information" of "site d'information"
    found = _sources("L'agence officielle Sana a rapporté l'attaque du port.",
                     "Le site d'information Mediapart a révélé l'affaire du port.")
    assert [[name for name, _ in f] for f in found] == [["SANA"], ["Mediapart"]]


def test_a_medium_after_a_verb_coordinated_to_an_earlier_clause_is_its_object():
    # "puis" / "et" coordinate the verb to the clause before: its subject is earlier, the medium
    # after it is what it criticises, no source
    found = _sources("Le maire a répondu aux questions des élus, puis a critiqué Le Soir.",
                     "Le maire a répondu aux élus, et a dénoncé Le Soir.",
                     "Le port de Brest fermera en mai, a rapporté hier Le Soir.")
    assert [[name for name, _ in f] for f in found] == [[], [], ["Le Soir"]]


def test_a_channel_after_the_apposition_of_an_incise_subject(analyze):
    # the parser hangs "à l'agence X" on the apposition, or on the verb too far back for a walk
    for text, name in (("Le pont a cédé dans la nuit, a expliqué Paul Brun, maire de la commune, à l'agence Reuters.",
                        "Reuters"),
                       ("« Le pont a cédé », a expliqué Anne Brun, la préfète de la région, à l'AFP.", "AFP")):
        found = analyze("Un titre sans rapport\n\n" + text, published="2024-03-05").sources
        assert [s.name for s in found] == [name], text


def test_a_closing_incise_whose_verb_the_tagger_reads_as_a_noun(reports):
    # "note", "juge", "titre", "analyse" are nouns too: after a comma, with a subject that closes
    # the sentence, the word is the incise's verb (nlp/verb_tags.py)
    found = _sources("La grève des dockers a duré trois semaines, note Le Figaro.",
                     "La grève des dockers a duré trois semaines, titre Le Parisien.",
                     "Il a reçu une note de service sur la grève des dockers.")
    assert found == [[("Le Figaro", "note Le Figaro")], [("Le Parisien", "titre Le Parisien")], []]
    assert reports("La grève des dockers a duré trois semaines, juge le syndicaliste Paul Brun.") == \
        [("La grève des dockers a duré trois semaines", "Paul Brun", "juge")]


def test_a_comparative_incise_of_several_words(reports):
    # "ainsi que l'a annoncé X" is "comme l'a annoncé X": the subject is inverted after the verb
    # (the parser reads "ainsi" as a coordinator, or the clitic "l'" as the subject)
    found = _sources("La grève des dockers a duré trois semaines, ainsi que l'a annoncé Reuters.",
                     "La grève des dockers a duré trois semaines, ainsi que le rapporte Le Monde.")
    assert [[name for name, _ in f] for f in found] == [["Reuters"], ["Le Monde"]]
    assert reports("La grève des dockers a duré trois semaines, ainsi que l'a annoncé le maire.") == \
        [("La grève des dockers a duré trois semaines", "le maire", "ainsi que l'a annoncé")]


def test_a_closing_incise_whose_inverted_subject_is_the_medium_s_staff():
    # the staff report for the medium, as they do before their verb; a named one speaks for himself
    # (a clause whose predicate the parser takes for the verb's subject: no quote to lean on)
    found = _sources("Trois gardes sont morts, a constaté un photographe de l'agence Reuters.",
                     "Trois gardes sont morts, ont constaté des journalistes du Soir.",
                     "Trois gardes sont morts, a constaté le correspondant du Soir, Paul Marchal.")
    assert [[name for name, _ in f] for f in found] == [["Reuters"], ["Le Soir"], []]


def test_a_closing_incise_whose_verb_the_tagger_reads_as_a_participle():
    # "écrit", "dit": the present and the participle are written alike; the medium after the
    # comma is the finite verb's inverted subject
    found = _sources("Le maire aurait menti, écrit Libération.",
                     "Le maire aurait caché le rapport, écrit The Guardian.")
    assert found == [[("Libération", "écrit Libération")], [("The Guardian", "écrit The Guardian")]]
