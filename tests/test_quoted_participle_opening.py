"""A participle that opens the quoted words (nlp/reports.py find_verb_reports): « Considérant
que …, la chambre estime … » is one quotation of the speaker outside, not a second report of
that speaker nested in it. Real French
model; the sentences are invented."""

PUBLISHED = "2024-03-05"


def quotes(analyze, text):
    return [(q.type, q.cue.text if q.cue else None) for q in analyze(text, published=PUBLISHED).quotes]


def test_a_participle_opening_the_quotation_is_part_of_it(analyze):
    text = ("Dans sa décision, la cour a déclaré : « Considérant que le pont est resté fermé pendant "
            "trois ans, la chambre estime que la commune doit être indemnisée ».")
    found = quotes(analyze, text)
    assert [cue for _, cue in found] == ["a déclaré"]
