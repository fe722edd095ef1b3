"""The writer's own voice: outside quotation marks, a report whose subject is the first or second
person ("We know that…", "I believe…") is an attribution, as PolNeAR annotates it (setting
`writer_speaks`); a question to the reader and the words inside a quotation are not (invented
sentences, English model)."""
import pytest


@pytest.fixture(scope="module")
def analyze():
    import newsgraph
    return lambda text: newsgraph.analyze(text, published="2024-05-02", lang="en")


def _reports(text, quotes):
    return [(q.text, text[q.speaker.start:q.speaker.end] if q.speaker.start is not None else None)
            for q in quotes]


def test_the_writer_knowing_and_believing_is_a_report(analyze):
    text = ("The harbour levy\n\n"
            "We know that most of the harbour fees are paid by three shipping firms. "
            "I believe the levy will be dropped before the winter.")
    found = _reports(text, analyze(text).quotes)
    assert ("most of the harbour fees are paid by three shipping firms", "We") in found
    assert any(words.startswith("the levy will be dropped") and mention == "I" for words, mention in found)


def test_a_question_to_the_reader_reports_nothing(analyze):
    text = ("The harbour levy\n\n"
            "Do you know where the harbour fees end up after the firms pay them?")
    assert analyze(text).quotes == []


def test_the_first_person_inside_a_quotation_is_the_speakers_own_words(analyze):
    text = ("The harbour levy\n\n"
            "“I think that the levy will be dropped,” the harbour master Ines Varga said on Monday.")
    found = _reports(text, analyze(text).quotes)
    assert [mention for _, mention in found] == ["the harbour master Ines Varga"]


def test_french_leaves_the_journalists_voice_out():
    import newsgraph
    text = ("La taxe portuaire\n\n"
            "Nous savons que la plupart des droits du port sont payés par trois armateurs.")
    assert newsgraph.analyze(text, published="2024-05-02", lang="fr").quotes == []
