"""A verb coordinated with the main verb after its que-clause ("X a affirmé que … était … et a
appelé Y …") acts with the main verb's subject: its tense auxiliary is the main verb's, which the
clause's imperfect has none of; the parser hangs it on the clause's verb. A clause verb with an
auxiliary of the same form keeps the nearest reading. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "imperfect": "Le ministre turc a affirmé que la Russie était prête à négocier et a appelé l'Ukraine à la retenue.",
    "fronted": "La Chine a bloqué un navire philippin. À la Commission européenne, une porte-parole a rappelé "
               "que le droit de la mer s'appliquait et a appelé la Chine au calme.",
    "same_form": "Le ministre turc a affirmé que la Russie a violé le cessez-le-feu et a attaqué l'Ukraine.",
}

TITLED = True


def test_the_conjunct_continues_the_main_clause(events):
    assert ("REQUEST", "country:TUR", "country:UKR") in coded(events, "imperfect")
    assert not any(a == "country:RUS" and r == "country:UKR" for _, a, r in coded(events, "imperfect"))
    assert ("REQUEST", "org:commission-europeenne", "country:CHN") in coded(events, "fronted")


def test_a_clause_verb_of_the_same_form_keeps_its_conjunct(events):
    assert ("ASSAULT", "country:RUS", "country:UKR") in coded(events, "same_form")
