"""The store's tables: the DuckDB schema, and one article record flattened into rows.

Every span keeps its offsets and the article text is stored, so every fact can be checked against
its evidence.
"""
from __future__ import annotations

from ..days import iso_day
from ..errors import StoreError
from ..gazetteer import load_gazetteer
from ..model import QUAD_OF, Article

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, title VARCHAR, published DATE, url VARCHAR, lang VARCHAR,
    text VARCHAR NOT NULL, warnings VARCHAR[], origin VARCHAR, schema VARCHAR,
    ingested_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS actors (
    id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, country VARCHAR);
CREATE TABLE IF NOT EXISTS article_actors (
    article_id VARCHAR, actor_id VARCHAR, name VARCHAR, kind VARCHAR, country VARCHAR,
    role VARCHAR, affiliation VARCHAR, published DATE, n_mentions INTEGER);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, actor_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR, type VARCHAR,
    speaker_actor VARCHAR, speaker_name VARCHAR, speaker_start INTEGER, speaker_end INTEGER,
    cue_text VARCHAR, cue_start INTEGER, cue_end INTEGER, confidence DOUBLE, continuation BOOLEAN,
    published DATE);
CREATE TABLE IF NOT EXISTS sources (
    article_id VARCHAR, idx INTEGER, name VARCHAR, actor_id VARCHAR, start_char INTEGER, end_char INTEGER,
    named BOOLEAN, published DATE);
CREATE TABLE IF NOT EXISTS dates (
    article_id VARCHAR, idx INTEGER, text VARCHAR, start_char INTEGER, end_char INTEGER, value VARCHAR,
    granularity VARCHAR, kind VARCHAR);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, idx INTEGER, type VARCHAR, quad VARCHAR, mode VARCHAR,
    actor_id VARCHAR, actor_name VARCHAR, recipient_id VARCHAR, recipient_name VARCHAR,
    where_name VARCHAR, where_country VARCHAR, when_text VARCHAR, when_value VARCHAR,
    start_char INTEGER, end_char INTEGER, evidence VARCHAR, reported_by VARCHAR, confidence DOUBLE,
    negated BOOLEAN, hypothetical BOOLEAN, future BOOLEAN, published DATE);
"""
TABLES = ("articles", "actors", "article_actors", "mentions", "quotes", "sources", "dates", "events")

# What the store derives across articles (store/index.py), kept beside the records: a MinHash
# signature per article; near-duplicates linked to their original (`duplicates.duplicate_of`);
# every quote's cluster (the same quote in other articles); and the LSH bands that find
# candidates for both, so the index persists from one ingest to the next. A record's own rows
# never depend on these tables; they are rebuilt from the records when missing.
INDEX_SCHEMA = """
CREATE TABLE IF NOT EXISTS minhashes (
    article_id VARCHAR PRIMARY KEY, shingles INTEGER, signature INTEGER[]);
CREATE TABLE IF NOT EXISTS article_bands (article_id VARCHAR, band SMALLINT, key BIGINT);
CREATE TABLE IF NOT EXISTS duplicates (
    article_id VARCHAR PRIMARY KEY, duplicate_of VARCHAR NOT NULL, jaccard DOUBLE, containment DOUBLE);
CREATE TABLE IF NOT EXISTS quote_clusters (
    article_id VARCHAR, idx INTEGER, cluster_id VARCHAR, words VARCHAR, fingerprint VARCHAR,
    PRIMARY KEY (article_id, idx));
CREATE TABLE IF NOT EXISTS quote_bands (article_id VARCHAR, idx INTEGER, band SMALLINT, key BIGINT);
"""
INDEX_TABLES = ("minhashes", "article_bands", "duplicates", "quote_clusters", "quote_bands")
# what `export` writes besides the records (the bands are derived from the signatures)
EXPORTED_INDEX_TABLES = ("minhashes", "duplicates", "quote_clusters")
# the values a filter may take (docs/record.md): anything else is an error, not an empty answer
QUOTE_TYPES = ("direct", "indirect", "mixed")
ACTOR_KINDS = ("person", "country", "organization", "media", "group", "other")
# nothing is ever downloaded at run time: DuckDB must not fetch an extension, even to read a
# file it does not recognise (a SQLite database passed as --db)
CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
SQLITE_MAGIC = b"SQLite format 3\x00"


READING_WARNINGS = ("W011", "W012")


def column_types(tables: tuple[str, ...] = TABLES + INDEX_TABLES) -> dict[str, list[tuple[str, str]]]:
    """[(column, DuckDB type)] of each table, read from the schema itself (an empty in-memory
    database): what a Parquet output must match, column for column."""
    import duckdb
    con = duckdb.connect(":memory:", config=CONFIG)
    try:
        con.execute(SCHEMA + INDEX_SCHEMA)
        return {table: [(row[0], row[1]) for row in con.execute(f"DESCRIBE {table}").fetchall()]
                for table in tables}
    finally:
        con.close()


def _check_record(a: Article) -> None:
    """What the schema cannot say: the publication date is a calendar day (checked before any write)."""
    try:
        a.published = iso_day(a.published)
    except ValueError as error:
        raise StoreError(f"article {a.id}: published {error}") from None


def _rows_of(a: Article, rows: dict[str, list[tuple]]) -> None:
    """Flatten one article record into table rows."""
    from ..model import SCHEMA_ID
    rows["articles"].append((a.id, a.title, a.published, a.url, a.lang, a.text, a.warnings, a.origin, SCHEMA_ID))
    names = load_gazetteer()
    for actor in a.actors:
        # one name per actor across languages: "Russie" for an English article's "Russia"
        rows["actors"].append((actor.id, names.list_name(actor.id) or actor.name, actor.kind, actor.country))
        rows["article_actors"].append((a.id, actor.id, actor.name, actor.kind, actor.country, actor.role,
                                       actor.affiliation, a.published, len(actor.mentions)))
        for start, end in actor.mentions:
            rows["mentions"].append((a.id, actor.id, start, end, a.text[start:end]))
    for i, q in enumerate(a.quotes):
        cue = q.cue
        rows["quotes"].append((a.id, i, q.start, q.end, q.text, q.type, q.speaker.actor, q.speaker.name,
                               q.speaker.start, q.speaker.end, cue.text if cue else None,
                               cue.start if cue else None, cue.end if cue else None, q.confidence,
                               q.continuation, a.published))
    for i, s in enumerate(a.sources):
        rows["sources"].append((a.id, i, s.name, s.actor, s.start, s.end, s.named, a.published))
    for i, d in enumerate(a.dates):
        rows["dates"].append((a.id, i, d.text, d.start, d.end, d.value, d.granularity, d.kind))
    for i, e in enumerate(a.events):
        where, when = e.where, e.when
        rows["events"].append((a.id, i, e.type, QUAD_OF.get(e.type), e.mode, e.actor.actor, e.actor.name,
                               e.recipient.actor if e.recipient else None,
                               e.recipient.name if e.recipient else None,
                               where.name if where else None, where.country if where else None,
                               when.text if when else None, when.value if when else None,
                               e.start, e.end, e.text, e.reported_by, e.confidence, e.negated,
                               e.hypothetical, e.future, a.published))
