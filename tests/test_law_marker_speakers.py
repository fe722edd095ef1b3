"""Markers (marker_reports.find_marker_reports): a text of law after "selon" or "d'après" gives no one's
words (GUIDELINES §2.6, law_nouns.txt); a body's figures and a medium's article still speak for
the body or the medium. Real French model; the sentences are invented."""


def test_a_bill_or_a_constitution_after_a_marker_is_no_speaker(reports):
    assert reports("Selon le projet de loi, tout contrevenant devra payer une amende.") == []
    assert reports("D'après la Constitution, le président est élu pour cinq ans.") == []
    assert reports("Le mandat dure cinq ans, selon la charte du mouvement.") == []


def test_a_body_or_a_medium_after_a_marker_still_speaks(reports):
    assert [s for _, s, _ in reports("Selon le ministère, tout contrevenant devra payer une amende.")] == \
        ["le ministère"]
    assert [w for w, _, _ in reports("Onze personnes ont été blessées, selon un bilan de la police.")] == \
        ["Onze personnes ont été blessées"]
