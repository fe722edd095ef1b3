"""A subject pronoun takes up the previous sentence's subject, but a subject inside a quote is the
quoted words', not the narrative's: when the parser makes the quoted verb the sentence's root
("« La Lituanie ne fait qu'appliquer … », a rétorqué X. Il a accusé Moscou …"), the pronoun takes
up the quote's speaker (antecedents._quoted_subject). Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "quoted_root": "La Russie menace la Lituanie de représailles. « La Lituanie ne fait qu'appliquer les "
                   "sanctions décidées à Bruxelles par les Vingt-Sept », a rétorqué le ministre des Affaires "
                   "étrangères, Gabrielius Landsbergis, à son arrivée à Luxembourg. Il a accusé Moscou de "
                   "« propagande ».",
    # the subject is outside the marks, inside an indirect quote a source reports: it stays the antecedent
    "reported_subject": "Ottawa suspend ses exportations vers la Turquie. A Ankara, le ministre turc des Affaires "
                        "étrangères, Mevlüt Cavusoglu, a dénoncé une décision « incompatible avec l'esprit "
                        "d'alliance », selon l'agence Anadolu. Il a accusé le Canada de « duplicité ».",
    # the pronoun is itself inside quoted words: it goes on in the quoted voice, whose subject it takes up
    "quoted_pronoun": "Moscou cherche des alliés. « Le Kremlin peut compter sur des partenaires en Afrique "
                      "depuis des décennies », explique la chercheuse Marie Dupont. « Il essaie notamment de "
                      "normaliser ses relations avec l'Afrique du Sud. »",
}
TITLED = True  # an article's first paragraph is its title

# (the conftest's `events` fixture analyses TEXTS)


def test_a_pronoun_after_a_quote_takes_up_its_speaker_not_the_quoted_subject(events):
    accusers = {e.actor.actor for e in events["quoted_root"] if e.type == "ACCUSE" and e.recipient is not None
                and e.recipient.actor == "country:RUS"}
    assert accusers
    assert "country:LTU" not in accusers
    assert all((actor or "").startswith("person:gabrielius-landsbergis") for actor in accusers)


def test_a_subject_outside_the_marks_of_a_reported_quote_stays_the_antecedent(events):
    accusers = {e.actor.actor for e in events["reported_subject"] if e.type == "ACCUSE" and e.recipient is not None
                and e.recipient.actor == "country:CAN"}
    assert accusers
    assert all((actor or "").startswith("person:mevlut") or actor == "country:TUR" for actor in accusers)


def test_a_pronoun_inside_quoted_words_takes_up_the_quoted_subject(events):
    sides = {(e.actor.actor, e.recipient.actor) for e in events["quoted_pronoun"] if e.recipient is not None
             and "country:ZAF" in (e.actor.actor, e.recipient.actor)}
    assert ("country:RUS", "country:ZAF") in sides
    assert not any((actor or "").startswith("person:marie") for actor, _ in sides)
