"""Incises (nlp/incise_reports.py): a speech verb after an adverb that makes a connective of it
("…, autrement dit parmi les pires") is no incise: nobody speaks. Invented sentences."""


def test_autrement_dit_is_no_incise(reports):
    assert reports("Le pays est classé 169e, autrement dit parmi les pires pays de la planète en matière "
                   "de liberté de la presse.") == []


def test_a_real_incise_is_still_read(reports):
    found = reports("La prise de la ville est un sérieux revers pour le régime, affirme Jean Dupont.")
    assert [(speaker, cue) for _, speaker, cue in found] == [("Jean Dupont", "affirme")]
