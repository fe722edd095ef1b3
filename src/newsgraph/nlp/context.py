"""What every component reads besides the parse: the language pack, the gazetteer and the
publication date of the Doc, each set once by the component that owns it.

The pack is put on the Doc by `newsgraph_context`, the first component of the pipeline; the
gazetteer (with the user's actor files) by `newsgraph_actors`, which is configured with them.
Rule code reaches both through the Doc it is given (`pack_of(token.doc)`, `gazetteer_of(doc)`),
never through a module-level default, so one process can hold a French and an English
pipeline, or two sets of actor files, side by side.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelError
from ..gazetteer import Gazetteer
from ..lang import LanguagePack, load_pack

PACK_KEY = "ng_pack"
GAZETTEER_KEY = "ng_gazetteer"


def pack_of(doc: Doc) -> LanguagePack:
    """The language pack of a Doc (set by the `newsgraph_context` component)."""
    try:
        return doc.user_data[PACK_KEY]
    except KeyError:
        raise ModelError("this Doc has no language pack: run it through newsgraph's pipeline "
                         "(`load_pipeline`) or add the 'newsgraph_context' component first") from None


def set_pack(doc: Doc, pack: LanguagePack) -> Doc:
    doc.user_data[PACK_KEY] = pack
    return doc


def gazetteer_of(doc: Doc) -> Gazetteer:
    """The gazetteer of a Doc: the data files plus the user's actor files (set by `newsgraph_actors`)."""
    try:
        return doc.user_data[GAZETTEER_KEY]
    except KeyError:
        raise ModelError("this Doc has no gazetteer: run it through newsgraph's pipeline "
                         "(`load_pipeline`) or add the 'newsgraph_actors' component first") from None


def set_gazetteer(doc: Doc, gazetteer: Gazetteer) -> Doc:
    doc.user_data[GAZETTEER_KEY] = gazetteer
    return doc


class ContextComponent:
    """Puts the pipeline's language pack on each Doc, before any other newsgraph component."""

    def __init__(self, lang: str):
        self.pack = load_pack(lang)

    def __call__(self, doc: Doc) -> Doc:
        return set_pack(doc, self.pack)


@Language.factory("newsgraph_context", default_config={"lang": "fr"}, assigns=["doc.user_data"])
def make_context_component(nlp: Language, name: str, lang: str) -> ContextComponent:
    return ContextComponent(lang)
