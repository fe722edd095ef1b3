"""Descriptions that take up a person already named (descriptions.py), on invented sentences in the
style of Swiss, Belgian, Canadian and Congolese press. Hand-built Docs, no model loaded."""
from parsed_doc import parsed
from test_speakers import index_of

from newsgraph.nlp.reports import FoundQuote
from newsgraph.nlp.speakers import resolve_speakers
from newsgraph.nlp.textutil import text_of


def span_of(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _second_function(blank_nlp, description: str, between: str = ""):
    from parsed_doc import tokenized
    from test_speakers import quote
    text = ("« Le port ferme », a dit Paul Martin, porte-parole du gouvernement. "
            f"{between}« Tout va bien », a ajouté {description}.")
    doc = tokenized(blank_nlp, text)
    others = [("person:jean-dupont", "Jean Dupont", "person", "m")] if "Jean Dupont" in text else []
    index = index_of(text, ("person:paul-martin", "Paul Martin", "person", "m"), *others)
    index.actors["person:paul-martin"].role = "porte-parole du gouvernement"
    first = quote(text, "Le port ferme", "Paul Martin", type="direct")
    second = quote(text, "Tout va bien", description, type="direct")
    return resolve_speakers(doc, index, [first, second])[1]


def test_a_second_function_of_the_person_speaking_in_the_paragraph_is_theirs(blank_nlp):
    # a spokesman who is also a minister: no one named echoes "ministre de la Communication"
    assert _second_function(blank_nlp, "le ministre de la Communication").actor == "person:paul-martin"


def test_a_description_of_the_other_gender_is_not_the_person_speaking(blank_nlp):
    assert _second_function(blank_nlp, "la ministre de la Communication").actor is None


def test_a_cue_whose_subject_the_parse_lost_goes_to_the_name_right_before_it():
    # "Du côté de l'opposition, le chef du parti, Paul Martin, a jugé la mesure « tardive »": the
    # parser reads the description as a conjunct of the opening adverbial, and the verb has no subject
    doc = parsed('''
        «           PUNCT  punct      2
        Non         ADV    ROOT       2
        »           PUNCT  punct      2
        ,           PUNCT  punct      4
        dit         VERB   parataxis  1  lemma=dire  morph=VerbForm=Fin
        Jean        PROPN  nsubj      4  ent=PER
        Dupont      PROPN  flat:name  5  ent=PER
        Du          ADP    case       8
        côté        NOUN   obl:mod    21
        de          ADP    case       11
        l'          DET    det        11
        opposition  NOUN   nmod       8
        ,           PUNCT  punct      14
        le          DET    det        14
        chef        NOUN   conj       8
        du          ADP    case       16
        parti       NOUN   nmod       14
        ,           PUNCT  punct      18
        Paul        PROPN  appos      14  ent=PER
        Martin      PROPN  flat:name  18  ent=PER
        a           AUX    aux:tense  21
        jugé        VERB   ROOT       21  lemma=juger  morph=VerbForm=Part
        la          DET    det        23
        mesure      NOUN   obj        21
        «           PUNCT  punct      25
        tardive     ADJ    amod       23
        »           PUNCT  punct      25
        .           PUNCT  punct      21
    ''')
    text = text_of(doc)
    index = index_of(text, ("person:jean-dupont", "Jean Dupont", "person", "m"),
                     ("person:paul-martin", "Paul Martin", "person", "m"))
    first = FoundQuote(*span_of(text, "Non"), "direct", span_of(text, "dit"), span_of(text, "Jean Dupont"), 0.9)
    found = FoundQuote(*span_of(text, "la mesure « tardive »"), "mixed", span_of(text, "a jugé"), None, 0.8)
    _, speaker = resolve_speakers(doc, index, [first, found])
    assert speaker.actor == "person:paul-martin"


def test_a_person_named_since_keeps_the_description_from_the_person_who_spoke(blank_nlp):
    speaker = _second_function(blank_nlp, "le ministre de la Communication", "Jean Dupont est arrivé. ")
    assert speaker.actor != "person:paul-martin"


def _bare_after(blank_nlp, role: str, description: str):
    from parsed_doc import tokenized
    from test_speakers import quote
    text = f"« Le port ferme », a dit Paul Martin, {role}. « Tout va bien », a ajouté {description}."
    doc = tokenized(blank_nlp, text)
    index = index_of(text, ("person:paul-martin", "Paul Martin", "person", "m"))
    index.actors["person:paul-martin"].role = role
    first = quote(text, "Le port ferme", "Paul Martin", type="direct")
    second = quote(text, "Tout va bien", description, type="direct")
    return resolve_speakers(doc, index, [first, second])[1]


def test_a_bare_description_of_another_function_is_the_person_speaking(blank_nlp):
    speaker = _bare_after(blank_nlp, "secrétaire général de la FGTB", "le syndicaliste")
    assert speaker.actor == "person:paul-martin"


def test_the_same_office_with_another_complement_is_someone_else(blank_nlp):
    speaker = _bare_after(blank_nlp, "ministre de l'Intérieur", "le ministre de la Santé")
    assert speaker.actor is None


def test_a_party_noun_takes_up_the_person_speaking(blank_nlp):
    # Belgian and Swiss press name a politician again by party or home town: "le libéral", "le Montois"
    assert _bare_after(blank_nlp, "chef de groupe au Parlement", "le libéral").actor == "person:paul-martin"
    assert _bare_after(blank_nlp, "chef de groupe au Parlement", "le Montois").actor == "person:paul-martin"


def test_a_party_noun_of_the_other_gender_is_not_the_person_speaking(blank_nlp):
    assert _bare_after(blank_nlp, "chef de groupe au Parlement", "la libérale").actor is None


def test_a_generic_elected_noun_finds_a_swiss_mayor_before_an_earlier_councillor(blank_nlp):
    from parsed_doc import tokenized
    from test_speakers import quote
    text = "Paul Martin est venu. Jean Dupont est arrivé. L'élu a affirmé que la ville est calme."
    doc = tokenized(blank_nlp, text)
    index = index_of(text, ("person:paul-martin", "Paul Martin", "person", "m"),
                     ("person:jean-dupont", "Jean Dupont", "person", "m"))
    index.actors["person:paul-martin"].role = "conseiller fédéral"
    index.actors["person:jean-dupont"].role = "syndic de Lausanne"
    [speaker] = resolve_speakers(doc, index, [quote(text, "la ville est calme", "L'élu")])
    assert speaker.actor == "person:jean-dupont"


def test_two_states_speaking_together_are_no_single_actor():
    doc = parsed('''
        Rome       PROPN  nsubj      3  ent=LOC
        et         CCONJ  cc         2
        Madrid     PROPN  conj       0  ent=LOC
        ont        AUX    aux:tense  4
        estimé     VERB   ROOT       4  lemma=estimer  morph=VerbForm=Part
        que        SCONJ  mark       8
        la         DET    det        7
        frontière  NOUN   nsubj      8
        tient      VERB   ccomp      4  lemma=tenir  morph=VerbForm=Fin
        .          PUNCT  punct      4
    ''')
    text = text_of(doc)
    index = index_of(text, ("country:ITA", "Rome", "country", None), ("country:ESP", "Madrid", "country", None))
    found = FoundQuote(*span_of(text, "la frontière tient"), "indirect", span_of(text, "ont estimé"),
                       span_of(text, "Rome et Madrid"), 0.9)
    [speaker] = resolve_speakers(doc, index, [found])
    assert speaker.actor is None and speaker.name == "Rome et Madrid"


def test_a_repeated_description_takes_up_the_speaker_it_designated_before(analyze):
    # the coalition is no actor of the index; the United Nations, named in between, are not meant
    text = ("Frappes\n\n3 mars 2024. – La coalition internationale a causé l'effondrement d'un immeuble à Mossoul. "
            "La coalition a confirmé le 25 mars être à l'origine de ce bombardement.\n\n"
            "Des dizaines de corps se trouvent encore sous les décombres. Le drame est déploré par les "
            "Nations unies, qui appellent à la retenue.\n\n"
            "La coalition a annoncé avoir ouvert une enquête sur ces frappes.")
    speakers = [q.speaker.name for q in analyze(text, published="2024-03-03").quotes]
    assert speakers[-1] == "La coalition"
