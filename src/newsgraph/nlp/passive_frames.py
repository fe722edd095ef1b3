"""The reported words of a cue in the passive (split from nlp/frames.py by job): the object a
passive made its subject ("[the plan] was endorsed by the union"), or, where the pack's convention
says so, the passive judgment's whole clause ("[peacekeepers have been blamed for the outbreak]")."""
from __future__ import annotations

from spacy.tokens import Token

from ..lang import LanguagePack
from .complements import Complement, subtree_end
from .lexicon import SpeechVerb, function_words, has_frame
from .quotemarks import QuotedSpan
from .syntax import clause_on_document, labels


def passive_object(cue: Token, info: SpeechVerb, pack: LanguagePack, quoted: list[QuotedSpan]) -> Complement | None:
    """What a passive of an object-frame verb reports: the object the passive made its subject ("[the
    plan] was endorsed by the union"), on to the predicate the verb says of it when the parser hangs
    one on the verb, or the noun a passive participle modifies ("[a view] echoed by experts").
    (cues.py lets such a passive report only when an agent names who speaks, or its verb has the
    `passive` frame.)"""
    # "the convoy was attacked by militants", "rebels backed by Russia": the passive subject of a
    # verb that also acts on people and things is what was acted on, not what was said
    if not has_frame(info, pack, "object") or cue.lemma_.lower() in pack.words("passive_acted_on_verbs"):
        return None
    subject = next((c for c in cue.children if c.dep_ in pack.label("passive_subject") and c.i < cue.i), None)
    if subject is not None and subject.pos_ == "PRON":
        return None  # "the senator, who was endorsed by the union": the pronoun is no content
    if subject is not None:
        end = subtree_end(subject, quoted)
        predicates = labels(pack, "open_complement", "object_predicate")
        for child in cue.children:
            if child.dep_ in predicates and child.i > cue.i:
                end = max(end, subtree_end(child, quoted))
        return Complement("object", subject, subject.left_edge.idx, end)
    noun = cue.head
    if cue.dep_ in pack.label("clausal_modifier") and noun.pos_ in ("NOUN", "PROPN", "PRON") and noun.i < cue.i and \
            not any(c.dep_ in pack.label("passive_auxiliary") for c in cue.children):
        last = cue.doc[cue.i - 1]
        while last.i > noun.i and (last.is_punct or last.pos_ == "ADV"):
            last = cue.doc[last.i - 1]
        return Complement("object", noun, noun.left_edge.idx, last.idx + len(last.text))
    return None


def expletive_passive(cue: Token, pack: LanguagePack) -> bool:
    """"It is believed that …": a passive whose subject only stands for the clause after the verb (a
    clause the verb governs; "it was labeled 'Mostly True'" speaks of something)."""
    return any(c.dep_ in pack.label("passive_subject") and c.i < cue.i and
               c.lower_ in function_words(pack, "expletive_subject") for c in cue.children) and \
        (any(c.dep_ in pack.label("clausal_complement") and c.i > cue.i for c in cue.children) or
         clause_on_document(cue))  # "il est précisé dans le communiqué que …": the parse hangs it on the document


def passive_clause(cue: Token, pack: LanguagePack, quoted: list[QuotedSpan]) -> Complement | None:
    """A passive judgment with no agent as its whole clause, from the passive subject to the end of
    what the verb governs ("[peacekeepers have been blamed for the outbreak]"), where the pack's
    convention annotates it so (PolNeAR: the judgment of unnamed others is the clause)."""
    subject = next((c for c in cue.children if c.dep_ in pack.label("passive_subject") and c.i < cue.i), None)
    if subject is None or subject.pos_ == "PRON" and cue.dep_ in pack.label("relative_clause"):
        return None  # "the mayor, who was criticized …": the relative clause is about the mayor
    end = subtree_end(cue, quoted)
    if end <= cue.idx + len(cue.text):
        # nothing the verb governs follows it ("how offshore profits are reported"): the clause
        # would hold only its own cue; what is reported is the passive subject (PolNeAR annotates
        # "offshore profits"), as for a verb whose object is what is said (passive_object)
        if subject.pos_ == "PRON":
            return None  # "they are reported": a pronoun is no content
        return Complement("object", subject, subject.left_edge.idx, subtree_end(subject, quoted))
    return Complement("object", subject, subject.left_edge.idx, end)
