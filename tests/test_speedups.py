"""The speed-ups change nothing but speed: patched lemma tables, the declared-language check,
the bulk store writes (the records themselves are compared with tools/records_diff.py)."""
import pytest
import spacy
from spacy.lookups import Lookups
from spacy.tokens import Doc

from newsgraph import langid
from newsgraph.ingest.text import make_article
from newsgraph.nlp.pipeline import index_lemma_tables
from newsgraph.process import prepare

WORDS = ["chats", "chevaux", "yeux", "allons", "mangeons", "chat", "inconnus", "pas"]
POS = ["NOUN", "NOUN", "NOUN", "VERB", "VERB", "NOUN", "NOUN", "ADV"]


def rule_lemmatizer(lang: str):
    nlp = spacy.blank(lang)
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    lookups = Lookups()
    lookups.add_table("lemma_index", {"noun": ["chat", "cheval"], "verb": ["aller", "manger"], "adv": []})
    lookups.add_table("lemma_exc", {"noun": {"yeux": ["œil"]}})
    lookups.add_table("lemma_rules", {"noun": [["s", ""], ["aux", "al"]], "verb": [["ons", "er"]]})
    lookups.add_table("lemma_lookup", {"allons": ["aller"]})
    lemmatizer.initialize(lookups=lookups)
    return nlp


@pytest.mark.parametrize("lang", ["fr", "en"])  # the French lemmatizer and spaCy's base one
def test_lemma_index_as_sets_gives_the_same_lemmas(lang):
    def lemmas(nlp):
        doc = Doc(nlp.vocab, words=WORDS, pos=POS)
        return [t.lemma_ for t in nlp.get_pipe("lemmatizer")(doc)]
    plain, patched = rule_lemmatizer(lang), rule_lemmatizer(lang)
    index_lemma_tables(patched)
    table = patched.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in table.values())
    assert lemmas(patched) == lemmas(plain)
    assert lemmas(patched)[:2] == ["chat", "cheval"]


def test_the_loaded_pipeline_has_its_lemma_index_as_sets():
    from newsgraph.nlp.pipeline import load_pipeline
    table = load_pipeline("fr").get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert len(table) >= 4 and all(isinstance(words, frozenset) for words in table.values())


FRENCH = ("Le ministre des Affaires étrangères a déclaré mardi que les négociations avec la Russie "
          "reprendraient la semaine prochaine à Genève, selon l'agence Reuters. « Nous sommes prêts », "
          "a-t-il dit aux journalistes, avant de rejoindre le président pour une réunion au palais.")
ENGLISH = ("The foreign minister said on Tuesday that the negotiations with Russia would resume next week "
           "in Geneva, according to Reuters. \"We are ready,\" he told reporters before joining the president "
           "for a meeting at the palace, where the talks were expected to last until the evening.")


def test_a_declared_language_is_trusted_without_the_detector_when_the_text_reads_as_it(monkeypatch):
    def detector(text):
        raise AssertionError("the detector ran on a text that reads as its declared language")
    monkeypatch.setattr(langid, "detect_language", detector)
    article = make_article(FRENCH, "x.jsonl:1", lang="fr", published="2024-01-02")
    assert prepare(article) and article.lang == "fr" and article.warnings == []


def test_a_declared_language_the_text_does_not_read_as_is_still_questioned():
    article = make_article(ENGLISH, "x.jsonl:1", lang="fr", published="2024-01-02")
    assert prepare(article)
    assert article.warnings == ["W002 declared language 'fr' but the text looks like 'en'"]
    assert not langid.looks_like(ENGLISH, "fr") and langid.looks_like(FRENCH, "fr")


def test_an_undeclared_language_is_detected():
    article = make_article(ENGLISH, "x.txt", published="2024-01-02")
    assert prepare(article) and article.lang == "en" and article.warnings == []  # English is supported


# ------------------------------------------------------------------ scans without a regex per name

TEXTS = ["Macron et Macron-Merkel, macron, Macronie, _Macron, 2Macron, «Macron», Macron",
         "l'Élysée, Élysée-Montmatre; ÉlyséeÉlysée Élysée2 Élysée", "", "Macron"]


@pytest.mark.parametrize("joiners", ["", "-"])
@pytest.mark.parametrize("word", ["Macron", "Élysée", "n", "Macron Macron"])
def test_whole_word_spans_finds_what_the_bounded_regex_finds(word, joiners):
    import re
    from newsgraph.nlp.textutil import whole_word_spans
    boundary = r"[\w" + re.escape(joiners) + "]"
    pattern = re.compile(rf"(?<!{boundary}){re.escape(word)}(?!{boundary})")
    for text in TEXTS + [" ".join(TEXTS)]:
        assert whole_word_spans(text, word, joiners) == [m.span() for m in pattern.finditer(text)]
    assert whole_word_spans(TEXTS[0], "Macron", joiners)  # the comparison is not between two empty lists


def test_a_name_scanner_with_a_letter_boundary_finds_what_the_regex_alternation_finds():
    import re
    from newsgraph.nlp.name_scan import NameScanner
    names = ["le monde", "le monde diplomatique", "l'humanite", "monde", "la presse"]
    text = "selon le monde diplomatique, le monde-entier, xle monde, l'humanite2 et l'humanite; la presse la presse"
    alternation = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    regex = re.compile(r"(?<![\w])(?:" + alternation + r")(?![\w])")
    found = NameScanner(names, boundary=re.compile(r"\w")).find(text)
    assert found == [m.span() for m in regex.finditer(text)]
    assert (text.index("le monde-"), text.index("le monde-") + len("le monde")) in found  # a hyphen is no letter
    assert NameScanner(names).find(text) != found  # by default the hyphen is a boundary too


def test_short_texts_fold_as_long_ones_do():
    from newsgraph.textfold import _CACHED_LENGTH, fold
    name = "Côte d’Ivoire, États-Unis, U.S. "
    long = name * (_CACHED_LENGTH // len(name) + 2)
    assert len(long) > _CACHED_LENGTH >= len(name)
    assert fold(long) == " ".join([fold(name)] * (_CACHED_LENGTH // len(name) + 2))
    assert fold(name) == fold(name) == "cote d'ivoire, etats unis, us"
    assert fold("USA", keep_case=True) == "USA" and fold("USA") == "usa"


def test_role_len_reads_the_joined_tokens_of_the_parsed_article():
    # the first-word shortcut and the folded tokens give what joining the tokens gives
    from newsgraph.nlp.pipeline import load_pipeline
    from newsgraph.nlp.context import pack_of
    from newsgraph.nlp.roles import _role_keys, role_len
    from newsgraph.textfold import fold_same_length
    nlp = load_pipeline("fr")
    doc = nlp("Le Premier ministre, le secrétaire d'État américain et la haute-commissaire de l'ONU ont parlé "
              "avec le chef d'état-major et le porte-parole du gouvernement.")
    keys = _role_keys(pack_of(doc))
    for i in range(len(doc)):
        joined = [n for n in (4, 3, 2) if i + n <= len(doc) and
                  fold_same_length(" ".join(t.text for t in doc[i:i + n])).replace("' ", "'") in keys]
        if joined:
            assert role_len(doc, i) == joined[0]
    assert role_len(doc, 1) == 2  # "Premier ministre"
