"""The one tense detector (newsgraph.nlp.tense): future forms and the markers of a clause."""
import pytest

from newsgraph.lang import load_pack
from newsgraph.nlp.tense import is_future_form, tense_marker

FR = load_pack("fr")


@pytest.mark.parametrize("word", ["sera", "viendra", "conclura", "mettra", "iront", "Seront", "serons"])
def test_future_forms(word):
    assert is_future_form(word, FR)


@pytest.mark.parametrize("word", ["affront", "déclara", "vrai", "environs", "dit", "était"])
def test_not_future_forms(word):
    assert not is_future_form(word, FR)


def test_lemma_adds_the_regular_future_of_any_person():
    # "livrerons" escapes the third-person ending pattern; its lemma gives it away
    assert not is_future_form("livrerons", FR)
    assert is_future_form("livrerons", FR, lemma="livrer")
    assert is_future_form("prendrez", FR, lemma="prendre")
    assert is_future_form("finirai", FR, lemma="finir")
    assert not is_future_form("livrons", FR, lemma="livrer")


def test_markers_without_context():
    assert tense_marker("doit", FR) == 1          # modal that looks ahead
    assert tense_marker("prévu", FR) == 1         # scheduled
    assert tense_marker("disait", FR) == -1       # imperfect
    assert tense_marker("pourrait", FR) == 1      # in the marker list, not a past
    assert tense_marker("dirait", FR) == 0        # a conditional is no past
    assert tense_marker("ont", FR) == -1          # passé composé auxiliary
    assert tense_marker("maison", FR) == 0


def test_auxiliaries_read_their_neighbours():
    assert tense_marker("a", FR, following="lieu") == 0            # "a lieu": a present
    assert tense_marker("a", FR, following="prévu") == 1           # "a prévu de"
    assert tense_marker("ont", FR, following="attendu") == -1      # "ils ont attendu": past
    assert tense_marker("était", FR, following="attendue") == 1    # "était attendue": expected
    assert tense_marker("est", FR, following="attendu") == 1
    assert tense_marker("est", FR, following="parti") == -1        # passé composé of "partir"
    assert tense_marker("est", FR, previous="s", following="tenu") == -1
    assert tense_marker("est", FR, following="grand") == 0         # a copula


def test_a_participle_is_the_infinitive_stem_and_a_participle_ending():
    from newsgraph.lang import load_pack
    from newsgraph.nlp.tense import is_participle_of
    fr, en = load_pack("fr"), load_pack("en")
    assert is_participle_of("négociée", "négocier", fr) and is_participle_of("suspendu", "suspendre", fr)
    assert is_participle_of("finies", "finir", fr)
    assert not is_participle_of("négocie", "négocier", fr)  # a present, ending in -ie too
    assert not is_participle_of("débloque", "débloquer", fr) and not is_participle_of("baisserai", "baisser", fr)
    assert not is_participle_of("négocier", "négocier", fr)
    assert not is_participle_of("negotiated", "negotiate", en)  # no endings in the English pack
