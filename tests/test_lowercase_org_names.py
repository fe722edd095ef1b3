"""An organisation's name the list writes in lower case, as French writes some groups ("les
talibans", "les rebelles houthis"): the gazetteer scan keeps it, where lower-case hits are otherwise
common words (nlp/gazetteer_scan._lowercase_name_as_listed). Invented sentences, full pipeline."""

DAY = "2024-03-05"


def actor_ids(analyze, text):
    return {a.id for a in analyze(text, published=DAY).actors}


def test_a_group_listed_in_lower_case_is_an_actor(analyze):
    ids = actor_ids(analyze, "Les rebelles houthis ont revendiqué un tir de missile contre l'Arabie saoudite.")
    assert "org:houthis" in ids


def test_the_group_acts_in_an_event(analyze):
    events = analyze("Les shebab ont attaqué une base militaire au Kenya.", published=DAY).events
    assert any(e.actor.actor == "org:shebab" and e.recipient and e.recipient.actor == "country:KEN" for e in events)


def test_a_capitalised_only_name_still_needs_its_capital(analyze):
    # "Le Temps" is listed with a capital: the common noun "le temps" names no one
    assert not any(i.startswith("media:") or i.startswith("org:")
                   for i in actor_ids(analyze, "Le temps presse pour la France, a dit le ministre."))
