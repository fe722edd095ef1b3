"""Loading Parquet tables into the store: the output of `newsgraph spark` (a folder per table,
out/quotes/part-*.parquet) or of `newsgraph export --format parquet` (out/quotes.parquet).

The tables are checked against the store's schema before anything is written, then loaded in
one transaction: articles already stored are left as they are (their rows too), an id stored
with another text is an E031 conflict and skipped, and the rest is added. The index (duplicates,
quote clusters) is not loaded: the caller rebuilds it from the records (`ingestion.update_index`).
"""
from __future__ import annotations

import glob
import os
from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from ..errors import InputError, NewsgraphError, StoreError
from .schema import TABLES, column_types
from .sql import _sql_path

OPTIONAL = ("minhashes",)  # loaded when present (a Spark job writes them), computed otherwise


@dataclass
class LoadReport:
    read: int = 0  # articles in the Parquet tables
    added: int = 0
    already: int = 0  # already stored with the same text
    skipped: int = 0  # conflicts (E031)


def parquet_files(folder: str, table: str) -> list[str]:
    """The Parquet files of one table: folder/table/*.parquet (Spark) or folder/table.parquet (export)."""
    found = sorted(glob.glob(os.path.join(glob.escape(folder), table, "*.parquet")))
    single = os.path.join(folder, f"{table}.parquet")
    return found or ([single] if os.path.isfile(single) else [])


def load_parquet(store, folder: str, *, on_error: Callable[[NewsgraphError], None] | None = None) -> LoadReport:
    if not os.path.isdir(folder):
        raise InputError(folder, "no such folder", "E081")
    sources = {}
    for table, columns in column_types(TABLES + OPTIONAL).items():
        files = parquet_files(folder, table)
        if not files:
            if table in OPTIONAL:
                continue
            raise InputError(os.path.join(folder, table), "missing: a newsgraph Parquet folder holds one "
                                                          "table per store table (run `newsgraph spark` or "
                                                          "`newsgraph export --format parquet`)", "E081")
        source = "read_parquet([" + ", ".join(f"'{_sql_path(f)}'" for f in files) + "])"
        _check_columns(store, source, columns, os.path.join(folder, table))
        sources[table] = source
    report = LoadReport()
    con = store.con
    try:
        con.execute("BEGIN TRANSACTION")
        con.execute(f"""CREATE OR REPLACE TEMP TABLE incoming AS
                        SELECT id, md5(text) AS fingerprint, origin FROM {sources['articles']}""")
        report.read = con.execute("SELECT count(*) FROM incoming").fetchone()[0]
        conflicts = con.execute("""SELECT i.origin, i.id FROM incoming i JOIN articles a ON a.id = i.id
                                   WHERE md5(a.text) <> i.fingerprint ORDER BY i.id""").fetchall()
        report.already = con.execute("""SELECT count(*) FROM incoming i JOIN articles a ON a.id = i.id
                                        WHERE md5(a.text) = i.fingerprint""").fetchone()[0]
        con.execute("""CREATE OR REPLACE TEMP TABLE fresh AS
                       SELECT DISTINCT id FROM incoming WHERE id NOT IN (SELECT id FROM articles)""")
        for table, source in sources.items():
            key = "id" if table == "articles" else "article_id"
            if table == "actors":
                con.execute(f"""INSERT INTO actors BY NAME SELECT * FROM {source}
                                ON CONFLICT (id) DO UPDATE SET country = coalesce(actors.country, excluded.country)""")
            else:
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {source} WHERE {key} IN (SELECT id FROM fresh)")
        report.added = con.execute("SELECT count(*) FROM fresh").fetchone()[0]
        con.execute("DROP TABLE incoming")
        con.execute("DROP TABLE fresh")
        con.execute("COMMIT")
    except duckdb.Error as error:
        con.execute("ROLLBACK")
        raise StoreError(f"cannot load {folder} into {store.path}: {error}") from None
    for origin, article_id in conflicts:
        report.skipped += 1
        if on_error:
            on_error(InputError(f"{origin} {article_id}", "this id is already stored with a different text: "
                                                          "give the article its own id (the stored one is kept)",
                                "E031"))
    return report


def _check_columns(store, source: str, columns: list[tuple[str, str]], where: str) -> None:
    """The Parquet table must have the store table's columns, by name, of types that cast to them."""
    try:
        found = {row[0]: row[1] for row in store.con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
    except duckdb.Error as error:
        raise InputError(where, f"not a readable Parquet table ({str(error).splitlines()[0]})", "E081") from None
    missing = [name for name, _ in columns if name not in found]
    extra = [name for name in found if name not in dict(columns)]
    if missing or extra:
        detail = "; ".join(part for part in (f"missing {', '.join(missing)}" if missing else "",
                                            f"unknown {', '.join(extra)}" if extra else "") if part)
        raise InputError(where, f"columns differ from the store's ({detail})", "E081")
