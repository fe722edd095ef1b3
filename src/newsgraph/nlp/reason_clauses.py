"""Reports a locution of alleged reason opens: "La Russie a refusé au motif que cela renverserait
l'ordre des points", "Le juge a rejeté la plainte au motif qu'elle était tardive".

The locution (pack words `reason_locutions`: "au motif que", "sous prétexte que") gives the reason
its clause's subject puts forward, so its que-clause is what that subject argues; the locution is
the cue. Read on the surface, the subject on the parse of the nearest verb before the locution. A
passive with no agent names no one who argues and reads nothing, nor does a subject that is a
text or a figure. A pack with no such locution reads none.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .context import pack_of
from .lexicon import is_actor_like, is_non_speaker, pronoun_forms
from .quotemarks import QuotedSpan
from .reports import FoundQuote
from .syntax import has_marks, has_passive_auxiliary, is_negated, labels, noun_phrase, speaker_of_verb, strip_span
from .textutil import text_of

# a reason is weaker evidence of speech than a verb of saying (cues.ADJUNCT_STRENGTH)
CONFIDENCE = 0.7


def _locution_at(doc: Doc, i: int, forms: list[list[str]]) -> int:
    """How many tokens the locution at token i has (its complementiser included), or 0."""
    return next((len(words) for words in forms if [t.lower_ for t in doc[i:i + len(words)]] == words), 0)


def _clause_verb(doc: Doc, i: int, sent: Span) -> Token | None:
    """The verb the locution at token i gives a reason for: the nearest verb before it in its
    sentence that is no participle on a noun ("a rejeté le texte
    présenté par la France au motif que …" is the rejection's reason, not the presentation's)."""
    adnominal = labels(pack_of(doc), "clausal_modifier")  # a relative's own verb may give a reason
    return next((t for t in reversed(doc[sent.start:i]) if t.pos_ == "VERB" and t.dep_ not in adnominal), None)


def _arguer(verb: Token) -> Span | None:
    """Who puts the reason forward: the agent of a passive, else the verb's subject (a pronoun, a
    name or a speaker noun; not a text or a figure)."""
    pack = pack_of(verb.doc)
    if has_passive_auxiliary(verb):
        agent = next((c for c in verb.children if c.dep_ in labels(pack, "agent")), None)
        return noun_phrase(agent) if agent is not None else None
    subject = speaker_of_verb(verb)
    if subject is None:
        return None
    pronoun = subject[0].pos_ == "PRON" or subject.text.lower() in pronoun_forms(pack)  # ("cette dernière")
    if pronoun or is_actor_like(subject) and not is_non_speaker(subject):
        return subject
    return None


def find_reason_reports(doc: Doc, quoted: list[QuotedSpan]) -> list[FoundQuote]:
    """One report per locution of alleged reason: its que-clause, to a semicolon or the sentence end."""
    forms = [form.split() for form in pack_of(doc).words("reason_locutions")]
    if not forms:
        return []
    firsts = {words[0] for words in forms}
    text = text_of(doc)
    found = []
    for sent in doc.sents:
        for i in range(sent.start, sent.end - 2):
            if doc[i].lower_ not in firsts:
                continue
            length = _locution_at(doc, i, forms)
            if not length or any(q.open_at <= doc[i].idx < q.outer_end for q in quoted):
                continue
            verb = _clause_verb(doc, i, sent)
            if verb is None or is_negated(verb):
                continue
            speaker = _arguer(verb)
            if speaker is None:
                continue
            last = doc[i + length - 1]
            start, end = strip_span(doc, last.idx + len(last.text), sent.end_char)
            semicolon = text.find(";", start, end)
            if semicolon > 0:
                start, end = strip_span(doc, start, semicolon)
            if end - start < 8:
                continue
            kind = "mixed" if has_marks(text[start:end]) else "indirect"
            found.append(FoundQuote(start, end, kind, (doc[i].idx, doc[i + length - 2].idx + len(doc[i + length - 2].text)),
                                    (speaker.start_char, speaker.end_char), CONFIDENCE))
    return found


__all__ = ["find_reason_reports"]
