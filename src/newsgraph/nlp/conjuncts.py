"""Which verb a coordinated verb goes with when the parser hangs it in the wrong clause.

The md parser attaches the second verb of a main clause to the verb of the clause the first one
reports ("X a affirmé que Y était prêt et a appelé Z au calme": "appelé" a conjunct of "prêt"),
so the reported clause's subject would act and speak. Speaker resolution (syntax.subject_of) and
event actors (events/subjects.subject_of) both ask `main_verb_of_conjunct` for the verb above.
"""
from __future__ import annotations

from spacy.tokens import Token

from .context import pack_of


def main_verb_of_conjunct(verb: Token, *, strict: bool = False) -> Token | None:
    """The verb above that a finite conjunct with no subject of its own continues when the parse
    hangs it inside a reported clause ("X a affirmé que Y avait « tout fait » pour éviter la grève
    et a dénoncé …": "a dénoncé" goes with "a affirmé", X denounces): the nearest verb above, across
    a content clause, whose finite part has the conjunct's tense. None when the verb it hangs on has
    that tense already (it may share its auxiliary: "a dit que la Chine a violé le droit et a menacé
    …" stays ambiguous, the nearest verb as before), or when no verb above has it.

    `strict` asks for the surest case only, as event actors do (a wrong actor codes a wrong event,
    where a speaker climbs as far as the tense leads): the conjunct hung right on the verb of a
    que-clause that has no auxiliary at all, after it, and the main verb with a tense auxiliary of
    the conjunct's written form ("a affirmé que la Russie était prête … et a appelé …")."""
    pack = pack_of(verb.doc)
    clause = verb.head
    if verb.dep_ not in pack.label("conjunct") or clause.i == verb.i:
        return None
    if strict:
        if not _bare_que_clause(clause) or verb.i < clause.i:
            return None
        forms = _tense_auxiliary_forms(verb)
        continues, reach = (lambda head: bool(forms & _tense_auxiliary_forms(head))), 1
    else:
        tense = _finite_tense(verb)
        if tense is None or _finite_tense(clause) == tense:
            return None
        continues, reach = (lambda head: _finite_tense(head) == tense), 6
    content = pack.label("clausal_complement")
    head, crossed = clause, False
    for _ in range(reach):
        crossed = crossed or head.dep_ in content
        if head.head.i == head.i:
            return None
        head = head.head
        if crossed and continues(head):
            return head
    return None


def _finite_tense(verb: Token) -> tuple[bool, str, str] | None:
    """Whether a verb is compound, and the tense and mood of its finite part (its tense
    auxiliary's, or its own); None for a verb with no finite part (an infinitive, a participle)."""
    auxiliaries = pack_of(verb.doc).label("tense_auxiliary")
    finite = next((c for c in verb.children if c.dep_ in auxiliaries and c.i < verb.i), None)
    part = finite if finite is not None else verb
    if "Fin" not in part.morph.get("VerbForm"):
        return None
    return finite is not None, "".join(part.morph.get("Tense")), "".join(part.morph.get("Mood"))


def _tense_auxiliary_forms(verb: Token) -> set[str]:
    """The written forms of a verb's tense auxiliaries ("a", "ont")."""
    auxiliaries = pack_of(verb.doc).label("tense_auxiliary")
    return {c.lower_ for c in verb.children if c.dep_ in auxiliaries}


def _bare_que_clause(clause: Token) -> bool:
    """Whether a verb heads a content clause opened by a complementiser, with no auxiliary of its
    own (an imperfect, a present): no auxiliary a conjunct after it could share."""
    pack = pack_of(clause.doc)
    auxiliaries = pack.label("tense_auxiliary") + pack.label("passive_auxiliary")
    return clause.dep_ in pack.label("clausal_complement") and clause.head.i != clause.i and \
        any(c.dep_ in pack.label("marker") for c in clause.children) and \
        not any(c.dep_ in auxiliaries for c in clause.children)
