"""A label in brackets after a name: 'Rep. Ann Roe (D-Md.) said'. The parser hangs it on the name
as an apposition, so the name's phrase ends before the bracket while the verb comes after it;
such a label is part of how the speaker is written and must not cut an incise from its subject."""
from __future__ import annotations

from spacy.tokens import Doc

# a party and state label is a few tokens ("(", "D", "-", "Md.", ")")
MAX_LABEL = 6


def label_between(doc: Doc, after_name: int, last: int) -> bool:
    """Are tokens `after_name`..`last` only a label in brackets (no bracket nested inside)?"""
    return after_name < last < after_name + MAX_LABEL and doc[after_name].text == "(" and \
        doc[last].text == ")" and all(t.text not in "()" for t in doc[after_name + 1:last])
