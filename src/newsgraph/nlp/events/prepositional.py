"""Prepositional complements of a predicate, as the slot readers (slots.py) find them: the
nominals under the predicate (or its light verb, or the verb that says it takes place) with the
preposition that introduces them, including prepositions the parser read as adverbs or nouns
("auprès de", "à l'encontre de"), a dative clitic, a perceiver's subject, a "de" complement hung on
a place, an agent hung on the patient, and a name made an object though "de" introduces it. Computed
once per sentence.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..context import pack_of
from ..syntax import connectors
from ..textutil import text_of
from .arguments import Resolver
from .lexicon import EventLexicon
from .predicates import case_of
from .subjects import subject_of
from .voice import perceived_passive


def prepositional_nodes(resolver: Resolver, token: Token, marker: str, deep: bool, support: Token | None) -> list[Token]:
    """Complements of the predicate (or of its light verb) introduced by a preposition."""
    forms = resolver.lex.prepositions.get(marker)
    if forms is None:
        return []
    found = []
    for host in [token] + ([support] if support is not None else []) + _occurrence_verb(token, marker, resolver.lex):
        found += [child for child, case in _complements(resolver, host, deep) if case in forms and
                  not _in_own_subject(child, host, resolver.lex)]
    if marker == resolver.lex.agent:
        found += _attributed_to(resolver, token) + agents_on_patient(token, resolver.lex)
    return found


def _in_own_subject(node: Token, host: Token, lex: EventLexicon) -> bool:
    """Whether a complement lies inside the host verb's active subject ("quatorze pays *de l'UE*
    ont annoncé l'expulsion de diplomates"): the doer's own genitive describes the doer, it is
    never the other side of the act."""
    labels = lex.labels
    # only the node's ancestors: a fused relative ("auquel") the parser calls the subject is itself
    # the complement, not a genitive inside the subject
    return host.pos_ in ("VERB", "AUX") and any(
        a.head == host and a.dep_ in labels.subjects and a.dep_ not in labels.passive_subject
        for a in node.ancestors if a != host)


def seat_of_post(resolver: Resolver, node: Token, predicate: Token, companions: frozenset[str] = frozenset()) -> bool:
    """Whether a place complement is the seat of a diplomatic post ("le soutien de l'ambassade de
    France au Caire", event_seat_nouns.txt): it tells where the post sits and names no recipient of
    the predicate. The parser hangs it on the post, or on the predicate noun right after the post's
    phrase ("l'appui du consulat d'Espagne à Rabat"); a non-place there is the predicate's own
    complement ("le soutien de l'ambassade à l'opposition"). A post the frame itself names (its
    companion: "fermer son ambassade à Kinshasa") is acted on where it sits: its seat is the recipient."""
    lex = resolver.lex
    arg = resolver.a.arg_at(node)
    if case_of(node, lex) not in lex.locative_cases or arg is None or not (arg.place or arg.kind == "country" and node.pos_ == "PROPN"):
        return False
    post = node.head
    if post not in (predicate, node):
        return _is_post(post, lex, companions)
    return post == predicate and predicate.pos_ == "NOUN" and any(
        _is_post(c, lex, companions) and c.i < node.i and c.right_edge.i + 1 == node.left_edge.i
        for c in predicate.children)


def _is_post(token: Token, lex: EventLexicon, companions: frozenset[str]) -> bool:
    """Whether a noun names a diplomatic post (event_seat_nouns.txt) the frame does not name."""
    words = {token.lemma_.lower(), token.lower_}
    return token.pos_ in ("NOUN", "PROPN") and bool(words & lex.seat_nouns) and not words & companions


def agents_on_patient(token: Token, lex: EventLexicon) -> list[Token]:
    """The agent the parser hangs on a noun predicate's "de" complement, its patient ("le
    bombardement de villes syriennes par la Russie": "par la Russie" under "villes"): a "par"
    complement there is the predicate's, as it would be right after the noun."""
    if token.pos_ != "NOUN":
        return []
    labels = lex.labels
    genitive = lex.prepositions.get(lex.genitive, frozenset())
    agent = lex.prepositions.get(lex.agent, frozenset())
    return [g for c in token.children if c.dep_ in labels.nominal_modifier and case_of(c, lex) in genitive
            for g in c.children if g.dep_ in labels.nominal_modifier and case_of(g, lex) in agent]


def _occurrence_verb(token: Token, marker: str, lex: EventLexicon) -> list[Token]:
    """The verb a noun predicate is the subject of when it tells that the event takes place ("des
    pourparlers ont eu lieu entre X et Y", "les négociations se déroulent entre X et Y",
    event_scheduling_verbs.txt): its "entre" and "avec" complements are the noun's sides."""
    labels = lex.labels
    if token.pos_ != "NOUN" or marker not in (lex.between, lex.partner):
        return []
    verbs = [token.head] if token.head != token and token.dep_ in labels.subjects else []
    # "les négociations qui se déroulent entre X et Y": the relative clause's verb
    verbs += [c for c in token.children if c.dep_ in labels.relative_clause and any(
        g.dep_ in labels.subjects and "Rel" in g.morph.get("PronType") for g in c.children)]
    return [verb for verb in verbs if verb.lemma_.lower() in lex.scheduling_verbs]


def _attributed_to(resolver: Resolver, token: Token) -> list[Token]:
    """The author an attribution participle on a noun predicate names in its "à" complement
    ("l'attaque attribuée à des jihadistes", "un attentat imputé au JNIM"): the act's agent, as
    "par X" would name it (event_grammar.tsv, attribution_verb)."""
    lex = resolver.lex
    if token.pos_ != "NOUN":
        return []
    dative = lex.prepositions.get(lex.dative, frozenset())
    # after a comma the parser may hang the participle on the noun's own complement ("l'attentat
    # contre l'ambassade, imputé à X"): one that agrees with the noun is the noun's
    hosts = [token] + [c for c in token.children if c.dep_ in lex.labels.nominal_modifier]
    verbs = [verb for host in hosts for verb in host.children
             if verb.dep_ in lex.labels.clausal_modifier and verb.lemma_.lower() in lex.attribution_verbs and
             "Part" in verb.morph.get("VerbForm") and "Pres" not in verb.morph.get("Tense") and
             (host == token or verb.i > 0 and verb.nbor(-1).text == "," and _agrees(verb, token))]
    return [child for verb in verbs for child, case in _complements(resolver, verb, False) if case in dative]


def _agrees(participle: Token, noun: Token) -> bool:
    """Whether a participle has the gender and number of a noun (either unmarked agrees)."""
    return all(not participle.morph.get(f) or not noun.morph.get(f) or participle.morph.get(f) == noun.morph.get(f)
               for f in ("Gender", "Number"))


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
        # (or as a verb: "sa gratitude envers les autorités", `_misread_verb`)
        cached += [(grandchild, child.lower_) for node in nodes for child in node.children
                   if child.lower_ in lex.preposition_forms and (child.pos_ == "ADV" or _misread_verb(child, lex))
                   for grandchild in child.children if grandchild.pos_ in ("NOUN", "PROPN", "PRON")]
        # "des sanctions à l'encontre de la Russie", "vis-à-vis de Pékin": the noun or adverb of a
        # compound preposition heads its "de" complement, read as the marker it stands for
        genitive = lex.prepositions.get(lex.genitive, frozenset())
        cached += [(grandchild, min(lex.prepositions[marker])) for node in nodes for child in node.children
                   if child.pos_ in ("NOUN", "ADV") and (marker := _compound_marker(child, lex))
                   for grandchild in child.children if grandchild.pos_ in ("NOUN", "PROPN", "PRON")
                   and case_of(grandchild, lex) in genitive]
        # "Téhéran reproche en effet à Washington …": the noun of a connector locution heads no
        # complement of its own, so one the parser hung on it is the host's
        cached += [(grandchild, case) for node in nodes for child in node.children
                   if connector_noun(child) for grandchild in child.children
                   if grandchild.dep_ not in skip and (case := case_of(grandchild, lex)) is not None]
        # "l'UE lui a imposé des sanctions": a dative clitic is an "à" complement
        dative = next(iter(sorted(lex.prepositions[lex.dative])))
        cached += [(child, dative) for node in nodes for child in node.children
                   if child.dep_ in lex.labels.indirect_object and child.pos_ == "PRON"
                   and child.lower_ in lex.object_clitics]
        # "l'Iran s'est vu infliger des sanctions": the perception verb's subject is the dative
        perceiver = perceived_passive(host, lex)
        perceived = subject_of(perceiver, lex) if perceiver is not None else None
        if perceived is not None:
            cached.append((perceived, dative))
        if host.pos_ == "NOUN":
            cached += _genitive_after_place(resolver, cached) + _after_classifier(resolver, cached)
        resolver.complements[key] = cached
    return cached


def _misread_verb(token: Token, lex) -> bool:
    """Whether a preposition the parser read as a verb ("exprimer sa gratitude envers les autorités",
    "envers" an xcomp with its noun as object) is one: no subject, no auxiliary, and its noun phrase
    right after it, as a preposition's is ("le Mali entre en guerre" has its subject)."""
    labels = lex.labels
    return token.pos_ == "VERB" and not any(
        c.dep_ in labels.subjects or c.dep_ in labels.tense_auxiliary or c.dep_ in labels.passive_auxiliary
        for c in token.children) and any(c.left_edge.i == token.i + 1 and c.pos_ in ("NOUN", "PROPN", "PRON")
                                         for c in token.children)


def connector_noun(token: Token) -> bool:
    """Whether a word ends, with the one or two words before it, the journalist's connectors ("en
    effet", "de son côté", "pour sa part": syntax.connectors, read on the words as written)."""
    if token.pos_ not in ("NOUN", "ADV") or token.i == 0:
        return False
    doc, end = token.doc, token.idx + len(token.text)
    pattern = connectors(pack_of(doc))
    return any(pattern.fullmatch(text_of(doc)[doc[max(0, token.i - n)].idx:end] + " ")
               for n in (1, 2))


def _compound_marker(token: Token, lex: EventLexicon) -> str | None:
    """The frame marker a compound preposition's noun or adverb stands for, when the locution's
    words before it stand there too ("à l'encontre", "de la part"; event_compound_prepositions.tsv):
    alone, the noun is a common one ("depuis un endroit du Togo")."""
    marker = lex.compound_prepositions.get(token.lower_)
    opening = lex.compound_openings.get(token.lower_, ())
    if marker is None or token.i < len(opening):
        return None
    before = tuple(t.lower_.replace("’", "'") for t in token.doc[token.i - len(opening):token.i])
    return marker if before == opening else None


def genitive_object(resolver: Resolver, token: Token) -> bool:
    """A name the parser made a direct object though "de" introduces it ("a reçu de la France des
    armes", "a reçu des États-Unis des blindés": "des" before a name is "de" + "les", a name taking
    no partitive article; a name the actor index holds, whatever the tagger made of it): where the thing comes from, not whom the verb acts on."""
    lex = resolver.lex
    mention = resolver.a.by_token.get(token.i)
    if token.pos_ != "PROPN" and mention is None:
        return False  # "a reçu des diplomates": a partitive before a common noun
    genitive = lex.prepositions.get(lex.genitive, frozenset())

    def introduced(word: Token) -> bool:
        return word.lower_ in genitive and (word.dep_ in lex.labels.case_marker or word.dep_ in lex.labels.determiner)

    if any(c.i < token.i and introduced(c) for c in token.children):
        return True
    # a name the parser split into several objects ("des Pays-Bas": "Pays", "-", "Bas"): the "de"
    # hangs on its first token only, and stands right before the name
    name = token.doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention else None
    return name is not None and 0 < name.start < token.i and introduced(token.doc[name.start - 1])


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


def _after_classifier(resolver: Resolver, complements: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """"la visite de travail du président malien", "une réunion d'urgence de la Ligue arabe": the
    parser hangs the noun's complements on the bare noun that classifies it ("de" + a noun with no
    determiner, no actor); such a noun heads no complement of its own there, so they are the noun's."""
    lex = resolver.lex
    genitive = lex.prepositions.get(lex.genitive, frozenset())
    found = []
    for child, case in complements:
        if case not in genitive or child.pos_ != "NOUN" or child.i in resolver.a.by_token or \
                any(c.dep_ in lex.labels.determiner for c in child.children):
            continue
        found += [(g, marker) for g in child.children
                  if g.dep_ not in lex.labels.not_complements and (marker := case_of(g, lex)) is not None]
    return found


def _clause_nodes(top: Token, lex: EventLexicon) -> list[Token]:
    """The tokens under `top` reached without entering a clause of their own."""
    edges = lex.labels.clause_edges
    nodes, stack = [], [top]
    while stack:
        node = stack.pop()
        nodes.append(node)
        stack.extend(c for c in node.children if c.dep_ not in edges)
    return nodes
