"""Sources (nlp/sources.py): one citation read twice is one source ("selon un article publié par
Le Monde": the work that speaks and the participle's agent), and a medium that speaks under its
own name is named ("croit savoir Le Parisien"), and a closing credit may open with a lead word
("(Avec AFP)"). Real French model; the sentences are invented."""

PUBLISHED = "2024-03-05"


def sources(analyze, text):
    article = analyze(text, published=PUBLISHED)
    return [(s.name, article.text[s.start:s.end], s.named) for s in article.sources]


def test_a_work_published_by_a_medium_is_one_citation(analyze):
    text = "Selon un reportage diffusé mardi par France 2, le barrage a cédé dans la nuit."
    found = sources(analyze, text)
    assert len(found) == 1 and found[0][0] == "France 2" and found[0][2]
    assert found[0][1].startswith("Selon un reportage") and found[0][1].endswith("France 2")


def test_a_medium_speaking_under_its_name_is_named(analyze):
    found = sources(analyze, "Le barrage a cédé dans la nuit, croit savoir Le Parisien.")
    assert [(name, named) for name, _, named in found] == [("Le Parisien", True)]


def test_an_agency_credit_with_its_lead_word_is_a_source(analyze):
    found = sources(analyze, "Le barrage a cédé dans la nuit de lundi à mardi. (Avec AFP)")
    assert [(name, span) for name, span, _ in found] == [("AFP", "(Avec AFP)")]


def test_a_work_and_its_publisher_only_a_space_apart_are_one_citation(analyze):
    # the work speaks ("Selon une étude") and the participle's agent cites the medium right after it
    text = "Selon une étude publiée par Le Figaro, les loyers ont baissé de trois pour cent à Nantes."
    found = sources(analyze, text)
    assert [(name, named) for name, _, named in found] == [("Le Figaro", True)]
    assert found[0][1].startswith("Selon une étude") and found[0][1].endswith("Le Figaro")
