"""Scraped text: a headline run into its dated dateline (the line break lost) is split off again:
the tokenizer cuts the day from the last word, the headline is a paragraph (and a sentence) of
its own, and the dateline still dates the article."""
import pytest

from newsgraph.evaluate.warts import KINDS, damage_edits

HEADLINE = "La ministre promet une réforme pour les marins"
BODY = "3 mars 2019. – La ministre des Armées a déclaré que le budget serait voté."


@pytest.mark.parametrize("glue", ["", " "])
def test_a_headline_run_into_its_dateline_is_a_paragraph_again(glue):
    from newsgraph.nlp.pipeline import load_pipeline
    nlp = load_pipeline("fr")
    clean = nlp(HEADLINE + "\n\n" + BODY)
    doc = nlp(HEADLINE + glue + BODY)
    assert [doc.text[s:e] for s, e in doc._.paragraphs] == [clean.text[s:e] for s, e in clean._.paragraphs]
    assert [s.text for s in doc.sents][0] == HEADLINE
    assert "marins" in [t.text for t in doc]


def test_a_glued_dateline_still_dates_the_article():
    from newsgraph.lang import load_pack
    from newsgraph.nlp.dateline import dateline_date
    assert dateline_date(HEADLINE + BODY, load_pack("fr")) == "2019-03-03"
    # a date inside the headline's sentence is no dateline
    assert dateline_date("Le sommet du 3 mars 2019 reporté", load_pack("fr")) is None


def test_each_kind_of_damage_can_be_applied_alone():
    text = "Un titre\n\n« Oui », a-t-il dit. Le ministre partira."
    every = damage_edits(text, "x")
    assert sorted(e for kind in KINDS for e in damage_edits(text, "x", (kind,))) == sorted(every)


def test_a_headline_ending_in_capitals_run_into_its_dateline_keeps_the_story_s_first_events():
    # "l'OTAN4 mars": no lowercase before the day, so the tokenizer cannot cut it; the reading
    # puts the lost space back and the first sentence parses as in the clean text
    from newsgraph.model import Article
    from newsgraph.process import process, reading
    headline = "Accord commercial entre le Chili et l'OTAN"
    body = ("4 mars 2019. – Après deux ans de discussions, le Chili et l'Argentine ont signé lundi un "
            "accord de coopération.")
    assert reading(headline + body, "fr")[0] == headline + " " + body
    clean, glued = process([Article(id=str(i), text=t, lang="fr", published="2019-03-04")
                            for i, t in enumerate((headline + "\n\n" + body, headline + body))])
    assert clean.events
    assert [(e.type, e.actor.name) for e in glued.events] == [(e.type, e.actor.name) for e in clean.events]
    # the evidence indexes the text as given (the space put in is no character of it)
    assert [glued.text[e.start:e.end] for e in glued.events] == [clean.text[e.start:e.end] for e in clean.events]


@pytest.mark.parametrize("glue", ["", " "])
def test_a_headline_run_into_a_place_dateline_in_capitals_gets_its_line_break_back(glue):
    # a known place in capitals before a dash, then the story's capitalised first word
    from newsgraph.process import reading
    headline, body = "Les pêcheurs obtiennent un accord à Lyon", "MARSEILLE - La ministre a signé lundi un accord."
    # the blank given becomes the break; where none was, the space put back does (same length)
    assert reading(headline + glue + body, "fr")[0] == headline + "\n" + body


def test_a_venue_of_international_bodies_names_a_dateline_and_locates_nothing():
    from newsgraph.gazetteer import load_gazetteer
    gazetteer = load_gazetteer()
    assert gazetteer.names_place("GENÈVE") and gazetteer.place("Genève") is None
    assert not gazetteer.names_place("OTAN")


@pytest.mark.parametrize("text", [
    "Visite du président à PARIS - le cortège arrive\n\nLe texte.",  # a headline's lower-case words
    "Le club bat l'OM - Le match en images\n\nLe texte.",            # no place
    "Un titre\n\nMARSEILLE - La ministre a signé.",                   # the break is there
])
def test_no_line_break_is_put_where_no_place_dateline_was_glued(text):
    from newsgraph.process import reading
    assert reading(text, "fr")[0] == text


@pytest.mark.parametrize("headline, story", [
    ("Le roi reçoit le président à Marrakech", "Emmanuel Macron a été reçu lundi."),  # a first name
    ("Un accord signé à Winnipeg", "Les ministres ont parlé lundi."),                 # an article
])
def test_a_story_run_into_its_headline_without_a_blank_gets_its_line_break_back(headline, story):
    from newsgraph.nlp.pipeline import load_pipeline
    from newsgraph.process import reading
    vocab = load_pipeline("fr").vocab
    assert reading(headline + story, "fr", vocab)[0] == headline + "\n" + story


@pytest.mark.parametrize("text", ["Le PDG de SolarWinds et de PlayStation\n\nTexte.",  # a brand's parts
                                  "Le MacBook de DeSantis\n\nTexte.", "Accord avec YouTube\n\nTexte."])
def test_a_brand_written_in_camel_case_is_left_whole(text):
    from newsgraph.nlp.pipeline import load_pipeline
    from newsgraph.process import reading
    assert reading(text, "fr", load_pipeline("fr").vocab)[0] == text


@pytest.mark.parametrize("headline, story", [
    ("Sanctions contre le régime Loukachenko", "Réunis lundi, les ministres ont parlé."),   # after a person
    ("Le Japon change de ton sur l'Ukraine", "Trois ans après la guerre, Tokyo a parlé."),  # after a place
    ("Le Mali coopère avec la CPI", "La junte a remis un suspect lundi."),                  # an acronym's body
])
def test_a_story_run_into_a_headline_ending_in_a_name_gets_its_line_break_back(headline, story):
    from newsgraph.nlp.pipeline import load_pipeline
    from newsgraph.process import reading
    vocab = load_pipeline("fr").vocab
    assert reading(headline + story, "fr", vocab)[0] == headline + "\n" + story


def test_a_story_with_its_dated_dateline_run_into_its_headline_gets_its_line_break_back():
    from newsgraph.nlp.pipeline import load_pipeline
    from newsgraph.process import reading
    headline, story = "Le Gabon confirme son boycott", "Libreville, 3 mai 2021 – Le gouvernement a parlé."
    assert reading(headline + story, "fr", load_pipeline("fr").vocab)[0] == headline + "\n" + story


@pytest.mark.parametrize("headline, story", [
    ("Le Conseil fédéral hésite après l'attaque de Gorna", "Berne (ats) – Le Conseil a parlé."),
    ("Une première depuis 1999", "Paris, 7 mai 2019 (AFP) - La France a parlé."),
])
def test_a_headline_run_into_a_wire_dateline_with_its_agency_gets_its_line_break_back(headline, story):
    from newsgraph.nlp.pipeline import load_pipeline
    from newsgraph.process import reading
    assert reading(headline + story, "fr", load_pipeline("fr").vocab)[0] == headline + "\n" + story
    # spaced, a known place with an agency inside a headline is left to it
    assert reading(headline + " " + story, "fr", load_pipeline("fr").vocab)[0] == headline + " " + story
