"""A bare description ("Le président", "Le chef de l'État") as the doer of an act takes up the one
holder of that office named just before it, when every other holder was last named further back:
the person the text has just turned to, not a guess between equals. Invented text, full pipeline."""
from __future__ import annotations

TEXTS = {
    "turned_to": ("Le président américain Joe Biden a appelé mardi à un cessez-le-feu immédiat au Soudan, où les "
                  "combats entre l'armée et les paramilitaires ont fait des centaines de morts depuis avril. "
                  "Les agences humanitaires de l'ONU réclament de leur côté un accès sans entrave aux civils "
                  "pris au piège dans la capitale et au Darfour.\n\n"
                  "Le président kényan William Ruto est arrivé mercredi à Paris. Sa visite doit durer deux jours. "
                  "Le président s'est entretenu avec le ministre français des Affaires étrangères."),
}
TITLED = True


def test_the_holder_just_named_does_the_act(events):
    talks = [e for e in events["turned_to"] if "entretenu" in e.text]
    assert talks and all(e.actor.actor == "person:william-ruto" for e in talks)
