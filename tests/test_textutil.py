"""Text helpers shared by the components: articles and stance prefixes come from the pack."""
import pytest

from newsgraph.lang import load_pack
from newsgraph.nlp.textutil import stance_target, strip_article


@pytest.mark.parametrize("text, stripped", [
    ("l'agence Reuters", ("agence Reuters", 2)), ("L’Élysée", ("Élysée", 2)),
    ("de la Défense", ("Défense", 6)), ("les rebelles", ("rebelles", 4)),
    ("Lesotho", ("Lesotho", 0)), ("le", ("le", 0)),
])
def test_strip_article(text, stripped):
    assert strip_article(text, load_pack("fr")) == stripped


@pytest.mark.parametrize("word, target", [
    ("anti-américaine", "américaine"), ("pro-russe", "russe"), ("anti‑américaine", "américaine"),
    ("Anti-américain", "américain"), ("antique", None), ("anti-", None), ("proche", None),
])
def test_stance_target(word, target):
    assert stance_target(word, load_pack("fr")) == target
