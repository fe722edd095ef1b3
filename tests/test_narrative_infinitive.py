"""The narrative infinitive (session fr8): "Et d'ajouter que …" reports for the one who spoke last;
an infinitive clause as a subject ("De dire que … serait faux") reports nothing. The real model;
invented sentences."""


def test_a_narrative_infinitive_reports_for_the_last_speaker(analyze):
    text = ("Le bourgmestre Paul Delvaux a jugé le projet trop coûteux. Et d'ajouter que les "
            "communes voisines refuseraient de payer.")
    (quote,) = analyze(text, published="2022-05-03").quotes
    assert quote.text == "les communes voisines refuseraient de payer"
    assert quote.speaker.name == "Paul Delvaux"


def test_an_infinitive_subject_clause_is_no_report(analyze):
    assert analyze("De prétendre que la digue tiendra serait imprudent.", published="2022-05-03").quotes == []
