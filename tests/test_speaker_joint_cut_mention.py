"""Two actors coordinated at the opening of their clause speak together even when the parse hangs
the first elsewhere and the mention holds only the second ("Tokyo et Séoul ont condamné « … »"):
the speaker is both, as written (joint_mentions.py, GUIDELINES §2.7); an actor that closes a
complement before the conjunction is no co-speaker. Invented sentences."""


def test_joint_capitals_before_a_mixed_quote(analyze):
    text = ("Sommet\n\n"
            "Les ministres se sont rencontrés lundi. Tokyo et Séoul ont condamné « un tir inacceptable ».")
    article = analyze(text, published="2021-03-02", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Tokyo et Séoul"]


def test_complement_before_the_conjunction_is_no_co_speaker(analyze):
    text = ("Guerre\n\n"
            "Le président a parlé avec Tokyo et Séoul a condamné « un tir inacceptable ».")
    article = analyze(text, published="2021-03-02", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Séoul"]
