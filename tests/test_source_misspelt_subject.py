"""Issue 10, a listed agency misspelt where the entity recogniser reads a person ("L'agence Spunik a
rapporté …": one word, after "agence"; nlp/actors.py leaves it to the media scan, whose variant
reading, media_variants.near_listed, cites it). Invented sentences."""
from source_texts import cited

from newsgraph.model import Article
from newsgraph.process import process


def test_a_misspelt_agency_the_recogniser_reads_as_a_person_is_cited():
    found = cited("Le barrage a cédé dans la nuit. L'agence Spunik a rapporté que trois villages étaient inondés.")
    assert [(name, evidence) for name, evidence, _ in found[0]] == [("Spunik", "L'agence Spunik a rapporté")]


def test_a_name_far_from_every_listed_medium_stays_whom_the_recogniser_read():
    text = "Le barrage a cédé dans la nuit. Le directeur Paul Rostand a rapporté que trois villages étaient inondés."
    article = next(iter(process([Article(id="t", text=text, lang="fr", published="2021-03-01")])))
    assert article.sources == [] and "person:paul-rostand" in {a.id for a in article.actors}
