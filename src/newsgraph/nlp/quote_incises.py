"""Incises that attribute a quotation in marks: after its closing mark ("», explique X", "» a-t-il
précisé", '," the senator said') or inside it, splitting it in two ("« Moi, dit-il, j'ai … »")."""
from __future__ import annotations

from spacy.tokens import Doc

from .context import pack_of
from .incise_reports import cue_opening_after_mark
from .lexicon import SpeechVerb, function_words, guess_lemmas, has_frame, linked_only, pronoun_forms, speech_verb
from .quotemarks import QUOTE_CHARS, QuotedSpan
from .syntax import (cue_start, inverted_pronouns, is_negated, noun_phrase, subject_labels, np_after,
                     speaker_pronouns, third_person_subject_pronouns, token_from)
from .marker_phrases import marker_at, speaker_np_end
from .textutil import text_of


# parts of speech of the words of a noun phrase written before its verb, and the marks inside a name
SUBJECT_WORDS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PART"})
NAME_JOINERS = frozenset({"-", "‐"})
# what closes a sentence inside the marks (a question or an exclamation may still take a subject
# incise in English: '"Why?" Mr. Smith asked')
SENTENCE_END = frozenset({".", "…"})
# how many words an incise inside the marks may run after its verb: an inverted subject with its
# complement, then a time, a place or a channel ("…, a insisté le chef de l'Etat congolais devant
# la diaspora à Pékin. …")
INCISE_TOKENS = 14


def cue_after(doc: Doc, q: QuotedSpan) -> tuple[tuple[int, int], tuple[int, int] | None, SpeechVerb | None] | None:
    """An incise after the closing mark: "», explique la membre …", "» a-t-il précisé", "», selon X"."""
    start_tok = token_from(doc, q.outer_end)
    if start_tok is None:
        return None
    pack = pack_of(doc)
    euphonic = function_words(pack, "euphonic")
    fillers = function_words(pack, "incise_filler") | euphonic
    subjects = third_person_subject_pronouns(pack)
    stressed = pronoun_forms(pack, person="3", stressed="yes")
    auxiliary = pack.label("auxiliary")
    i = start_tok.i
    while i < len(doc) and (doc[i].is_space or doc[i].text in (",", "-", "–", "—") or doc[i].text in QUOTE_CHARS):
        i += 1
    first = i
    # a new paragraph opens after the mark: nothing there is an incise, unless the quoted words
    # end with a comma, which leaves their sentence open (a scraper's break before '… ,”\nX said')
    if first < len(doc) and "\n" in text_of(doc)[q.outer_end:doc[first].idx] and \
            not text_of(doc)[q.start:q.close_at].rstrip().endswith(","):
        return None
    # words closed by a full stop, then a capital: a new sentence opens after the mark, and its
    # subject is no incise's ('« … terrain. » Le ministère a assuré que …'); an inverted verb still is
    new_sentence = first < len(doc) and text_of(doc)[q.start:q.end].rstrip()[-1:] in SENTENCE_END and \
        doc[first].text[:1].isupper()
    opening = cue_opening_after_mark(doc, first) if first < len(doc) else None
    if opening is not None:  # "», peut-on lire dans le communiqué", "», comme l'a déclaré X"
        return opening
    if first < len(doc) and not new_sentence and "," in text_of(doc)[q.outer_end:doc[first].idx]:
        unlisted = _inverted_incise(doc, first)
        if unlisted is not None:  # "», peste le conseiller X.": an incise whatever its verb
            return unlisted
    # room for a subject written before the verb: '", Mr. Guajardo Villarreal told me'
    limit = min(len(doc), first + 10)
    governor = None
    while i < limit:
        token = doc[i]
        if governor is None and _governs_speech(doc, i):
            governor = token  # "», s'est contenté de dire X": the cue opens at the governor
            i += 2
            continue
        marker = marker_at(doc, i)
        # a capitalised source after words closed by a final mark opens a sentence of its own ('« …
        # ! » D'après X, les soldats …': run in from the next paragraph), no incise
        if marker and marker[0].after and i == first and not (
                token.text[:1].isupper() and text_of(doc)[q.start:q.end].rstrip()[-1:] in ".!?…"):
            end = speaker_np_end(doc, marker[1], token.sent.end)
            if end > marker[1]:
                return (token.idx, doc[marker[1] - 1].idx + len(doc[marker[1] - 1].text)), \
                    (doc[marker[1]].idx, doc[end - 1].idx + len(doc[end - 1].text)), None
        info = speech_verb(token)
        if info is not None and new_sentence and i == first and "Part" in token.morph.get("VerbForm"):
            break  # a participle opening the next sentence ('… » Interrogée sur X, la ministre a …') is its adjunct
        if info is not None and token.pos_ in ("VERB", "AUX", "NOUN", "ADJ", "PROPN") and not is_negated(token) and \
                not linked_only(info, pack):
            opener = governor if governor is not None else token
            cue = (cue_start(opener) if cue_start(opener) >= doc[first].idx else doc[first].idx,
                   token.idx + len(token.text))
            # subject written between the mark and the verb: "», Poutine a déclaré"
            pre = doc[first:token.i]
            inverted = [t for t in pre if t.lower_ in subjects]
            # a pronoun restating a subject named before it in a new sentence ('… arrivent. »
            # L'opposition, elle, ironise.': paragraphs a scraper ran together) is no inverted one
            if inverted and new_sentence and any(t.pos_ in ("PROPN", "NOUN") for t in pre[:inverted[0].i - first]):
                return None
            if inverted:  # "» a-t-il précisé"
                return cue, (inverted[0].idx, inverted[0].idx + len(inverted[0].text)), info
            # (no subject: "», s'indigne-t-il", a clitic "», y affirme-t-il", "», nous explique X")
            clitics = function_words(pack, "reflexive") | function_words(pack, "adverbial_clitic") | \
                pack.words("object_clitics")
            names = [t for t in pre if t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ not in auxiliary and
                     t.lower_ not in clitics]
            if names and new_sentence:
                return None
            if names and pre[0].pos_ not in ("AUX", "ADV", "VERB"):  # (a speaker opens with no verb)
                return cue, (pre.start_char, doc[token.i - 1].idx + len(doc[token.i - 1].text)), info
            subject = np_after(doc, token.i + 1, token.sent.end)
            if subject is None and token.i + 2 < len(doc) and doc[token.i + 1].lower_ in euphonic:
                subject = doc[token.i + 2:token.i + 3]
            span = (subject.start_char, subject.end_char) if subject is not None else None
            return cue, span, info
        # a stressed pronoun set off by commas restates the subject ("», a-t-il, lui, assuré"):
        # the verb comes after it
        if i > first and token.text == "," and i + 2 < limit and doc[i + 1].lower_ in stressed and \
                doc[i + 2].text == ",":
            i += 3
            continue
        # what may stand between the mark and the verb: auxiliaries, adverbs, pronouns, fillers, and
        # the words of a subject noun phrase ('", Poutine a déclaré', '," the senator said')
        if (i > first and token.is_sent_start) or token.pos_ not in ("AUX", "ADV", "PRON") and \
                token.lower_ not in fillers and not _clitic_before_verb(doc, i) and \
                not (token.pos_ in SUBJECT_WORDS or token.text in NAME_JOINERS and i > first):
            break
        i += 1
    return _subject_then_verb(doc, first) if first < len(doc) and not new_sentence else None


def _governs_speech(doc: Doc, i: int) -> bool:
    """A governor that leaves the speech act to its subject (speech_governors.txt), then a
    preposition and a speech verb's infinitive: "», a tenu à préciser X", "», s'est-il borné à
    dire". The tagger may read the governor's participle as an adjective, so its form is guessed too."""
    if i + 2 >= len(doc) or doc[i].pos_ not in ("VERB", "ADJ") or doc[i + 1].pos_ != "ADP":
        return False
    infinitive = doc[i + 2]
    if "Inf" not in infinitive.morph.get("VerbForm") or speech_verb(infinitive) is None:
        return False
    lemmas = {doc[i].lemma_.lower(), *guess_lemmas(doc[i])}
    return bool(lemmas & pack_of(doc).words("speech_governors"))


def _clitic_before_verb(doc: Doc, i: int) -> bool:
    """An adverbial clitic before a finite verb ("», en conclut-elle", "», y affirme-t-il"), which the
    tagger may read as a preposition; not the "en" of a gerund ("», en précisant que")."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].lower_ in function_words(pack_of(doc), "adverbial_clitic") and after is not None and \
        "Fin" in after.morph.get("VerbForm")


def _inverted_incise(doc: Doc, first: int):
    """The structure of an inverted incise, whatever its verb: after the closing mark and a comma, a
    lowercase word then its inverted subject (a noun phrase opened by a determiner or a name, or an
    inverted pronoun), then nothing but the sentence's punctuation ("», peste le conseiller X.",
    "», ironise-t-il."). The verb is one no list knows (a listed one is read by cue_after)."""
    pack = pack_of(doc)
    token = doc[first]
    sent_end = token.sent.end
    if first + 1 >= sent_end or not token.is_alpha or not token.text[:1].islower() or \
            token.pos_ not in ("VERB", "NOUN", "ADJ") or speech_verb(token) is not None:
        return None
    inverted = inverted_pronouns(pack) | function_words(pack, "euphonic")
    k = first + 1
    while k < sent_end and doc[k].lower_ in inverted:
        k += 1
    if k > first + 1:
        subject = doc[k - 1:k]
    else:
        subject = np_after(doc, first + 1, sent_end)
        if subject is None or subject.start != first + 1 or \
                not (subject[0].pos_ == "DET" or subject[0].pos_ == "PROPN" and subject[0].text[:1].isupper()):
            return None
        k = subject.end
    if any(t.pos_ not in ("PUNCT", "SPACE") for t in doc[k:sent_end]):
        return None
    return (token.idx, token.idx + len(token.text)), (subject.start_char, subject.end_char), None


def _subject_then_verb(doc: Doc, first: int):
    """The parse's reading of a subject that opens right after a closing mark, however long (an
    apposition with commas: '"…," Scott Pruitt, the attorney general of Oklahoma, said'; a name
    the tagger took for a verb: '"…," Tulsa police Chief Chuck Jordan said'): the first speech
    verb of the sentence whose subject starts there (at most two capitalised words earlier)."""
    sent = doc[first].sent
    subjects = subject_labels(pack_of(doc))
    for token in doc[first:min(sent.end, first + 30)]:
        info = speech_verb(token)
        if info is None or token.pos_ != "VERB":
            continue
        subject = next((c for c in token.children if c.dep_ in subjects and c.i < token.i), None)
        if subject is None or is_negated(token):
            return None
        gap = doc[first:subject.left_edge.i]
        if subject.left_edge.i < first or len(gap) > 2 or not all(t.text[:1].isupper() for t in gap):
            return None
        phrase = noun_phrase(subject)
        start = doc[min(first, phrase.start)].idx
        return (cue_start(token), token.idx + len(token.text)), (start, phrase.end_char), info
    return None



def incise_inside(doc: Doc, q: QuotedSpan) -> tuple[int, int | None, tuple[int, int], tuple[int, int], SpeechVerb] | None:
    """"« Moi, dit-il, j'ai l'impression … »": the incise splits the quote in two. Its verb may be
    compound with the pronoun inverted before the participle ("« …, a-t-elle expliqué, … »"), its
    subject a noun phrase ("« …, a déclaré le maire, … »"), and it may close the first sentence
    of the words, a second one following in the same marks ("« A, a souligné le ministre. B »"),
    or close the words ("« A, dit-il. »": no second piece, None for its start)."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    pack = pack_of(doc)
    clitics = function_words(pack, "euphonic") | inverted_pronouns(pack)
    pronouns = speaker_pronouns(pack)
    for token in span:
        info = speech_verb(token)
        if info is None or not has_frame(info, pack, "incise") or "Inf" in token.morph.get("VerbForm") or \
                is_negated(token):
            continue
        # back over the auxiliary and the inverted pronoun ("a-t-il") to the comma that opens the incise
        k, inverted = token.i - 1, None
        while k > span.start and (doc[k].pos_ == "AUX" or doc[k].lower_ in clitics):
            if doc[k].lower_ in pronouns:
                inverted = doc[k]
            k -= 1
        if k <= span.start or doc[k].text != ",":
            continue
        j = token.i + 1
        while j < span.end and doc[j].text not in ("," , *SENTENCE_END) and j - token.i < INCISE_TOKENS:
            j += 1
        # the incise may close the words, inside the marks ("« Il faut agir, dit-il. »")
        closing = j == span.end or j + 1 == span.end and doc[j].text in SENTENCE_END
        if not closing and (j + 1 >= span.end or doc[j].text not in (",", *SENTENCE_END)):
            continue
        if not closing and doc[j].text in SENTENCE_END and not doc[j + 1].text[:1].isupper():
            continue  # the words after a full stop open a sentence of their own
        subject = doc[token.i + 1:j]
        if inverted is not None:
            # "a-t-elle affirmé lundi à Vancouver": the inverted pronoun is the subject, the words
            # after the verb its time, place or channel
            subject = doc[inverted.i:inverted.i + 1]
        elif len(subject):
            if not (subject[0].lower_ in pronouns or subject[0].lower_.startswith("-")
                    or any(t.ent_type_ == "PER" for t in subject)):
                subject = np_after(doc, token.i + 1, j) if subject[0].pos_ == "DET" else None
        else:
            subject = doc[inverted.i:inverted.i + 1] if inverted is not None else None
        if subject is None or not len(subject):
            continue
        if closing and ("Ger" in token.morph.get("VerbForm") or "Pres" in token.morph.get("Tense") and
                        "Part" in token.morph.get("VerbForm") or
                        subject[0].lower_ in pronouns and len(subject) > 1):
            continue  # a participle's clause ("…, thinking we're going to …") closes no words of a speaker
        left = _strip_quote_piece(text_of(doc), q.start, doc[k].idx)
        cue = (cue_start(token), token.idx + len(token.text))
        if closing:
            return left[1], None, cue, (subject.start_char, subject.end_char), info
        right = _strip_quote_piece(text_of(doc), doc[j].idx + 1, q.end)
        return left[1], right[0], cue, (subject.start_char, subject.end_char), info
    return None


def _strip_quote_piece(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \u00a0\u202f,":
        start += 1
    while end > start and text[end - 1] in " \u00a0\u202f,":
        end -= 1
    return start, end
