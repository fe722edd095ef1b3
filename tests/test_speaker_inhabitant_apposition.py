"""One inhabitant named by a demonym noun ("Un Français", "une Vaudoise") with a name in
apposition is that person speaking, not the state the demonym names (speakers._inhabitant).
Invented sentences."""


def test_a_demonym_noun_with_a_name_in_apposition_is_that_person(analyze, speakers_of):
    text = ("Feux\n\nAthènes, 18 août 2023. Un Français, Marc Dupont, pompier volontaire, raconte que les "
            "flammes avançaient « très vite ».")
    assert speakers_of(analyze(text, published="2023-08-18", lang="fr"), "très vite") == ["Marc Dupont"]


def test_a_home_town_noun_with_a_name_in_apposition_is_that_person(analyze, speakers_of):
    text = ("Neige\n\nZermatt, 18 janvier 2023. Une Vaudoise, Julie Rochat, guide de montagne, affirme que la "
            "route restera fermée « plusieurs jours ».")
    assert speakers_of(analyze(text, published="2023-01-18", lang="fr"), "plusieurs jours") == ["Julie Rochat"]


def test_a_demonym_noun_with_no_name_after_it_stays_unnamed(analyze, speakers_of):
    text = ("Feux\n\nAthènes, 18 août 2023. Le ministre grec Nikos Papas a visité la zone. Un Français, "
            "pompier volontaire, raconte que les flammes avançaient « très vite ».")
    assert speakers_of(analyze(text, published="2023-08-18", lang="fr"), "très vite") != ["Nikos Papas"]
