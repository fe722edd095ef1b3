"""Issue 10: the marks a quoted title opens with come from the shared set of quotation marks
(citing_channels.OPENING_MARKS, from quotemarks), and a multi-word noun heads a description only
as whole words (speaker_words.heads_with). Unit tests with invented descriptions."""
from __future__ import annotations

from newsgraph.lang import load_pack
from newsgraph.nlp.citing_channels import OPENING_MARKS
from newsgraph.nlp.lexicon import folded_words
from newsgraph.nlp.speaker_words import heads_media_compound, heads_with, speaker_words


def test_every_opening_mark_of_the_shared_set_opens_a_title():
    assert {"«", "“", "„", '"'} <= OPENING_MARKS
    assert not {"»", "”", "’", "'"} & OPENING_MARKS


def test_a_compound_heads_a_description_only_as_whole_words():
    pack = load_pack("fr")
    words = speaker_words(pack)
    assert heads_media_compound(words, "le site d'information")
    assert heads_media_compound(words, "un site d'informations")
    assert not heads_media_compound(words, "le site d'informationnel")
    releases = folded_words(pack, "release_nouns")
    assert heads_with(words, "un communiqué de presse", releases)
    assert not heads_with(words, "le communiquant du ministère", releases)
