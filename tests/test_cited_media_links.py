"""Issue 10, news sources and the speakers they give: a listed medium only the scan of titles
finds is linked as soon as it speaks (speakers.py), not only once a source cites it; a person the
recogniser reads inside a listed title is the medium; a later "l'agence", "le quotidien" takes up
the medium an earlier mention of the same noun introduced, even unlinked ("l'agence Chine
nouvelle": not "Chine"). Invented sentences, full pipeline."""
from __future__ import annotations

from newsgraph.model import Article
from newsgraph.process import process


def _analysed(*texts: str) -> list[Article]:
    articles = [Article(id=f"t{k}", text=f"Un titre sans rapport\n\n{t}", lang="fr", published="2024-03-05")
                for k, t in enumerate(texts)]
    return list(process(articles))


def test_a_listed_title_with_the_sentence_article_is_a_linked_speaker():
    # "le Journal de Montréal": the list writes "Le", the sentence "le"; the recogniser misses it
    done = _analysed("Selon le Journal de Montréal, le maire de Laval quittera ses fonctions en juin.",
                     "D'après le Journal de Québec, la ministre de la Santé prépare un nouveau plan.")
    assert [[q.speaker.actor for q in a.quotes] for a in done] == [["media:le-journal-de-montreal"],
                                                                   ["media:le-journal-de-quebec"]]


def test_a_person_read_inside_a_listed_title_is_the_medium():
    done = _analysed("D'après Le Matin Dimanche, le conseiller fédéral a reçu des menaces anonymes.")
    assert [(q.speaker.actor, q.speaker.name) for q in done[0].quotes] == \
        [("media:le-matin-dimanche", "Le Matin Dimanche")]


def test_a_later_description_takes_up_the_medium_its_noun_introduced():
    done = _analysed(
        "Un photographe de l'agence Chine nouvelle a été blessé lors de l'explosion. "
        "D'après l'agence, le souffle a fait douze morts dans le quartier.",
        "L'agence Chine nouvelle a été fondée en 1931. "
        "D'après l'agence, la Chine a produit un million de voitures électriques.",
        "Un caméraman de la chaîne France 24 a été libéré au Mali. D'après la chaîne, il est en bonne santé.")
    assert [[q.speaker.actor for q in a.quotes] for a in done] == [["media:xinhua"], ["media:xinhua"],
                                                                   ["media:france-24"]]
    assert [[(s.actor, s.named) for s in a.sources] for a in done] == [[("media:xinhua", False)]] * 2 + \
        [[("media:france-24", False)]]


def test_a_listed_title_the_recogniser_reads_as_a_person_or_a_place_is_the_medium():
    # "Libre Belgique" tagged as a place, "Matin Dimanche" as a person: with the sentence's article
    # (or the one a contraction holds) they are listed titles
    done = _analysed("Dans une interview à la Libre Belgique, le Premier ministre a défendu son bilan.",
                     "Dans les colonnes du Matin Dimanche, le conseiller fédéral s'explique longuement.")
    assert [[s.actor for s in a.sources] for a in done] == [["media:la-libre-belgique"], ["media:le-matin-dimanche"]]
    assert not [x.id for a in done for x in a.actors if x.id.startswith("person:")]


def test_il_after_a_medium_that_reports_a_subject_takes_up_that_subject():
    # the medium a marker cites is no "il"; the subject whose act it reports is, before any
    # person named earlier in the text
    article = _analysed("Le président français Louis Marchand a reçu mardi son homologue à Paris. "
                        "Le Premier ministre Paul Dubois a accusé l'opposition de vouloir « bloquer le pays », "
                        "selon l'agence Reuters. Il affirme que la réforme vise uniquement à « assainir » les comptes.")[0]
    last = max(article.quotes, key=lambda q: q.start)
    assert last.speaker.name == "Le Premier ministre Paul Dubois"
