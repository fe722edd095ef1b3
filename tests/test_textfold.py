"""Text keys: one folding rule for the gazetteer's lookups and the scanners of article text."""
import pytest

from newsgraph.textfold import fold, fold_same_length, slugify


@pytest.mark.parametrize("text, key", [
    ("États-Unis", "etats unis"), ("Côte d’Ivoire", "cote d'ivoire"), ("  Maison–Blanche ", "maison blanche"),
    ("U.S.", "us"), ("Œuvre d'Orient", "oeuvre d'orient"), ("Nukuʻalofa", "nuku'alofa"),
])
def test_fold(text, key):
    assert fold(text) == key


def test_fold_keeps_the_case_of_acronyms_when_asked():
    assert fold("É.A.U.", keep_case=True) == "EAU"


@pytest.mark.parametrize("text, folded", [
    ("Côte d’Ivoire", "cote d'ivoire"), ("Maison–Blanche", "maison-blanche"),
    ("Sergueï\u00a0Lavrov", "serguei lavrov"), ("ÉTATS‑UNIS", "etats-unis"),
])
def test_fold_same_length_keeps_offsets(text, folded):
    assert fold_same_length(text) == folded
    assert len(fold_same_length(text)) == len(text)


def test_slugify():
    assert slugify("Vladimir Poutine") == "vladimir-poutine"
    assert slugify("Sergueï Lavrov") == "serguei-lavrov"
    assert slugify("L’Humanité") == "l-humanite"
