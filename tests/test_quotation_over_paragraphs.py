"""A quotation over several paragraphs, each reopened with a mark and only the last closed and
attributed, is one statement: every piece takes the speaker of the incise after the last one,
not the speaker of an earlier quote; a piece before a paragraph break a scraper lost, which no
earlier quote continues, is kept with that speaker too (nlp/quote_links.py, link_run_on). The
texts are invented."""

EARLIER = "« Nous allons agir vite », a dit le maire Paul Martin lundi.\n\n"
PLAN = "Le lendemain, la ministre Claire Dubois a présenté son plan devant les élus.\n\n"
FIRST = "« Le premier volet porte sur les transports publics et les routes de la région."
SECOND = "« Le deuxième volet concerne les écoles et les crèches de toutes les communes."
LAST = "« Le dernier volet concerne le logement des familles modestes », a ajouté la ministre."


def _speakers(reports, text):
    return {words[:20]: (speaker, cue) for words, speaker, cue in reports(text)}


def test_every_piece_takes_the_speaker_of_the_last_not_of_an_earlier_quote(reports):
    found = _speakers(reports, EARLIER + PLAN + FIRST + "\n\n" + SECOND + "\n\n" + LAST)
    assert found["Nous allons agir vit"] == ("Paul Martin", "a dit")
    assert found["Le premier volet por"] == found["Le deuxième volet co"] == found["Le dernier volet con"] \
        == ("Claire Dubois", "a ajouté")


def test_a_piece_before_a_lost_paragraph_break_is_kept_and_attributed(reports):
    found = _speakers(reports, PLAN + FIRST + " " + LAST)
    assert found.get("Le premier volet por") == ("Claire Dubois", "a ajouté")

