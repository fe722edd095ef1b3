"""The voice of an event's predicate and its agent: whether a verb is passive (its auxiliary, a
participle coordinated with a passive one, a reflexive perception verb: "s'est vu infliger"), and
who acts it then ("par X", on the verb, on a participle sharing its voice, or hung on a date)."""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import EventLexicon
from .predicates import case_of, has_marker, in_date


def is_passive(token: Token, lex: EventLexicon) -> bool:
    """Passive voice; verbs conjugated with "être" ("est arrivé", "s'est rendu") are not passive,
    though the parser often labels their auxiliary aux:pass."""
    labels = lex.labels
    if perceived_passive(token, lex) is not None:
        return True
    if token.lemma_.lower() in lex.unaccusative or any(c.lower_ in lex.reflexives for c in token.children):
        return False
    children = list(token.children)
    if any(c.dep_ in labels.passive_auxiliary for c in children):
        return True
    if _shared_passive(token, lex):
        return True
    # a subject labelled passive with "avoir" as the only auxiliary ("le gouvernement a exigé") is active
    active_auxiliary = any(c.dep_ in labels.tense_auxiliary and c.lemma_ not in lex.passive_auxiliaries
                           for c in children)
    return (any(c.dep_ in labels.passive_subject for c in children) and not active_auxiliary) or \
        (token.morph.get("Voice") == ["Pass"] and any(c.lemma_ in lex.passive_auxiliaries and
                                                       c.dep_ in labels.auxiliaries for c in children))


def _shared_passive(token: Token, lex: EventLexicon) -> bool:
    """A past participle coordinated with a passive one, with no auxiliary or subject of its own,
    shares its voice ("le Hamas est soutenu et financé par le Qatar": "financé" is passive too)."""
    labels = lex.labels
    head = token.head
    if head == token or token.dep_ not in labels.conjunct or head.i > token.i or \
            "Part" not in token.morph.get("VerbForm") or \
            any(c.dep_ in labels.auxiliaries or c.dep_ in labels.subjects for c in token.children):
        return False
    return any(c.dep_ in labels.passive_auxiliary for c in head.children)


def perceived_passive(token: Token, lex: EventLexicon) -> Token | None:
    """The reflexive perception verb an infinitive complements, which makes it a passive whose
    subject is the perception verb's ("l'Iran s'est vu infliger des sanctions par l'UE": the EU
    inflicts, on Iran); None otherwise."""
    head = token.head
    if head == token or token.dep_ not in lex.labels.open_complement or "Inf" not in token.morph.get("VerbForm"):
        return None
    if head.lemma_.lower() not in lex.passive_perception_verbs or \
            not any(c.lower_ in lex.reflexives for c in head.children):
        return None
    return head


def agent_of(token: Token, lex: EventLexicon) -> Token | None:
    """The agent of a passive verb or of a noun ("par X")."""
    labels = lex.labels
    hosts = [token]
    perceiver = perceived_passive(token, lex)
    if perceiver is not None:
        # "s'est vu infliger des sanctions par l'UE": "par" hung on the object or the perception verb
        hosts += [c for c in token.children if c.dep_ in labels.object] + [perceiver]
    for host in hosts:
        for child in host.children:
            if child.dep_ in labels.agent or ((child.dep_ in labels.oblique or child.dep_ in labels.nominal_modifier)
                                              and has_marker(child, lex.agent, lex)):
                return child
    # "le Hamas est soutenu et financé par le Qatar": the agent the parser hangs on the last
    # coordinated participle is every one's
    for child in token.children:
        if child.dep_ in labels.conjunct and _shared_passive(child, lex):
            return agent_of(child, lex)
    return _agent_under_date(token, lex) or _stray_participle_agent(token, lex) or \
        _agent_under_attribute(token, lex)


def _agent_under_date(token: Token, lex: EventLexicon) -> Token | None:
    """The agent of a passive verb that the parser hung on the date right after it, taken for its
    complement ("X a été reçue jeudi par le président Y": "par" under "jeudi")."""
    if not is_passive(token, lex):
        return None
    for child in token.children:
        if child.i > token.i and in_date(child):
            for grand in child.children:
                if grand.i > child.i and (grand.dep_ in lex.labels.agent or has_marker(grand, lex.agent, lex)):
                    return grand
    return None


def _agent_under_attribute(token: Token, lex: EventLexicon) -> Token | None:
    """The agent of a passive verb or of a past participle on a noun that the parser hung on the
    "de" complement right after it, taken for the complement's own ("la décision a été qualifiée de
    « provocation » par X", "des propos qualifiés de « chantage » par Y": "par" under the word)."""
    labels = lex.labels
    on_noun = token.head != token and token.dep_ in labels.clausal_modifier and \
        "Part" in token.morph.get("VerbForm") and "Pres" not in token.morph.get("Tense")
    if not (on_noun or is_passive(token, lex)):
        return None
    genitive = lex.prepositions[lex.genitive]
    for child in token.children:
        if child.i > token.i and child.dep_ in labels.oblique and case_of(child, lex) in genitive:
            for grand in child.children:
                if grand.i > child.i and grand.dep_ in labels.nominal_modifier and has_marker(grand, lex.agent, lex):
                    return grand
    return None


def _stray_participle_agent(token: Token, lex: EventLexicon) -> Token | None:
    """The agent of a past participle on a noun that the parser hung on a date right after the
    participle ("l'aide promise lundi par le Japon": "par" under "lundi")."""
    labels = lex.labels
    noun = token.head
    if noun == token or token.dep_ not in labels.clausal_modifier or "Part" not in token.morph.get("VerbForm") or \
            "Pres" in token.morph.get("Tense"):
        return None
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and in_date(after) and after.head in (noun, token):
        for child in after.children:
            if child.i > after.i and has_marker(child, lex.agent, lex):
                return child
    return None


def participle_agent(node: Token, child: Token, lex: EventLexicon) -> bool:
    """Whether a dependent of a participle modifying a noun is its agent ("la résolution présentée
    par la France"), or a bare oblique after the agent that goes on with its list, which the parser
    broke ("soutenus par la Turquie, l'Arabie saoudite et le Qatar")."""
    labels = lex.labels
    if node.dep_ not in labels.clausal_modifier:
        return False
    return child.dep_ in labels.agent or child.dep_ in labels.oblique_modifier and case_of(child, lex) is None and \
        any(s.dep_ in labels.agent and s.i < child.i for s in node.children)
