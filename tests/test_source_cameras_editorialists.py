"""Two more ways a medium carries information: the cameras a statement was made before ("devant
les caméras de la RTBF", pack channel_nouns) and its unnamed editorialist, who writes the
paper's position (pack media_staff: "estime l'éditorialiste du Figaro"); a named editorialist
speaks for himself. Invented sentences."""
from source_texts import cited


def test_a_statement_before_a_medium_s_cameras():
    found, = cited("« Nous ne signerons pas ce texte », a déclaré la ministre devant les caméras de la RTS.")
    assert [(name, evidence) for name, evidence, _ in found] == [("RTS", "les caméras de la RTS")]


def test_an_unnamed_editorialist_speaks_for_the_paper():
    unnamed, named = cited("« Le gouvernement a perdu la main », estime l'éditorialiste de La Libre.",
                           "L'éditorialiste de La Libre, Paul Martin, estime que le gouvernement a perdu la main.")
    assert [name for name, _, _ in unnamed] == ["La Libre"]
    assert named == []
