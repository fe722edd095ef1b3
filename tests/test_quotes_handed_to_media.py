"""A medium that received what the article reports ("un document transmis à l'AFP") is cited
as its channel; one sent a thing that is no information is not."""


def media(analyze, text):
    return [s.name for s in analyze(text, published="2024-03-05").sources]


def test_document_handed_to_a_medium_cites_it(analyze):
    text = "Selon une note interne transmise à Reuters, la raffinerie fermera ses portes en juillet."
    assert media(analyze, text) == ["Reuters"]


def test_letter_addressed_to_a_medium_after_d_apres(analyze):
    text = "D'après un courrier adressé à l'AFP, la raffinerie fermera ses portes en juillet."
    assert media(analyze, text) == ["AFP"]


def test_parcel_sent_to_a_newspaper_cites_nothing(analyze):
    assert media(analyze, "Le paquet envoyé à Libération contenait des cartes postales anciennes.") == []
