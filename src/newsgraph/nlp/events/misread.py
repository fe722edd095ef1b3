"""A present verb the parser read as a word of the noun before it ("Le Qatar finance le Hamas":
"finance" an adjective or a name part of "Qatar"), told from a real noun phrase by what the parse
still shows: no verb in the clause, agreement with that noun, an object opening after it, no
participle of the phrase's own."""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import EventLexicon


def misread_present(token: Token, lex: EventLexicon) -> Token | None:
    """The subject of a present verb the parser read as a word of the noun before it, leaving the
    clause with no verb ("Le Qatar finance le Hamas": "finance" an adjective or a name part of
    "Qatar", the sentence's root, and "Hamas" a modifier of "Qatar"; "… que la Chine finance le
    Pakistan", the noun right under the conjunction): a lower-case word with no determiner nor
    preposition of its own and no participle ending (a participle is read by its auxiliary), right
    after that noun's phrase and before more words. The caller still wants a listed verb among the
    infinitives its ending suggests (`lemmas_of`)."""
    labels = lex.labels
    head, doc = token.head, token.doc
    if token.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB") or token.dep_ not in labels.noun_phrase or \
            token.dep_ in labels.clausal_modifier or not (token.is_alpha and token.is_lower) or \
            head.pos_ not in ("NOUN", "PROPN") or head.i > token.i or token.i + 1 >= len(doc) or \
            doc[token.i + 1].is_punct or not _verbless(head, labels):
        return None
    if any(c.dep_ in labels.determiner or c.dep_ in labels.case_marker for c in token.children) or \
            any(token.lower_.endswith(ending) for ending, _ in lex.participle_endings) or \
            any(doc[j].is_punct or not head.is_ancestor(doc[j]) for j in range(head.i + 1, token.i)):
        return None
    if not _agrees_as_verb(token, head, lex) or not _opens_object(token, lex) or _participled_phrase(token, head, labels):
        return None
    return head


def _agrees_as_verb(word: Token, subject: Token, lex: EventLexicon) -> bool:
    """Whether a word is spelled as a present verb agreeing with the noun taken for its subject: a
    plural's verb ends as the plural present does ("les rebelles financent"), a singular's neither
    so nor with a plural mark ("les forces armées"-like words agreeing as adjectives are no verbs)."""
    lower = word.lower_
    plural_verb = any(lower.endswith(ending) for ending, _ in lex.plural_present_endings)
    if "Plur" in subject.morph.get("Number"):
        return plural_verb
    return not plural_verb and not lower.endswith(tuple(lex.plural_marks))


def _opens_object(word: Token, lex: EventLexicon) -> bool:
    """Whether the words after a misread verb open its object, past its adverbs ("finance aussi le
    Hamas"): a determiner, a name, a number, or a partitive article tagged a preposition ("des
    patrouilles"); a preposition, a verb or a conjunction after it says the word ends a noun phrase."""
    doc = word.doc
    j = word.i + 1
    while j < len(doc) and doc[j].pos_ == "ADV":
        j += 1
    if j >= len(doc):
        return False
    nxt = doc[j]
    if nxt.pos_ in ("DET", "PROPN", "NUM"):
        return True
    genitive = lex.prepositions.get(lex.genitive, frozenset())
    return nxt.pos_ == "ADP" and nxt.lower_ in genitive and "Def" in nxt.morph.get("Definite")


def _participled_phrase(word: Token, subject: Token, labels) -> bool:
    """Whether a participle of its own hangs in the phrase after the word ("La Russie critique les
    rebelles soutenus par la Turquie"): the parser then read the words as one noun phrase on
    purpose, and its participle's agent would be taken for the object (the backer of the people
    named) and the people for the subject's own."""
    return any(t.i > word.i and t.dep_ in labels.clausal_modifier and "Part" in t.morph.get("VerbForm")
               for t in subject.subtree)


def _verbless(noun: Token, labels) -> bool:
    """Whether the parser left a noun's clause with no verb: no verb above it before the root,
    or a subordinating conjunction before any ("Selon X, le Qatar …", "… que le Qatar …")."""
    for _ in range(6):
        if noun.dep_ in labels.root or noun.head.pos_ == "SCONJ":
            return True
        if noun.head.pos_ not in ("NOUN", "PROPN"):
            return False
        noun = noun.head
    return False
