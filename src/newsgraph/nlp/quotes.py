"""Quotations: direct (« … »), indirect (X estime que …) and mixed, with their cue and speaker mention.

`find_quotes` runs a cascade, each step on what the previous left:
1. reported speech governed by a cue (`reports.py`): speech verbs, markers, postposed incises;
2. quotations in marks not already inside a report, attributed by an incise after or inside
   them, a cue before a colon, a marker, or else continuing the previous quote.
The speaker is recorded as a mention (a char span); `speakers.py` resolves it. Quotation marks
are paired once per Doc, here, and the pairs passed to every finder.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .as_incises import find_as_incise_reports
from .attitudes import find_attitude_reports
from .colon_labels import named_label, prefix_end
from .context import pack_of
from .headline_quotes import find_headline_quote
from .lexicon import SpeechVerb, function_words, has_frame, is_actor_like, pronoun_forms, speech_verb
from .quotemarks import QUOTE_CHARS, QuotedSpan, find_quoted
from .quoted_speakers import names_a_speaker
from .incise_reports import cue_opening_after_mark, find_incise_reports
from .reports import FoundQuote, find_marker_reports, find_verb_reports
from .sentence_reports import stretch_report_into
from .syntax import (after_as, cue_start, labels, inverted_pronouns, is_negated, is_speech_act, journalist_prefix_end,
                     noun_phrase, subject_labels,
                     marker_at, np_after, plausible_marker_speaker, sentence_bounds, speaker_np_end,
                     speaker_of_verb, speaker_pronouns, subject_of, third_person_subject_pronouns, token_from)
from .textutil import text_of
from .uncued_quotes import named_subject_after
from .univocal import cut_before_relative_reports


# parts of speech of the words of a noun phrase written before its verb, and the marks inside a name
SUBJECT_WORDS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PART"})
NAME_JOINERS = frozenset({"-", "‐"})
# what closes a sentence inside the marks (a question or an exclamation may still take a subject
# incise in English: '"Why?" Mr. Smith asked')
SENTENCE_END = frozenset({".", "…"})


def _cue_after(doc: Doc, q: QuotedSpan) -> tuple[tuple[int, int], tuple[int, int] | None, SpeechVerb | None] | None:
    """An incise after the closing mark: "», explique la membre …", "» a-t-il précisé", "», selon X"."""
    start_tok = token_from(doc, q.outer_end)
    if start_tok is None:
        return None
    pack = pack_of(doc)
    euphonic = function_words(pack, "euphonic")
    fillers = function_words(pack, "incise_filler") | euphonic
    subjects = third_person_subject_pronouns(pack)
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
    # room for a subject written before the verb: '", Mr. Guajardo Villarreal told me'
    limit = min(len(doc), first + 10)
    while i < limit:
        token = doc[i]
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
        if info is not None and token.pos_ in ("VERB", "AUX", "NOUN", "ADJ", "PROPN") and not is_negated(token):
            cue = (cue_start(token) if cue_start(token) >= doc[first].idx else doc[first].idx,
                   token.idx + len(token.text))
            # subject written between the mark and the verb: "», Poutine a déclaré"
            pre = doc[first:token.i]
            inverted = [t for t in pre if t.lower_ in subjects]
            if inverted:  # "» a-t-il précisé"
                return cue, (inverted[0].idx, inverted[0].idx + len(inverted[0].text)), info
            names = [t for t in pre if t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ not in auxiliary and
                     t.lower_ not in function_words(pack, "reflexive")]  # (no subject: "», s'indigne-t-il")
            if names and new_sentence:
                return None
            if names and pre[0].pos_ not in ("AUX", "ADV"):
                return cue, (pre.start_char, doc[token.i - 1].idx + len(doc[token.i - 1].text)), info
            subject = np_after(doc, token.i + 1, token.sent.end)
            if subject is None and token.i + 2 < len(doc) and doc[token.i + 1].lower_ in euphonic:
                subject = doc[token.i + 2:token.i + 3]
            span = (subject.start_char, subject.end_char) if subject is not None else None
            return cue, span, info
        # what may stand between the mark and the verb: auxiliaries, adverbs, pronouns, fillers, and
        # the words of a subject noun phrase ('", Poutine a déclaré', '," the senator said')
        if (i > first and token.is_sent_start) or token.pos_ not in ("AUX", "ADV", "PRON") and \
                token.lower_ not in fillers and not (token.pos_ in SUBJECT_WORDS or token.text in NAME_JOINERS
                                                     and i > first):
            break
        i += 1
    return _subject_then_verb(doc, first) if first < len(doc) and not new_sentence else None


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


def _incise_inside(doc: Doc, q: QuotedSpan) -> tuple[int, int, tuple[int, int], tuple[int, int], SpeechVerb] | None:
    """"« Moi, dit-il, j'ai l'impression … »": the incise splits the quote in two."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    pack = pack_of(doc)
    clitics = function_words(pack, "euphonic") | inverted_pronouns(pack)
    pronouns = speaker_pronouns(pack)
    for token in span:
        info = speech_verb(token)
        incise = info is not None and has_frame(info, pack, "incise")
        if not incise or token.i - 1 < span.start or doc[token.i - 1].text != ",":
            # allow an auxiliary: ", a-t-il ajouté,"
            if not incise:
                continue
            k = token.i - 1
            while k > span.start and (doc[k].pos_ == "AUX" or doc[k].lower_ in clitics):
                k -= 1
            if doc[k].text != ",":
                continue
        j = token.i + 1
        while j < span.end and doc[j].text != "," and j - token.i < 8:
            j += 1
        if j >= span.end or doc[j].text != ",":
            continue
        subject = doc[token.i + 1:j]
        if not len(subject) or not (subject[0].lower_ in pronouns or subject[0].lower_.startswith("-")
                                    or any(t.ent_type_ == "PER" for t in subject)):
            continue
        comma = token.i - 1
        while doc[comma].text != ",":
            comma -= 1
        left = _strip_quote_piece(text_of(doc), q.start, doc[comma].idx)
        right = _strip_quote_piece(text_of(doc), doc[j].idx + 1, q.end)
        cue = (cue_start(token), token.idx + len(token.text))
        return left[1], right[0], cue, (subject.start_char, subject.end_char), info
    return None


def _strip_quote_piece(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \u00a0\u202f,":
        start += 1
    while end > start and text[end - 1] in " \u00a0\u202f,":
        end -= 1
    return start, end


def _speech_verbs(words) -> list:
    return [t for t in words if speech_verb(t) is not None and t.pos_ == "VERB"
            and not is_negated(t) and is_speech_act(t)]


def _cue_in_paragraph_before(doc: Doc, q: QuotedSpan):
    """A quotation that opens its paragraph after a paragraph ending in a speech verb and a colon:
    'The Times reports:' / '"In an illustration of …"' (a block quotation). Read only when the words
    fill their paragraph (a quotation followed by its own incise is attributed there)."""
    text = text_of(doc)
    paragraphs = doc._.paragraphs or []
    k = _paragraph_of(paragraphs, q.open_at)
    if k == 0 or k >= len(paragraphs) or paragraphs[k][0] != q.open_at or \
            text[q.outer_end:paragraphs[k][1]].strip(" \u00a0.!?…"):
        return None
    p_start, p_end = paragraphs[k - 1]
    last = text[p_start:p_end].rstrip()
    if last.endswith(",") and last[-2:-1].isalnum():
        # the colon's weaker sibling at a block quotation: 'Governor Lopez said,' / '"…"'
        return _cue_ending_paragraph(doc, p_start + len(last) - 2)
    if not last.endswith(":"):
        return _cue_ending_paragraph(doc, p_start + len(last) - 1) if last[-1:].isalnum() else None
    colon_tok = token_from(doc, p_start + len(last) - 1)
    if colon_tok is None:
        return None
    verbs = _speech_verbs(doc[colon_tok.sent.start:colon_tok.i])
    if not verbs:
        # another verb whose subject is someone and whose object is a statement ('Sanders made the
        # following comment:', 'The senator issued a statement:'), not any gesture ('walked to the
        # podium and looked at the crowd:')
        pack = pack_of(doc)
        statements = pack.words("channel_nouns") | pack.words("document_nouns")
        objects = pack.label("object")
        others = [t for t in doc[colon_tok.sent.start:colon_tok.i] if t.pos_ == "VERB" and any(
            c.dep_ in objects and (c.lower_ in statements or c.lemma_.lower() in statements) for c in t.children)]
        subject = subject_of(others[0]) if others else None
        if subject is None or not is_actor_like(subject):
            return None
        return ((cue_start(others[0]), others[0].idx + len(others[0].text)),
                (subject.start_char, subject.end_char), None, "weak")
    verb = verbs[-1]
    subject = speaker_of_verb(verb)
    if subject is None:
        return None
    return ((cue_start(verb), verb.idx + len(verb.text)), (subject.start_char, subject.end_char),
            speech_verb(verb), "strong")


def _cue_ending_paragraph(doc: Doc, last_char: int):
    """A paragraph that breaks off after its speech verb, the colon lost ('Governor Lopez said in a
    statement' / '"The state will not …"'): the verb reports nothing in its own paragraph (no clause
    or infinitive of its own), so the quotation that fills the next paragraph is what it reports."""
    last = token_from(doc, last_char)
    if last is None:
        return None
    verbs = _speech_verbs(doc[last.sent.start:last.i + 1])
    if not verbs:
        return None
    verb = verbs[-1]
    pack = pack_of(doc)
    reporting = labels(pack, "clausal_complement", "open_complement", "marker")
    subject = speaker_of_verb(verb)
    if subject is None or any(c.dep_ in reporting for c in verb.children):
        return None
    return ((cue_start(verb), verb.idx + len(verb.text)), (subject.start_char, subject.end_char),
            speech_verb(verb), "strong")


def _cue_before(doc: Doc, q: QuotedSpan):
    """A cue before the opening mark: (cue, speaker, verb, strength) or None.

    strong: "X a déclaré : « … »", "Selon X, « … »", "comme le rappelle X, « … »";
    name:   "Barack Obama : « … »" (only a colon links a short naming prefix to the words);
    weak:   another verb before a colon ("la population se sent lâchée : « … »").
    """
    text = text_of(doc)
    sent, s_start, _ = sentence_bounds(doc, q.open_at)
    s_start = prefix_end(doc, s_start, q.open_at)
    pre = text[s_start:q.open_at]
    if not pre.strip():
        return _cue_in_paragraph_before(doc, q)
    stripped = pre.rstrip()
    first = token_from(doc, s_start)
    if stripped.endswith(":"):
        colon_tok = token_from(doc, s_start + len(stripped) - 1)
        verbs = _speech_verbs(doc[first.i:colon_tok.i])
        if verbs:
            verb = verbs[-1]
            subject = speaker_of_verb(verb) if verb.pos_ != "NOUN" else None
            return ((cue_start(verb), verb.idx + len(verb.text)),
                    (subject.start_char, subject.end_char) if subject is not None else None,
                    speech_verb(verb), "strong")
        if (named := named_label(doc, first.i, colon_tok.i)) is not None:
            return None, named, None, "name"
        prefix = doc[first.i:colon_tok.i]
        others = [t for t in prefix if t.pos_ == "VERB"]
        if others:
            verb = others[0]
            subject = subject_of(verb)
            if subject is not None and is_actor_like(subject):
                return ((cue_start(verb), verb.idx + len(verb.text)),
                        (subject.start_char, subject.end_char), None, "weak")
        return None
    if stripped.endswith(","):
        i = first.i
        openers = function_words(pack_of(doc), "clause_opener")
        while i < sent.end and doc[i].lower_ in openers:
            i += 1
        marker = marker_at(doc, i)
        if marker is not None:
            end = speaker_np_end(doc, marker[1], sent.end)
            if end > marker[1] and (not marker[0].ambiguous or plausible_marker_speaker(doc[marker[1]:end])):
                return ((doc[i].idx, doc[marker[1] - 1].idx + len(doc[marker[1] - 1].text)),
                        (doc[marker[1]].idx, doc[end - 1].idx + len(doc[end - 1].text)), None, "strong")
        if after_as(doc, i):
            for t in doc[i:sent.end]:
                info = speech_verb(t)
                if info is not None:
                    subject = np_after(doc, t.i + 1, sent.end)
                    return ((doc[i].idx, t.idx + len(t.text)),
                            (subject.start_char, subject.end_char) if subject is not None else None, info, "strong")
        # "As a phone rang, the announcer said, “…”", "he told reporters on Monday, “…”": a speech
        # verb and its subject before the comma that opens the words, with at most a few words of
        # its own (an object, a time) between
        comma = token_from(doc, s_start + len(stripped) - 1)
        verb = next((t for t in reversed(doc[max(first.i, comma.i - 5):comma.i]) if t.pos_ == "VERB"), None)
        if verb is not None and any(t.is_punct or not verb.is_ancestor(t)
                                    for t in doc[verb.i + 1:comma.i]):
            verb = None
        # not an incise between two pieces of one quotation ('"A," Scott said, "B"'): those join
        incise = any(c in QUOTE_CHARS for c in pre)
        if verb is not None and not incise and verb.pos_ == "VERB" and speech_verb(verb) is not None and \
                not is_negated(verb) and is_speech_act(verb):
            subject = speaker_of_verb(verb)
            if subject is not None:
                return ((cue_start(verb), verb.idx + len(verb.text)), (subject.start_char, subject.end_char),
                        speech_verb(verb), "strong")
    return None


def _is_heading(text: str, q: QuotedSpan, paragraphs: list[tuple[int, int]]) -> bool:
    """A paragraph that is only a quotation with no sentence-final punctuation: an intertitle."""
    for p_start, p_end in paragraphs:
        if p_start <= q.open_at < p_end:
            if q.close_at > p_end:
                return False  # a quotation run on into the next paragraph (quotemarks._run_on)
            outside = text[p_start:q.open_at] + text[q.outer_end:p_end]
            if outside.strip(" \u00a0.!?…"):
                return False
            inner = text[q.start:q.end].rstrip()
            if text[q.start:q.close_at].rstrip().endswith(","):
                return False  # its sentence goes on after it: no intertitle
            repeated = text.count(inner[:60]) > 1
            # a sentence closed after its mark ("« … ».") is speech; an intertitle has no full stop
            closed = any(c in outside for c in ".!?…")
            return repeated or inner[-1:] not in ".!?…" and not closed
    return False


def _is_title(text: str) -> bool:
    """A title in marks ("Make Your Kid a Millionaire", "All Bets Are Off"): four words or more, most
    of them, long ones all, with a capital. Quoted speech capitalises its first word and names only."""
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 4 or text.isupper():
        return False  # a short name, or shouting in capitals
    capitals = [w for w in words if w[0].isupper()]
    return len(capitals) >= 0.75 * len(words) and all(w[0].isupper() for w in words if len(w) > 3)


def _named_after_preposition(doc: Doc, q: QuotedSpan) -> bool:
    """A few words in marks that a preposition governs name something (a programme, a book: 'On
    "Face the Nation," Sanders said'): no one's words."""
    governed = pack_of(doc).labels.get("prepositional_object", ())  # a pack whose parser has the label
    if not governed:
        return False
    inside = [t for t in doc.char_span(q.start, q.end, alignment_mode="expand") or [] if not t.is_punct]
    heads = [t for t in inside if not (q.start <= t.head.idx < q.end)]
    return 0 < len(inside) <= 5 and len(heads) == 1 and heads[0].dep_ in governed


def _sentence_like(text: str) -> bool:
    words = text.split()
    first = text.lstrip("([ …-—")[:1]
    return (first.isupper() or first.isdigit()) and len(words) >= 2 or len(words) >= 6


def _report_going_on(text: str, reports: list[FoundQuote], s_start: int, q: QuotedSpan) -> FoundQuote | None:
    """The report of the quotation's own sentence that stops short of it ('He is claiming that X is
    "a problem" but "nobody …"'): the clause goes on, coordinated, into the quotation, which is
    more of that report's words rather than a continuation of a speaker over the whole sentence."""
    for report in reports:
        gap = text[report.end:q.open_at]
        if report.cue is not None and s_start <= report.cue[0] and report.end <= q.open_at and \
                len(gap) <= 40 and not any(ch in gap for ch in ".!?;:\n"):
            return report
    return None


def find_marked_quotes(doc: Doc, reports: list[FoundQuote], quoted: list[QuotedSpan]) -> list[FoundQuote]:
    """Quotations in marks that no report covers, with the cue that attributes them."""
    text = text_of(doc)
    paragraphs = doc._.paragraphs or [(0, len(text))]
    found = []
    covered = [(r.start, r.end) for r in reports]
    for q in quoted:
        if q.depth > 0:
            continue
        if any(s <= q.open_at and q.close_at < e + 1 for s, e in covered) or \
                any(s <= q.start and q.end <= e for s, e in covered):
            continue  # already part of a mixed report
        inner = text[q.start:q.end]
        if _is_heading(text, q, paragraphs) or _is_title(inner) or _named_after_preposition(doc, q) or \
                names_a_speaker(doc, q, reports):
            continue
        split = _incise_inside(doc, q)
        if split is not None:
            left_end, right_start, cue, speaker, info = split
            found.append(FoundQuote(q.start, left_end, "direct", cue, speaker, 0.9, verb=info))
            found.append(FoundQuote(right_start, q.end, "direct", cue, speaker, 0.9, verb=info))
            continue
        _, s_start, _ = sentence_bounds(doc, q.open_at)
        s_start = journalist_prefix_end(doc, s_start, q.open_at)
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
            if len(inner.split()) >= 8 and stretch_report_into(reports, s_start, q) is None:
                if pre.rstrip().endswith((",", "(", "—", "–")):
                    found.append(FoundQuote(q.start, q.end, "direct", None, None, 0.5, continuation=True))
                elif pack_of(doc).setting("quotation_joins_report_of_sentence", False) and \
                        (own := _report_going_on(text, reports, s_start, q)) is not None:
                    own.end, own.type = q.outer_end, "mixed"
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
    quoted = find_quoted(text_of(doc), doc._.paragraphs or [(0, len(text_of(doc)))])  # paired once
    verbs = find_verb_reports(doc, quoted)
    markers = find_marker_reports(doc, quoted)
    incises = find_incise_reports(doc, quoted)
    attitudes = find_attitude_reports(doc, quoted)
    as_incises = find_as_incise_reports(doc, quoted)
    reports: list[FoundQuote] = []
    for candidate in sorted(verbs + markers + incises + attitudes + as_incises, key=lambda r: -r.confidence):
        clash = [r for r in reports if _overlap(r, candidate) > 0]
        nested = all((r.start <= candidate.start and candidate.end <= r.end) or
                     (candidate.start <= r.start and r.end <= candidate.end) for r in clash)
        same = any(abs(r.start - candidate.start) < 3 and abs(r.end - candidate.end) < 3 for r in clash)
        if clash and (not nested or same):
            continue
        reports.append(candidate)
    # a report nested inside another keeps both layers (guidelines: nested reports)
    marked = find_marked_quotes(doc, reports, quoted)
    pack = pack_of(doc)
    if pack.setting("headline_quotes", False):
        headline = find_headline_quote(doc, quoted, reports + marked)
        marked += [headline] if headline is not None else []
    quotes = sorted(reports + marked, key=lambda r: (r.start, -r.end))
    _link_continuations(doc, quotes)
    if pack.setting("open_paragraph_takes_later_speaker", False):
        _link_run_on(doc, quotes, quoted)
    quotes = [q for q in quotes if not (q.continuation and q.speaker_from is None and q.speaker is None)]
    if pack.setting("quote_runs_across_incise", False):
        quotes = _join_across_incise(doc, quotes, quoted)
    if not pack.setting("nested_reports", True):
        cut_before_relative_reports(text_of(doc), quotes, quoted, pronoun_forms(pack, kind="relative"))
        quotes = _outermost(quotes)
    for quote in quotes:
        # reported words that hold a whole pair of marks are mixed, single marks too (a headline's
        # "Smith 'absolutely right', Jones says"), which the character test leaves out
        if quote.type == "indirect" and any(q.depth == 0 and quote.start <= q.open_at and q.outer_end <= quote.end
                                            for q in quoted):
            quote.type = "mixed"
    return quotes


def _paragraph_of(paragraphs: list[tuple[int, int]], pos: int) -> int:
    for k, (s, e) in enumerate(paragraphs):
        if s <= pos < e:
            return k
    return len(paragraphs)


def _link_continuations(doc: Doc, quotes: list[FoundQuote]) -> None:
    paragraphs = doc._.paragraphs or [(0, len(text_of(doc)))]
    previous: FoundQuote | None = None
    for quote in quotes:
        if quote.continuation:
            named = None
            k = _paragraph_of(paragraphs, quote.start)
            near = previous is not None and k - _paragraph_of(paragraphs, previous.end) <= 2
            if quote.type == "direct" and pack_of(doc).setting("uncued_quote_takes_later_name", False) and \
                    k < len(paragraphs) and (not near or quote.start - 2 <= paragraphs[k][0]):
                # (words opening their paragraph: the name after them beats a speaker further back)
                named = named_subject_after(doc, quote.start, quote.end, paragraphs[k])
            if named is not None:  # (nlp/uncued_quotes.py)
                quote.speaker, quote.continuation = named, False
            elif near:
                quote.speaker_from = previous
                quote.cue = previous.cue
                quote.confidence = min(0.75, previous.confidence)
            continue
        inside = previous is not None and previous.start <= quote.start and quote.end <= previous.end
        if (quote.speaker is not None or quote.cue is not None) and not inside:
            # (a report inside the words of the previous quote is part of them: no new speaker)
            previous = quote


def _link_run_on(doc: Doc, quotes: list[FoundQuote], quoted: list[QuotedSpan]) -> None:
    """A quotation left open at the end of its paragraph and reopened at the start of the next
    (one statement over several paragraphs) that found no speaker of its own takes the speaker
    of the quotation it runs on into, however many paragraphs on."""
    paragraphs = doc._.paragraphs or [(0, len(text_of(doc)))]
    running = {s.start for s in quoted if s.depth == 0 and not s.closed and s.runs_on}
    later: FoundQuote | None = None
    for quote in reversed(quotes):
        if quote.continuation and quote.speaker_from is None and quote.speaker is None and \
                quote.start in running and later is not None and \
                _paragraph_of(paragraphs, later.start) == _paragraph_of(paragraphs, quote.start) + 1 and \
                later.start - 2 <= paragraphs[_paragraph_of(paragraphs, later.start)][0]:
            source = later.speaker_from or later
            if source.speaker is not None or source.cue is not None:
                quote.speaker_from, quote.cue = source, source.cue
                quote.confidence = min(0.75, source.confidence)
        later = quote


def _join_across_incise(doc: Doc, quotes: list[FoundQuote], quoted: list[QuotedSpan]) -> list[FoundQuote]:
    """'"A," he said. "B."' as one quotation: where the pack says the words quoted after an
    incise go on with the same statement (English news attributes a long quote after its first
    sentence), the piece after the incise joins the quote before it, and the span covers the
    incise. The piece is a continuation opening in the incise's sentence or the next one, in the
    same paragraph, or a whole quotation right after the incise that the parse read as the
    quoted object of the incise's verb ('"A," he said, "B."'), whether the parse starts that
    object at the opening mark or at the first word inside it ('"A," Smith said on Tuesday,
    "the voters …"': the clause the verb reports, read from inside the marks)."""
    text = text_of(doc)
    paragraphs = doc._.paragraphs or [(0, len(text))]
    joined: set[int] = set()
    for k, quote in enumerate(quotes):
        whole = next((q for q in quoted if q.depth == 0 and quote.start in (q.open_at, q.start)
                      and quote.end <= q.outer_end), None)
        if quote.continuation:
            head = quote.speaker_from
        else:
            head = next((h for h in reversed(quotes[:k]) if h.cue is not None and h.cue == quote.cue), None)
            incise_end = max(head.cue[1], head.speaker[1] if head.speaker else 0) if head is not None else 0
            first = token_from(doc, incise_end)
            between = doc[first.i:open_tok.i] if first is not None and (open_tok := token_from(doc, quote.start)) \
                is not None else None
            if whole is None or between is None or any(t.pos_ in ("VERB", "AUX") for t in between):
                continue  # another verb between ("…, adding later, «…»"): not the incise's own quotation
        if head is None or head.cue is None or id(head) in joined:
            continue
        if not head.end <= head.cue[0] < head.cue[1] <= quote.start:
            continue  # the cue must stand between the two pieces
        if _paragraph_of(paragraphs, head.start) != _paragraph_of(paragraphs, quote.start):
            continue
        cue_tok, open_tok = token_from(doc, head.cue[0]), token_from(doc, quote.start)
        if cue_tok is None or open_tok is None or open_tok.sent.start > cue_tok.sent.end:
            continue  # another sentence stands between the incise and the words
        kind = "direct" if quote.type == "direct" or whole is not None else quote.type
        head.end = whole.end if whole is not None else quote.end
        head.type = "direct" if head.type == kind == "direct" else "mixed"
        joined.add(id(quote))
    return [q for q in quotes if id(q) not in joined]


def _outermost(quotes: list[FoundQuote]) -> list[FoundQuote]:
    """Only the outer layer of nested reports, where the pack's convention annotates each word in
    one attribution at most (a report inside a quotation is part of its content)."""
    kept: list[FoundQuote] = []
    reach = -1
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if quote.end <= reach:
            outer = kept[-1]
            if outer.continuation and outer.type != "direct" and not quote.continuation and \
                    quote.speaker is not None:
                # a sentence that only continued an earlier speaker holds a report of its own: its
                # speaker, named right there, speaks it (in a direct quote, a report is part of the
                # quoted words)
                outer.speaker, outer.cue, outer.verb = quote.speaker, quote.cue, quote.verb
                outer.continuation, outer.speaker_from = False, None
            continue
        kept.append(quote)
        reach = quote.end
    return kept
