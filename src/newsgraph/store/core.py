"""The DuckDB store: opening, writing, the command-line queries and export. The store package is
the only place that writes SQL.

Every span keeps its offsets and the article text is stored, so every fact can be
checked against its evidence. Writes happen in one transaction per call: a failure
leaves the store as it was (no partial writes).
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from typing import Any

import duckdb

from ..errors import StoreError, UsageError
from ..model import EVENT_TYPES, Article
from .clusters import IndexQueries
from .index import IndexWrites
from .schema import (ACTOR_KINDS, CONFIG, EXPORTED_INDEX_TABLES, INDEX_SCHEMA, QUOTE_TYPES, READING_WARNINGS,
                     SCHEMA, SQLITE_MAGIC, TABLES, _check_record, _rows_of)
from .sql import (Rows, _check_limit, _date_filter, _folded_pattern, _holds, _one_of, _sql_path,
                  _starts_with)


def text_fingerprint(text: str) -> str:
    """The fingerprint the store keeps of an article's text (DuckDB's md5 of the UTF-8 bytes)."""
    return hashlib.md5(text.encode("utf-8")).hexdigest()


class Store(IndexQueries, IndexWrites):
    """An embedded DuckDB database of analyzed articles. `Store(":memory:")` for tests."""

    def __init__(self, path: str = "newsgraph.duckdb", *, read_only: bool = False):
        if not isinstance(path, (str, os.PathLike)) or not str(path).strip():
            # duckdb.connect("") is a throw-away in-memory database: say so instead of losing the data
            raise StoreError("no database file named (empty path): give a file such as newsgraph.duckdb, "
                             "or ':memory:' for a throw-away store")
        self.path = path = str(path)
        if path != ":memory:" and os.path.isdir(path):
            raise StoreError(f"{path} is a folder, not a database file")
        if read_only and path != ":memory:" and not os.path.exists(path):
            raise StoreError(f"no database at {path}: run `newsgraph ingest` first")
        if path != ":memory:" and _starts_with(path, SQLITE_MAGIC):
            raise StoreError(f"{path} is a SQLite database, not a DuckDB one: choose another --db file")
        try:
            self.con = duckdb.connect(path, read_only=read_only, config=CONFIG)
            if not read_only:
                self.con.execute(SCHEMA + INDEX_SCHEMA)
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
        return set(self.fingerprints(ids))

    def fingerprints(self, ids: Iterable[str]) -> dict[str, str]:
        """{id: text_fingerprint} of the given ids that are stored: tells a re-read article from
        another article that reuses its id."""
        ids = list(ids)
        if not ids:
            return {}
        rows = self.con.execute("SELECT id, md5(text) FROM articles WHERE id IN (SELECT unnest(?))",
                                [ids]).fetchall()
        return {r[0]: r[1] for r in rows}

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
            _check_record(a)
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
                    self._insert_rows("actors", list(unique.values()),
                                      suffix=" ON CONFLICT (id) DO UPDATE SET "
                                             "country = coalesce(actors.country, excluded.country)")
                    continue
                self._insert_rows(table, values)
            self.con.execute("COMMIT")
        except duckdb.Error as error:
            self.con.execute("ROLLBACK")
            raise StoreError(f"cannot write to {self.path}: {error}") from None
        return len(fresh)

    def replace_articles(self, articles: Iterable[Article]) -> int:
        """Store articles in one transaction, replacing the stored rows of any with the same id
        (re-analysis); actors no article mentions any more are dropped. Returns the number written."""
        articles = list({a.id: a for a in articles}.values())
        if not articles:
            return 0
        ids = [a.id for a in articles]
        rows: dict[str, list[tuple]] = {t: [] for t in TABLES}
        for a in articles:
            _check_record(a)
            _rows_of(a, rows)
        try:
            self.con.execute("BEGIN TRANSACTION")
            for table in TABLES:
                if table != "actors":
                    key = "id" if table == "articles" else "article_id"
                    self.con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT unnest(?))", [ids])
            for table, values in rows.items():
                if not values:
                    continue
                if table == "actors":  # the new analysis wins: names and countries may have changed
                    unique = {row[0]: row for row in values}
                    self._insert_rows("actors", list(unique.values()),
                                      suffix=" ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                             "kind = excluded.kind, "
                                             "country = coalesce(excluded.country, actors.country)")
                    continue
                self._insert_rows(table, values)
            self.con.execute("DELETE FROM actors WHERE id NOT IN (SELECT actor_id FROM article_actors)")
            self.con.execute("COMMIT")
        except duckdb.Error as error:
            self.con.execute("ROLLBACK")
            raise StoreError(f"cannot write to {self.path}: {error}") from None
        return len(articles)

    def stored_articles(self, batch_size: int = 256) -> Iterator[Article]:
        """Every stored article as it was read (text, title, date, url, language, origin), in id
        order, a page at a time: the input of a re-analysis."""
        last = ""
        while True:
            page = self._query("""
                SELECT id, text, title, CAST(published AS VARCHAR) AS published, url, lang, origin, warnings
                FROM articles WHERE id > ? ORDER BY id LIMIT ?""", [last, batch_size])
            if not page:
                return
            for row in page:
                yield Article(id=row["id"], text=row["text"], title=row["title"], published=row["published"],
                              url=row["url"], lang=row["lang"], origin=row["origin"],
                              warnings=[w for w in row["warnings"] or [] if w.startswith(READING_WARNINGS)])
            last = page[-1]["id"]

    def _insert_rows(self, table: str, rows: list[tuple], suffix: str = "") -> None:
        """Insert rows (tuples in the order of `_rows_of`) in one statement: each column is bound
        as one typed list and unnested back into rows inside DuckDB. Converting a Python list is
        done in DuckDB's C++ code, about ten times faster than binding a parameter per value
        (multi-row VALUES) or running a statement per row (executemany); pandas and Arrow, which
        DuckDB's appends take, are not dependencies."""
        names, types = self._columns(table)
        columns = [list(column) for column in zip(*rows)]
        select = ", ".join(f"unnest(?::{kind}[])" for kind in types[:len(columns)])
        self.con.execute(f"INSERT INTO {table} ({', '.join(names[:len(columns)])}) SELECT {select}{suffix}",
                         columns)

    def _columns(self, table: str) -> tuple[list[str], list[str]]:
        """A table's column names and types, in order, read once from the database."""
        # kept in the instance's dict, not set in __init__: the web app's per-thread twins
        # (WebQueries.worker) are made without calling __init__
        cache = self.__dict__.setdefault("_column_cache", {})
        if table not in cache:
            found = self.con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                     "WHERE table_name = ? AND table_schema = 'main' ORDER BY ordinal_position",
                                     [table]).fetchall()
            cache[table] = ([name for name, _ in found], [kind for _, kind in found])
        return cache[table]

    # ------------------------------------------------------------ reading

    def _query(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        try:
            cursor = self.con.execute(sql, params)
        except duckdb.Error as error:  # e.g. a database file made by something else
            raise StoreError(f"cannot read {self.path}: {error}") from None
        names = [d[0] for d in cursor.description]
        return Rows((dict(zip(names, row)) for row in cursor.fetchall()), names)

    def counts(self) -> dict[str, int]:
        return {t: self._query(f"SELECT count(*) AS n FROM {t}", [])[0]["n"] for t in TABLES}

    def quotes(self, *, speaker: str | None = None, actor: str | None = None, country: str | None = None,
               type: str | None = None, since: str | None = None, until: str | None = None,
               search: str | None = None, cluster: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        where, params = [self.originals("q.article_id")], []
        _check_limit(limit)
        if cluster:  # the appearances of one quote cluster (see `quote_cluster` for its variants)
            where.append("EXISTS (SELECT 1 FROM quote_clusters c WHERE c.article_id = q.article_id "
                         "AND c.idx = q.idx AND c.cluster_id = ?)" if self._has_index() else "FALSE")
            params += [cluster] if self._has_index() else []
        if speaker:
            # accent- and case-folded substring ("delizee" finds "Anne Delizée"), or the actor id
            where.append(f"({_holds('q.speaker_name')} OR q.speaker_actor = ?)")
            params += [_folded_pattern(speaker), speaker]
        if actor:
            where.append("q.speaker_actor = ?")
            params.append(actor)
        if country:
            where.append("(sa.country = ? OR a2.country = ?)")
            params += [country.upper(), country.upper()]
        if type:
            where.append("q.type = ?")
            params.append(_one_of(type.lower(), QUOTE_TYPES, "quote type"))
        where, params = _date_filter(where, params, "q.published", since, until)
        if search:
            where.append(_holds('q.text'))
            params.append(_folded_pattern(search))
        sql = f"""
            SELECT q.article_id, q.published, q.speaker_name AS speaker, q.speaker_actor, q.type,
                   q.cue_text AS cue, q.text, q.start_char, q.end_char, q.confidence, {self._cluster_column()}
            FROM quotes q
            LEFT JOIN article_actors sa ON sa.article_id = q.article_id AND sa.actor_id = q.speaker_actor
            LEFT JOIN actors a2 ON a2.id = q.speaker_actor
            WHERE {' AND '.join(where)}
            ORDER BY q.published DESC NULLS LAST, q.article_id, q.idx LIMIT ?"""
        return self._query(sql, params + [limit])

    def actors(self, *, kind: str | None = None, country: str | None = None, search: str | None = None,
               since: str | None = None, until: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        where, params = [self.originals("aa.article_id")], []
        _check_limit(limit)
        if kind:
            where.append("aa.kind = ?")
            params.append(_one_of(kind.lower(), ACTOR_KINDS, "actor kind"))
        if country:
            where.append("coalesce(aa.country, a.country) = ?")
            params.append(country.upper())
        if search:
            where.append(f"({_holds('a.name')} OR {_holds('aa.name')} OR {_holds('a.id')})")
            params += [_folded_pattern(search)] * 3
        where, params = _date_filter(where, params, "aa.published", since, until)
        sql = f"""
            SELECT a.id, a.name, a.kind, coalesce(any_value(a.country), any_value(aa.country)) AS country,
                   count(DISTINCT aa.article_id) AS articles, sum(aa.n_mentions) AS mentions,
                   (SELECT count(*) FROM quotes q WHERE q.speaker_actor = a.id
                                                        AND {self.originals("q.article_id")}) AS quotes,
                   (SELECT string_agg(r.role || ' (' || coalesce(r.since, '?') ||
                                      CASE WHEN r.since = r.until THEN '' ELSE '–' || coalesce(r.until, '?') END
                                      || ')', '; ' ORDER BY r.since)
                    FROM (SELECT role, CAST(min(published) AS VARCHAR) AS since,
                                 CAST(max(published) AS VARCHAR) AS until
                          FROM article_actors ra WHERE ra.actor_id = a.id AND ra.role IS NOT NULL
                                AND {self.originals("ra.article_id")} GROUP BY role) r
                   ) AS roles
            FROM article_actors aa JOIN actors a ON a.id = aa.actor_id
            WHERE {' AND '.join(where)}
            GROUP BY a.id, a.name, a.kind
            ORDER BY articles DESC, mentions DESC, a.name LIMIT ?"""
        return self._query(sql, params + [limit])

    def actor_history(self, actor_id: str) -> list[dict[str, Any]]:
        """How an actor is described over time: role and country per article, by date."""
        return self._query(f"""
            SELECT aa.published, aa.article_id, aa.name, aa.role, aa.country, aa.n_mentions
            FROM article_actors aa WHERE aa.actor_id = ? AND {self.originals("aa.article_id")}
            ORDER BY aa.published NULLS LAST, aa.article_id""", [actor_id])

    def events(self, *, actor: str | None = None, country: str | None = None, type: str | None = None,
               since: str | None = None, until: str | None = None, search: str | None = None,
               limit: int = 50) -> list[dict[str, Any]]:
        where, params = [self.originals("e.article_id")], []
        _check_limit(limit)
        if actor:
            where.append(f"(e.actor_id = ? OR e.recipient_id = ? OR {_holds('e.actor_name')} "
                         f"OR {_holds('e.recipient_name')})")
            params += [actor, actor, _folded_pattern(actor), _folded_pattern(actor)]
        if country:
            # the country itself, the place, or a side whose country it is (a person, an organisation)
            c = country.upper()
            where.append("(e.actor_id = ? OR e.recipient_id = ? OR e.where_country = ? "
                         "OR coalesce(a1.country, aa1.country) = ? OR coalesce(a2.country, aa2.country) = ?)")
            params += [f"country:{c}", f"country:{c}", c, c, c]
        if type:
            where.append("e.type = ?")
            params.append(_one_of(type.upper(), EVENT_TYPES, "PLOVER event type"))
        where, params = _date_filter(where, params, "e.published", since, until)
        if search:
            where.append(_holds('e.evidence'))
            params.append(_folded_pattern(search))
        sql = f"""
            SELECT e.article_id, e.published, e.type, e.mode, e.actor_name AS actor, e.recipient_name AS recipient,
                   e.where_name AS "where", e.when_value AS "when", e.evidence, e.negated, e.hypothetical,
                   e.future, e.confidence, e.actor_id, e.recipient_id, e.start_char, e.end_char
            FROM events e
            LEFT JOIN actors a1 ON a1.id = e.actor_id
            LEFT JOIN actors a2 ON a2.id = e.recipient_id
            LEFT JOIN article_actors aa1 ON aa1.article_id = e.article_id AND aa1.actor_id = e.actor_id
            LEFT JOIN article_actors aa2 ON aa2.article_id = e.article_id AND aa2.actor_id = e.recipient_id
            WHERE {' AND '.join(where)}
            ORDER BY e.published DESC NULLS LAST, e.article_id, e.idx LIMIT ?"""
        return self._query(sql, params + [limit])

    def event_rows(self, *, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
        """Events with both sides' kinds and countries, the input of graph.build_graph."""
        where, params = _date_filter(["e.recipient_id IS NOT NULL", self.originals("e.article_id")], [],
                                     "e.published", since, until)
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
        _check_limit(limit)
        speakers = self._query(f"""
            SELECT coalesce(a.name, q.speaker_name) AS speaker, count(*) AS quotes,
                   count(DISTINCT q.article_id) AS articles
            FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_actor
            WHERE q.speaker_name IS NOT NULL AND {self.originals("q.article_id")}
            GROUP BY 1 ORDER BY quotes DESC, speaker LIMIT ?""", [limit])
        sources = self._query(f"""
            SELECT coalesce(any_value(a.name), any_value(s.name)) AS name, count(*) AS citations,
                   count(DISTINCT s.article_id) AS articles
            FROM sources s LEFT JOIN actors a ON a.id = s.actor_id WHERE {self.originals("s.article_id")}
            GROUP BY coalesce(s.actor_id, s.name) ORDER BY citations DESC, name LIMIT ?""", [limit])
        return {"counts": self.original_counts(), "speakers": speakers,
                "actors": self.actors(limit=limit), "sources": sources}

    def original_counts(self) -> dict[str, int]:
        """Rows per table, near-duplicate articles left out (their number is under "duplicates")."""
        counts = {}
        for table in TABLES:
            condition = "TRUE" if table == "actors" else self.originals("t.id" if table == "articles" else "t.article_id")
            counts[table] = self._query(f"SELECT count(*) AS n FROM {table} t WHERE {condition}", [])[0]["n"]
        counts["duplicates"] = self.duplicate_count()
        return counts

    def duplicate_count(self) -> int:
        return self._query("SELECT count(*) AS n FROM duplicates", [])[0]["n"] if self._has_index() else 0

    def _cluster_column(self) -> str:
        if not self._has_index():
            return "NULL AS cluster_id"
        return ("(SELECT c.cluster_id FROM quote_clusters c WHERE c.article_id = q.article_id "
                "AND c.idx = q.idx) AS cluster_id")


    # ------------------------------------------------------------ export

    def export(self, directory: str, fmt: str, *, overwrite: bool = False) -> list[str]:
        """Write every table to DIRECTORY as Parquet or JSON Lines; returns the files written.

        A folder that already holds files is refused unless `overwrite` is set: an export never
        replaces files without being asked to.
        """
        if fmt not in ("parquet", "jsonl"):
            raise UsageError(f"unknown export format {fmt!r}: use parquet or jsonl")
        if not overwrite and os.path.isdir(directory) and os.listdir(directory):
            raise UsageError(f"{directory} is not empty: export into a new or empty folder, "
                             "or overwrite its files with --force")
        try:
            os.makedirs(directory, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot create export folder {directory}: {error.strerror or error}") from None
        written = []
        for table in TABLES + (EXPORTED_INDEX_TABLES if self._has_index() else ()):
            path = os.path.join(directory, f"{table}.{fmt}")
            option = "FORMAT PARQUET" if fmt == "parquet" else "FORMAT JSON"
            try:
                self.con.execute(f"COPY {table} TO '{_sql_path(path)}' ({option})")
            except duckdb.Error as error:
                raise StoreError(f"cannot export {table} to {path}: {error}") from None
            written.append(path)
        return written
