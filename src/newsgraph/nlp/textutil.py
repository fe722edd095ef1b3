"""Small text helpers shared by the components."""
from __future__ import annotations

from ..gazetteer import fold_same_length  # one folding rule for scanners and the gazetteer

__all__ = ["fold_same_length", "strip_article", "text_of"]


def text_of(doc) -> str:
    """The Doc's text, joined once: spaCy rebuilds `doc.text` from every token at each access,
    which made text look-ups inside loops the main cost of the actor and quote components."""
    text = doc.user_data.get("ng_text")
    if text is None:
        text = doc.user_data["ng_text"] = doc.text
    return text


def strip_article(text: str) -> tuple[str, int]:
    """Text without a leading French article ("l'", "la ", "le ", "les "), and chars removed."""
    folded = fold_same_length(text)
    for prefix in ("l'", "d'", "la ", "le ", "les ", "du ", "des ", "de la ", "de l'", "de "):
        if folded.startswith(prefix) and len(text) > len(prefix):
            return text[len(prefix):], len(prefix)
    return text, 0
