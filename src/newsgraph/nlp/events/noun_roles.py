"""The roles around nouns and participles of an event: the noun a past participle modifies, who a
noun predicate qualifying a clause is for, the nominal a word is in apposition to, who undergoes a
hostile noun predicate, and whether a phrase is plural."""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import EventLexicon
from .predicates import PredicateTable, case_of, has_marker, match_predicates
from .repairs import misread_future
from .subjects import split_auxiliary, subject_of
from .voice import agent_of, is_passive


def participle_head(token: Token, lex: EventLexicon) -> Token | None:
    """The noun a past participle modifies ("les vivres acheminés par la Turquie", "les groupes
    soutenus par Ankara"): the participle is passive and that noun its surface subject."""
    labels = lex.labels
    if "Part" not in token.morph.get("VerbForm") or "Pres" in token.morph.get("Tense") or misread_future(token):
        return None  # "La France financera …" tagged as a participle of "France": a future, active
    if any(c.dep_ in labels.auxiliaries or c.dep_ in labels.subjects for c in token.children):
        return None
    if token.dep_ in labels.adverbial_clause and token.head.pos_ == "VERB" and token.i < token.head.i and \
            agent_of(token, lex) is not None:
        # "Soutenue par la Russie, l'armée syrienne a repris Alep": a fronted participle with its
        # agent is passive, its surface subject the main clause's
        return subject_of(token.head, lex)
    if token.dep_ not in labels.clausal_modifier or token.head.pos_ not in ("NOUN", "PROPN", "PRON") or \
            split_auxiliary(token, lex) is not None:
        return None  # "a de son côté salué": an active verb split from its auxiliary
    return token.head


def clause_subject(token: Token, lex: EventLexicon) -> Token | None:
    """Who a noun predicate is for, when it qualifies a clause: the subject of the verb it hangs on
    through a preposition ("X intervient avec le soutien des États-Unis", "signé sous l'égide de
    la Norvège", "lors du sommet de l'UA, le roi a …") or of a receiving verb ("X bénéficie du
    soutien de la Turquie", "X a reçu l'aide de Y")."""
    labels = lex.labels
    link = circumstance_link(token, lex)
    token = link if link is not None else token
    head = token.head
    if link is None and head != token and head.pos_ in ("PROPN", "NOUN") and head.i < token.i and \
            token.dep_ in labels.nominal_modifier and case_of(token, lex) in lex.circumstance_cases and \
            token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ",":
        return head  # "Emmanuel Macron, en visite à Pékin, a …": hung on the subject, between commas
    if head == token or head.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    through_preposition = link is not None or token.dep_ in labels.oblique and case_of(token, lex) is not None
    received = (token.dep_ in labels.object or token.dep_ in labels.oblique) and \
        head.lemma_.lower() in lex.receiving_verbs
    if not (through_preposition or received):
        return None
    return agent_of(head, lex) if is_passive(head, lex) else subject_of(head, lex)


def travel_purpose(token: Token, table: PredicateTable, lex: EventLexicon) -> bool:
    """Whether a noun predicate is what a journey is for ("s'est rendu à Berlin **pour des
    entretiens** avec X", "est attendu à Pékin pour un sommet avec Y"): it hangs through the purpose
    preposition on a verb of travel (a predicate of mode visit), whose subject then acts it too. A
    meeting any other predicate governs is that predicate's business ("a protesté contre la
    rencontre avec X", "a remercié Y pour sa visite")."""
    head = token.head
    if head == token or head.pos_ not in ("VERB", "AUX", "ADJ") or lex.purpose is None or \
            token.dep_ not in lex.labels.oblique or case_of(token, lex) not in lex.prepositions[lex.purpose]:
        return False
    if any(c.dep_ in lex.labels.object for c in head.children):
        return False  # "a dépêché un émissaire pour des entretiens": the envoy goes, not the subject
    return any(row.mode == "visit" for row in match_predicates(head, table, lex))


def circumstance_link(token: Token, lex: EventLexicon) -> Token | None:
    """The word a noun predicate hangs on when the parser reads a compound preposition of
    circumstance as a word of its own: the adverb of "Lors d'une visite en Chine, X a …", the noun
    of "au cours d'un voyage en Allemagne" (event_grammar.tsv; not "en marge du sommet"). That word
    stands in the main clause where a preposition would, so the clause's subject acts the noun."""
    head = token.head
    if head == token or case_of(token, lex) not in lex.prepositions[lex.genitive]:
        return None
    if head.pos_ in ("ADV", "ADP") and head.lower_ in lex.circumstance_cases or \
            head.pos_ == "NOUN" and head.lemma_.lower() in lex.circumstance_nouns:
        return head
    return None


def apposed_to(token: Token, lex: EventLexicon) -> Token | None:
    """The nominal a word stands in apposition to, as the parser labels it or as it misreads it.

    Between commas right after a name, a description is an apposition ("la Russie, principal
    allié du régime syrien"); the parser also reads it as a coordinated member when no
    coordinator joins it ("Moscou, principal soutien de Damas": conj without "et"), or a
    participle-looking noun as a clause on the name ("la Russie, alliée de la Syrie": acl of the
    verb "allier"). A real coordination ("la Russie et ses alliés") has its coordinator."""
    labels = lex.labels
    head = token.head
    if head == token or head.i > token.i:
        return None
    if token.dep_ in labels.apposition:
        return head
    if not (token.dep_ in labels.conjunct or token.dep_ in labels.clausal_modifier):
        return None
    if any(c.dep_ in labels.coordinator for c in token.children):
        return None
    if token.dep_ in labels.clausal_modifier and any(
            c.dep_ in labels.auxiliaries or c.dep_ in labels.subjects for c in token.children):
        return None
    # a comma opens the description, right after the phrase of the name it describes
    # (the parser hangs that comma on the description or on the name)
    start = next(t.i for t in token.subtree if not t.is_punct or t == token)
    if start < 2 or token.doc[start - 1].text != ",":
        return None
    last = token.doc[start - 2]
    if last != head and not any(a == head for a in last.ancestors):
        return None
    if any(c.dep_ in labels.conjunct and head.i < c.i < token.i for c in head.children):
        return None  # "la Russie, la Chine, soutien de l'Iran": a list member, which one it describes is unsure
    return head


def undergoers_of(token: Token, lex: EventLexicon) -> list[Token]:
    """Who undergoes a hostile noun predicate, when no complement of its own names its target: the
    subject of a verb of undergoing it is the object of ("la Russie subit des sanctions", "le Mali a
    essuyé une attaque"), the agent of such a participle on it ("les frappes subies par la Syrie"),
    the subject of a noun of undergoing it complements ("la Syrie est la cible de frappes", "l'Iran
    fait l'objet de sanctions"), or the surface subject of a passive targeting verb whose agent it
    is ("la Syrie a été visée par des frappes", "la Russie, frappée par des sanctions"). The subject
    of those verbs is the patient, never the actor, so they are kept apart from the receiving verbs
    ("bénéficier du soutien de X")."""
    labels = lex.labels
    found: list[Token] = []
    for child in token.children:
        if child.dep_ in labels.clausal_modifier and child.lemma_.lower() in lex.undergoing_verbs:
            agent = agent_of(child, lex)
            if agent is not None:
                found.append(agent)
    head = token.head
    if head == token:
        return found
    lemma = head.lemma_.lower()
    if head.pos_ == "VERB" and lemma in lex.undergoing_verbs and token.dep_ in labels.object and \
            not is_passive(head, lex):
        node = subject_of(head, lex)
        found += [node] if node is not None else []
    elif head.pos_ == "VERB" and lemma in lex.target_verbs and is_passive(head, lex) and \
            (token.dep_ in labels.agent or has_marker(token, lex.agent, lex)):
        found += [c for c in head.children if c.dep_ in labels.passive_subject or c.dep_ in labels.subjects][:1]
    elif head.pos_ == "VERB" and lemma in lex.target_verbs and head.dep_ in labels.clausal_modifier and \
            head.head != head and (token.dep_ in labels.agent or has_marker(token, lex.agent, lex)):
        found.append(head.head)  # the same participle on the noun it qualifies: "la Russie, frappée par des sanctions"
    elif head.pos_ == "NOUN" and lemma in lex.undergoing_nouns and token.dep_ in labels.nominal_modifier and \
            case_of(token, lex) in lex.prepositions[lex.genitive]:
        node = subject_of(head, lex)
        if node is None and head.dep_ in labels.object and head.head != head:
            node = subject_of(head.head, lex)  # "fait l'objet de sanctions"
        found += [node] if node is not None else []
    elif head.pos_ == "VERB" and (token.dep_ in labels.oblique or token.dep_ in labels.oblique_argument) and \
            case_of(token, lex) in lex.prepositions[lex.genitive] and not is_passive(head, lex) and \
            any(c.dep_ in labels.object and c.lemma_.lower() in lex.undergoing_nouns for c in head.children):
        node = subject_of(head, lex)  # the same, with "de sanctions" hung on the verb
        found += [node] if node is not None else []
    return found


def plural_phrase(head: Token, labels) -> bool:
    """A plural noun phrase ("les rebelles", "les États-Unis") or a member of a coordination
    ("la Chine et la Russie"): what a plural pronoun may take up."""
    return "Plur" in head.morph.get("Number") or head.dep_ in labels.conjunct or \
        any(c.dep_ in labels.conjunct for c in head.children)
