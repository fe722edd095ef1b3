""""Selon nos informations, …" is the outlet's own knowledge, not a report of anybody's words: a
marker whose speaker is a writer's possessive before an information noun gives no quote (nor a
speaker "nos informations"); a named medium after "nos" ("nos confrères du Temps") still speaks.
Invented sentences."""


def test_our_information_is_no_report(reports):
    assert reports("Selon nos informations, la commune renoncera au projet de piscine.") == []


def test_our_colleagues_of_a_named_paper_still_speak(reports):
    found = reports("Selon nos confrères de La Gazette, la commune renoncera au projet de piscine.")
    assert [cue for _, _, cue in found] == ["Selon"]
