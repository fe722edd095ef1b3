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
