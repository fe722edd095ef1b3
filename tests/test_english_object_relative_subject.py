"""A relative pronoun the parse made a subject while another subject stands between it and the
verb ("the reasons that Smith gives") is the verb's object: the later subject speaks. A relative
that is the only subject ("the council, which said") still stands for its antecedent. The parse
is written out (tests/parsed_doc.py), as the model gives it only on some sentences."""
from __future__ import annotations

from newsgraph.nlp.syntax import subject_of
from parsed_doc import parsed

OBJECT_RELATIVE = """
    The      DET    det     1
    reasons  NOUN   nsubj   5
    that     PRON   nsubj   4
    Smith    PROPN  nsubj   4  ent=PERSON
    gives    VERB   relcl   1  lemma=give
    are      AUX    ROOT    5  lemma=be
    weak     ADJ    acomp   5
    .        PUNCT  punct   5
"""

SUBJECT_RELATIVE = """
    The      DET    det     1
    council  NOUN   nsubj   5
    ,        PUNCT  punct   1
    which    PRON   nsubj   4
    said     VERB   relcl   1  lemma=say
    met      VERB   ROOT    5  lemma=meet
    .        PUNCT  punct   5
"""


def test_the_subject_after_an_object_relative_speaks():
    doc = parsed(OBJECT_RELATIVE, lang="en")
    assert subject_of(doc[4]).text == "Smith"


def test_a_relative_that_is_the_only_subject_still_speaks():
    doc = parsed(SUBJECT_RELATIVE, lang="en")
    assert subject_of(doc[4]).text in ("which", "The council")
