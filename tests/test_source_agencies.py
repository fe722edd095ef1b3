"""National news agencies the lists carry, read after "l'agence" (nlp/media_mentions.py), a noun that
also names public bodies, so that only a listed title after it is a medium. Invented sentences."""


def names(analyze, text):
    return [s.name for s in analyze(text, published="2024-03-05").sources]


def test_national_agencies_after_the_ambiguous_noun(analyze):
    # "agence" also names public bodies: only a listed title after it is a medium
    assert names(analyze, "Selon l'agence Dogan, six suspects ont été interpellés à Izmir.") == ["Doğan"]
    assert names(analyze, "Deux navires ont été saisis, a rapporté l'agence Lusa.") == ["Lusa"]


def test_an_unlisted_state_agency_described_by_its_demonym_is_a_medium(analyze):
    # an agency noun with only a demonym and words of public ownership before an unlisted title
    # introduces a state's news agency; an adjective of its field or a listed body does not
    text = ("Un titre sans rapport\n\nD'après l'agence moldave MPA, le pont a cédé.\n\nLe bilan s'élève à "
            "trois morts, a rapporté l'agence nationale bhoutanaise KNS.\n\nSelon l'agence spatiale "
            "américaine NASA, la fusée a décollé.\n\nSelon l'agence européenne Frontex, les arrivées ont baissé.")
    assert [s.name for s in analyze(text, published="2024-03-05").sources] == ["MPA", "KNS"]


def test_a_listed_state_body_called_an_agency_is_no_medium(analyze):
    # development and regulatory agencies are public bodies the lists know: "l'agence américaine
    # USAID" names no news agency, whatever it confirms
    text = ("Un titre sans rapport\n\nLe programme sera suspendu, a confirmé l'agence américaine USAID.\n\n"
            "Selon l'agence belge Enabel, trois écoles ont rouvert.")
    assert [s.name for s in analyze(text, published="2024-03-05").sources] == []
