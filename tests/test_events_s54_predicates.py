"""Predicate classes read by stop 54: speaking with a counterpart ("parler avec"), visits put off
("reporter sa visite"), checks brought back at a border (plural "contrôles", also hung on the verb),
intelligence exchanged, donors described as such ("premier bailleur de fonds de X"), escorts, linking verbs other than
"être" ("X reste le principal soutien de Y"). Invented sentences, full
pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "spoke": "Le ministre japonais des Affaires étrangères a parlé mardi avec son homologue indien.",
    "spoke_press": "Le ministre a parlé avec des journalistes à Oslo.",
    "postponed": "Le chancelier autrichien a reporté sa visite à Ankara.",
    "put_off": "Le président kényan a repoussé son voyage à Pékin.",
    "checks": "La France a réintroduit des contrôles à ses frontières avec l'Italie.",
    "checks_noun": "L'Autriche a rétabli les contrôles aux frontières avec la Hongrie.",
    "own_border": "L'Ukraine a exigé le rétablissement du contrôle de sa frontière avec la Russie.",
    "donor": "L'Allemagne est le premier bailleur de fonds du Niger.",
    "arms": "La Russie est le premier fournisseur d'armes de l'Inde.",
    "escort": "Le convoi de l'ONU a été escorté par des soldats tchadiens.",
    "intelligence": "La Pologne et la Lituanie ont échangé des renseignements sur les forces russes.",
    "remains": "La Chine est devenue le premier bailleur du Laos.",
    "still_backer": "La Russie reste le principal soutien du régime syrien.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_speaking_with_a_counterpart_is_a_meeting(events):
    assert ("CONSULT", "country:JPN", "country:IND") in coded(events, "spoke")
    assert not coded(events, "spoke_press")


def test_a_visit_put_off_is_a_snub(events):
    assert ("SANCTION", "country:AUT", "country:TUR") in coded(events, "postponed")
    assert ("SANCTION", "country:KEN", "country:CHN") in coded(events, "put_off")


def test_checks_at_a_border_restrict_the_neighbour_s_entry(events):
    assert ("SANCTION", "country:FRA", "country:ITA") in coded(events, "checks")
    assert ("SANCTION", "country:AUT", "country:HUN") in coded(events, "checks_noun")


def test_control_over_one_s_own_border_is_no_check(events):
    assert not {e for e in coded(events, "own_border") if e[0] == "SANCTION"}


def test_a_donor_aids_whom_it_funds(events):
    assert ("AID", "country:DEU", "country:NER") in coded(events, "donor")
    assert ("AID", "country:RUS", "country:IND") in coded(events, "arms")


def test_an_escort_protects_the_convoy_s_owner(events):
    assert ("COOPERATE", "country:TCD", "org:onu") in coded(events, "escort")


def test_a_linking_verb_gives_the_noun_predicate_its_subject(events):
    assert ("AID", "country:CHN", "country:LAO") in coded(events, "remains")
    assert ("SUPPORT", "country:RUS", "country:SYR") in coded(events, "still_backer")


def test_intelligence_exchanged_is_cooperation(events):
    assert ("COOPERATE", "country:POL", "country:LTU") in coded(events, "intelligence")


def test_escorting_captives_is_no_protection(analyze):
    """Guarding prisoners protects no one (review s54): the row needs a convoy, a mission or a ship."""
    article = analyze("Un titre sans rapport\n\nLes forces russes ont escorté les soldats ukrainiens capturés vers "
                      "la frontière.", published="2024-05-02")
    assert not [e for e in article.events if e.type == "COOPERATE"]
