"""The actor rules' words come from the language pack, every one of them, checked on load."""
import dataclasses

import pytest

from newsgraph.errors import PackError
from newsgraph.lang import LanguagePack, load_pack
from newsgraph.nlp.actor_lexicon import actor_lexicon


def test_every_list_of_the_french_pack_is_filled():
    lexicon = actor_lexicon(load_pack("fr"))
    for field in dataclasses.fields(lexicon):
        assert getattr(lexicon, field.name), field.name


def test_derived_lists():
    lexicon = actor_lexicon(load_pack("fr"))
    assert lexicon.of == {"de", "d'", "d’", "du", "des"}          # "of" and its contractions
    assert lexicon.elided == {"l'", "l’", "d'", "d’"}
    assert lexicon.contracted_article["aux"] == "les"
    assert lexicon.titles["mme"] == "f" and lexicon.titles["dr"] is None and "m" in lexicon.title_keys
    assert lexicon.leader_nouns <= lexicon.not_role_nouns
    assert "janvier" in lexicon.time_nouns                         # from months.tsv
    assert "etats" in lexicon.not_entities                         # folded on load


def test_a_pack_without_the_actor_words_names_the_missing_file(tmp_path):
    (tmp_path / "pack.toml").write_text('[pack]\ncode = "xx"\nname = "Test"\nmodel = "none"\nsource = "tests"\n'
                                        '[labels]\nsubject = ["nsubj"]\n', encoding="utf-8")
    (tmp_path / "actor_words.tsv").write_text("# source: tests\nuse\tword\nof\tof\n", encoding="utf-8")
    with pytest.raises(PackError, match="lang/xx/contractions.tsv"):
        actor_lexicon(LanguagePack("xx", tmp_path))
