"""Scraped text: the damaged gold copies of evaluate/warts.py keep every annotation on the same
words, and the tokenizer and sentence rules read punctuation a scraper glued to the next word."""
import pytest

from newsgraph.evaluate.warts import SUFFIX, apply_edits, damaged

TEXT = ("Un titre\n\n« Nous partirons », a déclaré mardi le ministre. Il a ajouté que l’accord tenait.\n"
        "Le président, selon l'AFP, a répondu : « Non ». Les “experts” doutent ; d'autres pas.")


def gold():
    quote = TEXT.index("Nous partirons")
    source = TEXT.index("l'AFP")
    later = TEXT.index("Non")
    return {"id": "article-7", "text": TEXT,
            "quotes": [{"quote": "Nous partirons", "start": quote, "end": quote + len("Nous partirons")},
                       {"quote": "Non", "start": later, "end": later + 3}],
            "sources": [{"name": "AFP", "start": source + 2, "end": source + 5}], "countries": ["FRA"]}


def test_edits_move_offsets_with_the_text():
    text, moved = apply_edits("ab. Cd\n\nEf", [(3, 4, ""), (6, 8, " "), (0, 0, "\u200b")])
    assert text == "\u200bab.Cd Ef"
    assert text[moved[4]:moved[6]] == "Cd" and text[moved[8]:moved[10]] == "Ef"
    assert text[moved[0]:moved[2]] == "ab"  # an insertion before a span stays out of it
    assert len(moved) == len("ab. Cd\n\nEf") + 1 and moved[-1] == len(text)


def test_a_damaged_gold_article_keeps_its_annotations_on_the_same_words():
    original = gold()
    copy = damaged(original)
    assert copy["id"] == "article-7" + SUFFIX and copy["text"] != TEXT
    assert "«" not in copy["text"] and "’" not in copy["text"] and "“" not in copy["text"]
    for layer in ("quotes", "sources"):
        for before, after in zip(original[layer], copy[layer]):
            words = copy["text"][after["start"]:after["end"]].replace("\u200b", "").replace("\u00ad", "")
            assert words.replace("\u00c2\u00a0", "").strip() == TEXT[before["start"]:before["end"]]
    assert copy["countries"] == ["FRA"] and original["text"] == TEXT  # the gold itself is untouched


def test_the_damage_is_the_same_on_every_run_and_differs_between_articles():
    assert damaged(gold())["text"] == damaged(gold())["text"]
    texts = {damaged(dict(gold(), id=f"article-{n}"))["text"] for n in range(12)}
    assert len(texts) > 1


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp.pipeline import load_pipeline
    return load_pipeline("fr")


def test_punctuation_glued_to_the_next_word_is_a_token_of_its_own(nlp):
    doc = nlp.make_doc("Elle était prête;il a dit « non ».Il part,selon l'AFP.Mais vrai?Oui. Le site lemonde.fr, "
                       "U.S.Army, 3.5 %, 14:30 et \u200bPaolo")
    words = [t.text for t in doc]
    for token in ("prête", ";", "il", "Il", "AFP", "Mais", "vrai", "?", "Oui", "\u200b", "Paolo"):
        assert token in words, token
    for kept in ("lemonde.fr", "U.S.Army", "3.5", "14:30"):
        assert kept in words, kept  # no split where the text holds no glued mark
    assert doc.text == "Elle était prête;il a dit « non ».Il part,selon l'AFP.Mais vrai?Oui. Le site lemonde.fr, " \
                       "U.S.Army, 3.5 %, 14:30 et \u200bPaolo"


def test_a_sentence_ends_at_a_glued_final_mark(nlp):
    doc = nlp("« Nous partirons », a déclaré le ministre.Le président a dit : « Non ».Il est parti, selon "
              "l'AFP.Mais M. Dupont reste.« Nous verrons », dit-il.L'attaque a eu lieu aux U.S.A.Vraiment.")
    starts = [s.text.split()[0] for s in doc.sents]
    assert starts == ["«", "Le", "Il", "Mais", "«", "L'attaque"]


def test_a_sentence_ends_after_a_glued_year_or_a_mark_glued_to_its_word(nlp):
    # invented: a year before the glued full stop, and a straight closing mark that stays on its word
    doc = nlp('Le port a fermé en 2019.Selon le maire, la ville dort. Il a parlé de "travaux urgents".D\'après '
              'lui, le taux est de 3.5 pour cent. Le contrat a pris fin en 2018.TCX a confirmé la fin du contrat.')
    starts = [s.text.split()[0] for s in doc.sents]
    assert starts == ["Le", "Selon", "Il", "D'après", "Le", "TCX"]
    assert "3.5" in [t.text for t in doc]


def test_the_stray_letter_of_a_misdecoded_no_break_space_is_taken_out_of_the_text_read():
    from newsgraph.ingest.mend import mend
    text = "Le port est fermé, selon la Â\u00a0mairie. Â propos de rien."
    read, back = mend(text)
    assert "Â\u00a0" not in read and "la mairie" in read
    assert back[read.index("mairie")] == text.index("mairie")
    # a lone "Â" before an ordinary space is the same wart once its no-break space was made plain
    # (mend._LONE_MISDECODED, stop 50); inside a word it stays
    assert ". propos de rien." in read and back[read.index("propos")] == text.index("propos")
    assert mend("CHÂTEAU Â Paris")[0] == "CHÂTEAU Paris"


def test_a_straight_quotation_mark_glued_to_words_and_marks_is_a_token_and_may_open_a_sentence(nlp):
    # invented: closing and opening straight marks glued around a full stop and a comma
    doc = nlp('Le maire parle de "travaux"."Nous fermons le port" dit-il. Il a dit "oui","non" ensuite.')
    words = [t.text for t in doc]
    assert words[:10] == ["Le", "maire", "parle", "de", '"', "travaux", '"', ".", '"', "Nous"]
    assert ["oui", '"', ",", '"', "non"] == words[words.index("oui"):words.index("oui") + 5]
    assert [s.text.split()[0] for s in doc.sents] == ["Le", '"Nous', "Il"]


def test_a_mark_glued_before_an_opening_quotation_mark_or_after_a_bracket_is_a_token(nlp):
    words = [t.text for t in nlp.make_doc('Il a répondu:"Jamais". Elle part!"Non", dit-il (Belga).Le soir.')]
    for token in ("répondu", ":", "part", "!", "Belga", ")", "."):
        assert token in words, token


def test_an_invisible_character_before_a_name_is_never_the_speaker():
    """Scraped text: a soft hyphen or zero-width space the parser makes a subject of its own
    ('However, \\xadPagliano's lawyer has said …'). Invented."""
    from newsgraph.nlp.pipeline import load_pipeline
    text = "However, \u00adMiller's lawyer has said he will refuse to answer any questions from the panel."
    doc = load_pipeline("en")(text)
    (quote,) = doc._.ng_quotes
    assert text[quote.speaker.start:quote.speaker.end] == "Miller's lawyer"


LONG = ("Le ministre des Transports a présenté mardi un plan de rénovation des gares régionales.\n\n"
        "« Nous rattrapons un retard considérable », a déclaré Paul Verdier devant les élus, selon l'AFP.\n\n"
        "Les syndicats jugent le plan insuffisant. « Rien n’est prévu pour les petites lignes », regrette "
        "Anne Morel, porte-parole des cheminots, qui annonce une grève & une manifestation.\n\n"
        "Le gouvernement promet de revoir sa copie à l'automne.")


def long_gold(n):
    spans = ("Nous rattrapons un retard considérable", "Paul Verdier", "Rien n’est prévu pour les petites lignes",
             "Anne Morel", "de revoir sa copie")
    return {"id": f"long-{n}", "lang": "fr", "text": LONG,
            "quotes": [{"start": LONG.index(s), "end": LONG.index(s) + len(s)} for s in spans]}


def test_each_extra_kind_keeps_the_annotations_on_the_same_words():
    import html
    from newsgraph.evaluate.warts import EXTRA_KINDS
    for kind in EXTRA_KINDS:
        for n in range(8):
            gold = long_gold(n)
            copy = damaged(gold, (kind,))
            for before, after in zip(gold["quotes"], copy["quotes"]):
                was, now = LONG[before["start"]:before["end"]], copy["text"][after["start"]:after["end"]]
                now = html.unescape(now).replace("-\n", "").replace("- ", "")
                if kind == "hyphen_break":
                    now = now.replace("-", "") if "-" not in was else now
                assert now.split() == was.split(), (kind, n, was, now)


def test_the_extra_kinds_move_no_draw_of_the_default_ones():
    from newsgraph.evaluate.warts import ALL_KINDS, EXTRA_KINDS, KINDS, damage_edits
    for n in range(8):
        every = damage_edits(LONG, f"long-{n}", ALL_KINDS)
        assert damage_edits(LONG, f"long-{n}", KINDS) == every[:len(damage_edits(LONG, f"long-{n}", KINDS))]
        for kind in EXTRA_KINDS:
            assert set(damage_edits(LONG, f"long-{n}", (kind,))) <= set(every)
    assert len({damaged(long_gold(n), ALL_KINDS)["text"] for n in range(8)}) > 1


def test_the_eval_command_checks_the_wart_kinds_it_is_given():
    from newsgraph.cli_eval import _wart_kinds
    from newsgraph.evaluate.warts import ALL_KINDS
    assert _wart_kinds(None) is None and _wart_kinds("all") == ALL_KINDS
    assert _wart_kinds("entity, wrapped") == ("entity", "wrapped")
    with pytest.raises(ValueError):
        _wart_kinds("entity,mud")
