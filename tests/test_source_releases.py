"""Sources from session 35: a medium's own communiqué cites no medium (GUIDELINES §3: press
releases and communiqués are no sources), while a communiqué carried by a medium still names it as
the channel. The real model; the sentences are invented."""
import pytest

DAY = "2023-06-14"


def cited(analyze, text):
    return [(s.name, text[s.start:s.end], s.named) for s in analyze(text, published=DAY).sources]


@pytest.mark.parametrize("text", [
    "D'après un communiqué de presse de Reuters, l'entreprise va supprimer 300 emplois.",
    "Selon un communiqué de France Télévisions, la grève des techniciens est terminée.",
    "D'après un communiqué de l'agence Amaq, le chef du groupe aurait trouvé la mort.",
])
def test_a_communique_of_a_medium_is_no_source(analyze, text):
    assert cited(analyze, text) == []


def test_a_communique_carried_by_a_medium_names_its_channel(analyze):
    text = "Le ministre a déclaré dans un communiqué transmis à l'AFP que la réforme serait votée."
    assert [(name, named) for name, _, named in cited(analyze, text)] == [("AFP", True)]
