"""Social platforms are no news media (GUIDELINES §3: "sur Twitter", "sur YouTube" are not
sources): a channel on one, written after a media noun ("sa chaîne Telegram", "la chaîne YouTube
du parti", "la chaîne Telegram Rybar"), cites nothing, nor does the speaker's own channel ("sur sa
chaîne"). The platforms are listed organisations (data/organizations.tsv). Invented sentences."""
from source_texts import cited


def test_a_channel_on_a_platform_is_no_medium():
    assert cited("Le groupe paramilitaire a annoncé sur sa chaîne Telegram que le village était tombé.",
                 "Selon la chaîne Telegram Pobeda, proche de l'armée, le village est tombé.",
                 "Selon la chaîne YouTube du parti, le candidat se retire de la course.") == [[], [], []]


def test_a_channel_of_a_medium_still_cites_it():
    assert cited("Selon la chaîne Al Jazeera, le village est tombé dans la nuit.") == [
        [("Al Jazeera", "Selon la chaîne Al Jazeera", True)]]
    assert [[name for name, _, _ in found] for found in cited(
        "Selon une chaîne de télévision locale, le village est tombé dans la nuit.")] == [["chaîne de télévision locale"]]
