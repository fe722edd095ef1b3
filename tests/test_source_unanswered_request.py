"""An outlet whose request for comment went unanswered ("n'a pas répondu aux sollicitations de la
RTS") is the article's own: it did its own newsgathering, so its mentions as the channel of a
statement are no source (GUIDELINES §3: no own outlet). An agency stays one, and an answered
question is a statement given through a medium. Invented sentences."""
from source_texts import cited


def test_the_outlet_whose_request_went_unanswered_is_the_own_outlet():
    found = cited("« Le tunnel rouvrira en mai », a expliqué à la RTS le chef du chantier, Marc Favre. "
                  "L'entreprise n'a pas répondu aux sollicitations de la RTS.",
                  "« Le tunnel rouvrira en mai », a déclaré au Devoir le maire, Marc Tremblay. "
                  "Le ministère n'a pas donné suite aux questions du Devoir.")
    assert found == [[], []]


def test_an_answered_question_and_an_agency_stay_sources():
    found = cited("« Le tunnel rouvrira en mai », a déclaré au Devoir le maire, Marc Tremblay. "
                  "Le ministère a répondu aux questions du Devoir.",
                  "« Le tunnel rouvrira en mai », a déclaré à l'AFP le maire, Marc Tremblay. "
                  "Le ministère n'a pas répondu aux sollicitations de l'AFP.")
    assert [[e for _, e, _ in f] for f in found] == [["déclaré au Devoir", "questions du Devoir"],
                                                     ["déclaré à l'AFP"]]
