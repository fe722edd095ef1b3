"""An unnamed medium coordinated after another informant of one marker is cited too ("selon la
mairie et la presse régionale"). Invented sentences."""


def test_an_unnamed_medium_after_another_informant_of_the_marker(analyze):
    sources = analyze("Le pont a été fermé mardi, selon la mairie et la presse régionale.",
                      published="2024-03-05").sources
    assert [s.named for s in sources] == [False]
