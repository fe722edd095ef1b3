"""Displaced arguments: a role the parser hung away from the predicate, read on the clause or the
text (the first member of a misparsed subject list, an object taken for a date or a complement, a
verb's shared object, a complement attached elsewhere, a possessive before the subject is named,
the partners of a mediated clause). For the slot readers (slots.py) and frames.py.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .arguments import Resolver
from .article_view import Arg
from .references import listed_after, names_an_agreement
from .lexicon import EventLexicon
from .misread import misread_present
from .predicates import Predicate, additive_locution, case_of, has_marker
from .prepositional import seat_of_post
from .noun_roles import clause_subject
from .subjects import misparsed_co_subject, sibling_co_subject, subject_of


def clause_partners(resolver: Resolver, verb: Token, taken: set[str]) -> list[Arg]:
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


def brokered_sides(resolver: Resolver, verb: Token, node: Token) -> list[Arg]:
    """The sides a mediation frames when its clause's subject names none: the subject of the verb
    whose object a relative subject stands for ("X et Y ont signé un mémorandum **qui** ouvre des
    négociations sous l'égide de la Norvège": X and Y), or the owner and the "avec" partners of a
    meeting noun as subject ("**Leurs** négociations **avec Kinshasa** se poursuivent sous la
    médiation du Qatar")."""
    lex = resolver.lex
    labels = lex.labels
    if verb.dep_ in labels.relative_clause and verb.head == node and node.dep_ in labels.object and \
            node.head != node:
        # the subject resolver already stands the relative pronoun for the noun it modifies
        governor = node.head
        subject = subject_of(governor, lex)
        return with_co_subject(resolver, governor, subject, resolver.members(subject, deep=False)) \
            if subject is not None else []
    if node.pos_ != "NOUN":
        return []
    owner = next((c for c in node.children if c.dep_ in labels.determiner and "Yes" in c.morph.get("Poss")), None)
    sides = [a for a in resolver.members(owner, deep=False) if not a.place] if owner is not None else []
    return sides + clause_partners(resolver, node, {a.key for a in sides})


def with_co_subject(resolver: Resolver, verb: Token, subject: Token, args: list[Arg]) -> list[Arg]:
    """A subject's actors, with the first member of the coordination the parser hung the verb on
    ("La Russie et l'Ukraine ont conclu …": "Russie" as the root, "Ukraine" the subject)."""
    first = misparsed_co_subject(verb, subject, resolver.lex) or sibling_co_subject(verb, subject, resolver.lex)
    if first is None and args:
        first = _fronted_member(resolver, verb, subject)
    args = args + _additive_members(resolver, verb, subject, {a.key for a in args})
    args = args + _compared_members(resolver, verb, {a.key for a in args}) if args else args
    if first is None or not args:
        return args
    taken = {a.key for a in args}
    return [replace(a, how=f"coordinated subject the parser made the head of the verb: {a.how}")
            for a in resolver.members(first, deep=False) if a.key not in taken] + args


def _additive_members(resolver: Resolver, verb: Token, subject: Token, taken: set[str]) -> list[Arg]:
    """Members added to a subject or an agent by an additive conjunction the parser hung on the verb
    ("le traité a été signé par l'UE, **ainsi que** les États-Unis et le Japon"; event_grammar.tsv):
    a nominal conjunct of the verb whose nearest argument before it is that subject or agent (after
    an object that names an actor, "a rencontré X ainsi que Y", it adds nothing here)."""
    lex = resolver.lex
    labels = lex.labels
    found: list[Arg] = []
    arguments = [c for c in verb.children if c.dep_ in labels.subjects or c.dep_ in labels.object or
                 c.dep_ in labels.oblique or c.dep_ in labels.agent or c.dep_ in labels.indirect_object]
    for conjunct in verb.children:
        if conjunct.dep_ not in labels.conjunct or conjunct.pos_ not in ("PROPN", "NOUN") or \
                not any(c.dep_ in labels.coordinator and c.lower_ in lex.additive_conjunctions
                        for c in conjunct.children):
            continue
        # an object or an adjunct that names no actor stands in no one's way ("a signé lundi le
        # traité à Oslo, ainsi que l'Allemagne")
        before = [a for a in arguments if a.i < conjunct.i and
                  (a.dep_ not in labels.object and a.dep_ not in labels.oblique or
                   any(not m.place for m in resolver.members(a, deep=False)))]
        if not before or max(before, key=lambda a: a.i) != subject:
            continue
        found += _new_doers(resolver, conjunct, taken, f"added by {conjunct.text!r}'s conjunction")
    return found


def _compared_members(resolver: Resolver, verb: Token, taken: set[str]) -> list[Arg]:
    """Actors an additive locution after the verb says did the same ("La Pologne a critiqué la
    décision, **tout comme** la Hongrie et la Slovaquie"; event_grammar.tsv additive_locution):
    one more subject each, whether the parser hung the nominal on the verb or on its object."""
    lex = resolver.lex
    hosts = [verb] + [c for c in verb.children if c.dep_ in lex.labels.object]
    found: list[Arg] = []
    for nominal in (c for host in hosts for c in host.children if c.i > verb.i):
        if not additive_locution(nominal, lex):
            continue
        found += _new_doers(resolver, nominal, taken, f"did the same ({nominal.text!r}'s locution)")
    return found


def _new_doers(resolver: Resolver, node: Token, taken: set[str], how: str) -> list[Arg]:
    """The actors a node names that are not yet taken (no place, no stance), each noted with how it
    was added; `taken` grows with them."""
    found: list[Arg] = []
    for arg in resolver.members(node, deep=False):
        if arg.key not in taken and not arg.place and not arg.stance:
            taken.add(arg.key)
            found.append(replace(arg, how=f"{how}: {arg.how}"))
    return found


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


def attribute_object(resolver: Resolver, token: Token) -> Token | None:
    """The object the parser hung on the attribute of the object written before it ("qualifier de
    « provocation » l'essai nord-coréen", "désigner comme « ennemi » le gouvernement X"): the
    attribute, introduced by its preposition, gets the object as its apposition or conjunct right
    after its own words or its closing quotation mark; that nominal is the verb's object."""
    labels = resolver.lex.labels
    for child in token.children:
        if not (child.dep_ in labels.object or child.dep_ in labels.open_complement) or child.i < token.i or \
                case_of(child, resolver.lex) is None:
            continue
        for g in child.children:
            if g.i < child.i or not (g.dep_ in labels.apposition or g.dep_ in labels.conjunct):
                continue
            before = g.doc[g.left_edge.i - 1]
            if (before.is_quote or before.pos_ != "PUNCT") and before.head == child or before == child:
                if not any(c.pos_ == "CCONJ" for c in g.children) and case_of(g, resolver.lex) is None and \
                        any(d.dep_ in labels.determiner for d in g.children):
                    return g
    return None


def _after_complements(resolver: Resolver, verb: Token, word: Token) -> bool:
    """Whether a word stands right after a verb, or after nothing but the verb's own prepositional
    complements or dates ("a rencontré à Berlin la …", "a reçu mardi à Genève les …"): no comma,
    no other word between them."""
    if word.i <= verb.i:
        return False
    covered = set()
    for sibling in verb.children:
        if verb.i < sibling.i < word.i and (case_of(sibling, resolver.lex) is not None or in_date(resolver, sibling)):
            covered.update(t.i for t in sibling.subtree)
    return all(i in covered and verb.doc[i].pos_ != "PUNCT" for i in range(verb.i + 1, word.i))


def misparsed_object(resolver: Resolver, token: Token, inverted: Token | None) -> list[Token]:
    """The direct object where the parser put it elsewhere: under a date it took for the object
    ("a rencontré jeudi John Kerry"), labelled an open complement ("Pékin a menacé Washington de
    représailles"), or coordinated with a complement before it ("a accueilli à la Maison Blanche le
    Premier ministre japonais"): a nominal with no preposition and no conjunction of its own."""
    labels = resolver.lex.labels

    def bare(node: Token) -> bool:
        nominal = node.pos_ in ("NOUN", "PROPN") or any(c.dep_ in labels.determiner for c in node.children)
        return nominal and node != inverted and case_of(node, resolver.lex) is None and \
            not any(c.pos_ == "CCONJ" for c in node.children) and not in_date(resolver, node)

    for child in token.children:
        if in_date(resolver, child) and case_of(child, resolver.lex) is None:
            found = [g for g in child.children if bare(g) and g.i > child.i]
            if found:
                return found[:1]
    for child in token.children:
        if child.dep_ in labels.open_complement and child.pos_ == "PROPN" and bare(child):
            return [child]
    subject = misread_present(token, resolver.lex)
    if subject is not None:
        # "Le Qatar finance le Hamas" read as a noun phrase: the first nominal after the verb, hung
        # on it or on its subject, bare or behind a partitive article the parser took for "de"
        genitive = resolver.lex.prepositions.get(resolver.lex.genitive, frozenset())
        found = sorted((c for c in list(token.children) + list(subject.children) if c.i > token.i and
                        c.dep_ not in labels.not_complements and (c.pos_ in ("NOUN", "PROPN") or c.dep_ in labels.name_part)
                        and case_of(c, resolver.lex) in genitive | {None} and not in_date(resolver, c)),
                       key=lambda c: c.i)
        return found[:1]
    head = token.head
    if token.dep_ in labels.adverbial_clause and head.i > token.i:
        # "La Belgique a expulsé un diplomate iranien, a confirmé la ministre": the object read as
        # the subject of the incise's verb, between the predicate and that verb
        found = [c for c in head.children if c.dep_ in labels.subjects and token.i < c.i < head.i and bare(c)]
        if found:
            return found[:1]
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
    for child in token.children:
        # "entraîne des soldats ukrainiens", "a critiqué les États-Unis" parsed as an oblique
        # argument or modifier with no preposition: a nominal with its own determiner right after
        # the verb, or right after the verb's prepositional complements ("a rencontré à Berlin la
        # chancelière allemande"), is its object
        if (child.dep_ in labels.oblique_argument or child.dep_ in labels.oblique_modifier) and \
                child.i > token.i and bare(child) and \
                any(d.dep_ in labels.determiner and _after_complements(resolver, token, d) for d in child.children):
            return [child]
    genitive = resolver.lex.prepositions.get(resolver.lex.genitive, frozenset())
    if token.pos_ in ("NOUN", "VERB"):
        # a verb has no nominal modifier: one right after it, bare or behind a partitive article the
        # parser took for "de", is its object ("le Ghana expulse deux diplomates togolais"), also
        # after a present verb the tagger read as a noun ("le Ghana sanctionne deux ministres")
        for child in token.children:
            if child.dep_ in labels.nominal_modifier and child.left_edge.i == token.i + 1 and \
                    case_of(child, resolver.lex) in genitive | {None} and not in_date(resolver, child):
                return [child]
    for child in token.children:
        # "accueille des troupes américaines" parsed as a "de" complement: the partitive article
        # right after the verb, before a common noun with no determiner of its own ("des" before a
        # name is "de" + "les": "a reçu des États-Unis"); also after the verb's date, where the
        # parser hangs it on the verb or on the date ("a bombardé mardi des villes", "a rencontré
        # jeudi des diplomates": "diplomates" a modifier of "jeudi")
        candidates = [child] if child.dep_ in labels.oblique_argument else []
        if in_date(resolver, child) and child.i > token.i:
            candidates += [g for g in child.subtree if g.dep_ in labels.nominal_modifier and g.i > child.i
                           and in_date(resolver, g.head)]  # "mardi soir des villes": under "soir"
        for node in candidates:
            if _partitive_noun(resolver, node) and _only_dates_between(resolver, token, node):
                return [node]
    return []


def _partitive_noun(resolver: Resolver, node: Token) -> bool:
    """A common noun behind a partitive article the parser read as the preposition "de", with no
    determiner of its own and no date or name in it."""
    lex = resolver.lex
    return node.pos_ == "NOUN" and node.i not in resolver.a.by_token and \
        case_of(node, lex) in lex.prepositions.get(lex.genitive, frozenset()) and \
        not any(d.dep_ in lex.labels.determiner for d in node.children) and not in_date(resolver, node)


def _only_dates_between(resolver: Resolver, verb: Token, node: Token) -> bool:
    """Whether a phrase follows the verb right away or behind dates only ("a reçu lundi soir des …")."""
    between = verb.doc[verb.i + 1:node.left_edge.i]
    return all(in_date(resolver, t) for t in between)


def cataphora(resolver: Resolver, token: Token, possessive: Token) -> list[Arg]:
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


def with_companion(token: Token, predicate: Predicate, lex: EventLexicon) -> list[Token]:
    """The predicate noun and the companion word in its "de" complement, whose possessive or demonym
    says who acts ("le retrait de **ses** troupes", "le retrait des troupes **françaises**")."""
    if predicate.pos != "noun" or not predicate.companions:
        return [token]
    return [token] + [c for c in token.children if c.lemma_.lower() in predicate.companions and
                      has_marker(c, lex.genitive, lex)]


def shared_object(token: Token, lex: EventLexicon) -> list[Token]:
    """The object of the verb coordinated right after, when the two share it ("La France a condamné
    et sanctionné la Russie"): that verb has no subject of its own and the predicate no object."""
    labels = lex.labels
    for conj in token.children:
        if conj.dep_ in labels.conjunct and conj.pos_ == "VERB" and conj.i > token.i and \
                any(c.dep_ in labels.coordinator and token.i < c.i < conj.i for c in conj.children) and \
                not any(c.dep_ in labels.subjects for c in conj.children):
            return [c for c in conj.children if c.dep_ in labels.object and c.i > conj.i][:1]
    return []


def in_date(resolver: Resolver, token: Token) -> bool:
    """Whether a nominal is (inside) a date of the dates component: "a reçu mardi à l'Élysée le
    président égyptien", where the parser takes "mardi" for the object."""
    return any(d.start <= token.idx < d.end for d in resolver.a.dates)


def names_venue(article, node: Token) -> bool:
    """Whether the "de" complement of a noun predicate that takes a place names where it is held
    ("le sommet de Vienne", "la conférence de Berlin"): a capital written by its name, not the
    state ("le sommet de l'Autriche") nor a seat standing for a government ("le Kremlin")."""
    mention = article.by_token.get(node.i)
    if mention is None or mention.kind != "country":
        return False
    entry = article.gaz.country(mention.text)
    return entry is not None and entry.match == "capital"


def linear_companion(resolver: Resolver, token: Token, markers: tuple[str, ...], tight: bool = False,
                     placed: bool = False, companions: frozenset[str] = frozenset()) -> tuple[list[Arg], list[Arg]]:
    """A complement the parser attached elsewhere ("sa rencontre … avec Richard Stallman",
    "transférer le contrôle de la province, dernier territoire dont elle avait la
    responsabilité, aux forces afghanes"): the next phrase with the frame's preposition,
    before the clause ends; `placed`: the predicate is a noun that takes a place, whose "de"
    complement naming a city is its venue (`names_venue`); `companions`: the frame's own words (a
    post it names is acted on at its seat, `seat_of_post`)."""
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
            if names_an_agreement(resolver.a, nxt.head):
                continue  # "se retirer de l'accord de Paris": the agreement's name, no party
            owner = nxt.head.head
            if marker == lex.genitive and owner != nxt.head and owner != token and owner.i > token.i and \
                    owner.pos_ == "NOUN" and ({owner.lemma_.lower(), owner.lower_} & resolver.a.act_nouns):
                continue  # "a rappelé son ambassadeur à la demande du Royaume-Uni": the act's own complement
            if seat_of_post(resolver, nxt.head, token, companions):
                continue  # "l'appui de l'ambassade de France au Niger": where the post sits, no partner
            if placed and marker == lex.genitive and names_venue(resolver.a, nxt.head):
                continue  # "a participé au sommet de Vienne": where it is held, not a partner
            members = [a for a in resolver.members(nxt.head, deep=False) if not a.place and not a.stance]
            if marker == lex.between and len(members) >= 2:
                return [], [replace(m, how=f"{marker} (list, after the predicate): {m.how}") for m in members]
            if members:
                return [replace(a, confidence=min(a.confidence, 0.5), how=f"{marker} (after the predicate): {a.how}")
                        for a in members], []
    return [], []


def displaced_adjective(host: Token, adjective: Token, lex: EventLexicon) -> bool:
    """Whether an adjective the parser hung on `host` comes after one of the host's determined
    nominal complements ("la suspension par Kinshasa des vols de la compagnie *rwandaise*"): a
    French adjective follows its noun, so it qualifies that complement, not the host. A bare
    complement ("la visite d'État chinoise") is part of the host's name and keeps its adjective."""
    labels = lex.labels
    for child in host.children:
        if child.dep_ not in labels.nominal_modifier or not host.i < child.i < adjective.i:
            continue
        if any(d.dep_ in labels.determiner or d.dep_ in labels.case_marker and "Art" in d.morph.get("PronType")
               for d in child.children):
            return True
    return False


def displaced_demonyms(resolver: Resolver, host: Token) -> list[Arg]:
    """The states named by the demonyms displaced onto an act noun (`displaced_adjective`): what the
    act is on ("la suspension par Kinshasa des vols de la compagnie rwandaise": Rwanda's flights)."""
    lex = resolver.lex
    found = []
    for child in host.children:
        if child.dep_ in lex.labels.adjective_modifier and child.i > host.i and \
                displaced_adjective(host, child, lex):
            arg = resolver.a.arg_at(child)
            if arg is not None and arg.kind == "country" and not arg.stance:
                found.append(replace(arg, how=f"a demonym of what is acted on: {arg.how}"))
    return found
