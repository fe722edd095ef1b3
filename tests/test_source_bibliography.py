"""A "Sources" heading alone on its line opens the writer's list of the pieces the article was
written from (Wikinews' layout): the media listed there are no mention the article cites
(GUIDELINES §3 counts mentions in the text; nlp/found_sources.py, pack `bibliography_headings`).
Invented article, full pipeline."""
from source_texts import cited

BODY = ("Inondations au Bénin\n\n3 avril 2018. – Le fleuve Ouémé est sorti de son lit, a rapporté "
        "l'Agence France-Presse. Deux villages ont été évacués.\n\n")


def test_media_in_a_sources_list_are_no_citation():
    listing = ("Sources\n\n (fr) « Le fleuve Ouémé déborde » — Agence France-Presse, 3 avril 2018.\n"
               " (en) « Benin floods » — Reuters, 3 avril 2018.\n")
    found = cited(BODY + listing)
    assert [name for name, _, _ in found[0]] == ["Agence France-Presse"]


def test_a_sources_word_inside_a_sentence_cuts_nothing():
    text = BODY + "Sources proches du gouvernement, selon Reuters, deux ministres se sont rendus sur place.\n"
    assert [name for name, _, _ in cited(text)[0]] == ["Agence France-Presse", "Reuters"]


def test_a_bare_credit_after_a_source_heading_stays_a_credit():
    found = cited(BODY + "Source :\n(Reuters)\n")
    assert [name for name, _, _ in found[0]] == ["Agence France-Presse", "Reuters"]


def test_a_bare_credit_stays_a_credit_whatever_follows_it():
    found = cited(BODY + "Source :\nReuters\n\nMis à jour le 3 mai 2018 à 10 h.\n")
    assert [name for name, _, _ in found[0]] == ["Agence France-Presse", "Reuters"]
