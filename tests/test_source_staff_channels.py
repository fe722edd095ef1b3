"""A medium's staff member as the channel of a statement stands for the medium ("a indiqué à un
journaliste de l'AFP"), also over an inverted subject between the verb and the channel ("a déclaré
le maire de la ville à un journaliste de Reuters") and over the adjective of a post ("à l'envoyé
spécial du Monde"); a journalist who is only spoken of is an employer's (GUIDELINES §3;
nlp/citing_channels.py). Invented sentences, full pipeline."""
from source_texts import cited


def test_staff_reached_over_an_inverted_subject_or_a_post_adjective_cites_the_medium():
    found = cited("Grève\n\n« Nous ne céderons pas », a déclaré le maire de la ville à un journaliste de Reuters.",
                  "Grève\n\nLe syndicat a expliqué à l'envoyé spécial du Monde que la grève durerait.")
    assert [[name for name, _, _ in f] for f in found] == [["Reuters"], ["Le Monde"]]


def test_staff_only_spoken_of_or_asked_to_act_cites_nothing():
    found = cited("Grève\n\nLe maire a remis une médaille à un journaliste de Reuters.",
                  "Grève\n\nLe maire a demandé à un journaliste de Reuters de quitter la salle.")
    assert found == [[], []]


def test_staff_as_the_agent_of_a_channel_participle_cites_the_medium():
    found = cited("Grève\n\nInterrogé par un journaliste de Reuters, le maire a reconnu que la grève durerait.")
    assert [[name for name, _, _ in f] for f in found] == [["Reuters"]]
