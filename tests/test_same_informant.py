""""Selon la même source": the description takes up whoever was cited last, a medium cited after
the latest quotation opened, else that quotation's speaker; "une source" is someone new. The real
model; invented sentences."""

DAY = "2022-05-10"


def test_the_same_source_after_a_cited_agency_is_that_agency(analyze):
    text = ("« Nous resterons aux côtés de nos voisins », a déclaré le ministre, cité par l'agence Reuters. "
            "Selon la même source, les deux pays vont rouvrir leur frontière commune.")
    result = analyze(text, published=DAY)
    assert [s.name for s in result.sources] == ["Reuters", "Reuters"]
    assert [q.speaker.name for q in result.quotes if q.text.startswith("les deux pays")] == ["Reuters"]


def test_the_same_source_after_a_quoted_delegate_is_the_delegate(analyze):
    text = ("Un membre de la délégation malienne, qui a requis l'anonymat, nuance : « Les discussions "
            "ont été franches et utiles. » Selon la même source, le président devrait se rendre à Dakar.")
    result = analyze(text, published=DAY)
    assert result.sources == []
    speakers = [q.speaker.name for q in result.quotes if q.text.startswith("le président")]
    assert speakers == ["Un membre de la délégation malienne"]


def test_a_new_source_takes_up_nobody(analyze):
    text = ("« Nous resterons aux côtés de nos voisins », a déclaré le ministre, cité par l'agence Reuters. "
            "Selon une source diplomatique, les deux pays vont rouvrir leur frontière commune.")
    result = analyze(text, published=DAY)
    assert [s.name for s in result.sources] == ["Reuters"]
    assert [q.speaker.name for q in result.quotes if q.text.startswith("les deux pays")] == ["une source diplomatique"]
