"""The read queries of the web app and API (newsgraph.api): paged (limit/offset, with the total),
accent- and case-folded text search, facets, an actor's profile, one article's full record."""
from __future__ import annotations

from typing import Any

from ..model import Article
from .core import Store
from .sql import _QUOTES_FROM, _date_filter, _equal, _like, _nearest, _quote_filters


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
