"""Property-based tests (hypothesis) of `analyze`: on any string it returns a record whose every
offset is inside the text and whose every span's text is text[start:end], or, for a text with
nothing in it, raises InputError; never anything else."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsgraph
from newsgraph.errors import InputError
from newsgraph.ingest.text import clean_text

from conftest import offset_problems

# words and marks the rules react to, so generated texts reach quotes, speakers, sources, dates, events
WORDS = ["Selon", "selon", "l'AFP", "Pour", "Jean", "Dupont", "a", "déclaré", "que", "«", "»", '"', "“", "”", "‹", "›",
         ",", ".", ":", "a-t-il", "ajouté", "-t-elle", "la", "ministre", "Moscou", "Kremlin", "Washington", "n'",
         "pas", "dit", "estime", "qu'", "il", "elle", "Paris", "\n\n", "\n", "(", ")", "Le", "Monde", "au", "ont",
         "accusé", "d'", "avoir", "attaqué", "Russie", "l'Ukraine", "hier", "mardi", "2023", "12", "septembre",
         "Poutine", "Kim", "Jong", "Un", "rencontré", "Chine", "président", "M.", "Mme", "de", "du", "le", "1er",
         "dans", "trois", "jours", "l'an", "dernier", "selon", "Reuters", "AP", "ONU", "et", "ou", "—", "–", "-"]
SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

word_soup = st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).flatmap(
    lambda words: st.lists(st.sampled_from(["", " ", " ", " ", "\u00a0"]), min_size=len(words),
                           max_size=len(words)).map(lambda gaps: "".join(w + g for w, g in zip(words, gaps))))
any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
mixed = st.lists(st.one_of(word_soup, any_text), min_size=1, max_size=4).map("".join)


def check(text: str, **options) -> None:
    if not clean_text(text):
        with pytest.raises(InputError):
            newsgraph.analyze(text, **options)
        return
    article = newsgraph.analyze(text, **options)
    assert article.text == clean_text(text)
    assert not offset_problems(article), offset_problems(article)


@SETTINGS
@given(word_soup)
def test_word_soup(text):
    check(text, published="2024-01-01", lang="fr")


@SETTINGS
@given(any_text)
def test_any_unicode_string(text):
    check(text, lang="fr")


@SETTINGS
@given(mixed, st.sampled_from([None, "2012-08-27", "2023-09-12"]))
def test_mixtures_with_and_without_a_date(text, published):
    check(text, published=published)
