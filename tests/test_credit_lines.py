"""Credit lines of the web press (nlp/source_credits.py, ingest/mend.py), session 41: a credit line
with the agency's article ("Avec l'Agence France-Presse") or led by a dash ("— La Presse
canadienne"); a last line holding a listed agency's name alone ("Belga"), not any other word or
outlet; a web outlet's domain in brackets ("(7SUR7.CD)"), which mending must not cut at its
stop, and a dateline of two places before it. Invented sentences, full pipeline."""
from newsgraph.ingest.mend import mend

DAY = "2024-03-05"
BODY = "Un titre sans rapport\n\nLe pont a été fermé mardi par la commune.\n\n"


def cited(analyze, text):
    article = analyze(text, published=DAY)
    return [(s.name, text[s.start:s.end]) for s in article.sources]


def test_a_credit_line_with_the_agency_article(analyze):
    assert cited(analyze, BODY + "Avec l'Agence France-Presse") == [
        ("Agence France-Presse", "Avec l'Agence France-Presse")]


def test_a_credit_line_led_by_a_dash(analyze):
    assert [n for n, _ in cited(analyze, BODY + "— La Presse canadienne")] == ["La Presse canadienne"]


def test_a_last_line_with_a_listed_agency_alone(analyze):
    assert cited(analyze, BODY + "Lire aussi : le pont de la gare\n\nBelga") == [("Belga", "Belga")]


def test_a_last_line_with_another_word_alone_cites_nothing(analyze):
    assert cited(analyze, BODY + "Merci") == []
    assert cited(analyze, BODY + "Libération") == []  # an outlet, not an agency: a signature or a heading


def test_a_web_outlet_in_brackets_after_a_dateline_of_two_places(analyze):
    text = "Un titre sans rapport\n\nGoma/Bukavu, 4 mai 2024 (7SUR7.CD) - Le pont a été fermé mardi.\n"
    assert [t for _, t in cited(analyze, text)] == ["(7SUR7.CD)"]


def test_mending_leaves_a_domain_whole_and_still_parts_sentences():
    assert "(7SUR7.CD)" in mend("Kinshasa (7SUR7.CD) - Le pont.")[0]
    assert "fin en 2016. La suite" in mend("fin en 2016.La suite")[0]
    assert "au G7. Les chefs" in mend("au G7.Les chefs")[0]  # a word of two cases after the stop: a sentence
