"""The command line: every command on real files, clean errors, documented help."""
import json
import re
import shutil

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app

from conftest import DATA, ROOT

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for name in ("44999.html", "44540.html"):
        shutil.copy(ROOT / "corpus/wikinews-fr-2012" / name, folder / name)
    seed = (DATA / "kim-putin-2023.txt").read_text(encoding="utf-8")
    lines = [json.dumps({"id": "kim", "text": seed, "published": "2023-09-12"}, ensure_ascii=False),
             "{broken", json.dumps({"id": "empty", "text": ""})]
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def db(corpus, tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "cli.duckdb"
    result = run("ingest", corpus, "--db", path, "--quiet")
    assert result.exit_code == 1, result.output  # two bad records were skipped
    assert "batch.jsonl:2: line is not valid JSON" in result.output
    assert 'batch.jsonl:3: record has no "text" or "html"' in result.output
    assert "3 article(s) read, 3 added" in result.output
    return path


def test_analyze_prints_one_record(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("« Nous partirons », a déclaré le ministre Jean Dupont.", encoding="utf-8")
    result = run("analyze", path, "--published", "2024-01-05")
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["schema"] == "newsgraph.article/1" and record["published"] == "2024-01-05"
    assert record["quotes"][0]["speaker"]["name"] == "Jean Dupont"


def test_analyze_reads_stdin_as_jsonl():
    lines = "\n".join(json.dumps({"id": str(i), "text": f"Article numéro {i} sur la Russie."}) for i in range(2))
    result = run("analyze", "-", "--format", "jsonl", input=lines)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.output.splitlines()] == ["0", "1"]


def test_user_errors_are_one_line_without_traceback(tmp_path):
    for args in (("analyze", tmp_path / "nope.txt"), ("analyze", "x.txt", "--published", "hier"),
                 ("quotes", "--db", tmp_path / "absent.duckdb"), ("export", tmp_path, "--format", "xml",
                                                                 "--db", tmp_path / "absent.duckdb"),
                 ("eval", tmp_path / "no-gold")):
        result = run(*args)
        assert result.exit_code != 0
        assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
        assert re.search(r"(error|skipped): E0\d\d", result.output), result.output


def test_reingest_changes_nothing(db, corpus):
    result = run("ingest", corpus, "--db", db, "--quiet")
    assert "0 added, 3 already stored" in result.output


def test_queries(db):
    quotes = json.loads(run("quotes", "--db", db, "--speaker", "Delizée", "--format", "json").output)
    assert len(quotes) >= 5 and all(q["speaker"] == "Anne Delizée" for q in quotes)
    csv_out = run("quotes", "--db", db, "--since", "2023-01-01", "--format", "csv").output
    assert csv_out.splitlines()[0].startswith("article_id,published,speaker")
    actors = json.loads(run("actors", "--db", db, "--kind", "person", "--format", "json").output)
    assert {"id": "person:vladimir-poutine", "name": "Vladimir Poutine"}.items() <= \
        next(a for a in actors if a["id"] == "person:vladimir-poutine").items()
    assert "Poutine" in run("actors", "--db", db, "--kind", "person").output
    assert run("events", "--db", db).exit_code == 0
    summary = run("summary", "--db", db).output
    assert "who is quoted" in summary and "Anne Delizée" in summary and "sources cited" in summary


def test_export(db, tmp_path):
    result = run("export", tmp_path / "out", "--db", db, "--format", "parquet")
    assert result.exit_code == 0 and (tmp_path / "out" / "quotes.parquet").exists()
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    result = run("export", blocked / "out", "--db", db)
    assert result.exit_code == 2 and "E030 cannot create export folder" in result.output


def test_eval_reports_and_gates(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(DATA / "kim-putin-2023.gold.json", gold)
    result = run("eval", gold, "--json")
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)["sets"]["gold"]["metrics"]
    assert metrics["quote_f1_30"] > 0.9
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"gold": {"quote_f1_30": 1.01}}))
    gated = run("eval", gold, "--floors", floors)
    assert gated.exit_code == 1 and "below floor: gold quote_f1_30" in gated.output


def test_every_command_has_help_with_an_example_and_is_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = ["analyze", "ingest", "quotes", "actors", "actors import", "events", "summary", "export",
                "eval", "graph", "blocs", "serve", "clusters", "duplicates", "spark", "ingest-parquet"]
    for command in commands:
        result = run(*command.split(), "--help")
        assert result.exit_code == 0, command
        assert "Example:" in result.output, command
        assert f"newsgraph {command}" in readme, command


def test_actors_import_is_used_by_later_ingests(tmp_path):
    db = tmp_path / "import.duckdb"
    csv_file = tmp_path / "mine.csv"
    csv_file.write_text("id,name,kind,country,aliases,role,start,end\n"
                        "person:zoe-ketterer,Zoé Ketterer,person,CHE,Ketterer,porte-parole,2020,\n"
                        "org:fictive,Fondation Fictive,ngo,BEL,FF,,,\n", encoding="utf-8")
    result = run("actors", "import", csv_file, "--db", db)
    assert result.exit_code == 0, result.output
    text = tmp_path / "a.txt"
    text.write_text("« Nous refusons », a déclaré Ketterer au nom de la FF.", encoding="utf-8")
    assert run("ingest", text, "--db", db, "--quiet").exit_code == 0
    actors = json.loads(run("actors", "--db", db, "--format", "json").output)
    assert {"person:zoe-ketterer", "org:fictive"} <= {a["id"] for a in actors}
    bad = tmp_path / "bad.csv"
    bad.write_text("name,kind\nQuelqu'un,planet\n", encoding="utf-8")
    result = run("actors", "import", bad, "--db", db)
    assert result.exit_code == 2 and "bad.csv:2" in result.output and "unknown kind" in result.output


def test_graph_and_blocs_from_stored_events(tmp_path):
    from newsgraph.store import Store
    from test_store import make_article
    db = tmp_path / "events.duckdb"
    with Store(str(db)) as store:
        store.add_articles([make_article("a1", "2023-01-10"), make_article("a2", "2023-08-10")])
    result = run("graph", tmp_path / "g.png", "--db", db)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "g.png").stat().st_size > 5000
    assert run("graph", tmp_path / "g.graphml", "--db", db, "--countries").exit_code == 0
    result = run("blocs", "--db", db, "--window", "6M", "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)["windows"]) == 2


def test_broken_database_and_floors_give_clean_errors(tmp_path):
    import duckdb
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    result = run("quotes", "--db", empty)
    assert result.exit_code == 2 and "E030 cannot read" in result.output
    assert run("quotes", "--db", empty, "--limit", "-1").exit_code == 2
    floors = tmp_path / "floors.json"
    floors.write_text("[1, 2]")
    result = run("eval", DATA / "kim-putin-2023.gold.json", "--floors", floors)
    assert result.exit_code == 2 and "E051" in result.output


def test_actor_file_in_latin1_is_refused_cleanly(tmp_path):
    bad = tmp_path / "latin.csv"
    bad.write_bytes("name,kind\nÉlodie Dupré,person\n".encode("latin-1"))
    result = run("actors", "import", bad, "--db", tmp_path / "x.duckdb")
    assert result.exit_code == 2 and "E060" in result.output and "invalid UTF-8" in result.output


def test_events_explain_shows_sentence_predicate_frame_and_resolution(db):
    result = run("events", "--db", db, "--type", "CONSULT", "--limit", "2", "--explain")
    assert result.exit_code == 0, result.output
    assert "sentence" in result.output and "frame" in result.output and "actor:" in result.output
    assert re.search(r"actor\s+\S.* ← ", result.output) and re.search(r"recipient\s+\S.* ← ", result.output)
