"""Slot readers: where one role of a predicate (actor, recipient, place) is found, marker by marker
(subject, object, "à/avec/contre/entre X", "la visite de X", "frappes américaines", the subject of a
light verb), on the predicate's own dependents and complements. Arguments the parser hung
elsewhere are read in displaced.py, prepositional complements found in prepositional.py; frames.py
assembles the roles into a frame.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...model import QUAD_OF

from .arguments import Resolver
from .article_view import Arg
from .lexicon import EventLexicon
from .governors import support_verb
from .predicates import VISIT_MODE, Predicate, PredicateTable, case_of, has_marker, match_predicate, match_predicates
from .prepositional import agents_on_patient, genitive_object, prepositional_nodes, seat_of_post
from .repairs import inverted_subject
from .noun_roles import apposed_to, circumstance_link, clause_subject, participle_head, travel_purpose, undergoers_of
from .subjects import comma_relative_object, relative_object, subject_of
from .voice import agent_of, is_passive
from .displaced import (attribute_object, brokered_sides, cataphora, clause_partners, displaced_adjective, in_date,
                        linear_companion, misparsed_object, names_venue, shared_object, with_co_subject, with_companion)


def _participle_on_object(token: Token, table: PredicateTable, lex: EventLexicon) -> Token | None:
    """The subject of a present participle set off by a comma that the parser hung on its main
    verb's object, when that object is an act or a document ("X a rejeté des accusations
    « absurdes », reprochant à Y de …", "a publié un communiqué, accusant Y …"): an act does not
    reproach, so the participle is the main clause's adjunct and takes its subject."""
    labels, noun = lex.labels, token.head
    if token.dep_ not in labels.clausal_modifier or noun == token or noun.i > token.i or \
            "Part" not in token.morph.get("VerbForm") or "Pres" not in token.morph.get("Tense"):
        return None
    if token.left_edge != token or token.i == 0 or token.doc[token.i - 1].text != ",":
        return None
    if noun.dep_ not in labels.object or noun.head.pos_ != "VERB":
        return None
    word = noun.lemma_.lower()
    if not (word in lex.document_nouns or word in lex.carrier_nouns or
            any(p.pos == "noun" for p in match_predicates(noun, table, lex))):
        return None
    return subject_of(noun.head, lex)


def _members_or_bloc(resolver: Resolver, node: Token, deep: bool) -> list[Arg]:
    """The actors a subject names; a bloc adjective standing for the subject ("la décision
    européenne de suspendre …", the decision's adjective its author) names its body."""
    members = resolver.members(node, deep)
    if members or node.pos_ != "ADJ":
        return members
    bloc = resolver.a.arg_of_bloc(node)
    return [bloc] if bloc is not None else []


def _adjective_actor(resolver: Resolver, noun: Token, predicate: Predicate) -> bool:
    """Whether a noun predicate whose recipient may stand in its "de" complement carries an actor
    adjective after it ("le rejet russe du plan ukrainien", "la reconnaissance américaine du
    Kosovo", "le financement qatari du Hamas"): the adjective names who acts, as a "par" agent
    would, and the genitive is what the act is on."""
    lex = resolver.lex
    if "adj" not in predicate.markers("actor") or \
            lex.genitive not in {m.rstrip("*") for m in predicate.markers("recipient")}:
        return False
    for child in noun.children:
        if child.dep_ not in lex.labels.adjective_modifier or child.i < noun.i:
            continue
        arg = resolver.a.arg_at(child)
        if arg is not None and arg.kind == "country" and not arg.stance or \
                arg is None and resolver.a.arg_of_bloc(child) is not None:
            return True
    return False


def _authors(resolver: Resolver, noun: Token) -> list[Arg]:
    """The agent of a past participle on a noun ("un coup d'État orchestré par Washington", "la loi
    adoptée par le parlement hongrois"), as actors."""
    lex = resolver.lex
    for child in noun.children:
        if child.dep_ in lex.labels.clausal_modifier and child.pos_ == "VERB" and \
                "Part" in child.morph.get("VerbForm") and "Past" in child.morph.get("Tense"):
            agent = agent_of(child, lex)
            if agent is not None:
                return [a for a in resolver.members(agent, deep=False) if not a.place]
    return []


def _partners(resolver: Resolver, noun: Token) -> list[Arg]:
    """The partner complements ("avec X") of a relation noun."""
    lex = resolver.lex
    forms = lex.prepositions.get(lex.partner, ()) if lex.partner else ()
    return [a for c in noun.children if case_of(c, lex) in forms for a in resolver.members(c, deep=False)
            if not a.place]


def _partitive_subject(token: Token, lex: EventLexicon) -> Token | None:
    """The subject of a copula whose predicate is a part of the noun ("le Tchad est l'un des
    alliés de la France": "alliés" hangs on the pronoun "un", which holds the subject)."""
    head = token.head
    if head == token or head.pos_ != "PRON" or token.dep_ not in lex.labels.nominal_modifier or \
            case_of(token, lex) not in lex.prepositions.get(lex.genitive, ()) or \
            not any(c.dep_ in lex.labels.copula for c in head.children):
        return None
    return subject_of(head, lex)


def _attribute_subject(token: Token, lex: EventLexicon) -> Token | None:
    """The subject of a linking verb whose attribute the noun is, parsed as its object or open
    complement ("les États-Unis **restent** les premiers bailleurs du Mali", "est **devenue** le
    premier soutien de X"): the pack's `event_copular_verbs.txt`, read as "être" is."""
    head = token.head
    if head == token or head.lemma_.lower() not in lex.copular_verbs or \
            not (token.dep_ in lex.labels.object or token.dep_ in lex.labels.open_complement):
        return None
    return subject_of(head, lex)


def read_slot(resolver: Resolver, token: Token, predicate: Predicate, role: str,
          table: PredicateTable) -> tuple[list[Arg], list[Arg]]:
    """(arguments, entre-list members) of one role, trying its markers in order."""
    lex = resolver.lex
    labels = lex.labels
    support = support_verb(token, table, lex) if predicate.pos == "noun" else None
    modified = participle_head(token, lex) if predicate.pos == "verb" else None
    passive = predicate.pos == "verb" and not predicate.passive and (is_passive(token, lex) or modified is not None)
    for raw in predicate.markers(role):
        deep = raw.endswith("*") or role == "place"  # "mercredi à Paris": places hang on anything
        marker = raw.rstrip("*")
        args: list[Arg] = []
        if marker == "subj":
            node = agent_of(token, lex) if passive else subject_of(token, lex)
            if node is None and predicate.pos == "noun":
                node = _partitive_subject(token, lex)
            if node is None and predicate.pos == "noun":
                node = _attribute_subject(token, lex)
            if node is None and predicate.pos == "verb":
                node = _participle_on_object(token, table, lex)
            if node is not None:
                args = with_co_subject(resolver, token, node, _members_or_bloc(resolver, node, deep))
        elif marker == "comp":
            # "a averti que le Royaume-Uni devra payer", "exige que la Russie retire …": the
            # subject of the que-clause is whom the warning or the demand is aimed at
            for child in token.children:
                if child.dep_ in labels.clausal_complement:
                    node = subject_of(child, lex)
                    if node is not None and node.lower_ in lex.personal_pronouns and \
                            subject_of(token, lex) is not None:
                        break  # "X a averti qu'il ne resterait pas indifférent": X speaks of itself
                    if node is not None:
                        args = resolver.members(node, deep=False)
                        break
        elif marker == "clause":
            if role == "actor" and "place" in predicate.markers("recipient") and \
                    case_of(token, lex) not in lex.circumstance_cases and circumstance_link(token, lex) is None:
                continue  # a visit: "en visite à Pékin, Lula a …", not "Pékin a protesté contre la visite à Taïwan"
            if role == "actor" and predicate.symmetric and token.head != token and \
                    case_of(token, lex) not in lex.circumstance_cases and circumstance_link(token, lex) is None and \
                    match_predicates(token.head, table, lex) and not travel_purpose(token, table, lex):
                continue  # a meeting another predicate is about: "Pékin a protesté contre la rencontre avec X"
            node = clause_subject(token, lex)
            if node is not None:
                args = resolver.members(node, deep=False)
                # "le Chili et la Norvège ont signé … sous l'égide de la Suède", the second member
                # parsed as a second subject of the verb: the list is the clause's subject
                for other in node.head.children if node.head != node else ():
                    if other != node and other.dep_ in labels.subjects and other.dep_ == node.dep_:
                        args += [m for m in resolver.members(other, deep=False)
                                 if m.key not in {a.key for a in args}]
            if args and role == "recipient" and predicate.mode == "mediate":
                args += clause_partners(resolver, token.head, {a.key for a in args})
            elif not args and node is not None and role == "recipient" and predicate.mode == "mediate":
                args = brokered_sides(resolver, token.head, node)
            if not args and token.head != token:
                # "des pourparlers se sont tenus sous l'égide de la Norvège entre X et Y", also with
                # "entre X et Y" on the clause's subject ("des pourparlers entre X et Y se sont tenus
                # sous l'égide de la Norvège")
                around = list(token.head.children) + (list(node.children) if node is not None else [])
                for other in around:
                    if other != token and has_marker(other, lex.between, lex):
                        args = resolver.members(other, deep=False)
        elif marker == "obj":
            # one direct object: the nearest (a second "obj" is a parse error); a participle's
            # object is the noun it modifies ("les groupes soutenus par la Turquie")
            inverted = inverted_subject(token, lex)
            objects = sorted((c for c in token.children if ((c.dep_ in labels.object and c != inverted and
                                                              not genitive_object(resolver, c)) or
                              (passive and c.dep_ in labels.passive_subject)) and not in_date(resolver, c)),
                             # a nominal before an adjective the parser also made an object ("a jugé
                             # « inacceptables » les propos de …")
                             key=lambda c: (c.pos_ == "ADJ", abs(c.i - token.i)))
            if not objects and passive and modified is None and (token.dep_ in labels.open_complement or
                                                                  token.dep_ in labels.conjunct):
                # "X doit être reçu par Y", "X pourrait être sanctionné par Y": the passive's
                # surface subject is its governing verb's (or the coordinated passive's: "X est
                # soutenu et financé par Y")
                surface = subject_of(token, lex)
                objects = [surface] if surface is not None and surface != agent_of(token, lex) else []
            if not objects and not passive and predicate.pos == "verb":
                attributed = attribute_object(resolver, token)
                objects = [attributed] if attributed is not None else misparsed_object(resolver, token, inverted)
            if not objects and not passive and predicate.pos == "verb":
                objects = shared_object(token, lex)
            if modified is not None and not objects:
                objects = [modified]
            if not objects and predicate.pos == "verb" and relative_object(token, lex):
                objects = [token.head]  # "les soldats que X entraîne", the pronoun parsed as a marker
            if all(any(g.dep_ in labels.case_marker for g in c.children) for c in objects) and \
                    predicate.pos == "verb" and not passive:
                # "…, qu'il accuse d'ingérence": an object a preposition introduces is a misread complement
                relative = comma_relative_object(token, lex) or attribute_object(resolver, token)
                objects = [relative] if relative is not None else objects
            for child in objects[:1]:
                hosted = match_predicate(child, table, lex) if predicate.mode == "host" else None
                if hosted is not None and hosted.pos == "noun" and hosted.type == "CONSULT":
                    # "l'Égypte a accueilli des pourparlers entre Israël et le Hamas": the host
                    # receives each side of the talks (a star from the host)
                    named, sides = read_slot(resolver, child, hosted, "recipient", table)
                    if not sides:  # "entre X et Y" hung on the host verb
                        _, sides = linear_companion(resolver, child, (lex.between,))
                    # "le Maroc a accueilli une réunion de l'Union africaine": the host meets the body
                    sides = sides or named
                    if sides:
                        args += [replace(m, how=f"a side of the {child.text!r} hosted: {m.how}") for m in sides]
                        continue
                # praise of a relation is aimed at the partner; blame of one may be of a third party's
                cooperative = QUAD_OF.get(predicate.type) == "verbal_cooperation"
                partners = _partners(resolver, child) if cooperative and child.lemma_.lower() in lex.relation_nouns \
                    else []
                if partners and not resolver.members(child, deep=False):
                    # "louer une relation constructive avec Cuba", "saluer le partenariat avec le
                    # Mali": aimed at the partner, not at whoever the relation is of
                    args += partners
                    continue
                inner = match_predicate(child, table, lex) if deep else None
                if inner is not None and inner.pos == "noun":
                    # "condamner l'invasion de l'Ukraine par la Russie": aimed at the invader; with
                    # no actor named ("l'attentat commis contre X"), at nobody the article names
                    inner_actors, _ = read_slot(resolver, child, inner, "actor", table)
                    if not inner_actors:
                        inner_actors = resolver.a.earlier_actors(child, inner.type)  # "le tir a été condamné"
                    args += inner_actors
                    continue
                found = resolver.members(child, deep)
                if not found and QUAD_OF.get(predicate.type) == "verbal_conflict":
                    # "a dénoncé un « coup d'État » orchestré par Washington": blame of a thing done
                    # is aimed at whoever the participle says did it
                    found = [replace(a, how=f"the author of {child.text!r}: {a.how}")
                             for a in _authors(resolver, child)]
                args += found
        elif marker == "support":
            if support is not None:
                passive_support = is_passive(support, lex) or participle_head(support, lex) is not None
                node = agent_of(support, lex) if passive_support else subject_of(support, lex)
                if node is None and passive_support and support.head == token:
                    # "la surtaxe imposée l'automne dernier par Ottawa": the parser hangs the
                    # participle's agent on the noun itself, after the participle
                    node = next((c for c in token.children if c.i > support.i and
                                 has_marker(c, lex.agent, lex)), None)
                if node is not None:
                    args = with_co_subject(resolver, support, node, _members_or_bloc(resolver, node, False))
                elif not passive_support and support.pos_ == "VERB":
                    # no parsed subject of the light verb: the verb's fallback ("Après sept ans de
                    # négociations, le Canada et l'UE ont signé un accord")
                    args = resolver.fallback_subject(support, {token.idx})
        elif marker == "poss":
            if support is not None and subject_of(support, lex) is not None:
                continue  # "la Russie et la Chine ont apporté leur soutien": the light verb's subject, whole
            for child in [c for host in with_companion(token, predicate, lex) for c in host.children]:
                if child.dep_ in labels.determiner and "Yes" in child.morph.get("Poss"):
                    framed = cataphora(resolver, token, child)
                    if framed:  # "Lors de sa visite en Inde, le chancelier allemand a signé …"
                        args = framed
                        continue
                    arg = resolver.antecedent(child)
                    args = [arg] if arg is not None else []
        elif marker == "adj":
            # "les frappes américaines", "une frappe aérienne turque" (an adjective on an adjective)
            # an adjective after a determined complement of the noun qualifies that complement
            # ("la suspension par X des vols de la compagnie rwandaise"): the parser misplaced it
            adjectives = [c for host in with_companion(token, predicate, lex) for c in host.children
                          if c.dep_ in labels.adjective_modifier and c.i > host.i and
                          not (role == "actor" and displaced_adjective(host, c, lex))]
            adjectives += [g for c in adjectives for g in c.children if g.dep_ in labels.adjective_modifier]
            # "les frappes américaines et britanniques": each coordinated demonym acts
            # ("les frappes syriennes et russes": the tagger may read the second as a noun, bare of
            # any determiner)
            conjuncts = [g for c in adjectives for g in c.children if g.dep_ in labels.conjunct and (
                g.pos_ == "ADJ" or g.pos_ == "NOUN" and resolver.a.gaz.demonym(g.lower_) and
                not any(d.dep_ in labels.determiner for d in g.children))]
            # "l'aide militaire et humanitaire française": the demonym after coordinated adjectives,
            # hung on the last of them, qualifies the noun
            adjectives += conjuncts + [g for c in conjuncts if c.pos_ == "ADJ" for g in c.children
                                       if g.dep_ in labels.adjective_modifier and g.i > c.i]
            for child in adjectives:
                compound = resolver.a.arg_of_compound(child) if role == "actor" else []
                if compound:  # "le sommet franco-allemand": each state acts (a star when symmetric)
                    args += compound
                    continue
                arg = resolver.a.arg_at(child)
                if arg is not None and arg.stance == (role == "recipient") and arg.kind == "country":
                    args.append(arg)
                elif arg is None and role == "actor":
                    bloc = resolver.a.arg_of_bloc(child)  # "les sanctions occidentales"
                    args += [bloc] if bloc is not None else []
        elif marker == "xcomp":
            for child in token.children:
                if child.dep_ in labels.open_complement:
                    args += _infinitive_act_args(resolver, child, role, deep, table)
        elif marker == "content":
            args = demanded_target(resolver, token, table)
        elif marker == "appos":
            # "la Russie, principal allié du régime syrien": the nominal the noun stands in apposition to
            described = apposed_to(token, lex)
            if described is not None:
                args = resolver.members(described, deep=False)
        elif marker == "place":
            continue  # the state of the place role: filled by the caller
        elif marker == "target":
            # "des sanctions visant l'Iran"; "des frappes israéliennes ont visé le Liban" (the noun
            # the subject of the targeting verb)
            verbs = [c for c in token.children if c.dep_ in labels.clausal_modifier]
            # "des sanctions qui visent la Russie": a relative clause whose subject is the relative
            verbs += [c for c in token.children if c.dep_ in labels.relative_clause and
                      any(g.dep_ in labels.subjects and "Rel" in g.morph.get("PronType") for g in c.children)]
            if token.dep_ in labels.subjects and token.dep_ not in labels.passive_subject and token.head != token \
                    and not is_passive(token.head, lex):
                verbs.append(token.head)
            for verb in verbs:
                if verb.lemma_.lower() in lex.target_verbs:
                    # "des frappes visant l'Iran"; "l'opération vise à stopper la progression des
                    # FDS": the object of the hindering verb it aims at (event_grammar.tsv)
                    hosts = [verb] + [c for c in verb.children if c.dep_ in labels.open_complement and
                                      c.lemma_.lower() in lex.hindering_verbs]
                    for grandchild in (g for host in hosts for g in host.children):
                        if grandchild.dep_ in labels.object:
                            args += resolver.members(grandchild, deep or grandchild.head != verb)
            for node in [] if args else undergoers_of(token, lex):
                args += resolver.members(node, deep=False)
        else:
            nodes = prepositional_nodes(resolver, token, marker, deep, support)
            if marker == lex.genitive and predicate.pos == "verb":
                # "a reçu des États-Unis des blindés": the name the parser made an object, "des"
                # read as an article, is the "de" complement
                nodes += [c for c in token.children if c.dep_ in labels.object and c not in nodes and
                          genitive_object(resolver, c)]
            if marker == lex.genitive and role == "recipient" and predicate.companions:
                # "le retrait des troupes françaises du Mali": the companion's own "de" complement
                nodes = [inner for node in nodes for inner in
                         ([c for c in node.children if has_marker(c, lex.genitive, lex)]
                          if node.lemma_.lower() in predicate.companions else [node])]
            for node in nodes:
                mention = resolver.a.by_token.get(node.i)
                if not raw.endswith("*") and mention is not None and mention.start < node.left_edge.idx:
                    continue  # "en Corée du Nord" with "du Nord" hung apart: a part of a name, no argument
                if marker == lex.genitive and predicate.pos == "noun" and role == "actor" and \
                        (agent_of(token, lex) is not None or agents_on_patient(token, lex) or
                         _adjective_actor(resolver, token, predicate)):
                    continue  # "l'invasion de l'Ukraine par la Russie", "le rejet russe du plan": de is the patient
                if role == "place" and node.pos_ == "NOUN" and \
                        {node.lemma_.lower(), node.lower_} & resolver.a.act_nouns:
                    continue  # "à la demande du Royaume-Uni", "à l'invitation de X": an act, no place
                if role == "recipient" and seat_of_post(resolver, node, token, predicate.companions):
                    continue  # "le soutien de l'ambassade de France au Caire": where the post sits
                if role == "recipient" and marker == lex.genitive and predicate.pos == "noun" and \
                        predicate.markers("place") and names_venue(resolver.a, node):
                    continue  # "a participé au sommet de Vienne": where it is held, not a partner
                inner = match_predicate(node, table, lex) if deep and role == "recipient" and \
                    marker == lex.genitive and predicate.pos == "noun" and not predicate.companions else None
                if inner is not None and inner.pos == "noun":
                    # "le refus de l'aide européenne par Tunis": aimed at whoever does the act refused,
                    # as the object of the verb ("refuser l'aide européenne") is
                    args += read_slot(resolver, node, inner, "actor", table)[0]
                    continue
                members = resolver.members(node, deep)
                if not members and role == "place":
                    # "arrivé à Kiev lundi" parsed with "Kiev" as a modifier of "lundi"
                    members = [arg for t in node.subtree if (arg := resolver.a.arg_at(t)) is not None
                               and arg.kind == "country" and not arg.stance][:1]
                if not members and role == "place" and predicate.mode == VISIT_MODE:
                    # "s'est rendu à Genève": a venue of international bodies locates nothing
                    # else, but a journey's destination lies in its state
                    members = [venue] if (venue := resolver.a.venue_at(node)) is not None else []
                if not members and role == "recipient" and marker not in lex.place_markers and \
                        "place" in predicate.markers("recipient"):
                    members = _place_within(resolver, node)
                if marker == lex.between:
                    # "entre X et Y" with Y parsed as a conjunct of the predicate itself
                    for other in node.head.children:
                        if other.dep_ in labels.conjunct and other.i > node.i and node.head == token:
                            members += [m for m in resolver.members(other, deep) if m.key not in
                                        {k.key for k in members}]
                    if len(members) == 1:
                        members += _between_second(resolver, node, members[0])
                    if len(members) >= 2:
                        return [], [replace(m, how=f"{raw} (list): {m.how}") for m in members]
                args += members
        args = [a for a in args if not a.stance or role == "recipient"]
        if role == "recipient" and marker in lex.prepositions and marker not in lex.place_markers:
            # "demander à Paris" names Paris as a place only then; an act whose place names its
            # target ("les frappes russes sur Kharkiv", "des raids contre Gaza") is aimed at the state
            # of the place it strikes (the caller drops the actor's own: "sur Belgorod")
            aims_place = "place" in predicate.markers("recipient")
            args = [_state_aimed_at(a) if a.place and aims_place else a for a in args
                    if not a.place or aims_place and a.kind == "country"]
        if role == "actor":
            args = [a for a in args if not a.place]
        if role == "place":
            # "reçu au Département fédéral des affaires étrangères", "convoqué au SPF Affaires
            # étrangères": a ministry written as its state locates the event in that state
            args = [a for a in args if a.stands_for_state]
        if args:
            return [replace(a, how=f"{raw}: {a.how}") for a in args], []
    if role == "actor" and predicate.pos == "noun" and _genitive_not_agent(predicate, lex):
        # "le rejet du plan par l'Ukraine", "le financement de l'armée par la France": an act noun
        # whose genitive may name its doer takes a "par" agent for it (the genitive is then the patient)
        agent = agent_of(token, lex) or next(iter(agents_on_patient(token, lex)), None)
        if agent is not None and token.dep_ not in lex.labels.subjects and token.head != token and \
                is_passive(token.head, lex) and agent_of(token.head, lex) is None:
            agent = None  # "convoqué à la demande de la France par l'UA": the passive verb's agent, hung low
        args = resolver.members(agent, deep=False) if agent is not None else []
        args = [a for a in args if not a.stance and not a.place]
        if args:
            return [replace(a, how=f"{lex.agent}: {a.how}") for a in args], []
    return [], []


def _infinitive_act_args(resolver: Resolver, verb: Token, role: str, deep: bool,
                         table: PredicateTable) -> list[Arg]:
    """The actors the infinitive act of a threat, refusal, promise or demand names: its object
    first, else its oblique arguments, else its modifiers ("s'engager à soutenir la RDC au Conseil
    de sécurité face à l'agression rwandaise" is made to the DRC, not to the council where the
    backing happens nor to the aggressor)."""
    lex = resolver.lex
    labels = lex.labels
    for tier in (labels.object, labels.oblique_argument, labels.oblique_modifier):
        args: list[Arg] = []
        for complement in (c for c in verb.children if c.dep_ in tier):
            act = next((p for p in match_predicates(complement, table, lex) if p.pos == "noun"), None)
            if act is not None and role == "recipient":
                # "menacer de retirer son soutien au Kenya": aimed at whom the act is
                aimed, _ = read_slot(resolver, complement, act, "recipient", table)
                if aimed:
                    args += aimed
                    continue
            args += resolver.members(complement, deep)
        if args:
            return args
    return []


def _place_within(resolver: Resolver, node: Token) -> list[Arg]:
    """The first state named inside a target that names no actor of its own ("sur le nord
    d'Israël", "contre un hypermarché de Kharkiv", "sur la région d'Odessa"): an act whose place
    names its target strikes that state."""
    for t in node.subtree:
        arg = resolver.a.arg_at(t)
        if arg is not None and arg.kind == "country" and not arg.stance:
            return [replace(arg, how=f"the state named inside {node.text!r}: {arg.how}")]
    return []


def _state_aimed_at(place: Arg) -> Arg:
    """The state of a place an act is aimed at, as its target (no longer a mere place)."""
    return replace(place, place=False, how=f"the state of the place aimed at: {place.how}")


def _genitive_not_agent(predicate: Predicate, lex: EventLexicon) -> bool:
    """The act noun's actor markers (a starred one stripped) hold the genitive but no "par" agent."""
    markers = {m.rstrip("*") for m in predicate.markers("actor")}
    return lex.genitive in markers and lex.agent not in markers


def _between_second(resolver: Resolver, node: Token, first: Arg) -> list[Arg]:
    """The second side of "entre X et Y" where the parser made Y the subject of the main verb
    ("l'accord conclu entre le Chili et l'Argentine tient"): "entre" wants two sides, so the actor
    named right after X's phrase behind a conjunction is the other one."""
    doc, a = resolver.a.doc, resolver.a
    gap = []
    for t in doc[node.right_edge.i + 1: min(resolver.sent.end, node.right_edge.i + 4)]:
        if t.i in a.by_token:
            if not any(g.pos_ == "CCONJ" for g in gap) or not all(g.pos_ in ("CCONJ", "DET") for g in gap):
                return []
            arg = a.arg_of_mention(a.by_token[t.i], 0.6)
            if arg.key == first.key or arg.stance:
                return []
            return [replace(arg, how=f"the second side of the list, read on the text: {arg.how}")]
        gap.append(t)
    return []


def actor_slot(resolver: Resolver, token: Token, predicate: Predicate,
               table: PredicateTable) -> tuple[list[Arg], list[Arg]]:
    """The actor role of a predicate alone (what a later event noun takes up)."""
    return read_slot(resolver, token, predicate, "actor", table)


# what a demand may be aimed through: the target of a hostile act it calls for ("réclamer des
# sanctions contre la Russie"); the parties of a cooperative act it calls for are not whom it
# addresses ("exiger le retrait des troupes russes d'Ukraine" is aimed at the troops' state)
DEMANDED_QUADS = frozenset(("material_conflict", "verbal_conflict"))
# acts whose place names their target, as in their own frames ("lancer une offensive en Syrie"):
# "menace de lancer une offensive en Syrie" is aimed at Syria; a demonstration or a sanction
# called for somewhere is not aimed at the place ("appelle à manifester à Paris")
PLACED_TARGETS = frozenset(("ASSAULT",))


def demanded_target(resolver: Resolver, token: Token, table: PredicateTable) -> list[Arg]:
    """The recipient of a demand read through the hostile act it calls for, a noun predicate as
    its object or complement ("a réclamé des sanctions contre la Russie", "appelle à des frappes
    contre X", "plaide pour une enquête sur X"), also as the object of the infinitive it governs
    ("menace de lancer des frappes contre X", "menace d'imposer des sanctions à X"): the act's own
    target."""
    labels = resolver.lex.labels
    # the infinitive's own nominals come after the predicate's ("demander des sanctions", then
    # "demander de décréter des sanctions")
    nominals = list(token.children) + [g for c in token.children if c.dep_ in labels.open_complement and
                                       c.pos_ == "VERB" for g in c.children]
    # "plaider pour un renforcement des sanctions contre X": the act a degree noun strengthens
    nominals += [g for c in nominals if c.lemma_.lower() in resolver.lex.degree_nouns for g in c.children
                 if g.dep_ in labels.nominal_modifier and g.pos_ == "NOUN" and
                 case_of(g, resolver.lex) in resolver.lex.prepositions[resolver.lex.genitive]]
    for child in nominals:
        if child.pos_ != "NOUN" or not (child.dep_ in labels.object or child.dep_ in labels.oblique_argument or
                                        child.dep_ in labels.oblique_modifier or child.head in nominals):
            continue
        for inner in match_predicates(child, table, resolver.lex):
            if inner.pos != "noun" or QUAD_OF.get(inner.type) not in DEMANDED_QUADS:
                continue
            found, _ = read_slot(resolver, child, inner, "recipient", table)
            found = [a for a in found if not a.place]
            if not found and inner.type in PLACED_TARGETS:
                found, _ = read_slot(resolver, child, inner, "place", table)
            if found:
                return found
    return []
