"""The store's web queries: folded search, literal wildcards, facets, pages, full records, cursors."""
import threading

import pytest

from newsgraph.model import Actor, Article, Cue, DateRef, Event, EventActor, Place, Quote, Source, Speaker, When
from newsgraph.store import Store, WebQueries, fold, search_terms


def article(ident, published, speaker, speaker_id, text_words="la Russie cherche des alliés"):
    text = f"Selon Reuters, {speaker} estime que {text_words}."
    s0 = text.index(speaker)
    q0 = text.index(text_words)
    return Article(
        id=ident, text=text, lang="fr", title=f"Titre {ident}", published=published,
        actors=[Actor(speaker_id, speaker, "person", "BEL", "chercheuse", [[s0, s0 + len(speaker)]]),
                Actor("media:reuters", "Reuters", "media", "GBR", None, [[6, 13]])],
        quotes=[Quote(q0, q0 + len(text_words), text_words, "indirect", Speaker(speaker_id, speaker, s0, s0 + len(speaker)),
                      Cue("estime", text.index("estime"), text.index("estime") + 6), 0.9)],
        sources=[Source("Reuters", "media:reuters", 6, 13)],
        dates=[DateRef("Selon", 0, 5, "2023-09", "month", "date")],
        events=[Event("CONSULT", "meet", EventActor(speaker_id, speaker), EventActor("media:reuters", "Reuters"),
                      Place("Reuters", "GBR", 6, 13), When("Selon", "2023-09", 0, 5), 0, 5, text="Selon")],
    )


@pytest.fixture()
def web(memory_store):
    memory_store.add_articles([
        article("a1", "2023-09-12", "Anne Delizée", "person:anne-delizee"),
        article("a2", "2023-10-01", "Jean Dupont", "person:jean-dupont", "100% des _votes_ sont comptés"),
        article("a3", "2024-01-02", "Anne Delizée", "person:anne-delizee", "la Chine observe"),
    ])
    return WebQueries(memory_store)


def test_terms_fold_accents_and_keep_phrases():
    assert fold("Délizée ÉTATS") == "delizee etats"
    assert search_terms('Kremlin "Corée du Nord"') == ["kremlin", "coree du nord"]


def test_quote_search_is_folded_and_every_term_must_match(web):
    rows, total = web.search_quotes({"q": "DELIZEE russie"})
    assert total == 1 and rows[0]["article_id"] == "a1"
    assert web.search_quotes({"q": "delizée"})[1] == 2        # the speaker's name is searched too
    assert web.search_quotes({"q": "delizee absent"})[1] == 0


def test_like_wildcards_are_literal(web):
    assert web.search_quotes({"q": "%"})[1] == 1               # only the quote holding a real "%"
    assert web.search_quotes({"q": "_votes_"})[1] == 1
    assert web.search_quotes({"q": "_x_"})[1] == 0


def test_quote_filters_and_pages(web):
    assert web.search_quotes({"speaker": "anne delizee"})[1] == 2   # exact name, folded
    assert web.search_quotes({"speaker": "Anne"})[1] == 0          # not a substring match
    assert web.search_quotes({"actor": "person:jean-dupont"})[1] == 1
    assert web.search_quotes({"country": "bel", "month": "2024-01"})[1] == 1
    assert web.search_quotes({"source": "media:reuters", "since": "2023-10-01"})[1] == 2
    first, total = web.search_quotes({}, limit=2, offset=0)
    rest, _ = web.search_quotes({}, limit=2, offset=2)
    assert total == 3 and len(first) == 2 and len(rest) == 1
    assert [r["article_id"] for r in first + rest] == ["a3", "a2", "a1"]  # newest first


def test_facets_count_the_matching_quotes(web):
    facets = web.quote_facets({"q": "delizee"})
    assert facets["speaker"] == [{"value": "person:anne-delizee", "label": "Anne Delizée", "n": 2}]
    assert facets["source"] == [{"value": "media:reuters", "label": "Reuters", "n": 2}]
    assert [m["value"] for m in facets["month"]] == ["2024-01", "2023-09"]


def test_article_search_filters(web):
    rows, total = web.search_articles({"q": "chine"})
    assert total == 1 and rows[0]["id"] == "a3" and rows[0]["quotes"] == 1
    assert web.search_articles({"speaker": "person:anne-delizee"})[1] == 2
    assert web.search_articles({"month": "2023-10"})[1] == 1


def test_article_record_round_trips(web, memory_store):
    original = article("a1", "2023-09-12", "Anne Delizée", "person:anne-delizee")
    assert web.article_record("a1").to_dict() == original.to_dict()
    assert web.article_record("missing") is None


def test_analyzed_record_round_trips_through_the_store(seed_article):
    with Store(":memory:") as store:
        store.add_articles([seed_article])
        rebuilt = WebQueries(store).article_record(seed_article.id).to_dict()
    expected = seed_article.to_dict()
    expected["origin"] = rebuilt["origin"]
    for key in ("quotes", "sources", "dates", "events", "actors", "text", "published"):
        assert rebuilt[key] == expected[key], key


def test_actor_profile_and_lists(web):
    profile = web.actor_profile("person:anne-delizee")
    assert profile["articles"] == 2 and profile["roles"][0]["role"] == "chercheuse"
    assert [m["month"] for m in profile["timeline"]] == ["2023-09", "2024-01"]
    assert profile["timeline"][0] == {"month": "2023-09", "articles": 1, "quotes": 1, "events": 1}
    assert profile["related"][0]["id"] == "media:reuters"
    assert web.actor_profile("person:nobody") is None
    rows, total = web.list_actors(kind="person", q="DUPONT")
    assert total == 1 and rows[0]["quotes"] == 1
    sources, n = web.list_sources()
    assert n == 1 and sources[0]["citations"] == 3
    events, n = web.list_events({"actor": "person:jean-dupont"})
    assert n == 1 and events[0]["type"] == "CONSULT"
    assert web.list_events({"country": "BEL", "type": "CONSULT"})[1] == 3
    assert web.list_events({"quad": "material_conflict"})[1] == 0


def test_a_worker_reads_from_another_thread(web):
    found = []
    worker = web.worker()
    thread = threading.Thread(target=lambda: found.append(worker.search_quotes({})[1]))
    thread.start()
    thread.join()
    assert found == [3]
