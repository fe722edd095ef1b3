"""Issue 10, a definite description with a noun of media and other bodies ("agence") that takes up
the agency the article cited under that noun (nlp/anaphoric_media.py): "selon la même agence" after
"selon l'agence de presse du Ghana" cites it again, unnamed; another body's phrase with the noun in
between ("l'agence spatiale européenne"), or none cited before ("l'Agence internationale de
l'énergie atomique"), leaves "selon l'agence" to that body. Invented sentences."""
from source_texts import cited


def test_the_same_agency_is_cited_again():
    found = cited("Le ministre a été limogé, selon l'agence de presse du Togo. "
                  "Il aurait détourné des fonds publics, selon la même agence.")
    assert [(evidence, named) for _, evidence, named in found[0]] == [
        ("selon l'agence de presse du Togo", False), ("selon la même agence", False)]
    assert found[0][1][0] == found[0][0][0]  # under the cited agency's name


def test_an_agency_of_another_kind_takes_the_description_up():
    between, body = cited(
        "Le ministre a été limogé, selon l'agence de presse du Togo. L'agence spatiale européenne a lancé "
        "un satellite mardi. Selon l'agence, le lancement a réussi.",
        "L'Agence internationale de l'énergie atomique a inspecté le site. Selon l'agence, aucune fuite "
        "n'a été détectée.")
    assert [evidence for _, evidence, _ in between] == ["selon l'agence de presse du Togo"]
    assert body == []
