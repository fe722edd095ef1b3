"""Reported speech governed by a cue: speech verbs, attribution markers and postposed incises.

1. a speech verb with a que-clause, de/à + infinitive, a bare infinitive or a quoted object;
2. a marker: "Selon X, …", "d'après X", "Pour X, …", "…, selon X.";
(the postposed incise with no quotation marks, "…, affirme X.", is incise_reports.py's; where the
parts of a marker's report begin and end, marker_bounds.py's).
Each finder returns FoundQuote records with the speaker as a mention; speakers.py resolves it.
The quotations of the Doc are paired once (`quotemarks.find_quoted`) and passed in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..lang import LanguagePack
from .clause_ends import before_participle_cue, before_trailing_incise, before_trailing_marker, inside as _inside
from .context import pack_of
from .cues import ADJUNCT_STRENGTH, find_cues
from .frames import read_complement
from .lexicon import (SpeechVerb, function_words, is_actor_like, is_non_speaker, markers_by_first_word, names_a_thing,
                      pronoun_forms, speech_verb)
from .marker_bounds import (after_apposition, apposition_to_end, before_own_report, gathered_by, has_own_cue,
                            speaker_relative)
from .quotemarks import QUOTE_CHARS, QuotedSpan, opening_between
from .syntax import (after_headline_topic, has_marks, is_present_participle, journalist_prefix_end, labels, noun_phrase,
                     strip_span, subject_labels, subject_of, token_from)
from .marker_phrases import (marker_at, marker_phrase_end, plausible_marker_speaker, speaker_np_end,
                             title_in_phrase_end, titled_speaker)
from .textutil import expanded_span, lower_forms, text_of, word_count
from .writer_voice import is_writer_or_reader, is_writer_remark, writer_reports

SENTENCE_FINAL = frozenset(".!?…")
# a semicolon that ends the reported clause: spaced the French way (" ; ") or glued to the word
# before it, as scraped copy and other typographies write it ("temps; il")
_CLAUSE_SEMICOLON = re.compile(r" ?; ")
# complements that may be one whole quotation said: a parsed clause ('said: "…".'); a clause after
# a complementiser stays mixed (GUIDELINES §2.1: 'a déclaré que « … ».', the full stop outside the
# marks as French writes it), and so do a quoted object, infinitive or predicate ('a dénoncé « une
# agression ».', 'a reproché de "gérer par décret".')
WHOLE_KINDS = frozenset({"complement"})
# a colon, then (on the same line or the next paragraph) an opening quotation mark
ANNOUNCES_QUOTATION = re.compile(r"[ \t]*:\s*[«“\"„‘']")


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
    semi = _CLAUSE_SEMICOLON.search(text, first.idx, end)
    if semi:
        end = semi.start()
    # a parenthesis that closes the sentence after a closing mark ("… que « X » (le mandat est à
    # l'origine de la crise).") is the journalist's gloss on the quotation, not more of the words
    aside = re.search(r"[»”\"]\s*\([^()]*\)[\s.!?…]*$", text[first.idx:end])
    if aside and _inside(quoted, first.idx + aside.start()) is None:
        end = first.idx + aside.start() + 1
    end = _before_coordinated_report(doc, first, end, quoted)
    end = _before_name_apposition(doc, first, end, quoted)
    end = before_trailing_marker(doc, first.idx, end, quoted)
    return before_trailing_incise(doc, first.idx, before_participle_cue(doc, first, end, quoted))


def _before_coordinated_report(doc: Doc, first: Token, end: int, quoted: list[QuotedSpan]) -> int:
    """Cut a clause before a coordinated report of its own ("confirme que A, et précise que B", "…
    est « intolérable » et X estime que B"): a speech verb after a coordinator, outside the reported
    clause's own tree and outside quotation marks, opens a second quote with its own cue."""
    pack = pack_of(doc)
    clause = {t.i for t in first.head.subtree}
    coordinators = labels(pack, "coordinator")
    for k in range(first.i + 1, len(doc)):
        token = doc[k]
        if token.idx >= end:
            break
        if token.pos_ != "CCONJ" or token.dep_ not in coordinators or _inside(quoted, token.idx) is not None:
            continue
        verb = token.head if token.head.i > token.i else None
        if verb is None or verb.i in clause or verb.pos_ != "VERB" or speech_verb(verb) is None or \
                _inside(quoted, verb.idx) is not None or verb.idx >= end:
            continue
        cut = k - 1 if k > 0 and doc[k - 1].text == "," else k
        return doc[cut].idx
    return end


def _before_name_apposition(doc: Doc, first: Token, end: int, quoted: list[QuotedSpan]) -> int:
    """Cut a clause before an apposition that explains the name ending it ("… quittait la Hongrie
    pour Berlin, la capitale allemande.", "… remplacer l'« Obamacare », la loi sur la santé …"): the
    journalist's background (GUIDELINES §2.2). The apposition is a noun phrase to the clause end, with
    no verb, comma or coordinator, after a proper name or a closing mark."""
    last = token_from(doc, end - 1)
    if last is None:
        return end
    comma = next((t for t in reversed(doc[first.i + 1:last.i + 1]) if t.text == ","), None)
    if comma is None or comma.i < first.i + 2 or _inside(quoted, comma.idx) is not None:
        return end
    before, tail = doc[comma.i - 1], [t for t in doc[comma.i + 1:last.i + 1] if not t.is_space]
    named = before.pos_ == "PROPN" or before.text in QUOTE_CHARS and _inside(quoted, before.idx) is None
    if not named or len(tail) < 2 or tail[0].pos_ != "DET" or \
            any(t.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ", "PRON") or t.text in QUOTE_CHARS for t in tail) or \
            not any(t.pos_ == "NOUN" for t in tail):
        return end
    return comma.idx


def _sentence_end_after(doc: Doc, char: int) -> int:
    """End of the sentence that holds the closing mark ending at `char`."""
    token = token_from(doc, char - 1)
    return token.sent.end_char if token is not None else len(text_of(doc))


def find_verb_reports(doc: Doc, quoted: list[QuotedSpan]) -> list[FoundQuote]:
    """Reports governed by a cue (`cues.find_cues`) through one of its frames (`frames.read_complement`)."""
    found = []
    text = text_of(doc)
    for cue in find_cues(doc):
        complement = read_complement(cue.heads, cue.info, quoted, cue.form)
        if complement is None:
            continue
        sent = cue.token.sent
        end = min(_clause_end(doc, complement.opener, sent, quoted), _relative_end(cue.token, complement.opener))
        if complement.kind == "quoted_object":
            quotation = next(iter(opening_between(quoted, complement.start, end)), None)
            if quotation is None or _names_informant(doc, quotation):
                continue
            # the object ends with its phrase, or its quotation, or the sentence when the mark stays open
            end = min(max(complement.end or 0, quotation.outer_end), sent.end_char)
            # (a participle with its agent reads as a passive, whatever form the tagger gives it: "le
            # texte, jugé « inacceptable » par les syndicats")
            passive = cue.form == "passive" or any(c.dep_ in pack_of(doc).label("agent") for c in cue.token.children)
            end = _object_phrase_end(doc, quotation, end, sent, quoted, passive)
        elif complement.end is not None:
            end = min(end, max(complement.end, _quotation_end(quoted, complement.start, complement.end)))
        start, end = strip_span(doc, complement.start, end)
        if end - start < 3:
            continue
        if complement.kind == "object" and ANNOUNCES_QUOTATION.match(text, end):
            continue  # 'rated this statement by X:' / '"…"': the object names the quotation that follows
        kind = "mixed" if has_marks(text[start:end]) else "indirect"
        whole = _whole_quotation(quoted, start, end)
        if whole is not None and complement.kind in WHOLE_KINDS and _final_mark_after(doc, whole.outer_end, sent):
            # 'said: "No one believes that".': the clause is one whole quotation that ends the
            # sentence, the full stop outside its marks (the parse ends the clause on the mark)
            kind, start, end = "direct", whole.start, whole.end
        elif kind != "direct":
            set_off = _set_off_quotation(doc, quoted, cue.end, start, end)
            if set_off is not None:
                kind, start, end = "direct", set_off.start, set_off.end
            elif kind == "indirect" and whole is not None and whole.closed and whole.start <= start and \
                    end <= whole.end and pack_of(doc).setting("quoted_phrase_keeps_marks", True):
                # 'se dit « prêt à partir ».': the parse read the phrase inside the marks; the words
                # are the whole quotation, marks and all (mixed, GUIDELINES §2.2), not a paraphrase
                kind, start, end = "mixed", whole.open_at, whole.outer_end
        if complement.kind == "quoted_object" and kind != "mixed" and kind != "direct":
            continue
        if cue.form in ("participle", "infinitive") and kind == "indirect" and cue.info.strength < ADJUNCT_STRENGTH:
            continue  # "craignant que …" reports a fear; "qualifiant X de « … »" keeps its quotation
        subject = cue.speaker
        if subject is not None and not _speaker_like(subject):
            continue  # "Les analyses indiquent que", "Une telle stratégie exige": evidence, not a speaker
        if cue.form == "passive" or _bare_participle(cue.token):
            end = _before_agent(doc, quoted, start, end)
        quote = _inside(quoted, cue.token.idx)
        if is_writer_or_reader(subject) and not writer_reports(cue.token, quote is not None):
            continue  # "je pense que" inside a quote is the quoted speaker's; outside, the writer's (writer_voice.py)
        if quote is None and is_writer_remark(subject, cue.token, cue.info.lemma):
            continue  # "On note que …": the journalist's own remark (writer_voice.py)
        if quote is not None:
            # a report inside a quotation is a nested report only when it names its speaker
            if subject is None or subject[0].pos_ == "PRON" or not is_actor_like(subject) or is_non_speaker(subject):
                continue
            if cue.form in ("participle", "gerund") and cue.start <= quote.start and \
                    not quote.start <= subject.start_char < quote.end:
                continue  # « Considérant que … »: a participle that opens the quoted words is part of
                # them; its speaker, taken from the cue outside, already speaks the whole quotation
            end = min(end, quote.end)
        found.append(FoundQuote(start, end, kind, (cue.start, cue.end),
                                (subject.start_char, subject.end_char) if subject is not None else None,
                                0.55 + 0.35 * cue.info.strength, verb=cue.info))
    return found


def _bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary ("Qualifié de …", "jugé …"): a passive, whatever form
    the parse leaves it (cues.verb_form reads a participle that roots its sentence as finite)."""
    auxiliaries = labels(pack_of(verb.doc), "tense_auxiliary", "passive_auxiliary")
    return "Part" in verb.morph.get("VerbForm") and "Pres" not in verb.morph.get("Tense") and \
        not any(c.dep_ in auxiliaries for c in verb.children) and not (verb.i > 0 and verb.doc[verb.i - 1].pos_ == "AUX")


def _before_agent(doc: Doc, quoted: list[QuotedSpan], start: int, end: int) -> int:
    """The end of a passive cue's words before its agent, which the parse may hang on them
    ("Qualifié de « traître » par le chef du parti, …"): a closing mark inside the words right
    before the agent's preposition ends them; who speaks is no part of what is said."""
    by = function_words(pack_of(doc), "agent_preposition")
    for q in quoted:
        after = token_from(doc, q.outer_end + 1) if q.depth == 0 and start < q.outer_end < end else None
        if after is not None and after.lower_ in by and after.idx < end:
            return q.outer_end
    return end


def _names_informant(doc: Doc, quotation: QuotedSpan) -> bool:
    """Does a quoted object label who speaks rather than say something ("évoquant une « source proche
    du dossier »")? Its first noun is an informant noun of the pack."""
    informants = pack_of(doc).words("informant_nouns")
    first = token_from(doc, quotation.start)
    while first is not None and first.idx < quotation.end and first.pos_ not in ("NOUN", "PROPN"):
        first = doc[first.i + 1] if first.i + 1 < len(doc) else None
    return first is not None and first.idx < quotation.end and \
        (first.lower_ in informants or first.lemma_.lower() in informants)


def _object_phrase_end(doc: Doc, quotation: QuotedSpan, end: int, sent: Span, quoted: list[QuotedSpan],
                       passive: bool = False) -> int:
    """End char of a quoted object: on past its quotation to the end of the cue's phrase ("est
    accusé de « favoritisme » pour avoir attribué un marché …", "sa « confiance » au comité nommé
    par …"), up to a comma or the sentence end, when no finite verb opens another clause there."""
    first = token_from(doc, end)
    if first is None or first.i >= sent.end or first.text in (",", ";", ":", ".") or first.text in QUOTE_CHARS:
        return end
    if passive and first.lower_ in function_words(pack_of(doc), "agent_preposition"):
        return end  # "qualifiée d'« injuste » par X": the agent who speaks is no part of the words
    last = first.i
    # a relative clause on the quoted noun says more of it in the speaker's words ("une décision
    # « hostile » qui met fin à …", 'un "vent" qui aurait "franchi les Alpes"'): on to a comma or a
    # coordinator, through its verb and its own marks, unless its verb reports on its own
    relative = first.lower_ in pronoun_forms(pack_of(doc), kind="relative")
    for token in doc[first.i:sent.end]:
        if token.text in (",", ";", ":", "(") or token.is_sent_end or token.text in QUOTE_CHARS and \
                not relative and _inside(quoted, token.idx) is None and token.idx >= quotation.outer_end and \
                any(q.open_at == token.idx for q in quoted):
            break
        finite = token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")
        if relative and (token.pos_ == "CCONJ" or finite and speech_verb(token) is not None):
            break
        if not relative and (finite or token.pos_ == "CCONJ"):
            return end
        last = token.i
    while last >= first.i and (doc[last].is_punct and doc[last].text not in QUOTE_CHARS or doc[last].is_space):
        last -= 1
    return max(end, doc[last].idx + len(doc[last].text)) if last >= first.i else end


def _set_off_quotation(doc: Doc, quoted: list[QuotedSpan], cue_end: int, start: int, end: int) -> QuotedSpan | None:
    """The quotation that the reported words [start, end) are, whole, when a comma or a colon sets
    it off from its cue ('boasted, "That makes me smart."', 'asking her, "Why not?"'): direct
    speech, not words the sentence governs ('said that "…"', 'urged voters to "…"' stay mixed)."""
    text = text_of(doc)
    quotation = next((q for q in opening_between(quoted, max(cue_end, start - 2), start + 1)
                      if q.depth == 0 and q.closed and q.end - 2 <= end <= q.outer_end + 1), None)
    if quotation is None:
        return None
    cue = token_from(doc, cue_end - 1)
    if cue is None or opening_between(quoted, cue.sent.start_char, cue_end):
        return None  # a piece after an incise ('"A," X said, adding, "B."') goes on with the quotation before
    between = text[cue_end:quotation.open_at].rstrip()
    if not between.endswith((",", ":")):
        return None
    complementizers = function_words(pack_of(doc), "complementizer")
    span = expanded_span(doc, cue_end, cue_end + len(between))  # ("qu'à ses yeux,": the elided "qu'" is a token)
    if span is not None and any(t.lower_ in complementizers for t in span):
        return None
    return quotation


def _relative_end(verb: Token, opener: Token) -> int:
    """The end of what a cue inside a relative clause between commas reports: "Le ministre, qui a
    affirmé que la réforme était nécessaire, a quitté la salle" — the main clause takes up again at a
    comma before a finite verb (the parse may hang it inside the report)."""
    doc = verb.doc
    relative = next((c for c in verb.children if c.i < verb.i and "Rel" in c.morph.get("PronType")), None)
    # or a participle set off by a comma: "Le sénateur, ayant déclaré que le texte était injuste, a voté contre"
    relative = relative or _participle_opening(verb)
    if relative is None or relative.i == 0 or doc[relative.i - 1].text != ",":
        return len(text_of(doc))
    subjects = subject_labels(pack_of(doc))
    for k in range(opener.i + 1, verb.sent.end - 1):
        word = doc[k + 1]
        if doc[k].text == "," and word.pos_ in ("AUX", "VERB") and "Fin" in word.morph.get("VerbForm"):
            # the reported clause's own verb after an apposition has its subject inside the report
            head = word if word.pos_ == "VERB" else word.head
            if _has_own_verb(doc, opener.i, k) or \
                    not any(c.dep_ in subjects and opener.i < c.i < k for c in head.children):
                return doc[k].idx
    return len(text_of(doc))


def _has_own_verb(doc: Doc, opener: int, comma: int) -> bool:
    """Has the reported clause a finite verb of its own before the comma, so that the verb after it
    is the main clause's ("que le budget était en baisse, a quitté": the parser reads "baisse" as
    the subject of "a quitté")? A verb of a relative clause ("que le ministre, qui était absent, a
    démissionné") is none."""
    for token in doc[opener + 1:comma]:
        if token.pos_ in ("AUX", "VERB") and "Fin" in token.morph.get("VerbForm"):
            verb = token.head if token.pos_ == "AUX" else token
            if not any("Rel" in t.morph.get("PronType") for t in verb.subtree if t.i < verb.i):
                return True
    return False


def _participle_opening(verb: Token) -> Token | None:
    """The first word of a participial cue ("ayant déclaré", "affirmant"): a present participle, or
    a past one with a present-participle auxiliary; None for any other form."""
    pack = pack_of(verb.doc)
    auxiliaries = [c for c in verb.children if c.i < verb.i and c.dep_ in labels(pack, "tense_auxiliary")]
    present = auxiliaries[0] if auxiliaries else verb
    return present if is_present_participle(present) else None


def _speaker_like(subject: Span) -> bool:
    """Could the subject of a cue be its speaker: a pronoun ("il", "ce dernier"), a name or a speaker noun,
    and not a text or a piece of evidence?"""
    if subject[0].pos_ == "PRON" or subject.text.lower() in pronoun_forms(pack_of(subject.doc)):
        return True
    if pack_of(subject.doc).setting("evidence_speaks", False):
        return True  # the pack's convention counts polls, documents and data as sources too
    return is_actor_like(subject) and not is_non_speaker(subject)


def _whole_quotation(quoted: list[QuotedSpan], start: int, end: int) -> QuotedSpan | None:
    """The quotation that the reported words [start, end) are, whole (its marks within two
    characters of the span's ends), if they are one."""
    return next((q for q in opening_between(quoted, max(0, start - 2), start + 2)
                 if q.depth == 0 and end - 1 <= q.outer_end <= end + 2), None)


def _running_on(doc: Doc, quoted: list[QuotedSpan], start: int, end: int) -> QuotedSpan | None:
    """"Pour X, « Phrase un. Phrase deux »." : the words a marker opens are one quotation that runs on
    past the sentence and closes its own last sentence; the whole quotation is the report (direct),
    not its first sentence."""
    for q in opening_between(quoted, max(0, start - 2), start + 2):
        if q.depth != 0 or not q.closed or q.outer_end <= end + 2:
            continue
        close = doc.char_span(q.close_at, q.outer_end, alignment_mode="expand")
        if close is not None and (_final_mark_after(doc, q.outer_end, close.sent) or
                                  text_of(doc)[q.close_at - 1:q.close_at].strip() in SENTENCE_FINAL and
                                  not text_of(doc)[q.outer_end:close.sent.end_char].strip(" \u00a0\n")):
            return q
    return None


def _final_mark_after(doc: Doc, char: int, sent: Span) -> bool:
    """Does a final mark, and nothing else, follow the closing mark ending at `char` to the end of its
    sentence ('…that".': the full stop outside the marks)?"""
    rest = text_of(doc)[char:sent.end_char].strip()
    return bool(rest) and all(c in SENTENCE_FINAL for c in rest)


def _quotation_end(quoted: list[QuotedSpan], start: int, end: int) -> int:
    """The end of a quotation that opens inside [start, end) and closes after it (a phrase ends with its marks)."""
    return max([end] + [q.outer_end for q in opening_between(quoted, start, end) if q.depth == 0])


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


def _writer_knowledge(speaker: Span, quoted: list[QuotedSpan]) -> bool:
    """Is a marker's speaker the writer's own information ("nos informations", "mes renseignements"),
    outside any quotation? A writer's possessive before an information noun, no name in the phrase."""
    pack = pack_of(speaker.doc)
    if len(speaker) < 2 or speaker[0].lower_ not in function_words(pack, "writer_possessive"):
        return False
    if _inside(quoted, speaker.start_char) is not None or any(t.pos_ == "PROPN" for t in speaker):
        return False
    return speaker[1].lower_ in pack.words("information_nouns") or \
        speaker[1].lemma_.lower() in pack.words("information_nouns")


def _law_text(speaker: Span) -> bool:
    """Is a marker's speaker a text of law ("selon le projet de loi", "d'après la Constitution",
    law_nouns.txt on the phrase's head)? The journalist's reading of it, no one's words; figures
    ("selon le bilan") are not, as some gold sets count them as their body's words."""
    return is_non_speaker(speaker, lists=("law_nouns",))


def find_marker_reports(doc: Doc, quoted: list[QuotedSpan]) -> list[FoundQuote]:
    found = []
    text = text_of(doc)
    # a paragraph's last sentence holds the line break after its final mark: not words, where the
    # pack says so (see lang/en/pack.toml [settings])
    trailing_break = pack_of(doc).setting("source_closes_paragraph", False)
    possessives = function_words(pack_of(doc), "possessive_determiner")
    # the words a marker can start with: marker_at is asked only at those (most words start none)
    lowers, openers = lower_forms(doc), markers_by_first_word(pack_of(doc))
    for sent in doc.sents:
        last = sent.end
        while trailing_break and last > sent.start + 1 and doc[last - 1].is_space:
            last -= 1
        for i in range(sent.start, sent.end):
            if lowers[i] not in openers:
                continue
            at = marker_at(doc, i)  # (reads the lowercase forms: no Token built for most words)
            if at is None:
                continue
            token = doc[i]
            marker, after = at
            relative = _relative_report(doc, token, after, sent, quoted)
            if relative is not None and not marker.cites and relative.type != "mixed":
                relative = None  # "X, pour qui il travaille": only words in marks show an opinion
            if relative is not None:
                found.append(relative)
                continue
            described = None
            if marker.possessor:
                # "À ses yeux, …": the possessive the marker holds stands for the speaker
                owner = next((t for t in doc[i:after] if t.lower_ in possessives), None)
                if owner is None or after >= sent.end or doc[after].text != ",":
                    continue
                speaker, np_end = doc[owner.i:owner.i + 1], after
            else:
                np_end = speaker_np_end(doc, after, sent.end)
                described = speaker_relative(doc, after, sent.end) if np_end < 0 and not marker.ambiguous else None
                if described is not None:
                    # "Selon un officier qui a requis l'anonymat, …": the relative describes the
                    # speaker, the report begins after the comma that closes it
                    speaker = doc[after:described[0]]
                    np_end = described[1]
                else:
                    if np_end <= after:
                        continue
                    # (before a title the phrase holds: np_end moves past it; a medium's title in marks names it)
                    speaker = titled_speaker(gathered_by(doc[after:np_end]))
                if _writer_knowledge(speaker, quoted):
                    continue  # "Selon nos informations, …": the outlet's own knowledge, nobody's words
                if names_a_thing(speaker) or _law_text(speaker):
                    continue  # "Selon l'ADN retrouvé, …": evidence named by its acronym; "Selon le projet de
                    # loi, …": a law, no speaker (GUIDELINES §2.6)
            np_end = np_end if marker.ambiguous else title_in_phrase_end(doc, np_end, sent.end, quoted)
            cue = (token.idx, doc[after - 1].idx + len(doc[after - 1].text))
            before = text[journalist_prefix_end(doc, sent.start_char, token.idx):token.idx]
            lead = strip_span(doc, sent.start_char, token.idx)
            initial = not lead[1] > lead[0] or _opens_sentence(doc, before)
            if described is not None and not initial:
                continue  # a described speaker only before its clause
            if marker.ambiguous and not (initial and np_end < sent.end and doc[np_end].text == ","
                                         and plausible_marker_speaker(speaker)):
                continue
            # "Selon X « clause »": a quotation opening right after the speaker, with no comma
            # (not after an ambiguous marker: "Pour les partisans du « non »" goes on inside the NP)
            opens = np_end < sent.end and not marker.ambiguous and any(q.depth == 0 and q.open_at == doc[np_end].idx
                                                                       for q in quoted)
            if initial and np_end < sent.end and (doc[np_end].text == "," or opens):
                # "Selon X, clause."; skip an apposition "Pour X, membre du …, clause"
                clause_from = np_end if opens else after_apposition(doc, np_end, sent.end)
                if clause_from >= sent.end:
                    continue
                named = doc[np_end + 1:clause_from - 1]
                if not opens and len(named) and all(t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN")
                                                    for t in named) and not any(t.ent_type_ == "PER" for t in named):
                    # "Selon la fédération des banques, Finabel, « … »": the name of the organisation
                    # speaks, not a description the index cannot resolve (a person's description, "son
                    # producteur, X", is resolved to X already)
                    speaker = named
                start, end = strip_span(doc, doc[clause_from].idx, before_own_report(doc, clause_from, sent, quoted))
            elif not initial and doc[token.i - 1].text != "," and (cut := marker_phrase_end(doc, token.i, after, np_end)) and \
                    is_actor_like(doc[after:cut]) and not has_own_cue(doc, sent.start, token.i, quoted):
                # "Il y aurait selon l'AFP une centaine de morts": a marker inside the clause, no comma
                speaker, (start, end) = doc[after:cut], strip_span(doc, sent.start_char, sent.end_char)
            elif not initial and (np_end >= last - 1 or apposition_to_end(doc, np_end, last)) and \
                    is_actor_like(speaker):
                # "clause, selon X.", "clause selon X, un organisme de surveillance."
                start, end = strip_span(doc, sent.start_char, token.idx)
                start = after_headline_topic(doc, start, end)
                if has_own_cue(doc, sent.start, token.i, quoted):
                    continue  # '"…," Putin said, according to Reuters': the words are Putin's; X is a source
            elif not initial and doc[token.i - 1].text == "," and np_end < sent.end and doc[np_end].text == "," \
                    and is_actor_like(speaker):
                # "clause, selon X, clause": the report is the whole sentence but the incise; "clause,
                # selon X, pour qui clause": a relative marker opens X's own further words, the
                # report stops at the marker that closes it
                closed = np_end + 1 < sent.end and marker_at(doc, np_end + 1) is not None
                start, end = strip_span(doc, sent.start_char, token.idx if closed else sent.end_char)
                start = after_headline_topic(doc, start, end)
            else:
                continue
            semi = _CLAUSE_SEMICOLON.search(text, start, end)
            if semi:
                end = semi.start()
            if end - start < 8 or word_count(doc, start, end) < 3:
                continue
            kind = "mixed" if has_marks(text[start:end]) else "indirect"
            whole = _whole_quotation(quoted, start, end) or (_running_on(doc, quoted, start, end) if initial else None)
            if whole is not None:
                kind, start, end = "direct", whole.start, whole.end
            found.append(FoundQuote(start, end, kind, cue, (speaker.start_char, speaker.end_char),
                                    0.7 if marker.ambiguous else 0.8, marker=marker.name))
            if kind != "direct" and (after_colon := _colon_quotation(quoted, text, end)) is not None:
                # "Pour X, le compte n'y est pas : « … »": the clause ends at the colon, the words in
                # marks after it are X's too, a direct quote of the same marker
                found.append(FoundQuote(after_colon.start, after_colon.end, "direct", cue,
                                        (speaker.start_char, speaker.end_char),
                                        0.7 if marker.ambiguous else 0.8, marker=marker.name))
    return found


def _colon_quotation(quoted: list[QuotedSpan], text: str, end: int) -> QuotedSpan | None:
    """The quotation a colon right after the reported words opens (marker_bounds.before_own_report
    ends them there), if any."""
    colon = end + len(text[end:]) - len(text[end:].lstrip(" \u00a0\u202f"))
    if text[colon:colon + 1] != ":":
        return None
    return next((q for q in opening_between(quoted, colon + 1, colon + 4) if q.depth == 0), None)


def _relative_report(doc: Doc, marker: Token, after: int, sent: Span, quoted: list[QuotedSpan]) -> FoundQuote | None:
    """A marker before a relative pronoun: "des informations selon lesquelles …", "le porte-parole,
    d'après lequel …". The relative clause is reported; its antecedent speaks, or, when the antecedent
    is information or a document ("a révélé des informations selon lesquelles", "a publié un rapport
    selon lequel"), the subject of the verb that gives it out. Read on the parse."""
    pack = pack_of(doc)
    pronoun = doc[after] if after < sent.end else None
    if pronoun is None or "Rel" not in pronoun.morph.get("PronType"):
        return None
    clause, antecedent = pronoun.head, pronoun.head.head
    if clause.dep_ not in pack.label("relative_clause"):
        # the parser hung the relative clause elsewhere: the antecedent stands before the marker
        before = marker.i - 1 if marker.i > 0 and doc[marker.i - 1].text != "," else marker.i - 2
        if before < sent.start or clause.i < after:
            return None
        antecedent = doc[before]
    if antecedent.pos_ not in ("NOUN", "PROPN") or antecedent.i >= marker.i:
        return None
    speaker = noun_phrase(antecedent)
    given_out = antecedent.lemma_.lower() in pack.words("information_nouns") | pack.words("document_nouns")
    if given_out:
        # the verb that gives it out: "a publié un rapport selon lequel", through a modifier the
        # parser hangs it on ("a révélé quelques jours plus tôt des informations selon lesquelles")
        verb = antecedent.head
        while verb.pos_ != "VERB" and verb.head.i != verb.i and verb.i > verb.head.i:
            verb = verb.head
        if verb.pos_ != "VERB" or speech_verb(verb) is None or verb.i > antecedent.i:
            return None  # "a cité une étude selon laquelle": the study's authors speak, unnamed here
        speaker = subject_of(verb)
        if speaker is None:
            return None
    if not is_actor_like(speaker) and not given_out:
        return None
    last = clause.right_edge
    if marker.i > 0 and doc[marker.i - 1].text == ",":
        # "Le député, d'après lequel la loi serait illégale, a saisi la Cour": a relative between
        # commas ends where the main clause takes up again with its verb (the parse may run on)
        last = next((doc[k - 1] for k in range(after + 2, last.i) if doc[k].text == "," and
                     doc[k + 1].pos_ in ("VERB", "AUX")), last)
    start, end = strip_span(doc, doc[after + 1].idx, last.idx + len(last.text))
    if end - start < 8 or _inside(quoted, marker.idx) is not None:
        return None
    kind = "mixed" if has_marks(text_of(doc)[start:end]) else "indirect"
    cue = (marker.idx, doc[after - 1].idx + len(doc[after - 1].text))
    return FoundQuote(start, end, kind, cue, (speaker.start_char, speaker.end_char), 0.75, marker=None)
