"""Contact and diplomatic acts in the forms the press writes them: a passive under a modal ("doit
être reçu par X"), the two sides of a deal named "les deux parties", talks that "take place"
between two sides ("des pourparlers ont eu lieu entre X et Y"), an object the parser made the
subject of an incise's verb. Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "modal_passive": "Le ministre chilien Pablo Soto doit être reçu jeudi par le président uruguayen Marco Rivas.",
    "parties": "La Norvège et le Chili ont ouvert des discussions sur le saumon à Oslo. Selon un diplomate, "
               "les deux parties doivent signer lundi un accord de pêche.",
    "parties_of_persons": "À Lima, le président péruvien Luis Quispe a reçu mardi une délégation bolivienne. "
                          "Les deux parties ont convenu d'ouvrir une route commune.",
    "officials": "Le ministre chilien Pablo Soto a reçu à Santiago la ministre argentine Laura Vidal. Les deux "
                 "responsables ont signé un accord sur l'eau.",
    "all_parties": "L'Inde et le Pakistan se sont affrontés dans le Cachemire. Le Japon a appelé toutes les "
                   "parties au calme.",
    "incise": "Le Portugal a expulsé mardi un diplomate vénézuélien soupçonné d'ingérence, a confirmé le "
              "ministre Rui Lopes.",
    "took_place": "Des pourparlers ont eu lieu mercredi à Genève entre l'Arménie et l'Azerbaïdjan.",
    "taking_place": "Les négociations qui se déroulent entre la Serbie et la Hongrie piétinent.",
}
TITLED = True  # an article's first paragraph is its title

# (the conftest's `events` fixture analyses TEXTS)


def found(events, name):
    return [(e.type, e.mode, e.actor.actor, e.recipient.actor if e.recipient else None)
            for e in events[name] if not e.negated]


def test_a_passive_under_a_modal_takes_the_modal_s_subject_as_the_guest(events):
    # "doit être reçu par X": the surface subject stands on "devoir", the host in "par"
    assert ("CONSULT", "host", "person:marco-rivas", "person:pablo-soto") in found(events, "modal_passive")


def test_the_two_parties_are_the_two_states_just_named(events):
    agreements = [(a, r) for kind, _, a, r in found(events, "parties") if kind == "AGREE"]
    assert agreements and all({a, r} == {"country:NOR", "country:CHL"} for a, r in agreements)


def test_the_two_parties_take_up_a_person_for_their_state(events):
    agreements = [(a, r) for kind, _, a, r in found(events, "parties_of_persons") if kind == "AGREE"]
    assert agreements and all({a, r} == {"person:luis-quispe", "country:BOL"} for a, r in agreements)


def test_the_two_officials_are_the_two_persons_just_named(events):
    agreements = [(a, r) for kind, _, a, r in found(events, "officials") if kind == "AGREE"]
    assert agreements and all({a, r} == {"person:pablo-soto", "person:laura-vidal"} for a, r in agreements)


def test_all_parties_is_no_anaphor(events):
    # "toutes les parties": whoever takes part, not the two states named before
    assert not [e for e in found(events, "all_parties") if e[0] == "REQUEST"]


def test_an_object_the_parser_made_the_incise_s_subject_is_the_object(events):
    # "X a expulsé un diplomate vénézuélien, a confirmé le ministre": "diplomate" parsed as the
    # subject of "a confirmé"
    assert ("SANCTION", "expel", "country:PRT", "country:VEN") in found(events, "incise")


def test_talks_that_took_place_between_two_states_are_their_meeting(events):
    meetings = [(a, r) for kind, _, a, r in found(events, "took_place") if kind == "CONSULT"]
    assert meetings == [("country:ARM", "country:AZE")]


def test_talks_taking_place_between_two_states_in_a_relative_clause(events):
    meetings = [(a, r) for kind, _, a, r in found(events, "taking_place") if kind == "CONSULT"]
    assert meetings == [("country:SRB", "country:HUN")]
