"""Speaker nouns of the French pack (lang/fr/speaker_nouns.txt): local administrations, delegations
and the parties to an agreement or an alliance speak through their officers ("la préfecture a
indiqué vendredi que …", "les cinq partenaires ont affirmé que …"); a piece of evidence still says
nothing. Invented sentences."""


def test_a_prefecture_speaks(reports):
    assert reports("La préfecture maritime a indiqué vendredi que les recherches étaient terminées.") == [
        ("les recherches étaient terminées", "La préfecture maritime", "a indiqué")]


def test_partners_speak_together(reports):
    found = reports("Les cinq partenaires ont affirmé que la réforme des pensions serait leur priorité.")
    assert [(words, speaker) for words, speaker, _ in found] == [
        ("la réforme des pensions serait leur priorité", "Les cinq partenaires")]


def test_a_delegation_speaks(reports):
    found = reports("Les deux délégations affirment vouloir « une solution pacifique » à la crise.")
    assert [speaker for _, speaker, _ in found] == ["Les deux délégations"]


def test_evidence_still_says_nothing(reports):
    assert reports("Les analyses indiquent que le virus circule.") == []


def test_a_junta_or_a_regime_speaks_for_its_state(reports):
    # the press names a military or autocratic government by its form
    assert [speaker for _, speaker, _ in reports(
        "La junte accuse le voisin de « fermer les yeux » sur les trafics d'armes.")] == ["La junte"]
    assert [speaker for _, speaker, _ in reports(
        "Le régime accuse les exilés de préparer une « insurrection » dans le nord.")] == ["Le régime"]
