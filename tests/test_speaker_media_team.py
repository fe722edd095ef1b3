"""The staff of a medium speak under their designation, the medium being their channel: "Une
équipe de Reuters a rapporté que …" is the team, whatever the accents of the staff noun
(nlp/speakers.py staff_of_medium). Invented sentences."""


def test_a_team_of_an_agency_speaks(analyze):
    text = ("Crise\n\n"
            "3 mai 2017. – Une équipe de Reuters a rapporté que les rues étaient « désertes ».")
    article = analyze(text, published="2017-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Une équipe de Reuters"]
    assert [s.name for s in article.sources] == ["Reuters"]


def test_an_envoy_of_a_newspaper_speaks(analyze):
    text = ("Crise\n\n"
            "3 mai 2017. – Un envoyé spécial du Monde a raconté que la ville était « dévastée ».")
    article = analyze(text, published="2017-05-03", lang="fr")
    assert article.quotes and article.quotes[0].speaker.actor is None
