"""Read, analyse and store: the ingest loop the command line, a server and a batch job share.

    >>> from newsgraph import Store, ingest_paths
    >>> with Store("news.duckdb") as store:
    ...     report = ingest_paths(["corpus/"], store, on_error=print)

Inputs are streamed and stored a batch at a time, one transaction per batch, so memory is
bounded by the batch and an interrupted run leaves only whole articles behind; running it
again adds what is missing (articles are keyed by id and re-reading one changes nothing).
Every bad record, failed analysis or id conflict goes to `on_error` and is skipped; the rest
of the batch is kept.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, NewsgraphError, UsageError
from .limits import TIME_BUDGET_SECONDS
from .model import Article
from .workers import check_workers

BATCH_SIZE = 32
# warnings a user should see while the run goes on, not only in the stored record
SHOWN_WARNINGS = ("W001", "W004", "W011", "W012")


@dataclass
class IngestReport:
    """What a run did; passed to the progress callback after every batch, returned at the end."""
    files_total: int = 0
    files_done: int = 0
    read: int = 0  # articles read from the inputs
    added: int = 0  # stored for the first time
    replaced: int = 0  # analysed again and stored over their old rows (reanalyze)
    already: int = 0  # already stored with the same text: left as they are
    skipped: int = 0  # bad records, failed analyses and id conflicts
    warned: int = 0  # stored with a warning the user should see (unsupported language, ...)
    duplicates: int = 0  # articles found to be near-duplicates of another (stored, not counted)

    @property
    def failed(self) -> bool:
        return self.skipped > 0


ErrorCallback = Callable[[NewsgraphError], None]


def imports_folder(db: str) -> Path:
    """Where `newsgraph actors import` keeps a database's actor files: DB.actors/ beside it."""
    path = Path(db)
    return path.with_name(path.name + ".actors")


def actor_files_for(db: str | None, extra: Iterable[str] = (), environ=os.environ) -> tuple[str, ...]:
    """The user's actor files, in order: `extra` (--actors), $NEWSGRAPH_ACTORS (path list), then
    the files imported beside the database. A named file that does not exist is an error."""
    files = list(extra or [])
    env = environ.get("NEWSGRAPH_ACTORS")
    if env:
        files += [p for p in env.split(os.pathsep) if p]
    if db and db != ":memory:":
        folder = imports_folder(db)
        if folder.is_dir():
            files += sorted(str(p) for p in folder.iterdir() if p.suffix.lower() in (".csv", ".tsv"))
    for path in files:
        if not os.path.isfile(path):
            raise InputError(path, "actor file not found", "E061")
    return tuple(files)


def check_language(lang: str | None) -> str | None:
    """A --lang value as the pipeline names it, refused if no pipeline supports it."""
    from .ingest.text import normalize_lang
    from .process import supported_languages
    try:
        lang = normalize_lang(lang)
    except ValueError as error:
        raise UsageError(f"--lang {error}", "E041") from None
    if lang is not None and lang not in supported_languages():
        raise UsageError(f"language {lang!r} is not supported (supported: {', '.join(supported_languages())})",
                         "E041")
    return lang


def ingest_paths(paths: Iterable[str], store, *, published: str | None = None, lang: str | None = None,
                 batch_size: int = BATCH_SIZE, actor_files: tuple[str, ...] = (), reanalyze: bool = False,
                 time_budget: float | None = TIME_BUDGET_SECONDS, stdin=None, workers: int = 1,
                 worker_setup: Callable[[], None] | None = None,
                 on_error: ErrorCallback | None = None,
                 on_warning: Callable[[Article, str], None] | None = None,
                 on_progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Read every article of `paths` (files, folders, globs, '-' for `stdin`), analyse the new
    ones and store them in `store`, a batch per transaction.

    With `reanalyze`, articles already stored with the same text are analysed again and their
    rows replaced. `workers` > 1 analyses in that many processes (see `workers.py`; `worker_setup`
    runs once in each). Raises NewsgraphError only for what stops the whole run (a bad option, a
    store that cannot be written, a missing model); everything else goes to the callbacks.
    """
    from .ingest import expand_paths, read_path
    from .ingest.text import check_published

    published = check_published(published, "--published")
    lang = check_language(lang)
    check_batch_size(batch_size)
    check_workers(workers)
    report = IngestReport()
    errors = _Errors(report, on_error)
    targets = []
    for path in expand_paths(paths):  # names only: cheap, and it gives the progress a total
        if isinstance(path, InputError):
            errors(path)
        else:
            targets.append(path)
    report.files_total = len(targets)

    def articles() -> Iterator[Article]:
        for path in targets:
            for item in read_path(path, published=published, lang=lang, stdin=stdin):
                if isinstance(item, InputError):
                    errors(item)
                else:
                    report.read += 1
                    yield item
            report.files_done += 1
            if on_progress:
                on_progress(report)

    writer = _BatchWriter(store, report, errors, batch_size=batch_size, actor_files=actor_files,
                          reanalyze=reanalyze, time_budget=time_budget, on_warning=on_warning,
                          on_progress=on_progress)
    writer.run(articles(), workers, worker_setup)
    update_index(store, report)
    return report


def reanalyze_store(store, *, batch_size: int = BATCH_SIZE, actor_files: tuple[str, ...] = (),
                    time_budget: float | None = TIME_BUDGET_SECONDS, workers: int = 1,
                    on_error: ErrorCallback | None = None,
                    on_warning: Callable[[Article, str], None] | None = None,
                    on_progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Analyse every stored article again (after `actors import` or a new release) and replace
    its rows, a batch per transaction. An article whose new analysis fails keeps its old rows."""
    check_batch_size(batch_size)
    check_workers(workers)
    report = IngestReport()
    errors = _Errors(report, on_error)

    def articles() -> Iterator[Article]:
        for article in store.stored_articles(batch_size):
            report.read += 1
            yield article

    writer = _BatchWriter(store, report, errors, batch_size=batch_size, actor_files=actor_files,
                          reanalyze=True, time_budget=time_budget, on_warning=on_warning,
                          on_progress=on_progress)
    writer.run(articles(), workers)
    update_index(store, report)
    return report


@dataclass
class IndexReport:
    signed: int = 0  # articles given a MinHash signature
    compared: int = 0  # signatures compared with the others
    quotes: int = 0  # quotes given a cluster
    duplicates: int = 0  # near-duplicates in the store afterwards


def update_index(store, report: IngestReport | None = None) -> IndexReport:
    """Link the new near-duplicates to their originals (dedup.py) and cluster the new quotes
    (clusters.py), once the records are stored. It catches up on whatever an interrupted run,
    the server or a Parquet load left unindexed, so running it again is always safe."""
    from .clusters import cluster_quotes
    from .dedup import link_duplicates
    before = store.duplicate_count()
    index = IndexReport()
    index.signed, index.compared = link_duplicates(store)
    index.quotes = cluster_quotes(store)
    index.duplicates = store.duplicate_count()
    if report is not None:
        report.duplicates += index.duplicates - before
    return index


def ingest_parquet(folder: str, store, *, on_error: ErrorCallback | None = None) -> IngestReport:
    """Load a folder of Parquet tables (`newsgraph spark` output, or an export) into `store`, then
    link and cluster what it added. Articles already stored are left as they are."""
    from .store.parquet import load_parquet
    report = IngestReport()
    loaded = load_parquet(store, folder, on_error=_Errors(report, on_error))
    report.read, report.added, report.already = loaded.read, loaded.added, loaded.already
    update_index(store, report)
    return report


def check_budget(seconds: float) -> float | None:
    """The --time-budget option: 0 is no limit."""
    if seconds < 0:
        raise UsageError(f"--time-budget must be 0 (no limit) or more seconds, got {seconds:g}")
    return seconds or None


def check_batch_size(batch_size) -> int:
    if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
        raise UsageError(f"--batch-size must be a whole number of at least 1, got {batch_size!r}")
    return batch_size


class _Errors:
    def __init__(self, report: IngestReport, callback: ErrorCallback | None):
        self.report, self.callback = report, callback

    def __call__(self, error: NewsgraphError) -> None:
        self.report.skipped += 1
        if self.callback:
            self.callback(error)


class _BatchWriter:
    """Cuts the read articles into batches, sends the ones to store to the analysis and stores
    what comes back, a batch per transaction, in input order.

    With workers, the next batches are sorted out while earlier ones are still being analysed:
    the ids of those (`in_flight`) count as stored, so a repeated id is told apart (same text:
    already there; another text: E031) exactly as when each batch is stored before the next."""

    def __init__(self, store, report: IngestReport, errors: _Errors, *, batch_size: int,
                 actor_files: tuple[str, ...], reanalyze: bool, time_budget: float | None,
                 on_warning, on_progress):
        self.store, self.report, self.errors = store, report, errors
        self.batch_size, self.actor_files, self.reanalyze = batch_size, actor_files, reanalyze
        self.time_budget, self.on_warning, self.on_progress = time_budget, on_warning, on_progress
        self.in_flight: dict[str, tuple[str, int]] = {}  # id -> (fingerprint, batches holding it)

    def run(self, articles: Iterable[Article], workers: int = 1, setup=None) -> None:
        from .process import BATCH_SIZE as PARSE_BATCH, batches
        from .workers import analysis
        # a store batch is one transaction; the model parses at most process()'s own batch at a
        # time inside it, so a larger --batch-size holds no more Docs in memory (32 parsed
        # articles at once cost about 250 MB more than 16, for the same records)
        with analysis(workers, batch_size=min(self.batch_size, PARSE_BATCH), actor_files=self.actor_files,
                      time_budget=self.time_budget, setup=setup) as analyse:
            for (fresh_ids, stored), outputs in analyse(self._tasks(batches(articles, self.batch_size))):
                self._store(fresh_ids, stored, outputs)

    def _tasks(self, batches: Iterable[list[Article]]) -> Iterator[tuple[tuple, list[Article]]]:
        """For each batch: ((its ids, the ids stored before it), the articles to analyse)."""
        from .store import text_fingerprint
        for batch in batches:
            stored = self.store.fingerprints(a.id for a in batch)
            for article in batch:  # (an article whose analysis fails in an earlier batch still
                # counts as stored: an edge that only a repeated id in another batch can meet)
                if article.id in self.in_flight:
                    stored.setdefault(article.id, self.in_flight[article.id][0])
            fresh, in_batch = [], {}
            for article in batch:
                fingerprint = text_fingerprint(article.text)
                known = stored.get(article.id) or in_batch.get(article.id)
                if known is not None and known != fingerprint:
                    where = " ".join(part for part in (article.origin, article.id) if part)
                    self.errors(InputError(where, "this id is already stored with a different text: give the "
                                                  "article its own id (the stored one is kept)", "E031"))
                elif known is not None and not (self.reanalyze and article.id in stored
                                                and article.id not in in_batch):
                    self.report.already += 1
                else:
                    fresh.append(article)
                in_batch.setdefault(article.id, fingerprint)
            for article_id, fingerprint in in_batch.items():
                known, count = self.in_flight.get(article_id, (fingerprint, 0))
                self.in_flight[article_id] = (known, count + 1)
            yield (list(in_batch), set(stored)), fresh

    def _store(self, batch_ids: list[str], stored: set[str], outputs: list) -> None:
        records = []
        for kind, item in outputs:
            if kind == "record":
                records.append(item)
            else:
                self.errors(item)
        for record in records:
            shown = [w for w in record.warnings if w.startswith(SHOWN_WARNINGS)]
            if shown:
                self.report.warned += 1
                for warning in shown:
                    if self.on_warning:
                        self.on_warning(record, warning)
        if self.reanalyze:
            old = [r for r in records if r.id in stored]
            new = [r for r in records if r.id not in stored]
            self.report.replaced += self.store.replace_articles(old) if old else 0
            self.report.added += self.store.add_articles(new) if new else 0
        else:
            self.report.added += self.store.add_articles(records)
        for article_id in batch_ids:
            known, count = self.in_flight[article_id]
            if count > 1:
                self.in_flight[article_id] = (known, count - 1)
            else:
                del self.in_flight[article_id]
        if self.on_progress:
            self.on_progress(self.report)


def read_articles(paths: Iterable[str], *, published: str | None = None, lang: str | None = None,
                  stdin=None, on_error: ErrorCallback | None = None) -> Iterator[Article]:
    """The good articles of `paths`, streamed; bad records go to `on_error` (for analyze-style callers)."""
    from .ingest import read_paths
    from .ingest.text import check_published
    published = check_published(published, "--published")
    lang = check_language(lang)
    for item in read_paths(paths, published=published, lang=lang, stdin=stdin):
        if isinstance(item, InputError):
            if on_error:
                on_error(item)
        else:
            yield item
