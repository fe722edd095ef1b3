"""newsgraph: French news articles into auditable, structured knowledge.

    >>> import newsgraph
    >>> article = newsgraph.analyze(text, published="2023-09-12")
    >>> [(q.speaker.name, q.text) for q in article.quotes]
"""
from .errors import InputError, NewsgraphError
from .model import Actor, Article, Cue, DateRef, Event, Quote, Source, Speaker
from .process import analyze, process

__all__ = ["analyze", "process", "Store", "Article", "Actor", "Quote", "Speaker", "Cue", "Source",
           "DateRef", "Event", "NewsgraphError", "InputError"]
__version__ = "0.1.0"


def __getattr__(name):  # the store pulls in DuckDB: import it only when asked for
    if name == "Store":
        from .store import Store
        return Store
    raise AttributeError(name)
