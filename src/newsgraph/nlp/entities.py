"""Entity types as the rules read them: PER, ORG, LOC and MISC, whatever the model's scheme.

spaCy's French models tag PER/ORG/LOC/MISC (WikiNER); its English ones tag the eighteen OntoNotes
types (PERSON, GPE, NORP, DATE…). Rule code asks for one scheme, so this component, right after
the entity recogniser, renames each entity by its pack's `[entities]` table and drops the types
the table leaves out (numbers, dates and the like, which the date and actor rules read
themselves). A pack whose table maps each of its model's types to itself costs nothing.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lang import load_pack


class EntitiesComponent:
    """Renames a Doc's entities to the rules' classes (`[entities]` of the language pack)."""

    def __init__(self, lang: str):
        pack = load_pack(lang)
        self.types = pack.entity_types
        self.case_markers = frozenset(pack.label("case_marker"))
        self.weekdays = frozenset(row["form"].lower() for row in pack.table("date_weekdays", ("form",)))
        self.calendar = self.weekdays | frozenset(row["form"].lower() for row in pack.table("months", ("form",))
                                                  if " " not in row["form"])

    def __call__(self, doc: Doc) -> Doc:
        ents = doc.ents
        if all(self.types.get(ent.label_) == ent.label_ for ent in ents) and \
                not any(self._trailing(ent) or self._weekday(ent) for ent in ents):
            return doc
        doc.ents = [Span(doc, ent.start, ent.end - self._trailing(ent), label=self.types[ent.label_])
                    for ent in ents if ent.label_ in self.types and not self._weekday(ent)]
        return doc

    def _trailing(self, ent: Span) -> int:
        """Tokens to take off the entity's end: a case marker, or the lowercase day or month the
        recogniser glued to a name ("a annoncé l'ONU mardi": the ONU, on Tuesday)."""
        k = self._trailing_case(ent)
        while len(ent) - k > 1 and ent[len(ent) - 1 - k].text.islower() and \
                ent[len(ent) - 1 - k].text in self.calendar:
            k += 1
        return k

    def _weekday(self, ent: Span) -> bool:
        """A day of the week alone, capitalised at the head of a sentence ("Lundi, la commission
        a …"), is a date, never a name."""
        return len(ent) == 1 and ent[0].lower_ in self.weekdays

    def _trailing_case(self, ent: Span) -> int:
        """1 when the entity ends with a case marker the recogniser took in: the English model
        tags "Donald Trump's" whole, and the possessive "'s" is no part of the name."""
        return int(len(ent) > 1 and ent[-1].dep_ in self.case_markers)


@Language.factory("newsgraph_entities", default_config={"lang": "fr"}, assigns=["doc.ents"], requires=["doc.ents"])
def make_entities_component(nlp: Language, name: str, lang: str) -> EntitiesComponent:
    return EntitiesComponent(lang)
