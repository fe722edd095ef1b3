"""The European Union named by its member count ("les Vingt-Sept"; before 2020 "les Vingt-Huit"), as
the press writes it, is the organisation (data/organizations.tsv aliases), so its acts have a side.
Real French model; the sentences are invented."""

PUBLISHED = "2024-01-10"
TITLE = "Un titre sans rapport\n\n"


def events(analyze, sentence):
    article = analyze(TITLE + sentence, published=PUBLISHED)
    return [(e.type, e.actor.actor, e.recipient.actor) for e in article.events]


def test_the_twenty_seven_act_as_the_union(analyze):
    assert ("ACCUSE", "org:ue", "country:IRN") in events(
        analyze, "Les Vingt-Sept ont condamné l'Iran pour ses livraisons de drones.")


def test_a_count_of_other_things_is_no_union(analyze):
    found = events(analyze, "Vingt-sept soldats ont été tués lundi par l'armée malienne.")
    assert all(side != "org:ue" for _, actor, recipient in found for side in (actor, recipient))
