"""A pronoun inside reported words takes up a name of those same words ("X s'est entretenu avec Y,
qu'il a pressé de …, a rapporté la radio": X): only names in other reported words are set aside
(nlp/antecedents.py _usable, nlp/speakers.py in_reported). Invented sentences."""


def test_a_pronoun_takes_up_the_subject_of_the_report_it_stands_in(analyze):
    text = ("Diplomatie\n\n"
            "Bruxelles a salué l'accord. Le ministre belge, Paul Lambert, s'était entretenu lundi avec Jan Visser, "
            "qu'il avait pressé de « régler la question », a rapporté la RTBF.")
    article = analyze(text, published="2024-05-02", lang="fr")
    # (the radio's report of the whole sentence aside)
    speakers = [q.speaker.name for q in article.quotes
                if q.text.endswith("régler la question »") and q.cue.text != "a rapporté"]
    assert speakers == ["Paul Lambert"]
