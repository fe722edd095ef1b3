"""An unnamed medium that speaks a quote is a source (nlp/unnamed_media.py, GUIDELINES §3: unnamed
media count), whatever the quote's verb; its name is the description without its determiner. A
relative clause on the media noun makes it no speaker. Invented sentences, full pipeline."""
from source_texts import cited


def test_a_media_description_speaking_a_quote_is_a_source():
    found = cited("La presse économique allemande parle d'une « capitulation » du gouvernement face aux syndicats.",
                  "Un hebdomadaire régional parle d'un « désastre annoncé » pour les éleveurs.")
    assert [[(name, evidence, named) for name, evidence, named in f] for f in found] == [
        [("presse économique allemande", "La presse économique allemande parle", False)],
        [("hebdomadaire régional", "Un hebdomadaire régional parle", False)]]


def test_a_relative_clause_on_the_media_noun_is_no_speaker():
    found = cited("Un journal qui parle d'une « capitulation » du gouvernement a été saisi.")
    assert found == [[]]


def test_a_cue_read_as_a_modifier_of_the_media_noun_is_no_part_of_its_name():
    # the tagger reads "juge" as an adjective of the noun: the name ends before it, the citation with it
    found = cited("Le quotidien régional juge toutefois que la commune a pris « la seule voie possible ».")
    assert found == [[("quotidien régional", "Le quotidien régional juge", False)]]
