"""A present participle after an inverted incise that follows the closing mark with no comma
("« … » estime X, répétant une promesse.") is an aside of X: the incise is the quotation's cue, the
participle reports nothing of its own (nlp/incise_reports.py _aside_of_incise). Invented sentences."""


def test_participle_after_incise_leaves_the_direct_quote(reports):
    found = reports("« Aucune école ne fermera dans nos villages » affirme la ministre Claire Dubois, "
                    "répétant ainsi une promesse de sa campagne.")
    assert [(words, speaker, cue) for words, speaker, cue in found] == [
        ("Aucune école ne fermera dans nos villages", "Claire Dubois", "affirme")]



def test_after_a_sentence_with_a_participle_report(analyze):
    # an earlier participle read as a subject-first incise ("…, estimant que …") used to switch the
    # setting off for the rest of the text (a local name reused)
    text = ("Un titre sans rapport\n\n"
            "Devant le congrès réuni à Lyon, le président Paul Durand demandait une enquête, estimant que "
            "ce drame appelle à agir.\n\n"
            "« Aucun habitant ne doit vivre à plus d'une heure d'un hôpital » estime le président de la "
            "République, répétant ainsi une promesse de sa campagne.")
    article = analyze(text, published="2024-03-05", lang="fr")
    quote = next(q for q in article.quotes if "Aucun habitant" in q.text)
    assert (quote.type, quote.text, quote.cue.text) == (
        "direct", "Aucun habitant ne doit vivre à plus d'une heure d'un hôpital", "estime")
