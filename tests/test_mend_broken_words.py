"""Warts of scraped press that ingest/mend.py repairs with its offsets mapped back: a word broken
by a hyphen at a line's end, an elided article's lost apostrophe, an opening guillemet glued to
the word before, a word in capitals glued to a capitalised one. Invented sentences."""
from newsgraph.ingest.mend import mend, restore_span

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
