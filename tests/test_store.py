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
    # the 8 record tables, then the index: signatures, near-duplicate links, quote clusters
    assert len(files) == 11 and all(os.path.getsize(f) > 0 for f in files)
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


# ------------------------------------------------------------------ promises the queries keep

def test_like_wildcards_are_literal_and_names_fold_accents_and_case(memory_store):
    memory_store.add_articles([make_article("a1"), make_article("a2", "2024-01-02", "Jean_Dupont 100%")])
    assert [r["article_id"] for r in memory_store.quotes(speaker="%")] == ["a2"]
    assert [r["article_id"] for r in memory_store.quotes(speaker="n_d")] == ["a2"]  # "_" is no wildcard
    assert memory_store.quotes(speaker="e_d") == []
    for spelling in ("Delizee", "DELIZÉE", "delizée", "anne delizee"):
        assert [r["article_id"] for r in memory_store.quotes(speaker=spelling)] == ["a1"], spelling
    assert [r["id"] for r in memory_store.actors(search="delizee")] == ["person:anne-delizee"]
    assert len(memory_store.quotes(search="ALLIES")) == 2


def test_unknown_filter_values_list_the_valid_ones(memory_store):
    from newsgraph.errors import UsageError
    with pytest.raises(UsageError, match="unknown quote type 'bogus': use one of direct, indirect, mixed"):
        memory_store.quotes(type="bogus")
    with pytest.raises(UsageError, match="unknown actor kind 'bogus': use one of person, country"):
        memory_store.actors(kind="bogus")
    with pytest.raises(UsageError, match="unknown PLOVER event type 'BOGUS': use one of AGREE, CONSULT"):
        memory_store.events(type="bogus")
    for call in (lambda: memory_store.summary(limit=-1), lambda: memory_store.quotes(limit=-1)):
        with pytest.raises(UsageError, match="limit must be"):
            call()
    with pytest.raises(UsageError, match="since must be a date YYYY-MM-DD, got '20230912'"):
        memory_store.quotes(since="20230912")


def test_events_by_country_include_the_countries_of_people(memory_store):
    memory_store.add_articles([make_article("a1")])
    # the event's recipient is a person of Belgium (article_actors), not country:BEL itself
    assert len(memory_store.events(country="BEL")) == 1
    assert len(memory_store.events(country="BEL", type="CONSULT")) == 1
    assert memory_store.events(country="FRA") == []


def test_a_query_with_no_rows_still_knows_its_columns(memory_store):
    rows = memory_store.quotes(speaker="personne")
    assert rows == [] and rows.columns[:3] == ["article_id", "published", "speaker"]


def test_export_refuses_a_folder_with_files_unless_asked(tmp_path, db_path):
    from newsgraph.errors import UsageError
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "notes.txt").write_text("mine")
    with Store(db_path) as store:
        store.add_articles([make_article()])
        with pytest.raises(UsageError, match="is not empty"):
            store.export(str(tmp_path / "out"), "jsonl")
        assert store.export(str(tmp_path / "out"), "jsonl", overwrite=True)
    assert (tmp_path / "out" / "notes.txt").read_text() == "mine"


def test_no_throw_away_database_and_no_extension_download(tmp_path):
    import sqlite3
    for path in ("", "  "):
        with pytest.raises(StoreError, match="empty path"):
            Store(path)
    lite = tmp_path / "lite.db"
    connection = sqlite3.connect(lite)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError, match="is a SQLite database"):
        Store(str(lite), read_only=True)
    with Store(":memory:") as store:
        settings = dict(store.con.execute(
            "SELECT name, value FROM duckdb_settings() WHERE name IN "
            "('autoinstall_known_extensions', 'autoload_known_extensions')").fetchall())
        assert settings == {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}
        with pytest.raises(duckdb.Error):  # would otherwise fetch the sqlite extension from the network
            store.con.execute(f"SELECT * FROM sqlite_scan('{lite}', 't')")


def test_replace_articles_rewrites_rows_and_drops_orphan_actors(memory_store):
    memory_store.add_articles([make_article("a1"), make_article("a2")])
    changed = make_article("a1")
    changed.actors = changed.actors[:1]
    changed.quotes, changed.sources, changed.events = [], [], []
    other = make_article("a2")
    other.actors = other.actors[:1]
    other.sources, other.events = [], []
    assert memory_store.replace_articles([changed, other]) == 2
    counts = memory_store.counts()
    assert counts["articles"] == 2 and counts["quotes"] == 1 and counts["sources"] == 0
    assert [r[0] for r in memory_store.con.execute("SELECT id FROM actors").fetchall()] == ["person:anne-delizee"]
    assert [a.id for a in memory_store.stored_articles(batch_size=1)] == ["a1", "a2"]


def test_bad_publication_dates_are_refused_before_writing(memory_store):
    bad = make_article("a2")
    bad.published = "2023-02-30"
    with pytest.raises(StoreError, match="article a2: published must be a date"):
        memory_store.add_articles([make_article("a1"), bad])
    assert memory_store.counts()["articles"] == 0
