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


def test_a_glued_conjunction_pronoun_or_verb_of_saying_is_spaced_before_a_name():
    read, _ = reading("La ministre a estimé quel'usine fermera et a déclaré queRennes devait agir, "
                      "ce dontLe Courrier parle.", "fr")
    assert read == ("La ministre a estimé que l'usine fermera et a déclaré que Rennes devait agir, "
                    "ce dont Le Courrier parle.")
    read, _ = reading("The mayor saidMonday thatFarmland voters, whenOkafor spoke, were calm.", "en")
    assert read == "The mayor said Monday that Farmland voters, when Okafor spoke, were calm."
    # a name opening with a listed word's letters and an elided article is no wart
    assert reading("Sid'Ahmed Oumar est arrivé.", "fr")[0] == "Sid'Ahmed Oumar est arrivé."


def test_any_word_glued_to_an_elided_article_is_spaced_but_words_that_hold_one():
    given = "Le maire vientd'annoncer qu'il a saluél'accord après un coupd'éclat."
    read, back = reading(given, "fr")
    assert read == "Le maire vient d'annoncer qu'il a salué l'accord après un coup d'éclat."
    assert given[back[read.index("d'annoncer")]:].startswith("d'annoncer")
    for kept in ("aujourd'hui, le conseil de prud'hommes et la grand'rue", "nell'ambito, dell'Orso"):
        assert reading(kept, "fr")[0] == kept


def test_a_quotation_reported_by_a_glued_conjunction_keeps_its_speaker():
    clean = "Le maire de Brest, Paul Kermarec, a déclaré que l'usine fermera en mai."
    for damaged in (clean, clean.replace("que l'usine", "quel'usine")):
        article = next(process([Article(id="t", text=damaged, lang="fr", published="2021-03-01")]))
        assert [(q.speaker.name if q.speaker else None) for q in article.quotes] == ["Paul Kermarec"], damaged
