"""The head of a description (nlp/speaker_words.py): the nouns a description opens with are
compared from its head word's own start, not from where its letters first occur (inside a
modifier before it); press releases and media compounds share that one test. Invented phrases."""
from __future__ import annotations

from types import SimpleNamespace

from newsgraph.lang import load_pack
from newsgraph.nlp.speaker_words import head_word, heads_media_compound, speaker_words


def test_the_head_is_compared_where_it_stands_not_inside_a_modifier():
    # an invented pack whose modifier "siteless" holds the letters of the head "site"
    words = SimpleNamespace(head_modifiers=frozenset({"le", "siteless"}), possessive=frozenset(),
                            media_compounds=("site d'information",))
    assert head_word(words, "le siteless site d'information") == "site"
    assert heads_media_compound(words, "le siteless site d'information")
    assert not heads_media_compound(words, "le siteless journal")


def test_media_compounds_and_releases_open_a_description():
    words = speaker_words(load_pack("fr"))
    assert heads_media_compound(words, "le nouveau site d’information")
    assert not heads_media_compound(words, "le document du site")
    # (the press releases of sources.py: "un communiqué de presse de l'agence X")
    from newsgraph.nlp.sources import _releases
    assert _releases(load_pack("fr"), "un communiqué de presse de l'")
    assert not _releases(load_pack("fr"), "le directeur du communiqué de l'")
