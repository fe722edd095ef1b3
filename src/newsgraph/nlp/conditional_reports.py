"""Reported information running on in the conditional after an opening citing marker.

French news marks information it has not checked by the conditional ("conditionnel journalistique"):
after "Selon X, la banque aurait caché ses pertes.", the next sentences of the paragraph that still
stand in the conditional, with no cue of their own ("Elle n'aurait rien dit aux autorités."), go on
reporting X's information. Each is a continuation of the marker's report: indirect, or mixed when it
holds a quotation. The run stops at the first sentence that leaves the conditional, has a cue or
quotation of its own, or ends the paragraph. Only a marker that cites a source (attribution_markers
`cites`: "selon", "d'après") and opens its sentence starts a run: after a speech verb or a marker
closing the sentence ("…, selon X."), a conditional sentence is as often the journalist's own
forecast ("Le contrat devrait être signé …") and the guidelines' sets leave it out.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .context import pack_of
from .lexicon import attribution_markers, speech_verb_indices
from .marker_phrases import marker_at
from .paragraphs import paragraph_of
from .reports import FoundQuote
from .syntax import has_marks, is_negated, strip_span
from .tense import is_conditional, tense_marker
from .textutil import text_of


def _conditional(sent: Span) -> bool:
    """Is the sentence's main verb in the conditional (the root, or its auxiliary or copula:
    "aurait caché", "serait prêt", "représenterait")? A question is no report."""
    root = sent.root
    if sent.text.rstrip().endswith("?"):
        return False
    pack = pack_of(sent.doc)
    helpers = pack.label("auxiliary") + pack.label("copula")
    verbs = [t for t in (root, *(c for c in root.children if c.dep_ in helpers)) if t.pos_ in ("VERB", "AUX")]
    conditional = [t for t in verbs if is_conditional(t, pack)]
    # a modal that looks ahead ("devrait", "pourrait": the pack's tense markers) forecasts; the
    # journalist's own expectation as often as the source's ("Le sommet devrait se tenir mardi")
    return bool(conditional) and not any(tense_marker(t.text, pack) > 0 for t in conditional)


def _own_cue(sent: Span, verbs: list[int]) -> bool:
    """Does the sentence hold a speech verb or a marker of its own ("…, rapporte le journal.")?
    Whatever the finders made of it, its words are not the run's."""
    # (a negated verb reports nothing: "Elle n'aurait rien dit aux salariés" goes on with the run)
    # (an ambiguous marker, "pour", is mostly a preposition: "une catastrophe pour la vallée")
    return any(sent.start <= i < sent.end and not is_negated(sent.doc[i]) for i in verbs) or \
        any(m is not None and not m[0].ambiguous for m in (marker_at(sent.doc, t.i) for t in sent))


def _opening_citing_marker(doc: Doc, report: FoundQuote, sent: Span) -> bool:
    """Was the report introduced by a citing marker that opens its sentence, no verb before it
    ("Selon lui, …", "Toujours d'après l'agence, …")?"""
    if report.marker is None or report.cue is None or report.type == "direct":
        return False
    if not any(m.name == report.marker and m.cites for m in attribution_markers(pack_of(doc))):
        return False
    before = [t for t in sent if t.idx < report.cue[0]]
    return len(before) <= 2 and not any(t.pos_ in ("VERB", "AUX") for t in before) and \
        report.start > report.cue[0]


def find_conditional_continuations(doc: Doc, found: list[FoundQuote]) -> list[FoundQuote]:
    """The sentences that carry on an opening citing marker's report in the conditional, as
    continuations of that report (quote_links gives them its speaker and cue)."""
    paragraphs = doc._.paragraphs or [(0, len(text_of(doc)))]
    sents = list(doc.sents)
    runs: list[FoundQuote] = []
    verbs = speech_verb_indices(doc)
    for report in found:
        if report.marker is None or report.type == "direct":
            continue  # (the cheap test first: most reports have no marker)
        k = next((n for n, s in enumerate(sents) if s.start_char <= report.start < s.end_char), None)
        if k is None or not _opening_citing_marker(doc, report, sents[k]):
            continue
        paragraph = paragraph_of(paragraphs, report.start)
        for sent in sents[k + 1:]:
            if paragraph_of(paragraphs, sent.start_char) != paragraph or not _conditional(sent) or \
                    _own_cue(sent, verbs) or \
                    any(q.start < sent.end_char and sent.start_char < q.end for q in found + runs):
                break
            start, end = strip_span(doc, sent.start_char, sent.end_char)
            if end <= start:
                break
            kind = "mixed" if has_marks(text_of(doc)[start:end]) else "indirect"
            runs.append(FoundQuote(start, end, kind, None, None, 0.6, continuation=True, marker=report.marker))
    return runs
