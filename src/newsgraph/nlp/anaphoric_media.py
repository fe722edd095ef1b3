"""A definite description that takes up a medium the article cited under the same noun: "selon la
même agence", "…, a ajouté l'agence" after "selon l'agence de presse du Nigeria" cites that
agency again (GUIDELINES §3: later definite descriptions of the same medium, `named: false`).

The noun also names other bodies ("l'agence spatiale", "l'agence onusienne": a media noun the pack
also lists among `organisation_nouns`), so the unnamed-media reading (unnamed_media.py) leaves it
out; here it names a medium only when the latest phrase with that noun before it is a cited
medium: the description then takes that phrase up, by its name.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .context import pack_of
from .citing_channels import cited_from
from .found_sources import FoundSource
from .lexicon import function_words, media_nouns
from .media_mentions import MEDIUM_REACH
from .speaking_media import speaks
from .syntax import labels
from .textutil import tokens_tagged


def anaphoric_sources(doc: Doc, found: list[FoundSource], taken: list[tuple[int, int]]) -> list[FoundSource]:
    """Each definite description with a noun of media and other bodies that takes up the latest
    cited medium named with that noun, as an unnamed source of that medium, outside `taken`."""
    pack = pack_of(doc)
    ambiguous = media_nouns(pack) & pack.words("organisation_nouns")
    out = []
    for token in tokens_tagged(doc, ("NOUN",)):
        lemma = token.lemma_.lower()
        if lemma not in ambiguous or not _definite_alone(token) or \
                any(s <= token.idx < e for s, e in taken):
            continue
        cue = _citation(doc, token)
        if cue is None:
            continue
        earlier = _taken_up(doc, token, found + out)  # a chain: "l'agence X … la même agence … cette agence"
        if earlier is not None:
            start, end = min(cue[0], doc[_phrase_start(token)].idx), max(cue[1], token.idx + len(token.text))
            out.append(FoundSource(earlier.name, earlier.actor, start, end, named=False))
    return out


def _definite_alone(token: Token) -> bool:
    """A singular noun with a definite or demonstrative determiner and nothing after it ("l'agence",
    "la même agence", "cette agence"; not "l'agence spatiale", "une agence")."""
    pack = pack_of(token.doc)
    dets = [c for c in token.children if c.dep_ in labels(pack, "determiner")]
    definite = function_words(pack, "definite_determiner")
    demonstrative = dets and "Dem" in dets[0].morph.get("PronType")
    return bool(dets) and (dets[0].lower_ in definite or demonstrative) and \
        token.morph.get("Number") != ["Plur"] and not any(c.i > token.i and not c.is_punct for c in token.children)


def _phrase_start(token: Token) -> int:
    """Token index where the description opens: its determiner, not the marker the parse hangs
    on it too ("selon" of "selon la même agence")."""
    dets = [c.i for c in token.children if c.dep_ in labels(pack_of(token.doc), "determiner")]
    return min(dets, default=token.i)


def _citation(doc: Doc, token: Token) -> tuple[int, int] | None:
    """The char span of what cites the description: a marker or channel before it ("selon la même
    agence"), or the speech verb it is the subject of ("a ajouté l'agence")."""
    first = _phrase_start(token)
    start = cited_from(doc, first, token.i + 1)
    if start is not None:
        return start, token.idx + len(token.text)
    return speaks(doc, first, token.i + 1)


def _taken_up(doc: Doc, token: Token, found: list[FoundSource]) -> FoundSource | None:
    """The cited medium the description takes up: the source whose words hold the latest word of
    the same noun before it, within MEDIUM_REACH; None when that word is no cited medium's ("l'agence
    onusienne" between) or there is none."""
    lemma = token.lemma_.lower()
    for earlier in reversed(doc[:token.i]):
        if token.idx - earlier.idx > MEDIUM_REACH:
            return None
        if earlier.lemma_.lower() == lemma or earlier.lower_ == lemma:
            return next((s for s in found if s.start <= earlier.idx < s.end), None)
    return None
