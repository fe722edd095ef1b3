"""The rule components' speed-ups change nothing but speed: each shortcut gives what the plain
walk over the Doc's Tokens gives, on invented text (the records themselves are compared with
tools/records_diff.py)."""
import pytest

from newsgraph.nlp.pipeline import load_pipeline

TEXTS = {
    "en": ("The Ministry of Fisheries (MOF) warned on Monday that Norway had seized two trawlers. "
           "\"We will respond,\" said Ann Berg, the minister. Dr. Berg met the U.S. envoy. "
           "The Northern Fishers Union condemned the seizures and Norwegian officials denied it. "
           "(The union later accused Oslo.) Talks resumed in Bergen.\n\nFishers protested in the port."),
    "fr": ("Le Syndicat des pêcheurs du Nord (SPN) a condamné lundi la saisie de deux chalutiers par la "
           "Norvège. « Nous répondrons », a déclaré Anne Berg, la ministre. M. Berg a rencontré "
           "l'envoyé des États-Unis. Le ciel était bleu. Le gouvernement norvégien a démenti.\n\nLes pêcheurs ont manifesté."),
}


@pytest.fixture(scope="module", params=sorted(TEXTS))
def doc(request):
    return load_pipeline(request.param)(TEXTS[request.param])


def test_the_listed_parts_of_speech_are_the_tokens_ones(doc):
    from newsgraph.nlp.textutil import pos_ids
    assert pos_ids(doc) == [t.pos for t in doc]


def test_the_speech_verbs_read_from_the_shared_lists_are_those_of_every_token(doc):
    from newsgraph.nlp.lexicon import speech_verb, speech_verb_indices
    found = speech_verb_indices(doc)
    assert found == [t.i for t in doc if speech_verb(t) is not None]
    assert found  # "said", "a déclaré"


def test_a_sentence_holds_a_predicate_head_as_the_lemmas_of_its_tokens_say(doc):
    from newsgraph.nlp.context import pack_of
    from newsgraph.nlp.events.component import _holds_predicate_head
    from newsgraph.nlp.events.lexicon import event_lexicon
    from newsgraph.nlp.events.predicates import lemmas_of, predicate_table
    pack = pack_of(doc)
    table, lex = predicate_table(pack), event_lexicon(pack)
    answers = []
    for sent in doc.sents:
        plain = any(lemma in table.heads for t in sent for lemma in lemmas_of(t, lex))
        assert _holds_predicate_head(sent, lex, table) == plain, sent.text
        answers.append(plain)
    assert True in answers and False in answers


def test_the_sentence_starts_read_from_lists_are_those_of_the_token_walk(doc):
    from newsgraph.nlp.context import pack_of
    from newsgraph.nlp.paragraphs import _ends_sentence, mark_paragraphs
    nlp = load_pipeline(doc.lang_)
    fresh = nlp.get_pipe("newsgraph_context")(nlp.make_doc(doc.text))
    starts = [t.is_sent_start for t in mark_paragraphs(fresh)]
    # the walk over every Token the list reading replaced (no dateline in these texts)
    abbreviations = pack_of(fresh).words("sentence_abbreviations")
    expected, after_break, previous = [], False, None
    for token in fresh:
        if token.is_space:
            after_break = after_break or "\n" in token.text
            expected.append(False)
            continue
        expected.append(token.i == 0 or after_break or _ends_sentence(previous, token, abbreviations))
        after_break, previous = False, token
    assert [bool(s) for s in starts] == expected
    assert sum(expected) >= 5


def test_unlisted_organisations_read_the_text_joined_once(doc, monkeypatch):
    # spaCy's doc.text joins every token at each access: unlisted_id reads the kept text
    from newsgraph.nlp import unlisted_orgs
    from newsgraph.nlp.textutil import text_of
    calls = []
    monkeypatch.setattr(unlisted_orgs, "text_of", lambda d: calls.append(d) or text_of(d))
    index = doc._.ng_actors
    span = next(e for e in doc.ents if e.label_ == "ORG")
    unlisted_orgs.unlisted_id(doc, index, span)
    assert calls == [doc]


def test_the_entities_are_built_once_as_the_doc_gives_them(doc):
    from newsgraph.nlp.textutil import entities_of
    ents = entities_of(doc)
    assert [(e.start, e.end, e.label_) for e in ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert entities_of(doc) is ents and ents


def test_a_remembered_expanded_span_is_the_one_char_span_gives(doc):
    from newsgraph.nlp.textutil import expanded_span
    for start, end in ((0, 3), (4, 9), (5, 30), (len(doc.text) - 4, len(doc.text)), (2, 2)):
        plain = doc.char_span(start, end, alignment_mode="expand")
        kept = expanded_span(doc, start, end)
        assert (kept is None) == (plain is None)
        if plain is not None:
            assert (kept.start, kept.end) == (plain.start, plain.end)
            assert expanded_span(doc, start, end) is kept
