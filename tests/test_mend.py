"""The text the parser reads, mended of scraping warts, and offsets moved back into the text as
given (ingest/mend.py). Invented sentences."""
from newsgraph.ingest.mend import mend
from newsgraph.process import reading as _reading
from newsgraph.ingest.restore import restore, restore_span
from newsgraph.model import DateRef


def _same_characters(given: str, read: str, back: list[int]) -> bool:
    # every character of the mended text that is no space put in is the one of the given text
    # (any blank read as a space)
    return all(read[i] == given[back[i]] or read[i] == " " and given[back[i]].isspace()
               for i in range(len(read)) if back[i] != back[i + 1])


def test_spaces_lost_after_marks_are_put_back_and_strays_taken_out():
    given = "Le maire a parlé.«Nous fermons», a-t-il dit,lundi.La Â\u00a0mairie est \u200bfermée  depuis 2019.Selon lui"
    read, back = mend(given)
    assert read == "Le maire a parlé. «Nous fermons», a-t-il dit, lundi. La mairie est fermée depuis 2019. Selon lui"
    assert len(back) == len(read) + 1 and back[-1] == len(given)
    assert _same_characters(given, read, back)


def test_a_stop_after_a_unit_sign_glued_to_the_next_sentence_is_spaced():
    given = "Le chantier a coûté 3 millions $.«Nous paierons», dit-il. Le billet vaut 12 €.La gare ouvre."
    read, back = mend(given)
    assert read == "Le chantier a coûté 3 millions $. «Nous paierons», dit-il. Le billet vaut 12 €. La gare ouvre."
    assert _same_characters(given, read, back)
    assert mend("Le prix en US$.")[1] is None  # (nothing after it: no wart)


def test_an_initial_and_a_bracket_glued_to_the_next_word_are_spaced():
    given = 'Selon Marie T.Durand (la maire)Le port ferme.'
    read, back = mend(given)
    assert read == 'Selon Marie T. Durand (la maire) Le port ferme.'
    assert _same_characters(given, read, back)


def test_a_one_letter_abbreviation_glued_to_a_name_is_spaced():
    given = "Le juge a cité l'arrêt Dupont c.Martin puis Lebrun v.Ortiz."
    read, back = mend(given)
    assert read == "Le juge a cité l'arrêt Dupont c. Martin puis Lebrun v. Ortiz."
    assert _same_characters(given, read, back)


def test_what_is_no_wart_is_left_alone():
    for given in ("U.S.Army, 3.5 %, 14:30, J.R.R.Tolkien, (s)he et www.lemonde.Fr", "Un texte sans verrue. Rien à faire.",
                  "il part.le soir"):  # a lowercase word after a stop may be a domain: left alone
        assert mend(given) == (given, None)


def test_offsets_found_in_the_mended_text_are_moved_back_into_the_text_as_given():
    given = "Il a dit.Le \u200bport ferme lundi."
    read, back = mend(given)
    found = DateRef(text="lundi", start=read.index("lundi"), end=read.index("lundi") + 5, value=None)
    port = DateRef(text="Le port", start=read.index("Le port"), end=read.index("Le port") + 7, value=None)
    said = DateRef(text="Il a dit.", start=0, end=read.index(".") + 1, value=None)
    restore([found, port, said], back, given, read)
    assert given[found.start:found.end] == found.text == "lundi"
    assert (port.start, port.end, port.text) == (given.index("Le"), given.index("port") + 4, "Le \u200bport")
    assert given[said.start:said.end] == said.text == "Il a dit."


def _analysed(text: str):
    from newsgraph.model import Article
    from newsgraph.process import process
    # the text exactly as given (the evaluation's way: no cleaning at ingest)
    return next(process([Article(id="t", text=text, lang="fr", published="2021-03-01")]))


def test_a_run_together_text_gives_the_quotes_and_speakers_of_the_clean_one():
    clean = ("Le port de Brest restera fermé jusqu'en mai.\n\n« Nous n'avons pas le choix », a déclaré le "
             "maire, Paul Kervella.\n\nLe syndicat des dockers a dénoncé, selon son porte-parole, une décision "
             "prise sans concertation.")
    damaged = clean.replace(".\n\n", ".").replace(", a déclaré", ",a déclaré").replace("maire, Paul", "maire, \u200bPaul")
    before, after = _analysed(clean), _analysed(damaged)
    assert [(q.type, q.speaker.name) for q in after.quotes] == [(q.type, q.speaker.name) for q in before.quotes]
    assert before.quotes
    for quote, twin in zip(after.quotes, before.quotes):  # offsets and text index the text as given
        assert damaged[quote.start:quote.end] == quote.text == twin.text
        if twin.speaker.start is not None:
            assert damaged[quote.speaker.start:quote.speaker.end] == clean[twin.speaker.start:twin.speaker.end]


def test_paired_straight_marks_are_read_as_the_typographic_ones_at_the_same_length():
    from newsgraph.nlp.paragraphs import paragraph_spans
    from newsgraph.nlp.quotemarks import typographic
    given = 'Il a dit "non" puis "oui, enfin".\nUn "seul mark et l\'"autre'
    typed = typographic(given, "«", "»", paragraph_spans(given))
    assert typed == 'Il a dit «non» puis «oui, enfin».\nUn "seul mark et l\'"autre'  # the odd one is left
    assert len(typed) == len(given)


def test_a_name_between_straight_marks_is_read_as_between_guillemets():
    # a French organisation's name in quotation marks is one (nlp/unlisted_orgs.py reads « »)
    typed = "Le collectif « Sauvons la Loire » a manifesté samedi à Nantes, a annoncé la préfecture."
    straight = typed.replace("« ", '"').replace(" »", '"')
    before, after = _analysed(typed), _analysed(straight)
    assert [a.name for a in after.actors] == [a.name for a in before.actors] == ["Sauvons la Loire"]
    assert [straight[s:e] for s, e in after.actors[0].mentions] == ["Sauvons la Loire"]
    for quote in after.quotes:
        assert straight[quote.start:quote.end] == quote.text


def test_a_mark_glued_to_the_dash_after_it_is_spaced():
    # a dateline's stop and the dash that opens the story, an incise's comma and its dash
    given = "4 mars 2019.– Le port ferme.\n\n5 mars 2019.- Le maire,— selon lui — partira."
    read, back = mend(given)
    assert read == "4 mars 2019. – Le port ferme.\n\n5 mars 2019. - Le maire, — selon lui — partira."
    assert _same_characters(given, read, back)
    for given in ("Le score fut de 3-2. – Il rit.", "Le trajet Paris-Lyon - Marseille"):
        assert mend(given) == (given, None)


def test_a_dateline_glued_to_its_dash_keeps_the_person_and_role_of_the_first_sentence():
    headline = "Accord commercial entre le Chili et l'Argentine\n\n"
    body = "4 mars 2019. – Paula Rojas, ministre chilienne des Affaires étrangères, a salué l'accord signé lundi."
    clean, glued = (_analysed(headline + text) for text in (body, body.replace("2019. –", "2019.–")))
    roles = [(a.name, a.role) for a in clean.actors if a.kind == "person"]
    assert roles and roles[0][1]
    assert [(a.name, a.role) for a in glued.actors if a.kind == "person"] == roles


def test_a_stray_character_where_a_space_was_lost_does_not_hide_the_place():
    # the stray is taken out first, so the mark is seen glued to the word after it
    given = "Le maire, Paul\u00a0Rivière,\u200bannonce la fermeture.\u00adLe port\u200b;\u00adil rouvrira."
    read, back = mend(given)
    assert read == "Le maire, Paul Rivière, annonce la fermeture. Le port; il rouvrira."
    assert _same_characters(given, read, back)
    assert len(back) == len(read) + 1 and back[-1] == len(given)


def test_a_comma_glued_between_a_word_and_a_number_is_spaced():
    given = "Carla Neri,3e au classement, a gagné à Rome;2 matchs restent. Il a 3,5 points."
    read, back = mend(given)
    assert read == "Carla Neri, 3e au classement, a gagné à Rome; 2 matchs restent. Il a 3,5 points."
    assert _same_characters(given, read, back)


def test_a_name_glued_by_its_comma_to_a_number_is_still_a_person():
    clean = ("La joueuse française Julie Martin a battu l'Italienne Carla Neri, 3e au classement mondial, "
             "en deux sets.")
    persons = [[(a.name, a.role) for a in _analysed(text).actors if a.kind == "person"]
               for text in (clean, clean.replace("Neri, 3e", "Neri,3e"))]
    assert ("Carla Neri", None) in persons[0] and persons[1] == persons[0]


def test_a_paragraph_run_in_after_a_closing_mark_is_spaced():
    # the closing mark spaced from the final stop, then glued to the next paragraph; a stop after a
    # closing mark glued to a number (a dateline run in)
    given = "« Nous partons. »Selon la mairie, rien ne change. Il parle de « fermeture ».12 mars 2019. – Le port"
    read, back = mend(given)
    assert read == "« Nous partons. » Selon la mairie, rien ne change. Il parle de « fermeture ». 12 mars 2019. – Le port"
    assert _same_characters(given, read, back)
    assert mend("un taux de 3.5 %, « oui »15 fois")[0] == "un taux de 3.5 %, « oui »15 fois"
    # the same with the closing mark made straight: it is glued to the word it closes
    given = 'Il parle de "fermeture".12 mars 2019. – Le port'
    assert mend(given)[0] == 'Il parle de "fermeture". 12 mars 2019. – Le port'
    assert mend('un taux de ".5" et 3.5')[0] == 'un taux de ".5" et 3.5'


def test_a_quotation_glued_to_the_next_paragraph_keeps_its_span_and_speaker():
    clean = ("« Le chantier est terminé. »\n\nPour se défendre, la société a publié un communiqué affirmant "
             "qu'elle avait respecté « toutes les règles ».\n\n3 avril 2019. – Les travaux reprennent.")
    damaged = clean.replace(" »\n\n", " »").replace(".\n\n3", ".3")
    before, after = _analysed(clean), _analysed(damaged)
    assert [(q.text, q.speaker.name) for q in after.quotes] == [(q.text, q.speaker.name) for q in before.quotes]
    assert any(q.speaker.name for q in before.quotes)


def test_character_references_and_doubled_angle_brackets_are_read_as_their_characters():
    given = "Elle a dit&nbsp;: &laquo;&#160;Non&#160;&raquo;, puis <<oui>> &#8211; l&#8217;AFP &quot;cite&quot; AT&amp;T &foo;"
    read, back = mend(given)
    assert read == "Elle a dit : « Non », puis «oui» – l’AFP \"cite\" AT&T &foo;"
    assert len(back) == len(read) + 1 and back[-1] == len(given)
    assert given[back[read.index("Non")]:].startswith("Non")


def test_html_tags_left_in_the_text_are_taken_out_and_a_glued_break_is_a_space():
    given = "Le port ferme.<br />Le maire <em>regrette</em> la décision.</p>\n\n<p>Il a dit a < b et c > d"
    read, back = mend(given)
    assert read == "Le port ferme. Le maire regrette la décision.\n\nIl a dit a < b et c > d"
    assert all(read[i] == given[back[i]] for i in range(len(read)) if read[i] != " ")
    assert given[back[read.index(" Le maire")]:].startswith("<br />")


def test_a_span_ending_on_a_character_reference_ends_after_the_whole_reference():
    given = "Il a dit &laquo;&nbsp;non merci&nbsp;&raquo; hier."
    read, back = mend(given)
    start, end = read.index("«"), read.index("»") + 1
    new_start, new_end = restore_span(back, start, end, given, read)
    assert given[new_start:new_end] == "&laquo;&nbsp;non merci&nbsp;&raquo;"
    quote = {"start": start, "end": end, "text": read[start:end]}
    restore(quote, back, given, read)
    assert quote["text"] == "&laquo;&nbsp;non merci&nbsp;&raquo;"
    given = "Il a dit &laquo;non merci&raquo;<br />\nHier."  # (the tag after it is no part of it)
    read, back = mend(given)
    new_start, new_end = restore_span(back, read.index("«"), read.index("»") + 1, given, read)
    assert given[new_start:new_end] == "&laquo;non merci&raquo;"


def test_blanks_other_than_the_space_and_doubled_spaces_are_read_as_one_space():
    given = "Le maire,\tPaul\u00a0Rivière,  a  dit\u202f: «\u00a0non\u00a0»."
    read, back = mend(given)
    assert read == "Le maire, Paul Rivière, a dit : « non »."
    assert _same_characters(given, read, back)


def test_a_no_break_space_between_words_is_a_space_before_a_small_letter_a_number_or_a_name():
    # (before a capital after a small function word too, "de\u00a0Paul", but not after another
    # word, "pêcheurs\u00a0Paul"; between digits it keeps a number whole)
    given = "La fédération\u00a0des pêcheurs de\u00a0Paul Rivière a\u00a0dit le\u00a012 mai que 12\u00a0000 bateaux"
    read, back = mend(given, frozenset({"de", "le", "la"}))
    assert read == "La fédération des pêcheurs de Paul Rivière a dit le 12 mai que 12\u00a0000 bateaux"
    assert mend("les pêcheurs\u00a0Paul et Marc", frozenset({"de"}))[0] == "les pêcheurs\u00a0Paul et Marc"
    assert _same_characters(given, read, back)


def test_a_no_break_space_after_any_small_word_before_a_name_is_a_space_where_the_pack_says_so():
    # (French typography never puts one there: "américain\u00a0Paul" is a scraper's; English is left)
    given = "Le ministre belge\u00a0Paul Rivière a parlé."
    read, back = mend(given, frozenset({"de"}), spaced_name_blanks=True)
    assert read == "Le ministre belge Paul Rivière a parlé." and _same_characters(given, read, back)
    assert mend(given, frozenset({"de"}))[0] == given
    assert _reading(given, "fr")[0] == "Le ministre belge Paul Rivière a parlé."
    assert _reading("The nominee\u00a0Paul Smith spoke.", "en")[0] == "The nominee\u00a0Paul Smith spoke."


def test_a_no_break_space_after_a_small_word_does_not_cut_a_country_off_a_list():
    clean = "Un titre sans rapport\n\nLe traité a été signé en 1957 entre l'Italie, la France, la Belgique et le Luxembourg."
    damaged = clean.replace("la France", "la\u00a0France").replace("la Belgique", "la\u00a0Belgique")
    assert mend(damaged, frozenset({"la", "le"}))[0] == clean
    before, after = _analysed(clean), _analysed(damaged)
    assert [(e.type, e.recipient.actor if e.recipient else None) for e in after.events] == \
        [(e.type, e.recipient.actor if e.recipient else None) for e in before.events]
    assert ("AGREE", "country:BEL") in [(e.type, e.recipient.actor if e.recipient else None) for e in after.events]


def test_a_no_break_space_closing_a_paragraph_is_a_space_and_the_next_sentence_keeps_its_speaker():
    # (a scraper's "&nbsp;" at a paragraph's end: the blank token opened the next sentence, and
    # its fronted participle, "Interrogé", was read as the speaker)
    given = "Le ministre a parlé de la frontière.\u00a0\n\nInterrogé par la presse, le ministre de la Défense, " \
            "Paul Rivière, a affirmé que son pays ne tolérera plus la présence de groupes armés."
    read, back = mend(given)
    assert read == given.replace("\u00a0", " ") and _same_characters(given, read, back)
    assert mend("Fin.\u00a0\t\nSuite\u00a0")[0] in ("Fin. \nSuite ", "Fin.  \nSuite ")  # (runs of blanks: one)
    quotes = _analysed(given.replace("\u00a0", "&nbsp;")).quotes
    assert [q.speaker.name for q in quotes] == ["Paul Rivière"]


def test_a_no_break_space_between_the_parts_of_a_name_is_a_space_but_not_after_an_opening_function_word():
    # "Paul\u00a0Rivière", "Anne Le\u00a0Goff": one name, not two persons; "Le\u00a0Port" opening
    # a sentence is a function word and a name, left as given
    given = "Paul\u00a0Rivière et Anne Le\u00a0Goff ont parlé. Le\u00a0Port de Brest ferme."
    read, back = mend(given, frozenset({"le", "de", "et"}))
    assert read == "Paul Rivière et Anne Le Goff ont parlé. Le\u00a0Port de Brest ferme."
    assert _same_characters(given, read, back)


def test_a_speaker_named_with_a_no_break_space_inside_the_name_is_one_person():
    clean = "La ministre de la Mer, Claire Kervella, a annoncé lundi que le port de Brest restera fermé."
    damaged = clean.replace("Claire Kervella", "Claire\u00a0Kervella")
    before, after = _analysed(clean), _analysed(damaged)
    assert [q.speaker.name for q in before.quotes] == ["Claire Kervella"]
    assert [q.speaker.name for q in after.quotes] == ["Claire Kervella"]
    assert [a.name for a in after.actors if a.kind == "person"] == ["Claire Kervella"]


def test_a_quotation_in_markup_or_odd_blanks_keeps_its_speaker_and_the_person_her_role():
    clean = "« Nous fermerons le port », a déclaré la ministre de la Mer, Claire Kervella, lundi."
    before = _analysed(clean)
    assert before.quotes and any(a.role for a in before.actors if a.kind == "person")
    for damaged in (clean.replace("« ", "&laquo;&nbsp;").replace(" »", "&nbsp;&raquo;"),
                    clean.replace("« ", "<< ").replace(" »", " >>"),
                    clean.replace(", ", ",\u00a0").replace("« ", "«\u00a0").replace(" »", "\u00a0»"),
                    clean.replace(" ", "  ")):
        after = _analysed(damaged)
        assert [(q.speaker.name or "").split() for q in after.quotes] == [(q.speaker.name or "").split() for q in before.quotes]
        assert [a.role for a in after.actors if a.kind == "person"] == [a.role for a in before.actors if a.kind == "person"]
        for quote in after.quotes:
            assert damaged[quote.start:quote.end] == quote.text


def test_a_line_break_inside_a_sentence_is_read_as_a_space():
    given = "Le maire de la ville,\nPaul Rivière, a\nannoncé la fermeture\ndu port.\nLe conseil\n\nvotera lundi."
    read, back = mend(given)
    assert read == "Le maire de la ville, Paul Rivière, a annoncé la fermeture du port.\nLe conseil\n\nvotera lundi."
    assert back is not None and len(back) == len(given) + 1


def test_a_sentence_wrapped_over_lines_keeps_its_quotation_and_the_role_of_its_person():
    clean = ("La ministre de la Mer, Claire Kervella, a déclaré mardi : « Nous fermerons le port. » "
             "Selon la préfecture, les dockers ont voté la grève.")
    before = _analysed(clean)
    assert before.quotes and any(a.role for a in before.actors if a.kind == "person")
    for damaged in (clean.replace("a déclaré", "a\ndéclaré"), clean.replace("ministre de", "ministre\nde"),
                    clean.replace("dockers ont", "dockers\nont")):
        after = _analysed(damaged)
        assert [q.speaker.name for q in after.quotes] == [q.speaker.name for q in before.quotes]
        assert [a.role for a in after.actors if a.kind == "person"] == [a.role for a in before.actors if a.kind == "person"]


def test_a_spaced_mark_glued_to_the_next_word_is_spaced():
    given = "Est-ce fini ?Non. La digue est prête ;elle tiendra. Le maire a dit :«Partez» puis :\"Vite\", said:\"Go\"."
    read, back = mend(given)
    assert read == ("Est-ce fini ? Non. La digue est prête ; elle tiendra. Le maire a dit : «Partez» puis : \"Vite\", "
                    "said: \"Go\".")
    assert _same_characters(given, read, back)
    assert mend("à 16 :50 et 3 :1")[0] == "à 16 :50 et 3 :1"


def test_a_closing_mark_glued_to_the_next_word_is_spaced():
    given = "Il a dit « jamais »puis il est parti. She said it was “fine”Then she left. “Done.”\"Next, the vote."
    read, back = mend(given)
    assert read == "Il a dit « jamais » puis il est parti. She said it was “fine” Then she left. “Done.” \"Next, the vote."
    assert _same_characters(given, read, back)
    assert mend("the “Apprentice”s fans, « oui »15 fois")[0] == "the “Apprentice”s fans, « oui »15 fois"


def test_straight_marks_read_as_guillemets_get_back_the_space_lost_on_their_outer_side():
    # a straight mark glued between a final mark and a word may open or close: once paired and
    # read as « or », its side is known ('fini."Le' opens, '"oui".Il' closes)
    from newsgraph.process import reading
    given = 'Le port a fermé.Le maire a dit "oui".Il a fini."Nous rouvrirons", a-t-il ajouté.'
    read, back = reading(given, "fr")
    assert read == 'Le port a fermé. Le maire a dit «oui». Il a fini. «Nous rouvrirons», a-t-il ajouté.'
    assert len(back) == len(read) + 1 and back[-1] == len(given)
    assert given[back[read.index("Nous")]:].startswith("Nous")
    assert mend("Il a dit « non ».Le port ferme.")[0] == "Il a dit « non ». Le port ferme."


def test_windows_and_old_mac_line_ends_are_read_as_line_breaks():
    from newsgraph.model import Article
    from newsgraph.process import process
    given = "Le port ferme.\r\n\r\n« Nous partons », a dit le maire.\rIl part."
    read, back = mend(given)
    assert read == "Le port ferme.\n\n« Nous partons », a dit le maire.\nIl part."
    assert len(back) == len(read) + 1 and back[-1] == len(given)
    clean = "The harbour will close in May.\n\n“We have no choice,” said the mayor, Paul Kerr.\n\nThe dockers object."
    damaged = clean.replace("\n", "\r\n")
    analysed = [next(process([Article(id="t", text=t, lang="en", published="2021-03-01")])) for t in (clean, damaged)]
    assert [q.text for q in analysed[1].quotes] == [q.text for q in analysed[0].quotes]
    assert analysed[0].quotes


def test_utf8_read_as_windows_1252_is_read_as_the_characters_it_encodes():
    given = "Le prÃ©sident de lâ€™Ã©cole a dit Ã  Paris : Â« Non Â» â€” Ã‰tat, Å“uvre, pâte, Âge."
    read, back = mend(given)
    assert read == "Le président de l’école a dit à Paris : « Non » — État, œuvre, pâte, Âge."
    assert len(back) == len(read) + 1 and back[-1] == len(given)
    assert given[back[read.index("école")]:].startswith("Ã©cole")
    clean = "« Nous fermerons le port », a déclaré la ministre de la Mer, Claire Kervella, à Brest."
    damaged = clean.encode("utf-8").decode("cp1252")
    before, after = _analysed(clean), _analysed(damaged)
    assert before.quotes
    assert [q.speaker.name for q in after.quotes] == [q.speaker.name for q in before.quotes]
    assert [a.role for a in after.actors if a.kind == "person"] == [a.role for a in before.actors if a.kind == "person"]


def test_a_tab_between_two_words_is_read_as_a_space():
    read, back = mend("La ministre Claire\tKervella a parlé\tlundi.")
    assert read == "La ministre Claire Kervella a parlé lundi."
    clean = "« Nous fermerons le port », a déclaré la ministre de la Mer, Claire Kervella, lundi."
    before, after = _analysed(clean), _analysed(clean.replace("Claire Kervella", "Claire\tKervella"))
    assert [a.role for a in after.actors if a.kind == "person"] == [a.role for a in before.actors if a.kind == "person"]
    assert any(a.role for a in before.actors if a.kind == "person")


def test_a_line_break_after_a_comma_is_read_as_a_space_before_a_capital_too():
    read, _ = mend("La ministre de la Mer,\nClaire Kervella, a parlé.\nLe port ferme,\n\nLundi.")
    assert read == "La ministre de la Mer, Claire Kervella, a parlé.\nLe port ferme,\n\nLundi."
    analysed = _analysed("La ministre de la Mer,\nClaire Kervella, a déclaré mardi : « Nous fermerons le port. »")
    assert [a.role for a in analysed.actors if a.kind == "person"] == ["ministre de la Mer"]


def test_two_backquotes_opening_a_quotation_are_read_as_the_opening_mark():
    from newsgraph.model import Article
    from newsgraph.process import process
    given = "The port closed in May.\n\nThe mayor met the dockers on Monday. ``We had no choice,'' she said."
    assert mend(given)[0] == given.replace("``", "“")
    analysed = next(process([Article(id="t", text=given, lang="en", published="2021-03-01")]))
    assert [(q.type, q.text) for q in analysed.quotes] == [("direct", "We had no choice")]


def test_a_straight_mark_glued_after_a_final_mark_is_spaced_on_its_outer_side():
    # the marks before it tell whether it closes ('fees."It') or opens ('fees."We'); a quotation
    # left open at a line break is closed there (it opens again on the next line)
    given = ('The mayor said: "We will cut fees."It was his third promise.The vote is set.'
             '"We will win," he said.\n"No one doubts it.\nThe plan (first draft)"Cheap fares," it says.'
             " He quoted the rule, ''All must pay.''Nobody does.")
    read, back = mend(given)
    assert read == ('The mayor said: "We will cut fees." It was his third promise. The vote is set. '
                    '"We will win," he said.\n"No one doubts it.\nThe plan (first draft) "Cheap fares," it says.'
                    " He quoted the rule, ''All must pay.'' Nobody does.")
    assert _same_characters(given, read, back)


def test_straight_marks_and_apostrophes_that_are_no_warts_are_left_alone():
    for given in ("Trump's plan for the '90s. \"Yes.\" She left.", "Il a dit « oui ». Aujourd'hui, \"non\"."):
        assert mend(given) == (given, None)


def test_a_misdecoded_no_break_space_inside_a_word_edge_is_taken_out_not_read_as_a_space():
    # after an opening bracket, a hyphen or an elided article it would cut the word off
    given = "Le porte-Â\u00a0parole de l'Â\u00a0Observatoire (Â\u00a0OFDT) a parlé. «Â\u00a0Non\u00a0», dit-il."
    read, back = mend(given)
    assert read == "Le porte-parole de l'Observatoire (OFDT) a parlé. « Non », dit-il."
    assert _same_characters(given, read, back)


def test_a_spaced_mark_glued_to_an_elided_article_or_after_a_number_is_spaced():
    given = "Bretagne :l'usine ferme. Ah !c'est fini. Le 4 juin 2019 :une grève."
    read, back = mend(given)
    assert read == "Bretagne : l'usine ferme. Ah ! c'est fini. Le 4 juin 2019 : une grève."
    assert _same_characters(given, read, back)


def test_a_final_mark_glued_to_a_number_after_a_word_or_to_a_capital_after_a_percent_is_spaced():
    given = "La crue a noyé les caves.230 foyers sont sinistrés. Le prix a pris 12%.Les clients partent. Il vaut 2.5 euros."
    read, back = mend(given)
    assert read == "La crue a noyé les caves. 230 foyers sont sinistrés. Le prix a pris 12%. Les clients partent. Il vaut 2.5 euros."
    assert _same_characters(given, read, back)


def test_a_curly_or_backquoted_opening_mark_tells_that_a_glued_straight_mark_closes():
    given = "He said ``We had no choice.''Then he left. She said “Fine.''Then she sat."
    read, back = mend(given)
    assert read == "He said “We had no choice.'' Then he left. She said “Fine.'' Then she sat."
    assert back[read.index("Then")] == given.index("Then")  # offsets map back


def test_a_misdecoded_no_break_space_after_a_word_is_still_a_space_and_file_names_keep_their_stops():
    # only a one-letter elided article loses it: a possessive or a closing apostrophe keeps the space
    given = "The players’Â\u00a0union and ‘yes’Â\u00a0said the file report.2024.xlsx today."
    read, back = mend(given)
    assert read == "The players’ union and ‘yes’ said the file report.2024.xlsx today."
    assert _same_characters(given, read, back)


def test_a_glued_semicolon_ends_a_reported_clause_as_a_spaced_one_does():
    spaced = ("Le ministre de l'Agriculture a affirmé que la récolte de seigle a fortement baissé cette "
              "année ; les prix ont doublé en six mois.")
    before, after = _analysed(spaced), _analysed(spaced.replace(" ;", ";"))
    assert [q.text for q in before.quotes] == ["la récolte de seigle a fortement baissé cette année"]
    assert [(q.type, q.text, q.speaker.name) for q in after.quotes] == \
        [(q.type, q.text, q.speaker.name) for q in before.quotes]


def test_an_abbreviation_with_stops_glued_to_a_sentence_opening_pronoun_is_spaced():
    from newsgraph.process import reading
    given = "The rally was held in Dayton, O.H.She spoke for an hour about the U.S.Army."
    read, back = reading(given, "en")
    assert read == "The rally was held in Dayton, O.H. She spoke for an hour about the U.S.Army."
    assert given[back[read.index("She")]:].startswith("She")
    read, _ = reading("Le sommet a eu lieu aux É.U.Il a duré deux jours, selon J.R.R.Tolkien.", "fr")
    assert read == "Le sommet a eu lieu aux É.U. Il a duré deux jours, selon J.R.R.Tolkien."
    # the mend alone, with no words of a language, leaves it whole
    assert mend("Dayton, O.H.She spoke.") == ("Dayton, O.H.She spoke.", None)


def test_a_lone_misdecoded_no_break_space_made_a_plain_one_is_taken_out():
    given = "Le port reste fermé.Â Selon le syndicat, la grève dure.\n\nÂ La mairie se tait. CHÂ TEAU, Âge."
    read, back = mend(given)
    assert read == "Le port reste fermé. Selon le syndicat, la grève dure.\n\nLa mairie se tait. CHÂ TEAU, Âge."
    assert _same_characters(given, read, back)


def test_a_lowercase_wire_credit_glued_after_the_last_sentence_gets_its_line_break_back():
    # the credit's own paragraph lost its break: read spaced it joined the sentence, read glued
    # it made "Genève.ats/afp" one name
    given = "La conférence a été reportée, selon les organisateurs à Genève.ats/afp"
    read, back = mend(given)
    assert read == "La conférence a été reportée, selon les organisateurs à Genève.\nats/afp"
    assert given[back[read.index("ats/afp")]:] == "ats/afp"
    assert mend("Le vote a eu lieu».belga\n")[0] == "Le vote a eu lieu».\nbelga\n"
    # an agency desk's slug of initials, joined by hyphens as well as slashes
    assert mend("Le vote aura lieu, selon un responsable.abc-de/fg")[0] == \
        "Le vote aura lieu, selon un responsable.\nabc-de/fg"
    assert mend("Le vote aura lieu, selon un responsable.\nabc-de/fg")[1] is None  # clean: unchanged
    # not inside the text, nor a web address
    assert mend("Il a quitté Genève.ats/afp a confirmé.")[0] == "Il a quitté Genève.ats/afp a confirmé."
    assert mend("Voir le site www.exemple.ch")[1] is None


def test_a_sentence_glued_to_a_site_named_by_its_domain_is_mended():
    given = "cité par Infosite.cd.Selon lui, rien. Joint par RADIO7.CD,un député a parlé."
    read, back = mend(given)
    assert read == "cité par Infosite.cd. Selon lui, rien. Joint par RADIO7.CD, un député a parlé."
    assert _same_characters(given, read, back)
    # a web address with more endings or a path is left as it is
    assert mend("voir exemple.com.au et exemple.fr/page.html,ici")[1] is None


def test_a_character_reference_escaped_twice_is_read_as_its_character():
    # a second pass of escaping wrote the reference's ampersand as one ("&amp;nbsp;"); a reference
    # of a markup character ("&amp;lt;") is text about markup and is read once
    given = "Le quotidien «&amp;nbsp;Le Phare&amp;nbsp;» cite l&amp;#8217;AFP, AT&amp;T et &amp;lt; p &amp;gt; ."
    read, back = mend(given)
    assert read == "Le quotidien « Le Phare » cite l’AFP, AT&T et &lt; p &gt; ."
    assert given[back[read.index("Le Phare")]:].startswith("Le Phare")
