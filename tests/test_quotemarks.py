"""Pairing quotation marks in scraped text (no model needed)."""
from newsgraph.nlp.paragraphs import paragraph_spans
from newsgraph.nlp.quotemarks import find_quoted


def inner(text, spans):
    return [text[s.start:s.end] for s in spans]


def test_guillemets_with_non_breaking_spaces():
    text = "Il a dit :\u00a0«\u00a0Nous partirons demain\u00a0», puis il est parti."
    assert inner(text, find_quoted(text)) == ["Nous partirons demain"]


def test_straight_quotes_nested_in_straight_quotes():
    text = 'Elle dit "il y a une "activisation" du Kremlin" hier.'
    spans = find_quoted(text)
    assert [(text[s.start:s.end], s.depth) for s in spans] == [
        ('il y a une "activisation" du Kremlin', 0), ("activisation", 1)]


def test_missing_space_after_colon():
    text = 'Il a répondu:"Jamais".'
    assert inner(text, find_quoted(text)) == ["Jamais"]


def test_curly_quotes_and_trailing_comma_dropped():
    text = "“C’est fini,” a-t-il ajouté."
    assert inner(text, find_quoted(text)) == ["C’est fini"]


def test_stray_mark_does_not_swallow_the_next_paragraph():
    text = 'Un " égaré ici.\n\n« Vraie citation », dit-elle.'
    spans = find_quoted(text, paragraph_spans(text))
    assert inner(text, spans) == ["Vraie citation"]
    assert spans[0].depth == 0


def test_unclosed_quote_opening_a_paragraph_runs_to_its_end():
    text = "« Premier paragraphe d'une longue citation.\n\n« Suite et fin. »"
    spans = find_quoted(text, paragraph_spans(text))
    assert inner(text, spans) == ["Premier paragraphe d'une longue citation.", "Suite et fin."]
    assert spans[0].closed is False


def test_single_line_breaks_separate_paragraphs():
    text = "Il a dit « oui sans fermer\nUne autre ligne « avec une vraie citation » ici."
    spans = find_quoted(text, paragraph_spans(text))
    assert inner(text, spans) == ["avec une vraie citation"]


def test_a_quotation_left_open_runs_to_the_paragraph_end_when_the_next_one_reopens():
    # English wire convention: a quotation running over paragraphs leaves each one open
    text = ('"We have been patient," Lambert said. "We wrote letters. Nobody listened.\n\n'
            '"Now they will listen."')
    spans = find_quoted(text, paragraph_spans(text))
    assert inner(text, spans) == ["We have been patient", "We wrote letters. Nobody listened.",
                                  "Now they will listen."]
    assert spans[1].closed is False


def test_a_quotation_broken_off_without_a_final_mark_still_runs_on_when_the_next_paragraph_reopens():
    # invented: the paragraph ends on a word (a final mark lost, or a sentence run over paragraphs)
    text = ('"We have been patient," Lambert said. "We wrote letters and nobody listened to us\n\n'
            '"Now they will listen."')
    spans = find_quoted(text, paragraph_spans(text))
    assert inner(text, spans) == ["We have been patient", "We wrote letters and nobody listened to us",
                                  "Now they will listen."]


def test_a_mark_left_open_is_stray_when_the_next_paragraph_does_not_reopen():
    text = 'He said "we wrote letters. Nobody listened.\n\nThe minister left.'
    assert find_quoted(text, paragraph_spans(text)) == []


def test_a_mark_left_open_before_a_closing_mark_at_the_paragraph_end_is_stray():
    # a final mark may close a quotation whose opening mark was lost: no run-on then
    text = 'He said "we wrote letters and ‘nobody listened’\n\n"Now they will."'
    assert inner(text, find_quoted(text, paragraph_spans(text))) == ["nobody listened", "Now they will."]


def test_a_quotation_split_inside_its_sentence_by_a_line_break_is_one_quotation():
    # invented: the first paragraph breaks off on a word and the next reopens with a lowercase word
    text = ('"We waited eleven years and nobody in the capital\n\n'
            '"ever came to see the bridge," the mayor said.')
    spans = find_quoted(text, paragraph_spans(text))
    assert inner(text, spans) == ['We waited eleven years and nobody in the capital\n\n"ever came to see the bridge']
    # a capital after the mark may open a new sentence whose final mark was lost: two quotations
    text = '"We waited eleven years\n\n"Nobody came," the mayor said.'
    assert inner(text, find_quoted(text, paragraph_spans(text))) == ["We waited eleven years", "Nobody came"]


def test_a_straight_mark_pairs_with_a_typographic_mark_of_the_other_style():
    # invented: scraped copy retyped one side of a quotation ('"…»', '« …"')
    text = 'Le maire a dit : "Le pont sera rouvert lundi.» Puis il est parti.'
    assert inner(text, find_quoted(text)) == ["Le pont sera rouvert lundi."]
    text = 'Le maire a dit : « Le pont sera rouvert lundi." Puis « merci ».'
    assert inner(text, find_quoted(text)) == ["Le pont sera rouvert lundi.", "merci"]
    # two typographic styles without a straight mark stay apart: “ never closes with »
    text = 'Le maire a dit : “Le pont sera rouvert lundi.» Puis il est parti.'
    assert inner(text, find_quoted(text)) == []


def test_two_character_marks_are_read_whole_but_not_across_the_paragraph_end():
    from newsgraph.nlp.quotemarks import _marks
    text = "Il dit ''non'' puis ''"
    assert [(i, width) for i, width, *_ in _marks(text, 0, len(text))] == [(7, 2), (12, 2), (20, 2)]
    # the paragraph ends between the two characters: the first one is a mark of its own
    assert [(i, width) for i, width, *_ in _marks(text, 0, len(text) - 1)] == [(7, 2), (12, 2), (20, 1)]
    assert [i for i, *_ in _marks("l'avis d'un 'vrai' ami", 0, 23)] == [12, 17]  # apostrophes skipped


def test_a_low_opening_mark_is_closed_by_the_high_one_after_a_comma_or_a_stop():
    # („…“ pairs: "“" after a comma would open a quotation glued to it, but a „ is open)
    text = "„Nous partirons demain,“ a dit le maire. „Le port ferme.“ Puis “oui”."
    spans = find_quoted(text)
    assert [(text[s.start:s.end], s.depth) for s in spans] == \
        [("Nous partirons demain", 0), ("Le port ferme.", 0), ("oui", 0)]


def test_a_pair_of_two_styles_or_of_another_press_is_read_as_the_languages_pair():
    from newsgraph.nlp.quotemarks import typographic
    given = 'Un „refus“ net, un "accord” signé, un “pacte" rompu ; « le “non” reste ».'
    read = typographic(given, "«", "»", paragraph_spans(given))
    assert read == 'Un «refus» net, un «accord» signé, un «pacte» rompu ; « le “non” reste ».'
    assert len(read) == len(given)


def test_a_quotation_between_marks_of_two_styles_keeps_its_speaker():
    from newsgraph.model import Article
    from newsgraph.process import process

    def speakers(text):
        article = next(process([Article(id="t", text=text, lang="fr", published="2021-03-01")]))
        return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]
    clean = "« Nous fermerons le port en mai », a déclaré le maire de Brest, Paul Kermarec."
    assert speakers(clean) == [("Nous fermerons le port en mai", "Paul Kermarec")]
    for damaged in (clean.replace("« ", "„").replace(" »", "“"), clean.replace("« ", '"').replace(" »", "”")):
        assert speakers(damaged) == speakers(clean), damaged


def test_a_top_level_curly_pair_in_french_is_read_as_guillemets_but_a_nested_one_is_left():
    from newsgraph.nlp.quotemarks import typographic
    given = "“Nous fermerons”, dit-il. « Le “plan” tient », ajoute-t-elle."
    read = typographic(given, "«", "»", paragraph_spans(given))
    assert read == "«Nous fermerons», dit-il. « Le “plan” tient », ajoute-t-elle."


def test_a_quotation_over_two_paragraphs_whose_break_was_lost_ends_where_the_next_reopens():
    from newsgraph.nlp.quotemarks import find_quoted
    clean = "Le maire a parlé.\n« Nous fermerons le port demain.\n« Les pêcheurs seront aidés », a-t-il dit."
    for glued in (clean.replace("demain.\n«", "demain. «"), clean.replace("demain.\n«", "demain.«")):
        spans = [(s.start, s.end, s.depth, s.closed) for s in find_quoted(glued, [(0, 17), (18, len(glued))])]
        first, second = glued.index("Nous"), glued.index("Les")
        assert spans == [(first, glued.index("demain.") + 7, 0, False), (second, glued.index(" »"), 0, True)]
    # a quotation nested after a short one ("« non. « oui » »") and a site's “ that closes ('fin.“')
    nested = "Il a dit « non. « oui » » hier."
    assert [s.depth for s in find_quoted(nested)] == [0, 1]
    both_sides = "Elle a dit “Nous partirons demain matin.“\nLe maire a répondu."
    assert [s.closed for s in find_quoted(both_sides, [(0, 41), (42, len(both_sides))])] == [True]


def test_a_top_level_pair_of_straight_single_marks_is_read_as_guillemets_in_french():
    # a site's "&#39;" references read back to "'": the pair quotes, the apostrophes inside a
    # word stay, and a pair nested in another quotation is left as printed
    from newsgraph.nlp.quotemarks import typographic
    given = "Il a rejeté des accusations 'sans fondement'. « Ils ont crié 'non' », dit-il. L'ONU 'c'est tout'."
    read = typographic(given, "«", "»", paragraph_spans(given), singles=True)
    assert read == "Il a rejeté des accusations «sans fondement». « Ils ont crié 'non' », dit-il. L'ONU «c'est tout»."
    assert typographic(given, "«", "»", paragraph_spans(given)) == given  # (off: English keeps them)


def test_a_quoted_object_in_single_marks_a_site_wrote_as_references_is_reported():
    from newsgraph.model import Article
    from newsgraph.process import process
    text = ("L'ambassade de Chine a rejeté des accusations &#39;sans fondement&#39; dans un communiqué. "
            "Le ministre a qualifié l'Union européenne de &#39;partenaire peu fiable&#39;.")
    article = next(process([Article(id="t", text=text, lang="fr", published="2024-02-14")]))
    found = [(q.type, q.cue.text if q.cue else None, q.speaker.name if q.speaker else None) for q in article.quotes]
    assert ("mixed", "a rejeté", "L'ambassade de Chine") in found
    assert ("mixed", "a qualifié", "Le ministre") in found
    assert all(text[q.start:q.end] == q.text for q in article.quotes)
