"""Quotations: direct (« … »), indirect (X estime que …) and mixed, with their cue and speaker mention.

Finding works in a cascade, cheapest first, each step on what the previous left:
1. reports governed by a speech verb (que-clause, de/à + infinitive, quoted object);
2. reports introduced by a marker ("Selon X,", "d'après X", "Pour X,", "…, selon X.");
3. reports with a postposed incise and no quotation marks ("…, affirme X.");
4. quotations in marks, attributed by an incise after or inside them, a cue before
   a colon, a marker, or else continuing the previous quote.
The speaker is recorded as a mention (a token span); `speakers.py` resolves it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .lexicon import SpeechVerb, is_actor_like, role_nouns, speech_verb
from .quotemarks import QUOTE_CHARS, QuotedSpan, find_quoted

NEGATIONS = {"pas", "jamais", "guère", "point", "nullement", "aucunement"}
# Words that cannot follow "Pour" when it introduces a speaker ("Pour ma part", "Pour cela").
POUR_NOT_SPEAKER = {"ma", "sa", "ta", "notre", "votre", "leur", "cela", "ça", "ce", "ceci", "autant",
                    "l'instant", "le", "moment", "rappel", "mémoire", "preuve", "exemple", "autant",
                    "la", "les", "un", "une", "tous", "toutes", "tout", "beaucoup", "certains",
                    "rien", "combien", "quoi", "lui", "eux", "elle", "elles"}
SPEAKER_PRONOUNS = {"il", "elle", "ils", "elles", "on", "-il", "-elle", "-ils", "-elles", "-on",
                    "-t-il", "-t-elle", "-t-on", "qui", "nous", "je", "j'", "-je", "lui", "celui-ci",
                    "celle-ci", "ce dernier", "cette dernière"}
# Sentence connectors that belong to the journalist, not to the reported words.
CONNECTORS = re.compile(
    r"^(?:(?:mais|et|or|donc|ainsi|toutefois|cependant|néanmoins|pourtant|enfin|en outre|par ailleurs|"
    r"de plus|d['’]ailleurs|en effet|de son côté|de leur côté|quant à lui|quant à elle|également|aussi|"
    r"par contre|en revanche|dès lors)\s*,?\s+)+", re.I)
# "2 juillet 2012. - " datelines and "Topic : " headline prefixes are not reported words.
DATELINE = re.compile(r"^\s*\d{1,2}(?:er)?\s+\w+\s+\d{4}\s*\.?\s*[-–—]+\s*")
INTERVIEW_PREPS = {"à", "au", "aux", "sur", "dans"}
MARKERS = ("selon", "d'après", "d’après", "aux yeux de", "de l'avis de", "de l’avis de", "à en croire")


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


# ---------------------------------------------------------------- helpers

def _has_marks(text: str) -> bool:
    return any(ch in QUOTE_CHARS for ch in text)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, trailing punctuation (but not a quote's closing mark) and leading connectors."""
    while start < end and text[start] in " \t\n\u00a0,;:-–—":
        start += 1
    while end > start and text[end - 1] in " \t\n\u00a0,;:.-–—":
        end -= 1
    head = text[start:end]
    for pattern in (DATELINE, CONNECTORS):
        m = pattern.match(head)
        if m and m.end() < len(head):
            start += m.end()
            head = text[start:end]
    return start, end


def _is_negated(verb: Token) -> bool:
    return any(c.lower_ in NEGATIONS or (c.dep_ == "advmod" and c.lower_ in ("ne", "n'") and
                                           any(x.lower_ in NEGATIONS for x in verb.children))
               for c in verb.children)


def _subject(verb: Token, depth: int = 0) -> Span | None:
    """The subject of a speech verb as a span: nsubj, an inverted -il, a relative's antecedent, or the governing verb's."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and child.lower_ not in ("-t", "t", "il") or \
                (child.dep_ in ("nsubj", "expl:subj") and child.lower_ == "il" and child.i < verb.i):
            if child.lower_ == "qui" and verb.dep_.startswith("acl") and verb.head.pos_ in ("NOUN", "PROPN"):
                return _noun_phrase(verb.head)
            if child.lower_ in ("-t", "t"):
                continue
            phrase = _noun_phrase(child)
            if phrase[0].pos_ == "ADP" and (phrase[0].lower_ not in ("d'", "d’", "des") or
                                            any("Poss" in t.morph.get("Poss", []) or t.morph.get("Poss") for t in phrase[:3])):
                # "a de son côté dénoncé": a misparsed adverbial, not the subject
                return _subject_before(verb)
            return phrase
    for child in verb.children:  # inverted pronoun subject: "a-t-il précisé"
        if child.i > verb.i - 4 and child.lower_ in ("-il", "-elle", "-ils", "-elles", "-on", "il", "elle"):
            return doc[child.i:child.i + 1]
    if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in ("-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle"):
        return doc[verb.i + 1:verb.i + 2]
    if verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "-t":
        return doc[verb.i + 2:verb.i + 3]
    if depth < 3 and verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acl", "acl:relcl") and verb.head.i != verb.i:
        if verb.dep_.startswith("acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            phrase = _noun_phrase(verb.head)
            # "a de son côté dénoncé" parsed as a participle on "côté": not a speaker
            return phrase if phrase[0].pos_ != "ADP" else _subject_before(verb)
        return _subject(verb.head, depth + 1)
    return None


def _subject_before(verb: Token) -> Span | None:
    """The first noun phrase of the verb's sentence that is not inside a prepositional phrase."""
    doc = verb.doc
    candidates = [t for t in doc[verb.sent.start:verb.i] if t.pos_ in ("NOUN", "PROPN", "PRON")
                  and not any(x.pos_ == "ADP" for x in doc[max(verb.sent.start, t.left_edge.i):t.i])]
    for token in candidates:
        if token.dep_ in ("nsubj", "nsubj:pass"):
            return _noun_phrase(token)
    # misparsed: the noun phrase that opens the sentence
    first = doc[verb.sent.start]
    while first.i < verb.i and (first.is_space or first.pos_ in ("DET", "PUNCT")):
        first = doc[first.i + 1]
    if candidates and candidates[0].i == first.i and candidates[0].pos_ != "PRON":
        return _noun_phrase(candidates[0])
    return None


def _noun_phrase(head: Token) -> Span:
    """A subject's noun phrase, without relative clauses, and cut at the first comma after the head."""
    doc = head.doc
    left = head.left_edge.i
    right = head.i
    for token in head.subtree:
        if token.i > head.i and token.text in (",", "(", "«", '"', "»") or token.dep_ in ("acl:relcl",) or token.pos_ == "VERB":
            break
        if token.i > head.i:
            right = token.i
    left = min(left, head.i)
    while left < head.i and doc[left].pos_ == "PUNCT":
        left += 1
    return doc[left:right + 1]


def _np_after(doc: Doc, i: int, limit: int) -> Span | None:
    """The noun phrase that starts at token i (inverted subject of an incise), up to a comma or the end."""
    # skip the channel "à l'AFP", "sur Europe 1", "dans un entretien au Monde"
    while i < limit and doc[i].lower_ in INTERVIEW_PREPS:
        j = i + 1
        while j < limit and doc[j].text not in (",", ".") and not (doc[j].ent_type_ == "PER"):
            j += 1
        if j >= limit or doc[j].ent_type_ != "PER":
            break
        i = j
    while i < limit and doc[i].pos_ in ("ADV",) and doc[i].lower_ not in ("-il", "-elle"):
        i += 1
    j = i
    while j < limit and doc[j].text not in (",", ".", ";", ":", "(", "!", "?", "«", "»", '"') \
            and not (doc[j].pos_ in ("VERB", "AUX") and j > i and doc[j].ent_type_ == ""):
        j += 1
    return doc[i:j] if j > i else None


def _sentence_bounds(doc: Doc, char: int) -> tuple[Span, int, int]:
    token = doc.char_span(char, char + 1, alignment_mode="expand")
    sent = token.sent if token is not None else doc[:].sents.__next__()
    return sent, sent.start_char, sent.end_char


def _token_from(doc: Doc, char: int) -> Token | None:
    """The first token starting at or after a character offset."""
    starts = doc.user_data.get("ng_token_starts")
    if starts is None:
        starts = doc.user_data["ng_token_starts"] = [t.idx for t in doc]
    i = bisect.bisect_left(starts, char)
    return doc[i] if i < len(doc) else None


def _speaker_of_verb(verb: Token) -> Span | None:
    """The speaker of a speech verb; after "comme (le)" the subject is inverted ("comme le précise X")."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and (doc[k].pos_ == "AUX" or doc[k].lower_ in ("le", "l'", "l’")):
        k -= 1
    if k >= 0 and doc[k].lower_ == "comme":
        after = _np_after(doc, verb.i + 1, verb.sent.end)
        if after is not None:
            return after
    if verb.i > 0 and doc[verb.i - 1].lower_ == "en":
        # a gerund ("en affirmant que") shares the subject of its sentence
        return _subject_before(verb) or _subject(verb)
    return _subject(verb) or _subject_before(verb)


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


# ---------------------------------------------------------------- 1. speech verbs

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
        if steps == 0 and "que" in frames and token.pos_ in ("VERB", "AUX") and "Inf" in token.morph.get("VerbForm"):
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
    text = doc.text
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
    last = _token_from(doc, end - 1)
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
    token = _token_from(doc, char - 1)
    return token.sent.end_char if token is not None else len(doc.text)


def find_verb_reports(doc: Doc, quoted: list[QuotedSpan]) -> list[FoundQuote]:
    found = []
    text = doc.text
    for verb in doc:
        info = speech_verb(verb)
        if info is None or _is_negated(verb):
            continue
        # the tagger reads some verbs as nouns ("X juge que …"): a noun right before "que" is a verb
        if verb.pos_ not in ("VERB", "AUX") and not (
                verb.pos_ == "NOUN" and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in ("que", "qu'", "qu’")
                and doc[verb.i - 1].pos_ not in ("DET", "ADP") if verb.i > 0 else False):
            continue
        # "Il faut dire que", "veut dire que": an infinitive is not a report of its own
        if "Inf" in verb.morph.get("VerbForm"):
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
        start, end = _strip_span(text, start, end)
        if end - start < 3:
            continue
        kind = "mixed" if _has_marks(text[start:end]) else "indirect"
        if how == "obj" and kind != "mixed":
            continue
        subject = _speaker_of_verb(verb)
        quote = _inside(quoted, verb.idx)
        if subject is not None and subject.text.lower() in FIRST_PERSON:
            continue  # "je pense que" inside a quote is the quoted speaker's own words
        if quote is not None:
            # a report inside a quotation is a nested report only when it names its speaker
            if subject is None or subject[0].pos_ == "PRON" or not is_actor_like(subject):
                continue
            end = min(end, quote.end)
        cue_start = _cue_start(verb)
        found.append(FoundQuote(start, end, kind, (cue_start, verb.idx + len(verb.text)),
                                (subject.start_char, subject.end_char) if subject is not None else None,
                                0.55 + 0.35 * info.strength, verb=info))
    return found


def _cue_start(verb: Token) -> int:
    """Start of the cue: auxiliaries and the reflexive pronoun before the verb ("s'est dit", "a déclaré")."""
    doc = verb.doc
    i = verb.i
    while i - 1 >= 0 and (doc[i - 1].pos_ == "AUX" or doc[i - 1].lower_ in ("s'", "se", "s’", "-t", "-il", "-elle", "n'", "ne") or
                          (doc[i - 1].pos_ == "ADV" and i - 2 >= 0 and doc[i - 2].pos_ == "AUX")) \
            and verb.i - i < 4:
        i -= 1
    if i < verb.i and doc[i].lower_ in ("-t", "-il", "-elle"):
        i = verb.i
    return doc[i].idx


# ---------------------------------------------------------------- 2. markers

def _marker_at(doc: Doc, i: int) -> tuple[str, int] | None:
    """The attribution marker starting at token i and the index of the token after it."""
    low = doc[i].lower_
    if low == "selon":
        return "selon", i + 1
    if low in ("d'", "d’") and i + 1 < len(doc) and doc[i + 1].lower_ == "après":
        return "d'après", i + 2
    if low in ("d'après", "d’après"):
        return "d'après", i + 1
    if low == "aux" and i + 2 < len(doc) and doc[i + 1].lower_ == "yeux" and doc[i + 2].lower_ in ("de", "d'", "du", "des"):
        return "aux yeux de", i + 3 if doc[i + 2].lower_ in ("de", "d'") else i + 2
    if low == "à" and i + 2 < len(doc) and doc[i + 1].lower_ == "en" and doc[i + 2].lower_ == "croire":
        return "à en croire", i + 3
    if low == "pour":
        return "pour", i + 1
    return None


def _speaker_np(doc: Doc, i: int, limit: int) -> int:
    """End token (exclusive) of the speaker NP after a marker: up to a comma or the sentence end."""
    j = i
    while j < limit and doc[j].text not in (",", ".", ";", ":", "!", "?", "«", "»", '"') and j - i < 20:
        if doc[j].text == "(":  # "Pour l'ALN (Armée de Libération Nationale), …"
            close = next((k for k in range(j, min(limit, j + 12)) if doc[k].text == ")"), None)
            if close is None:
                return j
            j = close + 1
            continue
        if doc[j].pos_ in ("VERB", "AUX") and j > i and "Part" not in doc[j].morph.get("VerbForm"):
            return -1
        j += 1
    return j


def _plausible_pour_speaker(span: Span) -> bool:
    if not len(span) or span[0].lower_ in POUR_NOT_SPEAKER and not any(t.ent_type_ in ("PER", "ORG") for t in span):
        return False
    if span[0].pos_ in ("VERB", "AUX") or "Inf" in span[0].morph.get("VerbForm"):
        return False
    if any(t.ent_type_ in ("PER", "ORG") for t in span):
        return True
    roles = role_nouns()
    return any(t.lemma_.lower() in roles or t.lower_ in roles for t in span) or \
        any(t.pos_ == "PROPN" for t in span)


def find_marker_reports(doc: Doc) -> list[FoundQuote]:
    found = []
    text = doc.text
    for sent in doc.sents:
        for token in sent:
            marker = _marker_at(doc, token.i)
            if marker is None:
                continue
            name, after = marker
            np_end = _speaker_np(doc, after, sent.end)
            if np_end <= after:
                continue
            speaker = doc[after:np_end]
            cue = (token.idx, doc[after - 1].idx + len(doc[after - 1].text))
            before = text[_journalist_prefix_end(text, sent.start_char, token.idx):token.idx]
            initial = not _strip_span(text, sent.start_char, token.idx)[1] > _strip_span(text, sent.start_char, token.idx)[0] \
                or bool(re.fullmatch(r"\s*(?:\d{1,2}(?:er)?\s+\w+\s+\d{4}\s*\.?\s*[-–—]+\s*)?(?:(?:mais|et|or|toutefois|cependant|enfin|ainsi|donc)\s*,?\s*)?", before, re.I))
            if name == "pour" and not (initial and np_end < sent.end and doc[np_end].text == "," and _plausible_pour_speaker(speaker)):
                continue
            if initial and np_end < sent.end and doc[np_end].text == ",":
                # "Selon X, clause."; skip an apposition "Pour X, membre du …, clause"
                clause_from = _after_apposition(doc, np_end, sent.end)
                start, end = _strip_span(text, doc[clause_from].idx, sent.end_char)
            elif not initial and np_end >= sent.end - 1 and is_actor_like(speaker):
                # "clause, selon X."
                start, end = _strip_span(text, sent.start_char, token.idx)
                start = _after_headline_topic(text, start, end)
            elif not initial and doc[token.i - 1].text == "," and np_end < sent.end and doc[np_end].text == "," \
                    and is_actor_like(speaker):
                # "clause, selon X, clause": the report is the whole sentence but the incise
                start, end = _strip_span(text, sent.start_char, sent.end_char)
                start = _after_headline_topic(text, start, end)
            else:
                continue
            semi = text.find(" ; ", start, end)
            if semi > 0:
                end = semi
            if end - start < 8 or len(text[start:end].split()) < 3:
                continue
            kind = "mixed" if _has_marks(text[start:end]) else "indirect"
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
    roles = role_nouns()
    if i < limit and (doc[i].lemma_.lower() in roles or doc[i].lower_ in roles):
        j = i
        while j < limit and doc[j].text != "," and doc[j].pos_ not in ("VERB", "AUX"):
            j += 1
        if j < limit and doc[j].text == ",":
            return j + 1
    return comma + 1


def _after_headline_topic(text: str, start: int, end: int) -> int:
    """Skip a headline's "Topic : " prefix (a short verbless label before a colon)."""
    colon = text.find(" : ", start, end)
    if 0 < colon - start < 40 and not re.search(r"\b(?:est|a|ont|sont)\b", text[start:colon]):
        return colon + 3
    return start


# ---------------------------------------------------------------- 3. postposed incises

def find_incise_reports(doc: Doc, quoted: list[QuotedSpan]) -> list[FoundQuote]:
    """Reports whose cue follows the words: "La capture est un revers, affirme Rami Abd al-Rahman.",
    "« … », la question est de savoir « … » affirme-t-il." and "…, comme le précise X : « … »"."""
    found = []
    text = doc.text
    for sent in doc.sents:
        for verb in sent:
            info = speech_verb(verb)
            if info is None or verb.pos_ not in ("VERB",) or _is_negated(verb):
                continue
            i = verb.i - 1
            while i > sent.start and (doc[i].pos_ == "AUX" or doc[i].lower_ in ("-t", "t")):
                i -= 1
            comme = i > sent.start and doc[i].lower_ in ("le", "l'", "l’") and doc[i - 1].lower_ == "comme"
            if comme:
                i -= 1
                subject = _np_after(doc, verb.i + 1, sent.end)
                if subject is None:
                    continue
            else:
                if "incise" not in info.frames or i <= sent.start or \
                        not (doc[i].text == "," or doc[i].text in QUOTE_CHARS and doc[i].text not in "«“„"):
                    continue
                subject = _np_after(doc, verb.i + 1, sent.end)
                if subject is None:
                    continue
                rest = doc[subject.end:sent.end]
                if any(t.pos_ not in ("PUNCT", "SPACE") for t in rest):
                    continue
            cut = doc[i].idx + (len(doc[i].text) if doc[i].text in QUOTE_CHARS else 0)
            start, end = _strip_span(text, sent.start_char, cut)
            start = _after_headline_topic(text, start, end)
            content = text[start:end]
            if len(content.split()) < 4:
                continue
            single = [q for q in quoted if q.depth == 0 and q.open_at <= start and q.outer_end >= end]
            if single:
                continue  # one quotation with its incise: a direct quote, found from the marks
            kind = "mixed" if _has_marks(content) else "indirect"
            found.append(FoundQuote(start, end, kind, (doc[i].idx if comme else _cue_start(verb),
                                                       verb.idx + len(verb.text)),
                                    (subject.start_char, subject.end_char), 0.75, verb=info))
    return found


# ---------------------------------------------------------------- 4. quotations in marks

def _cue_after(doc: Doc, q: QuotedSpan) -> tuple[tuple[int, int], tuple[int, int] | None, SpeechVerb | None] | None:
    """An incise after the closing mark: "», explique la membre …", "» a-t-il précisé", "», selon X"."""
    start_tok = _token_from(doc, q.outer_end)
    if start_tok is None:
        return None
    i = start_tok.i
    while i < len(doc) and (doc[i].is_space or doc[i].text in (",", "-", "–", "—") or doc[i].text in QUOTE_CHARS):
        i += 1
    first = i
    limit = min(len(doc), first + 6)
    while i < limit:
        token = doc[i]
        marker = _marker_at(doc, i)
        if marker and marker[0] in ("selon", "d'après") and i == first:
            end = _speaker_np(doc, marker[1], token.sent.end)
            if end > marker[1]:
                return (token.idx, doc[marker[1] - 1].idx + len(doc[marker[1] - 1].text)), \
                    (doc[marker[1]].idx, doc[end - 1].idx + len(doc[end - 1].text)), None
        info = speech_verb(token)
        if info is not None and token.pos_ in ("VERB", "AUX", "NOUN", "ADJ", "PROPN") and not _is_negated(token):
            cue = (_cue_start(token) if _cue_start(token) >= doc[first].idx else doc[first].idx,
                   token.idx + len(token.text))
            # subject written between the mark and the verb: "», Poutine a déclaré"
            pre = doc[first:token.i]
            inverted = [t for t in pre if t.lower_ in ("-il", "-elle", "-ils", "-elles", "-on", "il", "elle")]
            if inverted:  # "» a-t-il précisé"
                return cue, (inverted[0].idx, inverted[0].idx + len(inverted[0].text)), info
            names = [t for t in pre if t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ != "aux"]
            if names and pre[0].pos_ not in ("AUX", "ADV"):
                return cue, (pre.start_char, doc[token.i - 1].idx + len(doc[token.i - 1].text)), info
            subject = _np_after(doc, token.i + 1, token.sent.end)
            if subject is None and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "-t":
                subject = doc[token.i + 2:token.i + 3]
            span = (subject.start_char, subject.end_char) if subject is not None else None
            return cue, span, info
        if token.pos_ not in ("AUX", "ADV", "PRON") and token.lower_ not in ("de", "son", "sa", "leur", "côté", "-t"):
            return None
        i += 1
    return None


def _incise_inside(doc: Doc, q: QuotedSpan) -> tuple[int, int, tuple[int, int], tuple[int, int], SpeechVerb] | None:
    """"« Moi, dit-il, j'ai l'impression … »": the incise splits the quote in two."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        info = speech_verb(token)
        if info is None or "incise" not in info.frames or token.i - 1 < span.start or doc[token.i - 1].text != ",":
            # allow an auxiliary: ", a-t-il ajouté,"
            if info is None or "incise" not in info.frames:
                continue
            k = token.i - 1
            while k > span.start and (doc[k].pos_ == "AUX" or doc[k].lower_ in ("-t", "-il", "-elle")):
                k -= 1
            if doc[k].text != ",":
                continue
        j = token.i + 1
        while j < span.end and doc[j].text != "," and j - token.i < 8:
            j += 1
        if j >= span.end or doc[j].text != ",":
            continue
        subject = doc[token.i + 1:j]
        if not len(subject) or not (subject[0].lower_ in SPEAKER_PRONOUNS or subject[0].lower_.startswith("-")
                                    or any(t.ent_type_ == "PER" for t in subject)):
            continue
        comma = token.i - 1
        while doc[comma].text != ",":
            comma -= 1
        left = _strip_quote_piece(doc.text, q.start, doc[comma].idx)
        right = _strip_quote_piece(doc.text, doc[j].idx + 1, q.end)
        return left[1], right[0], (_cue_start(token), token.idx + len(token.text)), (subject.start_char, subject.end_char), info
    return None


def _strip_quote_piece(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \u00a0\u202f,":
        start += 1
    while end > start and text[end - 1] in " \u00a0\u202f,":
        end -= 1
    return start, end


def _journalist_prefix_end(text: str, start: int, end: int) -> int:
    """Skip what precedes reported words but is not attribution: a dateline, a headline topic."""
    m = DATELINE.match(text[start:end])
    if m:
        start += m.end()
    return _after_headline_topic(text, start, end)


def _is_speech_act(verb: Token) -> bool:
    """A verb that reports an act of saying: finite, a compound past, a gerund, or a noun
    ("déclaration"); not a participle used as an adjective ("se sent lâchée : « … »")."""
    if verb.pos_ == "NOUN":
        return True
    form = verb.morph.get("VerbForm")
    if "Fin" in form or "Inf" in form:
        return True
    doc = verb.doc
    has_aux = any(c.dep_.startswith("aux") for c in verb.children) or \
        (verb.i > 0 and (doc[verb.i - 1].pos_ == "AUX" or doc[verb.i - 1].lower_ in ("en", "-il", "-elle")))
    return has_aux


def _cue_before(doc: Doc, q: QuotedSpan):
    """A cue before the opening mark: (cue, speaker, verb, strength) or None.

    strong: "X a déclaré : « … »", "Selon X, « … »", "comme le rappelle X, « … »";
    name:   "Barack Obama : « … »" (only a colon links a short naming prefix to the words);
    weak:   another verb before a colon ("la population se sent lâchée : « … »").
    """
    text = doc.text
    sent, s_start, _ = _sentence_bounds(doc, q.open_at)
    s_start = _journalist_prefix_end(text, s_start, q.open_at)
    pre = text[s_start:q.open_at]
    if not pre.strip():
        return None
    stripped = pre.rstrip()
    first = _token_from(doc, s_start)
    if stripped.endswith(":"):
        colon_tok = _token_from(doc, s_start + len(stripped) - 1)
        verbs = [t for t in doc[first.i:colon_tok.i] if speech_verb(t) is not None and t.pos_ == "VERB"
                 and not _is_negated(t) and _is_speech_act(t)]
        if verbs:
            verb = verbs[-1]
            subject = _speaker_of_verb(verb) if verb.pos_ != "NOUN" else None
            return ((_cue_start(verb), verb.idx + len(verb.text)),
                    (subject.start_char, subject.end_char) if subject is not None else None,
                    speech_verb(verb), "strong")
        prefix = doc[first.i:colon_tok.i]
        if 0 < len(prefix) <= 6 and any(t.ent_type_ in ("PER", "ORG") for t in prefix):
            names = [t for t in prefix if t.ent_type_ in ("PER", "ORG")]
            return None, (names[0].idx, names[-1].idx + len(names[-1].text)), None, "name"
        others = [t for t in prefix if t.pos_ == "VERB"]
        if others:
            verb = others[0]
            subject = _subject(verb)
            if subject is not None and is_actor_like(subject):
                return ((_cue_start(verb), verb.idx + len(verb.text)),
                        (subject.start_char, subject.end_char), None, "weak")
        return None
    if stripped.endswith(","):
        i = first.i
        while i < sent.end and doc[i].lower_ in ("mais", "et", "or", "toutefois", "enfin", "ainsi"):
            i += 1
        marker = _marker_at(doc, i)
        if marker is not None:
            end = _speaker_np(doc, marker[1], sent.end)
            if end > marker[1] and (marker[0] != "pour" or _plausible_pour_speaker(doc[marker[1]:end])):
                return ((doc[i].idx, doc[marker[1] - 1].idx + len(doc[marker[1] - 1].text)),
                        (doc[marker[1]].idx, doc[end - 1].idx + len(doc[end - 1].text)), None, "strong")
        if doc[i].lower_ == "comme":
            for t in doc[i:sent.end]:
                info = speech_verb(t)
                if info is not None:
                    subject = _np_after(doc, t.i + 1, sent.end)
                    return ((doc[i].idx, t.idx + len(t.text)),
                            (subject.start_char, subject.end_char) if subject is not None else None, info, "strong")
    return None


def _is_heading(text: str, q: QuotedSpan, paragraphs: list[tuple[int, int]]) -> bool:
    """A paragraph that is only a quotation with no sentence-final punctuation: an intertitle."""
    for p_start, p_end in paragraphs:
        if p_start <= q.open_at < p_end:
            outside = text[p_start:q.open_at] + text[q.outer_end:p_end]
            if outside.strip(" \u00a0.!?…") or p_start == 0 and False:
                return False
            inner = text[q.start:q.end].rstrip()
            repeated = text.count(inner[:60]) > 1
            return repeated or inner[-1:] not in ".!?…"
    return False


def _sentence_like(text: str) -> bool:
    words = text.split()
    first = text.lstrip("([ …-—")[:1]
    return (first.isupper() or first.isdigit()) and len(words) >= 2 or len(words) >= 6


def find_marked_quotes(doc: Doc, reports: list[FoundQuote]) -> list[FoundQuote]:
    text = doc.text
    paragraphs = doc._.paragraphs or [(0, len(text))]
    found = []
    covered = [(r.start, r.end) for r in reports]
    for q in find_quoted(text, paragraphs):
        if q.depth > 0:
            continue
        if any(s <= q.open_at and q.close_at < e + 1 for s, e in covered) or \
                any(s <= q.start and q.end <= e for s, e in covered):
            continue  # already part of a mixed report
        inner = text[q.start:q.end]
        if _is_heading(text, q, paragraphs):
            continue
        split = _incise_inside(doc, q)
        if split is not None:
            left_end, right_start, cue, speaker, info = split
            found.append(FoundQuote(q.start, left_end, "direct", cue, speaker, 0.9, verb=info))
            found.append(FoundQuote(right_start, q.end, "direct", cue, speaker, 0.9, verb=info))
            continue
        _, s_start, _ = _sentence_bounds(doc, q.open_at)
        s_start = _journalist_prefix_end(text, s_start, q.open_at)
        pre = text[s_start:q.open_at]
        before = _cue_before(doc, q)
        after = _cue_after(doc, q)
        if before is not None and before[3] in ("strong", "name"):
            cue, speaker, info, _ = before
            found.append(FoundQuote(q.start, q.end, "direct", cue, speaker, 0.85, verb=info))
            continue
        embedded = bool(pre.strip()) and not pre.rstrip().endswith((":", ".", "!", "?"))
        if embedded and after is None and before is None:
            # a long quotation inside a sentence with no cue continues the previous speaker:
            # set off by a comma it stands alone (direct); governed by the sentence it is mixed
            if len(inner.split()) >= 8:
                if pre.rstrip().endswith((",", "(", "—", "–")):
                    found.append(FoundQuote(q.start, q.end, "direct", None, None, 0.5, continuation=True))
                else:
                    found.append(FoundQuote(s_start + len(pre) - len(pre.lstrip()), q.outer_end, "mixed",
                                            None, None, 0.45, continuation=True))
            continue  # short: scare quotes, titles, names
        if embedded and not _sentence_like(inner):
            continue
        if after is not None:
            cue, speaker, info = after
            found.append(FoundQuote(q.start, q.end, "direct", cue, speaker, 0.9, verb=info))
            continue
        if before is not None:
            cue, speaker, info, _ = before
            found.append(FoundQuote(q.start, q.end, "direct", cue, speaker, 0.7, verb=info))
            continue
        if pre.strip() and not pre.rstrip().endswith((":", ".", "!", "?")):
            continue
        if not _sentence_like(inner) or len(inner.split()) < 3:
            continue
        found.append(FoundQuote(q.start, q.end, "direct", None, None, 0.5, continuation=True))
    return found


# ---------------------------------------------------------------- all together

def _overlap(a: FoundQuote, b: FoundQuote) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def find_quotes(doc: Doc) -> list[FoundQuote]:
    """Every quotation of the Doc, in text order, continuations linked to the quote they continue."""
    quoted = find_quoted(doc.text, doc._.paragraphs or [(0, len(doc.text))])
    verbs = find_verb_reports(doc, quoted)
    markers = find_marker_reports(doc)
    incises = find_incise_reports(doc, quoted)
    reports: list[FoundQuote] = []
    for candidate in sorted(verbs + markers + incises, key=lambda r: -r.confidence):
        clash = [r for r in reports if _overlap(r, candidate) > 0]
        nested = all((r.start <= candidate.start and candidate.end <= r.end) or
                     (candidate.start <= r.start and r.end <= candidate.end) for r in clash)
        same = any(abs(r.start - candidate.start) < 3 and abs(r.end - candidate.end) < 3 for r in clash)
        if clash and (not nested or same):
            continue
        reports.append(candidate)
    # a report nested inside another keeps both layers (guidelines: nested reports)
    marked = find_marked_quotes(doc, reports)
    quotes = sorted(reports + marked, key=lambda r: (r.start, -r.end))
    _link_continuations(doc, quotes)
    return [q for q in quotes if not (q.continuation and q.speaker_from is None and q.speaker is None)]


def _paragraph_of(paragraphs: list[tuple[int, int]], pos: int) -> int:
    for k, (s, e) in enumerate(paragraphs):
        if s <= pos < e:
            return k
    return len(paragraphs)


def _link_continuations(doc: Doc, quotes: list[FoundQuote]) -> None:
    paragraphs = doc._.paragraphs or [(0, len(doc.text))]
    previous: FoundQuote | None = None
    for quote in quotes:
        if quote.continuation:
            if previous is not None and \
                    _paragraph_of(paragraphs, quote.start) - _paragraph_of(paragraphs, previous.end) <= 2:
                quote.speaker_from = previous
                quote.cue = previous.cue
                quote.confidence = min(0.75, previous.confidence)
            continue
        if quote.speaker is not None or quote.cue is not None:
            previous = quote
