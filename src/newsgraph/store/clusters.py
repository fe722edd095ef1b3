"""The store's queries over its cross-article index: near-duplicates and quote clusters.

Counting policy: a near-duplicate (a syndicated copy, `duplicates.duplicate_of` names its
original) is stored with all its rows, but the counts, lists and the relations graph read
originals only, so a wire story printed by ten outlets is one story, its quotes one set of
quotes and its events one set of events. `originals(column)` is the condition every such query
adds; a store made before the index existed (opened read-only, so without its tables) has no
duplicates and the condition is then always true.
"""
from __future__ import annotations

from typing import Any

from .sql import _check_limit, _date_filter, _folded_pattern, _holds


class IndexQueries:
    """Mixed into Store: reading the index (newsgraph.dedup and newsgraph.clusters keep it)."""

    def originals(self, column: str) -> str:
        """SQL condition: the article id in `column` (qualified: "q.article_id", so that it cannot
        be read as the subquery's own column) is no near-duplicate of another."""
        assert "." in column, column
        if not self._has_index():
            return "TRUE"
        return f"NOT EXISTS (SELECT 1 FROM duplicates dup WHERE dup.article_id = {column})"

    def _has_index(self) -> bool:
        found = getattr(self, "_index_tables", None)
        if found is None:
            found = self._index_tables = bool(self.con.execute(
                "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'duplicates' AND NOT temporary"
            ).fetchone()[0])
        return found

    def duplicates(self, *, limit: int = 50) -> list[dict[str, Any]]:
        """Near-duplicates with their originals, the largest groups first."""
        _check_limit(limit)
        if not self._has_index():
            return []
        return self._query("""
            SELECT d.article_id, CAST(a.published AS VARCHAR) AS published, a.title, a.url,
                   d.duplicate_of, CAST(o.published AS VARCHAR) AS original_published, o.title AS original_title,
                   round(d.jaccard, 3) AS jaccard, round(d.containment, 3) AS containment
            FROM duplicates d JOIN articles a ON a.id = d.article_id JOIN articles o ON o.id = d.duplicate_of
            ORDER BY count(*) OVER (PARTITION BY d.duplicate_of) DESC, d.duplicate_of, a.published, d.article_id
            LIMIT ?""", [limit])

    def quote_clusters(self, *, speaker: str | None = None, search: str | None = None,
                       since: str | None = None, until: str | None = None,
                       limit: int = 50) -> list[dict[str, Any]]:
        """Quotes found in two articles or more: the first appearance (by publication date), how
        many articles, who said it, and how many appearances change its words (variants)."""
        _check_limit(limit)
        if not self._has_index():
            return []
        where, params = ["TRUE"], []
        if speaker:
            where.append(f"g.cluster_id IN (SELECT cluster_id FROM m WHERE {_holds('speaker')} "
                         "OR speaker_actor = ?)")
            params += [_folded_pattern(speaker), speaker]
        if search:
            where.append(f"g.cluster_id IN (SELECT cluster_id FROM m WHERE {_holds('text')})")
            params.append(_folded_pattern(search))
        where, params = _date_filter(where, params, "f.published", since, until)
        return self._query(f"""
            WITH {self._members_sql()},
            g AS (SELECT cluster_id, count(DISTINCT article_id) AS articles, count(*) AS appearances,
                         count(DISTINCT words) - 1 AS variants,
                         string_agg(DISTINCT speaker, '; ' ORDER BY speaker) AS speakers
                  FROM m GROUP BY cluster_id HAVING count(DISTINCT article_id) >= 2)
            SELECT g.cluster_id, CAST(f.published AS VARCHAR) AS first_published, f.article_id AS first_article,
                   f.speaker AS first_speaker, f.text, g.articles, g.appearances, g.variants, g.speakers
            FROM g JOIN m f ON f.cluster_id = g.cluster_id AND f.rank = 1
            WHERE {' AND '.join(where)}
            ORDER BY g.articles DESC, f.published NULLS LAST, g.cluster_id LIMIT ?""", params + [limit])

    def quote_cluster(self, cluster_id: str) -> list[dict[str, Any]]:
        """Every appearance of one quote cluster, the first first: when, where, who, and its
        folded words (newsgraph.clusters tells the variants from them)."""
        if not self._has_index():
            return []
        return self._query(f"""
            WITH {self._members_sql()}
            SELECT m.rank, CAST(m.published AS VARCHAR) AS published, m.article_id, ar.title, ar.url,
                   m.speaker, m.speaker_actor, m.type, m.text, m.start_char, m.end_char, m.words
            FROM m JOIN articles ar ON ar.id = m.article_id
            WHERE m.cluster_id = ? ORDER BY m.rank""", [cluster_id])

    def _members_sql(self) -> str:
        """`m`: the clustered quotes of original articles, with their speaker and rank in the
        cluster (1 = the first appearance: earliest published, then article id and position)."""
        return f"""m AS (
            SELECT c.cluster_id, c.article_id, c.idx, c.words, q.published, q.text, q.type, q.start_char,
                   q.end_char, coalesce(sa.name, q.speaker_name) AS speaker, q.speaker_actor,
                   row_number() OVER (PARTITION BY c.cluster_id
                                      ORDER BY q.published NULLS LAST, c.article_id, c.idx) AS rank
            FROM quote_clusters c JOIN quotes q ON q.article_id = c.article_id AND q.idx = c.idx
            LEFT JOIN actors sa ON sa.id = q.speaker_actor
            WHERE c.cluster_id IS NOT NULL AND {self.originals('c.article_id')})"""
