"""An adjective in marks that a cue of the clause frame says of the clause after it ("juge
« inacceptable » que …", "a jugé « hautement probable » que …") opens the words: the adjective,
the complementiser and the clause are one mixed quote (object_frames.judged_clause; the verb read
as a noun too, cues._verb_cue). Invented sentences."""

TEXTS = {
    "noun": "La diplomatie chinoise juge « inadmissible » que des navires étrangers entrent dans ses eaux.",
    "plural": "Les ministres jugent « très probable » que l'attaque soit russe.",
    "compound": "Le ministre a jugé « hautement probable » que le sabotage soit l'œuvre d'un service étranger.",
}


def test_a_quoted_adjective_before_the_clause_opens_the_words(analyzed):
    articles = analyzed(TEXTS, headline=True)
    found = {key: [(q.text, q.type, q.cue.text) for q in a.quotes] for key, a in articles.items()}
    assert found["noun"] == [("« inadmissible » que des navires étrangers entrent dans ses eaux", "mixed", "juge")]
    assert found["plural"] == [("« très probable » que l'attaque soit russe", "mixed", "jugent")]
    assert found["compound"] == [("« hautement probable » que le sabotage soit l'œuvre d'un service étranger",
                                  "mixed", "a jugé")]
