"""A bare past participle of a speech verb opening its sentence and set off by a comma is a passive:
the subject of the clause it modifies is the one judged, not the speaker; its agent ("par X"),
when named, speaks (nlp/cues.py _detached_participle). Invented sentences."""


def test_detached_participle_gives_no_speaker_to_the_one_judged(reports):
    found = reports("Décrit comme « incontrôlable », le joueur quitte le club.")
    assert [speaker for _, speaker, _ in found if speaker == "le joueur"] == []


def test_detached_participle_with_its_agent(reports):
    found = reports("Qualifié de « héros » par la presse, le pompier a refusé toute récompense.")
    assert [(speaker, cue) for _, speaker, cue in found] == [("la presse", "Qualifié")]
