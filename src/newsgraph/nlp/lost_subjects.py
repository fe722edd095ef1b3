"""The subject of a cue when the parse or the finder's mention lost it: the subject of the verbs
the cue's verb hangs on, a person named right before the cue (alone, or closing a description
whose modifiers the finder's mention cut off). Moved out of speakers.py, which they kept near its
size limit."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .context import pack_of
from .lexicon import aside_auxiliary, function_words
from .reports import FoundQuote
from .resolved_speaker import ResolvedSpeaker
from .cue_readings import cue_verb
from .syntax import labels, noun_phrase, subject_labels
from .textutil import fold_same_length

if TYPE_CHECKING:
    from .speakers import SpeakerResolver


def subject_of_cue(r: "SpeakerResolver", quote: FoundQuote) -> tuple[int, int] | None:
    """The subject of the cue's verb, of the verbs it hangs on ("Ce dernier, accusant X, a
    affirmé"), or of an auxiliary the parser left apart ("Ce dernier aurait, par courriel,
    expliqué"), outside any reported words."""
    verb = cue_verb(r.doc, quote.cue)
    if verb is None:
        return None
    subjects = subject_labels(pack_of(r.doc))
    case, apposition = labels(pack_of(r.doc), "case_marker"), labels(pack_of(r.doc), "apposition")
    heads = [verb]
    while len(heads) < 4 and heads[-1].head.i != heads[-1].i:
        heads.append(heads[-1].head)
    heads += [t for t in r.doc[verb.sent.start:verb.i] if t.pos_ == "AUX"]
    for head in heads:
        for child in head.children:
            if child.dep_ in subjects and not r.in_reported(child.idx, child.idx + len(child.text)):
                if any(c.dep_ in case and c.i < child.i and fold_same_length(c.lower_) not in r.words.genitives
                       for c in child.children):
                    # "Sur Twitter, X a dénoncé": a fronted channel the parser took for the
                    # subject; the name in apposition after it speaks ("De nombreux élus", "De
                    # Santis" open with no preposition)
                    child = next((c for c in child.children if c.dep_ in apposition and c.i > child.i), None)
                    if child is None:
                        continue
                if child.pos_ == "PRON":
                    return child.idx, child.idx + len(child.text)
                phrase = noun_phrase(child)
                # "Sur Facebook, X a dénoncé" parsed with the channel as a modifier of the name:
                # the subject starts after it
                fronted = [t.i for c in child.children if c.i < child.i and
                           any(g.dep_ in case for g in c.children) for t in c.subtree]
                first = max(fronted, default=phrase.start - 1) + 1
                while first < child.i and r.doc[first].is_punct:
                    first += 1
                return r.doc[max(first, phrase.start)].idx, phrase.end_char
    return None


def named_right_before(r: "SpeakerResolver", quote: FoundQuote) -> ResolvedSpeaker | None:
    """A cue before its words whose subject the parse lost ("Du côté de l'opposition, le
    président du MR, X, a jugé …": the description read as a conjunct of the opening
    adverbial): the actor named right before the cue, only a comma between, in its sentence."""
    if quote.cue is None or quote.cue[1] > quote.start:
        return None
    span = r.doc.char_span(quote.cue[0], quote.cue[1], alignment_mode="expand")
    if span is None:
        return None
    sent_start = span[0].sent.start_char
    for mention in reversed(r.index.mentions):
        if mention.end > quote.cue[0]:
            continue
        if mention.start < sent_start or r.text[mention.end:quote.cue[0]].strip() not in ("", ","):
            return None
        if mention.kind == "person" and not r.in_reported(mention.start, mention.end):
            voiced = _voiced_institution(r, sent_start, mention.start)
            if voiced is not None:
                return r.resolve(voiced[0], voiced[1], quote.start)
            return r.speaker(mention.actor_id, mention.start, mention.end)
    return None


def phrase_before_cue(r: "SpeakerResolver", quote: FoundQuote) -> ResolvedSpeaker | None:
    """A cue before its words whose subject the parse lost altogether ("A Washington, le
    Département d'Etat a fait savoir qu'…", "Du côté séparatiste, X, l'un des dirigeants en exil,
    s'est dit prêt …"): the parts of its sentence the commas set off before the verb group, nearest
    first, up to a fronted adjunct (a part opening with a preposition). The nearest part naming an
    actor speaks (a name before its description in apposition), else the nearest part if it is a
    noun phrase that designates a speaker."""
    if quote.cue is None or quote.cue[1] > quote.start:
        return None
    cue = r.doc.char_span(quote.cue[0], quote.cue[1], alignment_mode="expand")
    if cue is None or not any(t.pos_ in ("VERB", "AUX") for t in cue):
        return None  # a noun cue ("his claim that …") has no subject to lose
    parts = _parts_before(r, quote.cue[0])
    for start, end in parts:
        if any(start <= m.start and m.end <= end and not m.as_place for m in r.index.mentions):
            found = r.resolve(start, end, quote.start)
            return found if found.actor else None
    if parts:
        found = r.resolve(parts[0][0], parts[0][1], quote.start)
        if found.actor or r.designates(found.name):
            return found
    return None


def before_split_tense(r: "SpeakerResolver", quote: FoundQuote) -> ResolvedSpeaker | None:
    """A cue whose compound tense an aside splits ("X a, de son côté, salué « … »"): the parse hangs
    the participle on the aside and the auxiliary on the name, so the mention it gives runs over the
    auxiliary, or there is none. The phrase before the auxiliary speaks (phrase_before_cue)."""
    if quote.cue is None:
        return None
    span = r.doc.char_span(quote.cue[0], quote.cue[1], alignment_mode="expand")
    if span is None or span[0].i <= span[0].sent.start or \
            aside_auxiliary(r.doc, span[0].i - 1, pack_of(r.doc)) is None:
        return None
    return phrase_before_cue(r, quote)


def _parts_before(r: "SpeakerResolver", cue_start: int) -> list[tuple[int, int]]:
    """Char spans of the noun phrases set off by commas before a cue's verb group (its finite
    auxiliary, reflexive clitic and adverbs or locution before the verb), nearest first, in its
    sentence and outside reported words, up to one opening with a preposition or a conjunction."""
    doc = r.doc
    pack = pack_of(doc)
    span = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
    if span is None:
        return []
    verb, sent = span[0], span[0].sent
    finite = function_words(pack, "finite_auxiliary")
    group = verb.i
    # "X a, pour sa part, appelé": the auxiliary before an aside set off by commas
    aside = aside_auxiliary(doc, verb.i - 1, pack) if verb.i > sent.start else None
    for k in range(verb.i - 1, max(sent.start - 1, verb.i - 6) if aside is None else verb.i - 1, -1):
        if doc[k].is_punct:
            break
        if doc[k].pos_ == "AUX" or doc[k].lower_ in finite:
            group = k  # "X a pour sa part appelé": the cue read from the participle
    group = aside if aside is not None else group
    clitics = function_words(pack, "reflexive") | function_words(pack, "negation_particle")
    while group > sent.start and doc[group - 1].lower_ in clitics:
        group -= 1
    parts, end = [], group
    while end > sent.start and len(parts) < 3:
        if doc[end - 1].text == ",":
            end -= 1
        start = end
        while start > sent.start and doc[start - 1].text != ",":
            start -= 1
        words = doc[start:end]
        # a noun phrase: not a fronted adjunct or clause, nor one cut before its noun ("Contrary to his")
        if not len(words) or words[0].pos_ in ("ADP", "SCONJ", "CCONJ", "VERB", "AUX") or \
                words[-1].pos_ in ("DET", "ADP", "CCONJ", "SCONJ") or \
                not any(t.pos_ in ("NOUN", "PROPN") for t in words) or \
                any(t.pos_ in ("VERB", "AUX") or t.text in ("«", "»", '"', ":", ";") for t in words) or \
                r.in_reported(words.start_char, words.end_char):
            break
        parts.append((words.start_char, words.end_char))
        end = start
    return parts


def _in_prepositional_phrase(r: "SpeakerResolver", name) -> bool:
    """Is a name, or the description it follows with no comma ("le journaliste X"), introduced by
    a preposition ("par le journaliste X", "avec le président du Sénat X")? (After a comma, a
    name closes the whole subject: the parse may hang it on the last noun of a long one.)"""
    pack = pack_of(r.doc)
    case, apposed = pack.label("case_marker"), labels(pack, "apposition", "name_part")
    token = name
    for _ in range(3):
        if any(c.dep_ in case and c.i < token.i for c in token.children):
            return True
        if token.dep_ not in apposed or token.head.i >= token.i:
            return False
        token = token.head
    return False


def _spokesperson_phrase(r: "SpeakerResolver", start: int, end: int) -> int | None:
    """Where a phrase of the pack's spokesperson_channels ("par la voix de") opens in [start, end)."""
    folded = fold_same_length(r.text[start:end].lower()).replace("’", "'")
    found = [folded.find(p) for p in pack_of(r.doc).words("spokesperson_channels")]
    found = [k for k in found if k >= 0 and (k == 0 or not folded[k - 1].isalnum())]
    return start + min(found) if found else None


def _voiced_institution(r: "SpeakerResolver", sent_start: int, name_start: int) -> tuple[int, int] | None:
    """ "Le gouvernement, par la voix de son porte-parole X, a déclaré": the words before the
    phrase that the person named after it voices (GUIDELINES §2.7: institutions stay speakers)."""
    at = _spokesperson_phrase(r, sent_start, name_start)
    if at is None:
        return None
    before = r.text[sent_start:at]
    end = sent_start + len(before.rstrip(" ,"))
    start = sent_start + len(before) - len(before.lstrip(" –—-\n"))
    return (start, end) if end - start > 2 else None


def named_after_description(r: "SpeakerResolver", quote: FoundQuote, found: ResolvedSpeaker) -> ResolvedSpeaker | None:
    """A description the resolver could not tie to anyone, whose modifiers the finder's mention
    cut off, with a person named right before the cue ("L'un des porte-parole des équipes ayant
    mené la recherche, X, a annoncé"): the name in apposition closes the subject; that person
    speaks. Not for a name or a pronoun, which stands for itself."""
    if found.start is None or found.end is None:
        return None
    mention = r.doc.char_span(found.start, found.end, alignment_mode="expand")
    if mention is None or not any(t.pos_ == "NOUN" for t in mention) or any(t.pos_ == "PROPN" for t in mention):
        return None
    named = named_right_before(r, quote)
    if named is None or named.start is None or named.start < found.end or "," not in r.text[found.end:named.start]:
        return None
    before = r.doc.char_span(named.start, named.end, alignment_mode="expand")
    if before is not None and before.start > 0 and r.doc[before.start - 1].pos_ == "ADP":
        return None  # "Les sénateurs, emmenés par X, ont qualifié": an agent or a complement, no apposition
    if before is not None and not r.text[:named.start].rstrip().endswith(",") and \
            _in_prepositional_phrase(r, before.root):
        return None  # "Le ministre, interrogé par le journaliste X, a déclaré": X is the agent
    gap = r.doc.char_span(found.end, named.start, alignment_mode="expand")
    if before is not None and gap is not None and any(t.lower_ in r.words.relatives and t.head in before.root.ancestors
                                                      for t in gap):
        return None  # "La présidente, qui a reçu le ministre X, a déclaré": X is in her relative clause
    if _spokesperson_phrase(r, found.end, named.start) is not None:
        return None  # "Le gouvernement, par la voix de son porte-parole X, a déclaré": the institution speaks
    return named
