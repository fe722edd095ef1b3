"""A medium's title in quotation marks as a report's speaker is a name, not a quotation."""
import pytest


@pytest.mark.parametrize("title", ["« La Vigie »", "“La Vigie”", '"La Vigie"'])
def test_marked_title_as_subject_gives_no_quote_of_its_own(analyze, title):
    text = f"{title} rapporte que la mairie va fermer la piscine municipale."
    quotes = analyze(text, published="2024-03-05").quotes
    assert [q.type for q in quotes] == ["indirect"], [(q.type, q.text) for q in quotes]
    assert quotes[0].text == "la mairie va fermer la piscine municipale"
    assert "Vigie" in quotes[0].speaker.name


def test_quotation_with_an_incise_inside_is_kept(analyze):
    quotes = analyze("« Nous, dit-elle, nous resterons ici jusqu'au bout. »", published="2024-03-05").quotes
    assert len(quotes) == 2 and all(q.type == "direct" for q in quotes)
