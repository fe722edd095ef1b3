"""An inverted subject after a channel whose name the tagger reads partly as a verb ("», a
assuré sur France Inter le porte-parole …, X"): a verb inside a named entity does not make the
mention a clause, and the channel before the noun phrase is no part of it
(speaker_mentions.looks_broken, clean_mention). Invented sentences."""


def test_the_subject_after_a_channel_speaks(reports):
    found = reports("« Nous avons parlé d'avenir », a assuré sur France Inter le porte-parole du collectif, Marc Petit.")
    assert [speaker for _, speaker, _ in found] == ["Marc Petit"]


def test_one_of_a_group_named_after_the_channel(reports):
    found = reports("« Nous avons parlé d'avenir », a assuré sur France Inter l'un des organisateurs, Marc Petit.")
    assert [speaker for _, speaker, _ in found] == ["Marc Petit"]
