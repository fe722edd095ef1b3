"""The DuckDB store: schema (`schema`), writing and the command-line queries (`core`), the web
app's queries (`web`), shared SQL helpers (`sql`). No other module writes SQL."""
from .core import Store, text_fingerprint
from .schema import ACTOR_KINDS, QUOTE_TYPES, TABLES
from .sql import Rows, fold, search_terms
from .web import WebQueries

__all__ = ["ACTOR_KINDS", "QUOTE_TYPES", "Rows", "Store", "TABLES", "WebQueries", "fold", "search_terms",
           "text_fingerprint"]
