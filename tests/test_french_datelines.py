"""French wire datelines (session fr8): the place before the dash of wire copy ("KINSHASA -",
"Namur (Belga) –", "Sion, 4 mai (ats) —") is not the subject of the first verb, so never a speaker.
The real model for the speaker; the pack pattern alone for the rest. The sentences are invented."""
import pytest

from newsgraph.lang import load_pack
from newsgraph.nlp.dateline import dateline_date


@pytest.mark.parametrize("dateline", ["Bukavu (AFP) - ", "BUKAVU - ", "Sion, 4 mai (ats) — ", "Namur (Belga) – "])
def test_a_french_wire_dateline_is_not_the_speaker(analyze, dateline):
    text = f"{dateline}Le gouverneur de la province a affirmé mardi que les routes seraient rouvertes."
    (quote,) = analyze(text, published="2023-05-04").quotes
    assert quote.text == "les routes seraient rouvertes"
    assert text[quote.speaker.start:quote.speaker.end] == "Le gouverneur de la province"


def test_the_french_dateline_pattern_reads_places_and_dates():
    pack = load_pack("fr")
    dateline = pack.pattern("dateline")
    assert dateline.match("Bukavu (AFP) - Le gouverneur").group(0) == "Bukavu (AFP) - "
    assert dateline.match("SAINT-GALL - Le conseil").group(0) == "SAINT-GALL - "
    assert dateline.match("Sion, 4 mai (ats) — Le").group(0) == "Sion, 4 mai (ats) — "
    # a capitalised word before a dash without an agency may be a run-in heading: not a place
    assert dateline.match("Bukavu - le gouverneur") is None
    assert dateline.match("Le maire a dit - hier - que") is None
    # a place dateline gives no date; a dated one still does
    assert dateline_date("Titre\n\nBukavu (AFP) - Le maire a parlé.", pack) is None
    assert dateline_date("3 mars 2021. - Le maire a parlé.", pack) == "2021-03-03"


@pytest.mark.parametrize("head", ["BRUXELLES 19/12 (BELGA) = ", "Kinshasa, 6 avril 2021 (7SUR7.CD).- ",
                                  "Kinshasa, le 19 février 2024 - ", "(Belga) ", "(Ottawa) ", "(ACP).- ",
                                  "Ottawa — ", "Saint-Pétersbourg, 28 juillet 2023 (ACTUALITE.CD) – "])
def test_the_press_dateline_shapes_are_datelines(head):
    """The heads of Belgian, Congolese and Canadian dispatches (stop 70): a place or credit, maybe a
    date, then "=", ".-" or a dash; a place or agency alone in brackets before a capital."""
    dateline = load_pack("fr").pattern("dateline")
    assert dateline.match(head + "Le gouvernement a annoncé").group(0) == head


@pytest.mark.parametrize("text", ["Macron a dit — le jour même — que", "(voir plus bas) le ministre",
                                  "Kinshasa, la capitale - le gouverneur", "Bukavu - Le gouverneur",
                                  "Le Qatar, 19 pays - Le"])
def test_body_text_is_no_dateline(text):
    assert load_pack("fr").pattern("dateline").match(text) is None


def test_a_bracketed_place_or_numeric_dated_dateline_is_not_the_speaker(analyze):
    text = ("Le Qatar met en garde\n\nBRUXELLES 19/12 (BELGA) = Le Qatar a averti dimanche que les "
            "négociations seraient suspendues.")
    (quote,) = analyze(text, published="2023-12-19").quotes
    assert text[quote.speaker.start:quote.speaker.end] == "Le Qatar"
