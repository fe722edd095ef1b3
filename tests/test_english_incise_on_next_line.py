"""A quotation that ends with a comma at a line break: its sentence goes on, on the next line,
with the incise that attributes it (a scraper's break; invented text)."""
import newsgraph


def test_a_quotation_ending_with_a_comma_takes_the_incise_on_the_next_line():
    text = ("Mayor Ann Holt spoke on Monday.\n"
            "“We will rebuild the bridge before the winter comes,”\n"
            "Holt said.\n"
            "Work starts soon.")
    quotes = newsgraph.analyze(text, published="2024-05-02", lang="en").quotes
    found = [q for q in quotes if q.text.startswith("We will rebuild")]
    assert found and found[0].type == "direct" and found[0].speaker.name == "Ann Holt"


def test_a_paragraph_ending_with_its_speech_verb_and_a_comma_attributes_the_next_paragraph_s_quotation():
    text = "The council met on Monday. Mayor Ann Holt said,\n“We will rebuild the bridge before the winter comes.”"
    quotes = newsgraph.analyze(text, published="2024-05-02", lang="en").quotes
    found = [q for q in quotes if q.text.startswith("We will rebuild")]
    assert found and found[0].type == "direct" and found[0].speaker.name == "Ann Holt"
