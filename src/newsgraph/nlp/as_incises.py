"""Reports whose source stands in a clause opened by "as" ("As the climatologist noted, the island
rarely sees two storms", "The harbour, as one adviser pointed out, was rebuilt").

The speech verb's clause comments on the main clause, which is what its subject says: English
PolNeAR annotates the main clause as the report (with the "as" clause inside it when it stands
inside) and the subject of the "as" clause as its source. Read on the parse: a speech verb in an
adverbial clause opened by one of the pack's openers (source_clause_openers.txt), with a subject of
its own. A pack without the list reads none (French "comme le précise X" is read by the incise rules).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .context import pack_of
from .lexicon import pronoun_forms, speech_verb, speech_verb_indices
from .quotemarks import QuotedSpan
from .reports import FoundQuote
from .syntax import cue_start, has_marks, is_negated, noun_phrase, strip_span
from .textutil import text_of

# below every other report: one that overlaps these words keeps them (dropping the same cue's own
# verb report, or ranking these above, cost an indirect quote on the check part)
CONFIDENCE = 0.5


def _opener(verb: Token, openers: frozenset[str]) -> Token | None:
    """The opener ("as") of the verb's adverbial clause, before the verb."""
    marks = pack_of(verb.doc).label("marker")
    return next((c for c in verb.children if c.dep_ in marks and c.i < verb.i and c.lower_ in openers), None)


def _subject(verb: Token) -> Token | None:
    subjects = pack_of(verb.doc).label("subject")
    return next((c for c in verb.children if c.dep_ in subjects and c.i < verb.i), None)


def _comment_clause(doc: Doc, opener: Token, verb: Token, clause_end: int) -> bool:
    """Is the "as" clause a comment set off by commas, reporting nothing of its own ("As X noted,",
    ", as X pointed out,")? Not a clause of time ("… as supporters chanted “USA”"), nor one with
    its own complement or quotation."""
    pack = pack_of(doc)
    own = pack.label("clausal_complement") + pack.label("open_complement")
    if any(c.dep_ in own for c in verb.children) or has_marks(text_of(doc)[opener.idx:doc[clause_end - 1].idx]):
        return False
    after = doc[clause_end] if clause_end < len(doc) else None
    before = doc[opener.i - 1] if opener.i > 0 else None
    opens = opener.i == opener.sent.start or before is not None and before.text == ","
    return opens and (after is None or after.text in (",", ".") or after.is_space)


def find_as_incise_reports(doc: Doc, quoted: list[QuotedSpan]) -> list[FoundQuote]:
    """One report per speech verb of an "as" clause: the main clause, from its subject (or the first
    word after the "as" clause that opens the sentence) to its end."""
    pack = pack_of(doc)
    openers = pack.words("source_clause_openers")
    if not openers:
        return []
    adverbial = pack.label("adverbial_clause")
    addressed = pronoun_forms(pack, person="2")
    text = text_of(doc)
    found = []
    for i in speech_verb_indices(doc):
        verb = doc[i]
        if verb.pos_ != "VERB" or verb.dep_ not in adverbial or verb.head.i == verb.i or is_negated(verb):
            continue
        opener, subject = _opener(verb, openers), _subject(verb)
        if opener is None or subject is None or not opener.i < subject.i < verb.i or \
                subject.lower_ in addressed:
            continue  # "as you know": a formula addressed to the reader, no source
        main = verb.head
        last_word = verb.right_edge.i
        while last_word > verb.i and (doc[last_word].is_punct or doc[last_word].is_space):
            last_word -= 1
        clause_end = last_word + 1  # the "as" clause: opener .. its last word
        if not _comment_clause(doc, opener, verb, clause_end):
            continue
        start = main.left_edge.i
        if start >= opener.i:  # the "as" clause opens the sentence: the report starts after it
            start = clause_end
            while start < len(doc) and (doc[start].is_punct or doc[start].is_space):
                start += 1
        last = max(main.right_edge.i, clause_end - 1)
        if start >= len(doc) or start > last:
            continue
        begin, end = strip_span(doc, doc[start].idx, doc[last].idx + len(doc[last].text))
        if end - begin < 3:
            continue
        phrase = noun_phrase(subject)
        kind = "mixed" if has_marks(text[begin:end]) else "indirect"
        found.append(FoundQuote(begin, end, kind, (cue_start(verb), verb.idx + len(verb.text)),
                                (phrase.start_char, phrase.end_char), CONFIDENCE, verb=speech_verb(verb)))
    return found


__all__ = ["find_as_incise_reports"]
