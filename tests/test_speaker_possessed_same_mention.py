"""A possessed designation that is the subject of two reports of one sentence ("Son porte-parole
a rappelé que …, et a demandé à X de …") has one owner for both: the second report does not read
the first one's turn as a new speaker and fall back on the latest person named
(speakers._possessed, by mention). Invented sentences."""


def test_both_reports_of_a_possessed_subject_have_the_same_owner(analyze):
    article = analyze("Un titre sans rapport\n\n"
                      "Le ministre norvégien de la Pêche, Odd Berge, a reçu les pêcheurs lundi.\n\n"
                      "La Commission européenne a appelé au calme. Son porte-parole a rappelé que l'accord "
                      "prévoyait un arbitrage, et a demandé à la Norvège de « tenir parole ».",
                      published="2024-03-05")
    owners = {q.speaker.name for q in article.quotes}
    assert len(article.quotes) == 2
    assert len(owners) == 1 and "Commission européenne" in owners.pop()
