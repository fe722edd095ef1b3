"""Who speaks a quotation with no cue of its own, when the sentence before it says who takes
the floor: "La porte-parole a ensuite nuancé les chiffres. « On a constaté … »".

A continuation inherits the speaker of the latest quote (quotes.py links them), but a sentence
between the two whose main verb is a speech verb and whose subject acts ("X a nuancé", "Il a
souhaité faire un rappel au règlement") hands the floor to that subject: the words after it are
its own. Only a sentence that stands after the inherited quote counts, in the quotation's
paragraph, outside any reported words. Direct words that take up a speaker of an earlier
paragraph go to the person their own sentence names after the closing mark (`named_after_words`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .context import pack_of
from .lexicon import speech_verb
from .quotemarks import QUOTE_CHARS
from .reports import FoundQuote
from .resolved_speaker import ResolvedSpeaker
from .syntax import labels, noun_phrase, third_person_subject_pronouns

# the marks that close a sentence inside quotation marks ("« C'est une provocation. »")
FINAL_MARKS = (".", "!", "?", "…")

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .speakers import SpeakerResolver


def speaker_before(r: "SpeakerResolver", quote: FoundQuote) -> ResolvedSpeaker | None:
    """The subject of the speech verb of the sentence right before a continuation's, if that
    sentence comes after the quote the continuation inherits from."""
    doc = r.doc
    inherited = quote.speaker_from
    span = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
    if inherited is None or span is None:
        return None
    sent = span[0].sent
    # the words must open their sentence (a mark, at most, before them)
    if any(not t.is_punct and not t.is_space for t in doc[sent.start:span[0].i]):
        return None
    k = sent.start - 1
    while k >= 0 and (doc[k].is_space or doc[k].is_punct):
        k -= 1
    if k < 0 or r.paragraph_of(doc[k].idx) != r.paragraph_of(quote.start):
        return None
    previous = doc[k].sent
    if previous.start_char < inherited.end or r.in_reported(previous.start_char, previous.start_char + 1):
        return None
    root = previous.root
    pack = pack_of(doc)
    # the tagger reads some participles as adjectives ("a nuancé"): their auxiliary shows the verb
    if speech_verb(root) is None or not (root.pos_ == "VERB" or root.pos_ == "ADJ" and any(
            c.dep_ in labels(pack, "tense_auxiliary") for c in root.children)):
        return None
    subjects = labels(pack, "subject")
    subject = next((c for c in root.children if c.dep_ in subjects and c.i < root.i), None)
    if subject is None or r.in_reported(subject.idx, subject.idx + len(subject.text)):
        return None
    named = _apposed_name(subject, pack)
    if subject.pos_ == "PRON":
        found = r.resolve(subject.idx, subject.idx + len(subject.text), subject.idx)
    else:
        phrase = noun_phrase(named or subject)
        found = r.resolve(phrase.start_char, phrase.end_char, phrase.start_char)
    if found.actor or (found.name and r.designates(found.name)):
        return found
    return None


def _apposed_name(subject: "Token", pack) -> "Token | None":
    """The name a bare common noun carries ("Mise à jour — 16:50 : Jean Dupont affirme", a heading
    the parse made the subject once a lost line break ran it into the sentence): the noun, with no
    determiner, designates nobody; the name speaks."""
    if subject.pos_ != "NOUN" or any(c.dep_ in labels(pack, "determiner") for c in subject.children):
        return None
    # (the parse hangs the name as an apposition, or as a modifier with no preposition)
    linked = labels(pack, "apposition", "nominal_modifier")
    return next((c for c in subject.children if c.dep_ in linked and c.pos_ == "PROPN" and
                 not any(g.dep_ in labels(pack, "case_marker") for g in c.children)), None)


def named_before_colon(r: "SpeakerResolver", quote: FoundQuote) -> ResolvedSpeaker | None:
    """ "Après l'annonce des résultats, Petro, 58 ans, a tweeté : « … »": words a colon opens
    after a sentence that names an actor, when the parse found no subject there (the tagger may
    take the verb for a name). The first actor named in the sentence before the colon, outside
    reported words and not the complement of a preposition ("la victoire de X", "a répondu à X")."""
    doc = r.doc
    span = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    k = span[0].i - 1
    while k > sent.start and (doc[k].is_space or doc[k].text in ("«", '"', "“")):
        k -= 1
    if k <= sent.start or doc[k].text != ":":
        return None
    colon = doc[k].idx
    for mention in r.index.mentions:
        if mention.start < sent.start_char or mention.end > colon or \
                mention.kind not in ("person", "organization", "media", "country"):
            continue
        if r.in_reported(mention.start, mention.end):
            continue
        first = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if first is None or first.start == 0:
            continue
        before = doc[first.start - 1]
        if before.pos_ in ("ADP", "DET") or before.dep_ in labels(pack_of(doc), "case_marker"):
            continue
        return r.speaker(mention.actor_id, mention.start, mention.end)
    return None


def named_heading_sentence(r: "SpeakerResolver", quote: FoundQuote) -> ResolvedSpeaker | None:
    """ "Paul Durand, président du groupe, est intervenu, trouvant le « … »", "Sur Twitter, Paul
    Durand a dénoncé un « … »": a mixed continuation whose own sentence names, before its first
    mark, an actor the parse did not make the main verb's subject (it read the name as a vocative,
    or took the channel after a preposition for the subject). The first person or organisation
    named there, not the complement of a preposition nor after a determiner, speaks; the words
    are not the previous speaker's."""
    doc = r.doc
    sent, first_mark = _own_sentence(r, quote)
    if first_mark is None or first_mark.i == sent.start:
        return None
    pack = pack_of(doc)
    subjects, case = labels(pack, "subject"), labels(pack, "case_marker")
    root = sent.root
    if any(c.dep_ in subjects and c.i < first_mark.i and not any(g.dep_ in case for g in c.children)
           for c in root.children):
        return None  # a subject of its own, read where the parse found it
    for mention in r.index.mentions:
        if mention.start < sent.start_char or mention.end > first_mark.idx or \
                mention.kind not in ("person", "organization"):
            continue
        if r.in_reported(mention.start, mention.end, (quote.start, quote.end)):
            continue
        named = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if named is None or not len(named):
            continue
        before = doc[named.start - 1] if named.start > sent.start else None
        if before is not None and (before.pos_ in ("ADP", "DET") or before.dep_ in case) or \
                any(c.dep_ in case for c in named.root.children):
            continue
        return r.speaker(mention.actor_id, mention.start, mention.end)
    return None


def pronoun_subject_speaks(r: "SpeakerResolver", quote: FoundQuote) -> ResolvedSpeaker | None:
    """ "Le ministre a annoncé que … . La maire était présente. Elle a rejeté ces « … »": a mixed
    continuation whose own sentence has, before its first mark, a subject pronoun of a speech verb
    that heads the sentence. The pronoun says who speaks there (it may be the inherited speaker,
    or whoever the text has moved on to); a pronoun subject of another verb ("Après, il limogea
    « … »") tells nothing of whose the words are, and the inherited speaker stands."""
    sent, first_mark = _own_sentence(r, quote)
    if first_mark is None or sent.root.i >= first_mark.i or speech_verb(sent.root) is None:
        return None
    root = sent.root
    pack = pack_of(r.doc)
    pronouns = third_person_subject_pronouns(pack)
    subject = next((c for c in root.children if c.dep_ in labels(pack, "subject") and c.i < root.i), None)
    if subject is None or subject.pos_ != "PRON" or subject.lower_ not in pronouns or \
            r.in_reported(subject.idx, subject.idx + len(subject.text), (quote.start, quote.end)):
        return None
    found = r.resolve(subject.idx, subject.idx + len(subject.text), subject.idx)
    return found if found.actor else None


def named_after_words(r: "SpeakerResolver", quote: FoundQuote, inherited: ResolvedSpeaker) -> ResolvedSpeaker | None:
    """ "“A.” (new paragraph) “B,” Rep. Ann Lee (D-Md.) said in an interview.": direct words that
    take up the speaker of an earlier paragraph, though their own sentence names a person after the
    closing mark, in an incise the cue finder could not read. The person named there speaks, not
    the speaker of a paragraph before. Within one paragraph the words go on with the last speaker
    ('“A,” X said. “B,” she added of Y'); only persons (a body or a medium named after the words is
    as often the channel or the topic); never a name inside reported words."""
    source = quote.speaker_from
    if quote.type != "direct" or source is None or \
            r.paragraph_of(quote.start) == r.paragraph_of(max(source.start, source.end - 1)):
        return None
    last = r.doc.char_span(quote.end - 1, quote.end, alignment_mode="expand")
    if last is None:
        return None
    sent = last[-1].sent
    named = min((m for m in r.index.mentions if m.kind == "person" and quote.end <= m.start and
                 m.end <= sent.end_char and not r.in_reported(m.start, m.end) and not _governed(r.doc, m)),
                key=lambda m: m.start, default=None)
    if named is None and r.text[quote.start:quote.end].rstrip()[-1:] in FINAL_MARKS:
        named = _next_subject(r, quote)
    if named is None or named.actor_id == inherited.actor:
        return None
    return r.speaker(named.actor_id, named.start, named.end)


def _next_subject(r: "SpeakerResolver", quote: FoundQuote):
    """ "« C'est une provocation. » La secrétaire générale de la CGT, Anne Morel, n'a pas mâché ses
    mots.": words that close their own sentence and open a paragraph, then a sentence of that
    paragraph whose active subject names a person: that person is who the words are given to."""
    doc = r.doc
    if r.paragraph_of(quote.start) != r.paragraph_of(quote.end) or \
            r.text[r.paragraph_starts[r.paragraph_of(quote.start)]:quote.start].strip(" " + "".join(QUOTE_CHARS)):
        return None
    last = doc.char_span(quote.end - 1, quote.end, alignment_mode="expand")
    after = next((t for t in doc[last.end:] if not t.is_space and t.text not in QUOTE_CHARS), None) \
        if last is not None else None
    if after is None or r.paragraph_of(after.idx) != r.paragraph_of(quote.start) or \
            after.sent.start != after.i and not all(t.is_space or t.text in QUOTE_CHARS for t in doc[after.sent.start:after.i]):
        return None
    sent = after.sent
    if any(q.cue is not None and q.start >= quote.end and sent.start_char <= q.cue[0] < sent.end_char
           for q in r.quotes):
        # the sentence reports words of its own ('» Le porte-parole X a assuré que …': a paragraph
        # a scraper ran into the words' one): its subject opens a new turn, not the words' speaker
        return None
    subjects = labels(pack_of(doc), "subject")
    for subject in (c for c in sent.root.children if c.dep_ in subjects):
        # (its whole subtree: a name in apposition to a description, "La secrétaire …, Anne Morel,")
        first, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
        return next((m for m in r.index.mentions if m.kind == "person" and first <= m.start and
                     m.end <= end and not r.in_reported(m.start, m.end) and not _governed(doc, m)), None)
    return None


def _governed(doc, mention) -> bool:
    """Is a person's name the complement of a preposition or a possessor ("a lawyer for Rep. Ann
    Lee said", "Smith's lawyer said")? Then someone else, named by a noun, speaks."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    # (a particle inside the name is the name's own: "Charles de Gaulle")
    return root.head.pos_ == "ADP" and root.head.i < root.i or any(
        c.pos_ in ("ADP", "PART") and c.dep_ != "punct" and not span.start <= c.i < span.end for c in root.children)


def _own_sentence(r: "SpeakerResolver", quote: FoundQuote) -> tuple[Span | None, Token | None]:
    """The sentence a mixed continuation opens in and its first quotation mark (None, None for
    another kind of quote or one the parse cannot place)."""
    span = r.doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
    if quote.type != "mixed" or span is None:
        return None, None
    sent = span[0].sent
    return sent, next((t for t in sent if t.text in QUOTE_CHARS), None)
