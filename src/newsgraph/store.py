"""The DuckDB store: schema and verbs. The only module that writes SQL.

Every span keeps its offsets and the article text is stored, so every fact can be
checked against its evidence. Writes happen in one transaction per call: a failure
leaves the store as it was (no partial writes).
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

import duckdb

from .errors import StoreError, UsageError
from .model import QUAD_OF, Article

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


class Store:
    """An embedded DuckDB database of analyzed articles. `Store(":memory:")` for tests."""

    def __init__(self, path: str = "newsgraph.duckdb", *, read_only: bool = False):
        self.path = path
        if read_only and path != ":memory:" and not os.path.exists(path):
            raise StoreError(f"no database at {path}: run `newsgraph ingest` first")
        try:
            self.con = duckdb.connect(path, read_only=read_only)
            if not read_only:
                self.con.execute(SCHEMA)
        except duckdb.Error as error:
            raise StoreError(f"cannot open database {path}: {error}") from None

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ writing

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    def add_articles(self, articles: Iterable[Article]) -> int:
        """Store analyzed articles in one transaction; articles already stored are left as they are.

        Returns the number of articles added.
        """
        articles = list(articles)
        known = self.known_ids(a.id for a in articles)
        fresh, seen = [], set()
        for a in articles:
            if a.id not in known and a.id not in seen:
                fresh.append(a)
                seen.add(a.id)
        if not fresh:
            return 0
        rows: dict[str, list[tuple]] = {t: [] for t in TABLES}
        for a in fresh:
            _rows_of(a, rows)
        try:
            self.con.execute("BEGIN TRANSACTION")
            for table, values in rows.items():
                if not values:
                    continue
                if table == "actors":
                    # one row per id (the first country seen wins); known actors keep theirs
                    unique: dict[str, tuple] = {}
                    for row in values:
                        known = unique.get(row[0])
                        if known is None or (known[3] is None and row[3] is not None):
                            unique[row[0]] = row
                    self._insert_rows("INSERT INTO actors VALUES ", list(unique.values()),
                                      suffix=" ON CONFLICT (id) DO UPDATE SET "
                                             "country = coalesce(actors.country, excluded.country)")
                    continue
                columns = "" if table != "articles" else \
                    "(id, title, published, url, lang, text, warnings, origin, schema)"
                self._insert_rows(f"INSERT INTO {table} {columns} VALUES ", values)
            self.con.execute("COMMIT")
        except duckdb.Error as error:
            self.con.execute("ROLLBACK")
            raise StoreError(f"cannot write to {self.path}: {error}") from None
        return len(fresh)

    def _insert_rows(self, statement: str, rows: list[tuple], chunk: int = 200, suffix: str = "") -> None:
        """Insert rows with multi-row VALUES statements: far fewer round trips than executemany."""
        row_marks = "(" + ", ".join("?" * len(rows[0])) + ")"
        for i in range(0, len(rows), chunk):
            part = rows[i:i + chunk]
            self.con.execute(statement + ", ".join([row_marks] * len(part)) + suffix,
                             [value for row in part for value in row])

    # ------------------------------------------------------------ reading

    def _query(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        try:
            cursor = self.con.execute(sql, params)
        except duckdb.Error as error:  # e.g. a database file made by something else
            raise StoreError(f"cannot read {self.path}: {error}") from None
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def counts(self) -> dict[str, int]:
        return {t: self._query(f"SELECT count(*) AS n FROM {t}", [])[0]["n"] for t in TABLES}

    def quotes(self, *, speaker: str | None = None, actor: str | None = None, country: str | None = None,
               type: str | None = None, since: str | None = None, until: str | None = None,
               search: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        where, params = ["TRUE"], []
        if speaker:
            where.append("(q.speaker_name ILIKE ? OR q.speaker_actor = ?)")
            params += [f"%{speaker}%", speaker]
        if actor:
            where.append("q.speaker_actor = ?")
            params.append(actor)
        if country:
            where.append("(sa.country = ? OR a2.country = ?)")
            params += [country.upper(), country.upper()]
        if type:
            where.append("q.type = ?")
            params.append(type)
        where, params = _date_filter(where, params, "q.published", since, until)
        if search:
            where.append("q.text ILIKE ?")
            params.append(f"%{search}%")
        sql = f"""
            SELECT q.article_id, q.published, q.speaker_name AS speaker, q.speaker_actor, q.type,
                   q.cue_text AS cue, q.text, q.start_char, q.end_char, q.confidence
            FROM quotes q
            LEFT JOIN article_actors sa ON sa.article_id = q.article_id AND sa.actor_id = q.speaker_actor
            LEFT JOIN actors a2 ON a2.id = q.speaker_actor
            WHERE {' AND '.join(where)}
            ORDER BY q.published DESC NULLS LAST, q.article_id, q.idx LIMIT ?"""
        return self._query(sql, params + [limit])

    def actors(self, *, kind: str | None = None, country: str | None = None, search: str | None = None,
               since: str | None = None, until: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        where, params = ["TRUE"], []
        if kind:
            where.append("aa.kind = ?")
            params.append(kind)
        if country:
            where.append("coalesce(aa.country, a.country) = ?")
            params.append(country.upper())
        if search:
            where.append("(a.name ILIKE ? OR aa.name ILIKE ? OR a.id ILIKE ?)")
            params += [f"%{search}%"] * 3
        where, params = _date_filter(where, params, "aa.published", since, until)
        sql = f"""
            SELECT a.id, a.name, a.kind, coalesce(any_value(a.country), any_value(aa.country)) AS country,
                   count(DISTINCT aa.article_id) AS articles, sum(aa.n_mentions) AS mentions,
                   (SELECT count(*) FROM quotes q WHERE q.speaker_actor = a.id) AS quotes,
                   (SELECT string_agg(r.role || ' (' || coalesce(r.since, '?') ||
                                      CASE WHEN r.since = r.until THEN '' ELSE '–' || coalesce(r.until, '?') END
                                      || ')', '; ' ORDER BY r.since)
                    FROM (SELECT role, CAST(min(published) AS VARCHAR) AS since,
                                 CAST(max(published) AS VARCHAR) AS until
                          FROM article_actors WHERE actor_id = a.id AND role IS NOT NULL GROUP BY role) r
                   ) AS roles
            FROM article_actors aa JOIN actors a ON a.id = aa.actor_id
            WHERE {' AND '.join(where)}
            GROUP BY a.id, a.name, a.kind
            ORDER BY articles DESC, mentions DESC, a.name LIMIT ?"""
        return self._query(sql, params + [limit])

    def actor_history(self, actor_id: str) -> list[dict[str, Any]]:
        """How an actor is described over time: role and country per article, by date."""
        return self._query("""
            SELECT aa.published, aa.article_id, aa.name, aa.role, aa.country, aa.n_mentions
            FROM article_actors aa WHERE aa.actor_id = ? ORDER BY aa.published NULLS LAST, aa.article_id""",
                           [actor_id])

    def events(self, *, actor: str | None = None, country: str | None = None, type: str | None = None,
               since: str | None = None, until: str | None = None, search: str | None = None,
               limit: int = 50) -> list[dict[str, Any]]:
        where, params = ["TRUE"], []
        if actor:
            where.append("(e.actor_id = ? OR e.recipient_id = ? OR e.actor_name ILIKE ? OR e.recipient_name ILIKE ?)")
            params += [actor, actor, f"%{actor}%", f"%{actor}%"]
        if country:
            c = country.upper()
            where.append("(e.actor_id = ? OR e.recipient_id = ? OR e.where_country = ?)")
            params += [f"country:{c}", f"country:{c}", c]
        if type:
            where.append("e.type = ?")
            params.append(type.upper())
        where, params = _date_filter(where, params, "e.published", since, until)
        if search:
            where.append("e.evidence ILIKE ?")
            params.append(f"%{search}%")
        sql = f"""
            SELECT e.article_id, e.published, e.type, e.mode, e.actor_name AS actor, e.recipient_name AS recipient,
                   e.where_name AS "where", e.when_value AS "when", e.evidence, e.negated, e.hypothetical,
                   e.future, e.confidence, e.actor_id, e.recipient_id
            FROM events e WHERE {' AND '.join(where)}
            ORDER BY e.published DESC NULLS LAST, e.article_id, e.idx LIMIT ?"""
        return self._query(sql, params + [limit])

    def event_rows(self, *, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
        """Events with both sides' kinds and countries, the input of graph.build_graph."""
        where, params = _date_filter(["e.recipient_id IS NOT NULL"], [], "e.published", since, until)
        sql = f"""
            SELECT e.article_id, CAST(e.published AS VARCHAR) AS published, e.type, e.mode,
                   e.actor_id, coalesce(a1.name, e.actor_name) AS actor_name, a1.kind AS actor_kind,
                   coalesce(a1.country, aa1.country) AS actor_country,
                   e.recipient_id, coalesce(a2.name, e.recipient_name) AS recipient_name, a2.kind AS recipient_kind,
                   coalesce(a2.country, aa2.country) AS recipient_country,
                   e.negated, e.hypothetical, e.future
            FROM events e
            LEFT JOIN actors a1 ON a1.id = e.actor_id
            LEFT JOIN actors a2 ON a2.id = e.recipient_id
            LEFT JOIN article_actors aa1 ON aa1.article_id = e.article_id AND aa1.actor_id = e.actor_id
            LEFT JOIN article_actors aa2 ON aa2.article_id = e.article_id AND aa2.actor_id = e.recipient_id
            WHERE {' AND '.join(where)} ORDER BY e.published, e.article_id, e.idx"""
        return self._query(sql, params)

    def summary(self, limit: int = 10) -> dict[str, Any]:
        """Who is quoted, the top actors and the sources: the readable digest of a run."""
        speakers = self._query("""
            SELECT coalesce(a.name, q.speaker_name) AS speaker, count(*) AS quotes,
                   count(DISTINCT q.article_id) AS articles
            FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_actor
            WHERE q.speaker_name IS NOT NULL
            GROUP BY 1 ORDER BY quotes DESC, speaker LIMIT ?""", [limit])
        sources = self._query("""
            SELECT coalesce(any_value(a.name), any_value(s.name)) AS name, count(*) AS citations,
                   count(DISTINCT s.article_id) AS articles
            FROM sources s LEFT JOIN actors a ON a.id = s.actor_id
            GROUP BY coalesce(s.actor_id, s.name) ORDER BY citations DESC, name LIMIT ?""", [limit])
        return {"counts": self.counts(), "speakers": speakers,
                "actors": self.actors(limit=limit), "sources": sources}


    # ------------------------------------------------------------ export

    def export(self, directory: str, fmt: str) -> list[str]:
        """Write every table to DIRECTORY as Parquet or JSON Lines; returns the files written."""
        if fmt not in ("parquet", "jsonl"):
            raise UsageError(f"unknown export format {fmt!r}: use parquet or jsonl")
        try:
            os.makedirs(directory, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot create export folder {directory}: {error.strerror or error}") from None
        written = []
        for table in TABLES:
            path = os.path.join(directory, f"{table}.{fmt}")
            option = "FORMAT PARQUET" if fmt == "parquet" else "FORMAT JSON"
            try:
                self.con.execute(f"COPY {table} TO '{_sql_path(path)}' ({option})")
            except duckdb.Error as error:
                raise StoreError(f"cannot export {table} to {path}: {error}") from None
            written.append(path)
        return written


def _sql_path(path: str) -> str:
    return path.replace("'", "''")


def _date_filter(where: list[str], params: list[Any], column: str, since: str | None,
                 until: str | None) -> tuple[list[str], list[Any]]:
    if since:
        where.append(f"{column} >= CAST(? AS DATE)")
        params.append(since)
    if until:
        where.append(f"{column} <= CAST(? AS DATE)")
        params.append(until)
    return where, params


def _rows_of(a: Article, rows: dict[str, list[tuple]]) -> None:
    """Flatten one article record into table rows."""
    from .model import SCHEMA_ID
    rows["articles"].append((a.id, a.title, a.published, a.url, a.lang, a.text, a.warnings, a.origin, SCHEMA_ID))
    for actor in a.actors:
        rows["actors"].append((actor.id, actor.name, actor.kind, actor.country))
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



# ====================================================================== web queries
# The read queries of the web app and API (newsgraph.api): paged (limit/offset, with the total),
# accent- and case-folded text search, facets, an actor's profile, one article's full record.
# Every value reaches DuckDB as a parameter; only fixed column names are spliced into SQL.

def fold(text: str) -> str:
    """Lower case without accents, as DuckDB's strip_accents(lower(x)) gives it."""
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


def search_terms(query: str | None, most: int = 8, folded: bool = True) -> list[str]:
    """The terms of a search box: words, or "quoted phrases"; each must appear."""
    terms = [phrase or word for phrase, word in re.findall(r'"([^"]+)"|(\S+)', query or "")][:most]
    return [fold(term) for term in terms] if folded else terms


def _literal(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like(where: list[str], params: list[Any], column: str, query: str | None) -> None:
    """Each term must occur in the folded column; LIKE wildcards in a term are literal. strip_accents
    is slow, so a cheap ILIKE filters first: the term as typed, or its skeleton where the letters that
    commonly carry accents (vowels, c, n, s, z) match any one character. Only a term typed without an
    accent the text puts on another letter (ř, ğ) is missed."""
    for raw in search_terms(query, folded=False):
        term, value = fold(raw), f"coalesce({column}, '')"
        skeleton = "".join("_" if ch in "aeiouycnsz" else _literal(ch) for ch in term)
        where.append(f"({value} ILIKE ? ESCAPE '\\' OR {value} ILIKE ? ESCAPE '\\') "
                     f"AND strip_accents(lower({value})) LIKE ? ESCAPE '\\'")
        params += [f"%{_literal(raw)}%", f"%{skeleton}%", f"%{_literal(term)}%"]


def _equal(where: list[str], params: list[Any], filters: dict[str, Any], **conditions: str) -> None:
    """Add each condition whose filter is set (its one ? takes the value; countries in upper case)."""
    for key in (k for k in conditions if filters.get(k)):
        where.append(conditions[key])
        params.append(filters[key].upper() if key == "country" else filters[key])


def _quote_filters(f: dict[str, Any]) -> tuple[str, list[Any]]:
    """WHERE clause over quotes q (joined to actors sa) for the search filters in f."""
    where, params = ["TRUE"], []
    _like(where, params, "q.text || ' ' || coalesce(q.speaker_name, '') || ' ' || coalesce(sa.name, '')",
          f.get("q"))
    if f.get("speaker"):
        where.append("(q.speaker_actor = ? OR strip_accents(lower(coalesce(sa.name, q.speaker_name, ''))) = ?)")
        params += [f["speaker"], fold(f["speaker"])]
    _equal(where, params, f, actor="q.speaker_actor = ?", country="sa.country = ?", type="q.type = ?",
           month="strftime(q.published, '%Y-%m') = ?", source="EXISTS (SELECT 1 FROM sources s WHERE "
           "s.article_id = q.article_id AND coalesce(s.actor_id, s.name) = ?)")
    where, params = _date_filter(where, params, "q.published", f.get("since"), f.get("until"))
    return " AND ".join(where), params


def _nearest(text: str, needle: str, around: int) -> dict[str, int]:
    """The span of NEEDLE's occurrence in TEXT nearest to offset AROUND; -1, -1 if there is none."""
    hits = [m.start() for m in re.finditer(re.escape(needle), text)] if needle else []
    best = min(hits, key=lambda i: abs(i - around), default=None)
    return {"start": -1, "end": -1} if best is None else {"start": best, "end": best + len(needle)}


_QUOTES_FROM = "FROM quotes q LEFT JOIN actors sa ON sa.id = q.speaker_actor JOIN articles ar ON ar.id = q.article_id"


class WebQueries:
    """The queries behind the web pages and the JSON API, over one Store. `worker()` gives a twin on
    a new cursor of the same database, for one thread at a time (DuckDB connections are not shared)."""

    def __init__(self, store: Store):
        self.store = store
        self._query = store._query

    def worker(self) -> "WebQueries":
        twin = object.__new__(Store)
        twin.path, twin.con = self.store.path, self.store.con.cursor()
        return WebQueries(twin)

    def _page(self, sql: str, params: list[Any], order: str, limit: int, offset: int
              ) -> tuple[list[dict[str, Any]], int]:
        rows = self._query(f"SELECT *, count(*) OVER () AS _total FROM ({sql}) ORDER BY {order} LIMIT ? OFFSET ?",
                           params + [limit, offset])
        if not rows:  # past the last page: count apart
            return rows, self._query(f"SELECT count(*) AS n FROM ({sql})", params)[0]["n"]
        return rows, [row.pop("_total") for row in rows][0]

    def search_quotes(self, filters: dict[str, Any], limit: int = 50, offset: int = 0):
        where, params = _quote_filters(filters)
        sql = f"""SELECT q.article_id, q.idx, CAST(q.published AS VARCHAR) AS published, ar.title,
                         q.text, q.type, q.start_char, q.end_char, q.confidence,
                         coalesce(sa.name, q.speaker_name) AS speaker, q.speaker_actor,
                         sa.kind AS speaker_kind, sa.country AS speaker_country, q.cue_text AS cue
                  {_QUOTES_FROM} WHERE {where}"""
        return self._page(sql, params, "published DESC NULLS LAST, article_id, idx", limit, offset)

    def quote_facets(self, filters: dict[str, Any], size: int = 12) -> dict[str, list[dict[str, Any]]]:
        """Counts of the matching quotes by speaker, speaker's country, source cited and month."""
        where, params = _quote_filters(filters)
        rows = self._query(f"""
            WITH m AS (SELECT q.article_id, q.idx, coalesce(q.speaker_actor, q.speaker_name) AS speaker,
                              coalesce(sa.name, q.speaker_name) AS who, sa.country,
                              strftime(q.published, '%Y-%m') AS month {_QUOTES_FROM} WHERE {where}),
            f AS (SELECT 'speaker' AS facet, speaker AS value, any_value(who) AS label, count(*) AS n
                  FROM m WHERE speaker IS NOT NULL GROUP BY speaker
                  UNION ALL SELECT 'country', country, coalesce((SELECT name FROM actors a WHERE a.id = 'country:' || m.country),
                                   country), count(*) FROM m WHERE country IS NOT NULL GROUP BY 2
                  UNION ALL SELECT 'month', month, month, count(*) FROM m WHERE month IS NOT NULL GROUP BY 2
                  UNION ALL SELECT 'source', coalesce(s.actor_id, s.name), any_value(coalesce(a.name, s.name)),
                                   count(DISTINCT (m.article_id, m.idx))
                  FROM m JOIN sources s ON s.article_id = m.article_id LEFT JOIN actors a ON a.id = s.actor_id GROUP BY 2)
            SELECT facet, value, label, n FROM (SELECT *, row_number() OVER (PARTITION BY facet ORDER BY
                CASE WHEN facet = 'month' THEN value END DESC, n DESC, label) AS rank FROM f)
            WHERE rank <= ? ORDER BY facet, rank""", params + [size])
        facets: dict[str, list[dict[str, Any]]] = {"speaker": [], "country": [], "source": [], "month": []}
        for row in rows:
            facets[row.pop("facet")].append(row)
        return facets

    def search_articles(self, filters: dict[str, Any], limit: int = 50, offset: int = 0):
        where, params = ["TRUE"], []
        _like(where, params, "ar.title || ' ' || ar.text", filters.get("q"))
        if filters.get("speaker") or filters.get("country"):
            quote_where, quote_params = _quote_filters({k: filters.get(k) for k in ("speaker", "country")})
            where.append(f"ar.id IN (SELECT q.article_id {_QUOTES_FROM} WHERE {quote_where})")
            params += quote_params
        _equal(where, params, filters, month="strftime(ar.published, '%Y-%m') = ?",
               actor="ar.id IN (SELECT article_id FROM article_actors WHERE actor_id = ?)",
               source="ar.id IN (SELECT article_id FROM sources s WHERE coalesce(s.actor_id, s.name) = ?)")
        where, params = _date_filter(where, params, "ar.published", filters.get("since"), filters.get("until"))
        sql = f"""SELECT ar.id, ar.title, CAST(ar.published AS VARCHAR) AS published, ar.url, ar.lang,
                         left(ar.text, 100000) AS text,
                         (SELECT count(*) FROM quotes q WHERE q.article_id = ar.id) AS quotes,
                         (SELECT count(*) FROM events e WHERE e.article_id = ar.id) AS events
                  FROM articles ar WHERE {' AND '.join(where)}"""
        return self._page(sql, params, "published DESC NULLS LAST, id", limit, offset)

    def article_record(self, article_id: str) -> Article | None:
        """One stored article rebuilt as its full record (the contract of docs/record.md)."""
        found = self._query("SELECT id, text, lang, title, CAST(published AS VARCHAR) AS published, url, origin, "
                            "coalesce(warnings, []) AS warnings FROM articles WHERE id = ?", [article_id])
        if not found:
            return None
        record = found[0]
        mentions: dict[str, list[list[int]]] = {}
        for m in self._query("SELECT actor_id, start_char, end_char FROM mentions WHERE article_id = ? "
                             "ORDER BY start_char", [article_id]):
            mentions.setdefault(m["actor_id"], []).append([m["start_char"], m["end_char"]])
        record["actors"] = [dict(a, mentions=mentions.get(a["id"], [])) for a in self._query(
            "SELECT actor_id AS id, name, kind, country, role, affiliation FROM article_actors "
            "WHERE article_id = ? ORDER BY rowid", [article_id])]
        one = "FROM {} WHERE article_id = ? ORDER BY idx"  # DuckDB builds the nested parts as structs
        record["quotes"] = self._query(
            "SELECT start_char AS start, end_char AS \"end\", text, type, {'actor': speaker_actor, 'name': speaker_name, "
            "'start': speaker_start, 'end': speaker_end} AS speaker, CASE WHEN cue_text IS NOT NULL THEN {'text': "
            "cue_text, 'start': cue_start, 'end': cue_end} END AS cue, confidence, continuation " + one.format("quotes"),
            [article_id])
        record["sources"] = self._query("SELECT name, actor_id AS actor, start_char AS start, end_char AS \"end\", "
                                        "named " + one.format("sources"), [article_id])
        record["dates"] = self._query("SELECT text, start_char AS start, end_char AS \"end\", value, granularity, "
                                      "kind " + one.format("dates"), [article_id])
        record["events"] = self._query(
            "SELECT type, mode, {'actor': actor_id, 'name': actor_name} AS actor, CASE WHEN coalesce(recipient_id, "
            "recipient_name) IS NOT NULL THEN {'actor': recipient_id, 'name': recipient_name} END AS recipient, "
            "CASE WHEN coalesce(where_name, where_country) IS NOT NULL THEN {'name': where_name, 'country': "
            "where_country} END AS \"where\", CASE WHEN coalesce(when_text, when_value) IS NOT NULL THEN {'text': "
            "when_text, 'value': when_value} END AS \"when\", start_char AS start, end_char AS \"end\", reported_by, "
            "confidence, negated, hypothetical, future, coalesce(evidence, '') AS text " + one.format("events"),
            [article_id])
        for event in record["events"]:  # the table keeps where/when as written, not their offsets:
            for part, key in (("where", "name"), ("when", "text")):  # take the occurrence nearest the event
                if event[part]:
                    event[part].update(_nearest(record["text"], event[part][key] or "", event["start"]))
        return Article.from_dict(record)

    def list_actors(self, *, kind: str | None = None, country: str | None = None, q: str | None = None,
                    limit: int = 50, offset: int = 0):
        where, params = ["TRUE"], []
        if kind:
            where.append("a.kind = ?")
            params.append(kind)
        if country:
            where.append("a.country = ?")
            params.append(country.upper())
        _like(where, params, "a.name || ' ' || a.id", q)
        sql = f"""SELECT a.id, a.name, a.kind, a.country,
                         (SELECT count(DISTINCT article_id) FROM article_actors aa WHERE aa.actor_id = a.id) AS articles,
                         (SELECT count(*) FROM quotes q WHERE q.speaker_actor = a.id) AS quotes
                  FROM actors a WHERE {' AND '.join(where)}"""
        return self._page(sql, params, "articles DESC, quotes DESC, name, id", limit, offset)

    def actor_profile(self, actor_id: str, related: int = 20) -> dict[str, Any] | None:
        """Who an actor is and how they appear over time: roles, countries, a monthly timeline, company."""
        found = self._query("SELECT id, name, kind, country FROM actors WHERE id = ?", [actor_id])
        if not found:
            return None
        profile = found[0]
        for column, key in (("role", "roles"), ("country", "countries")):  # how it is described, and when
            profile[key] = self._query(f"""
                SELECT {column}, CAST(min(published) AS VARCHAR) AS since, CAST(max(published) AS VARCHAR) AS until,
                       count(DISTINCT article_id) AS articles, min(article_id) AS example FROM article_actors
                WHERE actor_id = ? AND {column} IS NOT NULL GROUP BY {column} ORDER BY since, {column}""", [actor_id])
        profile["timeline"] = self._query("""
            WITH m AS (SELECT strftime(published, '%Y-%m') AS month, 'articles' AS what FROM article_actors
                       WHERE actor_id = ? AND published IS NOT NULL
                       UNION ALL SELECT strftime(published, '%Y-%m'), 'quotes' FROM quotes
                       WHERE speaker_actor = ? AND published IS NOT NULL
                       UNION ALL SELECT strftime(published, '%Y-%m'), 'events' FROM events
                       WHERE (actor_id = ? OR recipient_id = ?) AND published IS NOT NULL)
            SELECT month, count(*) FILTER (WHERE what = 'articles') AS articles, count(*) FILTER (WHERE what =
                   'quotes') AS quotes, count(*) FILTER (WHERE what = 'events') AS events
            FROM m GROUP BY month ORDER BY month""", [actor_id] * 4)
        profile["related"] = self._query("""
            SELECT b.actor_id AS id, any_value(a.name) AS name, any_value(a.kind) AS kind,
                   count(DISTINCT b.article_id) AS articles
            FROM article_actors x JOIN article_actors b ON b.article_id = x.article_id AND b.actor_id <> x.actor_id
            JOIN actors a ON a.id = b.actor_id
            WHERE x.actor_id = ? GROUP BY b.actor_id ORDER BY articles DESC, name LIMIT ?""", [actor_id, related])
        profile["articles"] = self._query("SELECT count(DISTINCT article_id) AS n FROM article_actors "
                                          "WHERE actor_id = ?", [actor_id])[0]["n"]
        return profile

    def list_sources(self, *, q: str | None = None, limit: int = 50, offset: int = 0):
        where, params = ["TRUE"], []
        _like(where, params, "coalesce(a.name, s.name)", q)
        sql = f"""SELECT coalesce(s.actor_id, s.name) AS id, any_value(coalesce(a.name, s.name)) AS name,
                         any_value(s.actor_id) AS actor, count(*) AS citations,
                         count(DISTINCT s.article_id) AS articles,
                         CAST(min(s.published) AS VARCHAR) AS first, CAST(max(s.published) AS VARCHAR) AS last
                  FROM sources s LEFT JOIN actors a ON a.id = s.actor_id
                  WHERE {' AND '.join(where)} GROUP BY 1"""
        return self._page(sql, params, "citations DESC, name", limit, offset)

    def list_events(self, filters: dict[str, Any], limit: int = 50, offset: int = 0):
        where, params = ["TRUE"], []
        if filters.get("actor"):
            where.append("(e.actor_id = ? OR e.recipient_id = ?)")
            params += [filters["actor"]] * 2
        if filters.get("country"):
            code = filters["country"].upper()
            where.append("(e.actor_id = ? OR e.recipient_id = ? OR e.where_country = ? OR a1.country = ? "
                         "OR a2.country = ?)")
            params += [f"country:{code}", f"country:{code}", code, code, code]
        _equal(where, params, filters, type="e.type = ?", quad="e.quad = ?", article="e.article_id = ?")
        _like(where, params, "e.evidence", filters.get("q"))
        where, params = _date_filter(where, params, "e.published", filters.get("since"), filters.get("until"))
        sql = f"""SELECT e.article_id, e.idx, CAST(e.published AS VARCHAR) AS published, e.type, e.quad, e.mode,
                         e.actor_id, coalesce(a1.name, e.actor_name) AS actor,
                         e.recipient_id, coalesce(a2.name, e.recipient_name) AS recipient,
                         e.where_name AS "where", e.when_value AS "when", e.evidence, e.start_char, e.end_char,
                         e.negated, e.hypothetical, e.future, e.confidence
                  FROM events e LEFT JOIN actors a1 ON a1.id = e.actor_id LEFT JOIN actors a2 ON a2.id = e.recipient_id
                  WHERE {' AND '.join(where)}"""
        return self._page(sql, params, "published DESC NULLS LAST, article_id, idx", limit, offset)
