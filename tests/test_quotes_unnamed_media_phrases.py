"""Unnamed media after 'selon' / 'd'après': the whole description, participle adjectives and
media nouns of several words included (GUIDELINES: generic or unnamed media, named false)."""
import pytest


def unnamed(analyze, text):
    return [(s.name, s.named) for s in analyze(text, published="2024-03-05").sources]


@pytest.mark.parametrize("marker", ["Selon", "D'après"])
def test_participle_adjective_stays_in_the_name(analyze, marker):
    text = f"{marker} la presse spécialisée, le chantier du viaduc reprendra à l'automne."
    assert unnamed(analyze, text) == [("presse spécialisée", False)]


def test_news_site_is_an_unnamed_medium(analyze):
    text = "D'après un site d'information régional, le chantier du viaduc reprendra à l'automne."
    assert unnamed(analyze, text) == [("site d'information régional", False)]


def test_a_site_of_another_kind_is_no_medium(analyze):
    text = "Le site industriel fermera à l'automne, a annoncé la direction du groupe."
    assert unnamed(analyze, text) == []


def test_participle_with_its_own_complement_is_no_part_of_the_name(analyze):
    text = "Selon la presse basée à Lyon, le chantier du viaduc reprendra à l'automne."
    assert all("Lyon" not in name for name, _ in unnamed(analyze, text))
