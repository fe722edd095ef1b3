"""The DuckDB store: idempotent writes, queries with filters, export, no partial writes."""
import json
import os

import duckdb
import pytest

from newsgraph.errors import StoreError
from newsgraph.model import Actor, Article, Cue, Event, EventActor, Quote, Source, Speaker
from newsgraph.store import Store


def make_article(ident="a1", published="2023-09-12", speaker="Anne Delizée"):
    text = "Selon Reuters, Anne Delizée estime que la Russie cherche des alliés."
    return Article(
        id=ident, text=text, lang="fr", published=published,
        actors=[Actor("person:anne-delizee", "Anne Delizée", "person", "BEL", "chercheuse", [[15, 27]]),
                Actor("country:RUS", "Russie", "country", "RUS", None, [[42, 48]]),
                Actor("media:reuters", "Reuters", "media", "GBR", None, [[6, 13]])],
        quotes=[Quote(39, 67, text[39:67], "indirect", Speaker("person:anne-delizee", speaker, 15, 27),
                      Cue("estime", 28, 34), 0.9)],
        sources=[Source("Reuters", "media:reuters", 0, 13)],
        events=[Event("CONSULT", "meet", EventActor("country:RUS", "Russie"),
                      EventActor("person:anne-delizee", "Anne Delizée"), None, None, 0, 10, text="Selon Reut")],
    )


def test_add_is_idempotent(memory_store):
    assert memory_store.add_articles([make_article()]) == 1
    before = memory_store.counts()
    assert memory_store.add_articles([make_article(), make_article()]) == 0
    assert memory_store.counts() == before
    assert before["articles"] == 1 and before["quotes"] == 1 and before["mentions"] == 3


def test_quote_filters(memory_store):
    memory_store.add_articles([make_article("a1", "2023-09-12"), make_article("a2", "2024-01-02", "Jean Dupont")])
    assert [r["article_id"] for r in memory_store.quotes(speaker="delizée")] == ["a1"]
    assert len(memory_store.quotes(since="2024-01-01")) == 1
    assert len(memory_store.quotes(until="2023-12-31", search="alliés")) == 1
    assert memory_store.quotes(search="introuvable") == []
    assert len(memory_store.quotes(country="BEL")) == 2


def test_actor_and_event_queries(memory_store):
    memory_store.add_articles([make_article("a1"), make_article("a2", "2024-01-02")])
    actors = {r["id"]: r for r in memory_store.actors()}
    assert actors["person:anne-delizee"]["articles"] == 2 and actors["person:anne-delizee"]["quotes"] == 2
    assert [r["id"] for r in memory_store.actors(kind="country")] == ["country:RUS"]
    assert actors["person:anne-delizee"]["roles"] == "chercheuse (2023-09-12–2024-01-02)"
    history = memory_store.actor_history("person:anne-delizee")
    assert [(str(h["published"]), h["role"]) for h in history] == [("2023-09-12", "chercheuse"),
                                                                    ("2024-01-02", "chercheuse")]
    assert len(memory_store.events(country="RUS", type="consult")) == 2
    rows = memory_store.event_rows(since="2024-01-01")
    assert len(rows) == 1 and rows[0]["actor_kind"] == "country" and rows[0]["recipient_country"] == "BEL"


def test_summary(memory_store):
    memory_store.add_articles([make_article()])
    summary = memory_store.summary()
    assert summary["speakers"][0]["speaker"] == "Anne Delizée"
    assert summary["sources"][0]["name"] == "Reuters"


def test_export_parquet_and_jsonl(tmp_path, db_path):
    with Store(db_path) as store:
        store.add_articles([make_article()])
        files = store.export(str(tmp_path / "pq"), "parquet")
        store.export(str(tmp_path / "js"), "jsonl")
    assert len(files) == 8 and all(os.path.getsize(f) > 0 for f in files)
    assert duckdb.connect().execute(f"SELECT count(*) FROM '{tmp_path}/pq/quotes.parquet'").fetchone()[0] == 1
    line = (tmp_path / "js" / "quotes.jsonl").read_text().splitlines()[0]
    assert json.loads(line)["speaker_name"] == "Anne Delizée"


def test_failed_write_leaves_store_unchanged(memory_store):
    memory_store.add_articles([make_article("a1")])
    before = memory_store.counts()
    bad = make_article("a2")
    bad.published = "not-a-date"  # DuckDB refuses it mid-transaction
    with pytest.raises(StoreError):
        memory_store.add_articles([make_article("a3"), bad])
    assert memory_store.counts() == before


def test_read_only_store_needs_a_file(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        Store(str(tmp_path / "absent.duckdb"), read_only=True)
