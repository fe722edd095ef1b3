"""Listed media whose title is also a common word (nlp/common_titles.py): "la TVA" is the tax,
"proche du Soleil" the star, "à la Libération" 1944; a media noun before the title or the title
written bare names the medium. Real French model; the sentences are invented."""

import pytest

PUBLISHED = "2024-03-05"


def media(analyze, text):
    article = analyze("Un titre sans rapport\n\n" + text, published=PUBLISHED)
    return [a.name for a in article.actors if a.kind == "media"], [s.name for s in article.sources]


def test_a_determiner_of_the_sentence_makes_the_title_a_common_word(analyze):
    assert media(analyze, "Le gouvernement compte relever la TVA sur les carburants, a expliqué Paul Morel.") == ([], [])
    assert media(analyze, "Vénus tourne plus près du Soleil que la Terre, a rappelé l'astronome Anne Roux.") == ([], [])
    assert media(analyze, "À la Libération, le village ne comptait plus que trois cents âmes.") == ([], [])


def test_a_media_noun_or_a_bare_title_names_the_medium(analyze):
    assert media(analyze, "Le maire a confié à la chaîne TVA que le pont rouvrirait en mai.") == (["TVA"], ["TVA"])
    assert media(analyze, "Selon Libération, le festival perdra la moitié de ses subventions.") == \
        (["Libération"], ["Libération"])
    assert media(analyze, "D'après Le Soleil, la route côtière restera fermée tout l'hiver.") == \
        (["Le Soleil"], ["Le Soleil"])


@pytest.mark.parametrize("text", [
    "« Nous allons reconstruire le pont », a déclaré au Soleil le maire Paul Martin.",
    "Dans un article du Soleil publié lundi, le maire Paul Martin a reconnu ses erreurs.",
])
def test_a_contraction_after_a_verb_or_a_media_noun_holds_the_title(analyze, text):
    # review: "au Soleil" after a speech verb, "du Soleil" after "article" name the paper
    assert "Le Soleil" in [s.name for s in analyze(text, published="2024-03-05").sources]


def test_a_title_word_in_lower_case_after_its_article_is_the_common_noun(analyze):
    # "L'Équipe", "L'Économiste", "L'Indépendant": the sentence's capital is on the article only
    assert media(analyze, "L'équipe du stade a annoncé que la pelouse serait refaite en juin.") == ([], [])
    assert media(analyze, "L'économiste Paul Morel estime que les loyers baisseront l'an prochain.") == ([], [])
    assert media(analyze, "L'indépendant Marc Roux affirme que le conseil a caché le déficit.") == ([], [])
    assert media(analyze, "Selon L'Équipe, le club a recruté un attaquant venu de Lyon.") == (["L'Équipe"], ["L'Équipe"])
