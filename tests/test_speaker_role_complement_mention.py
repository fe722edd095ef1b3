"""A speaker mention that is only the complement of a role ("Finances" of "le ministre des
Finances, pour qui …": the finder stops at the noun before the marker) starts with its role's noun
phrase, so the role's holder speaks (speaker_mentions.complemented_role_start). Invented sentences."""


def test_a_role_complement_before_a_relative_marker_speaks_with_its_role(analyze, speakers_of):
    text = ("Budget\n\nParis, 8 octobre 2024. Le ministre des Finances, Luc Moreau, a présenté le budget. "
            "Le texte est une « purge », une accusation que rejette le ministre des Finances, pour qui "
            "l'opposition « n'a pas de projet ».")
    assert speakers_of(analyze(text, published="2024-10-08", lang="fr"), "pas de projet") == ["Luc Moreau"]


def test_a_role_with_its_own_complement_keeps_it(analyze, speakers_of):
    text = ("Santé\n\nLyon, 8 octobre 2024. Le projet est aussi critiqué par la maire de Lyon, pour qui "
            "la ville « mérite mieux ».")
    assert speakers_of(analyze(text, published="2024-10-08", lang="fr"), "mérite mieux") == ["la maire de Lyon"]
