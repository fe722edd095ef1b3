"""Readers: text, HTML, JSON Lines, and bad input reported per file and line."""
import json

from newsgraph.errors import InputError
from newsgraph.ingest import read_paths
from newsgraph.ingest.text import article_id

from conftest import ROOT


def items(paths, **kw):
    return list(read_paths(paths, **kw))


def test_text_file_gets_a_content_id(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Selon l'AFP, le sommet aura lieu demain.\n", encoding="utf-8")
    [article] = items([str(path)])
    assert article.id == article_id("Selon l'AFP,   le sommet aura lieu demain.")
    assert article.text == "Selon l'AFP, le sommet aura lieu demain."
    assert article.origin == str(path)


def test_html_page_gives_title_and_paragraphs():
    [article] = items([str(ROOT / "corpus/wikinews-fr-2012/44999.html")])
    assert article.title.startswith("France : pour Montebourg")
    assert article.text.startswith(article.title + "\n\n27 août 2012.")
    assert "\n\nEurope Écologie Les Verts" in article.text


def test_bad_inputs_are_reported_and_good_ones_kept(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "latin1.txt").write_bytes("Élysée".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Un texte correct.", encoding="utf-8")
    lines = [json.dumps({"id": "1", "text": "Premier article."}), "{not json", json.dumps({"id": "3"}),
             json.dumps({"id": "4", "html": "<html><body><h1>Titre</h1><p>Un paragraphe assez long pour "
                                           "être retenu comme texte principal de la page.</p></body></html>"}),
             json.dumps([1, 2]), json.dumps({"id": "6", "text": "Six.", "published": "le 3 mai"})]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = items([str(tmp_path), str(tmp_path / "missing.txt")])
    errors = [str(e) for e in found if isinstance(e, InputError)]
    good = [a for a in found if not isinstance(a, InputError)]
    assert sorted(a.id for a in good if a.id in ("1", "4")) == ["1", "4"]
    assert any(a.text == "Un texte correct." for a in good)
    expected = {"empty.txt: empty input", "binary.txt: binary content", "latin1.txt: invalid UTF-8",
                "batch.jsonl:2: line is not valid JSON", 'batch.jsonl:3: record has no "text" or "html"',
                "batch.jsonl:5: line is not a JSON object", "batch.jsonl:6: published must be a date YYYY-MM-DD",
                "missing.txt: no such file"}
    for fragment in expected:
        assert any(fragment in e for e in errors), (fragment, errors)
    assert len(errors) == len(expected)
    assert all(e.startswith("E0") for e in errors)


def test_glob_and_folder_expansion(tmp_path):
    for name in ("b.txt", "a.txt", "skip.pdf"):
        (tmp_path / name).write_text("Du texte.", encoding="utf-8")
    found = items([str(tmp_path / "*.txt")])
    assert [a.origin.rsplit("/", 1)[1] for a in found] == ["a.txt", "b.txt"]
    [error] = items([str(tmp_path / "*.nothing")])
    assert isinstance(error, InputError) and "no file matches" in str(error)


def test_invisible_characters_are_removed(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("\ufeffLe gouver\u00adnement a\u200b déclaré.\r\nFin.", encoding="utf-8")
    [article] = items([str(path)])
    assert article.text == "Le gouvernement a déclaré.\nFin."


def test_impossible_dates_are_refused(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "1", "text": "Un texte.", "published": "2012-02-31"}\n', encoding="utf-8")
    [error] = items([str(path)])
    assert isinstance(error, InputError) and "published must be a date" in str(error)
