"""A relative clause that describes the speaker of a marker opening its sentence ("Selon un officier
qui a requis l'anonymat, …"): the speaker is the noun phrase before the relative, the report the
clause after the comma that closes it (marker_reports.find_marker_reports, marker_bounds.speaker_relative).
Real French model; the sentence is invented."""

TEXTS = {
    "opening": "Selon un officier de la police municipale qui a requis l'anonymat, les deux suspects "
               "ont été conduits mardi soir au commissariat central.",
    "closing": "Le retrait des troupes a été jugé « prématuré » à Bamako, selon un diplomate africain qui "
               "a requis l'anonymat.",
}


def test_relative_describing_the_speaker_of_an_opening_marker(analyzed):
    article = analyzed(TEXTS, headline=True)["opening"]
    found = [(q.text, q.type, q.cue.text, article.text[q.speaker.start:q.speaker.end]) for q in article.quotes]
    assert found == [("les deux suspects ont été conduits mardi soir au commissariat central", "indirect",
                      "Selon", "un officier de la police municipale")]



def test_relative_describing_the_speaker_of_a_closing_marker(analyzed):
    # the words are all before the marker; the relative runs to the sentence's end
    article = analyzed(TEXTS, headline=True)["closing"]
    found = [(q.text, q.type, q.cue.text, article.text[q.speaker.start:q.speaker.end]) for q in article.quotes]
    assert found == [("Le retrait des troupes a été jugé « prématuré » à Bamako", "mixed", "selon",
                      "un diplomate africain")]


def test_relative_describing_a_complement_of_a_cited_fact(analyzed):
    # "citing the position of a country that …": the relative describes the complement, the head
    # ("position") cannot speak, so the clause before keeps its own cue and speaker
    text = ("Defense experts said military factors have contributed to raising Chile's regional standing, "
            "citing the strategic position of a country that borders Peru and has had good relations with Brazil.")
    article = analyzed({"fact": "Chile and its neighbours\n\n" + text}, lang="en")["fact"]
    found = [(q.text, q.cue.text, article.text[q.speaker.start:q.speaker.end]) for q in article.quotes]
    assert ("military factors have contributed to raising Chile's regional standing", "said",
            "Defense experts") in found
    assert not any(cue == "citing" and not words.startswith("the strategic") for words, cue, _ in found)
