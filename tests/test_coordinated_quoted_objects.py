"""A quoted object goes on over the quotations coordinated to it ("a salué « un frère » et un
« partenaire »": one object said in two marked pieces, GUIDELINES §2.2), not over the subject of a
clause of its own or a name in marks (nlp/reports.py _coordinated_quotations_end). Invented sentences."""


def _quotes(analyze, sentence):
    article = analyze("Sommet\n\n4 mars 2021. – " + sentence, published="2021-03-04", lang="fr")
    return [q.text for q in article.quotes]


def test_coordinated_quotations_make_one_object(analyze):
    assert _quotes(analyze, "Le président Ali Bongo a salué « un voisin » et un « ami fidèle ».") == [
        "« un voisin » et un « ami fidèle »"]


def test_a_quoted_subject_of_another_clause_stays_out(analyze):
    assert _quotes(analyze, "Le ministre Ali Bongo a dénoncé une « dérive » et un « collectif » a répondu.") == [
        "une « dérive »"]
