"""Small text helpers shared by the components: the Doc's text, articles and stance prefixes."""
from __future__ import annotations

from functools import cache

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS

from ..lang import LanguagePack
from ..textfold import fold_same_length  # one folding rule for scanners and the gazetteer

__all__ = ["entities_of", "expanded_span", "fold_same_length", "stance_prefixes", "stance_target", "strip_article", "strip_prefix", "text_of", "word_count",
           "lower_forms", "lower_lemmas", "pos_ids", "token_strings", "tokens_tagged", "whole_word_spans"]


def text_of(doc) -> str:
    """The Doc's text, joined once: spaCy rebuilds `doc.text` from every token at each access,
    which made text look-ups inside loops the main cost of the actor and quote components."""
    text = doc.user_data.get("ng_text")
    if text is None:
        text = doc.user_data["ng_text"] = doc.text
    return text


def entities_of(doc) -> tuple:
    """The Doc's entity spans, built once: spaCy builds a Span per entity at each `doc.ents` read,
    and the actor rules read them six times per article. Only for the components after
    `newsgraph_entities`, the last to set them: the tuple is kept as first read."""
    ents = doc.user_data.get("ng_ents")
    if ents is None:
        ents = doc.user_data["ng_ents"] = doc.ents
    return ents


def expanded_span(doc, start: int, end: int):
    """`doc.char_span(start, end, alignment_mode="expand")`, remembered per Doc: the speaker and
    organisation rules ask for the tokens of the same mentions again and again (four times each
    on average), and each call builds a new Span."""
    known = doc.user_data.get("ng_expanded_spans")
    if known is None:
        known = doc.user_data["ng_expanded_spans"] = {}
    key = (start, end)
    if key not in known:
        known[key] = doc.char_span(start, end, alignment_mode="expand")
    return known[key]


def word_count(doc, start: int, end: int) -> int:
    """The words of a char span, counted as the tokenizer splits them: an elided article or
    pronoun is a word ("c'est l'échec" is four, where str.split sees two); punctuation is none."""
    span = expanded_span(doc, start, end)
    return 0 if span is None else sum(1 for t in span if not (t.is_punct or t.is_space))


def lower_forms(doc) -> list[str]:
    """Each token's lowercase form, read once: the marker rules look words up at every token of a
    Doc several times over, and each `doc[i]` builds a Token object."""
    forms = doc.user_data.get("ng_lower_forms")
    if forms is None:
        forms = doc.user_data["ng_lower_forms"] = token_strings(doc, LOWER)
    return forms


def lower_lemmas(doc) -> list[str]:
    """Each token's lemma, lowercased, read once (see `lower_forms`): rules that look for a few
    verbs in every sentence skip the sentences without one before building any Token. Only for
    the components after the lemmatizer: the list is kept as first read."""
    lemmas = doc.user_data.get("ng_lower_lemmas")
    if lemmas is None:
        lemmas = doc.user_data["ng_lower_lemmas"] = token_strings(doc, LEMMA, str.lower)
    return lemmas


def pos_ids(doc) -> list[int]:
    """Each token's part of speech as spaCy's id (spacy.parts_of_speech.IDS), read once (see
    `lower_forms`); only for the components after the tagger: the list is kept as first read."""
    tags = doc.user_data.get("ng_pos_ids")
    if tags is None:
        tags = doc.user_data["ng_pos_ids"] = doc.to_array(POS).tolist()
    return tags


def token_strings(doc, attr: int, convert=None) -> list[str]:
    """One string attribute of every token (spacy.attrs ORTH, LOWER, LEMMA…), read as an array of
    hashes: walking the Doc builds a Token object per token, the main cost of whole-Doc scans.
    Each distinct hash is looked up (and passed through `convert`) once, since words recur."""
    strings, seen = doc.vocab.strings, {}
    out = []
    for key in doc.to_array(attr).tolist():
        value = seen.get(key)
        if value is None:
            value = strings[key]
            value = seen[key] = convert(value) if convert is not None else value
        out.append(value)
    return out


def tokens_tagged(doc, tags: tuple[str, ...]):
    """The Doc's tokens whose part of speech is one of `tags`, in order: the parts of speech are
    read as one array, so that a rule about a few kinds of word builds no Token for the others."""
    wanted = {POS_IDS[tag] for tag in tags}
    return (doc[i] for i, tag in enumerate(doc.to_array(POS).tolist()) if tag in wanted)


def whole_word_spans(text: str, word: str, joiners: str = "") -> list[tuple[int, int]]:
    """Where `word` occurs in `text` as a whole word: not glued to a letter, digit, underscore or
    one of `joiners` on either side; non-overlapping, left to right (what
    `re.finditer(r"(?<![\\w…])" + re.escape(word) + r"(?![\\w…])", text)` finds, without compiling a
    pattern for every name of every article, which overflowed the `re` module's cache)."""
    spans, start = [], text.find(word) if word else -1
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if _joins(before, joiners) or _joins(after, joiners):
            start = text.find(word, start + 1)
        else:
            spans.append((start, end))
            start = text.find(word, end)
    return spans


def _joins(ch: str, joiners: str) -> bool:
    return bool(ch) and (ch.isalnum() or ch == "_" or ch in joiners)


@cache
def _article_prefixes(pack: LanguagePack) -> tuple[str, ...]:
    """The pack's article prefixes as they open a folded text: elided ones as written, the others
    followed by a space ("l'", "la ", "de la ")."""
    return tuple(p if p.endswith("'") else f"{p} " for p in map(fold_same_length, pack.entries("article_prefixes")))


def strip_article(text: str, pack: LanguagePack) -> tuple[str, int]:
    """Text without a leading article of the pack ("l'agence" -> "agence"), and chars removed."""
    folded = fold_same_length(text)
    for prefix in _article_prefixes(pack):
        if folded.startswith(prefix) and len(text) > len(prefix):
            return text[len(prefix):], len(prefix)
    return text, 0


@cache
def stance_prefixes(pack: LanguagePack) -> tuple[str, ...]:
    """The pack's stance prefixes (`stance_prefixes.txt`: "anti-", "pro-"), folded."""
    return tuple(fold_same_length(p) for p in pack.entries("stance_prefixes"))


def strip_prefix(word: str, prefixes: tuple[str, ...]) -> str | None:
    """The rest of a word after one of the folded `prefixes` (compared folded: any case, accent or
    dash), or None when it has none or nothing follows it."""
    folded = fold_same_length(word)
    if not folded.startswith(prefixes):  # most words: one test in C
        return None
    for prefix in prefixes:
        if folded.startswith(prefix) and len(word) > len(prefix):
            return word[len(prefix):]
    return None


def stance_target(word: str, pack: LanguagePack) -> str | None:
    """The word a stance prefix of the pack governs ("anti-américaine" -> "américaine",
    "pro‑russe" with any dash -> "russe"), or None when the word has no such prefix."""
    return strip_prefix(word, stance_prefixes(pack))
