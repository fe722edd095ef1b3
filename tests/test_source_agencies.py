"""National news agencies the lists carry, read after "l'agence" (nlp/media_mentions.py), a noun that
also names public bodies, so that only a listed title after it is a medium. Invented sentences."""


def names(analyze, text):
    return [s.name for s in analyze(text, published="2024-03-05").sources]


def test_national_agencies_after_the_ambiguous_noun(analyze):
    # "agence" also names public bodies: only a listed title after it is a medium
    assert names(analyze, "Selon l'agence Dogan, six suspects ont été interpellés à Izmir.") == ["Doğan"]
    assert names(analyze, "Deux navires ont été saisis, a rapporté l'agence Lusa.") == ["Lusa"]
