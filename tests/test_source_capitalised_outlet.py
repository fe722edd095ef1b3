"""A site writes its own name in capitals ("a constaté 7SUR7.CD", "interrogé par ACTUALITE.CD"),
others write it as the media list does ("selon 7sur7.cd"): a listed outlet, not an agency, cited
in capitals that none of its names is written in is the article's own, and no source (GUIDELINES
§3, nlp/own_outlet.py). Names listed in capitals (RTBF) and agencies tell nothing. Invented sentences."""
from newsgraph.gazetteer import load_gazetteer
from newsgraph.nlp.own_outlet import capitalised_outlet

DAY = "2023-12-20"


def cited(analyze, text):
    article = analyze("Un titre sans rapport\n\n" + text, published=DAY)
    return [s.name for s in article.sources]


def test_a_site_in_capitals_is_the_own_outlet(analyze):
    text = ("« Le dialogue reste possible », a confié à 7SUR7.CD un député de Goma. Selon l'agence Reuters, "
            "les rebelles ont quitté la ville.")
    assert cited(analyze, text) == ["Reuters"]


def test_the_same_site_as_listed_is_a_source(analyze):
    text = ("« Le dialogue reste possible », a confié à 7sur7.cd un député de Goma. Selon l'agence Reuters, "
            "les rebelles ont quitté la ville.")
    assert cited(analyze, text) == ["7sur7.cd", "Reuters"]


def test_names_listed_in_capitals_and_agencies_tell_nothing():
    gazetteer = load_gazetteer()
    assert capitalised_outlet([("RTBF", None, "interrogé par la RTBF")], gazetteer) is None
    assert capitalised_outlet([("Belga", None, "a indiqué à BELGA")], gazetteer) is None
    assert capitalised_outlet([("Actualite.cd", None, "interrogé par ACTUALITE.CD")], gazetteer).name == "Actualite.cd"
