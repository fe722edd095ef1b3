"""Spark in local mode: the job's Parquet tables equal the single-process store, record for
record and column for column; bad records and failing articles are skipped, the rest kept."""
import importlib.util
import json
import os
import shutil
import subprocess

import duckdb
import pytest

from newsgraph.store import Store
from newsgraph.store.schema import TABLES, column_types

from conftest import ROOT
from warc_files import CORPUS_PAGES, corpus_archive

pytestmark = pytest.mark.slow


def spark_missing() -> str | None:
    if importlib.util.find_spec("pyspark") is None:
        return "PySpark is not installed (pip install -e '.[spark]')"
    if shutil.which("java") is None:
        return "Java is not installed (apt-get install openjdk-17-jre-headless)"
    try:
        subprocess.run(["java", "-version"], capture_output=True, check=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return "java does not run"
    return None


@pytest.fixture(scope="module")
def spark():
    missing = spark_missing()
    if missing:
        if os.environ.get("CI"):  # CI installs both (.ci/run, make test): never skip there
            pytest.fail(missing)
        pytest.skip(missing)
    from newsgraph.spark import spark_session
    session = spark_session("local[2]")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def corpus_job(spark, tmp_path_factory):
    from newsgraph.spark import run_job
    out = tmp_path_factory.mktemp("spark") / "out"
    report = run_job([str(ROOT / "corpus")], str(out), spark=spark)
    return report, out


def parquet(out, table):
    return f"read_parquet('{out}/{table}/*.parquet')"


def test_spark_output_equals_the_single_process_store(corpus_job, corpus_db):
    report, out = corpus_job
    assert report.errors == []
    con = duckdb.connect(corpus_db, read_only=True)
    assert report.articles == con.execute("SELECT count(*) FROM articles").fetchone()[0] > 150
    for table, columns in column_types(TABLES + ("minhashes",)).items():
        found = [tuple(row[:2]) for row in con.execute(f"DESCRIBE SELECT * FROM {parquet(out, table)}").fetchall()]
        assert found == columns, table  # the store's columns, in order, of the store's types
        if table == "minhashes":
            continue
        names = ", ".join(f'"{name}"' for name, _ in columns if name != "ingested_at")
        stored = con.execute(f"SELECT {names} FROM {table} ORDER BY ALL").fetchall()
        written = con.execute(f"SELECT {names} FROM {parquet(out, table)} ORDER BY ALL").fetchall()
        assert len(written) == len(stored) and written == stored, table


def test_spark_signatures_are_the_stores(corpus_job, corpus_db):
    from newsgraph.dedup import minhash_row
    _, out = corpus_job
    con = duckdb.connect(corpus_db, read_only=True)
    expected = sorted(minhash_row(i, text) for i, text in con.execute("SELECT id, text FROM articles").fetchall())
    written = sorted(tuple(row) for row in con.execute(f"SELECT * FROM {parquet(out, 'minhashes')}").fetchall())
    assert [r[:2] for r in written] == [r[:2] for r in expected]
    assert [list(r[2] or []) for r in written] == [list(r[2] or []) for r in expected]


def test_duckdb_queries_the_output_in_place_and_ingest_parquet_loads_it(corpus_job, corpus_db, tmp_path):
    from newsgraph.ingestion import ingest_parquet
    _, out = corpus_job
    # the summary's speakers (an actor's name, else the name as written), counted on the files
    in_place = duckdb.connect().execute(f"""
        SELECT coalesce(a.name, q.speaker_name) AS speaker, count(*) AS n FROM '{out}/quotes/*.parquet' q
        LEFT JOIN '{out}/actors/*.parquet' a ON a.id = q.speaker_actor WHERE q.speaker_name IS NOT NULL
        GROUP BY 1 ORDER BY n DESC, speaker LIMIT 3""").fetchall()
    with Store(corpus_db, read_only=True) as single:
        top = [(r["speaker"], r["quotes"]) for r in single.summary(limit=3)["speakers"]]
        expected_counts = single.counts()
    assert in_place == top and len(top) == 3
    with Store(str(tmp_path / "loaded.duckdb")) as store:
        report = ingest_parquet(str(out), store)
        assert (report.added, report.skipped) == (expected_counts["articles"], 0)
        assert store.counts() == expected_counts
        assert [(r["speaker"], r["quotes"]) for r in store.summary(limit=3)["speakers"]] == top
        again = ingest_parquet(str(out), store)
        assert (again.added, again.already) == (0, expected_counts["articles"])


@pytest.mark.parametrize("as_url", [False, True], ids=["local-paths", "hadoop-urls"])
def test_a_failing_article_and_bad_records_are_skipped_and_the_rest_kept(spark, tmp_path, as_url):
    """The same from local paths (opened by the readers) and from URLs (listed and fetched through
    Hadoop's file systems, as hdfs:// or s3a:// inputs are); a scheme Hadoop does not know is an
    E012 error for that input alone."""
    from newsgraph.spark import run_job
    inputs = tmp_path / "in"
    inputs.mkdir()
    lines = [json.dumps({"id": "bon", "text": "« Nous partirons demain », a déclaré le ministre Jean Dupont à Paris.",
                         "published": "2024-01-05"}),
             json.dumps({"id": "trop-long", "text": "mot " * 260_000, "published": "2024-01-05"}),  # E073
             "{pas du JSON"]  # E018
    (inputs / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (inputs / "b.jsonl").write_text(json.dumps({"id": "bon", "text": "Un autre texte sous le même id."}) + "\n",
                                    encoding="utf-8")  # E031: the first read is kept
    corpus_archive(2).write(inputs / "c.warc.gz", corrupt=CORPUS_PAGES[0].stem)  # E080, one page kept
    given = [inputs.as_uri(), "nosuchscheme://bucket/news.jsonl"] if as_url else [str(inputs)]
    report = run_job(given, str(tmp_path / "out"), spark=spark)
    expected = ["E012"] * as_url + ["E018", "E031", "E073", "E080"]
    assert sorted(line[:4] for line in report.errors) == expected, report.errors
    assert report.files == 3
    con = duckdb.connect()
    kept = con.execute(f"SELECT id, url, text FROM '{tmp_path}/out/articles/*.parquet' ORDER BY id").fetchall()
    assert len(kept) == 2 and report.articles == 2
    assert [r[1] for r in kept if r[0] != "bon"] == [f"https://fr.wikinews.org/wiki/{CORPUS_PAGES[1].stem}"]
    assert [r[2] for r in kept if r[0] == "bon"][0].startswith("« Nous partirons")
    assert con.execute(f"SELECT count(*) FROM '{tmp_path}/out/quotes/*.parquet' WHERE article_id = 'bon'"
                       ).fetchone()[0] == 1


def test_cli_spark_then_ingest_parquet(spark, tmp_path):
    from typer.testing import CliRunner
    from newsgraph.cli import app
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps({"id": "x", "text": "« Nous refusons », a déclaré Marie Curie à Varsovie.",
                                  "published": "2024-02-01"}) + "\n", encoding="utf-8")
    run = CliRunner().invoke
    out = tmp_path / "out"
    made = run(app, ["spark", "--input", str(source), "--output", str(out), "--master", "local[2]"])
    assert made.exit_code == 0, made.output
    assert "wrote 1 article(s)" in made.output
    refused = run(app, ["spark", "--input", str(source), "--output", str(out), "--master", "local[2]"])
    assert refused.exit_code == 2 and "not empty" in refused.output
    db = str(tmp_path / "x.duckdb")
    loaded = run(app, ["ingest-parquet", str(out), "--db", db])
    assert loaded.exit_code == 0, loaded.output
    quotes = json.loads(run(app, ["quotes", "--db", db, "--format", "json"]).output)
    assert len(quotes) == 1 and "Nous refusons" in quotes[0]["text"]
