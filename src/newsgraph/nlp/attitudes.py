"""Reports carried by a noun or adjective of speech or attitude and its prepositional complement.

"Clinton's criticism of the deal", "Democrats raised questions about the plan", "Republicans are
worried about the polls": the complement of the preposition is what the source says, thinks or
feels (PolNeAR annotates these as attributions), and the source is the noun's possessor, the
subject of the support verb whose object the noun is (attitude_support_verbs.txt), or the subject
of the adjective's copula. Without such a source nothing is reported: "the questions about X" alone
names nobody, and reading those cost precision. A word may also take a clause as its content, in
one of the speech-verb frames (speech_frames.tsv): a clause opened by a complementizer ("her
acknowledgment that the bill would fail", "they are afraid that …") or an infinitive ("his decision
to leave", "she was willing to sign"); the clause is then the content, its opener included. Words
come from the pack (attitude_words.tsv); a pack without the list reads none.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from ..errors import PackError
from ..lang import LanguagePack
from .context import pack_of
from .lexicon import Frame, is_actor_like, is_non_speaker, speech_frames
from .quotemarks import QuotedSpan
from .reports import FoundQuote
from .syntax import has_marks, is_negated, labels, noun_phrase, strip_span, subject_of
from .textutil import lower_forms, lower_lemmas, text_of

# below every verb report (0.55 + 0.35 × strength): a speech verb that covers the same words wins
CONFIDENCE = 0.5


# the kinds of speech frame an attitude word's clause may take (speech_frames.tsv)
CLAUSE_KINDS = ("clause", "infinitive_after")


@cache
def _attitude_words(pack: LanguagePack) -> dict[tuple[str, str], frozenset[str]]:
    """(lemma, kind) → the prepositions that open its content."""
    return {(row["word"].lower(), row["kind"]): frozenset(w for w in row["prepositions"].lower().split("|") if w)
            for row in pack.table("attitude_words", ("word", "kind", "prepositions"))}


@cache
def _clause_frames(pack: LanguagePack) -> dict[tuple[str, str], tuple[Frame, ...]]:
    """(lemma, kind) → the frames of the clauses it takes as content (column `clauses`: frame names
    of speech_frames.tsv, "that|to")."""
    known = speech_frames(pack)
    table = {}
    for row in pack.table("attitude_words", ("word", "kind", "prepositions")):
        names = [n for n in row.get("clauses", "").split("|") if n]
        unknown = [n for n in names if n not in known or known[n].kind not in CLAUSE_KINDS]
        if unknown:
            raise PackError(f"{row.origin}: unknown clause frame(s) {', '.join(unknown)} "
                            f"(a frame of speech_frames.tsv of kind {' or '.join(CLAUSE_KINDS)})")
        if names:
            table[(row["word"].lower(), row["kind"])] = tuple(known[n] for n in names)
    return table


def _content(word: Token, prepositions: frozenset[str]) -> tuple[Token, Token] | None:
    """The first preposition of the word's frame that follows it (the end of the cue), and its object."""
    pack = pack_of(word.doc)
    objects = pack.label("prepositional_object")
    for child in word.children:
        if child.i > word.i and child.lower_ in prepositions and child.dep_ in pack.label("oblique"):
            found = next((c for c in child.children if c.dep_ in objects), None)
            return (child, found) if found is not None else None
    return None


def _clausal_content(word: Token, frames: tuple[Frame, ...]) -> tuple[Token, Token] | None:
    """The word itself (the whole cue: the clause's opener belongs to the content) and the head of
    the clause it takes in one of its frames: a complement clause
    after it whose first word is the frame's complementizer, hung on its verb as a marker (a relative
    "that" is the clause's subject or object, not its marker), or the frame's "to" of an infinitive."""
    pack = pack_of(word.doc)
    clausal = labels(pack, "clausal_complement", "open_complement", "clausal_modifier")
    markers = labels(pack, "marker", "tense_auxiliary")
    for child in word.children:
        if child.i <= word.i or child.dep_ not in clausal:
            continue
        opener = word.doc[child.left_edge.i]
        if opener.head == child and opener.dep_ in markers and any(
                opener.lower_ in frame.words for frame in frames):
            return word, child
    return None


def _noun_source(noun: Token) -> Span | None:
    """The possessor of the noun ("her criticism of"), or the subject of the support verb whose
    object it is ("raised questions about")."""
    pack = pack_of(noun.doc)
    possessor = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)
    if possessor is not None:
        return noun_phrase(possessor)
    if noun.dep_ == "attr":
        return _predicate_source(noun)
    verb = noun.head
    if noun.dep_ in pack.label("object") and verb.lemma_.lower() in pack.words("attitude_support_verbs") \
            and not is_negated(verb):
        return subject_of(verb)
    return None


def _subject(head: Token) -> Span | None:
    subjects = [c for c in head.children if c.dep_ in labels(pack_of(head.doc), "subject", "passive_subject")
                and c.i < head.i]
    return noun_phrase(subjects[0]) if subjects else None


def _predicate_source(word: Token) -> Span | None:
    """The subject of a predicative adjective or noun ("they are wary of", "voters grew worried
    about", "she is a critic of"): the parser hangs it on the copula, or on the word itself when it
    reads the adjective as a passive participle ("aides were coy about": nsubjpass of "coy")."""
    own = _subject(word)
    if own is not None:
        return own
    head = word.head
    if word.dep_ not in ("acomp", "attr") or head.pos_ not in ("AUX", "VERB") or head.i > word.i:
        return None
    return _subject(head)


def _source_like(source: Span) -> bool:
    if source[0].pos_ == "PRON":
        return source[0].lower_ not in ("it", "this", "that", "which", "what")
    return is_actor_like(source) and not is_non_speaker(source)


def find_attitude_reports(doc: Doc, quoted: list[QuotedSpan]) -> list[FoundQuote]:
    """Every report of the Doc carried by a noun or adjective of attitude_words.tsv."""
    pack = pack_of(doc)
    words = _attitude_words(pack)
    if not words:
        return []
    text = text_of(doc)
    found = []
    lemmas, forms = lower_lemmas(doc), lower_forms(doc)
    clauses = _clause_frames(pack)
    for i, lemma in enumerate(lemmas):
        if (lemma, "noun") not in words and (forms[i], "adjective") not in words:
            continue  # (most words: no Token built)
        token = doc[i]
        if token.pos_ == "NOUN" and (lemma, "noun") in words:
            key, source = (lemma, "noun"), _noun_source(token)
        elif token.pos_ in ("ADJ", "VERB") and (token.lower_, "adjective") in words:
            key, source = (token.lower_, "adjective"), _predicate_source(token)
        else:
            continue
        if source is None or not _source_like(source):
            continue
        if any(q.start <= token.idx < q.end for q in quoted):
            continue  # inside a quotation: the quoted speaker's own words
        found_content = _content(token, words[key]) or (
            _clausal_content(token, clauses[key]) if key in clauses else None)
        if found_content is None:
            continue
        cue_last, content = found_content
        right = max(t.i for t in content.subtree)
        start, end = strip_span(doc, content.left_edge.idx, doc[right].idx + len(doc[right].text))
        if end - start < 3:
            continue
        kind = "mixed" if has_marks(text[start:end]) else "indirect"
        found.append(FoundQuote(start, end, kind, (token.idx, cue_last.idx + len(cue_last.text)),
                                (source.start_char, source.end_char), CONFIDENCE))
    return found
