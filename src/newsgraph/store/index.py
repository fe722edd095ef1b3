"""Keeping the store's cross-article index up to date: near-duplicate links and quote clusters.

`update_index(store)` brings the index level with the records, whatever wrote them (an ingest,
a re-analysis, the server, a Parquet load): it signs the articles that have no signature yet,
links the new signatures to the articles they copy, and clusters the quotes that have no cluster
or whose text changed. It works a chunk at a time, one transaction per chunk, so an interrupted
run leaves whole chunks behind and the next run goes on from there.

Both relations are the connected components of pairs found through shared LSH bands and then
checked on the similarity itself. Finding a pair does not depend on which of the two was stored
first, so the groups, their originals and the cluster ids are the same whatever order the
articles came in. A group's original is its earliest article (dedup.original_key); a cluster is
named after its first appearance.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .. import dedup, quoteclusters
from ..errors import StoreError

CHUNK = 2000


@dataclass
class IndexReport:
    signed: int = 0  # articles given a signature
    linked: int = 0  # signatures compared with the others
    duplicates: int = 0  # near-duplicates in the store after the update
    quotes: int = 0  # quotes given a cluster


def minhash_row(article_id: str, text: str) -> tuple:
    """The `minhashes` row of an article (a NULL signature for a text too short to compare)."""
    found = dedup.signature(text)
    if found is None:
        return (article_id, len(dedup.shingles(text)), None)
    return (article_id, found.shingles, list(found.values))


def update_index(store) -> IndexReport:
    report = IndexReport()
    while _sign_articles(store, report):
        pass
    while _link_articles(store, report):
        pass
    _drop_stale_quotes(store)
    while _cluster_quotes(store, report):
        pass
    report.duplicates = store._query("SELECT count(*) AS n FROM duplicates", [])[0]["n"]
    return report


# ------------------------------------------------------------------ articles

def _sign_articles(store, report: IndexReport) -> bool:
    rows = store.con.execute("""
        SELECT a.id, a.text FROM articles a
        WHERE NOT EXISTS (SELECT 1 FROM minhashes m WHERE m.article_id = a.id) ORDER BY a.id LIMIT ?""",
                             [CHUNK]).fetchall()
    if not rows:
        return False
    _write(store, lambda: _insert(store, "minhashes", [minhash_row(i, text) for i, text in rows]))
    report.signed += len(rows)
    return True


def _link_articles(store, report: IndexReport) -> bool:
    pending = store.con.execute("""
        SELECT m.article_id, m.shingles, m.signature FROM minhashes m
        WHERE m.signature IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM article_bands b WHERE b.article_id = m.article_id AND b.band = 0)
        ORDER BY m.article_id LIMIT ?""", [CHUNK]).fetchall()
    if not pending:
        return False
    ids = [row[0] for row in pending]
    bands = [(i, band, key) for i, _, values in pending for band, key in enumerate(dedup.band_keys(values))]

    def write() -> None:
        _insert(store, "article_bands", bands)
        pairs = store.con.execute("""
            SELECT DISTINCT n.article_id, o.article_id FROM article_bands n
            JOIN article_bands o ON o.band = n.band AND o.key = n.key AND o.article_id <> n.article_id
            WHERE n.article_id IN (SELECT unnest(?))""", [ids]).fetchall()
        signatures = _signatures(store, {i for pair in pairs for i in pair})
        edges = [(a, b) for a, b in pairs
                 if dedup.is_near_duplicate(*dedup.similarity(signatures[a], signatures[b]))]
        if edges:
            _regroup(store, edges)
    _write(store, write)
    report.linked += len(pending)
    return True


def _signatures(store, ids) -> dict[str, dedup.Signature]:
    rows = store.con.execute("SELECT article_id, shingles, signature FROM minhashes WHERE article_id IN "
                             "(SELECT unnest(?))", [sorted(ids)]).fetchall()
    return {i: dedup.Signature(n, tuple(values)) for i, n, values in rows if values is not None}


def _regroup(store, edges: list[tuple[str, str]]) -> None:
    """Merge the groups the new pairs join; each merged group gets its original again."""
    touched = {i for edge in edges for i in edge}
    known = store.con.execute("""
        SELECT article_id, duplicate_of FROM duplicates
        WHERE duplicate_of IN (SELECT coalesce(d.duplicate_of, t.id) FROM (SELECT unnest(?) AS id) t
                               LEFT JOIN duplicates d ON d.article_id = t.id)""", [sorted(touched)]).fetchall()
    groups = _Components()
    for member, original in known:
        groups.join(member, original)
    for a, b in edges:
        groups.join(a, b)
    members = sorted({i for pair in known for i in pair} | touched)
    facts = {row[0]: row[1:] for row in store.con.execute(
        "SELECT id, CAST(published AS VARCHAR), length(text) FROM articles WHERE id IN (SELECT unnest(?))",
        [members]).fetchall()}
    signatures = _signatures(store, members)
    rows = []
    for group in groups.sets():
        original = min(group, key=lambda i: dedup.original_key(*facts.get(i, (None, 0)), i))
        for member in sorted(group - {original}):
            rows.append((member, original, *dedup.similarity(signatures[member], signatures[original])))
    store.con.execute("DELETE FROM duplicates WHERE article_id IN (SELECT unnest(?))", [members])
    _insert(store, "duplicates", rows)


# ------------------------------------------------------------------ quotes

def _drop_stale_quotes(store) -> None:
    """Quotes re-analysed away (or changed) leave their clusters, whose other members are
    clustered again: a cluster a quote held together may come apart without it."""
    stale = store.con.execute("""
        SELECT c.article_id, c.idx, c.cluster_id FROM quote_clusters c
        LEFT JOIN quotes q ON q.article_id = c.article_id AND q.idx = c.idx
        WHERE q.text IS NULL OR md5(q.text) <> c.fingerprint""").fetchall()
    if not stale:
        return
    clusters = sorted({c for _, _, c in stale if c is not None})

    def write() -> None:
        store.con.execute("""
            CREATE OR REPLACE TEMP TABLE stale_quotes AS
            SELECT article_id, idx FROM quote_clusters WHERE cluster_id IN (SELECT unnest(?))
            UNION SELECT unnest(?) AS article_id, unnest(?) AS idx""",
                          [clusters, [s[0] for s in stale], [s[1] for s in stale]])
        for table in ("quote_clusters", "quote_bands"):
            store.con.execute(f"DELETE FROM {table} t WHERE EXISTS (SELECT 1 FROM stale_quotes s "
                              "WHERE s.article_id = t.article_id AND s.idx = t.idx)")
        store.con.execute("DROP TABLE stale_quotes")
    _write(store, write)


def _cluster_quotes(store, report: IndexReport) -> bool:
    pending = store.con.execute("""
        SELECT q.article_id, q.idx, q.text FROM quotes q
        WHERE NOT EXISTS (SELECT 1 FROM quote_clusters c WHERE c.article_id = q.article_id AND c.idx = q.idx)
        ORDER BY q.article_id, q.idx LIMIT ?""", [CHUNK]).fetchall()
    if not pending:
        return False
    rows, bands, keys = [], [], []
    for article_id, idx, text in pending:
        words = quoteclusters.quote_words(text)
        fingerprint = hashlib.md5(text.encode("utf-8")).hexdigest()
        if quoteclusters.clusterable(words):
            keys.append((article_id, idx))
            # a quote alone is its own cluster until another joins it
            rows.append((article_id, idx, _cluster_id(article_id, idx), " ".join(words), fingerprint))
            signature = quoteclusters.quote_signature(words)
            bands += [(article_id, idx, band, key) for band, key in
                      enumerate(dedup.band_keys(signature, quoteclusters.BANDS, quoteclusters.ROWS))]
        else:
            rows.append((article_id, idx, None, " ".join(words), fingerprint))

    def write() -> None:
        _insert(store, "quote_clusters", rows)
        _insert(store, "quote_bands", bands)
        if keys:
            _join_clusters(store, keys)
    _write(store, write)
    report.quotes += len(pending)
    return True


def _join_clusters(store, keys: list[tuple[str, int]]) -> None:
    pairs = store.con.execute(f"""
        SELECT DISTINCT n.article_id, n.idx, o.article_id, o.idx FROM quote_bands n {_KEYS_JOIN.format("n")}
        JOIN quote_bands o ON o.band = n.band AND o.key = n.key
             AND (o.article_id <> n.article_id OR o.idx <> n.idx)""", _key_lists(keys)).fetchall()
    if not pairs:
        return
    involved = sorted({(a, i) for a, i, _, _ in pairs} | {(b, j) for _, _, b, j in pairs})
    words = {(a, i): w.split() for a, i, w in _quote_rows(store, "words", involved)}
    edges = [((a, i), (b, j)) for a, i, b, j in pairs if quoteclusters.same_quote(words[(a, i)], words[(b, j)])]
    if not edges:
        return
    clusters = {(a, i): c for a, i, c in _quote_rows(store, "cluster_id", involved)}
    old_ids = sorted({clusters[key] for edge in edges for key in edge})
    members = store.con.execute("""
        SELECT c.article_id, c.idx, c.cluster_id, CAST(q.published AS VARCHAR) FROM quote_clusters c
        JOIN quotes q ON q.article_id = c.article_id AND q.idx = c.idx
        WHERE c.cluster_id IN (SELECT unnest(?))""", [old_ids]).fetchall()
    groups = _Components()
    by_cluster: dict[str, tuple] = {}
    for article_id, idx, cluster, _ in members:
        groups.join((article_id, idx), by_cluster.setdefault(cluster, (article_id, idx)))
    for a, b in edges:
        groups.join(a, b)
    published = {(a, i): p for a, i, _, p in members}
    updates = []
    for group in groups.sets():
        first = min(group, key=lambda key: (published.get(key) is None, published.get(key) or "", key))
        updates += [(a, i, _cluster_id(*first)) for a, i in group]
    store.con.execute("""
        UPDATE quote_clusters SET cluster_id = u.cluster_id
        FROM (SELECT unnest(?) AS article_id, unnest(?) AS idx, unnest(?) AS cluster_id) u
        WHERE quote_clusters.article_id = u.article_id AND quote_clusters.idx = u.idx""",
                      [[u[0] for u in updates], [u[1] for u in updates], [u[2] for u in updates]])


def _quote_rows(store, column: str, keys: list[tuple[str, int]]) -> list[tuple]:
    return store.con.execute(f"SELECT c.article_id, c.idx, c.{column} FROM quote_clusters c "
                             f"{_KEYS_JOIN.format('c')}", _key_lists(keys)).fetchall()


# a join that keeps the rows of the (article_id, idx) keys given as two lists
_KEYS_JOIN = ("JOIN (SELECT unnest(?) AS article_id, unnest(?) AS idx) k "
              "ON k.article_id = {0}.article_id AND k.idx = {0}.idx")


def _key_lists(keys: list[tuple[str, int]]) -> list[list]:
    return [[a for a, _ in keys], [i for _, i in keys]]


def _cluster_id(article_id: str, idx: int) -> str:
    """A cluster's id names its first appearance (article and quote), hashed to a short word."""
    return "qc" + hashlib.sha1(f"{article_id}\x00{idx}".encode("utf-8")).hexdigest()[:14]


# ------------------------------------------------------------------ shared

class _Components:
    """Union-find over hashable keys: the connected components of the pairs joined."""

    def __init__(self):
        self.parent: dict = {}

    def find(self, key):
        self.parent.setdefault(key, key)
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def join(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def sets(self) -> list[set]:
        found: dict = {}
        for key in self.parent:
            found.setdefault(self.find(key), set()).add(key)
        return list(found.values())


def _insert(store, table: str, rows: list[tuple]) -> None:
    """Insert rows as one statement: each column goes to DuckDB as one list and is unnested."""
    if rows:
        columns = [list(column) for column in zip(*rows)]
        store.con.execute(f"INSERT INTO {table} SELECT {', '.join(['unnest(?)'] * len(columns))}", columns)


def _write(store, step) -> None:
    """Run one chunk's writes in one transaction: all of them, or none."""
    import duckdb
    store.con.execute("BEGIN TRANSACTION")
    try:
        step()
        store.con.execute("COMMIT")
    except duckdb.Error as error:
        store.con.execute("ROLLBACK")
        raise StoreError(f"cannot update the index of {store.path}: {error}") from None
    except BaseException:
        store.con.execute("ROLLBACK")
        raise
