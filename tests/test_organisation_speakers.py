"""Speaker nouns (lang/fr/speaker_nouns.txt): a body of members or an organisation speaks through
its officers, and people named by what they do or went through speak for themselves ("Les
pompiers", "un survivant"), so a cue whose subject such a noun heads reports ("La fédération
précise que …"), where a subject that is no speaker ("Les analyses indiquent que") reports
nothing. Real French model; the sentences are invented."""

PUBLISHED = "2024-03-05"
TITLE = "Un titre sans rapport\n\n"


def reports(analyze, sentence):
    article = analyze(TITLE + sentence, published=PUBLISHED)
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_a_union_federation_speaks(analyze):
    for subject in ("La centrale syndicale", "La fédération", "L'organisme"):
        found = reports(analyze, f"{subject} précise que le guichet restera fermé jusqu'en juin.")
        assert found == [("le guichet restera fermé jusqu'en juin", subject)]


def test_people_named_by_what_they_do_speak(analyze):
    for subject in ("Les pompiers", "Des riverains", "Un survivant"):
        found = reports(analyze, f"{subject} ont affirmé que l'incendie avait duré trois heures."
                        .replace("Un survivant ont", "Un survivant a"))
        assert found == [("l'incendie avait duré trois heures", subject)]


def test_a_name_opening_a_markers_words_is_no_apposition_of_its_speaker(analyze):
    # the titled name after the marker's comma opens the words it reports: the ministry speaks
    found = reports(analyze, "Selon le ministère tchadien de la Défense, le général Idriss Mahamat a inspecté "
                             "mardi les troupes déployées dans le nord.")
    assert found == [("le général Idriss Mahamat a inspecté mardi les troupes déployées dans le nord",
                      "le ministère tchadien de la Défense")]
