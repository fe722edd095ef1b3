"""Issue 10: the medium that made a work, a count, a poll or a check is its source ("un bilan
établi par l'AFP", "une enquête menée par Mediapart", "une vidéo authentifiée par la BBC"; pack
list channel_participles), and so is the medium a poll was made for ("un sondage réalisé par
Ipsos pour Le Monde"; pack words commission_preposition and commissioned_works). Invented
sentences, full pipeline."""
from __future__ import annotations

from source_texts import cited


def test_the_maker_of_a_count_or_a_survey_is_cited():
    found = cited("Selon un bilan établi par l'AFP, au moins vingt personnes ont été tuées.",
                  "Selon une enquête menée par Mediapart, le ministre aurait menti aux enquêteurs.",
                  "Selon un décompte effectué par Reuters, 300 manifestants ont été arrêtés.",
                  "Selon des images vérifiées par la BBC, les bombardements ont repris dans la nuit.")
    assert [[(name, named) for name, _, named in f] for f in found] == \
        [[("AFP", True)], [("Mediapart", True)], [("Reuters", True)], [("BBC", True)]]
    assert [f[0][1] for f in found[:2]] == ["Selon un bilan établi par l'AFP", "Selon une enquête menée par Mediapart"]


def test_the_medium_a_poll_was_made_for_is_cited():
    found = cited("Selon un sondage réalisé par Ipsos pour Le Monde, 52 % des Français approuvent la mesure.",
                  "Selon un sondage Ifop réalisé pour le Journal du dimanche, 60 % des sondés sont inquiets.",
                  "Le ministre a écrit pour Le Monde une longue lettre aux enseignants.")
    assert [[(name, evidence) for name, evidence, _ in f] for f in found] == [
        [("Le Monde", "un sondage réalisé par Ipsos pour Le Monde")],
        [("Le Journal du dimanche", "un sondage Ifop réalisé pour le Journal du dimanche")],
        []]
