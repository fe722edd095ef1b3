"""Sentences that go on in the conditional after an opening citing marker ("Selon X, …. Elle aurait
…") carry on X's information: each is a continuation of the marker's report, with its speaker and
cue, until a sentence leaves the conditional (nlp/conditional_reports.py). A marker closing its
sentence, or a speech verb, starts no run. The sentences are invented."""


def test_the_conditional_runs_on_after_an_opening_marker(reports):
    found = reports("Le syndicaliste Paul Morel a pris la parole mardi. Selon lui, la direction a caché ses pertes. "
                    "Elle aurait aussi vendu deux entrepôts. L'usine fermerait en juin. "
                    "Ces chiffres n'ont pas été confirmés.")
    assert found == [("la direction a caché ses pertes", "Paul Morel", "Selon"),
                     ("Elle aurait aussi vendu deux entrepôts", "Paul Morel", "Selon"),
                     ("L'usine fermerait en juin", "Paul Morel", "Selon")]


def test_a_quotation_in_the_conditional_sentence_makes_it_mixed(analyze):
    article = analyze("Un titre sans rapport\n\nD'après l'économiste Lina Vidal, les ventes ont chuté. "
                      "La saison serait « la pire depuis vingt ans ».", published="2024-03-05")
    assert [(q.type, q.text, q.speaker.name) for q in article.quotes] == [
        ("indirect", "les ventes ont chuté", "Lina Vidal"),
        ("mixed", "La saison serait « la pire depuis vingt ans »", "Lina Vidal")]


def test_no_run_after_a_closing_marker_or_across_a_paragraph(analyze):
    article = analyze("Un titre sans rapport\n\nLes ventes ont chuté, selon l'économiste Lina Vidal. "
                      "La saison pourrait être la pire depuis vingt ans.\n\n"
                      "Selon elle, les stocks sont pleins.\n\nLes prix devraient baisser.", published="2024-03-05")
    assert [q.text for q in article.quotes] == ["Les ventes ont chuté", "les stocks sont pleins"]


def test_a_speech_verb_starts_no_run(reports):
    found = reports("Le ministre Paul Morel a annoncé que l'usine fermerait. Le site pourrait être vendu.")
    assert [words for words, _, _ in found] == ["l'usine fermerait"]


def test_a_sentence_with_its_own_cue_ends_the_run(reports):
    found = reports("Le port est bloqué. D'après la radio locale, la mairie a fermé les écoles. "
                    "Les cantines seraient fermées aussi, affirme le syndicat des parents.")
    assert ("Les cantines seraient fermées aussi", "la radio locale", "D'après") not in found
    assert ("Les cantines seraient fermées aussi", "le syndicat des parents", "affirme") in found


def test_a_conditional_the_tagger_reads_as_an_imperfect(reports):
    found = reports("Le président du club, Paul Morel, a parlé. Selon lui, 500 emplois dépendent de la filière. "
                    "Le marché local représenterait un quart des ventes.")
    assert found[-1] == ("Le marché local représenterait un quart des ventes", "Paul Morel", "Selon")


def test_a_modal_that_looks_ahead_is_a_forecast(reports):
    found = reports("Le syndicaliste Paul Morel a pris la parole. Selon lui, la direction a caché ses pertes. "
                    "Le conseil devrait se réunir lundi.")
    assert [words for words, _, _ in found] == ["la direction a caché ses pertes"]
