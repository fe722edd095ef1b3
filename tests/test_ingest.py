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


# ------------------------------------------------------------------ names, links, encodings, limits

def test_file_names_with_glob_characters_are_read_as_they_are(tmp_path):
    for name in ("a[1].txt", "b*.txt", "c?.txt"):
        (tmp_path / name).write_text(f"Le texte de {name}.", encoding="utf-8")
    for name in ("a[1].txt", "b*.txt", "c?.txt"):
        [article] = items([str(tmp_path / name)])
        assert article.text == f"Le texte de {name}."
    assert len(items([str(tmp_path / "*.txt")])) == 3  # still a glob when no such file exists


def test_globs_and_folders_do_not_follow_symlink_loops(tmp_path):
    (tmp_path / "loop" / "sub").mkdir(parents=True)
    (tmp_path / "loop" / "sub" / "a.txt").write_text("Un texte.", encoding="utf-8")
    (tmp_path / "loop" / "sub" / "back").symlink_to(tmp_path / "loop")  # loop/sub/back -> loop
    (tmp_path / "loop" / "again").symlink_to(tmp_path / "loop")
    found = items([str(tmp_path / "loop" / "**" / "*.txt")])
    assert [a.origin for a in found] == [str(tmp_path / "loop" / "sub" / "a.txt")]
    assert len(items([str(tmp_path / "loop")])) == 1


def test_a_file_named_twice_is_read_once(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Un texte.", encoding="utf-8")
    assert len(items([str(path), str(tmp_path / "*.txt"), str(tmp_path)])) == 1


LATIN_PAGE = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
              "<title>Élysée</title></head><body><article><p>Le ministre a déclaré que la réforme était prête "
              "et qu'elle serait présentée à l'Assemblée nationale la semaine prochaine.</p><p>Une deuxième "
              "phrase assez longue pour que la page soit retenue comme un article à part entière.</p></article>"
              "</body></html>")


def test_html_in_its_declared_charset_is_decoded_with_a_warning(tmp_path):
    (tmp_path / "latin.html").write_bytes(LATIN_PAGE.encode("latin-1"))
    [article] = items([str(tmp_path / "latin.html")])
    assert "la réforme était prête" in article.text and article.text.startswith("Élysée")
    assert any(w.startswith("W011") and "iso8859-1" in w for w in article.warnings)
    # a page that declares latin-1 but is UTF-8 is read as UTF-8, without a warning
    (tmp_path / "liar.html").write_bytes(LATIN_PAGE.encode("utf-8"))
    [article] = items([str(tmp_path / "liar.html")])
    assert "la réforme était prête" in article.text and not article.warnings


def test_html_without_a_charset_is_detected_with_a_warning(tmp_path):
    page = LATIN_PAGE.replace('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', "")
    (tmp_path / "nodecl.html").write_bytes(page.encode("cp1252"))
    [article] = items([str(tmp_path / "nodecl.html")])
    assert "la réforme était prête" in article.text
    assert any(w.startswith("W012") for w in article.warnings)


def test_utf16_and_utf32_with_a_byte_order_mark_are_text(tmp_path):
    for encoding in ("utf-16", "utf-16-be", "utf-32", "utf-8-sig"):
        data = ("\ufeff" if encoding == "utf-16-be" else "") + "Le ministre a déclaré que tout allait bien."
        (tmp_path / f"{encoding}.txt").write_bytes(data.encode(encoding))
        [article] = items([str(tmp_path / f"{encoding}.txt")])
        assert article.text == "Le ministre a déclaré que tout allait bien.", encoding
    lines = "\n".join(json.dumps({"id": str(i), "text": f"Texte {i} é."}, ensure_ascii=False) for i in range(2))
    (tmp_path / "u16.jsonl").write_bytes(lines.encode("utf-16"))
    assert [a.text for a in items([str(tmp_path / "u16.jsonl")])] == ["Texte 0 é.", "Texte 1 é."]


def test_endless_and_huge_inputs_end_with_a_clear_error(tmp_path):
    [error] = items(["/dev/zero"])
    assert isinstance(error, InputError) and error.code == "E014"
    (tmp_path / "zero.jsonl").symlink_to("/dev/zero")
    [error] = items([str(tmp_path / "zero.jsonl")])
    assert isinstance(error, InputError) and error.code == "E014"
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.write(b"Un mot. " * (17 * 1024 * 1024 // 8))
    [error] = items([str(big)])
    assert isinstance(error, InputError) and error.code == "E074" and "16 MB" in str(error)


def test_a_huge_json_line_between_good_ones_is_skipped_alone(tmp_path):
    path = tmp_path / "mixed.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "1", "text": "Premier article."}) + "\n")
        handle.write(json.dumps({"id": "2", "text": "mot " * (5 * 1024 * 1024)}) + "\n")  # 20 MB
        handle.write(json.dumps({"id": "3", "text": "Troisième article."}) + "\n")
    found = items([str(path)])
    assert [a.id for a in found if not isinstance(a, InputError)] == ["1", "3"]
    [error] = [e for e in found if isinstance(e, InputError)]
    assert str(error).startswith(f"E074 {path}:2: line longer than 16 MB")


def test_jsonl_is_streamed_line_by_line(tmp_path):
    """The reader yields the first record before it reads the rest of the file."""
    from newsgraph.ingest.jsonl import read_jsonl_stream

    class Counting:
        def __init__(self, lines):
            self.lines, self.read = lines, 0

        def readline(self, limit=-1):
            self.read += 1
            return self.lines.pop(0) if self.lines else b""
    stream = Counting([json.dumps({"id": str(i), "text": f"Texte {i}."}).encode() + b"\n" for i in range(1000)])
    first = next(read_jsonl_stream(stream, "s.jsonl"))
    assert first.id == "0" and stream.read <= 2


def test_stdin_closed_or_missing_is_a_clear_error():
    import io

    closed = io.BytesIO(b"x")
    closed.close()
    for stdin in (None, closed):
        [error] = items(["-"], stdin=stdin)
        assert isinstance(error, InputError) and error.code == "E012" and "standard input" in str(error)


def test_language_codes_are_normalised_and_checked(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "1", "text": "Un texte.", "lang": "FR"}\n{"id": "2", "text": "Un texte.", "lang": "fr-BE"}\n'
                    '{"id": "3", "text": "Un texte.", "lang": "français!"}\n', encoding="utf-8")
    one, two, three = items([str(path)])
    assert one.lang == "fr" and two.lang == "fr"
    assert isinstance(three, InputError) and three.code == "E019" and "not a language code" in str(three)
