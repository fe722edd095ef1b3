"""Predicates the tagger or the table missed: a sum paid or allotted to a recipient is aid ("verser",
"allouer", "octroyer" + a sum); standing or siding with an actor ("se tenir / se ranger aux côtés
de X") is stated support; a present of a third-group verb the tagger read as a noun is looked up
as its infinitive ("combat" -> "combattre", verb_endings.tsv); a simple future the tagger read as
a past participle hung on the subject noun ("La Belgique financera …") is finite and active
(repairs.misread_future). Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "paid": "Le Danemark a versé 3 millions de couronnes à l'Unesco pour les écoles.",
    "allotted": "Madrid alloue 20 millions d'euros au Sénégal pour ses garde-côtes.",
    "ransom": "Le gouvernement chilien a versé une rançon de deux millions aux ravisseurs.",
    "stands": "Le Portugal se tient fermement aux côtés de la Moldavie.",
    "sides": "L'Autriche s'est rangée aux côtés de la Hongrie dans ce différend.",
    "fights": "L'armée tchadienne combat aux côtés du Niger.",
    "future": "La Belgique financera par ailleurs la construction d'un hôpital à Kinshasa.",
    "participle": "Les rebelles soutenus par la Turquie ont perdu du terrain face à l'armée syrienne.",
}

TITLED = True


def test_a_sum_paid_or_allotted_to_an_actor_is_aid(events):
    assert ("AID", "country:DNK", "org:unesco") in coded(events, "paid")
    assert ("AID", "country:ESP", "country:SEN") in coded(events, "allotted")


def test_a_ransom_is_no_aid(events):
    assert not any(kind == "AID" for kind, _, _ in coded(events, "ransom"))


def test_standing_or_siding_with_an_actor_is_support(events):
    assert ("SUPPORT", "country:PRT", "country:MDA") in coded(events, "stands")
    assert ("SUPPORT", "country:AUT", "country:HUN") in coded(events, "sides")


def test_a_present_read_as_a_noun_is_looked_up_as_its_verb(events):
    assert ("COOPERATE", "country:TCD", "country:NER") in coded(events, "fights")


def test_a_future_read_as_a_participle_is_active(events):
    assert ("AID", "country:BEL", "country:COD") in coded(events, "future")


def test_a_true_participle_stays_passive(events):
    assert not any(actor == "country:SYR" for kind, actor, _ in coded(events, "participle") if kind == "SUPPORT")
