"""A medium that publishes another's statement, its speaker named in a genitive ("l'agence a publié
une déclaration du ministre"), relays those words: it is their channel, a source (GUIDELINES §3),
though a weak verb of publishing alone tells of its own act ("le journal a publié la tribune")
(nlp/speaking_media.py, pack relayed_statement_nouns). Invented sentences, full pipeline."""
from source_texts import cited


def test_a_medium_publishing_someone_s_statement_is_its_channel():
    found = cited("Crue\n\nL'agence Reuters a publié jeudi une déclaration du gouverneur, qui réclame de l'aide.")
    assert [(name, text) for name, text, _ in found[0]] == [("Reuters", "Reuters a publié")]


def test_a_work_or_a_speakerless_statement_is_still_the_medium_s_own_act():
    found = cited("Crue\n\nLe quotidien Le Monde a publié une tribune de dix maires.",
                  "Crue\n\nLe quotidien Le Monde a publié une déclaration sur son site.")
    assert found == [[], []]


def test_a_statement_whose_genitive_names_no_speaker_is_still_the_medium_s_own_act():
    """'de soutien' is what the message says, not who said it (review s54)."""
    found = cited("Grève\n\nLe Monde a publié un message de soutien aux grévistes.",
                  "Crue\n\nL'agence Reuters a publié jeudi un message du gouverneur.")
    assert [[name for name, _, _ in f] for f in found] == [[], ["Reuters"]]
