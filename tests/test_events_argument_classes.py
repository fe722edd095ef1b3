"""Arguments the parser or the resolver lost: an adverb between the auxiliary and the participle
("a de nouveau bombardé", "a une nouvelle fois frappé"), a city after a meeting noun read as its
partner ("le sommet de Vienne"), a partial list after a hosted group ("une vingtaine de dirigeants,
dont X et Y"), an object the parser gave to an incise after it ("X a expulsé un diplomate iranien, a
confirmé la ministre") or read as an open complement after an adverb ("a aussitôt convoqué le chargé
d'affaires belge"), a state's medium ("la télévision d'État syrienne") and a state's people ("une aide
pour la population soudanaise"). Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "again": "L'armée turque a de nouveau bombardé dans la nuit les faubourgs de Damas.",
    "once_more": "L'armée turque a une nouvelle fois bombardé la Syrie.",
    "venue": "La Russie a participé au sommet de Vienne.",
    "gathered": "Le chancelier allemand Olaf Scholz a réuni mardi à Berlin une dizaine de dirigeants "
                "européens, dont le président français Emmanuel Macron et le Premier ministre italien "
                "Mario Draghi.",
    "incise": "Les Pays-Bas ont expulsé lundi un diplomate russe soupçonné d'espionnage, a confirmé le "
              "ministre des Affaires étrangères.",
    "adverb_object": "Ankara a immédiatement convoqué le chargé d'affaires suédois.",
    "medium": "La télévision d'État iranienne a accusé Israël d'avoir bombardé le consulat.",
    "not_medium": "Le quotidien allemand Die Welt a critiqué la Russie.",
    "people": "Le Japon a débloqué une aide de 5 millions de dollars pour la population afghane.",
}

# (the conftest's `events` fixture analyses TEXTS)


def pairs(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_an_adverb_between_auxiliary_and_participle_keeps_the_subject(events):
    assert ("ASSAULT", "country:TUR", "country:SYR") in pairs(events, "again")


def test_a_bare_phrase_of_time_between_auxiliary_and_participle_keeps_the_subject(events):
    assert ("ASSAULT", "country:TUR", "country:SYR") in pairs(events, "once_more")


def test_the_city_a_summit_is_named_after_is_its_venue_not_a_partner(events):
    assert not any(a == "country:RUS" and r == "country:AUT" for _, a, r in pairs(events, "venue"))


def test_the_host_receives_each_member_of_a_partial_list(events):
    found = {(a, r) for t, a, r in pairs(events, "gathered") if t == "CONSULT"}
    assert {("person:olaf-scholz", "person:emmanuel-macron"), ("person:olaf-scholz", "person:mario-draghi")} <= found



def test_the_object_the_parser_gave_to_the_incise_is_the_verbs(events):
    assert ("SANCTION", "country:NLD", "country:RUS") in pairs(events, "incise")


def test_a_noun_phrase_read_as_open_complement_after_an_adverb_is_the_object(events):
    assert ("PROTEST", "country:TUR", "country:SWE") in pairs(events, "adverb_object")


def test_a_states_medium_speaks_for_it_and_a_private_one_for_nobody(events):
    assert ("ACCUSE", "country:IRN", "country:ISR") in pairs(events, "medium")
    assert not pairs(events, "not_medium")


def test_a_states_people_receives_its_aid(events):
    assert ("AID", "country:JPN", "country:AFG") in pairs(events, "people")
