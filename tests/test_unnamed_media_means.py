"""Issue 10, a media noun with no determiner after "par" is the means of a call, not a medium
("joint par radio", "alertés par radio": nlp/unnamed_media.py); with its determiner it is the
medium that reached or told ("contacté par la radio publique"). Invented sentences."""
from source_texts import cited


def test_a_bare_media_noun_after_par_is_a_means():
    means, alerted, medium = cited(
        "« Le chalutier prend l'eau », a dit le capitaine, joint par radio depuis le large.",
        "Les sauveteurs, alertés par radio vers midi, ont rejoint le port, a indiqué la préfecture.",
        "Le capitaine, contacté par la radio publique, a assuré que l'équipage était sauf.")
    assert means == [] and alerted == []
    assert [(name, named) for name, _, named in medium] == [("radio publique", False)]
