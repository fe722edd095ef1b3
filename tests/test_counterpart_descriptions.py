"""A counterpart with a demonym ("son homologue russe", counterpart_nouns.txt) is the person of that
state the article named, whatever their title; a demonstrative after it ("Ce dernier") takes that
person up again. Real French model; the sentences are invented."""

PUBLISHED = "2017-05-10"


def speakers(analyze, text):
    return [(q.text, q.speaker.name) for q in analyze("Un titre sans rapport\n\n" + text, published=PUBLISHED).quotes]


def test_a_counterpart_with_a_demonym_is_the_person_of_that_state(analyze):
    found = speakers(analyze, "Recep Tayyip Erdogan a reçu Vladimir Poutine à Ankara. Le président turc a qualifié "
                              "la rencontre de « très fructueuse ». Son homologue russe a, quant à lui, évoqué des "
                              "« divergences ». Ce dernier a toutefois salué un « partenaire de confiance ».")
    assert ("des « divergences »", "Vladimir Poutine") in found
    assert ("un « partenaire de confiance »", "Vladimir Poutine") in found


def test_a_singular_demonym_noun_is_a_person_of_that_state(analyze):
    # "Le Français" (invariant noun the tagger reads as plural): one person of that state, the one
    # named before, not France
    found = speakers(analyze, "Le commissaire européen Michel Barnier a présenté ses lignes directrices. Le Français "
                              "a prévenu que les discussions seraient « difficiles ».")
    assert ("les discussions seraient « difficiles »", "Michel Barnier") in found


def test_a_counterpart_holds_the_office_of_the_person_whose_counterpart_they_are(analyze):
    # "son homologue moldave" names no office: it is the Belgian minister's, so "le ministre" who
    # speaks once the paragraph has made the counterpart its subject can be them (named only as
    # the object of "a reçu", the Belgian subject would be the topic: salient_holders.py)
    found = speakers(analyze, "Le ministre belge des Affaires étrangères, Didier Reynders, a reçu lundi à Bruxelles "
                              "son homologue moldave, Nicu Popescu. Nicu Popescu a plaidé pour l'adhésion de son "
                              "pays. « Nous voulons adhérer à l'Union », a déclaré le ministre.")
    assert ("« Nous voulons adhérer à l'Union »", "Nicu Popescu") in found or \
        ("Nous voulons adhérer à l'Union", "Nicu Popescu") in found


def test_a_counterpart_with_no_demonym_is_not_of_the_state_of_the_person_named(analyze):
    record = analyze("Un titre sans rapport\n\nLe ministre français des Armées Sébastien Lecornu a reçu son "
                     "homologue Boris Pistorius à Paris. « Nous sommes unis », a affirmé le ministre.",
                     published="2023-05-01")
    countries = {a.name: a.country for a in record.actors if a.kind == "person"}
    assert countries.get("Boris Pistorius") != "FRA"
