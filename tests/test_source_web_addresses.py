"""A site cited by its web address (nlp/media_mentions.py): a listed medium's address is the
medium ("selon lefigaro.fr": Le Figaro), and a news site's noun introduces any address ("le site
d'information kivu-actu.cd"); a bare "site" or no cue leaves an address some body's; an address
written as a brand ("selon TMZ.com") is a medium a marker cites. Invented sentences, full
pipeline."""
from source_texts import cited


def test_a_listed_medium_s_address_and_an_introduced_one_are_media():
    found = cited("Pont coupé\n\nLe pont de Tours est coupé, selon lefigaro.fr.",
                  "Pont coupé\n\nLe pont de Goma est coupé, selon le site d'information kivu-actu.cd.")
    assert [[name for name, _, _ in f] for f in found] == [["Le Figaro"], ["kivu-actu.cd"]]


def test_a_body_s_address_or_an_e_mail_is_no_medium():
    found = cited("Pont coupé\n\nLe pont de Tours est coupé, selon le site prefecture-tours.fr.",
                  "Pont coupé\n\nLe pont de Tours est coupé. Écrivez à contact@lefigaro.fr pour réagir.")
    assert found == [[], []]


def test_a_brand_written_address_a_marker_cites_is_a_medium():
    # a site writes its name as a brand, capitals and all; a body's address is in lower case
    found = cited("Pont coupé\n\nLe pont de Tours est coupé, selon TMZ.com.",
                  "Pont coupé\n\nLe pont de Tours est coupé, d'après Politico.eu, qui cite la police.",
                  "Pont coupé\n\nAmazon.com a annoncé lundi de bons résultats.")
    assert [[name for name, _, _ in f] for f in found] == [["TMZ.com"], ["Politico.eu"], []]
