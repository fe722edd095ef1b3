"""Reported speech an attribution marker opens: "Selon X, …", "d'après X", "Pour X, …", "…, selon X.",
a marker inside the clause ("Il y aurait selon l'AFP …") and a marker before a relative pronoun
("des informations selon lesquelles …"). Where the parts of a marker's report begin and end is
marker_bounds.py's, the speaker's phrase marker_phrases.py's; the words are FoundQuote records
(reports.py), as a speech verb's are.
"""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..lang import LanguagePack
from .clause_ends import inside as _inside
from .context import pack_of
from .lexicon import function_words, is_actor_like, is_non_speaker, markers_by_first_word, names_a_thing, speech_verb
from .marker_bounds import (after_apposition, apposition_to_end, before_own_report, gathered_by, has_own_cue,
                            closing_speaker_relative, speaker_relative)
from .marker_phrases import (marker_at, marker_phrase_end, plausible_marker_speaker, speaker_np_end,
                             title_in_phrase_end, titled_speaker)
from .quotemarks import QuotedSpan, opening_between
from .reports import CLAUSE_SEMICOLON, SENTENCE_FINAL, FoundQuote, final_mark_after, whole_quotation
from .syntax import after_headline_topic, has_marks, journalist_prefix_end, noun_phrase, strip_span, subject_of
from .textutil import lower_forms, text_of, word_count


def _running_on(doc: Doc, quoted: list[QuotedSpan], start: int, end: int) -> QuotedSpan | None:
    """"Pour X, « Phrase un. Phrase deux »." : the words a marker opens are one quotation that runs on
    past the sentence and closes its own last sentence; the whole quotation is the report (direct),
    not its first sentence."""
    for q in opening_between(quoted, max(0, start - 2), start + 2):
        if q.depth != 0 or not q.closed or q.outer_end <= end + 2:
            continue
        close = doc.char_span(q.close_at, q.outer_end, alignment_mode="expand")
        if close is not None and (final_mark_after(doc, q.outer_end, close.sent) or
                                  text_of(doc)[q.close_at - 1:q.close_at].strip() in SENTENCE_FINAL and
                                  not text_of(doc)[q.outer_end:close.sent.end_char].strip(" \u00a0\n")):
            return q
    return None


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
                elif np_end <= after and (closing := closing_speaker_relative(doc, after, sent.end)) is not None:
                    # "…, selon un conseiller qui a requis l'anonymat.": the relative describes the
                    # speaker of a marker closing the sentence, whose words are all before it
                    speaker, np_end = doc[after:closing], last - 1
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
            semi = CLAUSE_SEMICOLON.search(text, start, end)
            if semi:
                end = semi.start()
            if end - start < 8 or word_count(doc, start, end) < 3:
                continue
            kind = "mixed" if has_marks(text[start:end]) else "indirect"
            whole = whole_quotation(quoted, start, end) or (_running_on(doc, quoted, start, end) if initial else None)
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
