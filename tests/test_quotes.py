"""Quotes, speakers and sources: the seed article against its gold file, and hand-written cases."""
import pytest

from newsgraph.evaluate import match_spans, same_name


def test_seed_article_quotes_match_gold(seed_article, seed_gold):
    gold = seed_gold["quotes"]
    predicted = seed_article.quotes
    pairs = match_spans([(q.start, q.end) for q in predicted], [(g["start"], g["end"]) for g in gold], 0.8)
    assert len(pairs) == len(gold), "every gold quote is found with 80% overlap"
    assert len(predicted) == len(gold), [q.text[:40] for q in predicted]
    for i, j in pairs:
        assert same_name(predicted[i].speaker.name, gold[j]["speaker"]), (predicted[i].speaker, gold[j])
        assert predicted[i].type == gold[j]["type"]


def test_seed_article_sources(seed_article, seed_gold):
    found = [(s.name, s.start, s.end) for s in seed_article.sources]
    assert [name for name, _, _ in found] == ["Reuters", "CNN"]
    for (_, start, end), gold in zip(found, seed_gold["sources"]):
        assert start < gold["end"] and gold["start"] < end
    assert all(s.actor and s.actor.startswith("media:") for s in seed_article.sources)


def test_description_resolves_to_named_person(seed_article):
    quote = next(q for q in seed_article.quotes if q.text.startswith("Le Kremlin peut compter"))
    assert quote.speaker.name == "Anne Delizée"
    assert quote.cue.text == "explique"
    assert seed_article.text[quote.speaker.start:quote.speaker.end].startswith("la membre du service")


def quotes_of(analyze, text):
    return analyze(text, published="2024-03-05").quotes


def test_incise_splits_a_quote_with_one_speaker(analyze):
    text = ("Le général Ahmed Salah a été interrogé mardi. « Moi, dit-il, j'ai l'impression que le conseil "
            "militaire veut garder le pouvoir. »")
    quotes = quotes_of(analyze, text)
    assert [q.text for q in quotes] == ["Moi", "j'ai l'impression que le conseil militaire veut garder le pouvoir."]
    assert {q.speaker.name for q in quotes} == {"Ahmed Salah"}
    assert {q.cue.text for q in quotes} == {"dit"}


def test_colon_cue_and_continuation_in_next_paragraph(analyze):
    text = ("Le ministre Jean Dupont a déclaré : « Nous ne céderons pas à la pression des marchés. »\n\n"
            "« Les réformes seront menées à leur terme avant la fin de l'année. »")
    first, second = quotes_of(analyze, text)
    assert first.type == "direct" and first.cue.text == "a déclaré" and first.speaker.name == "Jean Dupont"
    assert second.continuation and second.speaker.name == "Jean Dupont"


def test_indirect_with_apposition_role(analyze):
    text = "Marie Durand, porte-parole du gouvernement, a affirmé que les négociations reprendraient lundi."
    [quote] = quotes_of(analyze, text)
    assert (quote.type, quote.text, quote.speaker.name) == (
        "indirect", "les négociations reprendraient lundi", "Marie Durand")


def test_mixed_quote_keeps_its_marks(analyze):
    text = "Le président Paul Kagamé a dénoncé « une agression inacceptable » contre son pays."
    [quote] = quotes_of(analyze, text)
    assert quote.type == "mixed" and quote.text.startswith("« une agression inacceptable »")
    assert quote.speaker.name == "Paul Kagamé"


@pytest.mark.parametrize("text", [
    "Les électeurs ont voté pour la victoire du « oui » au référendum.",
    "Le ministère n'a pas déclaré que la réforme était abandonnée.",
    "Il a regardé le film « Les bâtisseurs de la gloire » hier soir.",
])
def test_not_quotes(analyze, text):
    assert quotes_of(analyze, text) == []


def test_straight_quotes_and_missing_space(analyze):
    text = 'Le maire Paul Martin a prévenu:"Nous fermerons les écoles jeudi".'
    [quote] = quotes_of(analyze, text)
    assert quote.text == "Nous fermerons les écoles jeudi" and quote.speaker.name == "Paul Martin"


def test_pronoun_agrees_in_gender(analyze):
    text = ("La chancelière Angela Merkel a reçu Emmanuel Macron à Berlin. « Nous sommes d'accord sur "
            "l'essentiel », a-t-elle déclaré.")
    [quote] = quotes_of(analyze, text)
    assert quote.speaker.name == "Angela Merkel"


def test_selon_gives_an_indirect_quote_and_a_source(analyze):
    article = analyze("Selon l'agence Reuters, les deux dirigeants se sont rencontrés à Vladivostok.",
                      published="2024-03-05")
    [quote] = article.quotes
    assert quote.type == "indirect" and quote.speaker.name == "Reuters"
    assert [s.name for s in article.sources] == ["Reuters"]


def test_dispatch_credit_and_channel_sources(analyze):
    article = analyze("Le ministre a répondu dans un entretien au Monde. Il a aussi parlé sur France Inter. (AFP)",
                      published="2024-03-05")
    assert [s.name for s in article.sources] == ["Le Monde", "France Inter", "AFP"]


def test_scraped_text_without_spaces(analyze):
    [quote] = quotes_of(analyze, "Le ministre Jean Dupont est arrivé.Il a déclaré:«Nous partirons demain»,a-t-il ajouté.")
    assert quote.text == "Nous partirons demain" and quote.speaker.name == "Jean Dupont"


def test_passive_channel_and_apposition_speaker(analyze):
    article = analyze('"C\'est inacceptable", a réagi le porte-parole du Kremlin, Dmitri Peskov, cité par l\'agence TASS.',
                      published="2024-05-14")
    [quote] = article.quotes
    assert quote.speaker.name == "Dmitri Peskov" and quote.cue.text == "a réagi"
    assert [(s.name, article.text[s.start:s.end]) for s in article.sources] == [("TASS", "cité par l'agence TASS")]


def test_trailing_incise_is_not_part_of_the_clause(analyze):
    text = ("Le président turc Recep Tayyip Erdogan a estimé mardi que l'Otan devait « tenir compte » des "
            "inquiétudes d'Ankara, rapporte l'agence Anadolu.")
    article = analyze(text, published="2024-05-14")
    erdogan = next(q for q in article.quotes if q.speaker.name == "Recep Tayyip Erdogan")
    assert erdogan.type == "mixed" and erdogan.text.endswith("d'Ankara")
    assert [s.name for s in article.sources] == ["Anadolu"]


def test_speaker_role_and_affiliation(seed_article):
    delizee = next(a for a in seed_article.actors if a.id == "person:anne-delizee")
    assert delizee.role.startswith("membre du service d'étude de l'espace post-soviétique")
    assert delizee.affiliation == "Université de Mons"


def test_known_organisation_name_beats_ner_fragments(analyze):
    text = ("Europe Écologie Les Verts faisait part dimanche de son étonnement ; le parti écologiste pense "
            "qu'il s'agit de « propos isolés ».")
    article = analyze(text, published="2012-08-27")
    assert [a.id for a in article.actors] == ["org:eelv"]
    [quote] = article.quotes
    assert quote.type == "mixed" and quote.speaker.actor == "org:eelv"


def test_a_sentence_after_the_closing_mark_is_no_incise(analyze):
    # the words end with a full stop and the next sentence has its own subject and cue: that
    # subject did not say the words; across a paragraph break nothing is an incise
    text = ("Selon un conseiller du maire, « le chantier sera fini en juin, sans retard. » "
            "La préfecture a pour sa part assuré que les travaux coûteraient plus cher.\n\n"
            "Pour l'association des riverains : « Nous resterons vigilants jusqu'au bout. »\n\n"
            "Paul Martin, le maire de la ville, a salué l'accord.")
    quotes = quotes_of(analyze, text)
    first = next(q for q in quotes if q.text.startswith("le chantier"))
    assert first.speaker.name != "La préfecture" and "conseiller" in first.speaker.name
    vigilant = [q for q in quotes if q.text.startswith("Nous resterons")]
    assert all(q.speaker.name != "Paul Martin" for q in vigilant)


@pytest.mark.parametrize("text, speaker", [
    ("La réunion a eu lieu hier à Berlin. Idriss Déby, président du Tchad et de l'Union africaine, qui a "
     "rappelé au cours d'un voyage en Allemagne que le mandat était « illégal ».", "Idriss Déby"),
    ("La situation est grave, a ajouté Massimiliano Rebaudengo, le chef de mission de MSF pour la Syrie qui "
     "considère qu'il s'agit « d'une attaque délibérée ».", "Massimiliano Rebaudengo"),
    ("Plusieurs élus ont signé la déclaration, dont le président de la Catalogne Carles Puigdemont, qui "
     "précise toutefois que celle-ci est « suspendue ».", "Carles Puigdemont"),
])
def test_relative_cue_in_a_role_complement_goes_to_the_person(analyze, text, speaker):
    # the parser ties "qui" to the place or organisation of the role's complement
    [quote] = quotes_of(analyze, text)
    assert quote.speaker.name == speaker


def test_the_leader_takes_up_the_head_of_state_named_before(analyze):
    # "le dirigeant" is a hypernym of the offices of a head of state or government (role_synonyms)
    text = ("Ce jeudi, le roi du Lesotho, Letsie III, a décidé de renommer la capitale.\n\n"
            "Le dirigeant avait souligné que le pays devait « tourner la page ».")
    [quote] = quotes_of(analyze, text)
    assert quote.speaker.name == "Letsie III"


def test_the_staff_of_a_medium_speak_and_the_medium_is_the_source(analyze):
    # (a verb of saying: what the staff saw, "a constaté", is the outlet's newsgathering, no quote,
    # test_outlet_witness.py)
    text = "Un correspondant de Reuters a rapporté que le pont avait été détruit par les crues."
    article = analyze(text, published="2024-03-05")
    [quote] = article.quotes
    assert quote.speaker.name == "Un correspondant de Reuters"
    assert [s.name for s in article.sources] == ["Reuters"]


def test_the_staff_of_a_medium_named_in_apposition_speak_under_their_name(analyze):
    text = ("La capitale reste agitée. La correspondante de la chaîne France 24 au Caire, Sonia Martel, "
            "affirme avoir été menacée vendredi.")
    [quote] = quotes_of(analyze, text)
    assert quote.speaker.name == "Sonia Martel"


def test_a_name_in_apposition_after_a_marker_description_speaks(analyze):
    # "Pour <description>, <name> : « … »": the name, not an organisation the description might echo
    text = ("Le Parlement a rejeté le traité mardi. Pour le député Marc Henry, « ce vote est historique ».\n\n"
            "Pour la principale association de défense des usagers, l'Aduc : « Cette décision est une "
            "victoire pour tous les citoyens. »")
    quotes = quotes_of(analyze, text)
    victory = [q for q in quotes if q.text.startswith("Cette décision")]
    assert victory and "Aduc" in victory[0].speaker.name
