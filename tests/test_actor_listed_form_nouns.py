"""A listed form that opens with its kind's noun ("le groupe État islamique", "l'organisation État
islamique") names the organisation by the capitalised name inside it; the gazetteer scan dropped
it as a lowercase hit (nlp/actors.py). Invented sentences."""


def test_a_listed_form_opening_with_its_noun_names_the_organisation(analyze, speakers_of):
    text = ("Attentat\n\nBagdad, 12 avril 2023. Le groupe État islamique a revendiqué l'attaque du marché. "
            "L'organisation État islamique affirme avoir visé des « traîtres ».")
    record = analyze(text, published="2023-04-12", lang="fr")
    mentions = [m for a in record.actors if a.id == "org:etat-islamique" for m in a.mentions]
    assert [record.text[s:e] for s, e in mentions] == ["État islamique", "État islamique"]
    assert speakers_of(record, "traîtres") == ["État islamique"]


def test_a_lowercase_common_word_stays_no_name(analyze):
    text = ("Santé\n\nParis, 12 avril 2023. Le groupe de travail a rendu ses conclusions au ministère.")
    record = analyze(text, published="2023-04-12", lang="fr")
    assert not any(a.kind == "organization" and "groupe" in a.name.lower() for a in record.actors)
