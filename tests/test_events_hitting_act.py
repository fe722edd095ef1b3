"""An attack noun that is the active subject of a targeting verb ("Une frappe russe a touché un
hôpital à Kharkiv", "des frappes qui ont touché une centrale dans la région de Lviv"): where it hit
is where the act took place, though the parser hangs the place on the verb or its object, and
that state is the recipient the frame's place role gives (prepositional._hitting_verb).
Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "subject": "Une frappe russe a touché mardi un hôpital à Kharkiv, selon les autorités locales.",
    "relative": "Des frappes russes qui ont touché dimanche une centrale électrique dans la région de Lviv "
                "ont privé des milliers de foyers de courant.",
    "aimed": "Un bombardement israélien a visé une école à Gaza.",
}
TITLED = True  # an article's first paragraph is its title

# (the conftest's `events` fixture analyses TEXTS)


def assaults(events, name):
    return {(e.actor.actor, e.recipient.actor if e.recipient else None)
            for e in events[name] if e.type == "ASSAULT"}


def test_the_place_of_the_hitting_verb_is_the_attack_s_place(events):
    assert ("country:RUS", "country:UKR") in assaults(events, "subject")


def test_a_relative_hitting_verb_gives_its_place_too(events):
    assert ("country:RUS", "country:UKR") in assaults(events, "relative")


def test_an_aiming_verb_gives_its_place(events):
    assert any(actor == "country:ISR" and target is not None for actor, target in assaults(events, "aimed"))
