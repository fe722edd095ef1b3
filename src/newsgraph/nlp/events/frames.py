"""Frames: a predicate's actors, recipients and place assembled into one frame (Found): the roles
read by the slot readers (slots.py, displaced.py), then the frame's own logic: an "entre" list
split between the sides, a symmetric or reciprocal predicate, unnamed demonstrators, actors who
follow, the mode of a threat or a call, a stop verb turning the type into a sanction.
docs/events.md, "Arguments".
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from .arguments import Resolver
from .members import np_members
from .article_view import Arg
from .displaced import displaced_demonyms, linear_companion
from .expulsions import expulsion_sides
from .prepositional import agents_on_patient, prepositional_nodes
from .governors import aid_purpose, is_stopped, support_verb
from .predicates import Predicate, PredicateTable, case_of, match_predicate, match_predicates, unnamed_actor
from .slots import read_slot
from .subjects import subject_of
from .voice import agent_of, is_passive

ORGANISATION_KIND = "organization"  # the actor kind of the gazetteer's organisations

# THREATEN modes after the type of the threatened action (PLOVER THREATEN modes).
THREAT_MODES = {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations",
                "COERCE": "arrest", "PROTEST": "restrict"}


@dataclass(slots=True)
class Found:
    """A predicate with its arguments read from the parse, before filtering and flags."""
    predicate: Predicate
    token: Token
    actors: list[Arg]
    recipients: list[Arg]
    place: Arg | None
    mode: str | None
    type: str = ""          # the predicate's type, unless a stop verb made it a sanction


def _followers(resolver: Resolver, token: Token) -> list[Arg]:
    """Actors who did the same ("…, suivie par l'Estonie, la Lettonie et la Lituanie"): the agents
    of a following verb hung on the predicate or on its subject."""
    lex = resolver.lex
    labels = lex.labels
    subject = subject_of(token, lex)
    # the parser hangs the participle on the predicate, its subject or its object
    hosts = [token] + ([subject] if subject is not None else []) + [c for c in token.children
                                                                    if c.dep_ in labels.object]
    followers: list[Arg] = []
    for host in hosts:
        for child in host.children:
            if (child.dep_ in labels.adverbial_clause or child.dep_ in labels.clausal_modifier) and \
                    child.lemma_.lower() in lex.follow_verbs:
                agent = agent_of(child, lex)
                if agent is not None:
                    followers += [replace(a, how=f"follows the actor ({child.text!r}): {a.how}")
                                  for a in resolver.members(agent, deep=False)]
    return followers


def _joint_partners(resolver: Resolver, token: Token, predicate: Predicate, taken: set[str]) -> list[Arg]:
    """Who acts with the actor ("La France, avec le Tchad, a attaqué …", "aux côtés du Tchad"):
    the "avec" complement (or the "de" complement of a joint noun, event_grammar.tsv) of a verb
    whose frame gives "avec" no role is a joint actor (GUIDELINES §7.2: joint actions, one event
    per actor); only a state's side, never a place, and not on a noun ("une offensive avec des
    drones")."""
    lex = resolver.lex
    if not lex.partner or predicate.pos != "verb" or any(lex.partner in predicate.markers(role)
                                                         for role in ("actor", "recipient")):
        return []
    forms = lex.prepositions.get(lex.partner, ())
    dative, genitive = lex.prepositions.get(lex.dative, ()), lex.prepositions.get(lex.genitive, ())
    subject = subject_of(token, lex)
    hosts = [token] + ([subject] if subject is not None else [])
    partners = []
    for host in hosts:
        for child in host.children:
            if child.dep_ in lex.labels.conjunct:
                continue
            if case_of(child, lex) in forms:
                partners.append(child)
            elif child.lemma_.lower() in lex.joint_nouns and case_of(child, lex) in dative:
                # "aux côtés des forces maliennes": the partner in the noun's "de" complement
                partners += [g for g in child.children if case_of(g, lex) in genitive]
    return [replace(a, how=f"acts with the actor: {a.how}") for child in partners
            for a in resolver.members(child, deep=False)
            if a.key not in taken and not a.place and a.kind in ("country", "states")]


def _actors_of_means(resolver: Resolver, token: Token, predicate: Predicate, table: PredicateTable) -> list[Arg]:
    """The actors of a verb whose doer is an act named by a noun of its own type ("un journaliste
    a été tué par une frappe russe", "une frappe des rebelles a tué deux soldats", "tué dans une
    attaque menée par X", "lors d'un bombardement de X"): whoever does that act does the verb's."""
    lex = resolver.lex
    passive = is_passive(token, lex)
    means = [agent_of(token, lex) if passive else subject_of(token, lex)]
    if passive:
        # "a été tué dans une attaque", "lors d'un raid": the act as the verb's circumstance
        cases = lex.locative_cases | lex.circumstance_cases
        means += [c for c in token.children if c.dep_ in lex.labels.oblique and case_of(c, lex) in cases]
        # "lors d'un raid": the parser makes "lors" an adverb heading the noun
        means += [g for c in token.children if c.pos_ == "ADV" and c.lower_ in cases for g in c.children]
    for noun in means:
        if noun is None or noun.pos_ != "NOUN":
            continue
        for act in match_predicates(noun, table, lex):
            if act.pos != "noun" or act.type != predicate.type:
                continue
            actors, _ = read_slot(resolver, noun, act, "actor", table)
            if actors:
                return [replace(a, how=f"the actor of the act {noun.text!r} the verb is done by: {a.how}")
                        for a in actors]
    return []


def _patient(resolver: Resolver, token: Token, actors: list[Arg]) -> list[Arg]:
    """The "de" complement of a noun predicate whose agent is named, its patient, when the frame
    names no recipient of its own ("le bombardement de villes syriennes par la Russie", "l'expulsion
    de diplomates russes par la Pologne"): with "par X" the acting side, "de" is the one acted on."""
    lex = resolver.lex
    if token.pos_ != "NOUN" or not actors or (agent_of(token, lex) is None and not agents_on_patient(token, lex)):
        return []
    taken = {a.key for a in actors}
    return [m for node in prepositional_nodes(resolver, token, lex.genitive, False, None)
            for m in resolver.members(node, False) if m.key not in taken]


def _summoning_state(resolver: Resolver, token: Token, recipients: list[Arg], place: Arg | None) -> list[Arg]:
    """Who summoned an envoy when the passive names no one: the state the envoy is posted in
    ("l'ambassadeur canadien à Bamako a été convoqué": Mali, a locative complement of the summoned
    noun), else the state the summons is made in ("a été convoqué à Alger"); never the envoy's own."""
    lex = resolver.lex
    own = {a.country for a in recipients}
    envoy = subject_of(token, lex)
    for child in envoy.children if envoy is not None else ():
        if case_of(child, lex) not in lex.locative_cases:
            continue
        arg = resolver.a.arg_at(child)
        if arg is not None and arg.kind == "country" and arg.country not in own and not arg.stance:
            return [replace(arg, place=False, how=f"the state the summoned {envoy.text!r} is posted in: {arg.how}")]
    if place is not None and place.stands_for_state and place.country not in own:
        return [replace(place, place=False, how=f"the state the summons is made in: {place.how}")]
    return []


def read_predicate(resolver: Resolver, token: Token, predicate: Predicate, table: PredicateTable) -> Found | None:
    """The actors, recipients and place of one predicate, or None when a side is missing."""
    lex = resolver.lex
    if predicate.ordered:  # "a donné 48 heures aux diplomates X pour quitter le pays"
        actors, recipients = expulsion_sides(resolver, token)
        return Found(predicate, token, actors, recipients, None, predicate.mode, predicate.type) \
            if actors and recipients else None
    actors, actor_list = read_slot(resolver, token, predicate, "actor", table)
    recipients, between = read_slot(resolver, token, predicate, "recipient", table)
    places, _ = read_slot(resolver, token, predicate, "place", table)
    place = places[0] if places else None
    if not recipients and not between:
        recipients = _patient(resolver, token, actors)
    if not recipients and not between and predicate.pos == "noun":
        recipients = displaced_demonyms(resolver, token)  # the demonym the actor slot passed over
    if not recipients and not between:
        recipients, between = linear_companion(resolver, token, predicate.markers("recipient"),
                                               placed=predicate.pos == "noun" and bool(predicate.markers("place")),
                                               companions=predicate.companions)
    if predicate.pos == "noun" and not actors and lex.agent in predicate.markers("actor"):
        # "la prise de l'ambassade des États-Unis par des étudiants iraniens": the parser often
        # hangs the agent on the main verb
        actors, _ = linear_companion(resolver, token, (lex.agent,), tight=True)
    if predicate.pos == "verb" and not actors and not predicate.passive:
        taken = {a.start for a in recipients + between}
        if subject_of(token, lex) is None and not is_passive(token, lex):
            actors = resolver.fallback_subject(token, taken)
    if predicate.pos == "verb" and not actors and recipients:
        actors = _actors_of_means(resolver, token, predicate, table)
    if predicate.mode == "summon" and not actors and recipients and is_passive(token, lex):
        actors = _summoning_state(resolver, token, recipients, place)
    between = between or actor_list
    if between and actors and not predicate.symmetric and not {a.key for a in actors} & {a.key for a in between}:
        recipients = between  # "Moscou a proposé une médiation entre l'Arménie et l'Azerbaïdjan": the mediator to each
    elif between:
        listed = {a.key for a in between}
        first = next((a for a in actors if a.key in listed), between[0])
        actors = [first]
        recipients = [a for a in between if a.key != first.key]
    if not recipients and place is not None and "place" in predicate.markers("recipient"):
        # a visit is to that state; "s'est rendu à Nairobi et au Caire": to each state of the list
        recipients = [replace(p, how=f"the state of the place: {p.how}") for p in _listed_places(resolver, places)]
    elif place is not None and any(a.start == place.start for a in actors + recipients):
        place = None  # "demander à Berlin": an argument, not the place of the event
    if not predicate.symmetric:
        recipients = [r for r in recipients if not _co_member(resolver, r, actors)]
    reciprocal = False
    if predicate.symmetric and len(actors) >= 2 and {a.key for a in recipients} <= {a.key for a in actors}:
        # "l'alliance du Nigeria et du Tchad": the complement that names the parties named the
        # actors too; the parties act together, a star from the first
        actors, recipients = actors[:1], actors[1:]
    elif not recipients and len(actors) >= 2 and predicate.pos == "verb" and not predicate.reflexive and \
            any(c.lower_ in lex.reflexives and c.dep_ in lex.labels.clitic_roles for c in token.children):
        recipients, reciprocal = list(actors), True  # "Kiev et Moscou s'accusent mutuellement": each of the other
    if recipients and not reciprocal and {a.key for a in recipients} <= {a.key for a in actors}:
        # "La Russie a dénoncé cette décision": a bridging noun taking up the actor itself names no
        # recipient (a reaction may still answer whoever just acted on the actor)
        recipients = []
    if predicate.body:
        # joining: only an organisation is joined ("le Maroc a rejoint l'UA", not "a rejoint Paris")
        recipients = [r for r in recipients if r.actor is not None and r.kind == ORGANISATION_KIND]
    if not actors and unnamed_actor(predicate):
        actors = [resolver.protesters(token, {a.start for a in recipients})]
    if actors:
        actors = actors + [f for f in _followers(resolver, token) if f.key not in {a.key for a in actors}]
        actors = actors + _joint_partners(resolver, token, predicate, {a.key for a in actors + recipients})
    if not actors or not recipients:
        return None
    mode = predicate.mode
    if predicate.type == "CONSULT" and any(t.lemma_.lower() in lex.phone_words for t in token.subtree):
        mode = "phone"
    if predicate.type == "THREATEN":
        for child in token.children:
            inner = match_predicate(child, table, lex) if child.dep_ in lex.labels.open_complement else None
            if inner is not None and inner.pos == "verb" and inner.type in THREAT_MODES:
                mode = THREAT_MODES[inner.type]
            elif child.dep_ in lex.labels.open_complement:
                # "menacer de lancer des frappes": the act is the noun the infinitive governs
                nouns = [match_predicate(g, table, lex) for g in child.children if g.dep_ in lex.labels.object]
                mode = next((THREAT_MODES[n.type] for n in nouns if n is not None and n.pos == "noun"
                             and n.type in THREAT_MODES), mode)
    etype = predicate.type
    aid = aid_purpose(token, table, lex) if etype == "SUPPORT" and predicate.pos == "verb" else None
    if aid is not None:
        etype, mode = aid.type, aid.mode  # "une enveloppe pour soutenir l'armée malienne": the aid's aim
    support = support_verb(token, table, lex) if predicate.pos == "noun" else None
    if is_stopped(token, support, etype, table, lex, predicate.symmetric):
        # "l'UE a interrompu son aide", "retirer leur soutien aux Kurdes", "la fin des accords de coopération"
        etype, mode = "SANCTION", "suspend"
    return Found(predicate, token, actors, recipients, place, mode, etype)


def _listed_places(resolver: Resolver, places: list[Arg]) -> list[Arg]:
    """The first place a predicate names and the places listed with it ("s'est rendu à Nairobi et au
    Caire", coordinated or read as a list on the text), once each state: not a place elsewhere in the
    clause ("après une escale à Dakar, il s'est rendu à Abidjan" visits one state)."""
    doc, first = resolver.a.doc, places[0]
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    listed = {t.i for t in np_members(span.root, resolver.lex)} if span is not None else set()
    kept, seen = [first], {first.key}
    for other in places[1:]:
        held = doc.char_span(other.start, other.end, alignment_mode="expand")
        coordinated = held is not None and held.root.i in listed
        if other.key not in seen and (coordinated or "list" in other.how):
            seen.add(other.key)
            kept.append(other)
    return kept


def joint_target(found: Found, predicates: list[Predicate], resolver: Resolver, table: PredicateTable) -> list[Found]:
    """A joint act's aim: after the partners' cooperation ("une opération conjointe du Tchad et du
    Niger"), the next row of another type (or mode) that reads ("… contre X": each partner attacks
    X; "X a été reçu au Kremlin par Y": Y hosts X, and X visits Russia)."""
    if not found.predicate.joint or found.predicate not in predicates:
        return []
    later = predicates[predicates.index(found.predicate) + 1:]
    kind = (found.predicate.type, found.predicate.mode)
    return [f for p in later if (p.type, p.mode) != kind
            for f in [read_predicate(resolver, found.token, p, table)] if f is not None][:1]


def _co_member(resolver: Resolver, recipient: Arg, actors: list[Arg]) -> bool:
    """Whether a recipient is coordinated with the phrase that names an actor ("le retrait des
    troupes françaises et de la Minusma"; "le Russe X et le Français Y ont appelé les deux parties",
    the parties read as the subject's own members): both are doers, neither acts on the other."""
    doc, lex = resolver.a.doc, resolver.lex
    span = doc.char_span(recipient.start, recipient.end, alignment_mode="expand")
    if span is None:
        return False
    for actor in actors:
        held = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if held is None:
            continue
        hosts = [held.root]
        while hosts[-1].head != hosts[-1] and (hosts[-1].dep_ in lex.labels.adjective_modifier or
                                               hosts[-1].dep_ in lex.labels.apposition):
            hosts.append(hosts[-1].head)  # "troupes françaises", "le Russe Igor Petrov": the noun qualified or described
        if any(span.root != host and (span.root in np_members(host, lex) or host in np_members(span.root, lex))
               for host in hosts):
            return True
    return False

