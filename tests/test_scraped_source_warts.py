"""Scraped copy's warts around a cited source: an apostrophe typed as an accent or a backtick,
a function word glued to the next one, accents lost on a marker (ingest/mend.py, the French
pack's glued_words and markers). Invented sentences."""
from newsgraph.ingest.mend import mend
from newsgraph.model import Article
from newsgraph.process import process, reading


def test_apostrophe_like_marks_between_letters_are_read_as_the_apostrophe():
    read, back = mend("Il l´a dit à l`agence, d′après elle.")
    assert read == "Il l'a dit à l'agence, d'après elle."
    assert len(read) == len("Il l´a dit à l`agence, d′après elle.")


def test_a_glued_function_word_is_spaced_before_a_capital_or_an_elided_article():
    read, _ = reading("Il a parlé àl'agence, selonl'institut, auQuotidien du Nord et selonLe Courrier.", "fr")
    assert read == "Il a parlé à l'agence, selon l'institut, au Quotidien du Nord et selon Le Courrier."
    # a capitalised one too, when it opens a sentence before an elided article
    read, _ = reading("Selonl'agence, le pont est fermé. Dansl'attente, rien ne bouge.", "fr")
    assert read == "Selon l'agence, le pont est fermé. Dans l'attente, rien ne bouge."
    read, _ = reading("He told theHerald and toRadio Nord.", "en")
    assert read == "He told the Herald and to Radio Nord."


def test_words_that_hold_an_elision_or_a_capital_are_left_alone():
    for given in ("aujourd'hui, presqu'île, lorsqu'Anne, Dell'Orto, easyJet, dansla", "l'Etat d'Anne",
                  "DeSantis, LaToya, DuPont, Dall'Oglio",
                  "la Grand'Place, le conseil de Prud'Hommes, Abd'Allah",
                  "lemonde.fr/enDirect, #leGrandDebat, #enMarche"):
        assert reading(given, "fr")[0] == given
    # web addresses and hashtags in English too
    assert reading("bbc.co.uk/news/inDepth and #inMemoriam", "en")[0] == "bbc.co.uk/news/inDepth and #inMemoriam"


def _sources(text: str) -> list[str]:
    article = next(process([Article(id="t", text=text, lang="fr", published="2021-03-01")]))
    return [s.name for s in article.sources]


def test_a_source_survives_the_warts_of_scraped_copy():
    clean = "Le port de Brest restera fermé jusqu'en mai, a déclaré à l'AFP le maire de la ville."
    assert _sources(clean) == ["AFP"]
    for damaged in (clean.replace("l'AFP", "l´AFP"), clean.replace("à l'AFP", "àl`AFP")):
        assert _sources(damaged) == ["AFP"], damaged


def test_an_unaccented_marker_still_cites():
    text = "D'apres le quotidien Le Soir, le port de Brest restera fermé jusqu'en mai."
    assert _sources(text) == _sources(text.replace("apres", "après")) == ["Le Soir"]
    assert _sources("D'apres les medias locaux, le port de Brest restera fermé.") == ["les medias locaux"]


def test_a_media_noun_glued_to_the_title_after_it_is_spaced():
    # a linked title loses the space before it: "le quotidien<a>Le Courrier</a>"
    read, _ = reading("Selon le quotidienLe Courrier et la revueScience Nord, le port ferme.", "fr")
    assert read == "Selon le quotidien Le Courrier et la revue Science Nord, le port ferme."
