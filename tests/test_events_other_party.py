"""A hostile reaction that names no one answers whoever just acted on its actor, else the state the
article is about; when that state is the actor's own (an article on the sanctions a neighbour imposed on it), the article's
other party, the state it names most among the others (named twice at least), unless the reaction
names a thing of its own. So does a threat or a blame quoted that names no foreign actor ("« nous
répondrons avec fermeté », a averti X"), never an act told after it, nor a quote that speaks of
someone by a pronoun. Its object may be judged unfair or baseless ("une décision unilatérale",
event_stance_words.tsv) or quoted whole, the opening mark hung on the verb ("a dénoncé « une
ingérence »"). Invented texts, full pipeline."""
from __future__ import annotations

# about 450 characters of the actor's own matters, so that the neighbour's act falls out of the window
# of the reaction (found.EARLIER_ACT_WINDOW) and only the article's parties remain
DOMESTIC = ("À Lomé, les marchés sont restés ouverts toute la semaine et les commerçants ont poursuivi leurs "
            "activités malgré la pluie. Le Togo prépare aussi ses élections municipales, prévues en automne, "
            "et le gouvernement togolais a présenté mardi un budget en hausse pour les écoles et les hôpitaux "
            "du pays. Les syndicats d'enseignants ont salué un effort attendu depuis longtemps, tandis que "
            "les agriculteurs du nord réclament de nouvelles routes pour acheminer leurs récoltes vers la côte. ")

TEXTS = {
    "unilateral": "Le Ghana a fermé sa frontière avec le Togo. Lomé a regretté une décision unilatérale.",
    "disproportionate": "Le Ghana a fermé sa frontière avec le Togo. Lomé a regretté une mesure disproportionnée.",
    "plain_decision": "Le Ghana a fermé sa frontière avec le Togo. Lomé a regretté une décision.",
    "quoted_whole": "Le Ghana a expulsé deux diplomates togolais. Lomé a dénoncé « une ingérence flagrante ».",
    "other_party": "Le Ghana a imposé des sanctions au Togo, a annoncé Accra. " + DOMESTIC +
                   "Lomé a dénoncé une ingérence flagrante.",
    "named_once": "Le Ghana a imposé des sanctions au Togo. " + DOMESTIC + "Lomé a dénoncé une ingérence flagrante.",
    # a reaction that names a thing of its own, a quote that speaks of someone by a pronoun
    "thing_blocked": "Le Ghana a imposé des sanctions au Togo, a annoncé Accra. " + DOMESTIC +
                     "Le Togo a bloqué le projet de route côtière de Lomé.",
    "pronoun_quote": "Le Ghana a imposé des sanctions au Togo, a annoncé Accra. " + DOMESTIC +
                     "« Nous ferons en sorte qu'il paie », a averti le ministre togolais Robert Dussey.",
    # a threat in a quote that names no foreign actor, or only the speaker's own state
    "quoted_threat": "Le Ghana a imposé des sanctions au Togo. « Nous répondrons avec fermeté », a averti le "
                     "ministre togolais des Affaires étrangères, Robert Dussey.",
    "own_state_threat": "Le Ghana a imposé des sanctions au Togo. Le ministre togolais des Affaires étrangères, "
                        "Robert Dussey, a averti que le Togo répondrait « avec fermeté ».",
    "threat_before_the_act": "« Nous répondrons avec fermeté », a averti le ministre togolais des Affaires "
                             "étrangères, Robert Dussey. Le Ghana a ensuite imposé des sanctions au Togo.",
}

TITLED = True


def accusations(events, name):
    return {(e.actor.actor, e.recipient.actor) for e in events[name]
            if e.type == "ACCUSE" and not e.negated and e.recipient}


def test_a_decision_judged_unfair_answers_who_acted(events):
    assert ("country:TGO", "country:GHA") in accusations(events, "unilateral")
    assert ("country:TGO", "country:GHA") in accusations(events, "disproportionate")


def test_a_decision_not_judged_is_no_reaction(events):
    assert ("country:TGO", "country:GHA") not in accusations(events, "plain_decision")


def test_an_object_quoted_whole_still_answers_the_act(events):
    assert ("country:TGO", "country:GHA") in accusations(events, "quoted_whole")


def test_the_article_about_the_actor_answers_its_other_party(events):
    assert ("country:TGO", "country:GHA") in accusations(events, "other_party")


def test_an_other_party_named_once_is_no_answer(events):
    assert ("country:TGO", "country:GHA") not in accusations(events, "named_once")


def test_a_reaction_naming_a_thing_answers_no_other_party(events):
    assert not any(e.actor.actor == "country:TGO" and e.recipient and e.recipient.actor == "country:GHA"
                   for e in events["thing_blocked"])


def threats(events, name):
    return {(e.actor.actor, e.recipient.actor) for e in events[name]
            if e.type == "THREATEN" and not e.negated and e.recipient}


def test_a_quoted_threat_naming_no_one_answers_who_acted(events):
    assert ("person:robert-dussey", "country:GHA") in threats(events, "quoted_threat")


def test_a_threat_of_the_speakers_own_state_answers_who_acted(events):
    assert ("person:robert-dussey", "country:GHA") in threats(events, "own_state_threat")


def test_a_threat_answers_no_act_told_after_it(events):
    assert not threats(events, "threat_before_the_act")


def test_a_quote_speaking_of_someone_answers_no_other_party(events):
    assert not threats(events, "pronoun_quote")
