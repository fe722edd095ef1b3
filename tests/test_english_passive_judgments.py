"""English passive judgments with no agent ("peacekeepers have been blamed for …"): PolNeAR
annotates the clause itself as the attribution, with no source (invented sentences, analyzed with
the English model)."""
import pytest


@pytest.fixture(scope="module")
def analyze():
    import newsgraph
    return lambda text: newsgraph.analyze(text, published="2024-05-02", lang="en")


def test_an_agentless_passive_judgment_is_its_clause_with_nobody_named(analyze):
    text = "The inquiry opened on Monday.\n\nThe inspectors have been accused of ignoring the warnings about the dam."
    (quote,) = analyze(text).quotes
    assert quote.text == "The inspectors have been accused of ignoring the warnings about the dam"
    assert text[quote.cue.start:quote.cue.end] == "have been accused"
    assert quote.speaker.actor is None and quote.speaker.start is None


def test_with_its_agent_a_passive_judgment_reports_its_subject(analyze):
    text = "The inquiry opened on Monday.\n\nThe new inspectors were criticized by local farmers."
    (quote,) = analyze(text).quotes
    assert quote.text == "The new inspectors"
    assert "farmers" in text[quote.speaker.start:quote.speaker.end]


def test_a_relative_clause_about_the_judged_is_no_report(analyze):
    text = "The inquiry opened on Monday.\n\nThe mayor, who was criticized for the delay, resigned on Monday."
    assert not analyze(text).quotes


def test_french_reads_its_passives_after_the_verb():
    from newsgraph.lang import load_pack
    assert load_pack("en").setting("passive_report_is_clause", False)
    assert not load_pack("fr").setting("passive_report_is_clause", False)


def test_an_agentless_passive_of_saying_or_believing_is_its_clause(analyze):
    text = "The inquiry opened on Monday.\n\nThe harbor master is said to be furious about the closure."
    (quote,) = analyze(text).quotes
    assert quote.text == "The harbor master is said to be furious about the closure"
    assert quote.speaker.start is None


def test_an_expletive_passive_reports_the_clause_after_its_verb(analyze):
    text = "The inquiry opened on Monday.\n\nIt is widely believed that the harbor master will resign."
    (quote,) = analyze(text).quotes
    assert quote.text == "the harbor master will resign"
    assert text[quote.cue.start:quote.cue.end] == "is widely believed"


def test_a_passive_that_governs_nothing_after_it_reports_its_subject(analyze):
    # "how the fees are reported": the clause would hold only its own cue; PolNeAR annotates the
    # passive subject as what is reported
    text = "The inquiry opened on Monday.\n\nThe new law changes how harbor fees are reported."
    (quote,) = analyze(text).quotes
    assert quote.text == "harbor fees"
    assert text[quote.cue.start:quote.cue.end] == "are reported" and quote.end <= quote.cue.start
