"""Small SQL helpers every query of the store shares: folded and literal LIKE patterns, value
checks, date filters, result rows. Every value reaches DuckDB as a parameter; only fixed column
names are spliced into SQL."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from ..days import iso_day
from ..errors import UsageError

class Rows(list):
    """Query results: a list of dicts that also knows its column names (a CSV of no rows has a header)."""

    def __init__(self, rows: Iterable[dict[str, Any]] = (), columns: Iterable[str] = ()):
        super().__init__(rows)
        self.columns = list(columns)


def _sql_path(path: str) -> str:
    return path.replace("'", "''")


# warnings written when an article was read (charset), kept when it is analysed again


def _starts_with(path: str, magic: bytes) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(magic)) == magic
    except OSError:
        return False


def _folded(column: str) -> str:
    """SQL for a column compared without case or accents."""
    return f"strip_accents(lower({column}))"


def _holds(column: str) -> str:
    """SQL testing that a column holds a term without case or accents (its parameter: _folded_pattern)."""
    return f"{_folded(column)} LIKE ? ESCAPE '\\'"


def _folded_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, its own % and _ taken literally, case- and accent-free."""
    import unicodedata
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _one_of(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise UsageError(f"unknown {what} {value!r}: use one of {', '.join(allowed)}")
    return value


def _check_limit(limit) -> None:
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 0:
        raise UsageError(f"limit must be a whole number of 0 or more, got {limit!r}")


def _day(value: str | None, name: str) -> str | None:
    try:
        return iso_day(value)
    except ValueError as error:
        raise UsageError(f"{name} {error}") from None


def _date_filter(where: list[str], params: list[Any], column: str, since: str | None,
                 until: str | None) -> tuple[list[str], list[Any]]:
    since, until = _day(since, "since"), _day(until, "until")
    if since:
        where.append(f"{column} >= CAST(? AS DATE)")
        params.append(since)
    if until:
        where.append(f"{column} <= CAST(? AS DATE)")
        params.append(until)
    return where, params


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
