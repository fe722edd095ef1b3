"""A party or opposition figure named without a state ("le chef conservateur X", "le porte-parole
de l'opposition X", event_domestic_offices.txt) is, as an office holder is, of the article's own
state: pressing "le gouvernement" is no international event. Invented French text through the
full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "opposition": "Le Canada a imposé mardi des droits de douane sur l'acier chinois.\n\n"
                  "Le chef conservateur Jean-Marc Tremblay a pressé le gouvernement d'aller plus loin.",
}
TITLED = True


def test_a_party_figure_pressing_the_government_is_domestic(events):
    assert not any(a == "person:jean-marc-tremblay" or r == "person:jean-marc-tremblay"
                   for _, a, r in coded(events, "opposition"))
