"""A short line before a colon that opens a quotation: a headline topic to skip ("Grève : « … »",
a bare noun phrase, no verb, no one speaking) or a speaker and a cue ("Le maire Paul Morin
déclare : « … »": a speech verb with its subject before it). Neither is the other (nlp/colon_labels.py,
nlp/marked_quotes.py). The sentences are invented."""
import pytest

EARLIER = "Le délégué syndical Marc Petit a parlé devant les grévistes.\n\n"


@pytest.mark.parametrize("sentence, speaker, cue", [
    ("Le maire Paul Morin déclare : « La réforme arrive bien trop tard. »", "Paul Morin", "déclare"),
    ("La ministre Claire Dubois prévient : « Nous ne céderons rien sur les retraites. »", "Claire Dubois",
     "prévient"),
    ("Le porte-parole Luc Girard affirme : « Aucune décision n'a été prise. » Il reviendra demain.",
     "Luc Girard", "affirme"),
])
def test_a_speaker_and_a_speech_verb_before_the_colon_are_no_headline_topic(reports, sentence, speaker, cue):
    words = sentence.split("« ")[1].split(" »")[0]
    assert (words, speaker, cue) in reports(sentence)


@pytest.mark.parametrize("sentence, speaker", [
    ("Grève : « Nous irons jusqu'au bout », répète Jeanne Martin.", "Jeanne Martin"),
    ("Climat : « Il faut agir maintenant », a lancé le député Marc Roux.", "Marc Roux"),
])
def test_the_incise_after_the_words_names_the_speaker_not_the_topic(reports, sentence, speaker):
    found = reports(EARLIER + sentence)
    words = sentence.split("« ")[1].split(" »")[0]
    assert [s for w, s, _ in found if w == words] == [speaker]


def test_a_topic_noun_alone_before_the_colon_speaks_nothing(reports):
    found = reports(EARLIER + "Grève : « Nous irons jusqu'au bout de ce mouvement. »")
    assert all(speaker != "Grève" for _, speaker, _ in found)


def test_a_name_alone_before_the_colon_still_speaks(reports):
    found = reports(EARLIER + "Marie Durand : « Nous irons jusqu'au bout de ce mouvement. »")
    assert ("Nous irons jusqu'au bout de ce mouvement.", "Marie Durand", None) in found
