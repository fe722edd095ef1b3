"""Tokenizer special cases for the hyphenated names of states and capitals ("Pays-Bas",
"Guinée-Bissau", "Addis-Abeba"), kept as one token as spaCy's French exceptions keep
"États-Unis".

spaCy splits a hyphenated name it does not list into three tokens ("Pays", "-", "Bas"), which the
parser reads as a name and two modifiers or conjuncts: a list of states with such a name ("L'Allemagne
et les Pays-Bas ont signé …") lost its members, the hyphen hung as a conjunct of its own. One token
reads as "États-Unis" does. The names come from the gazetteer (world data, no word of any language
in code); the text, and so every offset, is unchanged (only token boundaries move).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.symbols import ORTH

from ..gazetteer import Gazetteer


def hyphenated_state_names(nlp: Language, gaz: Gazetteer) -> list[str]:
    """The gazetteer's capitalised state, capital and seat names of one hyphenated word that the
    tokenizer splits."""
    forms = set()
    for country in gaz.countries:
        for form in (country.name_fr, *country.aliases_fr, *country.capitals_fr, *country.seats_fr):
            if "-" in form and " " not in form and form[:1].isupper() and len(nlp.tokenizer(form)) > 1:
                forms.add(form)
    return sorted(forms)


def keep_state_names_whole(nlp: Language, gaz: Gazetteer) -> None:
    """Add the special cases to the pipeline's tokenizer (in memory; the model on disk is untouched)."""
    for form in hyphenated_state_names(nlp, gaz):
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
