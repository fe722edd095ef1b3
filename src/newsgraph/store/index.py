"""The SQL of the store's cross-article index: MinHash signatures, LSH bands, near-duplicate links
and quote clusters (the tables of schema.INDEX_SCHEMA).

These are the store's verbs for `newsgraph.dedup` and `newsgraph.clusters`, which decide what is
a copy and what is the same quote; this module only reads and writes rows. The work comes in
chunks: the articles not yet signed, the signatures not yet compared, the quotes not yet
clustered, so an interrupted update goes on where it stopped.
"""
from __future__ import annotations

from contextlib import contextmanager

import numpy as np

from ..errors import StoreError

# a join that keeps the rows of the (article_id, idx) keys given as two lists
_KEYS_JOIN = ("JOIN (SELECT unnest(?) AS article_id, unnest(?) AS idx) k "
              "ON k.article_id = {0}.article_id AND k.idx = {0}.idx")


def _array(values: tuple) -> np.ndarray:
    """A column as NumPy holds it: whole numbers as int64 (what the index's keys are), anything
    else (text, lists, missing values) as Python objects, which DuckDB reads one by one."""
    if all(type(value) is int for value in values):
        try:
            return np.array(values, dtype=np.int64)
        except OverflowError:
            pass
    column = np.empty(len(values), dtype=object)
    for number, value in enumerate(values):  # one by one: a list must stay one value, not a row
        column[number] = value
    return column


def _key_lists(keys: list[tuple[str, int]]) -> list[list]:
    return [[a for a, _ in keys], [i for _, i in keys]]


class IndexWrites:
    """Mixed into Store: the index's reads and writes for dedup.py and clusters.py."""

    @contextmanager
    def index_transaction(self):
        """One chunk of index writes: all of them, or none."""
        import duckdb
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
            self.con.execute("COMMIT")
        except duckdb.Error as error:
            self.con.execute("ROLLBACK")
            raise StoreError(f"cannot update the index of {self.path}: {error}") from None
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def _insert_columns(self, table: str, rows: list[tuple]) -> None:
        """Insert rows as one statement: each column goes to DuckDB as one NumPy array, which
        DuckDB scans in place. An index update writes tens of thousands of LSH band rows (21 per
        quote); binding them as Python lists to unnest cost eight times as much."""
        if not rows:
            return
        incoming = {f"c{number}": _array(column) for number, column in enumerate(zip(*rows))}
        self.con.register("incoming_rows", incoming)
        try:
            self.con.execute(f"INSERT INTO {table} SELECT {', '.join(incoming)} FROM incoming_rows")
        finally:
            self.con.unregister("incoming_rows")

    # ------------------------------------------------------------ articles

    def unsigned_articles(self, limit: int) -> list[tuple[str, str]]:
        """(id, text) of stored articles that have no signature yet."""
        return self.con.execute("""
            SELECT a.id, a.text FROM articles a
            WHERE NOT EXISTS (SELECT 1 FROM minhashes m WHERE m.article_id = a.id) ORDER BY a.id LIMIT ?""",
                                [limit]).fetchall()

    def add_minhashes(self, rows: list[tuple]) -> None:
        with self.index_transaction():
            self._insert_columns("minhashes", rows)

    def unlinked_signatures(self, limit: int) -> list[tuple[str, int, list[int]]]:
        """(id, shingles, signature) of signatures not yet compared with the others."""
        return self.con.execute("""
            SELECT m.article_id, m.shingles, m.signature FROM minhashes m
            WHERE m.signature IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM article_bands b WHERE b.article_id = m.article_id AND b.band = 0)
            ORDER BY m.article_id LIMIT ?""", [limit]).fetchall()

    def add_article_bands(self, rows: list[tuple[str, int, int]]) -> None:
        self._insert_columns("article_bands", rows)

    def article_band_pairs(self, ids: list[str]) -> list[tuple[str, str]]:
        """Pairs (one of `ids`, another article) that share an LSH band."""
        return self.con.execute("""
            SELECT DISTINCT n.article_id, o.article_id FROM article_bands n
            JOIN article_bands o ON o.band = n.band AND o.key = n.key AND o.article_id <> n.article_id
            WHERE n.article_id IN (SELECT unnest(?))""", [ids]).fetchall()

    def article_signatures(self, ids) -> dict[str, tuple[int, list[int]]]:
        rows = self.con.execute("SELECT article_id, shingles, signature FROM minhashes WHERE article_id IN "
                                "(SELECT unnest(?)) AND signature IS NOT NULL", [sorted(ids)]).fetchall()
        return {i: (n, values) for i, n, values in rows}

    def duplicate_links(self, ids) -> list[tuple[str, str]]:
        """(copy, original) of every group that one of `ids` belongs to."""
        return self.con.execute("""
            SELECT article_id, duplicate_of FROM duplicates
            WHERE duplicate_of IN (SELECT coalesce(d.duplicate_of, t.id) FROM (SELECT unnest(?) AS id) t
                                   LEFT JOIN duplicates d ON d.article_id = t.id)""", [sorted(ids)]).fetchall()

    def article_facts(self, ids) -> dict[str, tuple[str | None, int]]:
        """{id: (published, length of the text)}: what names a group's original."""
        rows = self.con.execute("SELECT id, CAST(published AS VARCHAR), length(text) FROM articles "
                                "WHERE id IN (SELECT unnest(?))", [sorted(ids)]).fetchall()
        return {row[0]: (row[1], row[2]) for row in rows}

    def replace_duplicate_links(self, members: list[str], rows: list[tuple[str, str, float, float]]) -> None:
        """The links of these articles become `rows` (copy, original, jaccard, containment)."""
        self.con.execute("DELETE FROM duplicates WHERE article_id IN (SELECT unnest(?))", [members])
        self._insert_columns("duplicates", rows)

    # ------------------------------------------------------------ quotes

    def drop_stale_quotes(self) -> int:
        """Quotes re-analysed away or changed leave the index, and so do the other members of
        their clusters, to be clustered again: a cluster a quote held together may come apart."""
        stale = self.con.execute("""
            SELECT c.article_id, c.idx, c.cluster_id FROM quote_clusters c
            LEFT JOIN quotes q ON q.article_id = c.article_id AND q.idx = c.idx
            WHERE q.text IS NULL OR md5(q.text) <> c.fingerprint""").fetchall()
        if not stale:
            return 0
        clusters = sorted({c for _, _, c in stale if c is not None})
        with self.index_transaction():
            self.con.execute("""
                CREATE OR REPLACE TEMP TABLE stale_quotes AS
                SELECT article_id, idx FROM quote_clusters WHERE cluster_id IN (SELECT unnest(?))
                UNION SELECT unnest(?) AS article_id, unnest(?) AS idx""",
                             [clusters, [s[0] for s in stale], [s[1] for s in stale]])
            for table in ("quote_clusters", "quote_bands"):
                self.con.execute(f"DELETE FROM {table} t WHERE EXISTS (SELECT 1 FROM stale_quotes s "
                                 "WHERE s.article_id = t.article_id AND s.idx = t.idx)")
            self.con.execute("DROP TABLE stale_quotes")
        return len(stale)

    def unclustered_quotes(self, limit: int) -> list[tuple[str, int, str]]:
        """(article id, index, text) of stored quotes that have no row in quote_clusters yet."""
        return self.con.execute("""
            SELECT q.article_id, q.idx, q.text FROM quotes q
            WHERE NOT EXISTS (SELECT 1 FROM quote_clusters c WHERE c.article_id = q.article_id AND c.idx = q.idx)
            ORDER BY q.article_id, q.idx LIMIT ?""", [limit]).fetchall()

    def add_quote_rows(self, rows: list[tuple], bands: list[tuple]) -> None:
        """quote_clusters rows (article, idx, cluster, words, fingerprint) and their LSH bands."""
        self._insert_columns("quote_clusters", rows)
        self._insert_columns("quote_bands", bands)

    def quote_band_pairs(self, keys: list[tuple[str, int]]) -> list[tuple[str, int, str, int]]:
        """Pairs (one of `keys`, another quote) that share an LSH band."""
        return self.con.execute(f"""
            SELECT DISTINCT n.article_id, n.idx, o.article_id, o.idx FROM quote_bands n {_KEYS_JOIN.format("n")}
            JOIN quote_bands o ON o.band = n.band AND o.key = n.key
                 AND (o.article_id <> n.article_id OR o.idx <> n.idx)""", _key_lists(keys)).fetchall()

    def quote_index_rows(self, keys: list[tuple[str, int]]) -> dict[tuple[str, int], tuple[str | None, str]]:
        """{(article, idx): (cluster id, words)}."""
        rows = self.con.execute(f"SELECT c.article_id, c.idx, c.cluster_id, c.words FROM quote_clusters c "
                                f"{_KEYS_JOIN.format('c')}", _key_lists(keys)).fetchall()
        return {(a, i): (c, w) for a, i, c, w in rows}

    def cluster_members(self, cluster_ids: list[str]) -> list[tuple[str, int, str, str | None]]:
        """(article, idx, cluster id, published) of every member of these clusters."""
        return self.con.execute("""
            SELECT c.article_id, c.idx, c.cluster_id, CAST(q.published AS VARCHAR) FROM quote_clusters c
            JOIN quotes q ON q.article_id = c.article_id AND q.idx = c.idx
            WHERE c.cluster_id IN (SELECT unnest(?))""", [cluster_ids]).fetchall()

    def set_clusters(self, updates: list[tuple[str, int, str]]) -> None:
        """(article, idx, cluster id): each quote's new cluster."""
        self.con.execute("""
            UPDATE quote_clusters SET cluster_id = u.cluster_id
            FROM (SELECT unnest(?) AS article_id, unnest(?) AS idx, unnest(?) AS cluster_id) u
            WHERE quote_clusters.article_id = u.article_id AND quote_clusters.idx = u.idx""",
                         [[u[0] for u in updates], [u[1] for u in updates], [u[2] for u in updates]])
