"""Words in marks one "can read" in a document or a medium: "« … », peut-on lire dans le communiqué",
"« … » lit-on dans le rapport". No verb of saying: the reading verb (lang/<code>/reading_cues.tsv)
with the impersonal inverted subject ("-on") is the cue, and the document or medium after its
preposition is the speaker mention (speakers.py gives a document to its author). Split from quotes.py,
which reads the other incises after a closing mark."""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from ..lang import LanguagePack
from .context import pack_of
from .lexicon import pronoun_forms
from .syntax import np_after


@cache
def _reading_forms(pack: LanguagePack) -> dict[str, frozenset[str]]:
    if pack.is_absent("reading_cues"):
        return {}
    table: dict[str, set[str]] = {}
    for row in pack.table("reading_cues", ("form", "preposition")):
        table.setdefault(row["form"].lower(), set()).add(row["preposition"].lower())
    return {form: frozenset(words) for form, words in table.items()}


def reading_cue(doc: Doc, first: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The cue and speaker spans of a reading incise that opens at token `first` (right after the
    closing mark), or None: a few words at most ("peut-on lire", "pouvait-on ainsi lire")."""
    pack = pack_of(doc)
    forms = _reading_forms(pack)
    if not forms:
        return None
    impersonal = pronoun_forms(pack, kind="impersonal", inverted="yes")
    sent_end = doc[first].sent.end if first < len(doc) else len(doc)
    seen_subject = False
    for i in range(first, min(sent_end - 1, first + 5)):
        token = doc[i]
        seen_subject = seen_subject or token.lower_ in impersonal
        # the impersonal subject stands before the reading verb or right after it ("lit-on")
        subject = seen_subject or i + 1 < sent_end and doc[i + 1].lower_ in impersonal
        if token.lower_ in forms and subject:
            k = i + 1 + (not seen_subject)
            if k < sent_end and doc[k].lower_ in forms[token.lower_]:
                speaker = np_after(doc, k + 1, sent_end)
                if speaker is None:
                    return None
                end = doc[k - 1]
                return (doc[first].idx, end.idx + len(end.text)), (speaker.start_char, speaker.end_char)
        if token.text in (".", "!", "?", ";"):
            return None
    return None
