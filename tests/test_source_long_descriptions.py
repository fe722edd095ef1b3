"""Media named after a long description ("la chaîne d'information en continu X") and listed titles
whose later words are lower case ("le Canard enchaîné"): sources/media_mentions. The sentences
are invented."""


def cited(analyze, text):
    return [(s.name, text[s.start:s.end], s.named) for s in analyze(text, published="2024-03-05").sources]


def test_a_news_channel_described_at_length_is_stepped_over(analyze):
    # the description runs over six tokens before the name: the walk back reaches the channel verb
    text = "La ministre Claire Dubois a confié à la chaîne d'information en continu LCI qu'elle partirait."
    assert cited(analyze, text) == [("LCI", "confié à la chaîne d'information en continu LCI", True)]


def test_a_news_channel_noun_with_a_genitive_links_the_channel(analyze):
    text = "Le maire Paul Martin a annoncé à la chaîne d'information LCI qu'il se retirait."
    assert cited(analyze, text) == [("LCI", "annoncé à la chaîne d'information LCI", True)]


def test_a_listed_title_with_lower_case_words_after_a_lower_case_article(analyze):
    # "le Canard enchaîné": neither the article nor the last word is capitalised, but the title is
    # written as the lists spell it; "le canard" of a farm is no medium
    text = "Le député Paul Martin a employé son fils, a révélé le Canard enchaîné."
    assert [name for name, _, _ in cited(analyze, text)] == ["Le Canard enchaîné"]
    assert cited(analyze, "Le fermier a vendu le canard enchaîné à sa voisine, a révélé le maire.") == []


def test_a_common_noun_written_like_a_listed_title_is_no_medium(analyze):
    # "La Presse" is listed; "La presse" opening a sentence is the press at large, not the title
    text = "« La presse invente tout », a déclaré le ministre Paul Martin devant les députés."
    assert [s.name for s in analyze(text, published="2024-03-05").sources if s.named] == []


def test_a_medium_described_by_its_leaning_through_a_genitive(analyze):
    # "d'opposition", "de gauche" describe the medium as "d'État" does; the description alone
    # stays an unnamed source, and a channel of the opposition spoken of is none
    assert [name for name, _, _ in cited(analyze, "Le maire aurait menti, selon le journal d'opposition Novaïa Gazeta.")] == \
        ["Novaïa Gazeta"]
    assert [name for name, _, _ in cited(analyze, "Le maire aurait menti, selon l'hebdomadaire de gauche Politis.")] == \
        ["Politis"]
    assert cited(analyze, "La chaîne de l'opposition a été fermée par le régime.") == []


def test_a_description_the_title_ends_after_a_misread_word_is_one_source(analyze):
    # "continue" read as a verb cuts the description; the unnamed phrase and the title after it
    # are one citation, where a participle and its agent cite a second medium
    text = "Le maire aurait menti, selon la chaîne d'information continue LCI."
    assert cited(analyze, text) == [("LCI", "selon la chaîne d'information continue LCI", True)]
    text = "Le maire aurait menti, selon des médias locaux cités par Reuters."
    assert [name for name, _, _ in cited(analyze, text)] == ["médias locaux", "Reuters"]


def test_a_state_owner_written_without_its_accent_still_describes_the_medium(analyze):
    # the press drops the accent of a capital ("d'Etat"): the owner describes the unlisted title
    text = "Selon la télévision d'Etat moldave Zorka-TV, le ministre a démissionné."
    assert [name for name, _, _ in cited(analyze, text)] == ["Zorka-TV"]
