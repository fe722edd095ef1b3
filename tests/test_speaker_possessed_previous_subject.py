"""A short possessed designation ("Sa porte-parole") belongs to the subject of the sentence before
it when that sentence comes after the paragraph's last speaker ("Le tribunal a estimé que …
L'association X a fait appel. Sa porte-parole juge que …": X's spokeswoman, not the court's); the
preposition and article are contracted as the language writes them ("du", not "de le").
Invented sentences."""
from newsgraph.lang import load_pack
from newsgraph.nlp.lexicon import contracted


def test_the_previous_subject_owns_the_possessed_speaker(analyze):
    text = ("Climat\n\n"
            "3 mai 2021. – Dans un jugement rendu en juin, le tribunal de Lyon a estimé que la commune avait "
            "commis une faute. L'association Air Pur, à l'origine de la procédure, a fait appel. Sa "
            "porte-parole, jointe par la radio, juge que les annonces ne changent « rien à l'urgence ».")
    article = analyze(text, published="2021-05-03", lang="fr")
    speaker = article.quotes[-1].speaker.name
    assert "Air Pur" in speaker and "tribunal" not in speaker


def test_joined_words_are_contracted():
    pack = load_pack("fr")
    assert contracted(pack, "porte-parole de le tribunal de Lyon") == "porte-parole du tribunal de Lyon"
    assert contracted(pack, "avocat de les familles") == "avocat des familles"
    assert contracted(pack, "porte-parole de la mairie") == "porte-parole de la mairie"
