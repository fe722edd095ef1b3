"""Multinational groups: "des forces ouest-africaines", "les ONG internationales", "115 États".

Such a group names no actor of the gazetteer, yet it acts (and is acted on) as one party of an
international interaction; GUIDELINES §7.2 writes an unnamed group by a short designation from the
text. The words are the pack's (event_multinational_groups.tsv); a noun phrase that names an actor
of its own ("les pays occidentaux, dont la France") is left to the other rules, which name it.
"""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import EventLexicon


def multinational_group(token: Token, lex: EventLexicon, named) -> tuple[int, int, str] | None:
    """The character span designating the group `token` heads (the noun and the words that make it
    multinational, next to it) and its kind, "states" (a group of states or of their forces, which
    acts as states do) or "group" (organisations), or None. `named`: the indices of tokens inside
    actor mentions."""
    kind = lex.multinational_heads.get(token.lemma_.lower()) or lex.multinational_heads.get(token.lower_)
    if kind is None or token.pos_ not in ("NOUN", "PROPN") or \
            kind != "collective" and "Plur" not in token.morph.get("Number"):
        return None  # one body ("l'organisation") is a description, not a group
    if any(t.i in named for t in token.subtree if t.dep_ not in lex.labels.clausal_modifier and t.dep_ not in lex.labels.relative_clause):
        return None
    modifiers = []
    for child in token.children:
        if abs(child.i - token.i) != 1:
            continue
        lemma = child.lemma_.lower()
        if child.dep_ in lex.labels.adjective_modifier and (lemma in lex.multinational_words or
                                                            child.lower_ in lex.multinational_words):
            modifiers.append(child)
        elif kind == "states+count" and child.pos_ == "NUM":
            modifiers.append(child)  # "115 États": states counted are several states
    if not modifiers:
        return None
    tokens = [token, *modifiers]
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end, "group" if kind == "organisations" else "states"


def leader_of(token: Token, lex: EventLexicon) -> Token | None:
    """The agent of a leading participle on `token` ("la coalition menée par les États-Unis"): a
    group led by a state acts as that state."""
    for child in token.children:
        if child.dep_ in lex.labels.clausal_modifier and child.lemma_.lower() in lex.leading_verbs:
            agents = [g for g in child.children if g.dep_ in lex.labels.agent]
            if agents:
                return agents[0]
    return None


def of_people(token: Token, lex: EventLexicon) -> bool:
    """Whether a word names a people of no state ("Kurdes", "kurdes", event_peoples.txt)."""
    return token.lemma_.lower() in lex.peoples or token.lower_.rstrip(lex.plural_marks) in lex.peoples


def qualifies_people(token: Token, lex: EventLexicon) -> bool:
    """Whether a noun names a people of no state or is qualified by one ("les Kurdes", "les
    forces kurdes"): a demonym on it says where they live, not a state that acts."""
    return of_people(token, lex) or any(c.dep_ in lex.labels.adjective_modifier and of_people(c, lex)
                                        for c in token.children)


def extraposed_group(clause: Token, lex: EventLexicon, named) -> Token | None:
    """The subject group a verbless inclusive relative closing the sentence belongs to, when the
    parser hung it on the object ("Plusieurs États ont critiqué la Chine, dont le Japon et l'Inde"):
    a partitive "dont" needs a plural antecedent, so a list hung on a singular noun or on a name
    after the verb names the members of the verb's plural subject, a noun that names no actor
    (`named`: indices of tokens inside mentions) and has no such list of its own. None otherwise
    ("a reçu plusieurs délégations, dont …" keeps its plural object)."""
    labels, host, doc = lex.labels, clause.head, clause.doc
    if clause.dep_ not in labels.relative_clause or "Plur" in host.morph.get("Number") or \
            not any(c.lower_ in lex.inclusive_relatives for c in clause.children):
        return None
    if any(t.pos_ in ("VERB", "AUX", "PRON", "SCONJ") or t.text in (";", ":") for t in doc[clause.right_edge.i + 1:clause.sent.end]):
        return None  # the list closes the sentence (the parser may hang its later names elsewhere)
    verb = host
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > host.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in labels.subjects and c.i < verb.i), None)
    if subject is None or subject.pos_ != "NOUN" or "Plur" not in subject.morph.get("Number") or \
            subject.i in named or any(c.dep_ in labels.relative_clause for c in subject.children):
        return None
    return subject
