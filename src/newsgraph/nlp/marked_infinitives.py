"""Where a reported infinitive whose words open in quotation marks ends (frames.py).

The parser breaks the phrase at the closing mark: the words after it ("a accusé l'Espagne de
« trahir » le peuple sahraoui", "a demandé de « ne pas s'ingérer » dans les affaires du pays")
are hung on the cue, so the infinitive's subtree stops at the mark. They are still the
infinitive's object and adjuncts (GUIDELINES §2.2: the whole reported content), up to what opens
another clause: a comma, a colon or a final mark, a finite verb, a complementiser, or a
coordinator that goes on with anything but another infinitive of the frame ('to "vote your
conscience" and said …' stops at "and"; "à « réagir fermement » et à frapper les camps" goes on).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .quotemarks import QUOTE_CHARS

_CLAUSE_BREAKS = (",", ":", ";", ".", "!", "?", "(", "—", "–")
_TRAILING = ("ADP", "CCONJ", "DET", "SCONJ")


def _finite(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")


def _goes_on(doc: Doc, k: int, end: int, prepositions: frozenset[str]) -> bool:
    """Does the coordinator at k join another infinitive (after a preposition of the frame or clitics)?"""
    for token in doc[k + 1:end]:
        if token.lower_ in prepositions or token.pos_ in ("PRON", "ADV") or token.text in QUOTE_CHARS:
            continue
        return token.pos_ in ("VERB", "AUX") and "Inf" in token.morph.get("VerbForm")
    return False


def past_closing_mark(doc: Doc, close: Token, prepositions: frozenset[str]) -> int:
    """End char of an infinitive's words that the parse ends at the closing mark `close`: on over
    the words after it that go on with the phrase (module doc)."""
    end = close.sent.end
    last = close.i
    for k in range(close.i + 1, end):
        token = doc[k]
        if token.text in _CLAUSE_BREAKS or token.is_space or _finite(token) or token.pos_ == "SCONJ":
            break
        if token.pos_ == "CCONJ" and not _goes_on(doc, k, end, prepositions):
            break
        last = k
    while last > close.i and doc[last].pos_ in _TRAILING:
        last -= 1
    return doc[last].idx + len(doc[last].text)
