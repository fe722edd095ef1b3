"""An unnamed spokesperson speaks for the body or state the sentence opens on ("À la Commission
européenne, une porte-parole a appelé …", "A Washington, un porte-parole a condamné …"); a
definite description or one with a complement of its own is not read so. Invented sentences,
full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "body": "Le Royaume-Uni et la France se disputent les droits de pêche. À la Commission européenne, "
            "une porte-parole a appelé les deux parties au calme.",
    "capital": "La Chine a encerclé Taïwan. A Washington, un porte-parole a condamné Pékin.",
    "complement": "La Chine a encerclé Taïwan. A Washington, un porte-parole de l'opposition a condamné Pékin.",
    "journalist": "La Chine a encerclé Taïwan. À Moscou, un journaliste a condamné Pékin.",
    "official": "La Chine a encerclé Taïwan. À Moscou, un responsable a condamné Pékin.",
}

TITLED = True


def test_the_fronted_body_speaks(events):
    assert ("REQUEST", "org:commission-europeenne", "country:FRA") in coded(events, "body")
    assert ("ACCUSE", "country:USA", "country:CHN") in coded(events, "capital")


def test_a_spokesperson_of_someone_else_is_not_the_place(events):
    assert not any(a == "country:USA" for _, a, _ in coded(events, "complement"))


def test_only_one_who_speaks_for_others_speaks_for_the_place(events):
    """A journalist in Moscow is no voice of Russia; an official there is (event_spokesperson_nouns)."""
    assert not any(a == "country:RUS" for _, a, _ in coded(events, "journalist"))
    assert ("ACCUSE", "country:RUS", "country:CHN") in coded(events, "official")
