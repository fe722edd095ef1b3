"""The same process() over partitions, for archives one machine cannot get through: PySpark.

    newsgraph spark --input 'cc-news/*.warc.gz' --output out/ --master 'local[8]'
    spark-submit --master yarn "$(python -c 'import newsgraph.spark as m; print(m.__file__)')" \\
        --input '/mnt/archive/*.warc.gz' --output hdfs:///newsgraph/out

Each input file is a unit of work. A task reads its files with the ordinary readers, analyses
the articles with `process()` (the spaCy model and the language pack load once per Python
worker, and Spark reuses its workers from task to task) and turns every record into the store's
rows with the store's own row builder (`store.schema._rows_of`). The job writes one Parquet
folder per store table (out/quotes/part-*.parquet) with exactly the store's columns and types;
`newsgraph ingest-parquet out/` loads them into DuckDB, and DuckDB can query them where they lie.

As in a single-process ingest: a bad record or an article whose analysis fails is reported
(E0xx) and skipped while the rest of its partition is kept; an id read twice is kept once (the
first read, in input order), and an id reused for another text is an E031 error. An input given
as a local path must be readable under the same name on every executor (a shared or mounted file
system); an input given as a URL (`hdfs://`, `s3a://`, `file://`: any scheme the cluster's Hadoop
configuration knows) is listed and read through Hadoop's file systems, each file whole. The module
imports nothing from the package at load time, so spark-submit can run this file as a script.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

# the store's tables a job writes: the records, and each article's MinHash signature (computed
# here, in parallel; the links between articles are made when the tables are loaded)
JOB_TABLES_EXTRA = ("minhashes",)


@dataclass(frozen=True)
class JobOptions:
    """What every task needs, shipped with the job (small and picklable)."""
    published: str | None = None
    lang: str | None = None
    actor_names: tuple[str, ...] = ()  # actor files shipped with SparkContext.addFile, by name
    time_budget: float | None = None
    batch_size: int = 16


@dataclass
class JobReport:
    files: int = 0
    articles: int = 0  # articles written (each id once)
    errors: list[str] = field(default_factory=list)  # E0xx lines: bad records, failed analyses, conflicts
    rows: dict[str, int] = field(default_factory=dict)  # rows written per table


# ------------------------------------------------------------------ on the executors

def analyse_files(options: JobOptions, files: Iterable[tuple[int, str, bytes | None]]) -> Iterator[tuple]:
    """One partition: (file number, path, content) in, (article id, bundle) and (None, error line) out.

    The content is None for a local path (the readers open it and stream it) and the file's bytes
    for a URL (Spark's `binaryFiles` fetched it through Hadoop). A bundle is (order, text
    fingerprint, origin, rows by table, conflicts): order is (file number, record number), the
    position the article has in a single-process ingest.
    """
    from pyspark import SparkFiles

    from newsgraph.errors import InputError, NewsgraphError
    from newsgraph.ingest import read_fetched, read_path
    from newsgraph.process import process
    from newsgraph.store import text_fingerprint
    from newsgraph.dedup import minhash_row
    from newsgraph.store.schema import TABLES, _check_record, _rows_of

    actor_files = tuple(SparkFiles.get(name) for name in options.actor_names)
    errors: list[str] = []
    for file_no, path, content in files:
        order: dict[int, tuple[int, int]] = {}

        def articles() -> Iterator:
            read = read_path(path, published=options.published, lang=options.lang) if content is None \
                else read_fetched(content, path, published=options.published, lang=options.lang)
            for rec_no, item in enumerate(read):
                if isinstance(item, InputError):
                    errors.append(str(item))
                    continue
                order[id(item)] = (file_no, rec_no)
                yield item

        for record in process(articles(), batch_size=options.batch_size, actor_files=actor_files,
                              time_budget=options.time_budget, on_error=lambda e: errors.append(str(e))):
            yield from ((None, line) for line in _drain(errors))
            rows: dict[str, list[tuple]] = {t: [] for t in TABLES}
            try:
                _check_record(record)
                _rows_of(record, rows)
            except NewsgraphError as error:
                errors.append(str(error))
                continue
            rows["articles"] = [rows["articles"][0] + (datetime.now(),)]  # ingested_at
            rows["minhashes"] = [minhash_row(record.id, record.text)]
            yield record.id, (order.pop(id(record)), text_fingerprint(record.text), record.origin, rows, ())
        yield from ((None, line) for line in _drain(errors))


def _drain(errors: list[str]) -> list[str]:
    drained = list(errors)
    errors.clear()
    return drained


def first_read(a: tuple, b: tuple) -> tuple:
    """Of two bundles of one id, the one read first; another text under the same id is a conflict."""
    first, other = (a, b) if a[0] <= b[0] else (b, a)
    conflicts = a[4] + b[4] + ((other[2],) if other[1] != first[1] else ())
    return first[:4] + (conflicts,)


def first_actor(a: tuple, b: tuple) -> tuple:
    """The store's rule for an actor seen in several articles: the first row that has a country,
    else the first row (`Store.add_articles`)."""
    return min(a, b, key=lambda item: (item[1][3] is None, item[0]))


def to_spark_row(row: tuple, kinds: tuple[str, ...]) -> tuple:
    """A store row with the Python types Spark wants: dates as dates, doubles as floats."""
    converted = []
    for value, kind in zip(row, kinds):
        if value is not None and kind == "DATE":
            value = date.fromisoformat(value)
        elif value is not None and kind == "DOUBLE":
            value = float(value)
        converted.append(value)
    return tuple(converted)


# ------------------------------------------------------------------ on the driver

def spark_types(columns: list[tuple[str, str]]):
    """The Spark schema of a store table, from its DuckDB column types."""
    from pyspark.sql import types as T
    simple = {"VARCHAR": T.StringType(), "INTEGER": T.IntegerType(), "BIGINT": T.LongType(),
              "SMALLINT": T.ShortType(), "DOUBLE": T.DoubleType(), "BOOLEAN": T.BooleanType(),
              "DATE": T.DateType(), "TIMESTAMP": T.TimestampNTZType()}

    def one(kind: str):
        if kind.endswith("[]"):
            return T.ArrayType(one(kind[:-2]))
        return simple[kind]
    return T.StructType([T.StructField(name, one(kind), True) for name, kind in columns])


def spark_session(master: str | None = None, app_name: str = "newsgraph"):
    """A SparkSession (the one spark-submit made, or a new one on `master`)."""
    from pyspark.sql import SparkSession
    # the job prints its own report and the E0xx lines: no progress bars between them
    builder = SparkSession.builder.appName(app_name).config("spark.ui.showConsoleProgress", "false")
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        # the workers run this very interpreter (and so its installed newsgraph and model); the
        # environment variable, not the spark.pyspark.python setting, is what the local workers read
        os.environ["PYSPARK_PYTHON"] = sys.executable
        builder = builder.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8")
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


def run_job(inputs: list[str], output: str, *, spark=None, master: str | None = None,
            partitions: int | None = None, actor_files: tuple[str, ...] = (), published: str | None = None,
            lang: str | None = None, time_budget: float | None = 120.0, overwrite: bool = False,
            on_error: Callable[[str], None] | None = None) -> JobReport:
    """Analyse every article of `inputs` on Spark and write the store's tables under `output`."""
    from pyspark import StorageLevel

    from .errors import InputError, UsageError
    from .store.schema import TABLES, column_types

    report = JobReport()

    def error(line: str) -> None:
        report.errors.append(line)
        if on_error:
            on_error(line)

    if "-" in inputs:
        raise UsageError("spark reads files, not standard input")
    _check_output(output, overwrite)
    names = [os.path.basename(p) for p in actor_files]
    if len(set(names)) != len(names):
        raise UsageError("two actor files have the same name: Spark ships them by name, rename one")
    if spark is None:
        from pyspark.sql import SparkSession
        own_session = SparkSession.getActiveSession() is None  # a session already running is left running
        spark = spark_session(master)
    else:
        own_session = False
    context = spark.sparkContext
    items = None
    try:
        files = []  # (file number, path or URL, True for a URL), in input order
        for path, url in _input_files(context, inputs):
            if isinstance(path, InputError):
                error(str(path))
            else:
                files.append((len(files), path, url))
        report.files = len(files)
        for path in actor_files:
            context.addFile(os.path.abspath(path))
        options = JobOptions(published=published, lang=lang, actor_names=tuple(names), time_budget=time_budget)
        slices = max(1, min(len(files), partitions or 4 * context.defaultParallelism))
        local = [(number, path, None) for number, path, url in files if not url]
        units = context.parallelize(local, max(1, min(len(local), slices)))
        urls = {path: number for number, path, url in files if url}
        if urls:
            # Hadoop fetches each file whole (its bytes are the record): a comma-separated list of
            # exact paths, since a URL's own commas and braces would be read as patterns
            fetched = context.binaryFiles(",".join(urls), max(1, min(len(urls), slices))) \
                .map(lambda item: (urls[item[0]], item[0], item[1]))
            units = units.union(fetched)
        items = units.mapPartitions(lambda part: analyse_files(options, part)) \
            .persist(StorageLevel.MEMORY_AND_DISK)  # the analysis runs once, whatever reads it
        for line in items.filter(lambda item: item[0] is None).map(lambda item: item[1]).collect():
            error(line)
        records = items.filter(lambda item: item[0] is not None).reduceByKey(first_read) \
            .persist(StorageLevel.MEMORY_AND_DISK)
        for article_id, origins in records.filter(lambda kv: kv[1][4]).map(lambda kv: (kv[0], kv[1][4])).collect():
            for origin in origins:
                error(str(InputError(f"{origin} {article_id}", "this id is already read with a different text: "
                                                              "give the article its own id (the first is kept)",
                                     "E031")))
        tables = column_types(TABLES + JOB_TABLES_EXTRA)
        for table, columns in tables.items():
            kinds = tuple(kind for _, kind in columns)
            if table == "actors":
                rows = records.flatMap(lambda kv: [(row[0], (kv[1][0], row)) for row in kv[1][3]["actors"]]) \
                    .reduceByKey(first_actor).map(lambda kv: kv[1][1])
            else:
                rows = records.flatMap(lambda kv, t=table: kv[1][3][t])
            frame = spark.createDataFrame(rows.map(lambda row, k=kinds: to_spark_row(row, k)), spark_types(columns))
            frame.write.mode("overwrite").parquet(_join(output, table))
            report.rows[table] = spark.read.parquet(_join(output, table)).count()
        report.articles = report.rows["articles"]
    finally:
        if items is not None:
            items.unpersist()
        if own_session:
            spark.stop()
    return report


def _input_files(context, inputs: list[str]) -> Iterator[tuple]:
    """(file, True for a URL) for every input file, in input order, each once: local paths as `ingest` expands them, URLs
    listed through the Hadoop file system their scheme names (a folder recursively, known
    suffixes only; a glob as Hadoop expands it). An input that names nothing is an E011 error,
    a file system the cluster cannot open an E012 error."""
    from .errors import InputError
    from .ingest import expand_paths

    seen: set[str] = set()
    for given in inputs:
        url = "://" in given
        for path in _hadoop_files(context, given) if url else expand_paths([given]):
            key = path if url or isinstance(path, InputError) else os.path.realpath(path)
            if isinstance(path, InputError) or key not in seen:
                seen.add(key)
                yield path, url


def _hadoop_files(context, url: str) -> list:
    from py4j.protocol import Py4JJavaError

    from .errors import InputError
    from .ingest import kind_of_name

    jvm = context._jvm
    pattern = jvm.org.apache.hadoop.fs.Path(url)
    try:
        system = pattern.getFileSystem(context._jsc.hadoopConfiguration())
        statuses = system.globStatus(pattern) or []
        found: list[str] = []
        for status in statuses:
            if not status.isDirectory():
                found.append(status.getPath().toString())
                continue
            listed, inside = system.listFiles(status.getPath(), True), []
            while listed.hasNext():
                name = listed.next().getPath().toString()
                if kind_of_name(name):
                    inside.append(name)
            if not inside:
                return [InputError(url, "folder holds no .txt, .html, .jsonl or .warc(.gz) file", "E011")]
            found.extend(sorted(inside))
    except Py4JJavaError as failure:
        reason = str(failure.java_exception.getMessage() or failure.java_exception.getClass().getName())
        return [InputError(url, f"cannot read through Hadoop: {reason.splitlines()[0][:200]} (the scheme must "
                                "be one the cluster's Hadoop configuration knows: hdfs://, s3a://, file://)",
                           "E012")]
    if not found:
        return [InputError(url, "no file matches this URL", "E011")]
    return found


def _check_output(output: str, overwrite: bool) -> None:
    from .errors import UsageError
    local = "://" not in output
    if local and not overwrite and os.path.isdir(output) and os.listdir(output):
        raise UsageError(f"{output} is not empty: write into a new or empty folder, or overwrite with --force")


def _join(folder: str, name: str) -> str:
    return folder.rstrip("/") + "/" + name


def main(argv: list[str] | None = None) -> None:
    """spark-submit entry point: the same options as `newsgraph spark`."""
    import argparse
    parser = argparse.ArgumentParser(prog="newsgraph.spark", description=__doc__.splitlines()[0])
    parser.add_argument("--input", action="append", required=True, help="file, folder or glob (repeatable)")
    parser.add_argument("--output", required=True, help="folder for the Parquet tables")
    parser.add_argument("--partitions", type=int, default=None)
    parser.add_argument("--actors", action="append", default=[], help="extra actors file (CSV), repeatable")
    parser.add_argument("--published", default=None)
    parser.add_argument("--lang", default=None)
    parser.add_argument("--force", action="store_true", help="write into a folder that already holds files")
    args = parser.parse_args(argv)
    from newsgraph.errors import NewsgraphError
    try:
        report = run_job(args.input, args.output, partitions=args.partitions, actor_files=tuple(args.actors),
                         published=args.published, lang=args.lang, overwrite=args.force,
                         on_error=lambda line: print(f"skipped: {line}", file=sys.stderr))
    except NewsgraphError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)
    print(f"{report.articles} article(s) from {report.files} file(s) written to {args.output}; "
          f"{len(report.errors)} skipped", file=sys.stderr)
    sys.exit(1 if report.errors else 0)


if __name__ == "__main__":  # spark-submit runs this file as a script
    from newsgraph.spark import main as package_main
    package_main()
