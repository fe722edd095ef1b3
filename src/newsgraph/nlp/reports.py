"""Reported speech governed by a cue: speech verbs, attribution markers and postposed incises.

1. a speech verb with a que-clause, de/à + infinitive, a bare infinitive or a quoted object;
2. a marker: "Selon X, …", "d'après X", "Pour X, …", "…, selon X.";
3. a postposed incise with no quotation marks: "…, affirme X.", "…, comme le précise X".
Each finder returns FoundQuote records with the speaker as a mention; speakers.py resolves it.
The quotations of the Doc are paired once (`quotemarks.find_quoted`) and passed in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..lang import LanguagePack
from .context import pack_of
from .lexicon import (SpeechVerb, frames_of_kind, function_words, has_frame, is_actor_like, pronoun_forms,
                      role_nouns, speech_verb)
from .quotemarks import QUOTE_CHARS, QuotedSpan, opening_between

# marks that only open a quotation
OPENING_MARKS = frozenset("«“„‘")
from .syntax import (after_as, after_headline_topic, cue_start, has_marks, inverted_pronouns, is_negated,
                     journalist_prefix_end, marker_at, np_after, plausible_marker_speaker, speaker_np_end,
                     speaker_of_verb, strip_span, subject_of, token_from)
from .textutil import text_of


@dataclass(slots=True)
class FoundQuote:
    """A quotation found in the text, with its cue and speaker mention as char spans."""
    start: int
    end: int
    type: str                              # direct | indirect | mixed
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None        # char span of the speaker mention
    confidence: float
    continuation: bool = False
    marker: str | None = None              # the attribution marker that introduced it ("selon"…)
    verb: SpeechVerb | None = None
    speaker_from: "FoundQuote | None" = None  # the quote a continuation inherits from


def _words_at(doc: Doc, i: int, phrase: str) -> bool:
    """Do the tokens from i spell a multi-word form of the pack ("à ce")?"""
    words = phrase.split()
    return i + len(words) <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(words))


def parsed_complement(verb: Token) -> Token | None:
    """The head of the clause the parser attaches after a speech verb as its complement ("said
    [that] the plan works", "told reporters the plan works", "urged them to vote"), or None. A
    complement that opens with a quotation mark is a quoted object, read on the surface."""
    pack = pack_of(verb.doc)
    labels = pack.label("clausal_complement") + pack.label("open_complement")
    for child in verb.children:
        if child.dep_ in labels and child.i > verb.i:
            first = child.left_edge
            if first.i <= verb.i or first.text in QUOTE_CHARS or first.sent != verb.sent:
                return None
            return child
    return None


def _complement_end(doc: Doc, head: Token, quoted: list[QuotedSpan]) -> int:
    """End char of a parsed complement: its subtree, without final punctuation, and on to the end
    of a quotation it opens."""
    last = head.right_edge
    while last.i > head.i and last.is_punct and last.text not in QUOTE_CHARS:
        last = doc[last.i - 1]
    end = last.idx + len(last.text)
    for q in opening_between(quoted, head.left_edge.idx, end):
        if q.depth == 0 and end < q.outer_end:
            end = min(q.outer_end, head.sent.end_char)
    return end


def parsed_object(verb: Token, info: SpeechVerb) -> Token | None:
    """The head of what a verb of an object frame reports or judges: its direct object ("cited the
    polls") or the object of a preposition its frame names ("called for an inquiry")."""
    pack = pack_of(verb.doc)
    objects = pack.label("object")
    after = frozenset().union(*(f.words for f in frames_of_kind(info, pack, "object_after")))
    nouns = pack.label("prepositional_object") if after else ()
    for child in verb.children:
        if child.i <= verb.i or child.sent != verb.sent:
            continue
        if child.dep_ in objects and has_frame(info, pack, "object"):
            return child
        if child.lower_ in after:
            for noun in child.children:
                if noun.dep_ in nouns or noun.pos_ in ("NOUN", "PROPN", "PRON", "VERB"):
                    return noun
    return None


def _object_end(doc: Doc, verb: Token, head: Token, quoted: list[QuotedSpan]) -> int:
    """End char of a reported object: its subtree and the predicate that follows it ("called the
    remarks dangerous", "urged supporters to vote")."""
    end = _complement_end(doc, head, quoted)
    predicates = pack_of(doc).label("open_complement") + pack_of(doc).label("object_predicate")
    for child in verb.children:
        if child.dep_ in predicates and child.i > head.i:
            end = max(end, _complement_end(doc, child, quoted))
    return end


def _complement_start(verb: Token, info: SpeechVerb) -> tuple[str, Token] | None:
    """The complementiser or infinitive that opens the reported content of a speech verb, and the
    kind of frame it opens (clause, complement, infinitive, infinitive_after, quoted_object, object)."""
    opener = _surface_complement(verb, info)
    if opener is None and (has_frame(info, pack_of(verb.doc), "object")
                           or has_frame(info, pack_of(verb.doc), "object_after")):
        head = parsed_object(verb, info)
        if head is not None:
            return "object", head
    return opener


def _surface_complement(verb: Token, info: SpeechVerb) -> tuple[str, Token] | None:
    doc = verb.doc
    pack = pack_of(doc)
    if has_frame(info, pack, "complement"):
        head = parsed_complement(verb)
        if head is not None:
            return "complement", head
    complementizers = function_words(pack, "complementizer")
    clause_words = frozenset().union(*(f.words for f in frames_of_kind(info, pack, "clause")))
    prepositions = frozenset().union(*(f.words for f in frames_of_kind(info, pack, "infinitive_after")))
    sent_end = verb.sent.end
    i = verb.i + 1
    if info.particle:  # "faire savoir que": the particle is part of the verb
        i += len(info.particle.split())
    steps = 0
    saw_noun = False
    while i < sent_end and steps < 16:
        token = doc[i]
        low = token.lower_
        if token.pos_ in ("NOUN", "PROPN") and token.text not in QUOTE_CHARS:
            saw_noun = True
        if steps == 0 and has_frame(info, pack, "infinitive") and token.pos_ in ("VERB", "AUX") and \
                "Inf" in token.morph.get("VerbForm"):
            return "infinitive", token  # "a affirmé avoir vu", "ont raconté être"
        for lead in function_words(pack, "complementizer_lead"):  # "se félicite de ce que"
            after = i + len(lead.split())
            if _words_at(doc, i, lead) and after < sent_end and doc[after].lower_ in complementizers:
                return "clause", doc[after]
        if low in clause_words and token.pos_ != "PRON":
            if doc[i - 1].lower_ in function_words(pack, "not_complementizer_after"):
                return None  # "ainsi que", "plus que", "avant que"
            return "clause", token
        if low in prepositions:
            k = i + 1
            while k < sent_end and doc[k].pos_ in ("PRON", "ADV") and doc[k].lower_ not in complementizers:
                k += 1
            if k < sent_end and doc[k].pos_ in ("VERB", "AUX") and "Inf" in doc[k].morph.get("VerbForm"):
                return "infinitive_after", doc[i + 1]
        participle = token.pos_ == "ADJ" or "Part" in token.morph.get("VerbForm")
        if low == ":" or (token.pos_ in ("VERB",) and token.i != verb.i and not participle) or \
                low in (";", ".", "!", "?"):
            return None
        if token.text in QUOTE_CHARS:
            return ("quoted_object", token) if has_frame(info, pack, "quoted_object") and not saw_noun else None
        i += 1
        steps += 1
    return None


def _clause_end(doc: Doc, first: Token, sent: Span, quoted: list[QuotedSpan]) -> int:
    """End char of a reported clause: the sentence end (or the end of a quotation it opens),
    or a colon before a quotation, or a semicolon."""
    end_tok = sent.end - 1
    text = text_of(doc)
    end = doc[end_tok].idx + len(doc[end_tok].text)
    for q in opening_between(quoted, first.idx, end):
        if q.depth == 0 and end < q.outer_end:
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
    pack = pack_of(doc)
    clitics = function_words(pack, "euphonic") | inverted_pronouns(pack)
    i = last.i
    while i > 0 and doc[i].idx > start:
        if doc[i].text == ",":
            j = i + 1
            while j < len(doc) and (doc[j].pos_ == "AUX" or doc[j].lower_ in clitics):
                j += 1
            if j < len(doc) and speech_verb(doc[j]) is not None and doc[j].idx < end and \
                    not any(t.pos_ in ("VERB", "AUX") for t in doc[j + 1:last.i + 1]):
                return doc[i].idx
            return end
        i -= 1
    return end


def _inside(spans: list[QuotedSpan], position: int) -> QuotedSpan | None:
    """The top-level quotation whose words hold a position."""
    for q in opening_between(spans, 0, position):
        if q.depth == 0 and q.start <= position < q.end:
            return q
    return None


def _sentence_end_after(doc: Doc, char: int) -> int:
    """End of the sentence that holds the closing mark ending at `char`."""
    token = token_from(doc, char - 1)
    return token.sent.end_char if token is not None else len(text_of(doc))


def _first_person(pack: LanguagePack) -> frozenset[str]:
    """"je", "nous", "vous"…: inside a quotation, the quoted speaker's own words."""
    return pronoun_forms(pack, person=("1", "2"))


def find_verb_reports(doc: Doc, quoted: list[QuotedSpan]) -> list[FoundQuote]:
    found = []
    text = text_of(doc)
    pack = pack_of(doc)
    complementizers = function_words(pack, "complementizer")
    object_lead = function_words(pack, "quoted_object_lead") | function_words(pack, "euphonic") | \
        inverted_pronouns(pack) | {":"}
    for verb in doc:
        info = speech_verb(verb)
        if info is None or is_negated(verb):
            continue
        # the tagger reads some verbs as nouns ("X juge que …"): a noun right before "que" is a verb
        if verb.pos_ not in ("VERB", "AUX") and not (
                verb.pos_ == "NOUN" and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in complementizers
                and doc[verb.i - 1].pos_ not in ("DET", "ADP") if verb.i > 0 else False):
            continue
        # "Il faut dire que", "veut dire que": an infinitive is not a report of its own;
        # "Rappelons que": an imperative is the journalist's own reasoning
        if "Inf" in verb.morph.get("VerbForm") or "Imp" in verb.morph.get("Mood"):
            continue
        if verb.pos_ == "AUX" and info.lemma not in function_words(pack, "auxiliary_speech_verb") and \
                info.particle is None:
            continue
        opener = _complement_start(verb, info)
        if opener is None:
            continue
        how, token = opener
        sent = verb.sent
        if how == "object":
            start = token.left_edge.idx
        elif how == "complement":
            # a complementizer that opens the parsed clause is the cue's, not the content's
            first = token.left_edge
            start = doc[first.i + 1].idx if first.lower_ in complementizers and first.i + 1 < sent.end \
                else first.idx
        elif how == "clause":
            start = token.idx + len(token.text)
        elif how == "quoted_object":
            k = verb.i + 1
            while k < token.i and doc[k].lower_ in object_lead:
                k += 1
            start = doc[k].idx
        else:
            start = token.idx
        end = _clause_end(doc, token, sent, quoted)
        if how == "complement":
            end = min(end, _complement_end(doc, token, quoted))
        elif how == "object":
            end = min(end, _object_end(doc, verb, token, quoted))
        if how == "quoted_object":
            quotation = next(iter(opening_between(quoted, token.idx, token.idx + 1)), None)
            if quotation is None:
                continue
            # the object ends with its quotation, or with the sentence when the mark stays open
            end = min(quotation.outer_end, sent.end_char)
        start, end = strip_span(doc, start, end)
        if end - start < 3:
            continue
        kind = "mixed" if has_marks(text[start:end]) else "indirect"
        if how == "quoted_object" and kind != "mixed":
            continue
        subject = speaker_of_verb(verb)
        if subject is not None and subject[0].pos_ != "PRON" and not is_actor_like(subject):
            continue  # "Les analyses indiquent que", "Une telle stratégie exige": evidence, not a speaker
        quote = _inside(quoted, verb.idx)
        if subject is not None and subject.text.lower() in _first_person(pack):
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


@cache
def _sentence_opening(pack: LanguagePack) -> re.Pattern[str]:
    """What may precede a marker that opens its sentence: spaces and one connector ("Mais selon X")."""
    words = sorted(function_words(pack, "clause_opener"), key=lambda w: (-len(w), w))
    return re.compile(r"\s*(?:(?:" + "|".join(re.escape(w) for w in words) + r")\s*,?\s*)?", re.I)


def _opens_sentence(doc: Doc, before: str) -> bool:
    """Is `before` (the text between the sentence start and a marker) only a dateline and a connector?"""
    pack = pack_of(doc)
    dateline = pack.pattern("dateline").match(before)
    rest = before[dateline.end():] if dateline else before
    return bool(_sentence_opening(pack).fullmatch(rest))


def find_marker_reports(doc: Doc, quoted: list[QuotedSpan]) -> list[FoundQuote]:
    found = []
    text = text_of(doc)
    for sent in doc.sents:
        for token in sent:
            at = marker_at(doc, token.i)
            if at is None:
                continue
            marker, after = at
            np_end = speaker_np_end(doc, after, sent.end)
            if np_end <= after:
                continue
            speaker = doc[after:np_end]
            cue = (token.idx, doc[after - 1].idx + len(doc[after - 1].text))
            before = text[journalist_prefix_end(doc, sent.start_char, token.idx):token.idx]
            lead = strip_span(doc, sent.start_char, token.idx)
            initial = not lead[1] > lead[0] or _opens_sentence(doc, before)
            if marker.ambiguous and not (initial and np_end < sent.end and doc[np_end].text == ","
                                         and plausible_marker_speaker(speaker)):
                continue
            if initial and np_end < sent.end and doc[np_end].text == ",":
                # "Selon X, clause."; skip an apposition "Pour X, membre du …, clause"
                clause_from = _after_apposition(doc, np_end, sent.end)
                if clause_from >= sent.end:
                    continue
                start, end = strip_span(doc, doc[clause_from].idx, sent.end_char)
            elif not initial and np_end >= sent.end - 1 and is_actor_like(speaker):
                # "clause, selon X."
                start, end = strip_span(doc, sent.start_char, token.idx)
                start = after_headline_topic(doc, start, end)
                if _has_own_cue(doc, sent.start, token.i, quoted):
                    continue  # '"…," Putin said, according to Reuters': the words are Putin's; X is a source
            elif not initial and doc[token.i - 1].text == "," and np_end < sent.end and doc[np_end].text == "," \
                    and is_actor_like(speaker):
                # "clause, selon X, clause": the report is the whole sentence but the incise
                start, end = strip_span(doc, sent.start_char, sent.end_char)
                start = after_headline_topic(doc, start, end)
            else:
                continue
            semi = text.find(" ; ", start, end)
            if semi > 0:
                end = semi
            if end - start < 8 or len(text[start:end].split()) < 3:
                continue
            kind = "mixed" if has_marks(text[start:end]) else "indirect"
            # the reported words are one whole quotation (its marks within two characters)
            whole = [q for q in opening_between(quoted, max(0, start - 2), start + 2)
                     if end - 1 <= q.outer_end <= end + 2]
            if whole:
                kind, start, end = "direct", whole[0].start, whole[0].end
            found.append(FoundQuote(start, end, kind, cue, (speaker.start_char, speaker.end_char),
                                    0.7 if marker.ambiguous else 0.8, marker=marker.name))
    return found


def _has_own_cue(doc: Doc, start: int, end: int, quoted: list[QuotedSpan]) -> bool:
    """Do tokens [start, end) hold a quotation followed by its own incise ("« … », a déclaré X",
    '"…," Putin said'), or words and the incise verb that reports them after a comma?"""
    if start >= end:
        return False
    first, last = doc[start].idx, doc[end - 1].idx
    closes = [q.outer_end for q in opening_between(quoted, first, last) if q.depth == 0]
    if any(t.pos_ in ("VERB", "AUX") and speech_verb(t) is not None and
           any(c <= t.idx for c in closes) and _inside(quoted, t.idx) is None
           for t in doc[start:end]):
        return True
    # without marks: "The talks went well, Putin said on Tuesday, according to the BBC", when the
    # parse ties the verb to the clause before the comma as what it reports
    pack = pack_of(doc)
    links = pack.label("clausal_complement") + pack.label("parataxis")
    comma = next((t.i for t in doc[start:end] if t.text == ","), None)
    return comma is not None and any(
        t.pos_ == "VERB" and t.i > comma and _inside(quoted, t.idx) is None and not is_negated(t) and
        (info := speech_verb(t)) is not None and has_frame(info, pack, "incise") and
        (any(c.dep_ in links and c.i < comma for c in t.children) or t.dep_ in links and t.head.i < comma)
        for t in doc[comma + 1:end])


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


def _reports_clause_before(verb: Token, subject: Span, *, around: bool = False) -> bool:
    """Does the parse tie the verb to a clause before its subject, as the words it reports ("The
    economy is improving, the senator said": "improving" is its clausal complement; "…, he said, …"
    hangs as a parenthetical on the clause around it)? An adverbial before a plain clause
    ("In Virginia, where …, Allen conceded defeat") is not reported."""
    pack = pack_of(verb.doc)
    links = pack.label("clausal_complement") + pack.label("parataxis")
    if any(c.dep_ in links and c.i < subject.start for c in verb.children):
        return True
    if around and verb.dep_ in pack.label("parataxis"):
        return True  # a parenthetical inside the clause it reports, wherever the parser hangs it
    return verb.dep_ in links and verb.head.i < subject.start


def _closes_words(token: Token) -> bool:
    """A comma or a closing quotation mark: what separates reported words from their incise."""
    return token.text == "," or token.text in QUOTE_CHARS and token.text not in OPENING_MARKS


def find_incise_reports(doc: Doc, quoted: list[QuotedSpan]) -> list[FoundQuote]:
    """Reports whose cue follows the words: "La capture est un revers, affirme Rami Abd al-Rahman.",
    "« … », la question est de savoir « … » affirme-t-il." and "…, comme le précise X : « … »"."""
    found = []
    text = text_of(doc)
    pack = pack_of(doc)
    euphonic = function_words(pack, "euphonic")
    clitics = function_words(pack, "neuter_clitic")
    subjects = pack.label("subject")
    for sent in doc.sents:
        for verb in sent:
            info = speech_verb(verb)
            if info is None or verb.pos_ not in ("VERB",) or is_negated(verb):
                continue
            i = verb.i - 1
            while i > sent.start and (doc[i].pos_ == "AUX" or doc[i].lower_ in euphonic):
                i -= 1
            comme = i > sent.start and doc[i].lower_ in clitics and after_as(doc, i - 1)
            if comme:
                i -= 1
                subject = np_after(doc, verb.i + 1, sent.end)
                if subject is None:
                    continue
            else:
                if not has_frame(info, pack, "incise") or i <= sent.start:
                    continue
                if _closes_words(doc[i]):  # inverted: "…, affirme X.", "…, said Mr. X."
                    if any(c.dep_ in subjects and c.i < verb.i and c.pos_ in ("NOUN", "PROPN", "PRON")
                           for c in verb.children):
                        continue  # its subject stands before it, past the comma: not inverted (a
                        # number the parser took for a subject, a dateline's day, does not count)
                    subject = np_after(doc, verb.i + 1, sent.end)
                    if subject is None:
                        continue
                    rest = doc[subject.end:sent.end]
                    if any(t.pos_ not in ("PUNCT", "SPACE") for t in rest):
                        continue
                else:  # the subject before its verb: "…, sources said.", "…, he said, …"
                    subject = subject_of(verb)
                    if subject is None or subject.end != i + 1 or subject.start - 1 <= sent.start or \
                            not _closes_words(doc[subject.start - 1]):
                        continue
                    last = min(verb.right_edge.i, sent.end - 1)
                    if any(t.pos_ in ("VERB", "AUX") and marker_at(doc, t.i) is None
                           for t in doc[verb.i + 1:last + 1]):
                        continue  # a clause of its own after the verb ("according to" aside): not an incise
                    i = subject.start - 1
                    rest = doc[last + 1:sent.end]
                    around = any(t.pos_ not in ("PUNCT", "SPACE") for t in rest)
                    if not _reports_clause_before(verb, subject, around=around) or _inside(quoted, verb.idx):
                        continue  # inside a quotation, "…, we said, …" is the quoted speaker's words
                    if around:
                        if doc[last].text != ",":
                            continue
                        # "…, he said, local officials …": the words run on past the incise
                        start, end = strip_span(doc, sent.start_char, sent.end_char)
                        found.append(FoundQuote(start, end, "mixed" if has_marks(text[start:end]) else "indirect",
                                                (cue_start(verb), verb.idx + len(verb.text)),
                                                (subject.start_char, subject.end_char), 0.7, verb=info))
                        continue
            cut = doc[i].idx + (len(doc[i].text) if doc[i].text in QUOTE_CHARS else 0)
            start, end = strip_span(doc, sent.start_char, cut)
            start = after_headline_topic(doc, start, end)
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
