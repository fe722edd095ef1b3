"""A quoted object runs on past its closing mark to the end of the cue's phrase ("est accusé de
« X » pour avoir …"), up to a comma or a finite verb (nlp/reports.py _object_phrase_end;
GUIDELINES §2.2 mixed: the whole reported content). Invented sentences."""


def test_object_runs_on_to_the_end_of_the_phrase(reports):
    found = reports("Le maire est accusé de « favoritisme » pour avoir attribué un marché sans appel d'offres.")
    assert [words for words, _, _ in found] == ["« favoritisme » pour avoir attribué un marché sans appel d'offres"]


def test_object_stops_at_a_comma(reports):
    found = reports("Le syndicat a dénoncé une « provocation », avant de quitter la table.")
    assert [words for words, _, _ in found] == ["une « provocation »"]


def test_object_stops_before_a_coordinated_verb(reports):
    found = reports("Le syndicat a dénoncé une « provocation » et a quitté la table.")
    assert [words for words, _, _ in found] == ["une « provocation »"]


def test_object_opens_at_its_determiner(reports):
    found = reports("La ministre a dénoncé une « manœuvre » des promoteurs.")
    assert [words for words, _, _ in found] == ["une « manœuvre » des promoteurs"]


def test_object_runs_on_over_a_relative_on_a_noun_after_its_quotation(reports):
    # the finite verb of a relative on a noun of the phrase opens no clause of the sentence (stop 71)
    found = reports("Le gouvernement a exigé le départ « immédiat » des soldats qui occupent trois villages.")
    assert [words for words, _, _ in found] == ["le départ « immédiat » des soldats qui occupent trois villages"]


def test_object_runs_on_over_a_relative_after_a_preposition(reports):
    found = reports("Le président a salué « un allié fidèle » avec qui le pays doit bâtir une alliance.")
    assert [words for words, _, _ in found] == ["« un allié fidèle » avec qui le pays doit bâtir une alliance"]

