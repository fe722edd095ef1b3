"""Reported speech governed by a cue: speech verbs, attribution markers and postposed incises.

1. a speech verb with a que-clause, de/à + infinitive, a bare infinitive or a quoted object;
2. a marker: "Selon X, …", "d'après X", "Pour X, …", "…, selon X.";
3. a postposed incise with no quotation marks: "…, affirme X.", "…, comme le précise X".
Each finder returns FoundQuote records with the speaker as a mention; speakers.py resolves it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .context import pack_of
from .lexicon import SpeechVerb, is_actor_like, role_nouns, speech_verb
from .quotemarks import QUOTE_CHARS, QuotedSpan, find_quoted
from .syntax import (after_headline_topic, cue_start, has_marks, is_negated, journalist_prefix_end, marker_at,
                     np_after, plausible_pour_speaker, speaker_np_end, speaker_of_verb, strip_span, token_from)
from .textutil import text_of


@dataclass(slots=True)
class FoundQuote:
    start: int
    end: int
    type: str
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None        # char span of the speaker mention
    confidence: float
    continuation: bool = False
    marker: str | None = None              # "selon", "pour"… when introduced by a marker
    verb: SpeechVerb | None = None
    speaker_from: "FoundQuote | None" = None  # the quote a continuation inherits from


def _complement_start(verb: Token, frames: frozenset[str]) -> tuple[str, Token] | None:
    """The complementiser or infinitive that opens the reported content of a speech verb."""
    doc = verb.doc
    sent_end = verb.sent.end
    i = verb.i + 1
    if verb.i + 1 < len(doc) and doc[verb.i + 1].lemma_.lower() in ("savoir", "valoir", "remarquer", "état", "garde", "entendre"):
        i += 1
    steps = 0
    saw_noun = False
    while i < sent_end and steps < 16:
        token = doc[i]
        low = token.lower_
        if token.pos_ in ("NOUN", "PROPN") and token.text not in QUOTE_CHARS:
            saw_noun = True
        if steps == 0 and "inf" in frames and token.pos_ in ("VERB", "AUX") and "Inf" in token.morph.get("VerbForm"):
            return "inf", token  # "a affirmé avoir vu", "ont raconté être"
        if low in ("à", "de") and i + 2 < sent_end and doc[i + 1].lower_ == "ce" and \
                doc[i + 2].lower_ in ("que", "qu'", "qu’"):
            return "que", doc[i + 2]
        if low in ("que", "qu'", "qu’") and "que" in frames and token.pos_ != "PRON":
            if doc[i - 1].lower_ in ("ce", "c'", "ainsi", "alors", "plus", "moins", "tandis", "bien", "afin", "avant", "sans", "pour", "dès", "parce", "même", "si", "tant"):
                return None
            return "que", token
        if low in ("de", "d'", "d’", "à") and ("de" in frames or "à" in frames):
            k = i + 1
            while k < sent_end and doc[k].pos_ in ("PRON", "ADV") and doc[k].lower_ not in ("que",):
                k += 1
            if k < sent_end and doc[k].pos_ in ("VERB", "AUX") and "Inf" in doc[k].morph.get("VerbForm"):
                wanted = "de" if low != "à" else "à"
                if wanted in frames:
                    return wanted, doc[i + 1]
        participle = token.pos_ == "ADJ" or "Part" in token.morph.get("VerbForm")
        if low == ":" or (token.pos_ in ("VERB",) and token.i != verb.i and not participle) or \
                low in (";", ".", "!", "?"):
            return None
        if token.text in QUOTE_CHARS:
            return ("obj", token) if "obj" in frames and not saw_noun else None
        i += 1
        steps += 1
    return None


def _clause_end(doc: Doc, first: Token, sent: Span) -> int:
    """End char of a reported clause: the sentence end (or the end of a quotation it opens),
    or a colon before a quotation, or a semicolon."""
    end_tok = sent.end - 1
    text = text_of(doc)
    end = doc[end_tok].idx + len(doc[end_tok].text)
    for q in find_quoted(text, doc._.paragraphs or [(0, len(text))]):
        if q.depth == 0 and first.idx <= q.open_at < end < q.outer_end:
            end = _sentence_end_after(doc, q.outer_end)
            break
    # a colon followed by a quotation opens a separate direct quote
    m = re.search(r"\s*:\s*[«“\"„]", text[first.idx:end])
    if m:
        end = first.idx + m.start()
    semi = text.find(" ; ", first.idx, end)
    if semi > 0:
        end = semi
    return _before_trailing_incise(doc, first.idx, end)


def _before_trailing_incise(doc: Doc, start: int, end: int) -> int:
    """Cut a clause before a closing incise: "…, rapporte l'agence Anadolu." belongs to the cue."""
    last = token_from(doc, end - 1)
    if last is None:
        return end
    i = last.i
    while i > 0 and doc[i].idx > start:
        if doc[i].text == ",":
            j = i + 1
            while j < len(doc) and (doc[j].pos_ == "AUX" or doc[j].lower_ in ("-t", "-il", "-elle")):
                j += 1
            if j < len(doc) and speech_verb(doc[j]) is not None and doc[j].idx < end and \
                    not any(t.pos_ in ("VERB", "AUX") for t in doc[j + 1:last.i + 1]):
                return doc[i].idx
            return end
        i -= 1
    return end


FIRST_PERSON = {"je", "j'", "j’", "nous", "tu", "vous", "moi"}


def _inside(spans: list[QuotedSpan], position: int) -> QuotedSpan | None:
    for q in spans:
        if q.depth == 0 and q.start <= position < q.end:
            return q
    return None


def _sentence_end_after(doc: Doc, char: int) -> int:
    """End of the sentence that holds the closing mark ending at `char`."""
    token = token_from(doc, char - 1)
    return token.sent.end_char if token is not None else len(text_of(doc))


def find_verb_reports(doc: Doc, quoted: list[QuotedSpan]) -> list[FoundQuote]:
    found = []
    text = text_of(doc)
    for verb in doc:
        info = speech_verb(verb)
        if info is None or is_negated(verb):
            continue
        # the tagger reads some verbs as nouns ("X juge que …"): a noun right before "que" is a verb
        if verb.pos_ not in ("VERB", "AUX") and not (
                verb.pos_ == "NOUN" and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in ("que", "qu'", "qu’")
                and doc[verb.i - 1].pos_ not in ("DET", "ADP") if verb.i > 0 else False):
            continue
        # "Il faut dire que", "veut dire que": an infinitive is not a report of its own;
        # "Rappelons que": an imperative is the journalist's own reasoning
        if "Inf" in verb.morph.get("VerbForm") or "Imp" in verb.morph.get("Mood"):
            continue
        if verb.pos_ == "AUX" and info.lemma not in ("dire",) and info.particle is None:
            continue
        opener = _complement_start(verb, info.frames)
        if opener is None:
            continue
        how, token = opener
        sent = verb.sent
        if how == "que":
            start = token.idx + len(token.text)
        elif how == "obj":
            start = verb.idx + len(verb.text)
            k = verb.i + 1
            while k < token.i and doc[k].lower_ in ("de", "d'", "d’", "que", "qu'", ":", "-t", "-il", "-elle"):
                k += 1
            start = doc[k].idx
        else:
            start = token.idx
        end = _clause_end(doc, token, sent)
        if how == "obj":
            quoted = [q for q in find_quoted(text, [(token.idx, sent.end_char)]) if q.open_at == token.idx]
            if not quoted:
                continue
            end = quoted[0].outer_end
        start, end = strip_span(text, start, end)
        if end - start < 3:
            continue
        kind = "mixed" if has_marks(text[start:end]) else "indirect"
        if how == "obj" and kind != "mixed":
            continue
        subject = speaker_of_verb(verb)
        if subject is not None and subject[0].pos_ != "PRON" and not is_actor_like(subject):
            continue  # "Les analyses indiquent que", "Une telle stratégie exige": evidence, not a speaker
        quote = _inside(quoted, verb.idx)
        if subject is not None and subject.text.lower() in FIRST_PERSON:
            continue  # "je pense que" inside a quote is the quoted speaker's own words
        if quote is not None:
            # a report inside a quotation is a nested report only when it names its speaker
            if subject is None or subject[0].pos_ == "PRON" or not is_actor_like(subject):
                continue
            end = min(end, quote.end)
        found.append(FoundQuote(start, end, kind, (cue_start(verb), verb.idx + len(verb.text)),
                                (subject.start_char, subject.end_char) if subject is not None else None,
                                0.55 + 0.35 * info.strength, verb=info))
    return found


def find_marker_reports(doc: Doc) -> list[FoundQuote]:
    found = []
    text = text_of(doc)
    for sent in doc.sents:
        for token in sent:
            marker = marker_at(doc, token.i)
            if marker is None:
                continue
            name, after = marker
            np_end = speaker_np_end(doc, after, sent.end)
            if np_end <= after:
                continue
            speaker = doc[after:np_end]
            cue = (token.idx, doc[after - 1].idx + len(doc[after - 1].text))
            before = text[journalist_prefix_end(text, sent.start_char, token.idx):token.idx]
            initial = not strip_span(text, sent.start_char, token.idx)[1] > strip_span(text, sent.start_char, token.idx)[0] \
                or bool(re.fullmatch(r"\s*(?:\d{1,2}(?:er)?\s+\w+\s+\d{4}\s*\.?\s*[-–—]+\s*)?(?:(?:mais|et|or|toutefois|cependant|enfin|ainsi|donc)\s*,?\s*)?", before, re.I))
            if name == "pour" and not (initial and np_end < sent.end and doc[np_end].text == "," and plausible_pour_speaker(speaker)):
                continue
            if initial and np_end < sent.end and doc[np_end].text == ",":
                # "Selon X, clause."; skip an apposition "Pour X, membre du …, clause"
                clause_from = _after_apposition(doc, np_end, sent.end)
                if clause_from >= sent.end:
                    continue
                start, end = strip_span(text, doc[clause_from].idx, sent.end_char)
            elif not initial and np_end >= sent.end - 1 and is_actor_like(speaker):
                # "clause, selon X."
                start, end = strip_span(text, sent.start_char, token.idx)
                start = after_headline_topic(text, start, end)
            elif not initial and doc[token.i - 1].text == "," and np_end < sent.end and doc[np_end].text == "," \
                    and is_actor_like(speaker):
                # "clause, selon X, clause": the report is the whole sentence but the incise
                start, end = strip_span(text, sent.start_char, sent.end_char)
                start = after_headline_topic(text, start, end)
            else:
                continue
            semi = text.find(" ; ", start, end)
            if semi > 0:
                end = semi
            if end - start < 8 or len(text[start:end].split()) < 3:
                continue
            kind = "mixed" if has_marks(text[start:end]) else "indirect"
            quoted = find_quoted(text, [(start - 2 if start >= 2 else 0, min(len(text), end + 2))])
            whole = [q for q in quoted if q.depth == 0 and q.open_at <= start + 1 and q.outer_end >= end - 1]
            if whole:
                kind, start, end = "direct", whole[0].start, whole[0].end
            found.append(FoundQuote(start, end, kind, cue, (speaker.start_char, speaker.end_char),
                                    0.8 if name != "pour" else 0.7, marker=name))
    return found


def _after_apposition(doc: Doc, comma: int, limit: int) -> int:
    """First token of the clause after "X," skipping a role apposition ("X, membre du service …,")."""
    i = comma + 1
    if i < limit and doc[i].pos_ == "DET":
        i += 1
    roles = role_nouns(pack_of(doc))
    if i < limit and (doc[i].lemma_.lower() in roles or doc[i].lower_ in roles):
        j = i
        while j < limit and doc[j].text != "," and doc[j].pos_ not in ("VERB", "AUX"):
            j += 1
        if j < limit and doc[j].text == ",":
            return j + 1
    return comma + 1


def find_incise_reports(doc: Doc, quoted: list[QuotedSpan]) -> list[FoundQuote]:
    """Reports whose cue follows the words: "La capture est un revers, affirme Rami Abd al-Rahman.",
    "« … », la question est de savoir « … » affirme-t-il." and "…, comme le précise X : « … »"."""
    found = []
    text = text_of(doc)
    for sent in doc.sents:
        for verb in sent:
            info = speech_verb(verb)
            if info is None or verb.pos_ not in ("VERB",) or is_negated(verb):
                continue
            i = verb.i - 1
            while i > sent.start and (doc[i].pos_ == "AUX" or doc[i].lower_ in ("-t", "t")):
                i -= 1
            comme = i > sent.start and doc[i].lower_ in ("le", "l'", "l’") and doc[i - 1].lower_ == "comme"
            if comme:
                i -= 1
                subject = np_after(doc, verb.i + 1, sent.end)
                if subject is None:
                    continue
            else:
                if "incise" not in info.frames or i <= sent.start or \
                        not (doc[i].text == "," or doc[i].text in QUOTE_CHARS and doc[i].text not in "«“„"):
                    continue
                subject = np_after(doc, verb.i + 1, sent.end)
                if subject is None:
                    continue
                rest = doc[subject.end:sent.end]
                if any(t.pos_ not in ("PUNCT", "SPACE") for t in rest):
                    continue
            cut = doc[i].idx + (len(doc[i].text) if doc[i].text in QUOTE_CHARS else 0)
            start, end = strip_span(text, sent.start_char, cut)
            start = after_headline_topic(text, start, end)
            content = text[start:end]
            if len(content.split()) < 4:
                continue
            single = [q for q in quoted if q.depth == 0 and q.open_at <= start and q.outer_end >= end]
            if single:
                continue  # one quotation with its incise: a direct quote, found from the marks
            kind = "mixed" if has_marks(content) else "indirect"
            found.append(FoundQuote(start, end, kind, (doc[i].idx if comme else cue_start(verb),
                                                       verb.idx + len(verb.text)),
                                    (subject.start_char, subject.end_char), 0.75, verb=info))
    return found
