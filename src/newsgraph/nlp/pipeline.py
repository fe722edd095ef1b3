"""The spaCy pipeline: a language's model (named by its pack) plus newsgraph's components, built once
per process and language.

`load_pipeline` is cached per process and holds no other state, so every worker
(a CLI run, a server, a Spark executor) rebuilds the same pipeline on first use.
"""
from __future__ import annotations

import gc
from functools import cache

import spacy
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from ..errors import ModelError
from .attribute_index import index_attribute_rulers
from .glued import split_glued_punctuation
from .state_names import keep_state_names_whole
from ..gazetteer import load_gazetteer
from . import actors as _actors  # noqa: F401  (registers newsgraph_actors)
from . import events as _events  # noqa: F401  (registers newsgraph_events)
from . import context as _context  # noqa: F401  (registers newsgraph_context)
from . import entities as _entities  # noqa: F401  (registers newsgraph_entities)
from .dates import component as _dates  # noqa: F401  (registers newsgraph_dates)
from . import paragraphs as _paragraphs  # noqa: F401  (registers newsgraph_paragraphs)
from . import speaker_ranker as _ranker  # noqa: F401  (registers newsgraph_speaker_ranker)
from ..lang import available_languages, load_pack
from .extensions import register_extensions

# the component modules above are imported for their @Language factories, named here once
REGISTERING_MODULES = (_actors, _events, _context, _entities, _dates, _paragraphs, _ranker)


@Language.component("newsgraph_quotes", assigns=["doc._.ng_quotes"], requires=["doc._.ng_actors"])
def quotes_component(doc: Doc) -> Doc:
    from .attribution import attribute_quotes
    from .verb_tags import retag_speech_participles
    retag_speech_participles(doc)
    doc._.ng_quotes = attribute_quotes(doc, doc._.ng_actors)
    return doc


@Language.component("newsgraph_sources", assigns=["doc._.ng_sources"],
                    requires=["doc._.ng_actors", "doc._.ng_quotes"])
def sources_component(doc: Doc) -> Doc:
    from .sources import find_sources
    doc._.ng_sources = find_sources(doc, doc._.ng_actors, doc._.ng_quotes or [])
    return doc


COMPONENTS = ("newsgraph_actors", "newsgraph_quotes", "newsgraph_speaker_ranker", "newsgraph_sources", "newsgraph_dates",
              "newsgraph_events")


@cache
def load_pipeline(lang: str = "fr", actor_files: tuple[str, ...] = ()) -> Language:
    """The full pipeline for a language: spaCy model, paragraph breaks, newsgraph components."""
    register_extensions()
    if lang not in available_languages():
        raise ModelError(f"no pipeline for language {lang!r} (supported: {', '.join(available_languages())})")
    name = load_pack(lang).model  # each language pack names its spaCy model
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelError(f"cannot load spaCy model {name!r}: install it with `pip install "
                         f"{name.replace('_', '-')}` ({error})") from None
    index_lemma_tables(nlp)
    remember_lemmas(nlp)
    index_attribute_rulers(nlp)
    if load_pack(lang).setting("split_glued_punctuation", False):
        split_glued_punctuation(nlp)
    if load_pack(lang).setting("keep_state_names_whole", False):
        keep_state_names_whole(nlp, load_gazetteer())
    nlp.add_pipe("newsgraph_context", first=True, config={"lang": lang})
    nlp.add_pipe("newsgraph_paragraphs", before="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_entities", after="ner", config={"lang": lang})
    nlp.add_pipe("newsgraph_actors", last=True, config={"actor_files": list(actor_files)})
    for component in COMPONENTS[1:]:
        nlp.add_pipe(component, last=True)
    # The model, the packs and the gazetteer are several hundred thousand Python objects that
    # live as long as the process: moved out of the collector's reach, they are no longer
    # walked by every full collection (a quarter of a second each during an ingest).
    gc.collect()
    gc.freeze()
    return nlp


def index_lemma_tables(nlp: Language) -> None:
    """Turn the rule lemmatizer's word lists into sets, once, when the pipeline is built.

    spaCy's rule lemmatizers (the French one among them) keep `lemma_index`, the known words of
    each part of speech (66,191 nouns in fr_core_news_md), as Python lists and ask `word in
    index` for every (word, tag) pair not yet in their cache: a linear scan of the list, which
    made the lemmatizer the fourth costliest component. They only ever test membership (and
    truthiness) of these lists, so frozensets of the same words give the same lemmas. The
    tables are patched in memory only; a patched pipeline is never written back to disk.
    """
    for _, component in nlp.pipeline:
        if not isinstance(component, Lemmatizer) or component.mode != "rule":
            continue
        if "lemma_index" not in component.lookups.tables:
            continue
        table = component.lookups.get_table("lemma_index")
        for key, words in list(table.items()):
            if isinstance(words, list):
                table[key] = frozenset(words)


class RememberedLemmas:
    """A lemmatizer's `lemmatize`, remembered per (word, part of speech, morphology).

    spaCy's rule lemmatizers remember only some of their answers: the English one returns early,
    uncached, for every base form (a singular noun, an infinitive), testing its morphology again
    at each occurrence (two calls in three on English news went past its cache), and each call
    walks several Python methods. What `lemmatize` returns depends on the word, its part of speech and, in
    English, its morphology (the tables never change once loaded), so remembering the answer
    under those three gives the same lemmas; words without a part of speech are left to spaCy,
    which warns (W108) at each one."""

    def __init__(self, lemmatize) -> None:
        self.lemmatize, self.known = lemmatize, {}

    def __call__(self, token):
        key = (token.orth, token.pos, token.morph.key)
        forms = self.known.get(key)
        if forms is None:
            forms = self.lemmatize(token)
            if token.pos:
                self.known[key] = forms
        return forms


def remember_lemmas(nlp: Language) -> None:
    """Give each lemmatizer of the pipeline remembered answers (see `RememberedLemmas`)."""
    for _, component in nlp.pipeline:
        if isinstance(component, Lemmatizer) and not isinstance(component.lemmatize, RememberedLemmas):
            component.lemmatize = RememberedLemmas(component.lemmatize)


def supported_languages() -> tuple[str, ...]:
    """Languages with a pack (and so a model named by it)."""
    return available_languages()
