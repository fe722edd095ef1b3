"""newsgraph: French and English news articles into auditable, structured knowledge.

    >>> import newsgraph
    >>> article = newsgraph.analyze(text, published="2023-09-12")
    >>> [(q.speaker.name, q.text) for q in article.quotes]

Importing the package is cheap: spaCy, the language detector, trafilatura and DuckDB load on
first use, so a server or a command that only queries the store never pays for the model.
"""
from .errors import AnalysisError, InputError, NewsgraphError, StoreError, UsageError
from .ingestion import IngestReport, ingest_paths, reanalyze_store
from .model import Actor, Article, Cue, DateRef, Event, Quote, Source, Speaker
from .process import analyze, process

__all__ = ["analyze", "process", "ingest_paths", "reanalyze_store", "IngestReport", "Store", "Article", "Actor",
           "Quote", "Speaker", "Cue", "Source", "DateRef", "Event", "NewsgraphError", "InputError",
           "UsageError", "StoreError", "AnalysisError", "__version__"]
__version__ = "0.1.0"


def __getattr__(name):  # the store pulls in DuckDB: import it only when asked for
    if name == "Store":
        from .store import Store
        return Store
    raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")
