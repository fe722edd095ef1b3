"""Warts of scraped press that ingest/mend.py repairs with its offsets mapped back: a word broken
by a hyphen at a line's end, an elided article's lost apostrophe, an opening guillemet glued to
the word before, a word in capitals glued to a capitalised one. Invented sentences."""
from newsgraph.ingest.mend import mend
from newsgraph.ingest.restore import restore_span

FUNCTION_WORDS = frozenset({"et", "ou", "qui", "il", "de", "and", "or"})


def _read(given: str, elided: str = "ld") -> tuple[str, list[int] | None]:
    return mend(given, FUNCTION_WORDS, elided)


def test_a_word_broken_at_a_line_end_is_read_as_one_word_and_its_span_is_the_text_as_given():
    given = "Des milieux indus- triels et des sources gouverne-\nmentales ont confirmé la vente."
    read, back = _read(given)
    assert read == "Des milieux indus-triels et des sources gouverne-mentales ont confirmé la vente."
    start = read.index("sources")
    end = start + len("sources gouverne-mentales")
    assert given[slice(*restore_span(back, start, end, given, read))] == "sources gouverne-\nmentales"


def test_a_suspended_hyphen_or_a_hyphen_typed_for_a_dash_is_left():
    for given in ("Les contrôles pré- et post-électoraux du bureau.", "La séance a été levée- il était tard.",
                  "Les ventes anti- ou pro-cycliques du port.", "Une voiture rouge-\nVerte du maire."):
        assert _read(given) == (given, None)


def test_an_elided_article_that_lost_its_apostrophe_gets_it_back_at_the_same_length():
    given = "Le maire a reçu l\u00a0envoyé du port avant d accueillir l hôte."
    read, back = _read(given)
    assert read == "Le maire a reçu l'envoyé du port avant d'accueillir l'hôte."
    assert len(read) == len(given)
    # a unit after a number, a letter before a consonant, and a language without elided articles
    assert _read("Il a versé 2 l au total et le plan l du port.") == ("Il a versé 2 l au total et le plan l du port.", None)
    assert _read("Le maire a reçu l envoyé.", elided="") == ("Le maire a reçu l envoyé.", None)


def test_an_opening_guillemet_glued_to_the_word_before_is_spaced():
    read, back = _read("Le maire a salué un geste pour« la paix » hier.")
    assert read == "Le maire a salué un geste pour « la paix » hier."
    assert back[read.index("«")] == read.index("«") - 1


def test_a_word_in_capitals_glued_to_a_capitalised_word_is_spaced():
    read, _ = _read("Vue du port. Photo UNICEFLubumbashi, 3 mai 2022 – Le maire a parlé.")
    assert "Photo UNICEF Lubumbashi, 3 mai" in read
    for given in ("Le gouverneur DeSantis et le PDG ont parlé.", "Les CEOs et JFKennedy.", "La NASA Lance une fusée."):
        assert _read(given) == (given, None)


def test_a_line_break_after_a_word_no_line_ends_on_is_read_as_a_space():
    unfinished = frozenset({"le", "que", "the"})
    given = "Le port a annoncé que\n40 navires partiraient.\nLe maire a reçu le\nPréfet du Nord."
    read, back = mend(given, unfinished=unfinished)
    assert read == "Le port a annoncé que 40 navires partiraient.\nLe maire a reçu le Préfet du Nord."
    assert len(read) == len(given)
    # a line ending on any other word may be a heading: its break stays before a capital
    for kept in ("Ce que le maire a dit\nLe port ferme.", "Le maire a reçu\nPaul Durand.", "le\nPort"):
        assert mend(kept, unfinished=unfinished) == (kept, None)


def test_a_line_of_prose_cut_inside_its_second_sentence_goes_on_over_the_break():
    given = "Le maire a ouvert la séance. Il a ensuite accueilli\nPaul Durand au port."
    read, _ = mend(given)
    assert read == "Le maire a ouvert la séance. Il a ensuite accueilli Paul Durand au port."
    # a heading holds no sentence's end: its break stays
    assert mend("Le maire a accueilli\nPaul Durand au port.") == ("Le maire a accueilli\nPaul Durand au port.", None)


# a vocabulary's ranks (1 the most frequent), as word_ranks reads them from the model's vectors
RANKS = {"gouvernement": 500, "gouverne": 20000, "ment": 11000, "intérieur": 1200, "inté": 300000,
         "rieur": 20000, "ministère": 1500, "nistère": None, "mi": 7000, "vice": 10000,
         "présidente": 5000, "vice-présidente": 18000, "viceprésidente": None, "centre": 340, "ville": 170,
         "centreville": 310000, "multi": 13000, "média": 7700, "multimédia": 8800, "multi-média": 340000,
         "extrêmes": 3000, "mes": 60}


def _ranked(given: str) -> tuple[str, list[int] | None]:
    return mend(given, FUNCTION_WORDS | {"mes"}, "ld", rank=lambda word: RANKS.get(word.lower()))


def test_a_broken_word_whose_joined_form_is_a_word_is_read_joined_and_its_span_is_the_text_as_given():
    given = "Le gouverne-\nment a visité le mi- nistère de l'inté-rieur hier."
    read, back = _ranked(given)
    assert read == "Le gouvernement a visité le ministère de l'intérieur hier."
    start = read.index("gouvernement")
    assert given[slice(*restore_span(back, start, start + len("gouvernement"), given, read))] == "gouverne-\nment"
    # joined where the joined form is more frequent than the hyphenated one
    assert _ranked("Un centre multi-\nmédia ouvre.")[0] == "Un centre multimédia ouvre."
    # and where the second half is a function word ("mes"): the joined form tells
    assert _ranked("Les partis extrê-\nmes et les autres.")[0] == "Les partis extrêmes et les autres."


def test_a_compound_cut_at_its_own_hyphen_keeps_it():
    # the hyphenated form is a word, or the halves are words more frequent than the joined form
    assert _ranked("La vice-\nprésidente du centre- ville parle.")[0] == "La vice-présidente du centre-ville parle."
    for given in ("La vice-présidente du centre-ville parle.", "Un centre multi-média et un mot-inconnu."):
        assert _ranked(given) == (given, None)
    # no vocabulary (a model with no vectors): the blank alone is taken out, as before
    assert _read("Le gouverne-\nment et l'inté-rieur.")[0] == "Le gouverne-ment et l'inté-rieur."


def test_the_analysis_reads_a_word_broken_at_a_line_end_whole_with_the_models_vocabulary(analyze):
    # (invented) the verb broken at a line's end is read whole: its quotation keeps its cue and
    # its speaker, its event its type and its parties
    given = "« Nous fermerons le port demain », a affir-\nmé le ministre Paul Marchand."
    article = analyze(given, published="2024-05-02", lang="fr")
    assert [(given[q.start:q.end], q.speaker.name) for q in article.quotes] == \
        [("Nous fermerons le port demain", "Paul Marchand")]
    article = analyze("La Russie a mena-\ncé l'Ukraine de représailles.", published="2024-05-02", lang="fr")
    assert [(e.type, e.actor.name, e.recipient.name) for e in article.events] == [("THREATEN", "Russie", "Ukraine")]


def test_other_elided_words_that_lost_their_apostrophe_get_it_back():
    elisions = frozenset({"qu", "n", "s", "c", "j"})
    given = "D\u00a0après le maire, qu il a reçu, c est fini et il n a rien dit. Qu elle parle\u00a0!"
    read, _ = mend(given, FUNCTION_WORDS, "ld", elisions=elisions)
    assert read.startswith("D'après le maire, qu'il a reçu, c'est fini et il n'a rien dit. Qu'elle parle")
    # a letter after a number (a unit), a capital inside a sentence (a name's initial), other letters
    for kept in ("Il mesure 2 m au total.", "Le plan B est prêt et Jean C Ortiz aussi."):
        assert mend(kept, FUNCTION_WORDS, "ld", elisions=elisions) == (kept, None)


def test_a_word_run_together_with_the_article_after_it_is_spaced():
    from newsgraph.nlp.pipeline import load_pipeline
    from newsgraph.process import reading
    vocab = load_pipeline("fr").vocab
    given = "Le maire veut aiderles familles et a convoquéles élus lundi."
    assert reading(given, "fr", vocab)[0] == "Le maire veut aider les familles et a convoqué les élus lundi."
    # a word of the vocabulary, a word ending a clause, a future tense: left whole
    for text in ("Les nouvelles tombent.", "Une aidela.", "Ils préempteront tout."):
        assert reading(text, "fr", vocab)[0] == text
