""""Selon la même source": the description takes up whoever was cited last, a medium cited after
the latest quotation opened, else that quotation's speaker; "une source" is someone new; "cette
source" takes up the latest phrase with that noun. The real model; invented sentences."""

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


def test_this_source_takes_up_the_source_a_paper_quotes_not_the_paper(analyze):
    text = ("Le sommet a adopté une déclaration sur la sécheresse, a révélé le quotidien Le Soir, qui cite "
            "une source diplomatique. Selon cette source, trois pays auraient souhaité un texte plus ferme.")
    result = analyze(text, published=DAY)
    speakers = [q.speaker.name for q in result.quotes if q.text.startswith("trois pays")]
    assert speakers == ["une source diplomatique"]


def test_this_witness_takes_up_the_witness_named_before(analyze):
    text = ("Le convoi a été arrêté au poste frontière, raconte un témoin de la scène. Selon ce témoin, "
            "les soldats ont « fouillé chaque camion » avant de le laisser passer.")
    result = analyze(text, published=DAY)
    speakers = [q.speaker.name for q in result.quotes if q.text.startswith("les soldats")]
    assert speakers == ["un témoin de la scène"]


def test_this_source_with_no_source_named_before_reads_as_the_same_source(analyze):
    text = ("« Nous resterons aux côtés de nos voisins », a déclaré le ministre, cité par l'agence Reuters. "
            "Selon cette source, les deux pays vont rouvrir leur frontière commune.")
    result = analyze(text, published=DAY)
    assert [q.speaker.name for q in result.quotes if q.text.startswith("les deux pays")] == ["Reuters"]
