"""A counted anaphor a verb is aimed at ("a appelé les deux parties", "qui avait accueilli les deux
dirigeants") takes up sides other than the verb's own subject: whom an act is aimed at is never
its doer, though the subject's state may be among the last two named. In a noun's complement ("les
relations entre les deux pays") the subject's state may be one of them. Invented sentences, full
pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "appeal": ("Le Venezuela et le Guyana se disputent l'Essequibo. Caracas a menacé Georgetown. Le Brésil, "
               "voisin des deux pays, suit la crise. Le président brésilien Luiz Inácio Lula da Silva a appelé "
               "les deux parties à éviter l'escalade."),
    "relative": ("Joe Biden et Vladimir Poutine se sont rencontrés à Genève. Le président suisse Guy Parmelin, "
                 "qui avait accueilli séparément les deux dirigeants, a salué le sommet."),
}
TITLED = True


def _pairs(events, name):
    return {(actor, recipient) for _, actor, recipient in coded(events, name)}


def test_an_appeal_to_the_two_parties_skips_the_speakers_state(events):
    recipients = {r for a, r in _pairs(events, "appeal") if a and "lula" in a}
    assert recipients == {"country:VEN", "country:GUY"}


def test_a_host_is_not_one_of_the_two_leaders_he_received(events):
    recipients = {r for a, r in _pairs(events, "relative") if a and "parmelin" in a}
    assert len(recipients) == 2 and not any("parmelin" in r for r in recipients)
