"""An inverted incise followed by an apposition, a circumstance or a channel with no finite verb
("…, a indiqué X, porte-parole de …", "…, a annoncé X, en réponse à …") still closes unmarked words
before it; words with marks keep their own reading; a subject that cannot speak is no incise
(incise_reports._verbless_aside). The sentences are invented."""


def test_an_apposition_after_the_speaker(reports):
    found = reports("Le pont restera fermé jusqu'en mars, a indiqué Marc Olivier, porte-parole de la commune.")
    assert [(words, speaker) for words, speaker, _ in found] == [("Le pont restera fermé jusqu'en mars", "Marc Olivier")]


def test_a_circumstance_after_the_speaker(reports):
    found = reports("Aucun vol ne partira dimanche, a annoncé le ministère des Transports, en réponse à une question.")
    assert [words for words, _, _ in found] == ["Aucun vol ne partira dimanche"]


def test_marked_words_keep_their_direct_reading(analyze):
    article = analyze("Un titre sans rapport\n\nLe quartier attend toujours : « Les promesses ne suffisent plus », "
                      "déclare Nadia Leroy, présidente d'une association locale.", published="2024-03-05")
    assert [(q.type, q.text) for q in article.quotes] == [("direct", "Les promesses ne suffisent plus")]


def test_a_subject_that_cannot_speak_is_no_incise(reports):
    found = reports("La brigade, appuyée par des blindés, a lancé une offensive dans le nord, se rapprochant de la ville.")
    assert found == []
