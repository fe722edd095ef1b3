"""Page furniture run into an article's body (ingest/furniture.py): a link to another article and
a photo's credit are out of the text the parser reads, the text as given keeps them. Invented texts."""
from newsgraph.process import reading


def test_a_link_to_another_article_on_its_own_line_is_not_read():
    text = ("Le port de Brest rouvre.\n\nLire aussi : « Nous ne céderons rien », promet le syndicat\n\n"
            "Les dockers ont repris le travail lundi.")
    read, back = reading(text, "fr")
    assert "Lire aussi" not in read and "céderons" not in read
    at = read.index("Les dockers")
    assert text[back[at]:back[at] + 11] == "Les dockers"


def test_a_link_glued_between_two_paragraphs_is_taken_out_and_the_break_put_back():
    text = ("Les dockers ont voté la reprise.À lire également : Le port d'Anvers va-t-il fermer ?Le syndicat "
            "a salué un « accord historique ».")
    read, _ = reading(text, "fr")
    assert "lire également" not in read and "Anvers" not in read
    assert read.split("\n\n")[-1].strip().startswith("Le syndicat")


def test_a_photo_credit_glued_to_a_caption_or_a_dateline_is_not_read():
    text = ("Des dockers sur le quai de Brest, le 3 mars. Photo AFP/Julien MarecBrest, 4 mars – Le travail a "
            "repris.\n\nLe maire s'en félicite.Photo : Reuters\n\nLes syndicats restent prudents.")
    read, _ = reading(text, "fr")
    assert "Photo" not in read and "Marec" not in read and "Reuters" not in read
    assert "Brest, 4 mars – Le travail" in read


def test_a_link_or_a_credit_run_into_the_next_paragraph_with_a_space_ends_before_a_pronoun_or_a_determiner():
    text = ("Le port rouvre. Photo : Reuters Durant la nuit, les dockers ont voté.\n\nLire aussi : Brest : la grève des dockers "
            "se durcit Ils réclament des hausses de salaire. Photo Keystone-ATSLe maire s'en félicite.")
    read, _ = reading(text, "fr")
    assert "Reuters" not in read and "grève" not in read and "Keystone" not in read
    assert "Durant la nuit, les dockers ont voté" in read and "Ils réclament" in read and "Le maire s'en félicite" in read


def test_an_english_link_and_credit_are_not_read():
    text = ("The port reopened on Monday.\n\nRead more: Dockers vow to fight on\n\nUnions welcomed the deal."
            "(Credit: AP Photo/Jane Roe)\n\nThe mayor said it was a good day.")
    read, _ = reading(text, "en")
    assert "Read more" not in read and "Dockers vow" not in read and "Jane Roe" not in read


def test_prose_opening_with_a_lead_word_is_read():
    text = ("Crédit Agricole : le bénéfice recule\n\nPhoto de famille au sommet de Bruxelles, mardi.\n\n"
            "Lire aussi les conclusions du rapport, qui paraîtra jeudi, selon le ministère de la Santé et "
            "plusieurs associations de patients qui attendent ce texte depuis des mois.")
    assert reading(text, "fr")[0] == text


def test_a_link_run_into_a_paragraph_that_opens_with_a_quotation_ends_before_its_guillemet():
    text = ("Les dockers ont voté.\n\nLire aussi : Brest : les dockers reprennent le travail « Nous avons obtenu "
            "gain de cause », a dit le délégué. À lire également : Le port de Sète en grève«Nous suivrons », a "
            "ajouté le syndicat.")
    read, back = reading(text, "fr")
    assert "reprennent" not in read and "Sète" not in read
    assert read.split("\n\n")[1].startswith("« Nous avons obtenu gain de cause », a dit le délégué.")
    at = read.index("« Nous avons")
    assert text[back[at]:back[at] + 12] == "« Nous avons"
    # a headline that quotes after a colon keeps its quotation (its own line: all of it is taken out)
    kept = "Les dockers ont voté.\n\nLire aussi : Sète : « Nous suivrons », dit le maire\n\nLe port ferme."
    read = reading(kept, "fr")[0]
    assert "suivrons" not in read and read.split() == ["Les", "dockers", "ont", "voté.", "Le", "port", "ferme."]


def test_a_link_run_into_the_next_paragraph_ends_before_a_word_that_opens_a_sentence_and_no_name():
    text = ("Le port rouvre.\n\nLire aussi : Brest : la grève des dockers se durcit Les syndicats réclament des "
            "hausses.\n\nÀ lire aussi Le maire de Brest contre la fermeture Ses adjoints ont voté contre. "
            "Lire aussi : Le port de Lorient accueille un ferry Pour Anne Morel, élue locale, c'est une chance. "
            "Lire aussi : Un ferry de plus à Lorient A Brest, le port attend toujours.")
    read, _ = reading(text, "fr")
    assert "grève" not in read and "fermeture" not in read and "ferry" not in read
    assert "Les syndicats réclament des hausses." in read and "Ses adjoints ont voté contre." in read
    assert "Pour Anne Morel, élue locale, c'est une chance." in read and "A Brest, le port attend toujours." in read


def test_a_link_read_to_its_line_end_never_swallows_a_quotation():
    # no end of the link is seen: the text is read as it is rather than losing the words after it
    text = ("Le port rouvre. Lire aussi : Le budget du port adopté Morel, lui, reste calme. « Nous tiendrons », "
            "dit-il.\n\nLe port ferme.")
    read, _ = reading(text, "fr")
    assert "« Nous tiendrons », dit-il." in read


def test_a_credit_glued_to_the_next_paragraph_ends_where_a_small_letter_meets_a_capital():
    text = ("Les dockers votent.\n\nPhoto : AFP/Jean MorelLe ministre a salué l'accord.\n\n"
            "Le port rouvre.\n\nPhoto Reuters/Anne DupuisLa grève est finie.")
    read, _ = reading(text, "fr")
    assert "Morel" not in read and "Dupuis" not in read
    assert "Le ministre a salué l'accord." in read and "La grève est finie." in read


def test_a_credit_glued_to_the_end_of_a_link_is_taken_out_with_it():
    text = ("Le port rouvre.\n\nLire aussi : Brest : le maire tance le gouvernementPhoto Keystone-ATSLes "
            "syndicats restent prudents.")
    read, _ = reading(text, "fr")
    assert "Keystone" not in read and "Photo" not in read and "tance" not in read
    assert "Les syndicats restent prudents." in read


def test_a_credit_run_into_a_quotation_or_an_answer_ends_before_its_mark():
    text = ("Le loup revient.\n\nPhoto : Belga « Nous devons protéger les troupeaux », dit l'éleveur.\n\n"
            "Faut-il agir ? Photo Reuters/Anne Dupuis — Oui, sans attendre.")
    read, _ = reading(text, "fr")
    assert "Belga" not in read and "Dupuis" not in read
    assert "« Nous devons protéger les troupeaux », dit l'éleveur." in read and "— Oui, sans attendre." in read


def test_a_link_whose_headline_ends_with_a_quotation_ends_at_its_closing_guillemet():
    # the next paragraph's quotation glued to the headline's, or an interview answer's dash after it,
    # is read, not swallowed with the link
    text = ("Le club a signé avec un sponsor.À lire également : Football : le président accuse la ligue "
            "d'« abandon en plein match »« La situation est grave », a dit le maire.")
    read, _ = reading(text, "fr")
    assert "lire également" not in read and "abandon" not in read
    assert "« La situation est grave », a dit le maire." in read
    text = ("Que faut-il faire?Lire aussi : Paul Morel : « Les familles sont étranglées » — Il faut plafonner "
            "les loyers.\n\nLe maire hésite.")
    read, _ = reading(text, "fr")
    assert "étranglées" not in read and "— Il faut plafonner les loyers." in read


def test_a_link_whose_headline_ends_with_a_quotation_ends_before_a_capital_after_its_closing_guillemet():
    text = ("Les deux pays signent la paix.À lire aussi Lima et Quito proclament la fin de la « guerre froide » "
            "Selon des diplomates, le traité sera ratifié en mai.\n\nLe port rouvre.Lire aussi : Le maire salue "
            "un « tournant » Quito (AFP) - Le ferry reprend.")
    read, _ = reading(text, "fr")
    assert "guerre froide" not in read and "tournant" not in read
    assert "Selon des diplomates, le traité sera ratifié en mai." in read and "Quito (AFP) - Le ferry reprend." in read


def test_a_credit_run_into_the_body_keeps_a_listed_agency_name_with_a_small_word_whole():
    # "La" would end the photographer's name; the listed agency's whole name ends the credit
    text = ("Le pont a rouvert.Photo: Marc Tessier La Presse canadienne Le week-end dernier, la ville avait "
            "promis des travaux.\n\nPhoto : La Presse canadienne Des cyclistes ont défilé.")
    read, _ = reading(text, "fr")
    assert "Tessier" not in read and "Presse" not in read
    assert "Le week-end dernier, la ville" in read and "Des cyclistes ont défilé" in read


def test_a_credit_run_into_a_straight_quotation_ends_before_its_mark():
    # a scraper wrote the guillemets straight: the credit still ends where the quotation opens
    text = 'Le loup revient.\n\nPhoto Reuters "Nous devons protéger les troupeaux", dit l\'éleveur.'
    read, _ = reading(text, "fr")
    assert "Reuters" not in read and "Photo" not in read
    assert "Nous devons protéger les troupeaux" in read and read.rstrip().endswith("dit l'éleveur.")


def test_a_credit_in_capitals_glued_to_the_next_paragraph_ends_before_its_first_word_elided_or_not():
    text = ("Les dockers votent.\n\nPHOTO AFP / JEAN MORELLe ministre a salué l'accord.\n\n"
            "Le port rouvre.PHOTO BELGA / ANNE DUPUISL'entreprise se tait.")
    read, back = reading(text, "fr")
    assert "MOREL" not in read and "DUPUIS" not in read
    assert "Le ministre a salué l'accord." in read and "L'entreprise se tait." in read
    assert text[back[read.index("L'entreprise")]:].startswith("L'entreprise")
    # a name in capitals that is no credit is read as it is
    clean = "Le sigle MONUSCO désigne la mission. L'ONU l'a dit."
    assert reading(clean, "fr") == (clean, None)
