"""The command line keeps its word: no silent loss, clean errors, output that is what it says."""
import json
import os
import re
import subprocess
import sys

import pytest
from rich.console import Console
from typer.testing import CliRunner

import newsgraph
from newsgraph import cli_output
from newsgraph.cli import app
from newsgraph.model import Actor, Article, Cue, Quote, Speaker
from newsgraph.store import Store

from conftest import DATA, ROOT
from test_store import make_article

runner = CliRunner()
GOOD = "« Nous partirons », a déclaré le ministre Jean Dupont."
COMMANDS = ["analyze", "ingest", "reanalyze", "quotes", "actors", "actors import", "events", "summary", "export",
            "eval", "graph", "blocs"]


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input, prog_name="newsgraph")


@pytest.fixture()
def store_db(tmp_path):
    """A store of hand-made records (no analysis): quotes with brackets, a person of Belgium."""
    path = tmp_path / "q.duckdb"
    text = "« Le Kremlin [sic] peut compter [/bien] sur [un niveau] des partenaires », explique Anne Delizée."
    bracket = Article(id="brackets", text=text, lang="fr", published="2023-09-13",
                      actors=[Actor("person:anne-delizee", "Anne Delizée", "person", "BEL", None, [[86, 98]])],
                      quotes=[Quote(2, 73, text[2:73], "direct", Speaker("person:anne-delizee", "Anne Delizée", 86, 98),
                                    Cue("explique", 77, 85), 0.9)])
    with Store(str(path)) as store:
        store.add_articles([make_article("a1"), bracket])
    return path


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.output.strip() == f"newsgraph {newsgraph.__version__}"
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{newsgraph.__version__}"' in pyproject


@pytest.mark.parametrize("command", COMMANDS)
def test_usage_lines_name_things_plainly(command):
    result = run(*command.split(), "--help")
    assert result.exit_code == 0
    assert not re.search(r"\{\w+\}|<(str|int|float|list|int range|float range)[^>]*>", result.output), result.output
    assert result.output.startswith(f"Usage: newsgraph {command} [OPTIONS]")


def test_help_examples_name_files_that_exist():
    for command in COMMANDS:
        example = run(*command.split(), "--help").output.split("Example:")[1].split("\n")[0]
        for word in example.split():
            if word.startswith(("corpus/", "eval/", "tests/")):
                assert (ROOT / word).exists(), (command, word)


def test_bad_batch_sizes_stop_before_anything_is_written(tmp_path):
    for size in ("0", "-5"):
        result = run("ingest", DATA / "kim-putin-2023.txt", "--db", tmp_path / "b.duckdb", "--batch-size", size)
        assert result.exit_code == 2 and "E040 --batch-size must be a whole number of at least 1" in result.output
    assert not (tmp_path / "b.duckdb").exists()


def test_empty_db_path_is_refused(tmp_path):
    result = run("ingest", DATA / "kim-putin-2023.txt", "--db", "")
    assert result.exit_code == 2 and "E030 no database file named" in result.output


def test_published_is_checked_once_for_every_layer(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    for command in (("analyze", path), ("ingest", path, "--db", tmp_path / "p.duckdb")):
        result = run(*command, "--published", "20230912")
        assert result.exit_code == 2 and "E040 --published must be a date YYYY-MM-DD, got '20230912'" in result.output
        assert "skipped" not in result.output


def test_languages_are_normalised_refused_or_warned_about(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    result = run("analyze", path, "--lang", "FR")
    assert result.exit_code == 0 and json.loads(result.output)["quotes"]
    result = run("analyze", path, "--lang", "de")
    assert result.exit_code == 2 and "E041 language 'de' is not supported (supported: en, fr)" in result.output
    german = tmp_path / "de.txt"
    german.write_text("Der Präsident sagte am Dienstag, dass die Gespräche mit Russland in der nächsten Woche "
                      "fortgesetzt werden, berichtete die Nachrichtenagentur Reuters. Wir sind bereit, sagte er "
                      "den Journalisten in Washington.", encoding="utf-8")
    result = run("ingest", german, "--db", tmp_path / "l.duckdb", "--quiet")
    assert f"warning: W001 {german}" in result.output and "language 'de' is not supported" in result.output
    assert "1 stored with a warning" in result.output


def test_an_id_reused_for_another_text_is_an_error_not_a_duplicate(tmp_path):
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps({"id": "x1", "text": GOOD}) + "\n", encoding="utf-8")
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({"id": "x1", "text": GOOD}) + "\n" +
                      json.dumps({"id": "x1", "text": "Un tout autre article, sur un autre sujet."}) + "\n",
                      encoding="utf-8")
    db = tmp_path / "ids.duckdb"
    assert run("ingest", first, "--db", db, "--quiet").exit_code == 0
    result = run("ingest", second, "--db", db, "--quiet")
    assert result.exit_code == 1
    assert f"E031 {second}:2 x1: this id is already stored with a different text" in result.output
    assert "1 article(s) read" not in result.output and "0 added, 1 already stored, 1 skipped" in result.output


def test_reanalyze_applies_imported_actors_to_stored_articles(tmp_path):
    db = tmp_path / "re.duckdb"
    text = tmp_path / "a.txt"
    text.write_text("« Nous refusons », a déclaré Ketterer au nom de la Fondation Fictive.", encoding="utf-8")
    assert run("ingest", text, "--db", db, "--quiet").exit_code == 0
    actors = {a["id"] for a in json.loads(run("actors", "--db", db, "--format", "json").output)}
    assert "person:zoe-ketterer" not in actors
    csv_file = tmp_path / "mine.csv"
    csv_file.write_text("id,name,kind,country,aliases,role,start,end\n"
                        "person:zoe-ketterer,Zoé Ketterer,person,CHE,Ketterer,porte-parole,2020,\n", encoding="utf-8")
    assert run("actors", "import", csv_file, "--db", db).exit_code == 0
    result = run("ingest", text, "--db", db, "--quiet")
    assert "0 added, 1 already stored" in result.output  # a plain re-ingest changes nothing
    result = run("reanalyze", "--db", db, "--quiet")
    assert result.exit_code == 0 and "1 re-analysed" in result.output, result.output
    quotes = json.loads(run("quotes", "--db", db, "--format", "json").output)
    assert [q["speaker_actor"] for q in quotes] == ["person:zoe-ketterer"]
    assert run("ingest", text, "--db", db, "--quiet", "--reanalyze").output.count("1 re-analysed") == 1
    assert run("reanalyze", "--db", tmp_path / "absent.duckdb").exit_code == 2


def test_analyze_with_stdin_closed_is_a_clear_error():
    code = "import sys; from newsgraph.cli import main; sys.argv = ['newsgraph', 'analyze', '-']; main()"
    result = subprocess.run([sys.executable, "-c", code], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                            preexec_fn=lambda: os.close(0))
    assert result.returncode == 1, result.stderr
    assert "E012 <stdin>: standard input is closed" in result.stderr and "Traceback" not in result.stderr


def test_analyze_json_is_one_json_document(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps({"id": str(i), "text": GOOD.replace("Jean", f"Jean{i}")})
                              for i in range(3)) + "\n", encoding="utf-8")
    result = run("analyze", path, "--format", "json")
    assert result.exit_code == 0
    assert [r["id"] for r in json.loads(result.output)] == ["0", "1", "2"]
    lines = run("analyze", path).output.splitlines()  # several records: JSON Lines by default
    assert [json.loads(line)["id"] for line in lines] == ["0", "1", "2"]
    single = tmp_path / "one.txt"
    single.write_text(GOOD, encoding="utf-8")
    assert isinstance(json.loads(run("analyze", single, "--format", "json").output), dict)


def test_article_text_is_never_read_as_markup(store_db, monkeypatch):
    monkeypatch.setattr(cli_output, "out", Console(width=200, soft_wrap=True))
    result = run("quotes", "--db", store_db)
    assert result.exit_code == 0, result.output
    assert "[sic]" in result.output and "[/bien]" in result.output and "[un niveau]" in result.output
    result = run("quotes", "--db", store_db, "--speaker", "[/bien]")
    assert result.exit_code == 0 and "(no rows match)" in result.output


def test_ids_are_not_split_mid_word_at_80_columns(store_db, monkeypatch):
    monkeypatch.setattr(cli_output, "out", Console(width=80, soft_wrap=True))
    result = run("actors", "--db", store_db)
    assert result.exit_code == 0
    assert "person:anne-delizee" in result.output and "media:reuters" in result.output
    assert max(len(line) for line in result.output.splitlines()) <= 100


def test_csv_header_is_the_same_with_and_without_rows(store_db):
    full = run("quotes", "--db", store_db, "--format", "csv").output.splitlines()
    empty = run("quotes", "--db", store_db, "--speaker", "personne", "--format", "csv").output.splitlines()
    assert len(full) > 1 and empty == full[:1]


def test_query_options_keep_their_word(store_db, tmp_path):
    speakers = json.loads(run("quotes", "--db", store_db, "--speaker", "Delizee", "--format", "json").output)
    assert {q["speaker"] for q in speakers} == {"Anne Delizée"}
    assert json.loads(run("quotes", "--db", store_db, "--speaker", "%", "--format", "json").output) == []
    result = run("quotes", "--db", store_db, "--type", "bogus")
    assert result.exit_code == 2 and "use one of direct, indirect, mixed" in result.output
    result = run("actors", "--db", store_db, "--kind", "bogus")
    assert result.exit_code == 2 and "use one of person, country, organization, media, group, other" in result.output
    result = run("events", "--db", store_db, "--type", "bogus")
    assert result.exit_code == 2 and "use one of AGREE, CONSULT" in result.output
    events = json.loads(run("events", "--db", store_db, "--country", "BEL", "--type", "CONSULT",
                            "--format", "json").output)
    assert len(events) == 1  # the recipient is a person of Belgium
    result = run("summary", "--db", store_db, "--limit", "-1")
    assert result.exit_code == 2 and "E040 limit must be" in result.output and "Binder" not in result.output
    digest = json.loads(run("summary", "--db", store_db, "--format", "json").output)
    assert digest["counts"]["articles"] == 2 and digest["speakers"][0]["speaker"] == "Anne Delizée"


def test_export_never_overwrites_without_force(store_db, tmp_path):
    folder = tmp_path / "out"
    assert run("export", folder, "--db", store_db).exit_code == 0
    result = run("export", folder, "--db", store_db)
    assert result.exit_code == 2 and "is not empty" in result.output and "--force" in result.output
    assert run("export", folder, "--db", store_db, "--force").exit_code == 0


def test_a_sqlite_file_is_refused_without_any_download(tmp_path):
    import sqlite3
    lite = tmp_path / "lite.db"
    sqlite3.connect(lite).execute("CREATE TABLE t (x)").connection.commit()
    for command in (("quotes",), ("ingest", DATA / "kim-putin-2023.txt", "--quiet")):
        result = run(*command, "--db", lite)
        assert result.exit_code == 2 and "is a SQLite database" in result.output


def test_eval_measures_every_metric_the_floors_name(tmp_path):
    """The README's `newsgraph eval … --floors eval/floors.json` checks the dates floor too: the
    table beside the floors file is scored when the floors name the "dates" set."""
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "seed.json").write_text((DATA / "kim-putin-2023.gold.json").read_text(encoding="utf-8"), encoding="utf-8")
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"dates": {"date_table_accuracy": 0.98}}))
    (tmp_path / "dates_fr.tsv").write_text((ROOT / "eval/dates_fr.tsv").read_text(encoding="utf-8"), encoding="utf-8")
    result = run("eval", gold, "--floors", floors, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["sets"]["dates"]["metrics"]["date_table_accuracy"] >= 0.98
    floors.write_text(json.dumps({"dates": {"date_table_accuracy": 1.01}}))
    result = run("eval", gold, "--floors", floors, "--json")
    assert result.exit_code == 1 and "below floor: dates date_table_accuracy" in result.output


def test_make_clean_removes_imported_actors():
    result = subprocess.run(["make", "-n", "clean", "DB=x.duckdb"], cwd=ROOT, capture_output=True, text=True)
    assert "x.duckdb.actors" in result.stdout
