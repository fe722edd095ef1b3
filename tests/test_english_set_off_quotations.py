"""A report whose words are one whole quotation set off from its cue by a comma or a colon is
direct speech; words the sentence governs ("said that", "urged X to") stay mixed (invented
sentences, analyzed with the English model)."""
import pytest


@pytest.fixture(scope="module")
def analyze():
    import newsgraph
    return lambda text: newsgraph.analyze(text, published="2024-05-02", lang="en")


def test_a_quotation_set_off_by_a_comma_after_a_participle_is_direct(analyze):
    text = ("Groups of students kept marching through the streets around the arena, where the city's hockey "
            "team played the visitors, while chanting, \"We want our park back.\"")
    quotes = [q for q in analyze(text).quotes if "park back" in q.text]
    assert quotes and quotes[0].type == "direct"
    assert quotes[0].text == "We want our park back."


def test_governed_quotations_stay_mixed(analyze):
    text = "The mayor spoke on Monday. She said that \"the town is tired.\" She urged voters to \"stay calm.\""
    quotes = analyze(text).quotes
    tired = [q for q in quotes if "town is tired" in q.text]
    calm = [q for q in quotes if "stay calm" in q.text]
    assert tired and tired[0].type == "mixed"
    assert calm and calm[0].type == "mixed"
