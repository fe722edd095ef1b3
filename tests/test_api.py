"""The JSON API and the pages, in process (FastAPI's test client) over the bundled corpus."""
import shutil

import pytest
from fastapi.testclient import TestClient

from newsgraph.api import MAX_BODY, create_app

TOKEN = "a-test-token"


@pytest.fixture(scope="module")
def client(corpus_db, tmp_path_factory):
    path = str(tmp_path_factory.mktemp("api") / "api.duckdb")
    shutil.copy(corpus_db, path)
    with TestClient(create_app(path, token=TOKEN), raise_server_exceptions=False) as test_client:
        yield test_client


def test_stats_and_openapi(client):
    stats = client.get("/api/stats").json()
    assert stats["counts"]["articles"] >= 190 and stats["writable"] is True  # the bundled corpus
    schema = client.get("/api/openapi.json").json()
    paths = set(schema["paths"])
    assert {"/api/articles", "/api/articles/{article_id}", "/api/quotes", "/api/actors", "/api/actors/{actor_id}",
            "/api/sources", "/api/events", "/api/graph", "/api/blocs"} <= paths
    assert not any(p.startswith(("/actors", "/relations")) for p in paths)  # pages stay out of the API schema
    docs = client.get("/api/docs").text
    assert "/static/swagger/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200


def test_quotes_search_facets_and_pages(client):
    page = client.get("/api/quotes", params={"q": "delizee", "facets": "true", "limit": 3}).json()
    assert page["total"] == 8 and len(page["items"]) == 3 and page["next_offset"] == 3
    assert all(item["speaker"] == "Anne Delizée" for item in page["items"])
    assert page["facets"]["speaker"][0] == {"value": "person:anne-delizee", "label": "Anne Delizée", "n": 8}
    last = client.get("/api/quotes", params={"q": "delizee", "limit": 3, "offset": 6}).json()
    assert len(last["items"]) == 2 and last["next_offset"] is None
    by_source = client.get("/api/quotes", params={"source": "media:reuters", "country": "bel"}).json()
    assert by_source["total"] == 8


def test_article_record_and_lists(client):
    record = client.get("/api/articles/kim-putin-2023").json()
    assert record["schema"] == "newsgraph.article/1" and len(record["quotes"]) >= 8
    quote = next(q for q in record["quotes"] if q["speaker"]["actor"] == "person:anne-delizee")
    assert record["text"][quote["start"]:quote["end"]] == quote["text"]
    found = client.get("/api/articles", params={"q": "Kremlin Pyongyang"}).json()
    # the seed article, and the English sample article on the same meeting
    assert {a["id"] for a in found["items"]} == {"kim-putin-2023", "en-sample-putin-kim"}
    assert all("Kremlin" in a["snippet"] for a in found["items"])
    actors = client.get("/api/actors", params={"kind": "person", "limit": 5}).json()
    assert actors["total"] > 100 and len(actors["items"]) == 5
    sources = client.get("/api/sources").json()
    assert sources["items"][0]["id"] == "media:afp"
    events = client.get("/api/events", params={"type": "CONSULT", "country": "RUS"}).json()
    assert events["total"] >= 1 and all(e["type"] == "CONSULT" for e in events["items"])


def test_actor_profile(client):
    profile = client.get("/api/actors/person:anne-delizee").json()
    assert profile["kind"] == "person" and profile["country"] == "BEL"
    assert "Université de Mons" in profile["roles"][0]["role"] and profile["roles"][0]["example"] == "kim-putin-2023"
    assert profile["quotes"]["total"] == 8 and profile["timeline"][0]["month"] == "2023-09"
    assert any(r["id"] == "person:vladimir-poutine" for r in profile["related"])


def test_graph_and_blocs(client):
    graph = client.get("/api/graph", params={"level": "countries"}).json()
    ids = {n["id"] for n in graph["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in graph["edges"])
    assert any(e["score"] < 0 for e in graph["edges"]) and any(e["score"] > 0 for e in graph["edges"])
    small = client.get("/api/graph", params={"max_nodes": 2}).json()
    assert len(small["nodes"]) == 2 and small["truncated"] is True
    blocs = client.get("/api/blocs", params={"window": "1Y", "since": "2012-01-01", "until": "2012-12-31"}).json()
    assert [w["label"] for w in blocs["windows"]] == ["2012"] and blocs["windows"][0]["blocs"]
    refused = client.get("/api/blocs", params={"window": "1D"})
    assert refused.status_code == 400 and "over 400 windows" in refused.json()["error"]


@pytest.mark.parametrize("url, status", [
    ("/api/articles/nope", 404), ("/api/actors/person:nobody", 404), ("/api/quotes?limit=0", 422),
    ("/api/quotes?limit=201", 422), ("/api/quotes?since=2023-13-45", 422), ("/api/events?type=BOGUS", 422),
    ("/api/quotes?q=" + "x" * 201, 422), ("/api/blocs?window=abc", 422), ("/api/nothing", 404),
])
def test_errors_are_json_without_traceback(client, url, status):
    answer = client.get(url)
    assert answer.status_code == status
    assert answer.headers["content-type"] == "application/json" and "error" in answer.json()
    assert "Traceback" not in answer.text


def test_a_crash_is_a_json_500_without_traceback(client, monkeypatch):
    from newsgraph.store import WebQueries

    def broken(*args, **kwargs):
        raise RuntimeError("secret detail")
    monkeypatch.setattr(WebQueries, "list_sources", broken)
    answer = client.get("/api/sources")
    assert answer.status_code == 500 and answer.json() == {"error": "internal error (see the server log)"}


def test_user_text_never_reaches_sql(client):
    for q in ("'; DROP TABLE quotes; --", "%", "\\", '"', "_"):
        assert client.get("/api/quotes", params={"q": q, "speaker": q}).status_code == 200
    assert client.get("/api/stats").json()["counts"]["quotes"] > 0


def test_writes_need_the_token(client):
    body = {"articles": [{"text": "Texte."}]}
    assert client.post("/api/articles", json=body).status_code == 401
    wrong = client.post("/api/articles", json=body, headers={"Authorization": "Bearer nope-nope"})
    assert wrong.status_code == 401 and "token" in wrong.json()["error"]


def test_a_server_without_token_is_read_only(corpus_db, tmp_path):
    path = str(tmp_path / "ro.duckdb")
    shutil.copy(corpus_db, path)
    with TestClient(create_app(path)) as read_only:
        answer = read_only.post("/api/articles", json={"articles": []}, headers={"Authorization": "Bearer x"})
        assert answer.status_code == 403 and "--token" in answer.json()["error"]


def test_post_analyzes_stores_and_reports_bad_articles(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    text = ("Le ministre Jean Martin a déclaré mardi à l'AFP : « Nous signerons l'accord avec le Canada. »")
    body = {"articles": [{"id": "posted-1", "text": text, "published": "2024-03-05"},
                         {"id": "posted-bad"},
                         {"id": "posted-date", "text": "Un texte.", "published": "05/03/2024"},
                         {"id": "kim-putin-2023", "text": "déjà là"}]}
    answer = client.post("/api/articles", json=body, headers=auth).json()
    assert answer["received"] == 4 and answer["added"] == 1 and answer["already_stored"] == 1
    assert [e["index"] for e in answer["errors"]] == [1, 2] and "E019" in answer["errors"][0]["error"]
    record = client.get("/api/articles/posted-1").json()
    assert record["published"] == "2024-03-05" and record["quotes"][0]["text"].startswith("Nous signerons")
    again = client.post("/api/articles", json={"articles": body["articles"][:1]}, headers=auth).json()
    assert again["added"] == 0 and again["already_stored"] == 1


def test_bodies_and_batches_are_bounded(client):
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    huge = client.post("/api/articles", content=b" " * (MAX_BODY + 1), headers=auth)
    assert huge.status_code == 413 and "smaller batches" in huge.json()["error"]
    many = client.post("/api/articles", json={"articles": [{"text": "x"}] * 65}, headers=auth)
    assert many.status_code == 422


def test_pages_render(client):
    search = client.get("/", params={"q": "Delizée"})
    assert search.status_code == 200 and "<mark>Delizée</mark>" in search.text
    article = client.get("/articles/kim-putin-2023").text
    assert 'id="q0"' in article and 'class="mk ' in article and "Anne Delizée" in article
    assert client.get("/actors/person:anne-delizee").status_code == 200
    assert "<svg" in client.get("/relations", params={"level": "countries", "window": "1Y"}).text
    assert client.get("/actors", params={"kind": "media"}).status_code == 200
    missing = client.get("/articles/nope")
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]
    bad = client.get("/", params={"country": "not-a-code"})
    assert bad.status_code == 400 and "Traceback" not in bad.text
