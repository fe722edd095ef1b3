"""Issue 10, a medium's own piece as the channel of its staff's words (nlp/editorial_sources.py):
"Dans un éditorial, le directeur du journal écrit que …" cites the journal through its editorial;
its staff speaking with no piece of it only name their employer, a medium speaking is cited once
as the speaker, and a piece of no medium the speaker works for cites nothing. Invented sentences."""
from source_texts import cited


def test_the_editorial_of_a_medium_its_staff_speak_in_is_cited():
    described, named = cited(
        "Le Courrier picard dénonce la grève. Dans un éditorial, la directrice de la rédaction du journal "
        "assure que les kiosques seront livrés.",
        "Dans une chronique, le rédacteur en chef du Soir juge que la réforme est mal préparée.")
    assert described[-1] == ("Le Courrier picard", "Dans un éditorial", False)
    assert named == [("Le Soir", "Dans une chronique", False)]


def test_no_piece_or_no_staff_cites_nothing_more():
    staff, medium, outsider = cited(
        "Le Courrier picard dénonce la grève. La directrice du journal assure que les kiosques seront livrés.",
        "Le Courrier picard dénonce la grève. Dans un éditorial, le journal assure que les kiosques seront livrés.",
        "Le Courrier picard dénonce la grève. Dans un article, le préfet assure que les kiosques seront livrés.")
    assert [evidence for _, evidence, _ in staff] == ["Le Courrier picard dénonce"]
    assert [evidence for _, evidence, _ in medium] == ["Le Courrier picard dénonce", "le journal assure"]
    assert [evidence for _, evidence, _ in outsider] == ["Le Courrier picard dénonce"]
