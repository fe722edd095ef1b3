"""The article's own outlet named in its dateline (nlp/sources.py): a credit in brackets before the
dateline's dash that names a listed outlet, not an agency ("Goma, 3 mars 2024 (ACTUALITE.CD) –"),
is the article's byline, so the outlet's citations of itself ("a constaté Actualite.cd") are no
sources, and nor is the byline itself (GUIDELINES §3 counts agency credits, not the article's own
outlet and byline), as with an address (extract.source_records); an agency's dateline credit
stays, but not its citations of itself. Invented sentences."""
from source_texts import cited


def test_an_outlet_in_the_dateline_is_the_article_s_own():
    own, agency = cited(
        "Goma : la route rouverte\n\nGoma, 3 mars 2024 (ACTUALITE.CD) – La route de Sake a rouvert mardi, "
        "a constaté Actualite.cd. Le gouverneur a confirmé la réouverture à Radio Okapi.",
        "Goma : la route rouverte\n\nGoma, 3 mars 2024 (AFP) – La route de Sake a rouvert mardi, a constaté l'AFP.")
    assert [evidence for _, evidence, _ in own] == ["confirmé la réouverture à Radio Okapi"]
    assert [evidence for _, evidence, _ in agency] == ["(AFP)"]


def test_an_agency_s_dispatch_does_not_cite_the_agency_it_spoke_to():
    # the agency's reporter heard it: the dateline credit counts, what was said to the agency does
    # not; another agency spoken to is still cited
    dispatch, = cited(
        "Liège : l'usine fermera\n\nLiège, 4 avril 2023 (Belga) - L'usine de Herstal fermera en juin. "
        "« Nous sommes trahis », a déclaré à Belga un délégué syndical, interrogé aussi par l'AFP. "
        "La direction, interrogée par Belga, n'a pas commenté.")
    assert [evidence for _, evidence, _ in dispatch] == ["(Belga)", "interrogé aussi par l'AFP"]


def test_a_full_stop_before_the_dateline_dash():
    own, = cited(
        "Bukavu : le marché rouvre\n\nBukavu, 9 mai 2022 (7SUR7.CD).- Le grand marché a rouvert lundi. "
        "« Nous avons perdu deux semaines de vente », a confié à 7SUR7.CD une commerçante, "
        "qui a aussi parlé à la radio Top Congo.")
    assert [name for name, _, _ in own] == ["Top Congo"]


def test_an_outlet_s_name_closing_the_text_is_its_signature():
    bare, bracketed, agency = cited(
        "Lausanne : le pont fermé\n\nLe pont de Chailly restera fermé un mois, a annoncé la Ville. "
        "« Les travaux ne peuvent plus attendre », a expliqué l'ingénieure Anne Favre, interrogée par la RTS. "
        "Selon Le Temps, le chantier coûtera deux millions.\n\nRTS",
        "Uvira : les pêcheurs en grève\n\nLes pêcheurs d'Uvira ont cessé le travail lundi. « Nous ne vivons "
        "plus », a déclaré à 7SUR7.CD un pêcheur, selon qui la radio Maendeleo a relayé leur appel.\n\n(7SUR7.CD)",
        "Lausanne : le pont fermé\n\n« Les travaux ne peuvent plus attendre », a expliqué l'ingénieure Anne "
        "Favre à la RTS.\n\n(ATS)")
    assert [name for name, _, _ in bare] == ["Le Temps"]
    assert "7SUR7.CD" not in " ".join(evidence for _, evidence, _ in bracketed)
    assert [name for name, _, _ in agency] == ["RTS", "ATS"]


def test_an_outlet_that_reached_someone_is_the_article_s_own():
    # "joint par" tells the reporter's own newsgathering, so every citation of that outlet is its
    # own; an agency that reached someone stays a source (its dispatch relayed), as does a medium spoken to
    own, agency, spoken = cited(
        "« Le régime est aux abois », estime le politologue Paul Roy, joint par Le Devoir. Le ministre a "
        "toutefois assuré au Devoir que rien n'était décidé. Selon La Presse, Ottawa hésite.",
        "Selon un officier joint par téléphone par l'AFP, les tirs ont cessé dans la nuit.",
        "Le maire, interrogé par la RTBF, a démenti toute démission.")
    assert [name for name, _, _ in own] == ["La Presse"]
    assert [name for name, _, _ in agency] == ["AFP"]
    assert [name for name, _, _ in spoken] == ["RTBF"]


def test_a_dateline_credit_after_a_headline_run_into_it():
    # a scraper lost the break after the headline ("…depuis 1987Liège, 4 avril"): the credit with
    # its dash still opens the first dateline, so the agency's citations of itself are no sources
    dispatch, = cited(
        "Liège : l'usine de Herstal fermera ses portes en juin, une première depuis 1987Liège, "
        "4 avril 2023 (Belga) - L'usine fermera en juin. « Nous sommes trahis », a déclaré à Belga un "
        "délégué syndical, interrogé aussi par l'AFP.")
    assert [evidence for _, evidence, _ in dispatch] == ["(Belga)", "interrogé aussi par l'AFP"]
