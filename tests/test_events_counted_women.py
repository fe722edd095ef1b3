"""A counted plural of persons named by their sex ("les deux femmes", event_anaphoric_nouns.tsv
kind persons, as "les deux hommes", "les deux dirigeants") takes up the last two persons named.
Invented French text through the full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "women": "La ministre belge Claire Dubreuil a reçu mardi son homologue néerlandaise, Anna Vermeulen, "
             "à Bruxelles.\n\nLes deux femmes ont condamné la Russie.",
}
TITLED = True


def test_the_two_women_are_the_two_persons_named(events):
    actors = {a for t, a, r in coded(events, "women") if t == "ACCUSE" and r == "country:RUS"}
    assert len(actors) == 2
