"""`newsgraph serve` as a real process: it owns the file, `ingest` points to it, `ingest --to` feeds
it, and a short bounded load on loopback gets no error."""
import json
import os

from typer.testing import CliRunner

from newsgraph.cli import app

from conftest import DATA, load_bench

runner = CliRunner()


def run(*args, env=None):
    return runner.invoke(app, [str(a) for a in args], env=env)


def test_the_server_holds_the_file_and_ingest_says_where_to_send(live_server, tmp_path):
    source = tmp_path / "one.txt"
    source.write_text("Le président a déclaré mardi : « Nous partirons. »", encoding="utf-8")
    result = run("ingest", source, "--db", live_server["db"], "--quiet")
    assert result.exit_code == 2
    assert "held by the newsgraph server at " + live_server["url"] in result.output
    assert f"--to {live_server['url']}" in result.output and "Traceback" not in result.output
    read = run("quotes", "--db", live_server["db"])
    assert read.exit_code == 2 and "browse it there" in read.output


def test_ingest_to_the_server(live_server, tmp_path):
    seed = (DATA / "kim-putin-2023.txt").read_text(encoding="utf-8")
    lines = [json.dumps({"id": "sent-by-client", "text": seed, "published": "2023-09-13"}, ensure_ascii=False),
             "{broken"]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    refused = run("ingest", batch, "--to", live_server["url"], env={"NEWSGRAPH_TOKEN": ""})
    assert refused.exit_code == 2 and "401" in refused.output and "--token" in refused.output
    sent = run("ingest", batch, "--to", live_server["url"], env={"NEWSGRAPH_TOKEN": live_server["token"]})
    assert sent.exit_code == 1, sent.output  # the broken line is reported and skipped
    assert "batch.jsonl:2: line is not valid JSON" in sent.output
    assert "1 article(s) sent, 1 added, 0 already stored, 1 skipped" in sent.output
    import httpx
    record = httpx.get(live_server["url"] + "/api/articles/sent-by-client").json()
    assert record["published"] == "2023-09-13" and record["quotes"]
    again = run("ingest", batch, "--to", live_server["url"], "--token", live_server["token"])
    assert "0 added, 1 already stored" in again.output


def test_a_missing_server_is_a_clean_error(tmp_path):
    source = tmp_path / "one.txt"
    source.write_text("Un texte.", encoding="utf-8")
    result = run("ingest", source, "--to", "http://127.0.0.1:9", "--token", "whatever-token")
    assert result.exit_code == 2 and "cannot reach the server" in result.output


def test_serve_refuses_a_missing_database_and_a_short_token(tmp_path):
    missing = run("serve", "--db", tmp_path / "none.duckdb")
    assert missing.exit_code == 2 and "--create" in missing.output
    short = run("serve", "--db", tmp_path / "none.duckdb", "--create", "--token", "short")
    assert short.exit_code == 2 and "at least 8 characters" in short.output
    assert not os.path.exists(tmp_path / "none.duckdb.server")


def test_bounded_load_gets_no_error(live_server):
    """A short run of bench/bench_server.py (the full one gives the figures in docs/benchmarks.md)."""
    figures = load_bench("bench_server").run_load(live_server["url"], clients=8, seconds=5, max_requests=300)
    assert 8 <= figures["requests"] <= 300, figures  # bounded; no speed asserted (that is the benchmark's job)
    assert figures["errors"] == 0, figures["error_examples"]


def test_serve_says_when_the_port_or_the_file_is_taken(live_server, corpus_db, tmp_path):
    import shutil
    port = live_server["url"].rsplit(":", 1)[1]
    other = tmp_path / "other.duckdb"
    shutil.copy(corpus_db, other)
    busy = run("serve", "--db", other, "--port", port)
    assert busy.exit_code == 2 and f"cannot listen on 127.0.0.1:{port}" in busy.output
    twice = run("serve", "--db", live_server["db"], "--port", port)
    assert twice.exit_code == 2 and f"already served at {live_server['url']}" in twice.output
