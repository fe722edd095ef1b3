"""A borrowed speech verb the tagger reads as a name or a noun after its auxiliary ("a tweeté")
is a verb of saying: its clause or its quotation after a colon is reported (nlp/verb_tags.py).
Invented sentences."""


def test_participle_read_as_name_is_a_cue(reports):
    found = reports("Le maire de la ville a tweeté que la piscine municipale rouvrirait avant l'été.")
    assert [(speaker, cue) for _, speaker, cue in found] == [("Le maire de la ville", "a tweeté")]


def test_participle_before_colon_is_a_cue(reports):
    found = reports("Après sa victoire, Lambert a tweeté : « Nous allons reconstruire ce pays ensemble ».")
    assert [(speaker, cue) for _, speaker, cue in found] == [("Lambert", "a tweeté")]
