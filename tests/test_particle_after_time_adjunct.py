"""A time adjunct or an adverb between a multiword verb and its particle ("a plaidé mardi pour
que …", "a fait hier savoir que …", "a mis dans la soirée en garde contre …") leaves the locution
whole (lexicon.particle_start, issue 10); an object between them does not. Real French model; the
sentences are invented."""

PUBLISHED = "2024-05-02"


def quotes(analyze, text):
    return [(q.type, q.text) for q in analyze(text, published=PUBLISHED).quotes]


def test_a_weekday_between_the_verb_and_its_particle(analyze):
    text = "Le maire a plaidé lundi soir pour que le projet soit abandonné."
    assert quotes(analyze, text) == [("indirect", "le projet soit abandonné")]


def test_a_time_phrase_between_the_verb_and_its_particle(analyze):
    text = "La ministre a plaidé dans la soirée pour que les écoles restent ouvertes."
    assert quotes(analyze, text) == [("indirect", "les écoles restent ouvertes")]


def test_an_adverb_of_time_before_savoir(analyze):
    text = "Le syndicat a fait hier savoir qu'il refuserait « tout compromis »."
    assert quotes(analyze, text) == [("mixed", "il refuserait « tout compromis »")]


def test_an_object_between_the_verb_and_pour_que_is_no_gap(analyze):
    assert quotes(analyze, "L'avocat a plaidé le dossier pour que son client soit libéré.") == []


def test_an_adverbial_locution_between_the_verb_and_its_particle(analyze):
    text = "Le maire a plaidé à l'avance pour que le projet soit abandonné."
    assert quotes(analyze, text) == [("indirect", "le projet soit abandonné")]


def test_a_connector_between_the_verb_and_its_particle(analyze):
    text = "Le syndicat a fait pour sa part savoir qu'il refuserait « tout compromis »."
    assert quotes(analyze, text) == [("mixed", "il refuserait « tout compromis »")]
