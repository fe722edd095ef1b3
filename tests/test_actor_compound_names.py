"""Names the gazetteer lists inside longer words: a region whose name joins a state's name and
another state's demonym ("Colombie-Britannique") names neither state; a listed form that opens
with its kind's noun ("le groupe État islamique", "l'organisation État islamique") names the
organisation (nlp/actors.py). Invented sentences."""


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


def test_a_listed_form_opening_with_its_noun_names_the_organisation(analyze, speakers_of):
    text = ("Attentat\n\nBagdad, 12 avril 2023. Le groupe État islamique a revendiqué l'attaque du marché. "
            "L'organisation État islamique affirme avoir visé des « traîtres ».")
    record = analyze(text, published="2023-04-12", lang="fr")
    mentions = [m for a in record.actors if a.id == "org:etat-islamique" for m in a.mentions]
    assert [record.text[s:e] for s, e in mentions] == ["État islamique", "État islamique"]
    assert speakers_of(record, "traîtres") == ["État islamique"]
