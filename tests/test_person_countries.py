"""A person's country from the role text, the gazetteer or the article (nlp/person_countries)."""
from __future__ import annotations

import pytest

from actor_docs import parsed
from newsgraph.gazetteer import load_gazetteer
from newsgraph.lang import load_pack
from newsgraph.nlp.actor_index import ActorIndex, FoundActor
from newsgraph.nlp.person_countries import add_affiliations, assign_person_countries, role_country
from newsgraph.nlp.roles import RoleFound


@pytest.mark.parametrize("role, country", [
    ("président russe", "RUS"),                                  # a demonym
    ("ambassadeur de France en Afghanistan", "FRA"),             # "de X", before the place complement
    ("professeur à l'université américaine de Beyrouth", None),  # only where the person works
    ("spécialiste de la Syrie", None),                           # a subject of study
    ("chef de la diplomatie de l'Iran", "IRN"),
    ("directeur général au ministère cubain des Affaires étrangères", "CUB"),  # a state body's complement
    ("conseiller à l'ambassade de France", "FRA"),
    ("chercheur au centre d'études russes", None),               # no state body: where one works
    ("secrétaire général de l'Organisation des Etats américains", None),  # a demonym in a body of many states
])
def test_country_named_in_a_role(role, country):
    assert role_country(role, load_gazetteer(), load_pack("fr")) == country


def _persons_with_roles(nlp, roles: dict[str, str], countries: int):
    """A doc naming Syria `countries` times, and an index of persons with the given roles."""
    doc = parsed(nlp, "la le DET\nSyrie Syrie PROPN\n")
    index = ActorIndex()
    for i in range(countries):
        index.add(FoundActor("country:SYR", "Syrie", "country", "SYR"), 100 + 10 * i, 105 + 10 * i, "Syrie")
    entries = {}
    for n, (name, role) in enumerate(roles.items()):
        actor = index.add(FoundActor(f"person:{name.lower()}", name, "person", role=role), 10 * n, 10 * n + 3, name)
        entries[actor.id] = (None, RoleFound(role, 0, 1, 2))
    index.finish()
    return doc, index, entries


def test_a_person_with_a_function_gets_the_article_s_country_unless_stateless(blank_nlp):
    doc, index, entries = _persons_with_roles(
        blank_nlp("fr"), {"Haddad": "gouverneur", "Bakr": "prophète", "Ortiz": "porte-parole de l'organisation"}, 2)
    assign_person_countries(doc, index, load_gazetteer(), entries)
    countries = {a.name: a.country for a in index.actors.values() if a.kind == "person"}
    assert countries == {"Haddad": "SYR", "Bakr": None, "Ortiz": None}


def test_no_dominant_country_no_fallback(blank_nlp):
    doc, index, entries = _persons_with_roles(blank_nlp("fr"), {"Haddad": "gouverneur"}, 1)
    assign_person_countries(doc, index, load_gazetteer(), entries)
    assert index.actors["person:haddad"].country is None  # Syria is named only once


def test_affiliation_is_the_organisation_the_role_names():
    index = ActorIndex()
    index.add(FoundActor("org:umons", "Université de Mons", "organization", "BEL"), 50, 68, "Université de Mons")
    index.add(FoundActor("person:anne-delizee", "Anne Delizée", "person",
                         role="chercheuse à l'Université de Mons"), 0, 12, "Anne Delizée")
    add_affiliations(index)
    assert index.actors["person:anne-delizee"].affiliation == "Université de Mons"


def test_a_place_opening_the_sentence_sets_the_country_of_a_person_in_it():
    from parsed_doc import parsed as parsed_table
    from test_speakers import index_of
    from newsgraph.nlp.person_countries import _scene_country
    doc = parsed_table('''
        À            ADP    case       1
        Niamey       PROPN  obl:mod    10  ent=LOC
        ,            PUNCT  punct      1
        le           DET    det        4
        porte-parole NOUN   nsubj      10
        ,            PUNCT  punct      6
        Paul         PROPN  appos      4  ent=PER
        Martin       PROPN  flat:name  6  ent=PER
        ,            PUNCT  punct      6
        a            AUX    aux:tense  10
        parlé        VERB   ROOT       10  lemma=parler  morph=VerbForm=Part
        .            PUNCT  punct      10
    ''')
    text = doc.text
    index = index_of(text, ("country:NER", "Niamey", "country", None), ("person:paul-martin", "Paul Martin", "person", "m"))
    index.actors["country:NER"].country = "NER"
    assert _scene_country(doc, index, text.index("Paul Martin")) == "NER"


def test_a_person_named_without_a_function_is_presumed_of_the_dominant_state(blank_nlp):
    """Only presumed: the record gets the state, `country` (which events read) stays empty."""
    from newsgraph.extract import actor_records
    doc, index, entries = _persons_with_roles(blank_nlp("fr"), {"Haddad": "gouverneur"}, 2)
    index.add(FoundActor("person:nasser", "Nasser", "person"), 60, 66, "Nasser")
    entries["person:nasser"] = (None, None)
    assign_person_countries(doc, index, load_gazetteer(), entries)
    assert index.actors["person:nasser"].country is None
    assert index.actors["person:nasser"].presumed_country == "SYR"
    records = {a.name: a.country for a in actor_records(index, [], []) if a.kind == "person"}
    assert records == {"Haddad": "SYR", "Nasser": "SYR"}
    # with Syria named once there is no dominant state to presume
    doc, index, entries = _persons_with_roles(blank_nlp("fr"), {}, 1)
    index.add(FoundActor("person:nasser", "Nasser", "person"), 60, 66, "Nasser")
    assign_person_countries(doc, index, load_gazetteer(), {"person:nasser": (None, None)})
    assert index.actors["person:nasser"].presumed_country is None


def test_the_seat_of_a_government_in_a_role_gives_the_person_s_country():
    """"porte-parole de la Maison-Blanche": the seat names the government served, where the
    article's dominant state (Syria, named three times) would otherwise be taken."""
    import newsgraph
    text = ("Le porte-parole de la Maison-Blanche, Tom Parker, a dénoncé les autorités syriennes. "
            "La Syrie a rejeté ces propos. Selon la Syrie, le pays de la Syrie reste calme.")
    countries = {a.name: a.country for a in newsgraph.analyze(text, published="2024-05-02").actors
                 if a.kind == "person"}
    assert countries == {"Tom Parker": "USA"}


def test_a_seat_after_a_place_preposition_is_where_the_role_is_held(blank_nlp):
    from newsgraph.nlp.actor_index import Mention
    from newsgraph.nlp.person_countries import _seat_of_government
    doc = blank_nlp("fr")("correspondant du journal auprès du Kremlin")
    kremlin = Mention(doc.text.index("Kremlin"), len(doc.text), "country:RUS", "Kremlin", "country")
    assert not _seat_of_government(doc, kremlin, load_gazetteer(), 0)
    doc = blank_nlp("fr")("porte-parole du Kremlin")
    kremlin = Mention(doc.text.index("Kremlin"), len(doc.text), "country:RUS", "Kremlin", "country")
    assert _seat_of_government(doc, kremlin, load_gazetteer(), 0)


def test_the_state_a_headline_is_filed_under_is_the_article_s_state():
    """"Norvège : …": a minister the article names without a demonym serves Norway, though Sweden
    is named more often (counting mentions alone made Sweden the article's state)."""
    import newsgraph
    text = ("Norvège : le gouvernement présente un plan pour le Grand Nord\n\n"
            "12 mars 2024. – Le ministre de la Pêche Lars Holmvik a présenté mardi un plan pour les ports. "
            "La Suède a regretté ce plan. Selon la Suède, les ports de la Suède en souffriront. "
            "La Suède attend une réponse.")
    countries = {a.name: a.country for a in newsgraph.analyze(text, published="2024-03-12").actors
                 if a.kind == "person"}
    assert countries == {"Lars Holmvik": "NOR"}


def test_a_person_a_role_names_gives_the_country_of_who_serves_them():
    """"conseiller de Vladimir Poutine": one serves the state of the person one works for."""
    import newsgraph
    text = ("Igor Sarkanov, conseiller de Vladimir Poutine, a rencontré mardi des chercheurs à Genève. "
            "Le président russe Vladimir Poutine n'était pas présent.")
    countries = {a.name: a.country for a in newsgraph.analyze(text, published="2024-03-12").actors
                 if a.kind == "person"}
    assert countries.get("Igor Sarkanov") == "RUS"


def test_a_later_description_with_a_demonym_gives_a_stateless_minister_the_state():
    """"Le ministre belge de la Santé a promis …": the one stateless person whose role it echoes
    (not the Trade minister, whose office it does not name), through the office's periphrases
    too ("le patron de la diplomatie" for a foreign minister); a description that is a named
    person's own role gives no one else a state."""
    import newsgraph

    def countries(text: str) -> dict[str, str | None]:
        return {a.name: a.country for a in newsgraph.analyze(text, published="2024-05-02").actors if a.kind == "person"}

    found = countries("Le ministre de la Santé Jan Peeters et la ministre du Commerce Ana Lopes sont arrivés lundi "
                      "à Lima. Le Pérou a salué leur venue. Le ministre belge de la Santé a promis une aide au Pérou.")
    assert found["Jan Peeters"] == "BEL" and found.get("Ana Lopes") != "BEL"
    found = countries("Le ministre des Affaires étrangères, Marc Tulu, est arrivé lundi à Moscou. Le patron de la "
                      "diplomatie congolaise a été reçu par son homologue russe.")
    assert found["Marc Tulu"] == "COD"
    found = countries("Le ministre de la Santé Jan Peeters est arrivé lundi à Lima. Le Pérou a salué sa venue. "
                      "Le ministre belge de la Santé, Paul Dumont, a promis une aide au Pérou.")
    assert found["Jan Peeters"] != "BEL"


def test_an_official_named_with_another_after_et_shares_their_state():
    """"Le ministre belge de la Santé, X, et la ministre du Commerce, Y, …": one state's
    officials; "et son homologue Y" names another state's."""
    import newsgraph

    def countries(text: str) -> dict[str, str | None]:
        return {a.name: a.country for a in newsgraph.analyze(text, published="2024-05-02").actors if a.kind == "person"}

    found = countries("Le ministre belge de la Santé, Jan Peeters, et la ministre du Commerce, Ana Lopes, "
                      "sont arrivés lundi à Lima.")
    assert found["Ana Lopes"] == "BEL"
    found = countries("Le ministre belge de la Santé Jan Peeters et son homologue Ana Lopes ont signé lundi un accord.")
    assert found["Ana Lopes"] != "BEL"


def _scene_then_person(middle: str):
    """"A Kinshasa, les réactions sont partagées. [middle] Le porte-parole, Paul Martin, a parlé.", one
    paragraph: the capital "A" without its accent, tagged as no word class, opens it."""
    from parsed_doc import parsed as parsed_table
    from test_speakers import index_of
    rows = '''
        A            X      case       1
        Kinshasa     PROPN  obl:mod    5  ent=LOC
        ,            PUNCT  punct      1
        les          DET    det        4
        réactions    NOUN   nsubj      5
        partagées    ADJ    ROOT       5
        .            PUNCT  punct      5
    '''
    offset = 7
    if middle:
        rows += '''
        Le           DET    det        8
        Rwanda       PROPN  nsubj      9  ent=LOC
        proteste     VERB   ROOT       9
        .            PUNCT  punct      9
        '''
        offset = 11
    rows += "\n".join(f"        {line}" for line in f'''
le           DET    det        {offset + 1}
porte-parole NOUN   nsubj      {offset + 7}
,            PUNCT  punct      {offset + 3}
Paul         PROPN  appos      {offset + 1}  ent=PER
Martin       PROPN  flat:name  {offset + 3}  ent=PER
,            PUNCT  punct      {offset + 3}
a            AUX    aux:tense  {offset + 7}
parlé        VERB   ROOT       {offset + 7}  lemma=parler  morph=VerbForm=Part
.            PUNCT  punct      {offset + 7}'''.strip().splitlines())
    doc = parsed_table(rows)
    text = doc.text
    actors = [("country:COD", "Kinshasa", "country", None), ("person:paul-martin", "Paul Martin", "person", "m")]
    if middle:
        actors.append(("country:RWA", "Rwanda", "country", None))
    index = index_of(text, *actors)
    index.actors["country:COD"].country = "COD"
    if middle:
        index.actors["country:RWA"].country = "RWA"
    return doc, index, text.index("Paul Martin")


def test_a_place_opening_the_paragraph_sets_the_country_of_a_person_in_a_later_sentence():
    from newsgraph.nlp.person_countries import _scene_country
    doc, index, start = _scene_then_person("")
    assert len(list(doc.sents)) == 2
    assert _scene_country(doc, index, start) == "COD"


def test_another_state_named_after_the_paragraph_s_place_ends_its_scene():
    from newsgraph.nlp.person_countries import _scene_country
    doc, index, start = _scene_then_person("Le Rwanda proteste.")
    assert len(list(doc.sents)) == 3
    assert _scene_country(doc, index, start) is None


def _spoke_to(medium):
    """"Paul Martin a parlé à la MEDIUM de la Belgique.", parsed as the model parses it."""
    from parsed_doc import parsed as parsed_table
    return parsed_table(f'''
        Paul         PROPN  nsubj      3  ent=PER
        Martin       PROPN  flat:name  0  ent=PER
        a            AUX    aux:tense  3
        parlé        VERB   ROOT       3  lemma=parler  morph=VerbForm=Part
        à            ADP    case       6
        la           DET    det        6
        {medium}     PROPN  obl:arg    3  ent=ORG
        de           ADP    case       9
        la           DET    det        9
        Belgique     PROPN  nmod       6  ent=LOC
        .            PUNCT  punct      3
    ''')


@pytest.mark.parametrize("medium, country", [("VRT", "BEL"),     # a Belgian broadcaster
                                             ("Belga", None),    # an agency reaches anyone
                                             ("RFI", None)])     # a broadcaster to the world too
def test_the_outlet_a_person_spoke_to_gives_their_state(medium, country):
    """"Paul Martin a parlé à la VRT de la Belgique.": one speaks to one's own country's press."""
    from test_speakers import index_of
    from newsgraph.nlp.person_countries import _medium_country
    doc = _spoke_to(medium)
    text = doc.text
    index = index_of(text, ("person:paul-martin", "Paul Martin", "person", "m"),
                     (f"media:{medium.lower()}", medium, "media", None), ("country:BEL", "Belgique", "country", None))
    index.actors[f"media:{medium.lower()}"].country = "BEL"
    index.actors["country:BEL"].country = "BEL"
    assert _medium_country(doc, index, load_gazetteer(), 0) == country


@pytest.mark.parametrize("role, country", [("porte-parole", "BEL"),   # an official speaks to their own press
                                           ("chercheuse", None)])     # an expert to any outlet that asks
def test_the_outlet_gives_no_state_to_an_expert(role, country):
    """"Paul Martin a parlé à la VRT de la Belgique.": the outlet's state is a guess of the
    speaker's, not for a stateless role (stateless_roles.txt, expertise_nouns.txt)."""
    doc = _spoke_to("VRT")
    text = doc.text
    index = ActorIndex()
    actor = index.add(FoundActor("person:paul-martin", "Paul Martin", "person", role=role), 0, 11, "Paul Martin")
    index.add(FoundActor("media:vrt", "VRT", "media", "BEL"), text.index("VRT"), text.index("VRT") + 3, "VRT")
    index.add(FoundActor("country:BEL", "Belgique", "country", "BEL"), text.index("Belgique"),
              text.index("Belgique") + 8, "Belgique")
    index.finish()
    assign_person_countries(doc, index, load_gazetteer(), {actor.id: (None, RoleFound(role, 0, 1, 2))})
    assert actor.country == country


@pytest.mark.parametrize("role, country", [
    ("maire de Calais", "FRA"),                                # a city below the capital
    ("gouverneur du Nord-Kivu", "COD"),                        # a region
    ("vice-président du Parlement d'Erevan", "ARM"),           # a capital
    ("représentant de Bruxelles", None),                       # the seat of a body (the EU)
    ("spécialiste de Moscou", None),                           # a subject of study
    ("professeur à l'université de Beyrouth", None),           # only where the person works
])
def test_the_place_a_role_holds_its_office_of_gives_the_person_s_state(role, country):
    from newsgraph.nlp.person_countries import role_place_country
    assert role_place_country(role, load_gazetteer(), load_pack("fr")) == country


def test_a_place_in_a_role_is_read_before_the_article_s_dominant_state(blank_nlp):
    doc, index, entries = _persons_with_roles(blank_nlp("fr"), {"Bouchart": "maire de Calais"}, 3)
    assign_person_countries(doc, index, load_gazetteer(), entries)
    assert index.actors["person:bouchart"].country == "FRA"  # not Syria, named three times


def test_every_broadcaster_to_the_world_is_a_listed_medium():
    from newsgraph.gazetteer_data import world_media
    listed = {m.id for m in load_gazetteer().media_outlets}
    assert world_media() and world_media() <= listed
