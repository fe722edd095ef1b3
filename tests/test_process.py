"""The process() entry point: language check, datelines, batches."""
from newsgraph.ingest.text import make_article
from newsgraph.lang import load_pack
from newsgraph.nlp.dateline import dateline_date
from newsgraph.process import process


def test_article_in_a_language_without_a_pack_is_flagged_and_left_empty(analyze):
    article = analyze("Der Präsident sagte am Dienstag, dass die Gespräche mit Russland nächste Woche "
                      "fortgesetzt würden, berichtete Reuters. \"Wir sind bereit\", sagte er in Washington.")
    assert article.lang == "de"
    assert any(w.startswith("W001") and "supported: en, fr" in w for w in article.warnings)
    assert article.quotes == [] and article.actors == [] and article.events == []


def test_dateline_gives_the_publication_date(analyze):
    article = analyze("Titre\n\n2 juillet 2012. - Le ministre a déclaré hier que la réforme était prête.")
    assert article.published == "2012-07-02"
    assert any(d.value == "2012-07-01" for d in article.dates)
    assert dateline_date("Sans date au début.", load_pack("fr")) is None
    assert dateline_date("31 février 2012. - Texte.", load_pack("fr")) is None


def test_missing_date_is_a_warning_not_an_invention(analyze):
    article = analyze("Le ministre a déclaré hier que la réforme était prête.")
    assert article.published is None
    assert any(w.startswith("W003") for w in article.warnings)
    assert all(d.value is None for d in article.dates if d.text == "hier")


def test_process_keeps_order_across_batches():
    texts = [f"Article {i} : le ministre Jean Dupont{i} a déclaré que tout allait bien." for i in range(5)]
    articles = [make_article(t, f"<{i}>", id=str(i), published="2024-01-01") for i, t in enumerate(texts)]
    out = list(process(articles, batch_size=2))
    assert [a.id for a in out] == ["0", "1", "2", "3", "4"]
    assert all(a.quotes for a in out)
