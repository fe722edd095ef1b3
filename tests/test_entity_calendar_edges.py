"""A day or a month the recogniser glues to a name is no part of it ("a annoncé l'ONU mardi"),
and a weekday alone at the head of a sentence ("Lundi, …") is a date, not a person
(entities.EntitiesComponent). Invented sentences."""


def test_trailing_weekday_is_cut_off_the_speaker_name(reports):
    found = reports("Trois écoles ont été fermées dans la région, a annoncé l'ONU mardi.")
    assert [speaker for _, speaker, _ in found] == ["Organisation des Nations unies"]


def test_weekday_opening_the_sentence_is_no_actor(analyze):
    article = analyze("Un titre sans rapport\n\nLundi, la commission a rejeté la demande des agriculteurs. "
                      "Dans un communiqué, elle a indiqué que « les règles doivent être respectées ».",
                      published="2024-03-05")
    assert not any("lundi" in actor.id.lower() for actor in article.actors)
    assert [q.speaker.name for q in article.quotes] == ["la commission"]
