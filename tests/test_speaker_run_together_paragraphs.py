"""Speakers where a scraper ran two paragraphs together ("… arrivent. »L'opposition, elle,
ironise."): a stressed pronoun restating a subject named before it in a new sentence is no
inverted incise (nlp/quote_incises.py); a sentence that reports words of its own names no
speaker for the words before it (nlp/continuations.py _next_subject). Invented sentences."""


def test_restated_subject_of_a_new_sentence_is_no_incise(analyze):
    text = ("Budget\n\n"
            "12 avril 2022. Le directeur des finances, Paul Blanc, a présenté les comptes. "
            "« Nous restons prudents », tempère le ministre. « Les années difficiles arrivent. » "
            "L'opposition, elle, ironise. « Ils découvrent un trésor caché », raille le député Marc Petit.")
    article = analyze(text, published="2022-04-12", lang="fr")
    speakers = {q.text: q.speaker.name for q in article.quotes}
    assert speakers["Les années difficiles arrivent."] == "Paul Blanc"


def test_sentence_with_its_own_report_names_no_speaker_for_the_words_before(analyze):
    text = ("Combats\n\n"
            "22 février 2024. Son président, Jean Kabeya, a expliqué à la radio :\n\n"
            "« Depuis mardi, les combats n'ont pas cessé. Les habitants fuient.\n\n"
            "Nous lançons un appel aux autorités pour qu'elles protègent ces civils. » "
            "Le porte-parole de l'armée, le colonel Marc Petit, a pour sa part assuré que les soldats "
            "« tiennent leurs positions ».")
    article = analyze(text, published="2024-02-22", lang="fr")
    speakers = {q.text[:8]: q.speaker.name for q in article.quotes}
    assert speakers["Nous lan"] == "Jean Kabeya"

