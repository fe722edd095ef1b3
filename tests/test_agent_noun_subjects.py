"""A speech verb's subject headed by a noun of agent the role lists lack ("la brigadier", "la
gardienne de la paix": an agent ending, agent_endings.txt) is a speaker: its report is kept, where
it was dropped as a subject that could not speak. A text or a piece of evidence still is none."""
import pytest


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp.pipeline import load_pipeline
    return load_pipeline("fr")


def _quotes(nlp, text):
    from newsgraph.nlp.quotes import find_quotes
    doc = nlp(text)
    return [(text[q.start:q.end], text[q.speaker[0]:q.speaker[1]] if q.speaker else None) for q in find_quotes(doc)]


@pytest.mark.parametrize("text, speaker, words", [
    ("La brigadier a expliqué que les patrouilles seraient renforcées dans le quartier.",
     "La brigadier", "les patrouilles seraient renforcées dans le quartier"),
    ("La gardienne de la paix a indiqué que la victime avait été transportée à l'hôpital.",
     "La gardienne de la paix", "la victime avait été transportée à l'hôpital"),
])
def test_an_agent_noun_subject_speaks(nlp, text, speaker, words):
    assert (words, speaker) in _quotes(nlp, text)


def test_evidence_still_does_not_speak(nlp):
    assert _quotes(nlp, "Les chiffres indiquent que la croissance ralentit.") == []
