"""Names the gazetteer lists inside hyphenated words: a region whose name joins a state's name and
another state's demonym ("Colombie-Britannique") names neither state, two states' names joined by
a hyphen ("Russie-Chine") name both (nlp/actors.py). Invented sentences. The listed form opening
with its kind's noun is tested in test_actor_listed_form_nouns.py."""


def _countries(record) -> set[str]:
    return {a.id for a in record.actors if a.kind == "country"}


def test_a_region_joined_to_a_demonym_names_no_state(analyze):
    text = ("Feux de forêt\n\nVancouver, 18 août 2023. Le gouvernement de la Colombie-Britannique a prolongé "
            "l'état d'urgence. Les pompiers de la Nouvelle-Écosse sont venus en renfort.")
    countries = _countries(analyze(text, published="2023-08-18", lang="fr"))
    assert "country:GBR" not in countries and "country:COL" not in countries


def test_two_states_joined_by_a_hyphen_are_both_named(analyze):
    text = ("Diplomatie\n\nParis, 18 août 2023. Le sommet Russie-Chine s'est ouvert lundi. "
            "Les deux pays ont signé un accord.")
    countries = _countries(analyze(text, published="2023-08-18", lang="fr"))
    assert {"country:RUS", "country:CHN"} <= countries
