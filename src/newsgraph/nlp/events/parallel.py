"""Material acts told in turn: an aid or a sanction whose actor is named but not its recipient,
told right after an act of its kind by another actor, is aimed at the same recipient ("Le Japon a
promis 5 millions d'euros au Népal. La Corée a pour sa part débloqué 2 millions de dollars."):
the donors, or the states that sanction, of one list, each in its sentence; aid with no recipient
and none just told goes to the state the article is about (`unaimed_aid`).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..context import pack_of
from ..person_countries import org_kinds
from .arguments import Resolver
from .article_states import topic_state
from .found import EARLIER_ACT_WINDOW, FoundEvent
from .frames import Found
from .governors import support_verb
from .noun_roles import participle_head
from .predicates import Predicate, PredicateTable, case_of, in_date
from .prepositional import connector_noun, prepositional_nodes
from .slots import actor_slot
from .voice import agent_of

# the acts a list of actors performs in turn toward one recipient (donors, states that sanction)
PARALLEL_TYPES = frozenset(("AID", "SANCTION"))


def parallel_act(resolver: Resolver, token: Token, predicate: Predicate, table: PredicateTable,
                 earlier: list[FoundEvent]) -> Found | None:
    """The act of its kind the predicate continues: the latest aid (or sanction) of the sentence
    or the two before, by another actor, whose recipient is then this one's; None when the
    predicate names a recipient of its own, even one that is no actor ("une aide pour les
    réfugiés", "des vivres aux sinistrés"), or when no such act was just told."""
    if predicate.type not in PARALLEL_TYPES:
        return None
    return _continued(resolver, token, predicate, table, earlier)


def additive_act(resolver: Resolver, token: Token, predicate: Predicate, table: PredicateTable,
                 earlier: list[FoundEvent]) -> Found | None:
    """An act of any kind told with an additive adverb and no recipient ("Le Japon a condamné
    l'essai. L'Australie a également condamné …"): the same act as the one of its kind just told
    by another actor, aimed where it went; read before a reaction, which "également" rules out
    (the Australian condemnation answers no one: it joins the Japanese one)."""
    if not _additive(resolver, token, predicate, table):
        return None
    return _continued(resolver, token, predicate, table, earlier)


def _continued(resolver: Resolver, token: Token, predicate: Predicate, table: PredicateTable,
               earlier: list[FoundEvent]) -> Found | None:
    """The latest act of the predicate's kind of its sentence or the two before, by another actor,
    whose recipient is then this one's (see `parallel_act`)."""
    if not _main_act(resolver, token, predicate, table) or \
            _names_a_recipient(resolver, token, predicate, table):
        return None
    actors, _ = actor_slot(resolver, token, predicate, table)
    if not actors:
        return None
    keys = {a.key for a in actors}
    states = {a.country for a in actors if a.country is not None}
    for event in reversed(earlier):
        if event.start >= token.idx:
            continue
        if event.start < resolver.sent.start_char - EARLIER_ACT_WINDOW:
            return None
        if event.type != predicate.type or event.negated or event.hypothetical:
            continue
        if event.actor.key in keys or event.recipient.key in keys or event.recipient.country in states:
            return None  # the same actor's own acts, or an act aimed at it: no list of actors in turn
        recipient = replace(event.recipient, confidence=0.4,
                            how=f"the recipient of the {event.type} just told, by {event.actor.name!r}")
        return Found(predicate, token, actors, [recipient], None, predicate.mode, predicate.type)
    return None


def unaimed_aid(resolver: Resolver, token: Token, predicate: Predicate, table: PredicateTable,
                earlier: list[FoundEvent]) -> Found | None:
    """Aid told with no recipient named and none just told ("le Qatar a envoyé des hôpitaux de
    campagne", "l'Iran a proposé son aide", in an article on the disaster in Lebanon): given to the
    state the article is about, when its donors are all of other states; not aid named for someone
    who is no actor ("une aide pour les réfugiés": `_names_a_recipient`). A thing given told by its
    participle and donor ("un centre financé par X", "des vivres envoyés par X") goes to the state
    of the place the sentence puts it in, else to the state the article is about (`_given_thing`)."""
    if predicate.type != "AID" or _names_a_recipient(resolver, token, predicate, table) or \
            _told_inside(token, resolver, predicate, table):
        return None
    given = _given_thing(resolver, token, predicate)
    if given is None and not _main_act(resolver, token, predicate, table):
        return None
    actors, _ = actor_slot(resolver, token, predicate, table)
    kinds = org_kinds(resolver.a.gaz)
    # an intergovernmental body (a development bank, the UN) is of no state, so never the recipient's own
    if not actors or any(a.country is None and kinds.get(a.actor) != "igo" for a in actors):
        return None
    donors = {a.country for a in actors}
    if given is not None:
        place = _place_of(resolver, token, given)
        if place is not None and place.country not in donors:
            return Found(predicate, token, actors, [place], None, predicate.mode, predicate.type)
    topic = topic_state(resolver.a)
    if topic is None:
        return None
    state = resolver.a.index.actors[topic.actor_id].country
    if state in donors or any(e.type == "AID" and e.actor.country == state for e in earlier):
        return None  # the article's state gives, or gave: to whom this goes, it does not say
    about = replace(resolver.a.arg_of_mention(topic, 0.3),
                    how=f"no recipient named: the state the article is about, {topic.text!r}")
    return Found(predicate, token, actors, [about], None, predicate.mode, predicate.type)


def _given_thing(resolver: Resolver, token: Token, predicate: Predicate) -> Token | None:
    """The thing a participle with its donor tells as given ("un programme financé par la
    Fondation X", "des vivres envoyés par Washington"): the noun the participle modifies, when it
    names no actor (the groups "soutenus par X" are its recipient, read by the frame)."""
    if predicate.pos != "verb" or agent_of(token, resolver.lex) is None:
        return None
    thing = participle_head(token, resolver.lex)
    if thing is None or thing.pos_ != "NOUN" or resolver.members(thing, deep=False):
        return None
    return thing


def _place_of(resolver: Resolver, token: Token, thing: Token):
    """The state of the place a given thing is told at: a place under its participle ("financé
    par X à Bangkok") or hung on the verb the thing is an argument of ("une cargaison financée
    par X a été acheminée à Téhéran", "des bus mis en circulation à Bangkok grâce à un
    programme financé par X")."""
    lex = resolver.lex
    verb = thing.head if thing.head != thing and thing.head.pos_ == "VERB" else None
    candidates = [c for c in token.children] + ([c for c in verb.children if c != thing] if verb is not None else [])
    for child in candidates:
        if child.pos_ != "PROPN" or case_of(child, lex) not in lex.locative_cases or in_date(child):
            continue
        arg = resolver.a.arg_at(child)
        if arg is not None and arg.kind == "country" and arg.country is not None and not arg.stance:
            return replace(arg, place=False, confidence=0.4, how=f"the state the thing given is in: {arg.how}")
    return None


def _told_inside(token: Token, resolver: Resolver, predicate: Predicate, table: PredicateTable) -> bool:
    """Whether aid is told inside another act or aimed already: an infinitive or a gerund ("accuse
    X d'avoir acheminé des mercenaires", "en armant Kyiv"), an object where the frame puts the
    recipient, or a complement of a recipient's preposition anywhere below it ("une contribution
    aux programmes de l'agence")."""
    lex = resolver.lex
    verb = support_verb(token, table, lex) if predicate.pos == "noun" else token
    if verb is None or verb.dep_ in lex.labels.open_complement or "Inf" in verb.morph.get("VerbForm") or \
            "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense"):
        return True
    if "obj" in predicate.markers("recipient") and any(c.dep_ in lex.labels.object for c in token.children):
        return True
    aims = {form for raw in predicate.markers("recipient") if (m := raw.rstrip("*")) in lex.prepositions
            and m not in (lex.genitive, lex.agent) for form in lex.prepositions[m]}
    return any(t.dep_ in lex.labels.case_marker and t.lower_ in aims and not in_date(t.head) for t in verb.subtree)


def _additive(resolver: Resolver, token: Token, predicate: Predicate, table: PredicateTable) -> bool:
    """Whether the predicate (or its light verb) carries an additive adverb (event_additive_adverbs:
    "ont également exprimé leur préoccupation", "a aussi condamné"): the same act as one just told."""
    verb = support_verb(token, table, resolver.lex) if predicate.pos == "noun" else token
    adverbs = pack_of(token.doc).words("event_additive_adverbs")
    return verb is not None and any(c.lower_ in adverbs for c in verb.children)


def _main_act(resolver: Resolver, token: Token, predicate: Predicate, table: PredicateTable) -> bool:
    """Whether the predicate tells the act its sentence is about: a verb heading its own clause,
    not a participle or a relative or adverbial clause on something else ("des soldats envoyés
    par X", "l'UE, qui a prolongé ses sanctions, …"); a noun governed by its light verb ("a
    annoncé un versement"), not a thing merely named ("le contournement des mesures européennes")."""
    lex = resolver.lex
    labels = lex.labels
    verb = token
    if predicate.pos == "noun":
        verb = support_verb(token, table, lex)
        if verb is None or token.head != verb:
            return False  # (the parser may read the light verb's object as an oblique: "a annoncé de nouvelles sanctions")
    return verb.pos_ == "VERB" and not (verb.dep_ in labels.clausal_modifier or verb.dep_ in labels.relative_clause
                                        or verb.dep_ in labels.adverbial_clause)


def _has_object(verb: Token, predicate: Predicate, lex) -> bool:
    """Whether a verb whose frame puts the recipient in its object has one that stands for someone
    (a state's noun, a people, a side, an office: "Poutine entend prouver …, mais également
    **rassurer son propre peuple**"): aimed there, even unresolved, never at the recipient of an
    act told before; an object naming the act answered ("a également condamné **cette décision**")
    leaves the act to go where the one just told went."""
    if not any(raw.rstrip("*") == "obj" for raw in predicate.markers("recipient")):
        return False
    someone = lex.state_nouns | lex.side_nouns | lex.proxy_nouns | lex.role_nouns
    return any(c.dep_ in lex.labels.object and {c.lemma_.lower(), c.lower_} & someone for c in verb.children)


def _names_a_recipient(resolver: Resolver, token: Token, predicate: Predicate, table: PredicateTable) -> bool:
    """Whether the object of a verb whose frame puts the recipient there (`_has_object`), or a
    complement of the predicate (or of its light verb) stands where its frame puts the recipient,
    introduced by a preposition other than "de" (the thing given: "20 millions de dollars"),
    outside a date ("au début de mars"), and neither the sum the frame requires ("contribuera pour
    2 millions") nor a connector ("pour sa part")."""
    lex = resolver.lex
    if predicate.pos != "noun" and _has_object(token, predicate, lex):
        return True
    support = support_verb(token, table, lex) if predicate.pos == "noun" else None
    for raw in predicate.markers("recipient"):
        marker = raw.rstrip("*")
        if marker in (lex.genitive, lex.agent) or marker not in lex.prepositions:
            continue
        for node in prepositional_nodes(resolver, token, marker, False, support):
            if node.lemma_.lower() in predicate.companions or connector_noun(node):
                continue  # "contribuera pour 2 millions": the sum given; "pour sa part": the journalist's
            if not in_date(node):
                return True
    return False
