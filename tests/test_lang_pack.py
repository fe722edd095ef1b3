"""The language-pack loader: headers, tables, labels and patterns are checked with file:line errors."""
import pytest

from newsgraph.errors import NewsgraphError, PackError
from newsgraph.lang import LanguagePack, available_languages, load_pack
from newsgraph.nlp.dateline import dateline_date


def make_pack(tmp_path, files: dict[str, str], code: str = "xx") -> LanguagePack:
    meta = files.pop("pack.toml", f'[pack]\ncode = "{code}"\nname = "Test"\nmodel = "none"\nsource = "tests"\n'
                                  '[labels]\nsubject = ["nsubj"]\n')
    (tmp_path / "pack.toml").write_text(meta, encoding="utf-8")
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return LanguagePack(code, tmp_path)


def test_french_pack_ships_and_names_its_model():
    assert "fr" in available_languages()
    pack = load_pack("fr")
    assert pack.model == "fr_core_news_md"
    assert "pas" in pack.words("negations")
    assert pack.label("subject") == ("nsubj",)


def test_every_shipped_file_of_every_pack_loads():
    for code in available_languages():
        pack = load_pack(code)
        for entry in pack.root.iterdir():
            stem, _, suffix = entry.name.rpartition(".")
            if suffix == "txt":
                assert pack.entries(stem), entry.name
            elif suffix == "tsv":
                assert pack.table(stem), entry.name
            elif suffix == "toml" and stem != "pack":
                assert pack.templates(stem), entry.name
        assert pack.patterns is not None


def test_word_list_needs_a_source_header(tmp_path):
    pack = make_pack(tmp_path, {"words.txt": "alpha\nbeta\n"})
    with pytest.raises(PackError, match=r"lang/xx/words.txt:1: .*source"):
        pack.words("words")


def test_word_list_skips_comments_and_lowercases(tmp_path):
    pack = make_pack(tmp_path, {"words.txt": "# source: tests\nAlpha\n\n# a comment\nbeta\n"})
    assert pack.words("words") == {"alpha", "beta"}
    assert pack.entries("words") == ("Alpha", "beta")


def test_table_rows_are_checked_against_the_header(tmp_path):
    pack = make_pack(tmp_path, {"t.tsv": "# source: tests\na\tb\n1\t2\n3\n4\t5\t6\n"})
    with pytest.raises(PackError, match=r"lang/xx/t.tsv:5: 3 cells"):
        pack.table("t")


def test_table_short_rows_are_padded_and_columns_required(tmp_path):
    pack = make_pack(tmp_path, {"t.tsv": "# source: tests\na\tb\n1\t2\n3\n"})
    rows = pack.table("t", ("a", "b"))
    assert [r["b"] for r in rows] == ["2", ""]
    assert rows[1].origin == "lang/xx/t.tsv:4"
    with pytest.raises(PackError, match="missing column"):
        pack.table("t", ("a", "c"))


def test_bad_pattern_and_missing_label_are_pack_errors(tmp_path):
    meta = ('[pack]\ncode = "xx"\nname = "T"\nmodel = "none"\nsource = "tests"\n[labels]\nsubject = "nsubj"\n'
            '[patterns]\nbroken = "(unclosed"\n')
    pack = make_pack(tmp_path, {"pack.toml": meta})
    assert pack.label("subject") == ("nsubj",)
    with pytest.raises(PackError, match="broken"):
        pack.pattern("broken")
    with pytest.raises(PackError, match="no 'object'"):
        pack.label("object")


def test_pack_metadata_is_validated(tmp_path):
    with pytest.raises(PackError, match="model"):
        make_pack(tmp_path, {"pack.toml": '[pack]\ncode = "xx"\nname = "T"\nsource = "s"\n[labels]\n'})


def test_unknown_language_is_a_clear_error():
    with pytest.raises(NewsgraphError, match="no language pack for 'zz'"):
        load_pack("zz")
    with pytest.raises(NewsgraphError):
        load_pack("../data")


def test_dateline_reads_the_pack_months():
    pack = load_pack("fr")
    assert dateline_date("Titre\n\n2 juillet 2012. - Le texte.", pack) == "2012-07-02"
    assert dateline_date("1er déc. 2020 — Le texte.", pack) == "2020-12-01"
    assert dateline_date("Le 2 juillet 2012, il a dit.", pack) is None


def test_blank_pipeline_docs_carry_the_pack(blank_nlp):
    from newsgraph.nlp.context import pack_of
    doc = blank_nlp("fr")("Il n'a pas dit cela.")
    assert pack_of(doc).code == "fr"


def test_doc_without_pack_is_a_clear_error():
    import spacy
    from newsgraph.errors import ModelError
    from newsgraph.nlp.context import pack_of
    with pytest.raises(ModelError, match="no language pack"):
        pack_of(spacy.blank("fr")("Texte."))


TEMPLATE_TABLE = "# source: tests\nform\tkind\ntrois\tword\ndix-huit\tword\nsept\tname\nau total\tword\n"


def test_templates_fill_slots_from_tables_and_parts(tmp_path):
    toml = ("# source: tests\n[flags]\ndefault = \"i\"\nexact = \"\"\n"
            "[vocabulary]\nnumber = { table = \"numbers\", where = { kind = \"word\" } }\n"
            "[parts]\namount = '{number}(?!\\w)'\n"
            "[patterns]\ncount = '(?P<n>{amount})\\s+\\d{2}'\nexact = '{number}'\n")
    pack = make_pack(tmp_path, {"numbers.tsv": TEMPLATE_TABLE, "t.toml": toml})
    patterns = pack.templates("t")
    assert patterns["count"].match("Dix-huit 12")["n"] == "Dix-huit"   # {2} is left a repetition
    assert not patterns["count"].match("sept 12")                       # filtered out by kind
    assert patterns["count"].match("au   total 12")                     # a space matches any
    assert not patterns["exact"].match("TROIS")                         # per-pattern flags
    assert pack.templates("t") is patterns                              # compiled once


@pytest.mark.parametrize("body, error", [
    ("[patterns]\np = '{nothing}'\n", "unknown slot {nothing}"),
    ("[parts]\na = '{b}'\nb = '{a}'\n[patterns]\np = '{a}'\n", "contains itself"),
    ("[vocabulary]\nv = { table = \"numbers\", where = { kind = \"none\" } }\n[patterns]\np = '{v}'\n",
     "no forms"),
    ("[vocabulary]\nv = { table = \"numbers\", where = { colour = \"x\" } }\n[patterns]\np = '{v}'\n",
     "missing column"),
    ("[patterns]\np = '(unclosed'\n", r"\[patterns\] p"),
    ("[flags]\ndefault = \"q\"\n[patterns]\np = 'a'\n", "unknown flag"),
])
def test_template_errors_name_the_file(tmp_path, body, error):
    pack = make_pack(tmp_path, {"numbers.tsv": TEMPLATE_TABLE, "t.toml": "# source: tests\n" + body})
    with pytest.raises(PackError, match=error) as caught:
        pack.templates("t")
    assert "lang/xx/" in str(caught.value)


def test_template_file_needs_a_source_header(tmp_path):
    pack = make_pack(tmp_path, {"t.toml": "[patterns]\np = 'a'\n"})
    with pytest.raises(PackError, match=r"lang/xx/t.toml:1: .*source"):
        pack.templates("t")


ABSENT_META = ('[pack]\ncode = "xx"\nname = "T"\nmodel = "none"\nsource = "tests"\n[labels]\nsubject = ["nsubj"]\n'
               '[absent]\nfiles = ["verb_endings", "connectors"]\nword_roles = ["euphonic"]\n')


def test_absent_files_are_read_as_empty_and_missing_ones_are_named(tmp_path):
    pack = make_pack(tmp_path, {"pack.toml": ABSENT_META})
    assert pack.is_absent("verb_endings") and pack.table("verb_endings", ("ending",)) == ()
    assert pack.words("connectors") == frozenset() and pack.entries("connectors") == ()
    with pytest.raises(PackError, match=r"lang/xx/speech_verbs.tsv: no such file .*\[absent\]"):
        pack.table("speech_verbs")


def test_absent_word_roles_are_empty_and_unknown_roles_are_errors(tmp_path):
    from newsgraph.nlp.lexicon import function_words
    pack = make_pack(tmp_path, {"pack.toml": ABSENT_META,
                                "attribution_words.tsv": "# source: tests\nform\trole\nthat\tcomplementizer\n"})
    assert function_words(pack, "complementizer") == {"that"}
    assert function_words(pack, "euphonic") == frozenset()
    with pytest.raises(PackError, match="no word has the role 'gerund'"):
        function_words(pack, "gerund")


def test_a_pack_cannot_call_absent_a_file_it_ships(tmp_path):
    (tmp_path / "connectors.txt").write_text("# source: tests\nbut\n", encoding="utf-8")
    with pytest.raises(PackError, match=r"\[absent\] files names connectors"):
        make_pack(tmp_path, {"pack.toml": ABSENT_META})


def test_every_pack_has_every_file_of_the_french_pack_or_says_it_lacks_it():
    french = {entry.name.rpartition(".")[0] for entry in load_pack("fr").root.iterdir()}
    for code in available_languages():
        pack = load_pack(code)
        own = {entry.name.rpartition(".")[0] for entry in pack.root.iterdir()}
        assert french - own <= pack.absent_files, (code, sorted(french - own - pack.absent_files))


def test_entity_types_are_mapped_to_the_rules_classes(blank_nlp):
    from spacy.tokens import Span
    from newsgraph.nlp.entities import EntitiesComponent
    doc = blank_nlp("en")("Vladimir Putin met officials in Moscow on Tuesday")
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 5, 6, "GPE"), Span(doc, 7, 8, "DATE")]
    doc = EntitiesComponent("en")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Vladimir Putin", "PER"), ("Moscow", "LOC")]
    french = blank_nlp("fr")("Vladimir Poutine à Moscou")
    french.ents = [Span(french, 0, 2, "PER"), Span(french, 3, 4, "LOC")]
    assert [e.label_ for e in EntitiesComponent("fr")(french).ents] == ["PER", "LOC"]
