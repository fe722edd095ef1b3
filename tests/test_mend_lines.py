"""Line breaks that end no paragraph (ingest/lines.py): a text wrapped at a width is read as its
paragraphs, and a text whose lines are its paragraphs is left as it is. Invented texts."""
import textwrap

from newsgraph.ingest.mend import mend

PARAGRAPHS = ("Le ministre des Transports a présenté mardi un plan de rénovation des gares. Il prévoit "
              "trois milliards d'euros sur cinq ans. « Nous rattrapons un retard ancien », a déclaré "
              "Paul Verdier devant les élus de la région.",
              "Les syndicats de cheminots jugent le plan trop modeste. Selon leur porte-parole, Anne "
              "Morel, « rien n'est prévu pour les petites lignes ». Une grève est annoncée pour jeudi.",
              "Le gouvernement promet de revoir sa copie à l'automne si les recettes de la taxe sur les "
              "billets d'avion dépassent les prévisions. Les élus régionaux demandent à être associés au "
              "choix des gares rénovées en premier.")


def wrapped(width: int) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS)


def test_a_text_wrapped_at_a_width_is_read_as_its_paragraphs():
    for width in (50, 66, 78):
        text = wrapped(width)
        read, back = mend(text)
        assert read.split("\n\n") == list(PARAGRAPHS)
        at = read.index("Anne Morel")  # (a break after a hyphen, "porte-\nparole", is read "porte-parole")
        assert text[back[at]:back[at + len("Anne Morel")]].split() == ["Anne", "Morel"]


def test_a_wrapped_text_with_no_blank_line_keeps_the_break_of_a_short_last_line():
    text = "\n".join(textwrap.fill(p, 60) for p in PARAGRAPHS)
    read, _ = mend(text)
    assert read.split("\n") == list(PARAGRAPHS)


def test_lines_that_are_paragraphs_or_list_items_stay_broken():
    items = ("Le plan en bref :\n"
             "Trois milliards d'euros sur cinq ans pour les gares.\n"
             "Vingt gares rénovées avant la fin de l'année prochaine.\n"
             "Des ascenseurs partout.\n"
             "Une billetterie unique pour les trains régionaux et les bus.\n"
             "Un bilan présenté au Parlement chaque printemps.\n"
             "Des parkings à vélos surveillés dans toutes les gares de plus de mille voyageurs.\n"
             "Des horaires affichés en temps réel.")
    assert mend(items)[0] == items
    assert mend("\n\n".join(PARAGRAPHS))[0] == "\n\n".join(PARAGRAPHS)


def test_a_line_of_one_word_inside_a_sentence_goes_on():
    text = "Le ministre a dit que vous avez\naffaire\nà des gens pressés. The\nreport was late, said Le\nPrésident."
    read, _ = mend(text, unfinished=frozenset({"the", "le"}))
    assert read == text.replace("\n", " ")
    items = "Sommaire\nintroduction\nméthode\nrésultats"
    assert mend(items, unfinished=frozenset({"the", "le"}))[0] == items


def test_a_text_wrapped_with_its_character_references_is_read_as_its_paragraphs():
    # (a page wrapped at a width before its references were read: the width counts "&#039;" as
    # six characters, and a line holding several is short of the width once they are read)
    references = {"'": "&#039;", "«": "&laquo;", "»": "&raquo;"}
    for width in (50, 66, 78):
        text = "\n\n".join(textwrap.fill("".join(references.get(c, c) for c in p), width) for p in PARAGRAPHS)
        read, back = mend(text)
        assert read.split("\n\n") == [p.replace("\u00a0", " ") for p in PARAGRAPHS]


def test_a_break_inside_a_sentence_after_a_blank_goes_on():
    # (a double space the width cut in two leaves a blank at the line's end)
    read, _ = mend("Le maire a visité les quartiers du nord \net il a promis des travaux au port.")
    assert "\n" not in read and read.split() == "Le maire a visité les quartiers du nord et il a promis des travaux au port.".split()
    assert mend("Le maire parle \nPaul Durand arrive.")[0] == "Le maire parle \nPaul Durand arrive."


def test_a_one_word_line_cut_from_its_sentence_is_read_as_prose():
    # a capitalised word opening its paragraph, or a word after a clause's comma, with the
    # sentence going on in small letters on the next line: a break inside the sentence
    from newsgraph.ingest.lines import unwrapped
    assert unwrapped("Il est parti.\n\nOttawa\na pourtant promis une aide.") == \
        "Il est parti.\n\nOttawa a pourtant promis une aide."
    assert unwrapped("« Nous resterons », a dit le maire, « quoi qu'il arrive »,\na\najouté son adjoint.") == \
        "« Nous resterons », a dit le maire, « quoi qu'il arrive », a ajouté son adjoint."
    # a list of small words, and a heading before a paragraph, stay lines
    assert unwrapped("Au menu\n\nsoupe\nsalade\nfromage") == "Au menu\n\nsoupe\nsalade\nfromage"
    assert unwrapped("Fin.\n\nContexte\n\nLe texte suit.") == "Fin.\n\nContexte\n\nLe texte suit."
