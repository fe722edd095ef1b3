"""The command line at scale: the cross-article index (`clusters`, `duplicates`), Spark jobs
(`spark`) and loading their Parquet output (`ingest-parquet`). Registered by cli.py."""
from __future__ import annotations

import time
from typing import Optional

import typer

from .cli_output import DB_OPTION, check_date, check_format, err, fail, out, print_rows, report_error
from .cli_server import open_read, open_write
from .errors import NewsgraphError, UsageError

FORMAT_OPTION = typer.Option("table", "--format", metavar="FORMAT", help="Output: table, json or csv.")


def clusters(
    db: str = DB_OPTION,
    cluster: Optional[str] = typer.Option(None, "--cluster", metavar="ID",
                                          help="One cluster: every appearance, who said it, how each variant "
                                               "changes the first appearance's words."),
    speaker: Optional[str] = typer.Option(None, metavar="NAME", help="Clusters with a quote by this speaker "
                                                                     "(substring, any case or accents) or actor id."),
    search: Optional[str] = typer.Option(None, metavar="TEXT", help="Clusters with a quote containing this text."),
    since: Optional[str] = typer.Option(None, metavar="DATE", help="First appearance on or after YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, metavar="DATE", help="First appearance on or before YYYY-MM-DD."),
    limit: int = typer.Option(50, metavar="N", help="Maximum rows."),
    format: str = FORMAT_OPTION,
) -> None:
    """The same quote across articles: who said it first, who repeated it, who changed its words.

    Example: newsgraph clusters --speaker Poutine --db newsgraph.duckdb
    """
    try:
        check_format(format, ("table", "json", "csv"))
        with open_read(db) as store:
            if cluster:
                from .clusters import cluster_appearances
                rows = cluster_appearances(store, cluster)
                if not rows:
                    raise UsageError(f"no quote cluster {cluster!r} in {db}: `newsgraph clusters` lists them")
                print_rows(rows, format, ["published", "article_id", "speaker", "variant", "removed", "added",
                                          "text"], f"quote cluster {cluster}")
                return
            rows = store.quote_clusters(speaker=speaker, search=search, since=check_date(since, "--since"),
                                        until=check_date(until, "--until"), limit=limit)
        print_rows(rows, format, ["cluster_id", "first_published", "first_speaker", "articles", "variants",
                                  "speakers", "text"], "quotes found in several articles")
    except NewsgraphError as error:
        fail(error)


def duplicates(
    db: str = DB_OPTION,
    limit: int = typer.Option(50, metavar="N", help="Maximum rows."),
    format: str = FORMAT_OPTION,
) -> None:
    """Near-duplicate articles (syndicated copies) and the original each copies; copies are stored
    but not counted.

    Example: newsgraph duplicates --db newsgraph.duckdb
    """
    try:
        check_format(format, ("table", "json", "csv"))
        with open_read(db) as store:
            rows = store.duplicates(limit=limit)
        print_rows(rows, format, ["article_id", "published", "duplicate_of", "original_published", "containment",
                                  "title"], "near-duplicates")
    except NewsgraphError as error:
        fail(error)


def ingest_parquet(
    folder: str = typer.Argument(..., metavar="FOLDER", help="Output of `newsgraph spark` or of "
                                                             "`newsgraph export --format parquet`."),
    db: str = DB_OPTION,
) -> None:
    """Load Parquet tables (a Spark job's output, or an export) into the DuckDB database (idempotent).

    Example: newsgraph ingest-parquet out/ --db newsgraph.duckdb
    """
    from .ingestion import ingest_parquet as load
    started = time.perf_counter()
    try:
        store = open_write(db)
    except NewsgraphError as error:
        fail(error)
    try:
        with store:
            report = load(folder, store, on_error=report_error)
            counts = store.counts()
    except NewsgraphError as error:
        fail(error)
    linked = f", {report.duplicates} near-duplicate(s) linked" if report.duplicates else ""
    err.print(f"{report.read} article(s) in {folder}: {report.added} added, {report.already} already stored, "
              f"{report.skipped} skipped{linked} in {time.perf_counter() - started:.1f}s; the store holds "
              f"{counts['articles']} articles, {counts['quotes']} quotes ({db})", highlight=False, markup=False)
    if report.failed:
        raise typer.Exit(1)


def spark(
    inputs: list[str] = typer.Option(..., "--input", metavar="PATH", help="File, folder or glob (.txt, .html, "
                                     ".jsonl, .warc.gz), repeatable; each file is one unit of work."),
    output: str = typer.Option(..., "--output", metavar="FOLDER", help="Folder for the Parquet tables "
                                                                       "(a new or empty one, unless --force)."),
    master: str = typer.Option("local[*,4]", "--master", metavar="URL",
                               help="Spark master: local[CORES,ATTEMPTS] on one machine (a task whose worker "
                                    "dies runs again), a cluster's URL otherwise (docs/scale.md)."),
    partitions: Optional[int] = typer.Option(None, metavar="N", help="Partitions of the input files "
                                                                     "(default: 4 per core)."),
    actors: Optional[list[str]] = typer.Option(None, "--actors", metavar="FILE",
                                               help="Extra actors file (CSV), repeatable: shipped with the job."),
    published: Optional[str] = typer.Option(None, metavar="DATE", help="Publication date for inputs that have none."),
    lang: Optional[str] = typer.Option(None, metavar="LANG", help="Language of the texts (default: detected)."),
    time_budget: float = typer.Option(120.0, "--time-budget", metavar="SECONDS",
                                      help="Seconds one article may take (0: no limit)."),
    force: bool = typer.Option(False, "--force", help="Write into a folder that already holds files."),
) -> None:
    """Analyze articles on Spark (PySpark) and write the store's tables as Parquet.

    Load them with `newsgraph ingest-parquet FOLDER`, or query them in place with DuckDB.

    Example: newsgraph spark --input corpus/ --output out/ --master 'local[2]'
    """
    from .ingestion import actor_files_for, check_language
    started = time.perf_counter()
    from importlib.util import find_spec
    if find_spec("pyspark") is None:
        fail(UsageError("the spark command needs PySpark (and Java 17): pip install 'newsgraph[spark]'"))
    from .spark import run_job
    try:
        if time_budget < 0:
            raise UsageError(f"--time-budget must be 0 (no limit) or more seconds, got {time_budget:g}")
        report = run_job(inputs, output, master=master, partitions=partitions,
                         actor_files=actor_files_for(None, actors), published=check_date(published, "--published"),
                         lang=check_language(lang), time_budget=time_budget or None, overwrite=force,
                         on_error=lambda line: err.print(f"skipped: {line}", highlight=False, markup=False))
    except NewsgraphError as error:
        fail(error)
    except Exception as error:  # the JVM would not start, a task failed for good: Spark's own words
        if not type(error).__module__.startswith(("pyspark", "py4j")):
            raise
        cause = getattr(error, "java_exception", None)
        if cause is None:  # no JVM to report anything
            fail(UsageError(f"Spark failed: {str(error).splitlines()[0][:300]} (Java 17 is needed: `java -version`)"))
        reason = str(cause.getMessage() or cause).splitlines()[0][:400]
        fail(UsageError(f"the Spark job failed: {reason} (a task failed at every attempt it was given: "
                        "--master 'local[CORES,ATTEMPTS]' runs a task again when its worker dies)"))
    out.print(f"wrote {report.articles} article(s) from {report.files} file(s) to {output} "
              f"({', '.join(f'{t} {n}' for t, n in report.rows.items())}) in {time.perf_counter() - started:.1f}s; "
              f"{len(report.errors)} skipped", highlight=False, markup=False)
    if report.errors:
        raise typer.Exit(1)
