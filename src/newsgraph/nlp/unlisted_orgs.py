"""Organisations the gazetteer does not list: an order, a rebel group, an NGO, a foundation.

The NER tags them ORG; on held-out news most acting organisations are of this kind, so they
enter the actor index with an id of their own (`org:` + the name's slug) and events can take
them as parties. Two guards keep the index clean:

- `unlisted_span` drops what the NER calls ORG but names no organisation: a lower-case
  description ("l'association des armées"), a role ("Haut-Commissaire des Nations unies"), a
  title between quotation marks (a report's), a document, a law or a forum ("le Forum de …"), a
  state's own body ("le Sénat du Burundi": it acts for its state), and cuts a span
  the NER ran into a verb ("l'Ordre de coopérer" -> "Ordre");
- `unlisted_id` gives one id to the names of one organisation in an article: its acronym or
  translation in parentheses right after it ("… (FNL)"), and its shorter and longer forms
  sharing the head word ("l'Ordre", "l'Ordre de Malte", "l'Ordre souverain de Malte").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..textfold import slugify
from .actor_index import ActorIndex
from .context import gazetteer_of, pack_of
from .lexicon import folded_words
from .roles import role_len
from .textutil import expanded_span, fold_same_length, text_of

UNLISTED = "org:"


def unlisted_span(doc: Doc, span: Span) -> Span | None:
    """The organisation's name in an ORG span the gazetteer does not know, or None."""
    start, end = span.start, span.end
    for i in range(start + 1, end):
        if doc[i].pos_ in ("VERB", "AUX"):
            end = i  # "l'Ordre de coopérer": the NER ran into the verb
            break
    while end > start and (doc[end - 1].pos_ in ("ADP", "DET", "CCONJ") or doc[end - 1].text == "-"):
        end -= 1
    if end <= start:
        return None
    first = doc[start]
    if not first.text[:1].isupper() or role_len(doc, start):
        return None
    if start > 0 and doc[start - 1].text in ("«", "“"):
        return None  # a title opening a quotation: « Répression … »
    pack = pack_of(doc)
    heads = folded_words(pack, "document_nouns") | folded_words(pack, "not_organisation_heads") | \
        folded_words(pack, "state_body_heads")
    if _names_a_state(doc, start, end):
        # "la Police nationale du Burundi" acts for its state; "les Forces nationales de libération",
        # naming none, stay a group
        heads = heads | folded_words(pack, "state_nouns")
    # the head is the first word in French ("le Forum de X"), the last in English ("the X Summit")
    if any(fold_same_length(doc[i].lower_) in heads or fold_same_length(doc[i].lemma_.lower()) in heads
           for i in {start, end - 1}):
        return None
    name = doc[start:end]
    if name.text.rstrip("-").strip() != name.text:
        return None
    return Span(doc, start, end, label="ORG")


def _names_a_state(doc: Doc, start: int, end: int) -> bool:
    """The name's first two words hold a demonym ("Ministère burundais de …", "Burundian Ministry
    of …") or its last word names a state ("Police nationale du Burundi")."""
    gaz = gazetteer_of(doc)
    return any(gaz.demonym(doc[i].lower_) for i in range(start, min(start + 2, end))) or \
        gaz.country(doc[end - 1].text) is not None


def stated_country(name: Span) -> str | None:
    """The state an unlisted organisation's name places it in ("la Ligue burundaise des droits
    humains", "le Parti du travail du Laos"), so that events read it as that state's and drop its
    dealings with its own state as domestic (GUIDELINES §7)."""
    gaz = gazetteer_of(name.doc)
    found = set()
    for token in name:
        if token.pos_ == "ADJ" or token.text.islower():
            iso = gaz.demonym(token.lower_)
        elif token.i > name.start:
            entry = gaz.country(token.text)
            iso = entry.iso3 if entry is not None and entry.match != "capital" else None
        else:
            iso = None
        if iso:
            found.add(iso)
    return found.pop() if len(found) == 1 else None


def _content_words(text: str, doc: Doc) -> list[str]:
    of = folded_words(pack_of(doc), "name_stopwords")
    # "SUD" and "SUD-Rail": the parts of a hyphenated name are its words
    words = [w for w in fold_same_length(text.lower()).replace("'", " ").replace("’", " ").replace("-", " ").split()]
    return [w for w in words if w not in of and len(w) > 1]


def _initials(name: Span) -> str:
    """The letters an acronym takes from a name: its words without function words."""
    return "".join(fold_same_length(t.lower_[0]) for t in name
                   if t.pos_ not in ("ADP", "DET", "CCONJ", "PUNCT") and t.text[:1].isalpha())


def unlisted_id(doc: Doc, index: ActorIndex, span: Span) -> str:
    """The id of an unlisted organisation: that of the one named right before the parenthesis
    the name opens, or whose initials the name spells, or whose name shares the head word and
    contains this one or is contained in it; else a new id from the name."""
    text = text_of(doc)
    unlisted = [m for m in index.mentions if m.actor_id in index.unlisted]
    before = text[:span.start_char].rstrip()
    if before.endswith("("):
        opened = len(before) - 1
        for m in unlisted:
            if text[m.end:opened].strip() == "":
                return m.actor_id  # "Forces nationales de libération (FNL)"
    words = _content_words(span.text, doc)
    for m in unlisted:  # "IGF" and "l'Inspection générale des finances", in either order
        other = expanded_span(doc, m.start, m.end)
        if other is None:
            continue
        short, full = (span, other) if span.text.isupper() else (other, span)
        if len(short.text) > 1 and short.text.isupper() and not full.text.isupper() and \
                fold_same_length(short.text.lower()) == _initials(full):
            return m.actor_id
    if words:
        for m in unlisted:
            other = _content_words(m.text, doc)
            if other and other[0] == words[0] and (set(words) <= set(other) or set(other) <= set(words)):
                return m.actor_id
    return f"{UNLISTED}{slugify(span.text)}"
