"""Frames: where a predicate finds its actor, recipient and place, marker by marker (subject,
object, "à/avec/contre/entre X", "la visite de X", "frappes américaines", the subject of a light
verb), with the fallbacks for the parser's common mistakes. docs/events.md, "Arguments".
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from ...model import QUAD_OF

from .arguments import Resolver
from .article_view import Arg
from .references import listed_after
from .lexicon import EventLexicon
from .predicates import (Predicate, PredicateTable, case_of, has_marker, is_stopped, match_predicate, support_verb,
                         unnamed_actor)
from .repairs import inverted_subject
from .syntax import (agent_of, apposed_to, circumstance_link, clause_subject, is_passive, misparsed_co_subject,
                     participle_head, subject_of)

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


def _prepositional(resolver: Resolver, token: Token, marker: str, deep: bool, support: Token | None) -> list[Token]:
    """Complements of the predicate (or of its light verb) introduced by a preposition."""
    forms = resolver.lex.prepositions.get(marker)
    if forms is None:
        return []
    found = []
    for host in [token] + ([support] if support is not None else []):
        found += [child for child, case in _complements(resolver, host, deep) if case in forms]
    return found


def _complements(resolver: Resolver, host: Token, deep: bool) -> list[tuple[Token, str]]:
    """(nominal, its preposition) under a host, in its clause when deep; computed once per sentence."""
    key = (host.i, deep)
    cached = resolver.complements.get(key)
    if cached is None:
        lex = resolver.lex
        skip = lex.labels.not_complements
        nodes = _clause_nodes(host, lex) if deep else [host]
        cached = [(child, case) for node in nodes for child in node.children
                  if child.dep_ not in skip and (case := case_of(child, lex)) is not None]
        # "protester auprès de la Corée du Nord": the preposition parsed as an adverb heading its noun
        cached += [(grandchild, child.lower_) for node in nodes for child in node.children
                   if child.pos_ == "ADV" and child.lower_ in lex.preposition_forms
                   for grandchild in child.children if grandchild.pos_ in ("NOUN", "PROPN", "PRON")]
        # "l'UE lui a imposé des sanctions": a dative clitic is an "à" complement
        dative = next(iter(sorted(lex.prepositions[lex.dative])))
        cached += [(child, dative) for node in nodes for child in node.children
                   if child.dep_ in lex.labels.indirect_object and child.pos_ == "PRON"
                   and child.lower_ in lex.object_clitics]
        if host.pos_ == "NOUN":
            cached += _genitive_after_place(resolver, cached)
        resolver.complements[key] = cached
    return cached


def _genitive_object(resolver: Resolver, token: Token) -> bool:
    """A name the parser made a direct object though "de" introduces it ("a reçu de la France des
    armes", "a reçu des États-Unis des blindés": "des" before a name is "de" + "les", a name taking
    no partitive article; a name the actor index holds, whatever the tagger made of it): where the thing comes from, not whom the verb acts on."""
    lex = resolver.lex
    if token.pos_ != "PROPN" and token.i not in resolver.a.by_token:
        return False  # "a reçu des diplomates": a partitive before a common noun
    genitive = lex.prepositions.get(lex.genitive, frozenset())
    return any(c.i < token.i and c.lower_ in genitive and
               (c.dep_ in lex.labels.case_marker or c.dep_ in lex.labels.determiner) for c in token.children)


def _genitive_after_place(resolver: Resolver, complements: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """"la visite à Tokyo du Premier ministre indien": the parser hangs the noun's "de" complement on
    the place before it; a place has no person of its own ("de" + a person or a role noun), so that
    complement is the noun's."""
    lex = resolver.lex
    genitive = lex.prepositions.get(lex.genitive, frozenset())
    found = []
    for child, case in complements:
        place = resolver.a.by_token.get(child.i)
        if case not in lex.place_markers or (place.kind == "person" if place is not None else child.pos_ != "PROPN"):
            continue  # a place the index holds, or a proper name it does not know ("à Las Vegas")
        for grandchild in child.children:
            mention = resolver.a.by_token.get(grandchild.i)
            is_person = mention.kind == "person" if mention is not None else \
                grandchild.pos_ == "NOUN" and grandchild.lemma_.lower() in lex.role_nouns
            if is_person and case_of(grandchild, lex) in genitive:
                found.append((grandchild, case_of(grandchild, lex)))
    return found


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


def _clause_nodes(top: Token, lex: EventLexicon) -> list[Token]:
    """The tokens under `top` reached without entering a clause of their own."""
    edges = lex.labels.clause_edges
    nodes, stack = [], [top]
    while stack:
        node = stack.pop()
        nodes.append(node)
        stack.extend(c for c in node.children if c.dep_ not in edges)
    return nodes


def _slot(resolver: Resolver, token: Token, predicate: Predicate, role: str,
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
            if node is not None:
                args = _with_co_subject(resolver, token, node, resolver.members(node, deep=deep))
        elif marker == "comp":
            # "a averti que le Royaume-Uni devra payer", "exige que la Russie retire …": the
            # subject of the que-clause is whom the warning or the demand is aimed at
            for child in token.children:
                if child.dep_ in labels.clausal_complement:
                    node = subject_of(child, lex)
                    if node is not None:
                        args = resolver.members(node, deep=False)
                        break
        elif marker == "clause":
            if role == "actor" and "place" in predicate.markers("recipient") and \
                    case_of(token, lex) not in lex.circumstance_cases and circumstance_link(token, lex) is None:
                continue  # a visit: "en visite à Pékin, Lula a …", not "Pékin a protesté contre la visite à Taïwan"
            node = clause_subject(token, lex)
            if node is not None:
                args = resolver.members(node, deep=False)
            if args and role == "recipient" and predicate.mode == "mediate":
                args += _clause_partners(resolver, token.head, {a.key for a in args})
            if not args and token.head != token:
                # "des pourparlers se sont tenus sous l'égide de la Norvège entre X et Y"
                for other in token.head.children:
                    if other != token and has_marker(other, lex.between, lex):
                        args = resolver.members(other, deep=False)
        elif marker == "obj":
            # one direct object: the nearest (a second "obj" is a parse error); a participle's
            # object is the noun it modifies ("les groupes soutenus par la Turquie")
            inverted = inverted_subject(token, lex)
            objects = sorted((c for c in token.children if ((c.dep_ in labels.object and c != inverted and
                                                              not _genitive_object(resolver, c)) or
                              (passive and c.dep_ in labels.passive_subject)) and not _in_date(resolver, c)),
                             # a nominal before an adjective the parser also made an object ("a jugé
                             # « inacceptables » les propos de …")
                             key=lambda c: (c.pos_ == "ADJ", abs(c.i - token.i)))
            if not objects and not passive and predicate.pos == "verb":
                objects = _misparsed_object(resolver, token, inverted)
            if not objects and not passive and predicate.pos == "verb":
                objects = _shared_object(token, lex)
            if modified is not None and not objects:
                objects = [modified]
            for child in objects[:1]:
                hosted = match_predicate(child, table, lex) if predicate.mode == "host" else None
                if hosted is not None and hosted.pos == "noun" and hosted.type == "CONSULT":
                    # "l'Égypte a accueilli des pourparlers entre Israël et le Hamas": the host
                    # receives each side of the talks (a star from the host)
                    _, sides = _slot(resolver, child, hosted, "recipient", table)
                    if not sides:  # "entre X et Y" hung on the host verb
                        _, sides = _linear_companion(resolver, child, (lex.between,))
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
                    inner_actors, _ = _slot(resolver, child, inner, "actor", table)
                    if not inner_actors:
                        inner_actors = resolver.a.earlier_actors(child, inner.type)  # "le tir a été condamné"
                    args += inner_actors
                    continue
                args += resolver.members(child, deep)
        elif marker == "support":
            if support is not None:
                passive_support = is_passive(support, lex) or participle_head(support, lex) is not None
                node = agent_of(support, lex) if passive_support else subject_of(support, lex)
                if node is not None:
                    args = _with_co_subject(resolver, support, node, resolver.members(node, deep=False))
                elif not passive_support and support.pos_ == "VERB":
                    # no parsed subject of the light verb: the verb's fallback ("Après sept ans de
                    # négociations, le Canada et l'UE ont signé un accord")
                    args = resolver.fallback_subject(support, {token.idx})
        elif marker == "poss":
            if support is not None and subject_of(support, lex) is not None:
                continue  # "la Russie et la Chine ont apporté leur soutien": the light verb's subject, whole
            for child in [c for host in _with_companion(token, predicate, lex) for c in host.children]:
                if child.dep_ in labels.determiner and "Yes" in child.morph.get("Poss"):
                    framed = _cataphora(resolver, token, child)
                    if framed:  # "Lors de sa visite en Inde, le chancelier allemand a signé …"
                        args = framed
                        continue
                    arg = resolver.antecedent(child)
                    args = [arg] if arg is not None else []
        elif marker == "adj":
            # "les frappes américaines", "une frappe aérienne turque" (an adjective on an adjective)
            adjectives = [c for host in _with_companion(token, predicate, lex) for c in host.children
                          if c.dep_ in labels.adjective_modifier and c.i > host.i]
            adjectives += [g for c in adjectives for g in c.children if g.dep_ in labels.adjective_modifier]
            # "les frappes américaines et britanniques": each coordinated demonym acts
            # ("les frappes syriennes et russes": the tagger may read the second as a noun, bare of
            # any determiner)
            adjectives += [g for c in adjectives for g in c.children if g.dep_ in labels.conjunct and (
                g.pos_ == "ADJ" or g.pos_ == "NOUN" and resolver.a.gaz.demonym(g.lower_) and
                not any(d.dep_ in labels.determiner for d in g.children))]
            for child in adjectives:
                compound = resolver.a.arg_of_compound(child) if role == "actor" else []
                if compound:  # "le sommet franco-allemand": each state acts (a star when symmetric)
                    args += compound
                    continue
                arg = resolver.a.arg_at(child)
                if arg is not None and arg.stance == (role == "recipient") and arg.kind == "country":
                    args.append(arg)
        elif marker == "xcomp":
            for child in token.children:
                if child.dep_ in labels.open_complement:
                    for grandchild in child.children:
                        if grandchild.dep_ in labels.object or grandchild.dep_ in labels.oblique_argument or \
                                grandchild.dep_ in labels.oblique_modifier:
                            args += resolver.members(grandchild, deep)
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
                    for grandchild in verb.children:
                        if grandchild.dep_ in labels.object:
                            args += resolver.members(grandchild, deep)
        else:
            nodes = _prepositional(resolver, token, marker, deep, support)
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
                        agent_of(token, lex) is not None:
                    continue  # "l'invasion de l'Ukraine par la Russie": de is the patient
                members = resolver.members(node, deep)
                if not members and role == "place":
                    # "arrivé à Kiev lundi" parsed with "Kiev" as a modifier of "lundi"
                    members = [arg for t in node.subtree if (arg := resolver.a.arg_at(t)) is not None
                               and arg.kind == "country" and not arg.stance][:1]
                if marker == lex.between:
                    # "entre X et Y" with Y parsed as a conjunct of the predicate itself
                    for other in node.head.children:
                        if other.dep_ in labels.conjunct and other.i > node.i and node.head == token:
                            members += [m for m in resolver.members(other, deep) if m.key not in
                                        {k.key for k in members}]
                    if len(members) >= 2:
                        return [], [replace(m, how=f"{raw} (list): {m.how}") for m in members]
                args += members
        args = [a for a in args if not a.stance or role == "recipient"]
        if role == "recipient" and marker in lex.prepositions and marker not in lex.place_markers:
            args = [a for a in args if not a.place]  # "demander à Paris" names Paris as a place only then
        if role == "actor":
            args = [a for a in args if not a.place]
        if role == "place":
            args = [a for a in args if a.kind == "country"]
        if args:
            return [replace(a, how=f"{raw}: {a.how}") for a in args], []
    return [], []


def _clause_partners(resolver: Resolver, verb: Token, taken: set[str]) -> list[Arg]:
    """The "avec" partners of the clause a mediation frames, on its verb or its object ("la RDC a
    signé un accord avec le Rwanda sous la médiation de l'Angola": the mediator reaches both)."""
    lex = resolver.lex
    forms = lex.prepositions.get(lex.partner, ()) if lex.partner else ()
    hosts = [verb] + [c for c in verb.children if c.dep_ in lex.labels.object]
    found = []
    for host in hosts:
        for child in host.children:
            if case_of(child, lex) in forms:
                found += [replace(a, how=f"the partner of the mediated clause: {a.how}")
                          for a in resolver.members(child, deep=False) if a.key not in taken and not a.place]
    return found


def _with_co_subject(resolver: Resolver, verb: Token, subject: Token, args: list[Arg]) -> list[Arg]:
    """A subject's actors, with the first member of the coordination the parser hung the verb on
    ("La Russie et l'Ukraine ont conclu …": "Russie" as the root, "Ukraine" the subject)."""
    first = misparsed_co_subject(verb, subject, resolver.lex)
    if first is None and args:
        first = _fronted_member(resolver, verb, subject)
    if first is None or not args:
        return args
    taken = {a.key for a in args}
    return [replace(a, how=f"coordinated subject the parser made the head of the verb: {a.how}")
            for a in resolver.members(first, deep=False) if a.key not in taken] + args


def _fronted_member(resolver: Resolver, verb: Token, subject: Token) -> Token | None:
    """The first member of a subject list the parser hung on the verb as a modifier ("L'Union
    européenne, les Nations unies et la Russie ont critiqué …": "Union" an obl:mod of the verb): a
    bare nominal before the subject whose list, read on the text, reaches the subject."""
    a = resolver.a
    mention = a.by_token.get(subject.i)
    if mention is None:
        return None
    for child in verb.children:
        if child.i >= subject.i or child.i not in a.by_token or case_of(child, resolver.lex) is not None or \
                child.dep_ in resolver.lex.labels.subjects:
            continue
        if mention in listed_after(a, child, resolver.sent):
            return child
    return None


def _misparsed_object(resolver: Resolver, token: Token, inverted: Token | None) -> list[Token]:
    """The direct object where the parser put it elsewhere: under a date it took for the object
    ("a rencontré jeudi John Kerry"), labelled an open complement ("Pékin a menacé Washington de
    représailles"), or coordinated with a complement before it ("a accueilli à la Maison Blanche le
    Premier ministre japonais"): a nominal with no preposition and no conjunction of its own."""
    labels = resolver.lex.labels

    def bare(node: Token) -> bool:
        nominal = node.pos_ in ("NOUN", "PROPN") or any(c.dep_ in labels.determiner for c in node.children)
        return nominal and node != inverted and case_of(node, resolver.lex) is None and \
            not any(c.pos_ == "CCONJ" for c in node.children) and not _in_date(resolver, node)

    for child in token.children:
        if _in_date(resolver, child) and case_of(child, resolver.lex) is None:
            found = [g for g in child.children if bare(g) and g.i > child.i]
            if found:
                return found[:1]
    for child in token.children:
        if child.dep_ in labels.open_complement and child.pos_ == "PROPN" and bare(child):
            return [child]
    for child in token.children:
        if (child.dep_ in labels.oblique or child.dep_ in labels.oblique_argument) and child.i > token.i:
            # not "à Alep et Idlib" (no determiner), nor "à Kiev, la capitale" (an apposition after a comma)
            found = [g for g in child.children if (g.dep_ in labels.conjunct or
                                                   (g.dep_ in labels.apposition or g.dep_ in labels.nominal_modifier)
                                                   and g.doc[g.left_edge.i - 1].pos_ != "PUNCT") and bare(g) and
                     any(d.dep_ in labels.determiner for d in g.children)]
            if found:
                return found[:1]
            # "a mis en garde Washington", "a mis en cause Pékin": a name right after the bare noun
            # of a fixed phrase, hung on that noun
            if not any(d.dep_ in labels.determiner for d in child.children):
                found = [g for g in child.children if g.pos_ == "PROPN" and g.i == child.i + 1 and bare(g)]
                if found:
                    return found[:1]
    return []


def _cataphora(resolver: Resolver, token: Token, possessive: Token) -> list[Arg]:
    """A possessive in a phrase framing the clause before any actor is named stands for the clause's
    subject ("Lors de **sa** visite en Inde, le chancelier allemand Olaf Scholz a signé …")."""
    node = clause_subject(token, resolver.lex)
    if node is None and token.head.pos_ == "ADV" and token.head.head.pos_ == "VERB":
        node = subject_of(token.head.head, resolver.lex)  # "lors de", parsed as an adverb and its complement
    if node is None or not possessive.i < node.left_edge.i or \
            resolver.a.mentions_in(resolver.sent.start_char, possessive.idx):
        return []
    return [replace(a, how=f"possessive {possessive.text!r} before the clause's subject: {a.how}")
            for a in resolver.members(node, deep=False)]


def _with_companion(token: Token, predicate: Predicate, lex: EventLexicon) -> list[Token]:
    """The predicate noun and the companion word in its "de" complement, whose possessive or demonym
    says who acts ("le retrait de **ses** troupes", "le retrait des troupes **françaises**")."""
    if predicate.pos != "noun" or not predicate.companions:
        return [token]
    return [token] + [c for c in token.children if c.lemma_.lower() in predicate.companions and
                      has_marker(c, lex.genitive, lex)]


def _shared_object(token: Token, lex: EventLexicon) -> list[Token]:
    """The object of the verb coordinated right after, when the two share it ("La France a condamné
    et sanctionné la Russie"): that verb has no subject of its own and the predicate no object."""
    labels = lex.labels
    for conj in token.children:
        if conj.dep_ in labels.conjunct and conj.pos_ == "VERB" and conj.i > token.i and \
                any(c.dep_ in labels.coordinator and token.i < c.i < conj.i for c in conj.children) and \
                not any(c.dep_ in labels.subjects for c in conj.children):
            return [c for c in conj.children if c.dep_ in labels.object and c.i > conj.i][:1]
    return []


def _in_date(resolver: Resolver, token: Token) -> bool:
    """Whether a nominal is (inside) a date of the dates component: "a reçu mardi à l'Élysée le
    président égyptien", where the parser takes "mardi" for the object."""
    return any(d.start <= token.idx < d.end for d in resolver.a.dates)


def _linear_companion(resolver: Resolver, token: Token, markers: tuple[str, ...],
                      tight: bool = False) -> tuple[list[Arg], list[Arg]]:
    """A complement the parser attached elsewhere ("sa rencontre … avec Richard Stallman",
    "transférer le contrôle de la province, dernier territoire dont elle avait la
    responsabilité, aux forces afghanes"): the next phrase with the frame's preposition,
    before the clause ends."""
    lex = resolver.lex
    labels = lex.labels
    wanted = [m.rstrip("*") for m in markers if m.rstrip("*") in lex.prepositions]
    if not wanted:
        return [], []
    sent = resolver.sent
    for nxt in resolver.a.doc[token.i + 1: min(sent.end, token.i + 30)]:
        if nxt.pos_ in ("VERB", "AUX") and nxt.dep_ not in labels.phrase_inside or \
                nxt.text in (";", ":", "«", "»", '"'):
            break
        if tight and (nxt.pos_ in ("VERB", "AUX") and nxt.dep_ not in labels.clausal_modifier or
                      nxt.pos_ in ("CCONJ", "SCONJ") or nxt.text == ","):
            break  # within the noun phrase only (its participle included: "l'expulsion … décidée par X")
        if nxt.dep_ not in labels.case_marker and nxt.dep_ not in labels.fixed:
            continue
        for marker in wanted:
            if nxt.lower_ not in lex.prepositions[marker]:
                continue
            members = [a for a in resolver.members(nxt.head, deep=False) if not a.place and not a.stance]
            if marker == lex.between and len(members) >= 2:
                return [], [replace(m, how=f"{marker} (list, after the predicate): {m.how}") for m in members]
            if members:
                return [replace(a, confidence=min(a.confidence, 0.5), how=f"{marker} (after the predicate): {a.how}")
                        for a in members], []
    return [], []


def _protesters(resolver: Resolver, token: Token, recipients: list[Arg]) -> Arg:
    """Unnamed demonstrators, of the country the sentence places them in ("à Téhéran"), if any:
    protests against one's own state are domestic and dropped by the filter."""
    aimed = {a.start for a in recipients}
    country = None
    for mention in resolver.a.mentions_in(resolver.sent.start_char, resolver.sent.end_char):
        arg = resolver.a.arg_of_mention(mention)
        if arg.kind == "country" and not arg.stance and arg.start not in aimed:
            country = arg.country
            break
    return Arg(None, resolver.lex.protesters, "group", country, token.idx, token.idx + len(token.text),
               confidence=0.5, how="unnamed demonstrators, of the country the sentence places them in")


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


def actor_slot(resolver: Resolver, token: Token, predicate: Predicate,
               table: PredicateTable) -> tuple[list[Arg], list[Arg]]:
    """The actor role of a predicate alone (what a later event noun takes up)."""
    return _slot(resolver, token, predicate, "actor", table)


def read_predicate(resolver: Resolver, token: Token, predicate: Predicate, table: PredicateTable) -> Found | None:
    """The actors, recipients and place of one predicate, or None when a side is missing."""
    lex = resolver.lex
    actors, actor_list = _slot(resolver, token, predicate, "actor", table)
    recipients, between = _slot(resolver, token, predicate, "recipient", table)
    places, _ = _slot(resolver, token, predicate, "place", table)
    place = places[0] if places else None
    if not recipients and not between:
        recipients, between = _linear_companion(resolver, token, predicate.markers("recipient"))
    if predicate.pos == "noun" and not actors and lex.agent in predicate.markers("actor"):
        # "la prise de l'ambassade des États-Unis par des étudiants iraniens": the parser often
        # hangs the agent on the main verb
        actors, _ = _linear_companion(resolver, token, (lex.agent,), tight=True)
    if predicate.pos == "verb" and not actors and not predicate.passive:
        taken = {a.start for a in recipients + between}
        if subject_of(token, lex) is None and not is_passive(token, lex):
            actors = resolver.fallback_subject(token, taken)
    between = between or actor_list
    if between and actors and not predicate.symmetric and not {a.key for a in actors} & {a.key for a in between}:
        recipients = between  # "Moscou a proposé une médiation entre l'Arménie et l'Azerbaïdjan": the mediator to each
    elif between:
        listed = {a.key for a in between}
        first = next((a for a in actors if a.key in listed), between[0])
        actors = [first]
        recipients = [a for a in between if a.key != first.key]
    if not recipients and place is not None and "place" in predicate.markers("recipient"):
        recipients = [replace(place, how=f"the state of the place: {place.how}")]  # a visit is to that state
    elif place is not None and any(a.start == place.start for a in actors + recipients):
        place = None  # "demander à Berlin": an argument, not the place of the event
    reciprocal = False
    if not recipients and predicate.symmetric and len(actors) >= 2:
        actors, recipients = actors[:1], actors[1:]
    elif not recipients and len(actors) >= 2 and predicate.pos == "verb" and not predicate.reflexive and \
            any(c.lower_ in lex.reflexives and c.dep_ in lex.labels.clitic_roles for c in token.children):
        recipients, reciprocal = list(actors), True  # "Kiev et Moscou s'accusent mutuellement": each of the other
    if recipients and not reciprocal and {a.key for a in recipients} <= {a.key for a in actors}:
        # "La Russie a dénoncé cette décision": a bridging noun taking up the actor itself names no
        # recipient (a reaction may still answer whoever just acted on the actor)
        recipients = []
    if not actors and unnamed_actor(predicate):
        actors = [_protesters(resolver, token, recipients)]
    if actors:
        actors = actors + [f for f in _followers(resolver, token) if f.key not in {a.key for a in actors}]
    if not actors or not recipients:
        return None
    mode = predicate.mode
    if predicate.type == "CONSULT" and any(t.lemma_.lower() in lex.phone_words for t in token.subtree):
        mode = "phone"
    if predicate.type == "THREATEN":
        for child in token.children:
            inner = match_predicate(child, table, lex) if child.dep_ in lex.labels.open_complement else None
            if inner is not None:
                mode = THREAT_MODES.get(inner.type, mode)
    etype = predicate.type
    support = support_verb(token, table, lex) if predicate.pos == "noun" else None
    if is_stopped(token, support, etype, table, lex):
        # "l'UE a interrompu son aide", "retirer leur soutien aux Kurdes", "la fin des accords de coopération"
        etype, mode = "SANCTION", "suspend"
    return Found(predicate, token, actors, recipients, place, mode, etype)
