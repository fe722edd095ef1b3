"""The words that govern an event predicate: the light verb a noun predicate is the object of
("a imposé des sanctions"), a stop verb or noun that halts or withdraws it ("a suspendu son aide",
"la fin de la coopération", "retirer ses menaces"), and an intent verb that only wants it ("exhorter
Pékin à ne pas livrer").
"""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import EventLexicon
from .predicates import Predicate, PredicateTable, case_of, has_marker, in_date, lemmas_of, match_predicates

# types a stopping verb turns into a sanction ("interrompre son aide", "suspendre les négociations":
# PLOVER SANCTION, reduce or stop aid, halt negotiations)
STOPPABLE_TYPES = ("AID", "COOPERATE", "SUPPORT", "AGREE", "CONSULT")
# types a stop verb withdraws: "retirer ses menaces", "cesser de menacer X" code no threat (the
# threat is what PLOVER codes, not its withdrawal)
WITHDRAWN_TYPES = ("THREATEN",)
# types a stop noun turns into a sanction ("la fin de la coopération", "mettre fin à son aide"); not
# talks or visits: "à la fin de sa visite", "la fin des négociations" end them, they halt nothing
NOUN_STOPPABLE_TYPES = ("AID", "COOPERATE", "SUPPORT", "AGREE")


def support_verb(token: Token, table: PredicateTable, lex: EventLexicon) -> Token | None:
    """The light verb a noun predicate is the object of ("a organisé un sommet", "a adopté un
    nouveau paquet de sanctions")."""
    labels = lex.labels
    if token.dep_ in labels.nominal_modifier and case_of(token, lex) in lex.prepositions[lex.genitive] and \
            token.head.lemma_.lower() in (lex.quantity_nouns | lex.carrier_nouns | lex.degree_nouns):
        # "un paquet de sanctions", "un message de soutien", "un durcissement des sanctions": the
        # light verb is the head's
        token = token.head
    head = token.head
    stop = stop_noun_of(token, table, lex)
    if stop is not None:
        # "a annoncé la fin des accords": the light verb of the stop noun; "met fin à": the verb itself
        through = stop.head if stop.head.pos_ == "VERB" and stop.dep_ in labels.object and stop.head != stop \
            else support_verb(stop, table, lex)
        if through is not None:
            return through
    if in_date(head) and head.head.pos_ == "VERB" and head.head.lemma_.lower() in table.support_verbs and \
            case_of(token, lex) in (None, *lex.prepositions[lex.genitive]):
        return head.head  # "a annoncé vendredi des sanctions", the noun hung under the date
    if (token.dep_ in labels.object or token.dep_ in labels.passive_subject) and head.pos_ == "VERB" and \
            head.lemma_.lower() in table.support_verbs:
        # "les sanctions que l'UE a imposées ont été prolongées", "les sanctions imposées par l'UE ont
        # été prolongées": the relative clause or the participle names who acts
        own = (_relative_support(token, table, lex) or _participle_support(token, table, lex)) \
            if token.dep_ in labels.passive_subject else None
        return own if own is not None else head
    if token.dep_ in labels.oblique_argument and head.pos_ == "VERB" and head.lemma_.lower() in table.support_verbs \
            and _partitive_oblique(token, lex) and \
            not any(c.dep_ in labels.object and c.pos_ == "NOUN" and not in_date(c) for c in head.children):
        # "a lancé des frappes", the partitive article parsed as a preposition; not when the verb
        # has a noun object of its own (not a date read as one), whose complement the noun is ("a fait
        # l'objet de critiques")
        return head
    if head.pos_ == "VERB" and head.lemma_.lower() in table.support_verbs and _object_after_date(token, lex):
        return head  # "avait annoncé samedi une aide de 1,5 milliard à l'Ukraine"
    if governs_through_marker(head, token, table, lex):
        return head  # "a procédé à l'expulsion de deux diplomates", "sont parvenus à un accord"
    placed = _after_placed_complement(token, table, lex)
    if placed is not None:
        return placed
    return _participle_support(token, table, lex) or _relative_support(token, table, lex)


def _object_after_date(token: Token, lex: EventLexicon) -> bool:
    """Whether a noun is its verb's object that the parser, after a date, read as a bare modifier
    of the verb ("avait annoncé samedi une aide": no preposition), the verb with no object of its own."""
    labels, head = lex.labels, token.head
    return token.dep_ in labels.oblique_modifier and case_of(token, lex) is None and not in_date(token) and \
        any(in_date(c) and c.i < token.i for c in head.children) and \
        not any(c.dep_ in labels.object and not in_date(c) for c in head.children)


def verb_objects(verb: Token, lex: EventLexicon) -> list[Token]:
    """A verb's direct objects, with those the parser misread after a date: hung under the date
    ("a promis lundi un prêt", the date's object) or read as a bare modifier of the verb
    (`_object_after_date`)."""
    labels = lex.labels
    objects = [c for c in verb.children if c.dep_ in labels.object]
    for child in verb.children:
        if in_date(child):
            objects += [g for g in child.children if g.dep_ in labels.object and g.i > child.i and not in_date(g)]
        elif _object_after_date(child, lex):
            objects.append(child)
    return objects


def _partitive_oblique(token: Token, lex: EventLexicon) -> bool:
    """An oblique argument that is the verb's object misread: its partitive article parsed as the
    preposition "de" ("a lancé des frappes"), or kept as an article with no preposition at all ("ont
    ouvert des négociations", an oblique with no case is no prepositional complement)."""
    case = case_of(token, lex)
    if case is None:
        return not in_date(token)
    return case in lex.prepositions[lex.genitive] and not any(c.dep_ in lex.labels.determiner for c in token.children)


def _after_placed_complement(token: Token, table: PredicateTable, lex: EventLexicon) -> Token | None:
    """The light verb of a noun object after a named complement of the verb ("ont ouvert à Genève des
    pourparlers", "a imposé au Mali des sanctions"): the parser reads the partitive article as the
    preposition "de" and hangs the noun on the name before it; the verb has no object of its own."""
    labels = lex.labels
    name, verb = token.head, token.head.head
    if token.dep_ not in labels.nominal_modifier or token.i < name.i or name.pos_ != "PROPN" or \
            case_of(token, lex) not in lex.prepositions[lex.genitive] or \
            not (name.dep_ in labels.oblique_argument or name.dep_ in labels.oblique_modifier) or \
            verb.pos_ != "VERB" or verb.lemma_.lower() not in table.support_verbs:
        return None
    if any(c.dep_ in labels.object and not in_date(c) for c in verb.children):
        return None
    return verb


def _participle_support(token: Token, table: PredicateTable, lex: EventLexicon) -> Token | None:
    """The light verb as a past participle on the noun: "les sanctions imposées par Moscou à
    l'Ukraine", "l'accord signé avec Pékin"."""
    for child in token.children:
        if child.dep_ in lex.labels.clausal_modifier and child.lemma_.lower() in table.support_verbs and \
                "Part" in child.morph.get("VerbForm") and "Pres" not in child.morph.get("Tense"):
            return child
    return _measured_participle(token, table, lex)


def done_by_participle(token: Token, table: PredicateTable, lex: EventLexicon) -> bool:
    """Whether a noun predicate's light verb is a past participle on it ("les droits de douane
    imposés par X", "l'expulsion décidée par Y"): the participle states the act as done, so a verb
    that refuses or demands the noun ("Ottawa conteste les droits de douane imposés par X") reacts
    to it and does not only want it."""
    return token.pos_ == "NOUN" and _participle_support(token, table, lex) is not None


def _measured_participle(token: Token, table: PredicateTable, lex: EventLexicon) -> Token | None:
    """The light verb's participle the parser hangs on the noun's "de" complement ("des droits de
    douane de 25 % imposés par X", "l'enveloppe de 60 millions d'euros débloquée par X"): one that
    agrees with the noun and not with the complement is the noun's."""
    labels, genitive = lex.labels, lex.prepositions[lex.genitive]
    hosts = [c for c in token.children if c.dep_ in labels.nominal_modifier and case_of(c, lex) in genitive]
    hosts += [g for h in hosts for g in h.children if g.dep_ in labels.nominal_modifier and case_of(g, lex) in genitive]
    for host in hosts:
        for child in host.children:
            if child.i > host.i and child.dep_ in labels.clausal_modifier and \
                    child.lemma_.lower() in table.support_verbs and "Part" in child.morph.get("VerbForm") and \
                    "Pres" not in child.morph.get("Tense") and _agrees(child, token) and not _agrees(child, host):
                return child
    return None


def _agrees(participle: Token, noun: Token) -> bool:
    """Whether a participle has the gender and number of a noun: both marked and equal."""
    return all(participle.morph.get(f) and participle.morph.get(f) == noun.morph.get(f) for f in ("Gender", "Number"))


def governs_through_marker(verb: Token, token: Token, table: PredicateTable, lex: EventLexicon) -> bool:
    """Whether a light verb governs the noun through its preposition ("a procédé **à** l'expulsion")."""
    marker = next((m for lemma, m in table.support_markers if lemma == verb.lemma_.lower()), None)
    return marker is not None and verb.pos_ == "VERB" and token.head == verb and \
        token.dep_ in lex.labels.oblique and has_marker(token, marker, lex)


def _relative_support(token: Token, table: PredicateTable, lex: EventLexicon) -> Token | None:
    """"l'aide qu'elle accorde au Burundi", "les sanctions que l'UE a imposées à la Russie": the light
    verb of a relative clause (or participle) on the noun, opened by its object pronoun (the parser
    may call it a marker), with a subject and no nominal object of its own ("l'aide dont il a
    besoin" is not given)."""
    labels = lex.labels
    # a relative the parser hung on a name inside the noun's complement ("l'aide relative à la
    # MINUSMA qu'elle accorde au Mali"): a name is no light verb's object, the noun is
    # (an acronym is a name the tagger may read as a noun: "l'AMISOM")
    inner = [c for d in token.subtree if d != token and (d.pos_ == "PROPN" or len(d.text) > 1 and d.text.isupper())
             for c in d.children if c.dep_ in labels.relative_clause]
    for child in list(token.children) + inner:
        if (child.dep_ in labels.relative_clause or child.dep_ in labels.clausal_modifier) and \
                child.lemma_.lower() in table.support_verbs and \
                any(g.dep_ in labels.subjects for g in child.children) and \
                not any(g.dep_ in labels.object and g.pos_ in ("NOUN", "PROPN") for g in child.children) and \
                any((g.dep_ in labels.object or g.dep_ in labels.marker) and g.pos_ in ("PRON", "SCONJ") and
                    g.i == child.left_edge.i for g in child.children):
            return child
    return None


def stop_noun_of(token: Token, table: PredicateTable, lex: EventLexicon) -> Token | None:
    """The stop noun that ends what a noun predicate names: "la fin **des** accords" (the noun's
    genitive complement), "mettre fin **à** sa coopération" (the à-complement of the verb whose
    object the stop noun is)."""
    labels = lex.labels
    head, case = token.head, case_of(token, lex)
    if head == token or token.pos_ not in ("NOUN", "PROPN"):
        return None
    if token.dep_ in labels.nominal_modifier and head.pos_ == "NOUN" and head.lemma_.lower() in table.stop_verbs \
            and case in lex.prepositions[lex.genitive]:
        return head
    if (token.dep_ in labels.oblique or token.dep_ in labels.nominal_modifier) and head.pos_ == "VERB" and \
            case in lex.prepositions.get(lex.dative, ()):
        return next((c for c in head.children if c.dep_ in labels.object and c.pos_ == "NOUN"
                     and c.lemma_.lower() in table.stop_verbs), None)
    return None


def is_stopped(token: Token, support: Token | None, etype: str, table: PredicateTable, lex: EventLexicon,
               symmetric: bool = False) -> bool:
    """Whether a noun predicate is stopped by its light verb ("l'UE a interrompu son aide") or by a
    stop noun ("a annoncé la fin des accords de coopération", "met fin à sa coopération"), or a verb
    predicate by the stop verb whose infinitive it is ("va cesser de financer X"). A symmetric act
    its participle gives both sides of ("le cessez-le-feu signé par A et B a été rompu") is not
    stopped by one against the other: the passive stop verb names no side that breaks it."""
    if token.pos_ == "VERB" and token.dep_ in lex.labels.open_complement and \
            token.head.lemma_.lower() in table.stop_verbs and etype in STOPPABLE_TYPES:
        # the stop verb halts what its infinitive names: a sanction, not aid; negated, it goes on
        # ("ne cesse de soutenir X", the "ne" alone is a negation: "never stopped supporting X")
        return not _negated(token.head, lex)
    if support is not None and support.lemma_.lower() in table.stop_verbs and etype in STOPPABLE_TYPES:
        return True
    if support is not None and support.head == token and token.dep_ in lex.labels.passive_subject and \
            token.head.lemma_.lower() in table.stop_verbs and etype in STOPPABLE_TYPES:
        return not symmetric  # "l'aide accordée par X à Y a été suspendue": the participle acts, the main verb stops
    stop = stop_noun_of(token, table, lex) if etype in NOUN_STOPPABLE_TYPES else None
    if stop is None:
        return False
    # "la fin de l'aide américaine", "le retrait de son soutien": the stop noun governs the noun,
    # whose own actor stops it; "met fin à sa coopération" needs the light verb's subject
    return support is not None or token.head == stop


def is_withdrawn(token: Token, predicate: Predicate, table: PredicateTable, lex: EventLexicon) -> bool:
    """Whether a threat is withdrawn by its light verb ("Washington doit retirer ses menaces",
    "annuler son ultimatum") or by the stop verb whose infinitive it is ("a cessé de menacer X")."""
    if predicate.type not in WITHDRAWN_TYPES:
        return False
    support = support_verb(token, table, lex) if predicate.pos == "noun" else None
    if support is not None and support.lemma_.lower() in table.stop_verbs:
        return not _negated(support, lex)  # ("n'a pas retiré ses menaces": they stand)
    return stopped_by_verb(token, table, lex)


def stopped_by_verb(token: Token, table: PredicateTable, lex: EventLexicon) -> bool:
    """Whether the stop verb governing a word withdraws what it names: its object ("retirer ses
    menaces") or its infinitive ("cesser de menacer"); negated it goes on ("ne cesse de menacer X")."""
    head = token.head
    if head == token or head.lemma_.lower() not in table.stop_verbs or \
            not (token.dep_ in lex.labels.object or token.dep_ in lex.labels.open_complement):
        return False
    return not _negated(head, lex)


def _negated(verb: Token, lex: EventLexicon) -> bool:
    """A negation on the verb ("ne cesse de", "n'a pas retiré"): its particle or word as a child;
    "ne" alone counts ("ne cesse de soutenir X": "never stopped supporting X")."""
    return any(c.lower_ in lex.negation_particles or c.lower_ in lex.negations for c in verb.children)


def is_embedded(token: Token, lex: EventLexicon) -> bool:
    """A predicate inside a demand, threat, refusal or intention is not an event of its own."""
    return embedding_verb(token, lex) is not None


def embedding_verb(token: Token, lex: EventLexicon) -> Token | None:
    """The intent verb a predicate is wanted by ("exhorter Pékin à ne pas livrer", "il souhaite
    maintenir des sanctions"), or the intent noun whose infinitive it is ("son appel à suspendre
    l'aide"), if any."""
    labels = lex.labels
    if token.dep_ in labels.adverbial_clause and token.i < token.head.i and "Part" in token.morph.get("VerbForm") \
            and any(c.dep_ in labels.agent for c in token.children):
        return None  # "Accusée par Washington d'espionnage, la Chine a démenti": a fronted passive, no intention
    current = token
    for _ in range(4):
        if current.dep_ in lex.labels.conjunct and current.head != current:
            current = current.head  # "ne pas vouloir appliquer les accords ou dialoguer avec …"
        noun = _wanting_noun(current, lex)
        if noun is not None:
            return noun  # "son appel à suspendre l'aide", "sa volonté de sanctionner X": the noun's wish
        if current.dep_ in labels.clausal_modifier and "Inf" in current.morph.get("VerbForm") and \
                current.head.dep_ in labels.object and any(c.dep_ in labels.marker for c in current.children):
            current = current.head  # "a appelé l'UE à imposer des sanctions": the infinitive hung on the object
        if current.dep_ not in lex.labels.embedding or current.head == current:
            return None
        if current.dep_ in labels.adverbial_clause and "Fin" in current.morph.get("VerbForm"):
            return None  # "declined to comment after Russia attacked Ukraine": a finite clause of its own
        current = current.head
        if current.pos_ != "NOUN" and any(lemma in lex.intent_verbs for lemma in lemmas_of(current, lex)):
            # "Kinshasa réclame la suspension …": "réclame", left alone by the lemmatizer; an intent
            # noun wants only its own infinitive (_wanting_noun), not a clause the parser hung on it
            return current
    return None


def _intent_noun(token: Token, lex: EventLexicon) -> bool:
    return token.pos_ == "NOUN" and any(lemma in lex.intent_verbs for lemma in lemmas_of(token, lex))


def _wanting_noun(clause: Token, lex: EventLexicon) -> Token | None:
    """The intent noun (event_intent_verbs.txt: "appel", "volonté", "refus") whose infinitive a
    clause is: hung on the noun ("sa volonté de sanctionner X"), or on the verb whose object the
    noun is, right after it ("a renouvelé son appel à suspendre l'aide", parsed as the verb's xcomp)."""
    labels = lex.labels
    if "Inf" not in clause.morph.get("VerbForm") or clause.head == clause:
        return None
    if clause.dep_ in labels.clausal_modifier and _intent_noun(clause.head, lex):
        return clause.head
    if clause.dep_ in labels.open_complement:
        wanting = [c for c in clause.head.children if c.dep_ in labels.object and c.i < clause.i and _intent_noun(c, lex)]
        return wanting[-1] if wanting else None
    return None


def aid_purpose(token: Token, table: PredicateTable, lex: EventLexicon) -> Predicate | None:
    """The aid a verb of support is the purpose of ("a annoncé une enveloppe de 9 millions pour
    soutenir l'armée malienne", "une aide pour appuyer X", "a débloqué 5 millions pour soutenir X"):
    an infinitive under "pour" hung on an aid noun, on an aid verb, or on the light verb of an aid
    noun. The support it names is material: that aid (PLOVER AID), not a verbal one."""
    labels = lex.labels
    forms = lex.prepositions.get(lex.purpose, frozenset()) if lex.purpose else frozenset()
    if not forms or token.head == token or not any(
            (c.dep_ in labels.marker or c.dep_ in labels.case_marker) and c.lower_ in forms for c in token.children):
        return None
    head = token.head
    hosts = [head] + [c for c in head.children if c.dep_ in labels.object and c.i < token.i]
    return next((p for host in hosts for p in match_predicates(host, table, lex) if p.type == "AID"), None)

