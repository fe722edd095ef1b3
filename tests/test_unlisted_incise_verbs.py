"""After a closing mark and a comma, a lowercase word then its inverted subject, then only the
sentence's punctuation, is an incise whatever the verb ("», peste le conseiller X."); the speaker
never opens with the verb. Invented sentences (verbs no list holds)."""


def test_an_unlisted_verb_before_its_inverted_subject_is_an_incise(reports):
    found = reports("« C'est une honte pour le quartier », peste le conseiller municipal Jean Perrin.")
    assert [(w, s, c) for w, s, c in found] == [("C'est une honte pour le quartier", "Jean Perrin", "peste")]


def test_another_unlisted_verb_with_a_description_and_name(reports):
    found = reports("« Nous avons gagné la bataille », jubile la candidate Marie Lambert.")
    assert [(s, c) for _, s, c in found] == [("Marie Lambert", "jubile")]


def test_a_speaker_never_opens_with_the_verb(reports):
    found = reports("« Nous avons gagné la bataille », exulte le maire Paul Vidal, ravi.")
    assert all(not (s or "").startswith("exulte") for _, s, _ in found)
