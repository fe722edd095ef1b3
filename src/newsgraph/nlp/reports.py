"""Reported speech governed by a speech verb, and the record every finder of reports returns.

A speech verb with a que-clause, de/à + infinitive, a bare infinitive or a quoted object
(`find_verb_reports`); the reports an attribution marker opens ("Selon X, …", "…, selon X.") are
marker_reports.py's, the postposed incise with no quotation marks ("…, affirme X.")
incise_reports.py's. Each finder returns FoundQuote records with the speaker as a mention;
speakers.py resolves it. The quotations of the Doc are paired once (`quotemarks.find_quoted`) and
passed in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .clause_ends import before_participle_cue, before_trailing_incise, before_trailing_marker, inside as _inside
from .context import pack_of
from .cues import ADJUNCT_STRENGTH, find_cues
from .frames import read_complement
from .lexicon import SpeechVerb, function_words, is_actor_like, is_non_speaker, pronoun_forms, speech_verb
from .quotemarks import QUOTE_CHARS, QuotedSpan, opening_between
from .syntax import has_marks, is_present_participle, labels, strip_span, subject_labels, token_from
from .textutil import expanded_span, text_of
from .writer_voice import is_writer_or_reader, is_writer_remark, writer_reports

SENTENCE_FINAL = frozenset(".!?…")
# a semicolon that ends the reported clause: spaced the French way (" ; ") or glued to the word
# before it, as scraped copy and other typographies write it ("temps; il")
CLAUSE_SEMICOLON = re.compile(r" ?; ")
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
    semi = CLAUSE_SEMICOLON.search(text, first.idx, end)
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
            end = _coordinated_quotations_end(doc, end, sent, quoted)
        elif complement.end is not None:
            end = min(end, max(complement.end, _quotation_end(quoted, complement.start, complement.end)))
        start, end = strip_span(doc, complement.start, end)
        if end - start < 3:
            continue
        if complement.kind == "object" and ANNOUNCES_QUOTATION.match(text, end):
            continue  # 'rated this statement by X:' / '"…"': the object names the quotation that follows
        kind = "mixed" if has_marks(text[start:end]) else "indirect"
        whole = whole_quotation(quoted, start, end)
        if whole is not None and complement.kind in WHOLE_KINDS and final_mark_after(doc, whole.outer_end, sent):
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
    relatives = pronoun_forms(pack_of(doc), kind="relative")
    relative = first.lower_ in relatives
    for token in doc[first.i:sent.end]:
        if token.text in (",", ";", ":", "(") or token.is_sent_end or token.text in QUOTE_CHARS and \
                not relative and _inside(quoted, token.idx) is None and token.idx >= quotation.outer_end and \
                any(q.open_at == token.idx for q in quoted):
            break
        # so does a relative clause on a noun of the phrase after the quotation ("le retrait « sans
        # délai » des militaires qui occupent …", "« un ami » avec qui la France doit …"): its finite
        # verb opens no clause of the cue's sentence
        relative = relative or token.i > first.i and _opens_relative(token, relatives)
        finite = token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")
        if relative and (token.pos_ == "CCONJ" or finite and speech_verb(token) is not None):
            break
        if not relative and (finite or token.pos_ == "CCONJ"):
            return end
        last = token.i
    while last >= first.i and (doc[last].is_punct and doc[last].text not in QUOTE_CHARS or doc[last].is_space):
        last -= 1
    return max(end, doc[last].idx + len(doc[last].text)) if last >= first.i else end


def _opens_relative(token: Token, relatives: frozenset[str]) -> bool:
    """A relative pronoun right after a noun, or after a preposition on one ("des militaires qui",
    "un ami avec qui"); a pronoun after a verb or a comma may be a clause's subject."""
    if token.lower_ not in relatives or token.pos_ != "PRON":
        return False
    before = token.doc[token.i - 1]
    if before.pos_ == "ADP" and token.i > 1:
        before = token.doc[token.i - 2]
    return before.pos_ in ("NOUN", "PROPN", "ADJ") or before.text in QUOTE_CHARS


def _coordinated_quotations_end(doc: Doc, end: int, sent: Span, quoted: list[QuotedSpan]) -> int:
    """The end of a quoted object with the quotations coordinated to it ("a salué « un frère » et
    un « partenaire de toujours »", "le juge « grossier » et « inquiétant »"): a coordinator, at most
    a determiner or an adjective, then a quotation; one object said in several marked pieces
    (GUIDELINES §2.2: the whole content, marks included)."""
    while True:
        link = token_from(doc, end)
        if link is None or link.i >= sent.end - 1 or link.pos_ != "CCONJ":
            return end
        k = link.i + 1
        while k < sent.end and k - link.i <= COORDINATED_LEAD and doc[k].pos_ in ("DET", "ADJ"):
            k += 1
        following = next((q for q in quoted if q.depth == 0 and q.closed and q.open_at == doc[k].idx), None) \
            if k < sent.end else None
        if following is None or following.outer_end > sent.end_char or text_of(doc)[following.start].isupper():
            return end  # (a capital opens a name: "et les « Verts »")
        after = token_from(doc, following.outer_end)
        if after is not None and after.i < sent.end and after.pos_ in ("VERB", "AUX") and \
                "Fin" in after.morph.get("VerbForm"):
            return end  # the subject of a clause of its own: "et un « collectif » a répondu"
        end = following.outer_end


# words between a coordinator and the mark of a quotation coordinated to a quoted object ("et un « … »")
COORDINATED_LEAD = 2


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


def whole_quotation(quoted: list[QuotedSpan], start: int, end: int) -> QuotedSpan | None:
    """The quotation that the reported words [start, end) are, whole (its marks within two
    characters of the span's ends), if they are one."""
    return next((q for q in opening_between(quoted, max(0, start - 2), start + 2)
                 if q.depth == 0 and end - 1 <= q.outer_end <= end + 2), None)


def final_mark_after(doc: Doc, char: int, sent: Span) -> bool:
    """Does a final mark, and nothing else, follow the closing mark ending at `char` to the end of its
    sentence ('…that".': the full stop outside the marks)?"""
    rest = text_of(doc)[char:sent.end_char].strip()
    return bool(rest) and all(c in SENTENCE_FINAL for c in rest)


def _quotation_end(quoted: list[QuotedSpan], start: int, end: int) -> int:
    """The end of a quotation that opens inside [start, end) and closes after it (a phrase ends with its marks)."""
    return max([end] + [q.outer_end for q in opening_between(quoted, start, end) if q.depth == 0])
