"""A city ending the name of an agreement, a process or a format ("l'accord de Paris sur le climat",
"le processus de Luanda", "les accords de paix de Dayton") names no state: not the government
that acts, not a place of the story. The same capital elsewhere in the text still does."""
import newsgraph


def _countries(text: str) -> set[str]:
    article = newsgraph.analyze(text, lang="fr", published="2024-03-12")
    return {a.country for a in article.actors if a.kind == "country"}


def test_a_capital_in_an_agreement_name_names_no_state():
    countries = _countries("Le Brésil a promis de respecter l'accord de Paris sur le climat. "
                           "Le Kenya et l'Ouganda soutiennent le processus de Luanda.")
    assert "FRA" not in countries and "AGO" not in countries
    assert {"BRA", "KEN", "UGA"} <= countries


def test_a_capital_after_words_between_the_noun_and_its_name():
    assert "BLR" not in _countries("Le Kremlin a invoqué les accords de paix de Minsk devant le Conseil.")


def test_the_same_capital_acting_still_names_its_state():
    countries = _countries("Le Brésil a promis de respecter l'accord de Paris sur le climat. "
                           "Paris a salué cet engagement.")
    assert "FRA" in countries


def test_a_capital_after_another_noun_still_names_its_state():
    assert "AGO" in _countries("Le Kenya a salué la décision de Luanda de rouvrir la frontière.")
