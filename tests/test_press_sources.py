"""Sources and cues on Swiss, Belgian, Canadian and Congolese press copy (session 6): channels read
on a plural or regional noun ("sur les antennes de", "en entrevue à"), a participle of a channel
over a short adjunct ("joint par téléphone par"), a listed title after a lower-case article, a
medium after its article as speaker, an acronym in brackets after the name it shortens, a credit
of several words, an unaccented capital marker, a quoted infinitive after "de".
The real model; the sentences are invented."""
import pytest

DAY = "2022-05-03"


def cited(analyze, text):
    return [(s.name, text[s.start:s.end], s.named) for s in analyze(text, published=DAY).sources]


@pytest.mark.parametrize("text, medium, cue", [
    ("Le candidat Paul Kasongo a affirmé sur les antennes de Radio Okapi que le scrutin était truqué.",
     "Radio Okapi", "antennes"),
    ("Dans une entrevue accordée à CBC News, la ministre a indiqué qu'Ottawa paierait.", "CBC", "entrevue"),
    ("Au micro de Bel RTL, la ministre Anne Peeters a souligné que la sécurité serait assurée.",
     "Bel RTL", "micro"),
    ("Joint par téléphone par l'AFP, un diplomate a jugé que la situation était grave.", "AFP", "Joint"),
    ("Interrogé lundi soir par RFI, le ministre a affirmé qu'il resterait.", "RFI", "Interrogé"),
    ("Citée par le Journal de Québec, une infirmière a raconté qu'elle travaillait la nuit.",
     "Le Journal de Québec", "Citée"),
])
def test_a_channel_of_regional_press_is_a_source(analyze, text, medium, cue):
    [(name, written, named)] = cited(analyze, text)
    assert medium in name and named and cue in written


@pytest.mark.parametrize("text, medium", [
    ("D'après le New York Times, Washington suivrait le dossier de près.", "New York Times"),
    ("Selon la Libre Belgique, le ministre démissionnerait avant l'été.", "La Libre Belgique"),
])
def test_a_medium_after_its_article_is_a_named_source(analyze, text, medium):
    assert cited(analyze, text)[0][0] == medium and cited(analyze, text)[0][2]


def test_an_acronym_after_the_name_it_shortens_is_no_credit(analyze):
    text = "Le ministre a déclaré à la Radio Télévision Suisse (RTS) que la Suisse ne livrerait rien."
    assert [name for name, _, _ in cited(analyze, text)] == ["Radio Télévision Suisse"]


def test_a_credit_of_several_words_is_a_source(analyze):
    text = "Le ministre de la Santé a démissionné mardi à Québec.\n\n(La Presse canadienne)"
    assert cited(analyze, text) == [("La Presse canadienne", "(La Presse canadienne)", True)]


def test_a_marker_without_the_accent_of_its_capital(analyze):
    text = "A en croire la RTBF, le ministre des Finances aurait déjà préparé un plan."
    [quote] = analyze(text, published=DAY).quotes
    assert quote.cue.text == "A en croire" and quote.text.endswith("préparé un plan")


def test_a_quoted_infinitive_after_de(analyze):
    text = 'La cheffe de l\'opposition Marie Tremblay a reproché au gouvernement de "gérer par décret".'
    [quote] = analyze(text, published=DAY).quotes
    assert quote.type == "mixed" and quote.text == '"gérer par décret"'




def test_de_l_avis_de_is_a_marker(analyze):
    text = "De l'avis de plusieurs diplomates, la crise pourrait durer des mois."
    [quote] = analyze(text, published=DAY).quotes
    assert quote.cue.text == "De l'avis de" and quote.text == "la crise pourrait durer des mois"


def test_a_relative_report_between_commas_ends_before_the_main_verb(analyze):
    text = "Le député, d'après lequel la loi serait inconstitutionnelle, a saisi la Cour."
    [quote] = analyze(text, published=DAY).quotes
    assert quote.text == "la loi serait inconstitutionnelle"




@pytest.mark.parametrize("text, medium", [
    ("Selon une dépêche de l'agence Belga, trois personnes ont été arrêtées à Liège.", "Belga"),
    ("Selon des informations de la RTS, le Conseil fédéral renoncerait au projet.", "RTS"),
])
def test_a_work_of_a_medium_cites_it_by_name(analyze, text, medium):
    assert cited(analyze, text)[0][0] == medium and cited(analyze, text)[0][2]



@pytest.mark.parametrize("stray", ["  ", "\u00c2\u00a0"])
def test_a_doubled_space_of_scraped_copy_before_the_medium(analyze, stray):
    told = f"Le ministre a déclaré à{stray}Libération que la réforme était nécessaire."
    assert [name for name, _, _ in cited(analyze, told)] == ["Libération"]
    incise = f"Le ministre est arrivé lundi. Le gouvernement est divisé,{stray}rapporte{stray}Libération."
    record = analyze(incise, published=DAY)
    assert [q.cue.text for q in record.quotes] == ["rapporte"] and [s.name for s in record.sources] == ["Libération"]


def test_a_count_by_an_agency_cites_it(analyze):
    assert cited(analyze, "Les violences ont fait 42 morts selon un décompte de l'AFP.")[0][2]



def test_an_inverted_incise_verb_the_tagger_reads_as_a_noun(analyze):
    [quote] = analyze("Le ministre est arrivé lundi. La réforme est nécessaire, juge-t-il.", published=DAY).quotes
    assert quote.text == "La réforme est nécessaire" and quote.cue.text.startswith("juge")


@pytest.mark.parametrize("sentence, words", [
    ("Le ministre, qui a affirmé que la réforme était nécessaire, a quitté la salle.",
     "la réforme était nécessaire"),
    ("Le ministre, qui a estimé que la réforme, votée hier, était nécessaire, a quitté la salle.",
     "la réforme, votée hier, était nécessaire"),
])
def test_a_cue_in_a_relative_between_commas_reports_up_to_the_main_verb(analyze, sentence, words):
    [quote] = analyze("Le ministre est arrivé lundi. " + sentence, published=DAY).quotes
    assert quote.text == words


def test_pour_before_an_office_is_a_marker_not_before_a_time(analyze):
    [quote] = analyze('Le ministre est arrivé lundi. Pour le ministre, il s\'agit d\'une "erreur historique".',
                      published=DAY).quotes
    assert quote.type == "mixed" and quote.cue.text == "Pour"
    assert analyze("Le ministre est arrivé lundi. Pour le moment, la réforme est suspendue.",
                   published=DAY).quotes == []



def test_a_past_participle_right_after_its_noun_is_an_adjective_not_a_cue(analyze):
    text = "Le ministre est arrivé lundi. Toute personne reconnue coupable d'avoir fraudé sera sanctionnée."
    assert analyze(text, published=DAY).quotes == []
    split = "Le ministre est arrivé lundi. Le ministre a pour sa part confié avoir été surpris par la décision."
    assert [q.text for q in analyze(split, published=DAY).quotes] == ["avoir été surpris par la décision"]


def test_a_marker_report_stops_before_a_coordinated_clause_with_its_own_cue(analyze):
    text = ("Le ministre est arrivé lundi. Selon la police, trois personnes ont été arrêtées et le procureur "
            "a indiqué qu'une enquête était ouverte.")
    quotes = analyze(text, published=DAY).quotes
    assert [(q.cue.text, q.text) for q in quotes] == [("Selon", "trois personnes ont été arrêtées"),
                                                      ("a indiqué", "une enquête était ouverte")]
