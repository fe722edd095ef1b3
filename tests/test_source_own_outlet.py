"""Sources of stop 44 (s44-src): the article's own outlet, named by its address, is no source
(nlp/own_outlet.py); a medium introduced by a description with a state owner ("la télévision
d'État nord-coréenne KCTV"); credits alone on their paragraph ("ACP", "— La Presse canadienne")
or a web name in brackets ("(7SUR7.CD)"). Invented sentences."""
from newsgraph.gazetteer import load_gazetteer
from newsgraph.nlp.own_outlet import outlet_of

DAY = "2024-03-05"


def cited(analyze, text, url=None):
    article = analyze(text, published=DAY, url=url)
    return [(s.name, text[s.start:s.end]) for s in article.sources]


def test_the_host_names_the_listed_outlet():
    gazetteer = load_gazetteer()
    assert outlet_of("https://www.radiookapi.net/2024/03/05/actualite/x", gazetteer).name == "Radio Okapi"
    assert outlet_of("https://ici.radio-canada.ca/nouvelle/123", gazetteer).name == "Radio-Canada"
    # the suffix tells two sites of one name apart
    assert outlet_of("https://7sur7.cd/2024/x", gazetteer).id == "media:7sur7-cd"
    assert outlet_of("https://www.7sur7.be/x", gazetteer).id == "media:7sur7-be"


def test_no_outlet_without_a_known_host():
    gazetteer = load_gazetteer()
    assert outlet_of(None, gazetteer) is None
    assert outlet_of("https://fr.wikinews.org/wiki/Un_article", gazetteer) is None
    assert outlet_of("https://www.example.com/a", gazetteer) is None
    assert outlet_of("not an address", gazetteer) is None


TOLD = "« Les pêcheurs ne sortent plus », a confié à Radio Okapi un habitant de Kalemie, joint par téléphone."


def test_the_own_outlet_as_channel_is_no_source(analyze):
    assert cited(analyze, TOLD) == [("Radio Okapi", "confié à Radio Okapi")]
    assert cited(analyze, TOLD, url="https://www.radiookapi.net/2024/03/05/x") == []


def test_another_outlet_is_still_cited_on_the_own_site(analyze):
    text = "« Le pont sera rouvert lundi », a déclaré le gouverneur au quotidien Le Soir."
    assert cited(analyze, text, url="https://www.radiookapi.net/2024/03/05/x") == \
        [("Le Soir", "déclaré le gouverneur au quotidien Le Soir")]


def test_the_agency_credit_stays_on_the_agency_site(analyze):
    text = "Un titre sans rapport\n\nLe barrage de Tshopo a cédé dans la nuit de lundi. (ACP)"
    assert [n for n, _ in cited(analyze, text, url="https://acp.cd/2024/x")] == ["ACP"]


def test_an_outlet_s_own_credit_on_its_site_is_its_byline(analyze):
    text = "Un titre sans rapport\n\nLe pont de Kalemie a cédé dans la nuit de lundi. (Radio Okapi)"
    assert cited(analyze, text, url="https://www.radiookapi.net/2024/03/05/x") == []


def test_a_state_owned_medium_with_its_title(analyze):
    text = "Selon la télévision d'État nord-coréenne KCTV, le dirigeant a visité une aciérie."
    assert cited(analyze, text) == [("KCTV", "Selon la télévision d'État nord-coréenne KCTV")]
    text = "Le tir a été confirmé mardi par la télévision d'État nord-coréenne KCTV, qui a montré des images."
    assert [n for n, _ in cited(analyze, text)] == ["KCTV"]


def test_a_description_that_is_no_owner_names_no_medium(analyze):
    """ "la station de métro de Maelbeek": a complement that is no state owner (nor an adjective)
    links no title to the media noun."""
    assert cited(analyze, "Selon la station de métro de Maelbeek, le trafic reprendra demain.") == []


def test_a_bare_agency_line_closing_the_dispatch(analyze):
    text = "Un titre sans rapport\n\nLe gouverneur du Kasaï a limogé son cabinet mardi.\n\nACP"
    assert cited(analyze, text) == [("ACP", "ACP")]
    text = "Un titre sans rapport\n\nLa grève des traversiers se poursuit à Halifax.\n\n— La Presse canadienne"
    assert cited(analyze, text) == [("La Presse canadienne", "— La Presse canadienne")]


def test_a_bare_line_repeating_a_credit_or_naming_a_newspaper_adds_nothing(analyze):
    text = "Un titre sans rapport\n\nRabat, 4 mars (MAP) - Le port de Tanger a rouvert.\n\nMAP"
    assert cited(analyze, text) == [("MAP", "(MAP)")]
    text = "Un titre sans rapport\n\nLe port de Tanger a rouvert mardi.\n\nLe Monde"
    assert cited(analyze, text) == []


def test_a_web_name_credited_in_the_dateline_is_the_byline(analyze):
    """A site that is no agency, credited in the dateline, is the article's own byline (GUIDELINES
    §3: "the article's own outlet and byline" are no sources); an agency there is a credit."""
    text = "Un titre sans rapport\n\nBukavu, 4 mars 2024 (7SUR7.CD) - Le gouverneur a suspendu les cours."
    assert cited(analyze, text) == []
    text = "Un titre sans rapport\n\nBukavu, 4 mars 2024 (ACP) - Le gouverneur a suspendu les cours."
    assert [t for _, t in cited(analyze, text)] == ["(ACP)"]


def test_unnamed_media_coordinated_after_a_body_share_its_marker(analyze):
    """ "selon la police et des médias locaux": the marker of the first conjunct cites the unnamed
    medium too; a coordination with no marker ("la police et la presse locale sont arrivées") cites
    nothing."""
    assert cited(analyze, "Selon la gendarmerie et des médias locaux, deux ponts ont été emportés.") == \
        [("médias locaux", "médias locaux")]
    assert [n for n, _ in cited(analyze, "D'après l'armée et la télévision d'État, le col est fermé.")] == \
        ["télévision d'État"]
    assert cited(analyze, "Selon le préfet, la gendarmerie et la presse locale sont arrivées sur place.") == []


def test_a_bare_agency_line_inside_the_text_is_no_credit(analyze):
    """ "AFP" alone between paragraphs credits a photo, not the dispatch: only the closing paragraph."""
    text = "Un titre sans rapport\n\nLe port de Tanger a rouvert mardi.\n\nAFP\n\nLes dockers ont repris le travail."
    assert cited(analyze, text) == []


def test_the_writers_own_medium_is_no_source(analyze):
    """ "a confié à notre journal", "Contacté par notre rédaction": a media noun with the writer's
    possessive is the article's own outlet; the same noun with an article is a medium cited."""
    assert cited(analyze, "« Le chantier reprendra lundi », a confié le syndic à notre quotidien.") == []
    assert cited(analyze, "Joint par notre journal, le syndic n'a pas souhaité réagir.") == []
    assert [n for n, _ in cited(analyze, "« Le chantier reprendra lundi », a assuré le syndic à la chaîne publique.")] \
        == ["chaîne publique"]


def test_the_own_outlet_in_english(analyze):
    text = '"The bridge will reopen on Monday," the mayor told CNN. "We are ready," she told The Guardian.'
    article = analyze(text, lang="en", published=DAY, url="https://www.theguardian.com/uk-news/2024/x")
    assert [s.name for s in article.sources] == ["CNN"]


def test_a_signature_run_into_the_last_sentence_still_signs_the_piece(analyze):
    """A scraper lost the break before the closing signature ("… mardi.RTS", "… mardi. RTS"): the
    outlet is still the piece's own, no source."""
    for glue in ("", " "):
        text = f"Un titre sans rapport\n\n« Le pont rouvrira lundi », a déclaré le maire à la RTS mardi.{glue}RTS"
        assert cited(analyze, text) == []


def test_a_credit_glued_after_a_medium_s_name_and_a_stop_is_still_a_credit(analyze):
    """"(RTS)" right after "Radio Télévision Suisse" is its short form, but after a stop it is the
    dispatch credit a scraper glued to the last sentence."""
    text = "Un titre sans rapport\n\nLe pont a rouvert lundi, a rapporté l'agence Reuters.(ats)"
    assert [n for n, _ in cited(analyze, text)] == ["Reuters", "ATS"]
