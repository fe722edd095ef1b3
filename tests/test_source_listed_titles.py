"""Listed media the entity recogniser misses, found by the scan of the gazetteer's titles
(nlp/media_mentions.py): a title after a common noun that a longer alias begins with, a title that
opens with a number; and the listed id a source found that way points to (nlp/sources.py).
Invented sentences."""
from source_texts import cited

from newsgraph.model import Article
from newsgraph.process import process


def test_a_listed_title_after_the_noun_a_longer_alias_opens_with():
    # "Agence Chine nouvelle" is an alias too: the scan matched it from the lower-case noun
    found = cited("Selon l'agence Chine nouvelle, le barrage du fleuve a cédé dans la nuit.")
    assert [(name, evidence) for name, evidence, _ in found[0]] == [("Xinhua", "Selon l'agence Chine nouvelle")]


def test_a_title_that_opens_with_a_number_is_cased_as_one():
    found = cited("Le maire a affirmé à 20 Minutes que le barrage serait réparé.",
                  "Le maire a affirmé à 20 minutes de la gare que le barrage serait réparé.")
    assert [[name for name, _, _ in f] for f in found] == [["20 Minutes"], []]


def test_a_source_found_by_the_scan_points_to_the_listed_medium():
    # the record lists the medium under its id, so any of its names matches it
    text = "Selon l'agence Chine nouvelle, le barrage du fleuve a cédé dans la nuit."
    article = next(iter(process([Article(id="t", text=text, lang="fr", published="2021-03-01")])))
    assert [(s.name, s.actor) for s in article.sources] == [("Xinhua", "media:xinhua")]
    assert "media:xinhua" in {a.id for a in article.actors}


def test_more_listed_outlets_and_the_brand_written_in_lower_case():
    # (data/media.tsv) a channel written as its brand is, outlets of the Maghreb, a claim agency
    found = cited("Le maire a affirmé sur franceinfo que le barrage serait réparé.",
                  "Le maire a affirmé à Mosaïque FM que le barrage serait réparé.",
                  "Selon l'agence Amaq, le groupe a revendiqué l'attaque du barrage.")
    assert [[name for name, _, _ in f] for f in found] == [["Franceinfo"], ["Mosaïque FM"], ["Amaq"]]


def test_an_opinion_piece_in_a_medium_is_its_channel():
    # "tribune", "chronique": channel nouns (lang/fr/channel_nouns.txt)
    found = cited("Dans une tribune au Figaro, le maire dénonce la fermeture du barrage.",
                  "Dans sa chronique sur France Inter, l'économiste affirme que le barrage fermera.",
                  "Le ministre est monté à la tribune au Parlement.")
    assert [[(name, evidence) for name, evidence, _ in f] for f in found] == [
        [("Le Figaro", "Dans une tribune au Figaro")], [("France Inter", "Dans sa chronique sur France Inter")], []]


def test_an_unlisted_title_its_head_word_shows_to_be_a_newspaper():
    # lang/fr/newspaper_title_heads.txt: "Post", "Times", "Zeitung"… after capitalised words
    found = cited("Selon le Kathmandu Post, le barrage du fleuve a cédé dans la nuit.",
                  "Le Jordan Times rapporte que le barrage du fleuve a cédé.",
                  "Le maire a visité Times Square avant de parler du barrage.")
    assert [[(name, evidence) for name, evidence, _ in f] for f in found] == [
        [("Kathmandu Post", "Selon le Kathmandu Post")], [("Jordan Times", "Le Jordan Times rapporte")], []]


def _article(text):
    return next(iter(process([Article(id="t", text=text, lang="fr", published="2021-03-01")])))


def test_a_listed_title_the_index_reads_as_a_person_names_no_actor_without_mention():
    # "Bloomberg" of an unlisted "Bloomberg Businessweek" is the mayor's repeated surname in the
    # index: a source may not point to a medium the record lists with no mention
    article = _article("Michael Bloomberg, ancien maire de New York, s'engage pour le climat. « Il faut "
                       "agir », déclare-t-il dans une tribune publiée sur Bloomberg Businessweek.")
    mentioned = {a.id for a in article.actors if a.mentions}
    assert all(a.mentions for a in article.actors)
    assert all(s.actor is None or s.actor in mentioned for s in article.sources)


def test_a_listed_opinion_title_is_the_outlet_under_its_written_name():
    # (data/media.tsv) "Bloomberg View", Bloomberg's opinion pages (Bloomberg Opinion since 2018)
    text = ("Michael Bloomberg, ancien maire de New York, s'engage pour le climat. « Il faut agir », "
            "déclare-t-il dans une tribune publiée sur Bloomberg View.")
    article = _article(text)
    assert [(s.name, s.actor, text[s.start:s.end]) for s in article.sources] == \
        [("Bloomberg View", "media:bloomberg", "publiée sur Bloomberg View")]
    (medium,) = [a for a in article.actors if a.id == "media:bloomberg"]
    assert [text[s:e] for s, e in medium.mentions] == ["Bloomberg View"]
    # the mayor's surname inside the title is the medium's word, not a mention of him
    (mayor,) = [a for a in article.actors if a.kind == "person"]
    assert [text[s:e] for s, e in mayor.mentions] == ["Michael Bloomberg"]


def test_a_head_word_after_a_determiner_alone_is_a_common_noun():
    # "Journal", "Post" need a name before them: the capital of a sentence's determiner is none
    found = cited("Le Journal officiel rapporte que le décret du barrage entre en vigueur lundi.",
                  "Un Post Facebook du maire affirme que le barrage tiendra.")
    assert found == [[], []]


def test_a_person_whose_name_holds_a_listed_title_is_no_medium():
    # "Bloomberg" of "Michael Bloomberg" is listed as a medium: the person's words are his
    text = ("Michael Bloomberg, ancien maire de New York, soutient la candidate. Selon Bloomberg, "
            "la candidate est prête à gouverner.")
    article = _article(text)
    assert not article.sources
    assert [a.id for a in article.actors if a.kind == "media"] == []


def test_a_title_opening_with_a_number_where_only_a_medium_stands():
    # "24 heures" written as listed, in lower case: after a speech verb and its channel preposition,
    # a channel only a medium completes, or a media noun; "à 24 heures du scrutin" is a time
    from source_texts import cited
    assert [[(name, evidence) for name, evidence, _ in found] for found in cited(
        "Le syndic a confié à 24 heures que la commune allait fusionner avec sa voisine.",
        "Le syndic l'a confirmé dans les colonnes de 24 heures.",
        "Le ministre a annoncé sa démission à 24 heures du scrutin.")] == [
        [("24 heures", "confié à 24 heures")], [("24 heures", "les colonnes de 24 heures")], []]


def test_an_unlisted_title_ended_by_a_head_word_of_another_language():
    # (lang/fr/newspaper_title_heads.txt) Japanese "Shimbun", Korean "Ilbo", German "Rundschau"…
    from source_texts import cited
    assert [[name for name, _, _ in found] for found in cited(
        "Selon le Hokkaido Shimbun, le port de Kushiro sera fermé tout l'hiver.",
        "Le ministre a déclaré à la Kieler Rundschau que le chantier naval serait sauvé.",
        "Selon le Busan Ilbo, le maire a démissionné.")] == [["Hokkaido Shimbun"], ["Kieler Rundschau"], ["Busan Ilbo"]]
