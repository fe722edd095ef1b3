"""A French quotation over several paragraphs, by the press convention: each paragraph left open,
the next reopened by «, closed only at the end, where the incise names the speaker. Every paragraph
is the speaker's, the first one too (lang/fr/pack.toml: open_paragraph_takes_later_speaker).
Invented sentences."""


def test_every_paragraph_of_a_quotation_reopened_by_guillemets_is_kept_with_its_speaker(analyze):
    text = ("Le maire Paul Martin a pris la parole lundi.\n\n"
            "« Nous fermerons le port demain matin. Les bateaux resteront à quai.\n\n"
            "« Les pêcheurs seront aidés par la commune.\n\n"
            "« Rien n'est encore décidé », a-t-il ajouté.\n\nLa séance a été levée.")
    quotes = analyze(text, published="2024-05-02", lang="fr").quotes
    assert [(q.text, q.type, q.speaker.name) for q in quotes] == [
        ("Nous fermerons le port demain matin. Les bateaux resteront à quai.", "direct", "Paul Martin"),
        ("Les pêcheurs seront aidés par la commune.", "direct", "Paul Martin"),
        ("Rien n'est encore décidé", "direct", "Paul Martin")]


def test_a_paragraph_closed_before_the_next_opens_does_not_take_its_speaker(analyze):
    text = ("Le maire Paul Martin a pris la parole lundi.\n\n"
            "« Nous fermerons le port demain matin. Les bateaux resteront à quai. »\n\n"
            "« Rien n'est encore décidé », a ajouté Mme Claire Dubois.")
    speakers = {q.text: q.speaker.name for q in analyze(text, published="2024-05-02", lang="fr").quotes}
    assert speakers.get("Nous fermerons le port demain matin. Les bateaux resteront à quai.") != "Claire Dubois"
