"""The writer's own voice: may a report whose subject is the first or second person ("I know
that…", "we believe…", "you might think…") stand as a quote?

Inside a quotation such a subject is the quoted speaker's own words, never a report of its own.
Outside one it is the writer (an op-ed, a letter) or the reader the writer addresses, which a
pack may count as a source (setting `writer_speaks`: PolNeAR annotates beliefs and statements of
any source; the French guidelines leave the journalist's voice out). A question asks and asserts
nothing ("Do you know where the returns are?"): it stays out either way.

The impersonal subject of a verb of noticing ("On note que …", "on constate que …") is the
writer too, making a remark of their own: the pack lists those verbs (writer_impersonal_verbs).
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from ..lang import LanguagePack
from .context import pack_of
from .lexicon import pronoun_forms


@cache
def _first_or_second_person(pack: LanguagePack) -> frozenset[str]:
    return pronoun_forms(pack, person=("1", "2"))


@cache
def _impersonal(pack: LanguagePack) -> frozenset[str]:
    return pronoun_forms(pack, kind="impersonal")


def is_writer_remark(subject: Span | None, cue: Token, lemma: str) -> bool:
    """Is the cue (of the speech verb `lemma`, as the pack lists it: the tagger's lemma may be
    wrong) a verb of noticing whose subject is the impersonal pronoun ("On note que …")?"""
    pack = pack_of(cue.doc)
    return subject is not None and subject.text.lower() in _impersonal(pack) and \
        lemma.lower() in pack.words("writer_impersonal_verbs")


def is_writer_or_reader(subject: Span | None) -> bool:
    """Is the subject of a cue "I", "we", "you" (the forms of the first and second persons)?"""
    return subject is not None and subject.text.lower() in _first_or_second_person(pack_of(subject.doc))


def writer_reports(cue: Token, inside_quotation: bool) -> bool:
    """Does a report whose subject is the first or second person stand, given where its cue is?"""
    if inside_quotation or not pack_of(cue.doc).setting("writer_speaks", False):
        return False
    return not cue.sent.text.rstrip().rstrip("\"'”’»").endswith("?")
