"""What a quote says that is no act of its speaker toward the state it names (quote_acts.py, quote_targets.py,
quote_events.py): a stance word the quote denies ("sans aucune provocation"), a demand
the target itself makes and the speaker relays, a former office holder read as his state; a
hostile adverb ("illégalement") is blame, and a hostile word is said only of the subject of its
clause, not of one coordinated with its own subject. Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "denied": "« La marine japonaise passe dans ce détroit sans aucune provocation de la Chine », "
              "a assuré le ministre japonais de la Défense.",
    "not_denied": "« C'est une provocation de la Chine », a assuré le ministre japonais de la Défense.",
    "relayed_demand": "Le ministre malien Abdoulaye Diop a déclaré que la Guinée réclamait la levée des sanctions.",
    "former": "Un ancien ambassadeur de Suède à Moscou estime que Stockholm devra désormais « regarder la "
              "Russie en face ».",
    "veterans": "« La Russie a commis une agression contre l'Ukraine », a déclaré le ministre canadien des "
                "Anciens combattants.",
    "serving": "Le ministre suédois des Affaires étrangères estime que Stockholm devra désormais « regarder "
               "la Russie en face ».",
    "adverb": "Le ministre chinois a affirmé que le navire japonais était entré illégalement dans les eaux chinoises.",
    "coordinated": "« La Russie a menti au monde entier et la France a gardé le silence », a déclaré le "
                   "ministre ukrainien des Affaires étrangères.",
}


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_denied_hostile_word_is_no_charge(events):
    assert ("ACCUSE", "country:JPN", "country:CHN") not in coded(events, "denied")
    assert ("ACCUSE", "country:JPN", "country:CHN") in coded(events, "not_denied")


def test_a_demand_the_target_makes_is_not_the_speakers(events):
    assert not any(t == "REQUEST" for t, _, _ in coded(events, "relayed_demand"))


def test_a_former_office_holder_speaks_for_no_state(events):
    assert not any(a == "country:SWE" for _, a, _ in coded(events, "former"))
    # "Anciens" in a complement after the head is no former adjective of the speaker
    assert ("ACCUSE", "country:CAN", "country:RUS") in coded(events, "veterans")
    assert any(a == "country:SWE" and r == "country:RUS" for _, a, r in coded(events, "serving"))


def test_a_hostile_adverb_is_blame(events):
    assert ("ACCUSE", "country:CHN", "country:JPN") in coded(events, "adverb")


def test_a_hostile_word_of_a_coordinated_clause_is_not_said_of_another_subject(events):
    found = coded(events, "coordinated")
    assert ("ACCUSE", "country:UKR", "country:RUS") in found
    assert ("ACCUSE", "country:UKR", "country:FRA") not in found
