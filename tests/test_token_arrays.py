"""The speed-ups that read token attributes as arrays, or look words up by run, give what the
token-by-token readings they replace give (invented sentences, hand-built parses)."""
from __future__ import annotations

import re

from spacy.attrs import LEMMA, LOWER, ORTH

from newsgraph.lang import load_pack
from newsgraph.nlp.lexicon import speech_verb, speech_verb_indices
from newsgraph.nlp.office_titles import role_head
from newsgraph.nlp.speaker_words import speaker_words
from newsgraph.nlp.textutil import fold_same_length, token_strings, tokens_tagged
from parsed_doc import parsed

SENTENCE = '''
    La          DET    det        1
    Présidente  NOUN   nsubj      3  lemma=président
    s'          PRON   expl:pv    3  lemma=se
    est         AUX    aux:tense  3  lemma=être
    déclarée    VERB   ROOT       3  lemma=déclarer
    prête       ADJ    xcomp      3  lemma=prêt
    et          CCONJ  cc         8
    Élodie      PROPN  nsubj      8  ent=PER
    indique     VERB   conj       3  lemma=indique
    que         SCONJ  mark       11
    tout        PRON   nsubj      11
    va          VERB   ccomp      8  lemma=aller
    .           PUNCT  punct      3
'''


def test_token_strings_match_the_tokens_attributes():
    doc = parsed(SENTENCE)
    assert token_strings(doc, LOWER) == [t.lower_ for t in doc]
    assert token_strings(doc, LEMMA, str.lower) == [t.lemma_.lower() for t in doc]
    assert token_strings(doc, ORTH, fold_same_length) == [fold_same_length(t.text) for t in doc]


def test_tokens_tagged_keeps_the_order_and_only_the_tags_asked():
    doc = parsed(SENTENCE)
    assert [t.i for t in tokens_tagged(doc, ("VERB", "ADJ"))] == \
        [t.i for t in doc if t.pos_ in ("VERB", "ADJ")]
    assert list(tokens_tagged(doc, ("NUM",))) == []


def test_speech_verb_indices_equal_the_token_by_token_test():
    # "indique", left alone by the lemmatizer, is one by its stem guess
    expected = [t.i for t in parsed(SENTENCE) if speech_verb(t) is not None]
    assert speech_verb_indices(parsed(SENTENCE)) == expected
    assert 8 in expected and 1 not in expected


def _role_head_by_scan(words, text: str) -> str:
    """The reading the run look-up replaced: every role of the lexicon tested against the text."""
    tokens = re.findall(r"[\w\-]+", fold_same_length(text.lower()))
    k = 0
    while k < len(tokens) and (tokens[k] in words.head_modifiers or tokens[k] in words.possessive):
        k += 1
    rest, best = " ".join(tokens[k:]), ""
    for role in words.roles:
        if (rest == role or rest.startswith(role + " ")) and len(role) > len(best):
            best = role
    return best


def test_role_head_is_the_longest_run_of_first_words_that_is_a_role():
    for lang, descriptions in (("fr", ("le premier ministre adjoint du pays", "son ancien ministre délégué",
                                       "la vice-présidente", "le porte-parole", "un témoin", "")),
                               ("en", ("the former prime minister of the island", "its deputy foreign minister",
                                       "the spokeswoman", "a witness"))):
        words = speaker_words(load_pack(lang))
        found = [role_head(words, d) for d in descriptions]
        assert found == [_role_head_by_scan(words, d) for d in descriptions]
        assert any(" " in role for role in found)  # a role of several words, the longest, is read


def test_name_comparisons_are_remembered():
    from newsgraph.nlp.persons import _same_name
    before = _same_name.cache_info().hits
    assert _same_name(("j.", "durandal"), ("jeanne", "durandal")) is True
    assert _same_name(("j.", "durandal"), ("jeanne", "durandal")) is True
    assert _same_name.cache_info().hits == before + 1
