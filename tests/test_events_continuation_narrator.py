"""A quote with no cue of its own continues the speaker of a quote before it; when it mixes the
narrator's words with quoted ones, only the words inside the marks are the speaker's: a state the
narrator names around them is no target of the speaker's ("… Le Venezuela avait été retiré de la
liste « […] en raison de … »"). A continuation all in marks keeps its target. Invented sentences,
full pipeline."""
from __future__ import annotations

import pytest

FIRST = ("La porte-parole américaine Anna Keller expliquait alors que « les voyageurs verront six "
         "changements majeurs sur ce décret, qui clarifie qui est couvert ». ")
TEXTS = {
    "narrated": FIRST + "Le Venezuela avait notamment été retiré de la liste des pays frappés d'interdiction "
                        "totale d'entrée pour leurs ressortissants « [...] en raison de leurs procédures de "
                        "vérification renforcées et de leurs mesures de transmission d'informations ».",
    "quoted": FIRST + "« Le Venezuela doit renforcer ses procédures de vérification et transmettre ses "
                      "informations ».",
}


@pytest.fixture(scope="module")
def articles(analyze):
    return {name: analyze("Un titre sans rapport\n\n" + text, published="2024-05-02") for name, text in TEXTS.items()}


def pairs(article):
    return {(e.actor.actor, e.recipient.actor) for e in article.events if not e.negated}


def test_the_narrators_words_around_a_continuation_name_no_target(articles):
    continued = [q for q in articles["narrated"].quotes if q.text.startswith("Le Venezuela")]
    assert continued and continued[0].speaker.name == "Anna Keller"  # the quotes layer's continuation
    assert ("person:anna-keller", "country:VEN") not in pairs(articles["narrated"])


def test_a_continuation_in_marks_keeps_its_target(articles):
    assert ("person:anna-keller", "country:VEN") in pairs(articles["quoted"])
